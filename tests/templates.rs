//! The `avtal.toml` and `contract.toml` templates that `init`, `new` and `contracts import`
//! write, over the real binary: in the register's language (SPEC §16), the Swedish ones byte for
//! byte as before, and every one a register the loader accepts.

mod common;

use common::avtal_in;
use std::path::Path;

/// Runs `args` in `dir` and insists that it succeeds.
fn ok(dir: &Path, args: &[&str]) {
    let out = avtal_in(dir).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// `avtal new` of a framework agreement with two suppliers and a controller.
fn new_framework(dir: &Path) {
    ok(
        dir,
        &[
            "-C",
            "reg",
            "new",
            "stadning-2027",
            "--title",
            "Städtjänster",
            "--supplier",
            "Rent AB",
            "--supplier",
            "Fint AB",
            "--start",
            "2027-01-01",
            "--end",
            "2029-12-31",
            "--framework",
            "--controller",
            "Eva Holm",
        ],
    );
}

/// `avtal new` of a plain contract with one supplier and nothing else.
fn new_contract(dir: &Path) {
    ok(
        dir,
        &[
            "-C",
            "reg",
            "new",
            "skolskjuts",
            "--title",
            "Skolskjuts",
            "--supplier",
            "Buss AB",
            "--start",
            "2027-01-01",
            "--end",
            "2028-12-31",
        ],
    );
}

/// The register loads without an error and holds `contracts` (check's exit 1 means findings).
fn loads(dir: &Path, contracts: usize) {
    let out = avtal_in(dir)
        .args(["-C", "reg", "check", "--fail-on", "never"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = avtal_in(dir)
        .args(["-C", "reg", "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().map(Vec::len), Some(contracts), "{json}");
}

/// The comments of a template (what follows `#` on each line), where the translation shows.
fn comments(text: &str) -> String {
    text.lines()
        .filter_map(|line| line.split_once('#').map(|(_, comment)| comment))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_swedish_register_gets_the_swedish_templates() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["init", "reg"]);
    new_framework(dir.path());
    new_contract(dir.path());
    insta::assert_snapshot!("init_settings_sv", read(dir.path(), "reg/avtal.toml"));
    insta::assert_snapshot!(
        "init_contract_sv",
        read(dir.path(), "reg/exempelavtal/contract.toml")
    );
    insta::assert_snapshot!(
        "new_framework_sv",
        read(dir.path(), "reg/stadning-2027/contract.toml")
    );
    insta::assert_snapshot!(
        "new_contract_sv",
        read(dir.path(), "reg/skolskjuts/contract.toml")
    );
    loads(dir.path(), 3);
}

#[test]
fn an_english_register_gets_english_comments_and_examples() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["--lang", "en", "init", "reg"]);
    let settings = read(dir.path(), "reg/avtal.toml");
    assert!(settings.contains("\nlanguage = \"en\" "), "{settings}");
    // `new` has no --lang: the register's `language = "en"` chooses.
    new_framework(dir.path());
    new_contract(dir.path());
    insta::assert_snapshot!("init_settings_en", settings);
    let example = read(dir.path(), "reg/exempelavtal/contract.toml");
    insta::assert_snapshot!("init_contract_en", example);
    let framework = read(dir.path(), "reg/stadning-2027/contract.toml");
    insta::assert_snapshot!("new_framework_en", framework);
    let contract = read(dir.path(), "reg/skolskjuts/contract.toml");
    insta::assert_snapshot!("new_contract_en", contract);
    // No Swedish is left in what the program wrote (the title "Städtjänster" is the user's).
    for text in [&settings, &example, &framework, &contract] {
        let comments = comments(&text.replace("Städtjänster", ""));
        assert!(
            !comments.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']),
            "{comments}"
        );
    }
    loads(dir.path(), 3);
}

#[test]
fn lang_en_in_the_environment_makes_an_english_register() {
    let dir = tempfile::tempdir().unwrap();
    let out = avtal_in(dir.path())
        .env("LANG", "en_GB.UTF-8")
        .args(["init", "reg"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let settings = read(dir.path(), "reg/avtal.toml");
    assert!(settings.contains("\nlanguage = \"en\" "), "{settings}");
    assert!(
        settings.starts_with("# Settings of the contract register"),
        "{settings}"
    );
    loads(dir.path(), 1);
}

/// A contract written by `contracts import` in a register of `language`.
fn imported(language: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reg")).unwrap();
    std::fs::write(
        dir.path().join("reg/avtal.toml"),
        format!("organisation = \"Testkommun\"\nlanguage = \"{language}\"\n"),
    )
    .unwrap();
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/avtalsdatabas"),
        &dir.path().join("export"),
    );
    ok(
        dir.path(),
        &[
            "-C",
            "reg",
            "contracts",
            "import",
            "export/avtalsexport.xlsx",
        ],
    );
    loads(dir.path(), 44);
    read(dir.path(), "reg/skoladministrativt-system/contract.toml")
}

#[test]
fn contracts_import_writes_the_template_of_the_register_language() {
    insta::assert_snapshot!("import_contract_sv", imported("sv"));
    let english = imported("en");
    assert!(
        english.contains("# Extension options in the order"),
        "{english}"
    );
    insta::assert_snapshot!("import_contract_en", english);
}

/// `text` with every commented example line (`# key = …`, `# [[table]]`) made a real line.
fn uncommented(text: &str) -> String {
    text.lines()
        .map(|line| {
            let rest = line.strip_prefix("# ").unwrap_or(line);
            let key = rest.split(" = ").next().unwrap_or("");
            let example = rest.starts_with("[[")
                || (rest.contains(" = ")
                    && key.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            // `successor` names a contract this register does not have.
            if line.starts_with("# ") && example && key != "successor" {
                format!("{rest}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

#[test]
fn the_examples_of_both_languages_load_when_uncommented() {
    for language in ["sv", "en"] {
        let dir = tempfile::tempdir().unwrap();
        ok(dir.path(), &["--lang", language, "init", "reg"]);
        new_contract(dir.path());
        let path = dir.path().join("reg/skolskjuts/contract.toml");
        let text = uncommented(&std::fs::read_to_string(&path).unwrap());
        assert!(
            text.contains("\n[[kpis]]\n") && text.contains("\n[[contacts]]\n"),
            "{text}"
        );
        std::fs::write(&path, text).unwrap();
        loads(dir.path(), 2);
    }
}
