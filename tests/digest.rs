//! `avtal digest` over the real binary: the demo register's digests as text and Markdown, and
//! the `.eml` messages read back with a real mail parser (`mail-parser`).

mod common;

use common::{
    avtal, avtal_on, demo_register, demo_register_copy, files_under, outcome, root, stdout_on,
};
use mail_parser::{HeaderValue, MessageParser};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn plan_fixture() -> PathBuf {
    root().join("tests/fixtures/plan/register")
}

#[test]
fn demo_digest_text() {
    insta::assert_snapshot!(stdout_on(&demo_register(), &["digest"]));
}

#[test]
fn demo_digest_markdown_english_one_controller() {
    insta::assert_snapshot!(stdout_on(
        &demo_register(),
        &[
            "--lang",
            "en",
            "digest",
            "--format",
            "md",
            "--controller",
            "maria lund",
            "--within",
            "14"
        ]
    ));
}

#[test]
fn nothing_to_do() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("avtal.toml"),
        "organisation = \"Sjöviks kommun\"\n",
    )
    .unwrap();
    let text = stdout_on(dir.path(), &["digest"]);
    assert_eq!(
        text,
        "Inget försenat och inget som förfaller de närmaste 30 dagarna.\n"
    );
}

/// Every `.eml` file in `dir`, sorted by name, with its bytes.
/// The files `digest -o` wrote into `dir`, without its marker file `.avtal-digest` (which it
/// must have written: the folder is the digest's own).
fn messages(dir: &Path) -> Vec<(String, Vec<u8>)> {
    assert!(dir.join(".avtal-digest").is_file(), "no marker in {dir:?}");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != ".avtal-digest")
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn address(value: &HeaderValue) -> Option<(String, String)> {
    match value {
        HeaderValue::Address(addr) => addr.first().map(|a| {
            (
                a.name().unwrap_or_default().to_string(),
                a.address().unwrap_or_default().to_string(),
            )
        }),
        _ => None,
    }
}

/// `avtal digest --format eml -o <outbox>` on the demo register; returns the summary.
fn write_demo_eml(outbox: &Path) -> String {
    let outbox = outbox.to_str().unwrap();
    let args = ["digest", "--format", "eml", "-o", outbox];
    stdout_on(
        &demo_register(),
        &[&args[..], &["--mail-from", "avtal@sjovik.example"]].concat(),
    )
}

#[test]
fn eml_messages_parse_with_a_real_mail_parser() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let summary = write_demo_eml(&outbox);
    assert!(summary.starts_with("Skrev 3 filer i "), "{summary}");
    let files = messages(&outbox);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["anna-berg.eml", "johan-ek.eml", "maria-lund.eml"]);
    let text = stdout_on(&demo_register(), &["digest"]);
    for ((name, bytes), controller) in files.iter().zip(["Anna Berg", "Johan Ek", "Maria Lund"]) {
        // RFC 5322: CRLF line ends, no line over 998 octets.
        let raw = String::from_utf8(bytes.clone()).unwrap();
        assert_eq!(
            raw.matches('\n').count(),
            raw.matches("\r\n").count(),
            "{name}"
        );
        assert!(raw.split("\r\n").all(|l| l.len() <= 998));
        assert!(raw.is_ascii(), "headers encoded, body in base64");
        let message = MessageParser::default().parse(bytes).expect("a message");
        let subject = message.subject().expect("subject");
        assert!(subject.starts_with(&format!("Avtalsuppföljning för {controller}: ")));
        let (to_name, to_address) =
            address(message.to().map(|_| message.header("To").unwrap()).unwrap()).unwrap();
        assert_eq!(to_name, controller);
        let slug = name.trim_end_matches(".eml");
        assert_eq!(
            to_address,
            format!("{}@sjovik.example", slug.replace('-', "."))
        );
        let (_, from) = address(message.header("From").unwrap()).unwrap();
        assert_eq!(from, "avtal@sjovik.example");
        assert_eq!(
            message.message_id(),
            Some(format!("digest.20261122.{slug}@avtal.invalid").as_str())
        );
        let date = message.date().expect("date");
        assert_eq!((date.year, date.month, date.day), (2026, 11, 22));
        let body = message.body_text(0).expect("text body");
        assert!(body.contains(&format!("Hej {controller}!")));
        // The body is the controller's part of the text digest.
        let part = text
            .split("\n\n\nAvtalsuppföljning")
            .find(|p| p.contains(&format!("för {controller}:")))
            .unwrap();
        for line in part.lines().filter(|l| l.starts_with("  ")) {
            assert!(body.contains(line), "{name}: {line}");
        }
    }
    // Deterministic: a second run writes the same bytes.
    write_demo_eml(&outbox);
    assert_eq!(messages(&outbox), files);
}

