//! Loading and validation over the real binary (SPEC §1–§2, §9): every bad-input case reports
//! its message, file, line and column, exits 2, and leaves every file of the register unchanged.

mod common;

use assert_cmd::Command;
use common::{avtal, copy_dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FIXTURE: &str = "tests/fixtures/register/valid";

/// A copy of the valid fixture register in a temporary folder.
struct Register {
    dir: tempfile::TempDir,
}

impl Register {
    fn new() -> Register {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(Path::new(FIXTURE), dir.path());
        Register { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, file: &str, bytes: impl AsRef<[u8]>) -> &Register {
        let path = self.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    /// Replaces `from` by `to` in `file` (which must contain it).
    fn edit(&self, file: &str, from: &str, to: &str) -> &Register {
        let text = std::fs::read_to_string(self.path().join(file)).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        self.write(file, text.replacen(from, to, 1))
    }

    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        collect(self.path(), self.path(), &mut files);
        files
    }

    fn avtal(&self, args: &[&str]) -> (i32, String, String) {
        let output = avtal()
            .arg("-C")
            .arg(self.path())
            .args(args)
            .output()
            .unwrap();
        let code = output.status.code().unwrap_or(-1);
        (
            code,
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Runs `check --lang en` (the English texts are the guard that messages do not change),
    /// expects exit 2 with `expected` among the errors, and no file changed.
    fn rejects(&self, expected: &str) -> String {
        let before = self.snapshot();
        let (code, stdout, stderr) =
            self.avtal(&["--lang", "en", "check", "--today", "2026-11-22"]);
        assert_eq!(code, 2, "stdout: {stdout}\nstderr: {stderr}");
        assert!(
            stderr.contains(expected),
            "expected {expected:?} in:\n{stderr}"
        );
        assert_eq!(self.snapshot(), before, "a file changed");
        stderr
    }
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            collect(root, &entry.path(), files);
        } else {
            files.insert(
                entry.path().strip_prefix(root).unwrap().to_path_buf(),
                std::fs::read(entry.path()).unwrap(),
            );
        }
    }
}

const CONTRACT: &str = "skoladmin/contract.toml";
const KPI: &str = "skoladmin/kpi.csv";
const LOG: &str = "skoladmin/log.csv";

#[test]
fn the_fixture_is_valid() {
    let register = Register::new();
    let (code, stdout, stderr) =
        register.avtal(&["check", "--today", "2026-11-22", "--fail-on", "never"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn invalid_toml_syntax() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "title = \"Skoladministrativt system\"",
        "title = \"Skoladministrativt system",
    );
    register.rejects("error: skoladmin/contract.toml:1:35: invalid TOML: invalid basic string");
}

#[test]
fn unknown_key_with_suggestion() {
    let register = Register::new();
    register.edit(CONTRACT, "annual_value = 4500000", "anual_value = 4500000");
    let stderr = register.rejects("error: skoladmin/contract.toml:7:1: unknown key `anual_value`");
    assert!(stderr.contains("did you mean `annual_value`?"), "{stderr}");
    assert!(
        stderr.contains("7 | anual_value = 4500000"),
        "excerpt missing:\n{stderr}"
    );
}

#[test]
fn wrong_type() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "business_critical = true",
        "business_critical = \"ja\"",
    );
    register.rejects("error: skoladmin/contract.toml:8:21: `business_critical` must be true or false, found a string");
}

#[test]
fn missing_required_key() {
    let register = Register::new();
    register.edit(CONTRACT, "title = \"Skoladministrativt system\"\n", "");
    register.rejects("error: skoladmin/contract.toml:1:1: missing required key `title`");
}

#[test]
fn impossible_date() {
    let register = Register::new();
    register.edit(CONTRACT, "start = 2024-03-01", "start = 2026-02-30");
    register.rejects("error: skoladmin/contract.toml:5:9: invalid TOML: invalid date");
}

#[test]
fn end_before_start() {
    let register = Register::new();
    register.edit(CONTRACT, "end = 2028-02-29", "end = 2024-02-29");
    register.rejects(
        "error: skoladmin/contract.toml:6:7: `end` (2024-02-29) is before `start` (2024-03-01)",
    );
}

#[test]
fn terminated_before_start() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "end = 2028-02-29",
        "end = 2028-02-29\nterminated = 2024-01-01",
    );
    register.rejects("error: skoladmin/contract.toml:7:14: `terminated` (2024-01-01) is before `start` (2024-03-01)");
}

