//! Issue 31 (hostile registers and files, round two) over the real binary: symlinked register
//! files and locks, dates before 1900 in every importer, concurrent writers of every register
//! file, amounts hidden in e-invoices, money beyond its bound, and `digest -o DIR` owning DIR.
//! Each test is named after the case of the issue.

mod common;

use common::{
    avtal_on, demo_register_copy, files_under, import_fixture_register, root, success_stdout,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every entry under `dir` (links as their target, not followed), so a dangling link planted
/// by a test can be compared too.
fn entries(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut found = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let metadata = std::fs::symlink_metadata(&path).unwrap();
        if metadata.is_symlink() {
            let target = std::fs::read_link(&path).unwrap();
            found.insert(path, format!("-> {}", target.display()));
        } else if metadata.is_dir() {
            found.extend(entries(&path));
        } else {
            let bytes = std::fs::read(&path).unwrap();
            found.insert(path, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    found
}

/// Runs `args` on `register`; (exit code, stderr).
fn run(register: &Path, args: &[&str]) -> (i32, String) {
    let output = avtal_on(register).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code().unwrap_or(-1), stderr)
}

/// Runs `args` (in English) on `register`: exit 2, `message` in stderr, and nothing under
/// `register` changed (links compared as links).
fn refused(register: &Path, args: &[&str], message: &str) {
    let before = entries(register);
    let (code, stderr) = run(register, &[&["--lang", "en"][..], args].concat());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(message), "{stderr}");
    assert_eq!(entries(register), before);
}

/// One writing command, the register it runs on, and the register files it writes.
struct Writer {
    name: &'static str,
    register: fn() -> tempfile::TempDir,
    /// The command's input file (name and text), written into a temporary folder; its path
    /// replaces `{file}` in `args`.
    input: Option<(&'static str, &'static str)>,
    args: &'static [&'static str],
    /// The register files it writes (relative to the register); each but a `contract.toml` is
    /// locked as `<file>.lock`.
    files: &'static [&'static str],
    /// Locks of the register itself (taken without writing the file they are named after).
    locks: &'static [&'static str],
}

impl Writer {
    /// Writes the input into `dir` and returns the arguments.
    fn args(&self, dir: &Path) -> Vec<String> {
        let file = match self.input {
            Some((name, text)) => write(dir, name, text),
            None => String::new(),
        };
        self.args
            .iter()
            .map(|a| a.replace("{file}", &file))
            .collect()
    }
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

/// What a writer has unless it says otherwise.
const BASE: Writer = Writer {
    name: "",
    register: demo_register_copy,
    input: None,
    args: &[],
    files: &[],
    locks: &[],
};

const WRITERS: [Writer; 6] = [
    Writer {
        name: "log",
        args: &["log", "skoladmin", "note", "--note", "Möte"],
        files: &["skoladmin/log.csv"],
        ..BASE
    },
    Writer {
        name: "kpi import",
        register: import_fixture_register,
        input: Some(("leverans.csv", "Månad,Leveransprecision\n2026-01,90\n")),
        args: &["kpi", "import", "{file}", "--contract", "skoladmin"],
        files: &["skoladmin/kpi.csv"],
        ..BASE
    },
    Writer {
        name: "spend import",
        input: Some((
            "reskontra.csv",
            "Datum;Orgnr;Leverantör;Belopp\n2026-01-15;556677-8899;Edu AB;100\n",
        )),
        args: &["spend", "import", "{file}"],
        files: &["spend/2026.csv"],
        ..BASE
    },
    Writer {
        name: "index import",
        input: Some(("kpi.csv", "Månad;Värde\n2030-01;450\n")),
        args: &["index", "import", "{file}", "--series", "KPI-demo"],
        files: &["index/KPI-demo.csv"],
        ..BASE
    },
    Writer {
        name: "contracts import --update",
        input: Some((
            "export.csv",
            "Nyckel;Avtalsnamn;Leverantör;Startdatum;Slutdatum;Årsvärde\nskoladmin;Skoladministrativt system;Edu AB;2024-03-01;2028-02-29;4600000\n",
        )),
        args: &["contracts", "import", "{file}", "--update"],
        files: &["skoladmin/contract.toml"],
        locks: &[".avtal.lock"],
        ..BASE
    },
    Writer {
        name: "new",
        args: &[
            "new",
            "ny-tjanst",
            "--title",
            "Ny tjänst",
            "--supplier",
            "Ny AB",
            "--start",
            "2026-01-01",
            "--end",
            "2027-12-31",
        ],
        locks: &[".avtal.lock"],
        ..BASE
    },
];

/// Each writer first succeeds on its own, so the refusals below are the links' doing.
#[test]
fn every_writer_succeeds_without_links() {
    for writer in &WRITERS {
        let register = (writer.register)();
        let input = tempfile::tempdir().unwrap();
        let args = writer.args(input.path());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stderr) = run(register.path(), &args);
        assert_eq!(code, 0, "{}: {stderr}", writer.name);
        let left: Vec<_> = entries(register.path())
            .into_keys()
            .filter(|p| p.to_string_lossy().ends_with(".lock"))
            .collect();
        assert!(left.is_empty(), "{}: {left:?}", writer.name);
    }
}

