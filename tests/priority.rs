//! `avtal priority` over the real binary, on the fixture register in `tests/fixtures/plan/register`
//! (10 contracts active in 2027: quotas 1, 3, 6; two manual group 1 pins exceed the quota of 1,
//! so the business-critical `skoladmin` lands in group 2; two national call-offs in group 3).

mod common;

use common::{avtal_on, demo_register, root, stdout_on};
use std::path::PathBuf;

fn fixture() -> PathBuf {
    root().join("tests/fixtures/plan/register")
}

#[test]
fn table_swedish() {
    let text = stdout_on(&fixture(), &["priority", "--year", "2027"]);
    assert!(text.contains("10 avtal aktiva 2027 — grupp 1: 2 (20\u{a0}%)"));
    assert!(text.contains("varning: 2 avtal är manuellt satta till grupp 1 men kvoten är 1"));
    insta::assert_snapshot!(text);
}

#[test]
fn table_english_defaults_to_todays_year() {
    let text = stdout_on(&fixture(), &["--lang", "en", "priority"]);
    assert_eq!(
        text,
        stdout_on(&fixture(), &["--lang", "en", "priority", "--year", "2026"])
    );
    assert!(text.contains("warning: 2 contracts are pinned to group 1 but its quota is 1"));
    insta::assert_snapshot!(text);
}

#[test]
fn json_follows_spec() {
    let text = stdout_on(
        &fixture(),
        &["priority", "--year", "2027", "--format", "json"],
    );
    let items: Vec<serde_json::Value> = serde_json::from_str(&text).expect("JSON array");
    assert_eq!(items.len(), 10);
    // Sorted by group, then rank; ranks are 1..=N.
    let pairs: Vec<(u64, u64)> = items
        .iter()
        .map(|i| (i["group"].as_u64().unwrap(), i["rank"].as_u64().unwrap()))
        .collect();
    let mut sorted = pairs.clone();
    sorted.sort();
    assert_eq!(pairs, sorted);
    assert_eq!(
        pairs.iter().map(|p| p.1).collect::<Vec<_>>(),
        (1..=10).collect::<Vec<_>>()
    );
    let skoladmin = items.iter().find(|i| i["contract"] == "skoladmin").unwrap();
    assert_eq!(skoladmin["group"], 2);
    assert_eq!(
        skoladmin["reason"],
        "verksamhetskritiskt, men grupp 1 är full"
    );
    let call_off = items
        .iter()
        .find(|i| i["contract"] == "kontorsmaterial")
        .unwrap();
    assert_eq!(call_off["group"], 3);
    assert_eq!(call_off["reason"], "avrop från nationellt ramavtal");
    insta::assert_snapshot!(text);
}

#[test]
fn machine_formats_warn_on_stderr() {
    let output = avtal_on(&fixture())
        .args(["priority", "--year", "2027", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "warning: 2 avtal är manuellt satta till grupp 1 men kvoten är 1\n"
    );
    let table = avtal_on(&fixture())
        .args(["priority", "--year", "2027"])
        .output()
        .unwrap();
    assert!(
        table.stderr.is_empty(),
        "the table carries the warning itself"
    );
}

#[test]
fn csv_output() {
    insta::assert_snapshot!(stdout_on(
        &fixture(),
        &["priority", "--year", "2027", "--format", "csv"]
    ));
}

#[test]
fn no_active_contracts() {
    insta::assert_snapshot!(stdout_on(&fixture(), &["priority", "--year", "2040"]));
    assert_eq!(
        stdout_on(
            &fixture(),
            &["priority", "--year", "2040", "--format", "json"]
        ),
        "[]\n"
    );
}

#[test]
fn output_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prio.json");
    let printed = stdout_on(
        &fixture(),
        &["priority", "--format", "json", "-o", path.to_str().unwrap()],
    );
    assert_eq!(printed, "");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        stdout_on(&fixture(), &["priority", "--format", "json"])
    );
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["priority", "--format", "ics"][..],
        &["priority", "--year", "2027.5"][..],
    ] {
        let output = avtal_on(&fixture()).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("invalid value"), "{stderr}");
    }
}

#[test]
fn invalid_register_is_reported_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("register");
    std::fs::create_dir(&register).unwrap();
    std::fs::write(
        register.join("avtal.toml"),
        "[priority]\nshares = [10, 30, 50]\n",
    )
    .unwrap();
    let out = dir.path().join("prio.csv");
    std::fs::write(&out, "earlier content").unwrap();
    let output = avtal_on(&register)
        .args(["priority", "--format", "csv", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("avtal.toml:2:"), "{stderr}");
    assert!(
        stderr.contains("100"),
        "the shares must sum to 100: {stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier content");
}

#[test]
fn demo_register_priority_2026() {
    let demo = demo_register();
    let run = |args: &[&str]| {
        let output = avtal_on(&demo).args(args).output().expect("run");
        assert!(output.status.success());
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    insta::assert_snapshot!("demo_table", run(&["priority", "--year", "2026"]));
    insta::assert_snapshot!(
        "demo_json",
        run(&["priority", "--year", "2026", "--format", "json"])
    );
}