#[test]
fn duplicate_kpi_id() {
    let register = Register::new();
    register.edit(CONTRACT, "id = \"nki\"", "id = \"leveransprecision\"");
    register.rejects("error: skoladmin/contract.toml:39:6: duplicate KPI id \"leveransprecision\"");
}

#[test]
fn unknown_enum_value() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "kraljic = \"strategic\"",
        "kraljic = \"strategisk\"",
    );
    let stderr =
        register.rejects("error: skoladmin/contract.toml:9:11: unknown kraljic \"strategisk\"");
    assert!(
        stderr.contains("help: write \"strategic\": the values are English words"),
        "{stderr}"
    );
}

#[test]
fn swedish_enum_value_gets_the_english_one_and_a_typo_a_suggestion() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "kraljic = \"strategic\"",
        "kraljic = \"hävstång\"",
    );
    let stderr =
        register.rejects("error: skoladmin/contract.toml:9:11: unknown kraljic \"hävstång\"");
    assert!(
        stderr.contains("help: write \"leverage\": the values are English words"),
        "{stderr}"
    );
    register.edit(CONTRACT, "kraljic = \"hävstång\"", "kraljic = \"stratgic\"");
    let stderr = register.rejects("unknown kraljic \"stratgic\"");
    assert!(stderr.contains("did you mean \"strategic\"?"), "{stderr}");
}

#[test]
fn invalid_organisation_number() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "org_no = \"556677-8899\"",
        "org_no = \"556677-8898\"",
    );
    register.rejects("error: skoladmin/contract.toml:14:10: invalid organisation number \"556677-8898\": the check digit is wrong");
}

#[test]
fn option_both_exercised_and_declined() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "notice_months = 9",
        "notice_months = 9\nexercised = true\ndeclined = true",
    );
    register
        .rejects("error: skoladmin/contract.toml:30:13: option 1 is both exercised and declined");
}

#[test]
fn option_exercised_after_a_declined_one() {
    let register = Register::new();
    register.edit(CONTRACT, "notice_months = 9", "notice_months = 9\ndeclined = true\n\n[[options]]\nmonths = 12\nnotice_months = 9\nexercised = true");
    register.rejects("error: skoladmin/contract.toml:35:13: option 2 is exercised but option 1 before it was declined");
}

#[test]
fn priority_out_of_range_and_unknown_successor() {
    let register = Register::new();
    register.edit(
        "stadning/contract.toml",
        "successor = \"skoladmin\"",
        "successor = \"stadning-2027\"\npriority = 0",
    );
    let stderr = register.rejects(
        "error: stadning/contract.toml:7:13: `successor` names no contract: `stadning-2027`",
    );
    assert!(
        stderr.contains(
            "error: stadning/contract.toml:8:12: `priority` must be between 1 and 3, found 0"
        ),
        "{stderr}"
    );
}

#[test]
fn kpi_csv_missing_header() {
    let register = Register::new();
    register.edit(KPI, "period,kpi,value,source,note\n", "");
    register.rejects("error: skoladmin/kpi.csv:1:1: missing or wrong header; the first line must be `period,kpi,value,source,note`");
}

#[test]
fn kpi_csv_unknown_kpi() {
    let register = Register::new();
    register.edit(
        KPI,
        "2026-02,leveransprecision,96",
        "2026-02,leveransprecison,96",
    );
    let stderr = register.rejects("error: skoladmin/kpi.csv:3:9: unknown KPI `leveransprecison`");
    assert!(
        stderr.contains("did you mean `leveransprecision`?"),
        "{stderr}"
    );
}

