//! `avtal plan` over the real binary, on the fixture register in `tests/fixtures/plan/register`.
//!
//! The fixture is built to hit the edges of SPEC §5.1–§5.2 in 2027: a start on Jan 31 and on
//! Aug 31 (month-end clamping), an exercised then a declined option (new procurement), a
//! terminated contract, a successor, a contract ending on Jan 1 and one starting on Dec 31, two
//! manual group 1 pins over the quota, and a supplier named `=HYPERLINK(...)`.

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use common::{avtal, avtal_on, copy_dir, demo_register, root, stdout_on};
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    root().join("tests/fixtures/plan/register")
}

/// Runs a command that must fail with exit code 2; returns its stderr.
fn failure(register: &Path, args: &[&str]) -> String {
    let output = avtal_on(register).args(args).output().expect("run");
    assert_eq!(output.status.code(), Some(2), "avtal {args:?}");
    assert!(output.stdout.is_empty(), "nothing on stdout on failure");
    String::from_utf8(output.stderr).expect("UTF-8")
}

#[test]
fn table_swedish() {
    insta::assert_snapshot!(stdout_on(&fixture(), &["plan", "--year", "2027"]));
}

#[test]
fn table_english() {
    insta::assert_snapshot!(stdout_on(
        &fixture(),
        &["--lang", "en", "plan", "--year", "2027"]
    ));
}

#[test]
fn year_defaults_to_today() {
    assert_eq!(
        stdout_on(&fixture(), &["plan"]),
        stdout_on(&fixture(), &["plan", "--year", "2026"])
    );
    insta::assert_snapshot!(stdout_on(&fixture(), &["plan", "--format", "json"]));
}

#[test]
fn json_follows_spec() {
    let text = stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&text).expect("JSON array");
    // Sorted by date, contract, kind (kinds compare in SPEC order, not alphabetically).
    let order = [
        "start-meeting",
        "followup",
        "qualification-check",
        "option-decision",
        "new-procurement",
    ];
    let keys: Vec<(String, String, usize)> = items
        .iter()
        .map(|i| {
            (
                i["date"].as_str().unwrap().to_string(),
                i["contract"].as_str().unwrap().to_string(),
                order
                    .iter()
                    .position(|k| *k == i["kind"].as_str().unwrap())
                    .unwrap(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    for item in &items {
        assert!(item["date"].as_str().unwrap().starts_with("2027-"));
        assert!((1..=3).contains(&item["group"].as_u64().unwrap()));
    }
    insta::assert_snapshot!(text);
}

#[test]
fn csv_output() {
    insta::assert_snapshot!(stdout_on(
        &fixture(),
        &["plan", "--year", "2027", "--format", "csv"]
    ));
}

#[test]
fn controller_filter_is_case_insensitive() {
    let text = stdout_on(
        &fixture(),
        &[
            "plan",
            "--year",
            "2027",
            "--controller",
            "anna berg",
            "--format",
            "csv",
        ],
    );
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.ends_with(",Anna Berg")), "{text}");
    // The heading spells the name as the register does.
    insta::assert_snapshot!(stdout_on(
        &fixture(),
        &["plan", "--year", "2027", "--controller", "ANNA berg"]
    ));
}

#[test]
fn unknown_controller_suggests_the_closest() {
    let stderr = failure(&fixture(), &["plan", "--controller", "Ana Berg"]);
    assert_eq!(
        stderr,
        "error: inget avtal har controllern `Ana Berg`\nhint: menade du `Anna Berg`?\n"
    );
    let stderr = failure(&fixture(), &["plan", "--controller", "Zlatan"]);
    assert!(
        stderr.contains("controllers i registret: Anna Berg, Bo Ek, Cecilia Holm"),
        "{stderr}"
    );
}

#[test]
fn empty_year() {
    insta::assert_snapshot!(stdout_on(&fixture(), &["plan", "--year", "2040"]));
    assert_eq!(
        stdout_on(&fixture(), &["plan", "--year", "2040", "--format", "json"]),
        "[]\n"
    );
}

/// The calendar with CRLF shown as plain newlines; the CRLFs are checked separately.
#[test]
fn ics_calendar() {
    let text = stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "ics"]);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "every line ends with CRLF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
    let events = text.matches("BEGIN:VEVENT").count();
    let json = stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(events, items.len(), "one event per plan item");
    // Comma and semicolon in a title are escaped; the ampersand needs no escaping.
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(
        "SUMMARY:Uppföljningsmöte: Lokalvård\\, städning och fönsterputs\\; alla förvaltningar (Städbolaget Rent AB)\r\n"
    ));
    assert!(unfolded.contains("(Print & Co AB)"));
    insta::assert_snapshot!(text.replace("\r\n", "\n"));
}