#[test]
fn eml_without_a_buyer_contact_has_no_to() {
    let dir = tempfile::tempdir().unwrap();
    let summary = stdout_on(
        &plan_fixture(),
        &[
            "digest",
            "--format",
            "eml",
            "-o",
            dir.path().to_str().unwrap(),
        ],
    );
    assert!(summary.contains("(ingen mottagare"), "{summary}");
    let files = messages(dir.path());
    assert!(!files.is_empty());
    for (name, bytes) in &files {
        let message = MessageParser::default().parse(bytes).unwrap();
        assert!(message.header("To").is_none(), "{name}");
        assert!(message.subject().unwrap().contains("för "));
        // SPEC §16: no --mail-from and no `[digest] from`, so no From: at all.
        assert!(message.header("From").is_none(), "{name}");
    }
}

#[test]
fn eml_needs_an_output_folder_and_nothing_is_written() {
    let output = avtal_on(&demo_register())
        .args(["digest", "--format", "eml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `avtal digest --format eml` behöver en utdatafil\nhint: lägg till -o FIL\n"
    );
    let output = avtal_on(&demo_register())
        .args(["digest", "--controller", "Ana Berg"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("menade du `Anna Berg`?"));
}

/// `avtal -C REGISTER --today TODAY ARGS --format json`, parsed; it may exit 0 or 1.
fn json_on(register: &Path, today: &str, args: &[&str]) -> Value {
    let mut command = avtal();
    command.arg("-C").arg(register).args(["--today", today]);
    let (stdout, stderr, code) = outcome(command.args(args).args(["--format", "json"]));
    assert!(code == 0 || code == 1, "{args:?} on {today}: {stderr}");
    serde_json::from_str(&stdout).unwrap()
}

fn text(value: &Value, key: &str) -> String {
    value[key].as_str().unwrap_or_default().to_string()
}

/// Every item of one part of every message of `digest --format json`.
fn items<'a>(digest: &'a Value, part: &str) -> Vec<&'a Value> {
    let messages = digest.as_array().unwrap();
    messages
        .iter()
        .flat_map(|m| m[part].as_array().unwrap())
        .collect()
}

/// The finding codes that report an overdue plan item (SPEC §16), with the item's kind.
const OVERDUE_ITEM_CODES: [(&str, &str); 6] = [
    ("start-meeting-overdue", "start-meeting"),
    ("followup-overdue", "followup"),
    ("qualification-check-overdue", "qualification-check"),
    ("option-decision-missed", "option-decision"),
    ("contract-ending", "new-procurement"),
    ("price-adjustment-unrecorded", "price-adjustment"),
];

