//! `list`, `priority` and `plan` tables fit the terminal width (`COLUMNS`, as a terminal sets
//! it); `--wide`, files and pipes without `COLUMNS` keep every column.

mod common;

use common::{avtal_on, demo_register};

/// The stdout of `args` on the demo register with `COLUMNS` set to `columns` (or unset).
fn demo_output(columns: Option<&str>, args: &[&str]) -> String {
    let mut cmd = avtal_on(&demo_register());
    cmd.env_remove("COLUMNS");
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
        let natural = demo_output(None, args);
        assert!(
            widest(&natural) > 80,
            "{args:?} fits anyway: the test proves nothing"
        );
        let fitted = demo_output(Some("80"), args);
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
    let list = demo_output(Some("80"), &["list"]);
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
        let natural = demo_output(None, args);
        let wide: Vec<&str> = args.iter().copied().chain(["--wide"]).collect();
        assert_eq!(demo_output(Some("80"), &wide), natural, "{args:?}");
        assert_eq!(demo_output(Some("1000"), args), natural, "{args:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lista.txt");
    demo_output(Some("80"), &["list", "-o", file.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(file).unwrap(),
        demo_output(None, &["list"])
    );
}