#[test]
fn ics_uids_survive_a_date_change() {
    // Move skoladmin's start by a month: its follow-up keeps the same UID with a new date.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let file = dir.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace("start = 2024-03-01", "start = 2024-04-01"),
    )
    .unwrap();
    let before = stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "ics"]);
    let after = stdout_on(dir.path(), &["plan", "--year", "2027", "--format", "ics"]);
    let event = |calendar: &str, uid: &str| -> Option<String> {
        calendar
            .replace("\r\n ", "")
            .split("BEGIN:VEVENT")
            .find(|e| e.contains(uid))
            .map(str::to_string)
    };
    let uid = "UID:skoladmin-followup-4@avtal";
    assert!(
        event(&before, uid)
            .unwrap()
            .contains("DTSTART;VALUE=DATE:20270301")
    );
    assert!(
        event(&after, uid)
            .unwrap()
            .contains("DTSTART;VALUE=DATE:20270401")
    );
}

#[test]
fn output_is_deterministic() {
    for format in ["table", "json", "csv", "ics"] {
        let args = ["plan", "--year", "2027", "--format", format];
        assert_eq!(stdout_on(&fixture(), &args), stdout_on(&fixture(), &args));
    }
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a.xlsx");
    let second = dir.path().join("b.xlsx");
    for path in [&first, &second] {
        let path = path.to_str().unwrap();
        assert_eq!(
            stdout_on(
                &fixture(),
                &["plan", "--year", "2027", "--format", "xlsx", "-o", path]
            ),
            ""
        );
    }
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        // Excel's serial day 0 is 1899-12-30 (for dates after February 1900).
        Data::DateTime(d) => (chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()
            + chrono::Duration::days(d.as_f64() as i64))
        .to_string(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

#[test]
fn xlsx_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    avtal_on(&fixture())
        .args([
            "plan",
            "--year",
            "2027",
            "--format",
            "xlsx",
            "-o",
            path.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stdout("");
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("a valid xlsx");
    assert_eq!(workbook.sheet_names(), ["Plan", "Arbetsbelastning"]);

    let plan = workbook.worksheet_range("Plan").unwrap();
    let rows: Vec<Vec<String>> = plan
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "Datum",
            "Vecka",
            "Aktivitet",
            "Avtal",
            "Benämning",
            "Leverantör",
            "Grupp",
            "Fokus",
            "Controller",
            "Verksamhet",
            "Status"
        ]
    );
    assert_eq!(
        rows[1],
        [
            "2027-01-01",
            "53",
            "Uppföljningsmöte",
            "skrivare",
            "Skrivare och utskrift",
            "Print & Co AB",
            "3",
            "kontrollera att allt fungerar",
            "Anna Berg",
            "",
            "kommande"
        ]
    );
    // Dates are real dates, not text.
    assert!(matches!(plan.get((1, 0)), Some(Data::DateTime(_))));
    let json = stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), items.len() + 1);

    // The hostile supplier name is text, and the workbook holds no formula at all.
    let hostile = rows
        .iter()
        .find(|r| r[3] == "konsult-it")
        .expect("konsult-it row");
    assert_eq!(
        hostile[5],
        "=HYPERLINK(\"http://evil.example\",\"Klicka här\")"
    );
    let formulas = workbook.worksheet_formula("Plan").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas"
    );

    let load = workbook.worksheet_range("Arbetsbelastning").unwrap();
    let rows: Vec<Vec<String>> = load
        .rows()
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    assert_eq!(rows[0][0], "Controller");
    assert_eq!(rows[0][1], "jan");
    assert_eq!(rows[0][13], "Totalt");
    let names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        ["Controller", "Anna Berg", "Bo Ek", "Cecilia Holm", "Totalt"]
    );
    assert_eq!(rows[3][1..].join(" "), "0 1 0 1 0 1 0 1 0 1 0 1 6");
    let followups = items.iter().filter(|i| i["kind"] == "followup").count();
    assert_eq!(rows[4][13], followups.to_string());
}

