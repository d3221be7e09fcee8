//! Named checks, acknowledged findings and dated LOU values (SPEC §22, issue 29) over the real
//! binary: `check --list`, `check CODE...`, `[checks] severity`, `ack` entries written by
//! `avtal log` and shown apart in every format, `[[lou.periods]]` and `lou-values-outdated`.

mod common;

use common::{TODAY, demo_register, demo_register_copy, files_under, outcome, stdout_on};
use std::fs;
use std::path::Path;

/// `avtal -C REGISTER --today 2026-11-22 ARGS`: (stdout, stderr, exit code).
fn run(register: &Path, args: &[&str]) -> (String, String, i32) {
    outcome(common::avtal_on(register).args(args))
}

/// The findings of `check --format json ARGS` on `register`, and the exit code.
fn findings(register: &Path, args: &[&str]) -> (Vec<serde_json::Value>, i32) {
    let (stdout, stderr, code) = run(register, &[&["check", "--format", "json"], args].concat());
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|_| {
        panic!("{stdout}{stderr}");
    });
    (doc["findings"].as_array().unwrap().clone(), code)
}

/// Appends `text` to the file `name` in `register`.
fn append(register: &Path, name: &str, text: &str) {
    let path = register.join(name);
    let mut content = fs::read_to_string(&path).unwrap();
    content.push_str(text);
    fs::write(path, content).unwrap();
}

/// Writes `line` into the `[checks]` table of the register's avtal.toml; returns its line number.
fn set_checks(register: &Path, line: &str) -> usize {
    let path = register.join("avtal.toml");
    let text = fs::read_to_string(&path).unwrap();
    let at = text
        .lines()
        .position(|l| l.starts_with("[checks]"))
        .unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(at + 1, line);
    fs::write(&path, lines.join("\n") + "\n").unwrap();
    at + 2
}

/// Runs `args` on a register with `text` appended to its file `name` and asserts that it fails
/// with exit code 2 and `expected` in stderr, and that no file changed.
fn invalid(name: &str, text: &str, args: &[&str], expected: &str) {
    let register = demo_register_copy();
    append(register.path(), name, text);
    let before = files_under(register.path());
    let (_, stderr, code) = run(register.path(), args);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert_eq!(files_under(register.path()), before);
}

// ---- check --list and check CODE... -----------------------------------------------------------

#[test]
fn list_in_both_languages() {
    let sv = stdout_on(&demo_register(), &["check", "--list"]);
    insta::assert_snapshot!("check_list_sv", sv);
    let en = stdout_on(&demo_register(), &["--lang", "en", "check", "--list"]);
    assert!(
        en.contains("lou-values-outdated            warning  The LOU thresholds"),
        "{en}"
    );
}