/// Issue 31, defect 1: a lock or register file planted as a link (git stores links) — to a file
/// outside the register, or dangling — is refused, naming the file and why, with exit 2; nothing
/// outside the register changes and nothing in it is written.
#[test]
fn symlinks_at_every_register_file_and_lock_a_command_writes_change_nothing_outside() {
    for writer in &WRITERS {
        let mut planted: Vec<String> = Vec::new();
        for file in writer.files {
            planted.push(file.to_string());
            // Contract files are locked by the register's lock, the others each by its own.
            if !file.ends_with("contract.toml") {
                planted.push(format!("{file}.lock"));
            }
        }
        planted.extend(writer.locks.iter().map(|l| l.to_string()));
        for place in &planted {
            for dangling in [false, true] {
                let register = (writer.register)();
                let outside = tempfile::tempdir().unwrap();
                let victim = outside.path().join("authorized_keys");
                if !dangling {
                    std::fs::write(&victim, "ssh-ed25519 AAAA nyckel\n").unwrap();
                }
                let link = register.path().join(place);
                std::fs::create_dir_all(link.parent().unwrap()).unwrap();
                if link.exists() {
                    // The link points at a copy of what was there (the loader may read it).
                    if !dangling {
                        std::fs::copy(&link, &victim).unwrap();
                    }
                    std::fs::remove_file(&link).unwrap();
                }
                std::os::unix::fs::symlink(&victim, &link).unwrap();
                let input = tempfile::tempdir().unwrap();
                let args = writer.args(input.path());
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let before_outside = entries(outside.path());
                let before = entries(register.path());
                let (code, stderr) = run(register.path(), &args);
                let case = format!("{} with {place} linked (dangling: {dangling})", writer.name);
                assert_eq!(code, 2, "{case}: {stderr}");
                let name = Path::new(place).file_name().unwrap().to_string_lossy();
                // A dangling register file may stop the loader first (the file cannot be read, or
                // the folder has no contract); every other case is refused as a link.
                let read_first = dangling && !place.ends_with(".lock");
                if !read_first {
                    assert!(
                        stderr.contains(&format!("{name} är en symbolisk länk; avtal skriver bara vanliga filer i registret")),
                        "{case}: {stderr}"
                    );
                }
                assert_eq!(entries(outside.path()), before_outside, "{case}");
                assert_eq!(entries(register.path()), before, "{case}");
            }
        }
    }
}

/// A contract folder that is a link to a folder outside the register is not written through.
#[test]
fn a_contract_folder_linked_out_of_the_register_is_refused() {
    let register = demo_register_copy();
    let outside = tempfile::tempdir().unwrap();
    let moved = outside.path().join("skoladmin");
    std::fs::rename(register.path().join("skoladmin"), &moved).unwrap();
    std::os::unix::fs::symlink(&moved, register.path().join("skoladmin")).unwrap();
    let before = files_under(outside.path());
    refused(
        register.path(),
        &["log", "skoladmin", "note", "--note", "x"],
        "skoladmin is a symbolic link to a folder; avtal writes only inside the register's own folders",
    );
    assert_eq!(files_under(outside.path()), before);
}

/// A lock file with other names (a hard link to a file elsewhere) is refused and not truncated.
#[test]
fn a_hard_linked_lock_file_is_refused_and_its_other_name_kept() {
    let register = demo_register_copy();
    let victim = register.path().join("notes.txt");
    std::fs::write(&victim, "viktigt\n").unwrap();
    std::fs::hard_link(&victim, register.path().join("skoladmin/log.csv.lock")).unwrap();
    refused(
        register.path(),
        &["log", "skoladmin", "note", "--note", "x"],
        "log.csv.lock has other names (hard links)",
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "viktigt\n");
}