/// The digest can never disagree with `plan` and `check`: on dates spread over the demo
/// register's life, every digest item is a plan item with the status its part needs, or a
/// finding of `check` on the same day, with the same date; nothing dated today or later is
/// overdue.
#[test]
fn every_digest_item_matches_plan_and_check_on_the_same_day() {
    let register = demo_register();
    let mut day = chrono::NaiveDate::from_ymd_opt(2025, 1, 5).unwrap();
    let last = chrono::NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
    let mut seen = [0usize; 3];
    while day <= last {
        let today = day.to_string();
        let digest = json_on(&register, &today, &["digest", "--within", "30"]);
        let findings = json_on(&register, &today, &["check"])["findings"].clone();
        let findings = findings.as_array().unwrap();
        let mut plans: std::collections::BTreeMap<String, Value> = Default::default();
        let mut plan_item = |contract: &str, kind: &str, date: &str| -> Option<String> {
            let year = date[..4].to_string();
            let plan = plans
                .entry(year.clone())
                .or_insert_with(|| json_on(&register, &today, &["plan", "--year", &year]));
            plan.as_array().unwrap().iter().find_map(|i| {
                (text(i, "contract") == contract
                    && text(i, "kind") == kind
                    && text(i, "date") == date)
                    .then(|| text(i, "status"))
            })
        };
        let finding = |contract: &str, code: &str, date: Option<&str>| {
            findings.iter().any(|f| {
                text(f, "contract") == contract
                    && text(f, "code") == code
                    && date.is_none_or(|d| text(f, "date") == d)
            })
        };
        for item in items(&digest, "overdue") {
            let (contract, kind, date) = (
                text(item, "contract"),
                text(item, "kind"),
                text(item, "date"),
            );
            assert!(date < today, "{today}: overdue item dated {date}: {item}");
            if kind == "action-overdue" {
                assert!(finding(&contract, &kind, Some(&date)), "{today}: {item}");
                continue;
            }
            assert_eq!(
                plan_item(&contract, &kind, &date).as_deref(),
                Some("overdue"),
                "{today}: {item}"
            );
            let (code, _) = OVERDUE_ITEM_CODES.iter().find(|(_, k)| *k == kind).unwrap();
            let dated = (kind != "new-procurement").then_some(date.as_str());
            assert!(
                finding(&contract, code, dated),
                "{today}: {item} without {code}"
            );
            seen[0] += 1;
        }
        for item in items(&digest, "due") {
            let (contract, kind, date) = (
                text(item, "contract"),
                text(item, "kind"),
                text(item, "date"),
            );
            assert!(date >= today, "{today}: {item}");
            if kind != "action" && kind != "kpi-report" {
                let status = plan_item(&contract, &kind, &date);
                assert_eq!(status.as_deref(), Some("upcoming"), "{today}: {item}");
            }
            seen[1] += 1;
        }
        for item in items(&digest, "handle") {
            let (contract, kind) = (text(item, "contract"), text(item, "kind"));
            let date = item["date"].as_str();
            assert!(
                finding(&contract, &kind, date),
                "{today}: {item} is no finding"
            );
            seen[2] += 1;
        }
        // And the other way round: every overdue plan item of this year's plan is in part 1.
        let year = today[..4].to_string();
        let plan = json_on(&register, &today, &["plan", "--year", &year]);
        for overdue in plan
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| text(i, "status") == "overdue")
        {
            let listed = items(&digest, "overdue").iter().any(|i| {
                text(i, "contract") == text(overdue, "contract")
                    && text(i, "kind") == text(overdue, "kind")
                    && text(i, "date") == text(overdue, "date")
            });
            assert!(listed, "{today}: {overdue} missing from the digest");
        }
        day = day + chrono::Days::new(29);
    }
    assert!(seen.iter().all(|n| *n > 10), "{seen:?}");
}

/// The cases issue 24 names, on the demo day.
#[test]
fn issue_24_no_future_date_is_overdue() {
    let digest = json_on(&demo_register(), common::TODAY, &["digest"]);
    let find = |part: &str, contract: &str| -> Vec<(String, String)> {
        items(&digest, part)
            .into_iter()
            .filter(|i| text(i, "contract") == contract)
            .map(|i| (text(i, "kind"), text(i, "date")))
            .collect()
    };
    // The framework's last allowed day is a thing to handle, not overdue.
    assert!(find("overdue", "juristtjanster").is_empty());
    assert_eq!(
        find("handle", "juristtjanster"),
        [(
            "framework-term-exceeded".to_string(),
            "2028-05-31".to_string()
        )]
    );
    // The procurement was due 2026-04-30; the end date 2027-04-30 is not shown as overdue.
    assert_eq!(
        find("overdue", "vinterunderhall"),
        [("new-procurement".to_string(), "2026-04-30".to_string())]
    );
    assert!(find("handle", "vinterunderhall").is_empty());
    // hantverkare 2028-03-31 is not within 30 days, and not counted in the subject.
    assert!(find("due", "hantverkare").is_empty());
    assert!(find("handle", "hantverkare").contains(&(
        "framework-option-exceeds-term".to_string(),
        "2028-03-31".to_string()
    )));
    let text_digest = stdout_on(&demo_register(), &["digest"]);
    assert!(
        !text_digest.contains("FÖRSENAD 2028-05-31"),
        "{text_digest}"
    );
    assert!(
        !text_digest.contains("FÖRSENAD 2027-04-30"),
        "{text_digest}"
    );
    assert!(
        !text_digest.contains("senast   2028-03-31"),
        "{text_digest}"
    );
    assert!(
        text_digest.contains("FÖRSENAD 2026-04-30  vinterunderhall"),
        "{text_digest}"
    );
}