#[test]
fn kpi_csv_period_does_not_match_frequency() {
    let register = Register::new();
    register.edit(KPI, "2026-Q1,nki", "2026-03,nki");
    register.rejects("error: skoladmin/kpi.csv:4:1: period `2026-03` does not match KPI `nki`, which is reported quarterly");
}

#[test]
fn kpi_csv_value_not_a_number() {
    let register = Register::new();
    register.edit(
        KPI,
        "2026-02,leveransprecision,96,",
        "2026-02,leveransprecision,\"96,5\",",
    );
    let stderr = register.rejects("error: skoladmin/kpi.csv:3:27: value `96,5` is not a number");
    assert!(stderr.contains("use a decimal point"), "{stderr}");
}

#[test]
fn kpi_csv_duplicate_row() {
    let register = Register::new();
    register.edit(
        KPI,
        "2026-02,leveransprecision",
        "2026-01,leveransprecision",
    );
    register.rejects("error: skoladmin/kpi.csv:3:1: duplicate row for period 2026-01 and KPI `leveransprecision` (first on line 2)");
}

#[test]
fn kpi_csv_wrong_number_of_fields() {
    let register = Register::new();
    register.edit(
        KPI,
        "2026-02,leveransprecision,96,,",
        "2026-02,leveransprecision,96",
    );
    register.rejects(
        "error: skoladmin/kpi.csv:3:1: expected 5 fields (period,kpi,value,source,note), found 3",
    );
}

#[test]
fn log_csv_unknown_type() {
    let register = Register::new();
    register.edit(LOG, "2026-02-10,followup", "2026-02-10,uppfoljning");
    register.rejects("error: skoladmin/log.csv:3:12: unknown type `uppfoljning`");
}

#[test]
fn log_csv_bad_date() {
    let register = Register::new();
    register.edit(LOG, "2026-02-10,followup", "2026-13-10,followup");
    register.rejects("error: skoladmin/log.csv:3:1: invalid date `2026-13-10`");
}

#[test]
fn log_csv_action_without_due() {
    let register = Register::new();
    register.edit(LOG, "AV-1,2026-04-30,", "AV-1,,");
    register.rejects("error: skoladmin/log.csv:5:24: an `action` entry needs a `due` date");
}

#[test]
fn log_csv_ref_names_no_deviation() {
    let register = Register::new();
    register.edit(LOG, "2026-05-02,resolved,AV-1", "2026-05-02,resolved,AV-2");
    register.rejects("error: skoladmin/log.csv:6:21: `resolved` refers to deviation `AV-2`, which is not registered");
}

#[test]
fn folder_name_not_a_valid_key() {
    let register = Register::new();
    register.write("Skol Admin/contract.toml", "title = \"x\"\n");
    let stderr = register
        .rejects("error: Skol Admin/:1:1: folder name `Skol Admin` is not a valid contract key");
    assert!(stderr.contains("prefix it with `_`"), "{stderr}");
}