/// A lock file a dead process left (with its pid) is replaced, not truncated in place, and the
/// command runs.
#[test]
fn a_stale_lock_file_with_content_is_replaced_not_truncated() {
    let register = demo_register_copy();
    let lock = register.path().join("skoladmin/log.csv.lock");
    std::fs::write(&lock, "99999999\n").unwrap();
    let (code, stderr) = run(
        register.path(),
        &["log", "skoladmin", "note", "--note", "x"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(!lock.exists());
}

// ---- defect 2: dates before 1900 ----

fn spend_files(register: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files_under(&register.join("spend"))
}

/// Imports into a copy of the demo register; expects exit 2, `message` in stderr and nothing
/// in the register changed.
fn import_refused(args: &[&str], message: &str) {
    refused(demo_register_copy().path(), args, message);
}

#[test]
fn a_ledger_row_dated_0026_or_1899_is_a_cell_error_and_writes_no_spend_file() {
    let dir = tempfile::tempdir().unwrap();
    for (date, cell) in [
        ("0026-10-20", "2:1"),
        ("1899-12-31", "2:1"),
        ("18991231", "2:1"),
    ] {
        let text = format!("Datum;Orgnr;Leverantör;Belopp\n{date};556677-8899;Edu AB;100\n");
        let file = write(dir.path(), "reskontra.csv", &text);
        import_refused(
            &["spend", "import", &file],
            &format!("reskontra.csv:{cell}: \"{date}\" is not a date"),
        );
    }
    // The register stays readable: nothing like spend/26.csv was written.
    let register = demo_register_copy();
    let file = write(
        dir.path(),
        "r.csv",
        "Datum;Orgnr;Leverantör;Belopp\n0026-10-20;556677-8899;Edu AB;100\n",
    );
    let _ = run(register.path(), &["spend", "import", &file]);
    assert_eq!(spend_files(register.path()).len(), 1);
    assert_eq!(run(register.path(), &["check", "--fail-on", "never"]).0, 0);
}

#[test]
fn a_ledger_workbook_with_an_iso_date_cell_before_1900_is_a_cell_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reskontra.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, text) in ["Datum", "Leverantör", "Belopp"].iter().enumerate() {
        sheet.write_string(0, col as u16, *text).unwrap();
    }
    sheet.write_string(1, 0, "1899-12-31").unwrap();
    sheet.write_string(1, 1, "Edu AB").unwrap();
    sheet.write_number(1, 2, 100.0).unwrap();
    book.save(&path).unwrap();
    import_refused(
        &["spend", "import", path.to_str().unwrap()],
        "Sheet1!A2: \"1899-12-31\" is not a date",
    );
}

fn invoice_text() -> String {
    std::fs::read_to_string(root().join("examples/supplier-files/spend/e-fakturor/ko-3.xml"))
        .unwrap()
}

fn replace_element(text: &str, element: &str, content: &str) -> String {
    let open = format!("<{element}");
    let start = text.find(&open).unwrap();
    let body = text[start..].find('>').unwrap() + start + 1;
    let end = text[body..].find(&format!("</{element}>")).unwrap() + body;
    format!("{}{content}{}", &text[..body], &text[end..])
}

#[test]
fn an_invoice_dated_0001_01_01_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = replace_element(&invoice_text(), "cbc:IssueDate", "0001-01-01");
    let file = write(dir.path(), "gammal.xml", &text);
    import_refused(
        &["spend", "import", &file],
        "gammal.xml: cbc:IssueDate \"0001-01-01\" is not a date",
    );
}

#[test]
fn kpi_and_index_rows_dated_before_1900_are_cell_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "k.csv",
        "Månad,Leveransprecision\n2026-01-31,90\n1899-12-31,91\n",
    );
    refused(
        import_fixture_register().path(),
        &["kpi", "import", &file, "--contract", "skoladmin"],
        "k.csv:3:1: \"1899-12-31\"",
    );
    let file = write(
        dir.path(),
        "i.csv",
        "Månad;Värde\n2030-01;450\n1899-12;451\n",
    );
    import_refused(
        &["index", "import", &file, "--series", "KPI-demo"],
        "i.csv:3:1: \"1899-12\"",
    );
}

// ---- defect 4: hidden amounts ----

#[test]
fn an_invoice_amount_split_by_a_comment_is_stored_whole() {
    for hidden in ["1<!-- -->650000.00", "16<?x y?>50000.00"] {
        let register = demo_register_copy();
        let dir = tempfile::tempdir().unwrap();
        let text = replace_element(&invoice_text(), "cbc:TaxExclusiveAmount", hidden);
        let file = write(dir.path(), "dold.xml", &text);
        let (code, stderr) = run(register.path(), &["spend", "import", &file]);
        assert_eq!(code, 0, "{stderr}");
        let stored = std::fs::read_to_string(register.path().join("spend/2026.csv")).unwrap();
        let line = stored.lines().find(|l| l.contains("dold.xml")).unwrap();
        assert!(
            line.contains(",1650000.00,") || line.contains(",-1650000.00,"),
            "{line}"
        );
    }
}