#[test]
fn list_as_json_is_sorted_by_code_and_follows_the_settings() {
    let register = demo_register_copy();
    set_checks(
        register.path(),
        "severity = { \"kpi-missing\" = \"off\", \"contract-ending\" = \"error\" }",
    );
    let stdout = stdout_on(register.path(), &["check", "--list", "--format", "json"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    let codes: Vec<&str> = rows.iter().map(|r| r["code"].as_str().unwrap()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
    assert_eq!(codes.len(), avtal::model::FINDING_CODES.len());
    let severity = |code: &str| {
        let row = rows.iter().find(|r| r["code"] == code).unwrap();
        assert_eq!(row.as_object().unwrap().len(), 3);
        row["severity"].as_str().unwrap().to_string()
    };
    assert_eq!(severity("kpi-missing"), "off");
    assert_eq!(severity("contract-ending"), "error");
    assert_eq!(severity("followup-overdue"), "error");
    assert_eq!(severity("escalation"), "warning");
}

#[test]
fn check_codes_computes_only_those() {
    let (all, _) = findings(&demo_register(), &[]);
    let (some, code) = findings(&demo_register(), &["escalation", "kpi-missing"]);
    let expected: Vec<&serde_json::Value> = all
        .iter()
        .filter(|f| f["code"] == "escalation" || f["code"] == "kpi-missing")
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(some.iter().collect::<Vec<_>>(), expected);
    // Only warnings left: exit 0.
    assert_eq!(code, 0);
}

#[test]
fn check_with_an_unknown_code_lists_the_codes() {
    let (stdout, stderr, code) = run(&demo_register(), &["check", "escalaton"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("error: okänd kontroll \"escalaton\""),
        "{stderr}"
    );
    assert!(
        stderr.contains("start-meeting-overdue, followup-overdue")
            && stderr.contains("lou-values-outdated"),
        "{stderr}"
    );
}

// ---- [checks] severity --------------------------------------------------------------------------

#[test]
fn severity_settings_change_findings_and_the_exit_code() {
    let register = demo_register_copy();
    let (before, code) = findings(register.path(), &["escalation", "action-overdue"]);
    assert_eq!(code, 1, "action-overdue is an error");
    set_checks(
        register.path(),
        "severity = { \"action-overdue\" = \"off\", \"escalation\" = \"error\" }",
    );
    let (after, code) = findings(register.path(), &["escalation", "action-overdue"]);
    assert_eq!(code, 1, "escalation is now an error");
    assert!(!after.is_empty());
    assert!(
        after
            .iter()
            .all(|f| f["code"] == "escalation" && f["severity"] == "error")
    );
    // Turning action-overdue off leaves the escalation step it raised (skoladmin: step 3).
    let step = |list: &[serde_json::Value]| {
        list.iter()
            .find(|f| f["contract"] == "skoladmin" && f["code"] == "escalation")
            .map(|f| f["step"].clone())
    };
    assert_eq!(step(&after), Some(serde_json::json!(3)));
    assert_eq!(step(&after), step(&before));
    // The GitHub format follows the severities too.
    let (github, _, _) = run(
        register.path(),
        &["check", "escalation", "--format", "github"],
    );
    assert!(
        github.lines().all(|l| l.starts_with("::error ")),
        "{github}"
    );
}

#[test]
fn an_unknown_code_in_checks_is_a_located_error() {
    let register = demo_register_copy();
    let line = set_checks(register.path(), "severity = { \"kpi-mising\" = \"off\" }");
    let before = files_under(register.path());
    let (stdout, stderr, code) = run(register.path(), &["check"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains(&format!("avtal.toml:{line}:14")),
        "{stderr}"
    );
    assert!(
        stderr.contains("okänd kontroll \"kpi-mising\" i [checks] severity"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du `kpi-missing`?"), "{stderr}");
    assert_eq!(files_under(register.path()), before);
}

#[test]
fn a_severity_other_than_error_warning_or_off_is_a_located_error() {
    let register = demo_register_copy();
    let line = set_checks(register.path(), "severity = { escalation = \"info\" }");
    let before = files_under(register.path());
    let (_, stderr, code) = run(register.path(), &["--lang", "en", "check"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("avtal.toml:{line}:27")),
        "{stderr}"
    );
    assert!(
        stderr.contains("unknown severity \"info\" for escalation in [checks] severity"),
        "{stderr}"
    );
    assert!(
        stderr.contains("use one of \"error\", \"warning\", \"off\""),
        "{stderr}"
    );
    assert_eq!(files_under(register.path()), before);
}

// ---- acknowledgements ---------------------------------------------------------------------------

#[test]
fn log_ack_writes_an_entry_and_check_shows_it_apart() {
    let register = demo_register_copy();
    let reg = register.path();
    let written = stdout_on(
        reg,
        &[
            "log",
            "skolskjuts",
            "ack",
            "--ref",
            "escalation",
            "--until",
            "2027-01-31",
            "--note",
            "Ledningsgruppen avvaktar ny tidtabell",
        ],
    );
    assert!(
        written.contains(
            "2026-11-22,ack,escalation,2027-01-31,,Ledningsgruppen avvaktar ny tidtabell"
        ),
        "{written}"
    );
    let (table, _, _) = run(reg, &["check", "escalation"]);
    insta::assert_snapshot!("acknowledged_table_sv", table);
    let (json, code) = findings(reg, &["escalation"]);
    assert_eq!(code, 0);
    let skolskjuts = json.iter().find(|f| f["contract"] == "skolskjuts").unwrap();
    assert_eq!(skolskjuts["key"], "escalation");
    assert_eq!(
        skolskjuts["acknowledged"],
        serde_json::json!({"until": "2027-01-31", "note": "Ledningsgruppen avvaktar ny tidtabell"})
    );
    assert!(
        json.iter()
            .filter(|f| f["contract"] != "skolskjuts")
            .all(|f| f.get("acknowledged").is_none())
    );
    let (github, _, _) = run(reg, &["check", "escalation", "--format", "github"]);
    let last = github.lines().last().unwrap();
    assert!(
        last.starts_with("::notice file=") && last.contains("skolskjuts/contract.toml"),
        "{github}"
    );
    assert!(
        last.contains("kvitterad till och med 2027-01-31: Ledningsgruppen avvaktar ny tidtabell")
    );
    // --all shows it as if not acknowledged.
    let (all, _) = findings(reg, &["escalation", "--all"]);
    assert!(all.iter().all(|f| f.get("acknowledged").is_none()));
    assert_eq!(all.len(), json.len());
}

#[test]
fn acknowledged_findings_do_not_count_for_fail_on_unless_all() {
    let register = demo_register_copy();
    let reg = register.path();
    assert_eq!(findings(reg, &["escalation", "--fail-on", "warning"]).1, 1);
    append(
        reg,
        "skolskjuts/log.csv",
        "2026-11-01,ack,escalation,2027-01-31,,Styrgruppen följer upp\n",
    );
    append(
        reg,
        "skoladmin/log.csv",
        "2026-11-01,ack,escalation,2027-01-31,,Styrgruppen följer upp\n",
    );
    append(
        reg,
        "it-drift/log.csv",
        "2026-11-01,ack,escalation,2027-01-31,,Styrgruppen följer upp\n",
    );
    assert_eq!(findings(reg, &["escalation", "--fail-on", "warning"]).1, 0);
    assert_eq!(
        findings(reg, &["escalation", "--fail-on", "warning", "--all"]).1,
        1
    );
}

#[test]
fn an_ack_that_ended_yesterday_no_longer_holds() {
    let register = demo_register_copy();
    let reg = register.path();
    append(
        reg,
        "skolskjuts/log.csv",
        "2026-10-01,ack,escalation,2026-11-21,,Väntade på nytt schema\n",
    );
    let (json, _) = findings(reg, &["escalation"]);
    assert!(json.iter().all(|f| f.get("acknowledged").is_none()));
    let (json, _) = findings(reg, &["--today", "2026-11-21", "escalation"]);
    let skolskjuts = json.iter().find(|f| f["contract"] == "skolskjuts").unwrap();
    assert_eq!(skolskjuts["acknowledged"]["until"], "2026-11-21");
}

#[test]
fn an_ack_of_a_code_without_a_finding_changes_nothing() {
    let register = demo_register_copy();
    let reg = register.path();
    let (before, _, _) = run(reg, &["check", "--format", "json"]);
    append(
        reg,
        "skolskjuts/log.csv",
        "2026-11-01,ack,change-limit-near,2027-01-31,,Inga ändringar väntas\n",
    );
    let (after, stderr, _) = run(reg, &["check", "--format", "json"]);
    assert_eq!(after, before, "{stderr}");
}

#[test]
fn the_dashboard_shows_acknowledged_findings_with_the_reason() {
    let register = demo_register_copy();
    let reg = register.path();
    append(
        reg,
        "skolskjuts/log.csv",
        "2026-11-01,ack,escalation,2027-01-31,,Styrgruppen följer upp\n",
    );
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("site");
    let (_, stderr, code) = run(
        reg,
        &["site", "--internal", "-o", out_dir.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{stderr}");
    let html = fs::read_to_string(out_dir.join("findings.html")).unwrap();
    let (_, apart) = html
        .split_once("<h2 id=\"acknowledged\">Kvitterade anmärkningar</h2>")
        .unwrap();
    assert!(
        apart.contains("Styrgruppen följer upp") && apart.contains("2027-01-31"),
        "{apart}"
    );
    assert!(apart.contains("href=\"contracts/skolskjuts.html\""));
}

#[test]
fn bad_ack_entries_in_the_journal_are_located_errors() {
    invalid(
        "skolskjuts/log.csv",
        "2026-11-01,ack,escalation,,,\n",
        &["check"],
        "en kvittering (ack) behöver ett slutdatum i due",
    );
    invalid(
        "skolskjuts/log.csv",
        "2026-11-01,ack,escalation,2027-01-31,,\n",
        &["check"],
        "en kvittering (ack) behöver en motivering i note",
    );
    let register = demo_register_copy();
    append(
        register.path(),
        "skolskjuts/log.csv",
        "2026-11-01,ack,escalation,2027-11-02,,Länge\n",
    );
    let line = fs::read_to_string(register.path().join("skolskjuts/log.csv"))
        .unwrap()
        .lines()
        .count();
    let (_, stderr, code) = run(register.path(), &["--lang", "en", "check"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("skolskjuts/log.csv:{line}:27")),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "the acknowledgement of 2026-11-01 holds until 2027-11-02, more than 365 days"
        ),
        "{stderr}"
    );
}

#[test]
fn log_ack_refuses_what_the_journal_would_refuse() {
    let base = ["log", "skolskjuts", "ack"];
    let cases: [(&[&str], &str); 6] = [
        (
            &["--until", "2027-01-31", "--note", "x"],
            "en kvittering (ack) behöver --ref",
        ),
        (
            &["--ref", "escalation", "--note", "x"],
            "en kvittering (ack) behöver --until",
        ),
        (
            &["--ref", "escalation", "--until", "2027-01-31"],
            "en kvittering (ack) behöver --note",
        ),
        (
            &[
                "--ref",
                "escalation",
                "--until",
                "2027-11-23",
                "--note",
                "x",
            ],
            "kvitteringen den 2026-11-22 gäller till 2027-11-23, mer än 365 dagar",
        ),
        (
            &[
                "--ref",
                "eskalering",
                "--until",
                "2027-01-31",
                "--note",
                "x",
            ],
            "okänd kontroll \"eskalering\"",
        ),
        (
            &[
                "--ref",
                "lou-values-outdated",
                "--until",
                "2027-01-31",
                "--note",
                "x",
            ],
            "lou-values-outdated gäller hela registret och kan inte kvitteras",
        ),
    ];
    let register = demo_register_copy();
    let before = files_under(register.path());
    for (args, expected) in cases {
        let (_, stderr, code) = run(register.path(), &[&base[..], args].concat());
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    let (_, stderr, code) = run(
        register.path(),
        &["log", "skolskjuts", "note", "--until", "2027-01-31"],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--until används bara av `ack`-rader"),
        "{stderr}"
    );
    assert_eq!(files_under(register.path()), before);
}

// ---- dated LOU values ---------------------------------------------------------------------------

#[test]
fn the_demo_shows_lou_values_outdated_until_the_new_values_are_entered() {
    let (json, _) = findings(&demo_register(), &["lou-values-outdated"]);
    assert_eq!(json.len(), 1);
    let finding = &json[0];
    assert_eq!(finding["contract"], serde_json::Value::Null);
    assert_eq!(finding["key"], "lou-values-outdated");
    assert!(finding.get("date").is_none());
    assert!(
        finding["next_step"]
            .as_str()
            .unwrap()
            .contains("upphandlingsmyndigheten.se")
    );
    // The first finding: register findings sort first.
    let (all, _) = findings(&demo_register(), &[]);
    assert_eq!(all[0]["code"], "lou-values-outdated");
    // On a day in 2025 the 2024 period is recent enough.
    let (earlier, _) = findings(
        &demo_register(),
        &["--today", "2025-06-01", "lou-values-outdated"],
    );
    assert!(earlier.is_empty());
    // With the 2026 period entered it is gone.
    let register = demo_register_copy();
    let text = fs::read_to_string(register.path().join("avtal.toml")).unwrap();
    let text = text.replace(
        "[checks]",
        "[[lou.periods]]\nfrom = 2026-01-01\nthreshold = 2300000\n\n[checks]",
    );
    fs::write(register.path().join("avtal.toml"), text).unwrap();
    let (after, _) = findings(register.path(), &["lou-values-outdated"]);
    assert!(after.is_empty());
}

#[test]
fn lou_periods_out_of_order_or_negative_are_located_errors() {
    let register = demo_register_copy();
    let path = register.path().join("avtal.toml");
    let text = fs::read_to_string(&path).unwrap().replace(
        "[checks]",
        "[[lou.periods]]\nfrom = 2023-01-01\nthreshold_works = -1\n\n[checks]",
    );
    fs::write(&path, &text).unwrap();
    let line = |needle: &str| text.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
    let before = files_under(register.path());
    let (_, stderr, code) = run(register.path(), &["check"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("avtal.toml:{}:8", line("from = 2023-01-01"))),
        "{stderr}"
    );
    assert!(
        stderr.contains("perioden från 2023-01-01 kommer efter perioden från 2024-01-01"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("avtal.toml:{}:19", line("threshold_works = -1"))),
        "{stderr}"
    );
    assert_eq!(files_under(register.path()), before);
}

#[test]
fn schema_accepts_the_new_keys() {
    let stdout = stdout_on(&demo_register(), &["schema", "register"]);
    let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let properties = &schema["properties"];
    assert!(properties["lou"]["properties"]["periods"]["items"]["properties"]["from"].is_object());
    let severity = &properties["checks"]["properties"]["severity"]["properties"];
    assert_eq!(severity.as_object().unwrap().len(), 18);
    assert_eq!(
        severity["kpi-missing"]["enum"],
        serde_json::json!(["error", "warning", "off"])
    );
    let _ = TODAY;
}