/// stadtjanster's 2026-06-01 adjustment is under the threshold: done, never "missad".
#[test]
fn an_adjustment_below_the_threshold_is_done() {
    let plan = json_on(&demo_register(), common::TODAY, &["plan", "--year", "2026"]);
    let status = plan
        .as_array()
        .unwrap()
        .iter()
        .find(|i| text(i, "contract") == "stadtjanster" && text(i, "kind") == "price-adjustment")
        .map(|i| (text(i, "date"), text(i, "status")));
    assert_eq!(status, Some(("2026-06-01".into(), "done".into())));
    let table = stdout_on(&demo_register(), &["plan", "--year", "2026"]);
    let line = table
        .lines()
        .find(|l| l.contains("stadtjanster") && l.contains("Indexreglering"))
        .unwrap();
    assert!(!line.contains("missad"), "{line}");
}

/// An applied adjustment without a `price-adjustment` entry is overdue in plan, check and
/// digest until the entry is dated on or before today.
#[test]
fn an_unrecorded_adjustment_is_overdue_until_it_is_logged() {
    let register = demo_register();
    // The demo journal records 2025-06-01 on 2025-06-12; on 2025-06-05 that lies ahead.
    let findings = json_on(&register, "2025-06-05", &["check"]);
    let unrecorded: Vec<String> = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| text(f, "code") == "price-adjustment-unrecorded")
        .map(|f| format!("{} {}", text(f, "contract"), text(f, "date")))
        .collect();
    assert_eq!(unrecorded, ["stadtjanster 2025-06-01"]);
    let digest = json_on(&register, "2025-06-05", &["digest"]);
    assert!(
        items(&digest, "overdue")
            .iter()
            .any(|i| text(i, "contract") == "stadtjanster"
                && text(i, "kind") == "price-adjustment"
                && text(i, "date") == "2025-06-01")
    );
    for (today, status) in [("2025-06-05", "overdue"), ("2025-06-12", "done")] {
        assert_eq!(
            stadtjanster_2025(&register, today).as_deref(),
            Some(status),
            "{today}"
        );
    }
    // 90 days after the date, the warning stops and the item is missed.
    let copy = demo_register_copy();
    let log = copy.path().join("stadtjanster/log.csv");
    let journal = std::fs::read_to_string(&log).unwrap();
    let without: String = journal
        .lines()
        .filter(|l| !l.contains(",price-adjustment,"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&log, without).unwrap();
    for (today, status) in [("2025-08-30", "overdue"), ("2025-08-31", "missed")] {
        assert_eq!(
            stadtjanster_2025(copy.path(), today).as_deref(),
            Some(status),
            "{today}"
        );
    }
}

/// The status of stadtjanster's 2025 price adjustment in the plan of 2025 on `today`.
fn stadtjanster_2025(register: &Path, today: &str) -> Option<String> {
    let plan = json_on(register, today, &["plan", "--year", "2025"]);
    plan.as_array().unwrap().iter().find_map(|i| {
        (text(i, "contract") == "stadtjanster" && text(i, "kind") == "price-adjustment")
            .then(|| text(i, "status"))
    })
}