#[test]
fn an_invoice_with_two_monetary_totals_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = invoice_text();
    let start = text.find("<cac:LegalMonetaryTotal").unwrap();
    let end = text.find("</cac:LegalMonetaryTotal>").unwrap() + "</cac:LegalMonetaryTotal>".len();
    let total = &text[start..end];
    let small = replace_element(total, "cbc:TaxExclusiveAmount", "1.00");
    let doubled = format!("{}{small}{}", &text[..start], &text[start..]);
    let file = write(dir.path(), "dubbel.xml", &doubled);
    import_refused(
        &["spend", "import", &file],
        "dubbel.xml: has cac:LegalMonetaryTotal more than once",
    );
    let amount_twice = text.replacen(
        "<cbc:TaxExclusiveAmount",
        "<cbc:TaxExclusiveAmount currencyID=\"SEK\">1.00</cbc:TaxExclusiveAmount><cbc:TaxExclusiveAmount",
        1,
    );
    let file = write(dir.path(), "dubbelt-belopp.xml", &amount_twice);
    import_refused(
        &["spend", "import", &file],
        "has cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount more than once",
    );
}

// ---- defect 6: money ----

#[test]
fn a_change_amount_above_the_bound_is_refused_by_log() {
    for amount in [
        "2000000000000000",
        "1000000000000001",
        "1 000 000 000 000 000 000 kr",
    ] {
        import_refused(
            &[
                "log",
                "skoladmin",
                "change",
                "--amount",
                amount,
                "--ref",
                "ÄTA-9",
            ],
            "is larger than 1,000,000,000,000,000 SEK",
        );
    }
}

#[test]
fn a_stored_change_amount_above_the_bound_is_a_located_error() {
    let register = demo_register_copy();
    let log = register.path().join("skoladmin/log.csv");
    let mut text =
        std::fs::read_to_string(&log).unwrap_or_else(|_| "date,type,ref,due,amount,note\n".into());
    let line = text.lines().count() + 1;
    text.push_str("2026-05-01,change,ÄTA-9,,90000000000000000,Stort\n");
    std::fs::write(&log, text).unwrap();
    let (code, stderr) = run(register.path(), &["--lang", "en", "check"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!("skoladmin/log.csv:{line}:"))
            && stderr.contains("amount `90000000000000000` is larger than"),
        "{stderr}"
    );
}

#[test]
fn an_annual_value_above_the_bound_is_a_located_error() {
    let register = demo_register_copy();
    let path = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("annual_value"))
        .unwrap()
        + 1;
    let text = text.replacen("annual_value = 4500000", "annual_value = 2.5e15", 1);
    std::fs::write(&path, text).unwrap();
    let (code, stderr) = run(register.path(), &["--lang", "en", "check"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "skoladmin/contract.toml:{line}:16: `annual_value` is too large"
        )),
        "{stderr}"
    );
}

/// 2.5·10^14 kr a year is within the bound, and the derived contract value is kept (it was 0,
/// "no limit").
#[test]
fn a_large_annual_value_keeps_its_derived_contract_value() {
    let register = demo_register_copy();
    let path = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen(
            "annual_value = 4500000",
            "annual_value = 250000000000000",
            1,
        ),
    )
    .unwrap();
    let output = avtal_on(register.path())
        .args(["show", "skoladmin", "--format", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    // 2.5e14 × 1461 days / 365, above the bound of one stored amount and kept whole.
    assert!(
        text.contains("\"contract_value\": 1000684931506849"),
        "{text}"
    );
    assert!(text.contains("\"base_value\": 1000684931506849"), "{text}");
}

/// A year of 100 invoices of 999,999,999,999,999 kr and 100 equal credit notes sums to 0.
#[test]
fn a_year_of_invoices_at_the_bound_and_their_credit_notes_sums_to_zero() {
    let register = demo_register_copy();
    let mut text = String::from("date,org_no,supplier,amount,department,account,invoice,source\n");
    for n in 0..100 {
        text.push_str(&format!(
            "2025-03-01,556677-8899,Edu AB,999999999999999.00,,,F-{n},a.csv\n"
        ));
        text.push_str(&format!(
            "2025-03-02,556677-8899,Edu AB,-999999999999999.00,,,K-{n},a.csv\n"
        ));
    }
    std::fs::write(register.path().join("spend/2025.csv"), text).unwrap();
    let stdout = success_stdout(
        avtal_on(register.path()).args(["spend", "--year", "2025", "--format", "json"]),
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["total"].as_f64(), Some(0.0), "{json}");
}

// ---- defect 7: digest -o DIR ----

fn digest(register: &Path, dir: &Path) -> (i32, String) {
    run(
        register,
        &[
            "digest",
            "--format",
            "eml",
            "-o",
            dir.to_str().unwrap(),
            "--mail-from",
            "avtal@sjovik.example",
        ],
    )
}

/// The demo register, a folder, and `outbox` in it written by a first `digest -o`.
fn written_outbox() -> (tempfile::TempDir, tempfile::TempDir, PathBuf) {
    let register = demo_register_copy();
    let out = tempfile::tempdir().unwrap();
    let outbox = out.path().join("outbox");
    assert_eq!(digest(register.path(), &outbox).0, 0);
    (register, out, outbox)
}

#[test]
fn digest_output_replaces_last_weeks_messages() {
    let (register, _out, outbox) = written_outbox();
    assert!(outbox.join(".avtal-digest").is_file());
    assert!(outbox.join("johan-ek.eml").is_file());
    // Last week's message for a controller with nothing to do this week must go.
    std::fs::write(
        outbox.join("gammal-kontrollant.eml"),
        "To: x@y\r\n\r\nold\r\n",
    )
    .unwrap();
    let (code, stderr) = digest(register.path(), &outbox);
    assert_eq!(code, 0, "{stderr}");
    assert!(!outbox.join("gammal-kontrollant.eml").exists());
    assert!(outbox.join("johan-ek.eml").is_file());
}

#[test]
fn digest_output_into_a_folder_with_a_planted_message_is_refused() {
    let register = demo_register_copy();
    let out = tempfile::tempdir().unwrap();
    let outbox = out.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    std::fs::write(
        outbox.join("zz-planted.eml"),
        "To: evil@example.com\r\n\r\nx\r\n",
    )
    .unwrap();
    let before = files_under(out.path());
    let (code, stderr) = digest(register.path(), &outbox);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("är inte tom och är ingen mapp med sammandrag från avtal (filen .avtal-digest saknas); inget har ändrats"),
        "{stderr}"
    );
    assert_eq!(files_under(out.path()), before);
}

