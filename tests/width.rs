//! `list`, `priority` and `plan` tables fit the terminal width (`COLUMNS`, as a terminal sets
//! it); `--wide`, files and pipes without `COLUMNS` keep every column.

use assert_cmd::Command;
use std::path::Path;

fn avtal(columns: Option<&str>, args: &[&str]) -> String {
    let mut cmd = Command::cargo_bin("avtal").unwrap();
    cmd.env_remove("AVTAL_REGISTER")
        .env_remove("AVTAL_TODAY")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .arg("-C")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts"))
        .args(["--today", "2026-11-22"]);
    if let Some(columns) = columns {
        cmd.env("COLUMNS", columns);
    }
    let output = cmd.args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

const COMMANDS: [&[&str]; 4] = [
    &["list"],
    &["priority"],
    &["plan"],
    &["plan", "--lang", "en"],
];

#[test]
fn tables_fit_eighty_columns() {
    for args in COMMANDS {
        let natural = avtal(None, args);
        assert!(
            widest(&natural) > 80,
            "{args:?} fits anyway: the test proves nothing"
        );
        let fitted = avtal(Some("80"), args);
        assert!(widest(&fitted) <= 80, "{args:?}:\n{fitted}");
        // Every contract is still there.
        for key in ["skoladmin", "matdistribution"] {
            assert_eq!(
                natural.contains(key),
                fitted.contains(key),
                "{args:?} {key}"
            );
        }
    }
    let list = avtal(Some("80"), &["list"]);
    let header = list.lines().next().unwrap_or("");
    assert!(
        !header.contains("Kategori") && !header.contains("Kraljic"),
        "{list}"
    );
    // Under the table: which columns were hidden, and how to see them.
    assert!(
        list.contains("kolumner dolda: ")
            && list.contains("Kategori")
            && list.contains("visa alla med --wide"),
        "{list}"
    );
    assert!(
        list.contains("Titel") && list.contains("Gäller t.o.m."),
        "{list}"
    );
}

#[test]
fn wide_and_no_terminal_keep_every_column() {
    for args in COMMANDS {
        let natural = avtal(None, args);
        let wide: Vec<&str> = args.iter().copied().chain(["--wide"]).collect();
        assert_eq!(avtal(Some("80"), &wide), natural, "{args:?}");
        assert_eq!(avtal(Some("1000"), args), natural, "{args:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lista.txt");
    avtal(Some("80"), &["list", "-o", file.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(file).unwrap(),
        avtal(None, &["list"])
    );
}