#[test]
fn ignored_folders() {
    let register = Register::new();
    register.write("_mallar/contract.toml", "not toml at all [");
    register.write(".git/contract.toml", "not toml at all [");
    register.write("protokoll/minnesanteckningar.txt", "inget avtal här");
    let (code, stdout, stderr) = register.avtal(&["check", "--fail-on", "never"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn file_not_utf8() {
    let register = Register::new();
    register.write(
        LOG,
        b"date,type,ref,due,amount,note\n2026-02-10,followup,,,,M\xf6te\n",
    );
    let stderr = register.rejects("error: skoladmin/log.csv:2:25: the file is not valid UTF-8");
    assert!(stderr.contains("save the file as UTF-8"), "{stderr}");
}

#[test]
fn empty_contract_toml() {
    let register = Register::new();
    register.write(CONTRACT, "");
    register.rejects("error: skoladmin/contract.toml:1:1: contract.toml is empty");
}

#[test]
fn bom_and_crlf_are_accepted() {
    let register = Register::new();
    for file in [CONTRACT, KPI, LOG] {
        let text = std::fs::read_to_string(register.path().join(file)).unwrap();
        let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        register.write(file, crlf);
    }
    let (code, stdout, stderr) = register.avtal(&["check", "--fail-on", "never"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    // Positions stay right in a CRLF file with a BOM.
    register.edit(
        KPI,
        "2026-02,leveransprecision,96",
        "2026-02,leveransprecision,x",
    );
    register.rejects("error: skoladmin/kpi.csv:3:27: value `x` is not a number");
}

#[test]
fn all_errors_in_all_files_in_a_stable_order() {
    let register = Register::new();
    register.edit(CONTRACT, "annual_value = 4500000", "anual_value = 4500000");
    register.edit(
        CONTRACT,
        "kraljic = \"strategic\"",
        "kraljic = \"strategisk\"",
    );
    register.edit(KPI, "2026-Q1,nki", "2026-03,nki");
    register.edit(LOG, "2026-02-10,followup", "2026-02-10,uppfoljning");
    register.edit(
        "stadning/contract.toml",
        "kind = \"framework\"",
        "kind = \"ramavtal\"",
    );
    register.write(
        "avtal.toml",
        "organisation = \"Testkommunen\"\nlangauge = \"sv\"\n",
    );
    let stderr = register.rejects("problem(s) found");
    let first = register.rejects("problem(s) found");
    assert_eq!(stderr, first, "the order is not stable");
    // kpi.csv is checked against the contract's KPIs even though other keys of contract.toml
    // have errors: every error of the folder shows in one run.
    assert!(
        stderr.contains("skoladmin/kpi.csv:4:1: period `2026-03` does not match KPI `nki`"),
        "{stderr}"
    );
    insta::assert_snapshot!(stderr);
}

#[test]
fn errors_as_json() {
    let register = Register::new();
    register.edit(CONTRACT, "annual_value = 4500000", "anual_value = 4500000");
    register.edit(LOG, "2026-02-10,followup", "2026-02-10,uppfoljning");
    let before = register.snapshot();
    let (code, stdout, _) = register.avtal(&["check", "--today", "2026-11-22", "--format", "json"]);
    assert_eq!(code, 2);
    assert_eq!(register.snapshot(), before);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["today"], "2026-11-22");
    assert_eq!(json["findings"], serde_json::json!([]));
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["file"], "skoladmin/contract.toml");
    assert_eq!(
        (errors[0]["line"].as_u64(), errors[0]["column"].as_u64()),
        (Some(7), Some(1))
    );
    assert_eq!(errors[0]["message"], "okänd nyckel `anual_value`");
    assert_eq!(errors[1]["file"], "skoladmin/log.csv");
    assert_eq!(
        (errors[1]["line"].as_u64(), errors[1]["column"].as_u64()),
        (Some(3), Some(12))
    );
}

#[test]
fn no_register_found() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::cargo_bin("avtal")
        .unwrap()
        .current_dir(dir.path())
        .env_remove("AVTAL_REGISTER")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error: inget register hittades"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: ange --register MAPP"), "{stderr}");
}

#[test]
fn a_swedish_register_gets_its_diagnostics_in_swedish() {
    let register = Register::new();
    register
        .edit(
            CONTRACT,
            "end = ",
            "anual_value = 5
end = ",
        )
        .write(
            LOG,
            "date,type,ref,due,amount,note
2026-13-01,note,,,,x
",
        );
    let before = register.snapshot();
    let (code, _, stderr) = register.avtal(&["check", "--today", "2026-11-22"]);
    assert_eq!(code, 2, "{stderr}");
    for expected in [
        ": okänd nyckel `anual_value`",
        "= help: menade du `annual_value`?",
        "error: skoladmin/log.csv:2:1: ogiltigt datum `2026-13-01`",
        "= help: skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01",
        "error: 2 fel hittades i registret",
    ] {
        assert!(
            stderr.contains(expected),
            "expected {expected:?} in:\n{stderr}"
        );
    }
    assert_eq!(register.snapshot(), before, "a file changed");
}