#[test]
fn json_digest_has_the_spec_shape() {
    let digest = json_on(&demo_register(), common::TODAY, &["digest"]);
    let messages = digest.as_array().unwrap();
    let names: Vec<&str> = messages
        .iter()
        .map(|m| m["controller"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Anna Berg", "Johan Ek", "Maria Lund"]);
    assert_eq!(messages[0]["email"], "anna.berg@sjovik.example");
    let kpi = items(&digest, "due")
        .into_iter()
        .find(|i| text(i, "kind") == "kpi-report")
        .unwrap();
    for key in [
        "contract", "title", "kind", "date", "kpi", "period", "email",
    ] {
        assert!(kpi.get(key).is_some(), "{key} in {kpi}");
    }
    let escalation = items(&digest, "handle")
        .into_iter()
        .find(|i| text(i, "kind") == "escalation")
        .unwrap();
    assert!(escalation["step"].as_u64().unwrap() >= 2);
    assert!(escalation["date"].is_null());
    let limit = items(&digest, "handle")
        .into_iter()
        .find(|i| text(i, "kind") == "change-limit-exceeded")
        .unwrap();
    assert!(limit["amount"].is_number() && limit["limit"].is_number());
}

#[test]
fn contracts_without_a_controller_get_their_own_message_last() {
    let copy = demo_register_copy();
    let path = copy.path().join("vinterunderhall/contract.toml");
    let toml = std::fs::read_to_string(&path).unwrap();
    let toml: String = toml
        .lines()
        .filter(|l| !l.trim_start().starts_with("controller"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, toml).unwrap();
    let digest = json_on(copy.path(), common::TODAY, &["digest"]);
    let last = digest.as_array().unwrap().last().unwrap();
    assert!(last["controller"].is_null());
    assert!(last["email"].is_null());
    assert_eq!(text(&last["overdue"][0], "contract"), "vinterunderhall");
    let text_digest = stdout_on(copy.path(), &["digest"]);
    assert!(text_digest.contains("Avtalsuppföljning för avtal utan avtalscontroller: 1 försenade"));
    assert!(
        text_digest
            .contains("Avtalen nedan har ingen avtalscontroller i registret (Sjöviks kommun).")
    );
    assert!(!text_digest.contains("Hej avtal"));
}

#[test]
fn the_from_address_comes_from_avtal_toml() {
    let copy = demo_register_copy();
    let settings = copy.path().join("avtal.toml");
    let mut toml = std::fs::read_to_string(&settings).unwrap();
    toml.push_str("\n[digest]\nfrom = \"avtal@sjovik.example\"\n");
    std::fs::write(&settings, toml).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().to_str().unwrap();
    stdout_on(copy.path(), &["digest", "--format", "eml", "-o", outbox]);
    let files = messages(dir.path());
    let message = MessageParser::default().parse(&files[0].1).unwrap();
    assert_eq!(
        address(message.header("From").unwrap()).unwrap().1,
        "avtal@sjovik.example"
    );
    // --mail-from wins over the file.
    stdout_on(
        copy.path(),
        &[
            "digest",
            "--format",
            "eml",
            "-o",
            outbox,
            "--mail-from",
            "x@y.example",
        ],
    );
    let files = messages(dir.path());
    let message = MessageParser::default().parse(&files[0].1).unwrap();
    assert_eq!(
        address(message.header("From").unwrap()).unwrap().1,
        "x@y.example"
    );
}

/// `avtal log KEY price-adjustment` needs the adjustment date as `--ref`; nothing is written
/// otherwise. A row with another `ref` in log.csv is an error at its place.
#[test]
fn price_adjustment_entries_need_a_date_as_ref() {
    let copy = demo_register_copy();
    let before = files_under(copy.path());
    for (reference, message) in [
        (
            Some("juni"),
            "error: `ref` för en `price-adjustment`-rad ska vara justeringsdagen, inte `juni`\n",
        ),
        (
            None,
            "error: en `price-adjustment`-rad behöver en referens\n",
        ),
    ] {
        let mut command = avtal_on(copy.path());
        command.args([
            "log",
            "stadtjanster",
            "price-adjustment",
            "--date",
            "2026-06-02",
            "--force",
        ]);
        if let Some(reference) = reference {
            command.args(["--ref", reference]);
        }
        let (stdout, stderr, code) = outcome(&mut command);
        assert_eq!(code, 2, "{stderr}");
        assert!(stdout.is_empty());
        assert_eq!(
            stderr,
            format!(
                "{message}hint: skriv indexklausulens justeringsdag som ÅÅÅÅ-MM-DD; `avtal price NYCKEL` visar dem\n"
            )
        );
        assert_eq!(files_under(copy.path()), before);
    }
    let written = stdout_on(
        copy.path(),
        &[
            "log",
            "stadtjanster",
            "price-adjustment",
            "--ref",
            "2026-06-01",
            "--date",
            "2026-06-02",
            "--force",
        ],
    );
    assert!(
        written.contains("2026-06-02,price-adjustment,2026-06-01"),
        "{written}"
    );
    // A hand-written row with a bad `ref`: file:line:column, exit 2, nothing written.
    let log = copy.path().join("matdistribution/log.csv");
    let mut journal = std::fs::read_to_string(&log).unwrap();
    journal.push_str("2026-02-01,price-adjustment,2026-13-01,,,\n");
    std::fs::write(&log, &journal).unwrap();
    let line = journal.lines().count();
    let before = files_under(copy.path());
    let (_, stderr, code) = outcome(avtal_on(copy.path()).args(["check"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("matdistribution/log.csv:{line}:29: `ref` för en `price-adjustment`-rad ska vara justeringsdagen, inte `2026-13-01`")),
        "{stderr}"
    );
    assert_eq!(files_under(copy.path()), before);
}
