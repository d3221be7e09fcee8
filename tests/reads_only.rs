//! SPEC §10: commands about one contract read only what they need. An error in a file such a
//! command does not read does not stop it (it still stops `check`); an error in the files it
//! does read stops it with the same diagnostic as a full load, and nothing is written.

mod common;

use common::{demo_register_copy, run_inside};
use std::path::Path;

fn append(path: &Path, text: &str) {
    let old = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, format!("{old}{text}")).unwrap();
}

/// The read-only commands about `stadtjanster`, with workbooks written into `dir`.
fn commands(dir: &Path) -> Vec<Vec<String>> {
    let out = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let owned = |args: &[&str]| args.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    vec![
        owned(&["show", "stadtjanster", "--format", "json"]),
        owned(&["report", "stadtjanster", "--format", "json"]),
        owned(&["kpi", "show", "stadtjanster", "--format", "json"]),
        vec![
            "export".into(),
            "followup".into(),
            "stadtjanster".into(),
            "-o".into(),
            out("f.xlsx"),
        ],
        vec![
            "export".into(),
            "kpi-sheet".into(),
            "stadtjanster".into(),
            "-o".into(),
            out("k.xlsx"),
        ],
    ]
}

#[test]
fn other_contracts_kpi_and_log_files_are_not_read() {
    let register = demo_register_copy();
    let root = register.path();
    let out = tempfile::tempdir().unwrap();
    let before: Vec<String> = commands(out.path())
        .iter()
        .map(|args| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let (stdout, stderr, code) = run_inside(root, &args);
            assert_eq!(code, 0, "{args:?}: {stderr}");
            stdout
        })
        .collect();
    append(&root.join("el/kpi.csv"), "2025-Q2,no-such-kpi,1,,\n");
    append(&root.join("el/log.csv"), "not-a-date,note,,,,\n");
    let (_, stderr, code) = run_inside(root, &["check"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("el/kpi.csv:") && stderr.contains("el/log.csv:"));
    // The same output as on the valid register.
    for (args, expected) in commands(out.path()).iter().zip(&before) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (stdout, stderr, code) = run_inside(root, &args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_eq!(&stdout, expected, "{args:?}");
    }
    let (_, stderr, code) = run_inside(
        root,
        &["log", "stadtjanster", "note", "--note", "Ett samtal"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        std::fs::read_to_string(root.join("stadtjanster/log.csv"))
            .unwrap()
            .contains("Ett samtal")
    );
}

#[test]
fn priority_facts_of_every_contract_are_read() {
    let register = demo_register_copy();
    let root = register.path();
    append(&root.join("el/contract.toml"), "\nbogus = 1\n");
    let (_, check_err, code) = run_inside(root, &["check"]);
    assert_eq!(code, 2);
    // `show` and `report` rank the contract among all others, so they need every
    // contract.toml and report its errors exactly as `check` does.
    for command in ["show", "report"] {
        let (stdout, stderr, code) = run_inside(root, &[command, "stadtjanster"]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{command}");
        assert_eq!(stderr, check_err, "{command}");
    }
    // `kpi show` and `log` need that contract alone.
    let (_, stderr, code) = run_inside(root, &["kpi", "show", "stadtjanster"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_folder_that_does_not_validate_is_not_written() {
    let register = demo_register_copy();
    let root = register.path();
    append(
        &root.join("stadtjanster/kpi.csv"),
        "2025-Q2,no-such-kpi,1,,\n",
    );
    let log = std::fs::read(root.join("stadtjanster/log.csv")).unwrap();
    let (_, check_err, _) = run_inside(root, &["check"]);
    let (_, stderr, code) = run_inside(root, &["log", "stadtjanster", "note", "--note", "x"]);
    assert_eq!(code, 2);
    // The folder's diagnostics are those of a full load.
    let line = check_err
        .lines()
        .find(|l| l.contains("stadtjanster/kpi.csv:"))
        .unwrap();
    assert!(stderr.contains(line), "{stderr}");
    assert_eq!(
        std::fs::read(root.join("stadtjanster/log.csv")).unwrap(),
        log
    );
    // Unknown keys still get a suggestion from the whole register.
    let (_, stderr, code) = run_inside(root, &["log", "stadtjanstr", "note"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("inget avtal `stadtjanstr`"), "{stderr}");
}