#[test]
fn xlsx_english_sheet_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    stdout_on(
        &fixture(),
        &[
            "--lang",
            "en",
            "plan",
            "--year",
            "2027",
            "--format",
            "xlsx",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    let workbook: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(workbook.sheet_names(), ["Schedule", "Workload"]);
}

#[test]
fn xlsx_needs_an_output_file() {
    let stderr = failure(&fixture(), &["plan", "--format", "xlsx"]);
    assert_eq!(
        stderr,
        "error: `avtal plan --format xlsx` behöver en utdatafil\nhint: lägg till -o FIL\n"
    );
}

#[test]
fn output_file_replaces_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.csv");
    let printed = stdout_on(
        &fixture(),
        &[
            "plan",
            "--year",
            "2027",
            "--format",
            "csv",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(printed, "");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "csv"])
    );
}

#[test]
fn bad_arguments() {
    let stderr = failure(&fixture(), &["plan", "--format", "pdf"]);
    assert!(
        stderr.contains("invalid value 'pdf' for '--format"),
        "{stderr}"
    );
    let stderr = failure(&fixture(), &["plan", "--year", "nästa"]);
    assert!(
        stderr.contains("invalid value 'nästa' for '--year"),
        "{stderr}"
    );
}

#[test]
fn invalid_register_is_reported_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("register");
    std::fs::create_dir(&register).unwrap();
    copy_dir(&fixture(), &register);
    let file = register.join("tolktjanst/contract.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("priority = 1", "priority = 4")).unwrap();
    let out = dir.path().join("plan.xlsx");
    std::fs::write(&out, "earlier content").unwrap();
    for format in ["json", "xlsx", "ics"] {
        let stderr = failure(
            &register,
            &["plan", "--format", format, "-o", out.to_str().unwrap()],
        );
        assert!(
            stderr.contains("tolktjanst/contract.toml:7:"),
            "location in {stderr}"
        );
        assert!(stderr.contains("priority"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier content");
    }
}

#[test]
fn demo_register_plan_2027() {
    insta::assert_snapshot!(
        "demo_table",
        stdout_on(&demo_register(), &["plan", "--year", "2027"])
    );
    insta::assert_snapshot!(
        "demo_json",
        stdout_on(
            &demo_register(),
            &["plan", "--year", "2027", "--format", "json"]
        )
    );
    insta::assert_snapshot!(
        "demo_table_en",
        stdout_on(
            &demo_register(),
            &["--lang", "en", "plan", "--year", "2027"]
        )
    );
}

/// An independent iCalendar parser (the `icalendar` crate) reads the file back.
#[test]
fn ics_parses_with_an_independent_reader() {
    use icalendar::{Component, DatePerhapsTime, EventLike};
    let text = stdout_on(&fixture(), &["plan", "--year", "2027", "--format", "ics"]);
    let unfolded = icalendar::parser::unfold(&text);
    let parsed = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let calendar: icalendar::Calendar = parsed.into();
    let events: Vec<&icalendar::Event> = calendar.events().collect();
    assert_eq!(events.len(), 18);
    let stadtjanst = events
        .iter()
        .find(|e| e.get_uid() == Some("stadtjanst-followup-1@avtal"))
        .expect("stadtjanst event");
    assert_eq!(
        stadtjanst.get_summary(),
        Some(
            "Uppföljningsmöte: Lokalvård, städning och fönsterputs; alla förvaltningar (Städbolaget Rent AB)"
        )
    );
    assert_eq!(
        stadtjanst.get_start(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()
        ))
    );
    assert_eq!(
        stadtjanst.get_description(),
        Some(
            "Avtal: stadtjanst\nGrupp: 2\nFokus: kontrollera att allt fungerar\nController: Anna Berg"
        )
    );
    let mut uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    // CATEGORIES in the register's language.
    assert_eq!(
        stadtjanst.get_categories(),
        Some(vec!["Uppföljningsmöte".to_string()])
    );
    // SPEC §16: option deadlines and new procurements remind 30 and 7 days before; nothing else.
    let value = |c: &icalendar::parser::Component, key: &str| {
        c.properties
            .iter()
            .find(|p| p.name == key)
            .map(|p| p.val.as_str().to_string())
    };
    let unfolded = icalendar::parser::unfold(&text);
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
    let mut reminded = 0;
    for event in parsed.components.iter().filter(|c| c.name == "VEVENT") {
        let uid = value(event, "UID").unwrap();
        let triggers: Vec<String> = event
            .components
            .iter()
            .filter(|c| c.name == "VALARM")
            .map(|alarm| {
                assert_eq!(value(alarm, "ACTION").as_deref(), Some("DISPLAY"));
                assert!(value(alarm, "DESCRIPTION").unwrap().starts_with("Om "));
                value(alarm, "TRIGGER").unwrap()
            })
            .collect();
        if uid.contains("-option-decision-") || uid.contains("-new-procurement-") {
            assert_eq!(triggers, ["-P30D", "-P7D"], "{uid}");
            reminded += 1;
        } else {
            assert!(triggers.is_empty(), "{uid}");
        }
    }
    assert_eq!(reminded, 3);
}

/// `plan --format ics --controller NAME` is one controller's calendar, in English with --lang.
#[test]
fn ics_for_one_controller() {
    use icalendar::Component;
    let text = stdout_on(
        &fixture(),
        &[
            "--lang",
            "en",
            "plan",
            "--year",
            "2027",
            "--format",
            "ics",
            "--controller",
            "anna berg",
        ],
    );
    let unfolded = icalendar::parser::unfold(&text);
    let calendar: icalendar::Calendar = icalendar::parser::read_calendar(&unfolded)
        .expect("valid iCalendar")
        .into();
    let events: Vec<&icalendar::Event> = calendar.events().collect();
    assert_eq!(events.len(), 6);
    for event in &events {
        assert!(
            event
                .get_description()
                .unwrap()
                .ends_with("Controller: Anna Berg")
        );
    }
    assert!(text.contains("X-WR-CALNAME:Follow-up plan 2027 — Exempelstads kommun — Anna Berg"));
    assert!(text.contains("CATEGORIES:Extension option decision\r\n"));
    assert!(text.contains("DESCRIPTION:In 30 days: Extension option decision"));
}

fn json_items(register: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    serde_json::from_str(&stdout_on(register, args)).expect("JSON")
}

/// The JSON output of `avtal -C <register> --today <today> <args>`, whatever the exit code.
fn json_on(register: &Path, today: &str, args: &[&str]) -> serde_json::Value {
    let output = avtal()
        .env("AVTAL_TODAY", today)
        .arg("-C")
        .arg(register)
        .args(args)
        .output()
        .expect("run");
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// SPEC §16: the plan's overdue items are exactly check's findings about due dates, on the
/// fixture and on the demo register, on several days.
#[test]
fn overdue_plan_items_are_exactly_checks_dated_findings() {
    let demo = demo_register();
    for register in [fixture(), demo] {
        for today in ["2026-03-02", "2026-11-22", "2027-06-01"] {
            let plan = json_on(&register, today, &["plan", "--format", "json"]);
            let mut from_plan: Vec<(String, String, String)> = plan
                .as_array()
                .unwrap()
                .iter()
                .filter(|i| i["status"] == "overdue")
                .map(|i| {
                    let code = match i["kind"].as_str().unwrap() {
                        "option-decision" => "option-decision-missed".to_string(),
                        "new-procurement" => "contract-ending".to_string(),
                        kind => format!("{kind}-overdue"),
                    };
                    let date = if code == "contract-ending" {
                        String::new()
                    } else {
                        i["date"].as_str().unwrap().to_string()
                    };
                    (i["contract"].as_str().unwrap().to_string(), code, date)
                })
                .collect();
            let check = json_on(&register, today, &["check", "--format", "json"]);
            let dated = [
                "start-meeting-overdue",
                "followup-overdue",
                "qualification-check-overdue",
                "option-decision-missed",
            ];
            let year = &today[..4];
            let mut from_check: Vec<(String, String, String)> = check["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| {
                    let code = f["code"].as_str().unwrap();
                    // The plan lists one year; an older overdue date is not in it.
                    dated.contains(&code) && f["date"].as_str().unwrap().starts_with(year)
                })
                .map(|f| {
                    (
                        f["contract"].as_str().unwrap().to_string(),
                        f["code"].as_str().unwrap().to_string(),
                        f["date"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            from_plan.retain(|(_, code, _)| code != "contract-ending");
            from_plan.sort();
            from_check.sort();
            assert_eq!(from_plan, from_check, "{} on {today}", register.display());
        }
    }
}

#[test]
fn within_from_and_controller_narrow_the_plan() {
    // 2026-11-22 + 45 days = 2027-01-06: the span crosses the year end.
    let items = json_items(
        &fixture(),
        &[
            "plan",
            "--from",
            "2026-11-22",
            "--within",
            "45",
            "--format",
            "json",
        ],
    );
    assert!(!items.is_empty());
    for item in &items {
        let date = item["date"].as_str().unwrap();
        assert!(("2026-11-22"..="2027-01-06").contains(&date), "{date}");
    }
    assert!(items.iter().any(|i| i["date"] == "2027-01-01"));
    assert!(items.iter().any(|i| i["date"] == "2026-12-31"));
    // --within without --from keeps the year's earlier items (done, missed, overdue).
    let year = json_items(&fixture(), &["plan", "--within", "0", "--format", "json"]);
    assert!(
        year.iter()
            .all(|i| i["date"].as_str().unwrap() <= "2026-11-22")
    );
    assert!(year.iter().any(|i| i["status"] == "overdue"));
    // --year bounds --within.
    let bounded = json_items(
        &fixture(),
        &[
            "plan", "--year", "2026", "--within", "400", "--format", "json",
        ],
    );
    assert!(
        bounded
            .iter()
            .all(|i| i["date"].as_str().unwrap().starts_with("2026"))
    );
    let mine = json_items(
        &fixture(),
        &[
            "plan",
            "--within",
            "400",
            "--controller",
            "bo ek",
            "--format",
            "json",
        ],
    );
    assert!(!mine.is_empty());
    assert!(mine.iter().all(|i| i["controller"] == "Bo Ek"));
    let table = stdout_on(
        &fixture(),
        &["plan", "--from", "2026-12-01", "--within", "45"],
    );
    assert!(
        table.starts_with("Uppföljningsplan 2026-12-01 – 2027-01-06"),
        "{table}"
    );
    assert!(table.contains("december 2026\n") && table.contains("januari 2027\n"));
}

#[test]
fn bad_within_and_from() {
    let stderr = failure(&fixture(), &["plan", "--within", "many"]);
    assert!(stderr.contains("--within"), "{stderr}");
    let stderr = failure(&fixture(), &["plan", "--from", "2026-13-01"]);
    assert!(stderr.contains("är inget giltigt datum"), "{stderr}");
    let stderr = failure(
        &fixture(),
        &["plan", "--from", "1800-01-01", "--within", "10"],
    );
    assert!(stderr.contains("spänner över mer än 100 år"), "{stderr}");
}