/// The CI recipe writes the messages outside the checkout and sends only that folder's.
#[test]
fn the_digest_ci_recipe_sends_only_this_runs_messages() {
    let recipe = std::fs::read_to_string(root().join("docs/ci/digest.yml")).unwrap();
    assert!(
        recipe.contains("digest --within 30 --format eml -o \"$RUNNER_TEMP/outbox\""),
        "{recipe}"
    );
    assert!(
        recipe.contains("for message in \"$RUNNER_TEMP\"/outbox/*.eml; do"),
        "{recipe}"
    );
}

/// An empty register `reg` in a temporary folder: (the folder, the register).
fn empty_register() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("reg");
    std::fs::create_dir(&register).unwrap();
    std::fs::write(
        register.join("avtal.toml"),
        "organisation = \"Testkommun\"\n",
    )
    .unwrap();
    (dir, register)
}

// ---- defect 3: concurrent writers ----

/// Runs every argument list at once, one process each; (exit code, stderr) in the same order.
fn all_at_once(register: &Path, arg_lists: &[Vec<String>]) -> Vec<(i32, String)> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = arg_lists
            .iter()
            .map(|args| {
                scope.spawn(move || {
                    let args: Vec<&str> = args.iter().map(String::as_str).collect();
                    run(register, &args)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

fn all_succeed(results: &[(i32, String)]) {
    for (n, (code, stderr)) in results.iter().enumerate() {
        assert_eq!(*code, 0, "process {n}: {stderr}");
    }
}

/// The month `n` months after `start` (`YYYY-MM`).
fn month(start: (i32, u32), n: u32) -> String {
    let months = start.0 * 12 + (start.1 as i32 - 1) + n as i32;
    format!("{}-{:02}", months / 12, months % 12 + 1)
}

/// Runs `args(input folder, n)` for n in 0..20 at once on `register`: every process succeeds,
/// and the register file `stored` then holds `kept(n)` for every n — nothing lost.
fn twenty_at_once_keep_all(
    register: &Path,
    args: impl Fn(&Path, u32) -> Vec<String>,
    stored: &str,
    kept: impl Fn(u32) -> String,
) {
    let input = tempfile::tempdir().unwrap();
    let lists: Vec<Vec<String>> = (0..20).map(|n| args(input.path(), n)).collect();
    all_succeed(&all_at_once(register, &lists));
    let text = std::fs::read_to_string(register.join(stored)).unwrap();
    for n in 0..20 {
        let row = kept(n);
        assert!(text.contains(&row), "{row} lost:\n{text}");
    }
}

#[test]
fn twenty_concurrent_log_entries_are_all_kept() {
    let register = demo_register_copy();
    twenty_at_once_keep_all(
        register.path(),
        |_, n| {
            strings(&[
                "log",
                "skoladmin",
                "note",
                "--note",
                &format!("Samtidig {n}"),
            ])
        },
        "skoladmin/log.csv",
        |n| format!(",Samtidig {n}\n"),
    );
}

#[test]
fn twenty_concurrent_kpi_imports_are_all_kept() {
    let register = import_fixture_register();
    twenty_at_once_keep_all(
        register.path(),
        |dir, n| {
            let text = format!(
                "Månad,Leveransprecision\n{},{}\n",
                month((2026, 1), n),
                70 + n
            );
            let file = write(dir, &format!("k{n}.csv"), &text);
            strings(&["kpi", "import", &file, "--contract", "skoladmin"])
        },
        "skoladmin/kpi.csv",
        |n| {
            format!(
                "{},leveransprecision,{},k{n}.csv,",
                month((2026, 1), n),
                70 + n
            )
        },
    );
}

#[test]
fn twenty_concurrent_spend_imports_are_all_kept() {
    let register = demo_register_copy();
    twenty_at_once_keep_all(
        register.path(),
        |dir, n| {
            let text = format!(
                "Datum;Orgnr;Leverantör;Belopp;Fakturanummer\n2026-03-{:02};556677-8899;Edu AB;{};SAMTIDIG-{n}\n",
                n + 1,
                1000 + n
            );
            let file = write(dir, &format!("s{n}.csv"), &text);
            strings(&["spend", "import", &file])
        },
        "spend/2026.csv",
        |n| format!(",SAMTIDIG-{n},s{n}.csv"),
    );
}

#[test]
fn twenty_concurrent_index_imports_are_all_kept() {
    let register = demo_register_copy();
    twenty_at_once_keep_all(
        register.path(),
        |dir, n| {
            let text = format!("Månad;Värde\n{};{}\n", month((2031, 1), n), 500 + n);
            let file = write(dir, &format!("i{n}.csv"), &text);
            strings(&["index", "import", &file, "--series", "KPI-demo"])
        },
        "index/KPI-demo.csv",
        |n| format!("{},{}\n", month((2031, 1), n), 500 + n),
    );
}

#[test]
fn twenty_concurrent_new_contracts_are_all_created() {
    let register = demo_register_copy();
    let lists: Vec<Vec<String>> = (0..20)
        .map(|n| {
            strings(&[
                "new",
                &format!("samtidig-{n}"),
                "--title",
                &format!("Samtidigt avtal {n}"),
                "--supplier",
                "Ny AB",
                "--start",
                "2026-01-01",
                "--end",
                "2027-12-31",
            ])
        })
        .collect();
    all_succeed(&all_at_once(register.path(), &lists));
    for n in 0..20 {
        let path = register.path().join(format!("samtidig-{n}/contract.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(&format!("Samtidigt avtal {n}")), "{text}");
    }
    assert_eq!(run(register.path(), &["check", "--fail-on", "never"]).0, 0);
}

/// Issue 31, defect 3: 20 `contracts import --update` at once, four of them on each of five
/// contracts, each changing another field: every contract keeps all four changes.
#[test]
fn twenty_concurrent_contract_updates_lose_nothing() {
    let (dir, register) = empty_register();
    let required = "Nyckel;Avtalsnamn;Leverantör;Startdatum;Slutdatum";
    let row = |g: usize| format!("avtal-{g};Avtal {g};Leverantör {g} AB;2026-01-01;2027-12-31");
    let mut first = format!("{required}\n");
    for g in 0..5 {
        first.push_str(&format!("{}\n", row(g)));
    }
    let file = write(dir.path(), "start.csv", &first);
    assert_eq!(run(&register, &["contracts", "import", &file]).0, 0);
    let fields = [
        ("Kategori", "Kategori"),
        ("Diarienummer", "KS 2026/"),
        ("Verksamhet", "Förvaltning "),
        ("Årsvärde", "10"),
    ];
    let mut lists = Vec::new();
    for (f, (header, value)) in fields.iter().enumerate() {
        for g in 0..5 {
            let text = format!("{required};{header}\n{};{value}{g}{f}\n", row(g));
            let file = write(dir.path(), &format!("u{f}-{g}.csv"), &text);
            lists.push(strings(&["contracts", "import", &file, "--update"]));
        }
    }
    all_succeed(&all_at_once(&register, &lists));
    for g in 0..5 {
        let text =
            std::fs::read_to_string(register.join(format!("avtal-{g}/contract.toml"))).unwrap();
        for (f, expected) in [
            format!("category = \"Kategori{g}0\""),
            format!("diarienummer = \"KS 2026/{g}1\""),
            format!("owner = \"Förvaltning {g}2\""),
            format!("annual_value = 10{g}3"),
        ]
        .iter()
        .enumerate()
        {
            assert!(
                text.contains(expected),
                "avtal-{g} lost field {f} ({expected}):\n{text}"
            );
        }
    }
}

/// Issue 31, defect 3: `--update` is all-or-none — when one contract cannot be written, no other
/// contract changed (today a failure after 37 rewrites left 37 rewritten files).
#[test]
fn an_update_that_fails_at_one_contract_rewrites_none() {
    let (dir, register) = empty_register();
    let mut text = String::from("Nyckel;Avtalsnamn;Leverantör;Startdatum;Slutdatum;Kategori\n");
    for g in 0..40 {
        text.push_str(&format!(
            "avtal-{g:02};Avtal {g};Lev {g} AB;2026-01-01;2027-12-31;Före\n"
        ));
    }
    let file = write(dir.path(), "start.csv", &text);
    assert_eq!(run(&register, &["contracts", "import", &file]).0, 0);
    // The last contract's file is a link out of the register: it cannot be rewritten.
    let outside = dir.path().join("elsewhere.toml");
    let last = register.join("avtal-39/contract.toml");
    std::fs::rename(&last, &outside).unwrap();
    std::os::unix::fs::symlink(&outside, &last).unwrap();
    let file = write(
        dir.path(),
        "update.csv",
        &text.replace(";Före\n", ";Efter\n"),
    );
    refused(
        &register,
        &["contracts", "import", &file, "--update"],
        "avtal-39/contract.toml is a symbolic link",
    );
}

// ---- defect 8: smaller ----

/// `avtal new spend` made every command fail; `new con` made a register Windows cannot check out.
#[test]
fn new_refuses_reserved_folders_and_names_windows_cannot_check_out() {
    let reserved =
        |key: &str| format!("the folder name `{key}` is reserved and cannot be a contract");
    let invalid = |key: &str| format!("`{key}` is not a valid contract key");
    for (key, message) in [
        ("spend", reserved("spend")),
        ("index", reserved("index")),
        ("con", invalid("con")),
        ("nul", invalid("nul")),
        ("aux.txt", invalid("aux.txt")),
        ("trail.", invalid("trail.")),
    ] {
        refused(
            demo_register_copy().path(),
            &[
                "new",
                key,
                "--title",
                "X",
                "--supplier",
                "Y",
                "--start",
                "2026-01-01",
                "--end",
                "2026-12-31",
            ],
            &message,
        );
    }
}

#[test]
fn folders_and_series_windows_cannot_check_out_are_refused() {
    // A folder planted by git: an error at the folder, so the register stays checkable on Windows.
    let register = demo_register_copy();
    common::copy_dir(&register.path().join("el"), &register.path().join("con"));
    refused(
        register.path(),
        &["check"],
        "error: con/:1:1: folder name `con` is not a valid contract key",
    );
    let register = demo_register_copy();
    std::fs::copy(
        register.path().join("index/KPI-demo.csv"),
        register.path().join("index/CON.csv"),
    )
    .unwrap();
    refused(
        register.path(),
        &["check"],
        "index/CON.csv:1:1: `CON` is not a valid series name",
    );
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "aux.csv", "Månad;Värde\n2030-01;450\n");
    import_refused(&["index", "import", &file, "--series", "AUX"], "`AUX`");
}

/// `site -o LINK` where LINK is a symlink to the published folder: the link stays and its target
/// holds the new site, not the stale one.
#[test]
fn a_symlinked_site_folder_keeps_the_link_and_its_target_gets_the_new_site() {
    let register = demo_register_copy();
    let out = tempfile::tempdir().unwrap();
    let real = out.path().join("site-2026");
    let link = out.path().join("site");
    assert_eq!(
        run(register.path(), &["site", "-o", real.to_str().unwrap()]).0,
        0
    );
    std::fs::write(real.join("stale.html"), "gammal").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let (code, stderr) = run(register.path(), &["site", "-o", link.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(real.join("index.html").is_file());
    assert!(!real.join("stale.html").exists());
}

/// 3,000 contracts without an org number print 50 warnings and a count, not 3,000 lines.
#[test]
fn contracts_import_prints_fifty_warnings_and_counts_the_rest() {
    let (dir, register) = empty_register();
    let mut text = String::from("Avtalsnamn;Leverantör;Startdatum;Slutdatum\n");
    for n in 0..3000 {
        text.push_str(&format!("Avtal {n};Lev {n} AB;2026-01-01;2027-12-31\n"));
    }
    let file = write(dir.path(), "export.csv", &text);
    let (code, stderr) = run(&register, &["--lang", "en", "contracts", "import", &file]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr.lines().count(), 51, "{stderr}");
    assert!(
        stderr.ends_with("warning: export.csv: … and 2950 more warning(s) not shown\n"),
        "{stderr}"
    );
}

/// Index values 5e-324 and 1e308 (written out in digits) made `price` print "inf %" with
/// `applied: true`: outside 0.001–1,000,000,000 they are refused at the cell on import and at
/// the line when stored.
#[test]
fn index_values_of_5e_324_and_1e308_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for value in ["0.0001", "2000000000"] {
        let file = write(
            dir.path(),
            "i.csv",
            &format!("Månad;Värde\n2030-01;{value}\n"),
        );
        import_refused(
            &["index", "import", &file, "--series", "KPI-demo"],
            "i.csv:2:2: index value",
        );
    }
    let register = demo_register_copy();
    let path = register.path().join("index/KPI-demo.csv");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().count() + 1;
    text.push_str(&format!("2030-01,1{}\n", "0".repeat(308)));
    std::fs::write(&path, text).unwrap();
    refused(
        register.path(),
        &["check"],
        &format!("index/KPI-demo.csv:{line}:9: index value `1000000000000"),
    );
}

/// JSON-stat months `2024M01`, `2024-01` and `januari 2024` are one month: with three values the
/// import stored the last silently; now it is an error naming the month and both values.
#[test]
fn json_stat_with_one_month_spelled_three_ways_is_refused() {
    let json = r#"{"version":"2.0","class":"dataset","id":["ContentsCode","Tid"],"size":[1,3],
      "dimension":{"ContentsCode":{"category":{"index":{"KPI":0}}},
      "Tid":{"category":{"index":{"2024M01":0,"2024-01":1,"januari 2024":2}}}},
      "value":[410.1,999.9,411.5]}"#;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "kpi.json", json);
    import_refused(
        &["index", "import", &file, "--series", "KPI-demo"],
        "kpi.json: 2024-01 appears twice with different values: ",
    );
}

/// A controller name too long for a file name left part of the digest written: the file name is
/// now cut to 80 bytes, and DIR is still written as a whole or not at all.
#[test]
fn a_controller_name_too_long_for_a_file_name_gets_a_shortened_file_name() {
    let (register, _out, outbox) = written_outbox();
    let long = format!("Johan {}", "x".repeat(300));
    for key in ["datorer", "el"] {
        let path = register.path().join(key).join("contract.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("controller = \"Johan Ek\""), "{key}");
        let text = text.replace(
            "controller = \"Johan Ek\"",
            &format!("controller = \"{long}\""),
        );
        std::fs::write(&path, text).unwrap();
    }
    let (code, stderr) = digest(register.path(), &outbox);
    assert_eq!(code, 0, "{stderr}");
    let name = format!("johan-{}.eml", "x".repeat(74));
    assert!(outbox.join(&name).is_file(), "{name}");
    assert!(outbox.join("johan-ek.eml").is_file());
}

/// Separator detection counted physical lines, so a title over five lines gave "no header row":
/// it counts CSV records now.
#[test]
fn a_csv_title_with_line_breaks_keeps_the_separator() {
    let (dir, register) = empty_register();
    let text = "Avtalsnamn;Leverantör;Startdatum;Slutdatum\n\"Skolskjuts\nför\nsärskolan\noch\nfritids\";Buss AB;2026-01-01;2027-12-31\n";
    let file = write(dir.path(), "export.csv", text);
    let (code, stderr) = run(&register, &["contracts", "import", &file]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        register
            .join("skolskjuts-for-sarskolan-och-fritids/contract.toml")
            .is_file()
    );
}

// ---- defect 8: the digest's headers ----

#[test]
fn a_mail_from_with_two_mailboxes_is_refused_and_nothing_is_written() {
    let register = demo_register_copy();
    let out = tempfile::tempdir().unwrap();
    let outbox = out.path().join("outbox");
    let args = [
        "digest",
        "--format",
        "eml",
        "-o",
        outbox.to_str().unwrap(),
        "--mail-from",
        "a@b>, evil@c",
    ];
    refused(
        register.path(),
        &args,
        "--mail-from is not an e-mail address",
    );
    assert!(!outbox.exists());
}

#[test]
fn a_controller_name_of_1200_characters_keeps_every_header_line_within_998_octets() {
    let register = demo_register_copy();
    let contract = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&contract).unwrap();
    let long = "Anna Berg ".repeat(120);
    std::fs::write(
        &contract,
        text.replace(
            "controller = \"Anna Berg\"",
            &format!("controller = \"{}\"", long.trim()),
        ),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let outbox = out.path().join("outbox");
    let (code, stderr) = digest(register.path(), &outbox);
    assert_eq!(code, 0, "{stderr}");
    let mut messages = 0;
    for entry in std::fs::read_dir(&outbox).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "eml") {
            messages += 1;
            let message = std::fs::read_to_string(&path).unwrap();
            let headers = message.split("\r\n\r\n").next().unwrap();
            for line in headers.split("\r\n") {
                assert!(
                    line.len() <= 998,
                    "{} octets in {}",
                    line.len(),
                    path.display()
                );
            }
        }
    }
    assert!(messages > 1);
}
