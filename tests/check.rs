//! `avtal check` over the real binary: findings in every format and language, exit codes,
//! `--fail-on`, validation errors and the GitHub workflow-command syntax.

mod common;

use common::{TODAY, avtal, avtal_on, copy_dir, files_under, outcome, root};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/check").join(name)
}

/// `avtal -C tests/fixtures/check/<name> --today 2026-11-22 check <args>`: (stdout, stderr, code).
fn check(name: &str, args: &[&str]) -> (String, String, i32) {
    let register = format!("tests/fixtures/check/{name}");
    outcome(avtal_on(Path::new(&register)).arg("check").args(args))
}

#[test]
fn table_in_swedish() {
    let (stdout, stderr, code) = check("basic", &[]);
    assert_eq!(code, 1, "{stderr}");
    insta::assert_snapshot!("basic_table_sv", stdout);
}

#[test]
fn table_in_english() {
    let (stdout, _, code) = check("basic", &["--lang", "en"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("basic_table_en", stdout);
}

#[test]
fn json_in_swedish_and_english() {
    let (stdout, _, code) = check("basic", &["--format", "json"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("basic_json_sv", stdout);
    let (stdout, _, _) = check("basic", &["--format", "json", "--lang", "en"]);
    insta::assert_snapshot!("basic_json_en", stdout);
}

#[test]
fn json_has_exactly_the_keys_that_apply() {
    let (stdout, _, _) = check("basic", &["--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["today"], TODAY);
    assert_eq!(doc["errors"], serde_json::json!([]));
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 12);
    for finding in findings {
        let keys: Vec<&str> = finding
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let code = finding["code"].as_str().unwrap();
        let expected: &[&str] = match code {
            "escalation" => &["step"],
            "kpi-missing" => &["kpi", "period"],
            "action-overdue" => &["date", "ref"],
            "change-limit-exceeded" | "change-limit-near" => &["amount", "limit"],
            "lou-values-outdated" => &[],
            _ => &["date"],
        };
        for optional in ["date", "kpi", "period", "ref", "step", "amount", "limit"] {
            assert_eq!(
                keys.contains(&optional),
                expected.contains(&optional),
                "{code}: {keys:?}"
            );
        }
        for required in ["contract", "code", "key", "severity", "message"] {
            assert!(keys.contains(&required), "{code}: {keys:?}");
        }
    }
    // Sorted by contract (the register's own findings, `"contract": null`, first), then code.
    let order: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            let contract = f["contract"].as_str().unwrap_or("").to_string();
            (contract, f["code"].to_string())
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
}

#[test]
fn github_annotations() {
    let (stdout, _, code) = check("basic", &["--format", "github"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("basic_github_sv", stdout);
    let (stdout, _, _) = check("basic", &["--format", "github", "--lang", "en"]);
    insta::assert_snapshot!("basic_github_en", stdout);
}

/// The documented syntax: `::error file={name},line={line},title={title}::{message}`, one per
/// line, with `%`, CR and LF escaped in the message and also `:` and `,` in properties.
#[test]
fn github_lines_follow_the_documented_syntax() {
    let (stdout, _, _) = check("basic", &["--format", "github"]);
    for line in stdout.lines() {
        let (level, rest) = line
            .strip_prefix("::")
            .and_then(|l| l.split_once(' '))
            .unwrap_or_else(|| panic!("bad line {line}"));
        assert!(level == "error" || level == "warning", "{line}");
        let (properties, message) = rest.split_once("::").unwrap();
        assert!(!message.is_empty() && !message.contains('\r'), "{line}");
        let names: Vec<&str> = properties
            .split(',')
            .map(|p| p.split_once('=').unwrap().0)
            .collect();
        assert_eq!(names, ["file", "line", "title"], "{line}");
        assert!(
            properties.starts_with("file=tests/fixtures/check/basic/"),
            "{line}"
        );
    }
}

#[test]
fn github_escapes_the_register_path() {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("avtal,100%: reg");
    copy_dir(&fixture("warnings"), &register);
    let output = avtal()
        .current_dir(dir.path())
        .args([
            "-C",
            "avtal,100%: reg",
            "--today",
            TODAY,
            "check",
            "--format",
            "github",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "::warning file=avtal%2C100%25%3A reg/tolk/contract.toml,line=1,title=framework-option-exceeds-term::\
         Nästa option skulle förlänga ramavtalet bortom 4 år – sista tillåtna dag är 2027-12-31\n\
         ::warning file=avtal%2C100%25%3A reg/tolk/contract.toml,line=1,title=option-decision-due::\
         Beslut om förlängningsoption ska meddelas senast 2026-12-31\n"
    );
}

#[test]
fn github_validation_errors_carry_line_and_column() {
    let (stdout, _, code) = check("invalid", &["--format", "github"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("invalid_github", stdout);
    assert!(stdout.contains(
        "::error file=tests/fixtures/check/invalid/trasig/contract.toml,line=4,col=1,title=invalid register::"
    ));
    // The hint is on a second line of the message: LF escaped as %0A.
    assert!(
        stdout.contains("%0Ahint: menade du `annual_value`?"),
        "{stdout}"
    );
}

#[test]
fn fail_on_levels() {
    assert_eq!(check("basic", &["--fail-on", "error"]).2, 1);
    assert_eq!(check("basic", &["--fail-on", "warning"]).2, 1);
    assert_eq!(check("basic", &["--fail-on", "never"]).2, 0);
    // Only warnings: exit 0 unless warnings fail too.
    assert_eq!(check("warnings", &[]).2, 0);
    assert_eq!(check("warnings", &["--fail-on", "warning"]).2, 1);
    assert_eq!(check("warnings", &["--fail-on", "never"]).2, 0);
    // Nothing at all.
    assert_eq!(check("clean", &["--fail-on", "warning"]).2, 0);
    let (_, stderr, code) = check("clean", &["--fail-on", "sometimes"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid value 'sometimes'"), "{stderr}");
}

#[test]
fn no_findings() {
    let (stdout, _, code) = check("clean", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Inga anmärkningar: 1 aktivt avtal kontrollerade 2026-11-22.\n"
    );
    let (stdout, _, _) = check("clean", &["--lang", "en"]);
    assert_eq!(
        stdout,
        "No findings: 1 active contract checked on 2026-11-22.\n"
    );
    let (stdout, _, _) = check("clean", &["--format", "json"]);
    assert_eq!(
        stdout,
        "{\n  \"today\": \"2026-11-22\",\n  \"findings\": [],\n  \"errors\": []\n}\n"
    );
    assert_eq!(check("clean", &["--format", "github"]).0, "");
}

#[test]
fn invalid_register_exits_2_and_changes_nothing() {
    let before = files_under(&fixture("invalid"));
    let (stdout, stderr, code) = check("invalid", &[]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("error: trasig/contract.toml:4:1: okänd nyckel `anual_value`"),
        "{stderr}"
    );
    assert!(stderr.contains("trasig/log.csv:2:19"), "{stderr}");
    let (stdout, _, code) = check("invalid", &["--format", "json"]);
    assert_eq!(code, 2);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["findings"], serde_json::json!([]));
    assert_eq!(doc["errors"][0]["file"], "trasig/contract.toml");
    assert_eq!(doc["errors"][0]["line"], 4);
    assert_eq!(doc["errors"][0]["column"], 1);
    assert_eq!(files_under(&fixture("invalid")), before);
}

#[test]
fn output_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("check.json");
    let (stdout, _, code) = check("basic", &["--format", "json", "-o", file.to_str().unwrap()]);
    assert_eq!((stdout.as_str(), code), ("", 1));
    let (expected, _, _) = check("basic", &["--format", "json"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), expected);
}

#[test]
fn replaying_an_earlier_day() {
    // On 2026-10-15 the action was not yet due, the start meeting of `kaffe` not yet late and the
    // option of `stadtjanst` already missed.
    let output = avtal()
        .args([
            "-C",
            "tests/fixtures/check/basic",
            "--today",
            "2026-10-15",
            "check",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let codes: Vec<String> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["contract"].as_str().unwrap_or("(register)"),
                f["code"].as_str().unwrap()
            )
        })
        .collect();
    insta::assert_snapshot!("basic_replay_2026_10_15", codes.join("\n"));
    assert!(!codes.iter().any(|c| c.contains("action-overdue")));
    assert!(!codes.iter().any(|c| c.starts_with("kaffe")));
}

#[test]
fn deterministic_output() {
    assert_eq!(
        check("basic", &["--format", "json"]),
        check("basic", &["--format", "json"])
    );
}

/// The demo register `contracts/` on the day it is written for (see contracts/README.md).
fn check_demo(args: &[&str]) -> (String, i32) {
    let output = avtal_on(Path::new("contracts"))
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn demo_register() {
    let (stdout, code) = check_demo(&[]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("demo_table_sv", stdout);
    let (stdout, _) = check_demo(&["--format", "json", "--lang", "en"]);
    insta::assert_snapshot!("demo_json_en", stdout);
    let (stdout, _) = check_demo(&["--format", "github"]);
    insta::assert_snapshot!("demo_github_sv", stdout);
}

/// The documented pre-commit hook (docs/ci/pre-commit) passes on a valid register with findings
/// and refuses an invalid one, printing the errors.
#[test]
fn pre_commit_hook() {
    let hook = root().join("docs/ci/pre-commit");
    let run = |register: &str| {
        std::process::Command::new("sh")
            .arg(&hook)
            .current_dir(fixture(register))
            .env("AVTAL", assert_cmd::cargo::cargo_bin!("avtal"))
            .env("AVTAL_TODAY", TODAY)
            .env_remove("AVTAL_REGISTER")
            .output()
            .unwrap()
    };
    let output = run("basic");
    assert!(output.status.success(), "{output:?}");
    assert!(output.stdout.is_empty());
    let output = run("invalid");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("trasig/contract.toml:4:1"), "{stderr}");
}

#[test]
fn colour_only_when_asked() {
    let (plain, _, _) = check("warnings", &[]);
    assert!(!plain.contains('\u{1b}'));
    let output = avtal()
        .args([
            "-C",
            "tests/fixtures/check/warnings",
            "--today",
            TODAY,
            "--color",
            "always",
            "check",
        ])
        .output()
        .unwrap();
    let coloured = String::from_utf8(output.stdout).unwrap();
    assert!(
        coloured.contains("\u{1b}[33mVARNING\u{1b}[0m"),
        "{coloured:?}"
    );
}

/// `avtal -C contracts --today 2026-11-22 check --format json <args>`: the findings.
fn demo_findings(args: &[&str]) -> (Vec<serde_json::Value>, i32) {
    let output = avtal()
        .args([
            "-C",
            "contracts",
            "--today",
            TODAY,
            "check",
            "--format",
            "json",
        ])
        .args(args)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    (
        json["findings"].as_array().unwrap().clone(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn within_keeps_dated_findings_up_to_the_horizon_and_every_undated_one() {
    let (all, _) = demo_findings(&[]);
    let (near, _) = demo_findings(&["--within", "7"]);
    // 2026-11-22 + 7 = 2026-11-29: stadtjanster's 11-30 option and vinterunderhall's 2027 end go.
    let expected: Vec<&serde_json::Value> = all
        .iter()
        .filter(|f| f["date"].as_str().is_none_or(|d| d <= "2026-11-29"))
        .collect();
    assert_eq!(near.iter().collect::<Vec<_>>(), expected);
    assert!(near.len() < all.len());
    assert!(
        near.iter().any(|f| f["date"].is_null()),
        "undated findings stay"
    );
    assert!(!near.iter().any(|f| f["code"] == "option-decision-due"));
    let (wide, _) = demo_findings(&["--within", "8"]);
    assert!(wide.iter().any(|f| f["code"] == "option-decision-due"));
}

#[test]
fn controller_keeps_that_controllers_contracts_and_sets_the_exit_code() {
    let (all, _) = demo_findings(&[]);
    let list = avtal()
        .args(["-C", "contracts", "list", "--format", "json"])
        .output()
        .unwrap();
    let contracts: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).unwrap();
    let show = |key: &str| -> String {
        let output = avtal()
            .args(["-C", "contracts", "show", key, "--format", "json"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["roles"]["controller"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    let name = show("skoladmin");
    let (mine, code) = demo_findings(&["--controller", &name.to_uppercase()]);
    assert!(!mine.is_empty());
    // The register's own findings (`"contract": null`) concern every controller.
    let expected: Vec<&serde_json::Value> = all
        .iter()
        .filter(|f| f["contract"].as_str().is_none_or(|key| show(key) == name))
        .collect();
    assert_eq!(mine.iter().collect::<Vec<_>>(), expected);
    assert_eq!(code, 1, "skoladmin has errors");
    assert!(contracts.len() > 1);
    let output = avtal()
        .args([
            "-C",
            "contracts",
            "--today",
            TODAY,
            "check",
            "--controller",
            "Nobody Here",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("error: inget avtal har controllern `Nobody Here`"),
    );
}
