//! Hostile input over the real binary (issue 16): huge numbers of errors, control characters,
//! spreadsheet formulas in CSV output, out-of-range dates and texts. Each case checks message,
//! location, exit code and that no file changed.

mod common;

use assert_cmd::Command;
use common::copy_dir;
use std::path::{Path, PathBuf};

fn fixture_register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/register"),
        dir.path(),
    );
    dir
}

fn avtal(register: &Path) -> Command {
    let mut cmd = Command::cargo_bin("avtal").unwrap();
    cmd.env_remove("AVTAL_REGISTER")
        .env_remove("AVTAL_TODAY")
        .env("NO_COLOR", "1")
        .arg("-C")
        .arg(register)
        .args(["--today", "2026-11-22"]);
    cmd
}

/// Every file under `dir` with its bytes, to prove a command changed nothing.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// Runs `args`, which must fail with exit 2 and change nothing; returns stderr.
fn fails(register: &Path, args: &[&str]) -> String {
    let before = snapshot(register);
    let output = avtal(register).args(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(snapshot(register), before, "a file changed");
    String::from_utf8(output.stderr).unwrap()
}

// ---------------------------------------------------------------- error caps (SPEC §5.3)

#[test]
fn hundred_thousand_duplicate_kpi_rows_print_fifty_and_count_the_rest() {
    let register = fixture_register();
    let mut text = String::from("period,kpi,value,source,note\n");
    for i in 0..100_000 {
        text.push_str(&format!("2026-01,leveransprecision,{i},,\n"));
    }
    std::fs::write(register.path().join("skoladmin/kpi.csv"), text).unwrap();
    let stderr = fails(register.path(), &["check"]);
    let shown = stderr.matches("error: skoladmin/kpi.csv:").count();
    assert_eq!(shown, 50, "{stderr}");
    assert!(
        stderr.contains("error: skoladmin/kpi.csv:3:1: duplicate row for period 2026-01 and KPI `leveransprecision` (first on line 2)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("… and 99949 more error(s) not shown"),
        "{stderr}"
    );
    assert!(stderr.contains("99999 problem(s) found"), "{stderr}");
    // JSON keeps every error, each located.
    let output = avtal(register.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 99_999);
    assert_eq!(errors[99_998]["line"], 100_001);
}

#[test]
fn errors_in_many_files_print_two_hundred_in_all() {
    let register = fixture_register();
    for n in 0..6 {
        let folder = register.path().join(format!("extra-{n}"));
        std::fs::create_dir(&folder).unwrap();
        let mut text = String::from("title = \"x\"\n");
        for i in 0..60 {
            text.push_str(&format!("unknown_{i} = 1\n"));
        }
        std::fs::write(folder.join("contract.toml"), text).unwrap();
    }
    let stderr = fails(register.path(), &["check"]);
    assert_eq!(stderr.matches("\nerror: ").count() + 1, 200 + 2, "{stderr}");
    for n in 0..4 {
        let file = format!("error: extra-{n}/contract.toml:");
        assert_eq!(stderr.matches(&file).count(), 50, "{file}");
    }
    assert!(!stderr.contains("error: extra-4/contract.toml:"));
}