#[test]
fn list_and_show() {
    let register = Register::new();
    let (code, stdout, _) = register.avtal(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json[0]["contract"], "skoladmin");
    assert_eq!(json[0]["effective_end"], "2028-02-29");
    assert_eq!(json[1]["contract"], "stadning");
    assert_eq!(json[1]["kind"], "framework");
    let (_, stdout, _) = register.avtal(&["list", "--search", "BETYG", "--format", "csv"]);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    let (_, stdout, _) = register.avtal(&["list", "--active-on", "2027-06-01", "--format", "csv"]);
    assert!(
        stdout.contains("skoladmin") && !stdout.contains("stadning"),
        "{stdout}"
    );
    let (_, stdout, _) = register.avtal(&["list", "--kind", "framework", "--supplier", "rent"]);
    insta::assert_snapshot!("list_filtered", stdout);
    let (_, stdout, _) = register.avtal(&["show", "skoladmin"]);
    insta::assert_snapshot!("show_sv", stdout);
    let (_, stdout, _) = register.avtal(&["--lang", "en", "show", "skoladmin"]);
    insta::assert_snapshot!("show_en", stdout);
    let (code, _, stderr) = register.avtal(&["show", "skoladmn"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("menade du `skoladmin`?"), "{stderr}");
}

#[test]
fn init_and_new_make_a_valid_register() {
    let dir = tempfile::tempdir().unwrap();
    let avtal = |args: &[&str]| {
        Command::cargo_bin("avtal")
            .unwrap()
            .current_dir(dir.path())
            .env_remove("AVTAL_REGISTER")
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        avtal(&["--today", "2026-11-22", "init", "reg"])
            .status
            .success()
    );
    let out = avtal(&[
        "-C",
        "reg",
        "new",
        "skola-2027",
        "--title",
        "Skolskjuts \"Norr\"",
        "--supplier",
        "Buss AB",
        "--start",
        "2027-01-01",
        "--end",
        "2029-12-31",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = avtal(&["-C", "reg", "check", "--fail-on", "never"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let listing = avtal(&["-C", "reg", "list", "--format", "csv"]);
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(
        listing.contains("skola-2027,\"Skolskjuts \"\"Norr\"\"\",Buss AB"),
        "{listing}"
    );
    // Refusals: an existing register, an existing key, an invalid key, end before start.
    assert_eq!(avtal(&["init", "reg"]).status.code(), Some(2));
    let before = std::fs::read(dir.path().join("reg/skola-2027/contract.toml")).unwrap();
    let again = avtal(&[
        "-C",
        "reg",
        "new",
        "skola-2027",
        "--title",
        "x",
        "--supplier",
        "y",
        "--start",
        "2027-01-01",
        "--end",
        "2027-12-31",
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("finns redan"));
    assert_eq!(
        std::fs::read(dir.path().join("reg/skola-2027/contract.toml")).unwrap(),
        before
    );
    let invalid = avtal(&[
        "-C",
        "reg",
        "new",
        "Skola 2",
        "--title",
        "x",
        "--supplier",
        "y",
        "--start",
        "2027-01-01",
        "--end",
        "2027-12-31",
    ]);
    assert!(String::from_utf8_lossy(&invalid.stderr).contains("är ingen giltig avtalsnyckel"));
    let reversed = avtal(&[
        "-C",
        "reg",
        "new",
        "b",
        "--title",
        "x",
        "--supplier",
        "y",
        "--start",
        "2027-01-01",
        "--end",
        "2026-12-31",
    ]);
    assert_eq!(reversed.status.code(), Some(2));
    assert!(!dir.path().join("reg/b").exists());
}

const FRAMEWORK: &str = "stadning/contract.toml";
const ONE_SUPPLIER: &str = "[supplier]\nname = \"Rent & Fint AB\"\n";

/// `stadning` with `[[suppliers]]` instead of `[supplier]`.
fn suppliers(register: &Register, tables: &str) {
    register.edit(FRAMEWORK, ONE_SUPPLIER, tables);
}

#[test]
fn both_or_neither_supplier_table() {
    let register = Register::new();
    register.edit(
        FRAMEWORK,
        ONE_SUPPLIER,
        "[supplier]\nname = \"Rent & Fint AB\"\n[[suppliers]]\nname = \"Städ AB\"\n",
    );
    register.rejects("error: stadning/contract.toml:11:1: both [supplier] and [[suppliers]]");
    let register = Register::new();
    register.edit(FRAMEWORK, ONE_SUPPLIER, "");
    register.rejects("error: stadning/contract.toml:1:1: missing required table [supplier]");
}

#[test]
fn duplicate_and_invalid_ranks_and_org_numbers() {
    let register = Register::new();
    suppliers(
        &register,
        "[[suppliers]]\nname = \"A\"\nrank = 1\n[[suppliers]]\nname = \"B\"\nrank = 1\n",
    );
    register.rejects("error: stadning/contract.toml:14:8: duplicate supplier rank 1");
    let register = Register::new();
    suppliers(
        &register,
        "[[suppliers]]\nname = \"A\"\norg_no = \"556677-8899\"\n[[suppliers]]\nname = \"B\"\norg_no = \"5566778899\"\n",
    );
    register.rejects("error: stadning/contract.toml:14:10: duplicate supplier org_no 556677-8899");
    let register = Register::new();
    suppliers(&register, "[[suppliers]]\nname = \"A\"\nrank = 0\n");
    register.rejects(
        "error: stadning/contract.toml:11:8: `rank` must be 1 or more (1 is the first in the ranking order), found 0",
    );
}

#[test]
fn call_off_only_on_frameworks_and_only_known_methods() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "kind = \"contract\"",
        "kind = \"contract\"\ncall_off = \"ranking\"",
    );
    register.rejects(
        "error: skoladmin/contract.toml:5:12: `call_off` applies only to a framework agreement",
    );
    let register = Register::new();
    register.edit(
        FRAMEWORK,
        "kind = \"framework\"",
        "kind = \"framework\"\ncall_off = \"lottery\"",
    );
    register.rejects("error: stadning/contract.toml:3:12: unknown call_off \"lottery\"");
}

#[test]
fn seasonal_months_and_negative_max_value() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "frequency = \"monthly\"",
        "frequency = \"monthly\"\nmonths = [13]",
    );
    register.rejects(
        "error: skoladmin/contract.toml:37:10: `months` must be between 1 and 12, found 13",
    );
    let register = Register::new();
    register.edit(
        CONTRACT,
        "frequency = \"quarterly\"",
        "frequency = \"quarterly\"\nmonths = [1]",
    );
    register.rejects(
        "error: skoladmin/contract.toml:43:10: `months` applies only to a monthly KPI, this one is quarterly",
    );
    let register = Register::new();
    register.edit(
        FRAMEWORK,
        "annual_value = 1200000",
        "annual_value = 1200000\nmax_value = -5",
    );
    register.rejects("error: stadning/contract.toml:6:13: `max_value` must be 0 or more");
}

#[test]
fn change_entries_need_a_numeric_amount() {
    let register = Register::new();
    let log = std::fs::read_to_string(register.path().join(LOG)).unwrap();
    let lines = log.lines().count() + 1;
    register.write(LOG, format!("{log}2026-03-01,change,,,,ÄTA 1\n"));
    register.rejects(&format!(
        "error: skoladmin/log.csv:{lines}:21: a `change` entry needs an `amount`"
    ));
    register.write(LOG, format!("{log}2026-03-01,change,,,250 tkr,ÄTA 1\n"));
    register.rejects(&format!(
        "error: skoladmin/log.csv:{lines}:21: amount `250 tkr` is not a number"
    ));
}

#[test]
fn seasonal_kpi_rows_outside_their_months() {
    let register = Register::new();
    register.edit(
        CONTRACT,
        "frequency = \"monthly\"",
        "frequency = \"monthly\"\nmonths = [11, 12, 1, 2, 3]",
    );
    let kpi = std::fs::read_to_string(register.path().join(KPI)).unwrap();
    let lines = kpi.lines().count() + 1;
    register.write(KPI, format!("{kpi}2026-07,leveransprecision,96,,\n"));
    register.rejects(&format!(
        "error: skoladmin/kpi.csv:{lines}:1: period `2026-07` is outside the months of seasonal KPI `leveransprecision`"
    ));
}
