//! Hostile input over the real binary (issue 16): huge numbers of errors, control characters,
//! spreadsheet formulas in CSV output, out-of-range dates and texts. Each case checks message,
//! location, exit code and that no file changed.

mod common;

use common::{avtal_on, import_fixture_register};
use std::path::{Path, PathBuf};

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
    let output = avtal_on(register).args(args).output().unwrap();
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
    let register = import_fixture_register();
    let mut text = String::from("period,kpi,value,source,note\n");
    for i in 0..100_000 {
        text.push_str(&format!("2026-01,leveransprecision,{i},,\n"));
    }
    std::fs::write(register.path().join("skoladmin/kpi.csv"), text).unwrap();
    let stderr = fails(register.path(), &["check"]);
    let shown = stderr.matches("error: skoladmin/kpi.csv:").count();
    assert_eq!(shown, 50, "{stderr}");
    assert!(
        stderr.contains("error: skoladmin/kpi.csv:3:1: raden för period 2026-01 och nyckeltal `leveransprecision` förekommer två gånger (första gången på rad 2)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("… och ytterligare 99949 fel visas inte"),
        "{stderr}"
    );
    assert!(stderr.contains("99999 fel hittades"), "{stderr}");
    // JSON keeps every error, each located.
    let output = avtal_on(register.path())
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
    let register = import_fixture_register();
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

// ---------------------------------------------------------------- reader bounds (SPEC §7)

fn import_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

/// `kpi import FILE` under a 2 GiB address-space cap: a reader that grows without bound dies
/// with an allocation abort instead of taking the machine down.
fn import_capped(register: &Path, file: &Path) -> std::process::Output {
    let script = "ulimit -v 2097152; exec \"$0\" -C \"$1\" --today 2026-11-22 --lang en kpi import \"$2\" --contract skoladmin --dry-run";
    std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(assert_cmd::cargo::cargo_bin("avtal"))
        .arg(register)
        .arg(file)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn xls_sector_chain_loop_is_a_located_error() {
    let register = import_fixture_register();
    let mut bytes = std::fs::read(import_fixture().join("leveransrapport.xls")).unwrap();
    // Point the directory's first FAT entry at itself: the chain never ends.
    let u32_at = |b: &[u8], at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
    let directory = u32_at(&bytes, 0x30);
    let at = (u32_at(&bytes, 0x4C) as usize + 1) * 512 + 4 * directory as usize;
    bytes[at..at + 4].copy_from_slice(&directory.to_le_bytes());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("slinga.xls");
    std::fs::write(&file, &bytes).unwrap();
    let stderr = fails(
        register.path(),
        &[
            "--lang",
            "en",
            "kpi",
            "import",
            file.to_str().unwrap(),
            "--contract",
            "skoladmin",
        ],
    );
    assert!(
        stderr.starts_with("error: slinga.xls: is damaged: the directory chain loops"),
        "{stderr}"
    );
}

#[test]
fn mutated_xls_files_never_abort() {
    let register = import_fixture_register();
    let original = std::fs::read(import_fixture().join("leveransrapport.xls")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut seed: u64 = 7;
    for trial in 0..60 {
        let mut bytes = original.clone();
        for _ in 0..3 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let at = (seed >> 33) as usize % bytes.len().min(4096);
            bytes[at] = (seed >> 20) as u8;
        }
        let file = dir.path().join(format!("m{trial}.xls"));
        std::fs::write(&file, &bytes).unwrap();
        let output = import_capped(register.path(), &file);
        let code = output.status.code();
        assert!(
            matches!(code, Some(0 | 2)),
            "trial {trial}: {:?} {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// A one-sheet `.ods` whose second row (`2026-01`, 93) repeats `rows` times and whose value cell
/// repeats `cols` times.
fn repeated_ods(path: &Path, rows: u64, cols: u64) {
    use std::io::Write;
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Blad1">
<table:table-row><table:table-cell office:value-type="string"><text:p>Månad</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Leveransprecision</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="{rows}"><table:table-cell office:value-type="string"><text:p>2026-01</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="93" table:number-columns-repeated="{cols}"><text:p>93</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
}

fn import_args(file: &Path) -> Vec<String> {
    // The failure cases check the English wording; the Swedish is checked by the catalogue.
    [
        "--lang",
        "en",
        "kpi",
        "import",
        file.to_str().unwrap(),
        "--contract",
        "skoladmin",
    ]
    .map(String::from)
    .to_vec()
}

fn fails_importing(register: &Path, file: &Path) -> String {
    let args = import_args(file);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let stderr = fails(register, &args);
    let output = import_capped(register, file);
    assert_eq!(output.status.code(), Some(2), "under the memory cap too");
    stderr
}

#[test]
fn ods_number_rows_repeated_a_billion_times_is_refused() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rader.ods");
    repeated_ods(&file, 1_000_000_000, 1);
    let stderr = fails_importing(register.path(), &file);
    assert!(
        stderr.starts_with("error: rader.ods: is refused: a sheet has more than 1048576 filled rows (a row repeated 1000000000 times)"),
        "{stderr}"
    );
}

#[test]
fn ods_number_columns_repeated_a_billion_times_is_refused_briefly() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kolumner.ods");
    repeated_ods(&file, 1, 1_000_000_000);
    let stderr = fails_importing(register.path(), &file);
    assert!(
        stderr.starts_with(
            "error: kolumner.ods: is refused: the workbook has more than 5000000 filled cells"
        ),
        "{stderr}"
    );
    assert!(stderr.len() < 1000, "{} bytes", stderr.len());
}

#[test]
fn a_header_of_a_hundred_thousand_columns_gives_a_short_message() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bred.csv");
    let header: Vec<String> = (0..100_000)
        .map(|i| format!("kolumn {i} {}", "x".repeat(50)))
        .collect();
    std::fs::write(&file, header.join(",") + "\n").unwrap();
    let stderr = fails_importing(register.path(), &file);
    assert!(
        stderr.contains("error: bred.csv: no header row"),
        "{stderr}"
    );
    assert!(stderr.contains("… and 99980 more"), "{stderr}");
    assert!(stderr.len() < 5000, "{} bytes", stderr.len());
}

#[test]
fn csv_over_a_million_lines_is_refused_within_bounded_memory() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lang.csv");
    let mut text = String::from("Månad,Leveransprecision\n");
    text.push_str(&"2026-01,93\n".repeat(1_100_000));
    std::fs::write(&file, text).unwrap();
    let stderr = fails_importing(register.path(), &file);
    assert!(
        stderr.starts_with("error: lang.csv: is refused: it has more than 1048576 lines"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------- control characters (SPEC §9)

/// The fixture register with ESC, BEL, CR, DEL and a C1 CSI in the title, the supplier, a KPI
/// name, a journal note and a stored KPI note, and a formula as the category.
fn hostile_register() -> tempfile::TempDir {
    let register = import_fixture_register();
    let path = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace(
            "title = \"Skoladministrativt system\"",
            "title = \"Skoladmin\\u001b]0;pwned\\u0007\\r\\u007f\\u009b2J\"",
        )
        .replace("category = \"IT\"", "category = \"=cmd|' /C calc'!A0\"")
        .replace("name = \"Edu AB\"", "name = \"Edu\\u001b[2J AB\"")
        .replace(
            "name = \"Leveransprecision\"",
            "name = \"Leverans\\u001b[8mprecision\"",
        );
    std::fs::write(&path, text).unwrap();
    std::fs::write(
        register.path().join("skoladmin/log.csv"),
        "date,type,ref,due,amount,note\n2026-02-10,followup,,,,\"Möte\u{1b}[1A\u{1b}[2K klart\"\n",
    )
    .unwrap();
    let kpi = register.path().join("skoladmin/kpi.csv");
    let kpi_text = std::fs::read_to_string(&kpi)
        .unwrap()
        .replace("enkät december", "enkät\u{7} december");
    std::fs::write(kpi, kpi_text).unwrap();
    register
}

/// A control character other than newline and tab, if `bytes` has one.
fn control(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|&c| matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'))
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let register = hostile_register();
    let commands: [&[&str]; 15] = [
        &["list"],
        // CSV on standard output reaches the terminal as well.
        &["list", "--format", "csv"],
        &["show", "skoladmin", "--format", "csv"],
        &["plan", "--year", "2026", "--format", "csv"],
        &["priority", "--format", "csv"],
        &["show", "skoladmin"],
        &["check"],
        &["check", "--fail-on", "never"],
        &["plan", "--year", "2026"],
        &["priority"],
        &["escalation"],
        &["escalation", "skoladmin"],
        &["kpi", "show", "skoladmin"],
        &["report", "skoladmin"],
        &["report", "skoladmin", "--format", "md"],
    ];
    for args in commands {
        let output = avtal_on(register.path())
            .args(["--color", "never"])
            .args(args)
            .output()
            .unwrap();
        assert!(matches!(output.status.code(), Some(0 | 1)), "{args:?}");
        assert_eq!(control(&output.stdout), None, "stdout of {args:?}");
        assert_eq!(control(&output.stderr), None, "stderr of {args:?}");
    }
    let list = avtal_on(register.path()).arg("list").output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(list.contains("Skoladmin␛]0;pwned␇␍␡\\x9b2J"), "{list}");
}

#[test]
fn with_colour_only_avtals_own_colour_codes_reach_the_terminal() {
    let register = hostile_register();
    let colours = regex::Regex::new("\u{1b}\\[[0-79;]*m").unwrap();
    for args in [&["list"][..], &["check"], &["kpi", "show", "skoladmin"]] {
        let output = avtal_on(register.path())
            .args(["--color", "always"])
            .args(args)
            .output()
            .unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        let without_colours = colours.replace_all(&text, "");
        assert_eq!(
            control(without_colours.as_bytes()),
            None,
            "{args:?}: {text}"
        );
        assert!(
            !text.contains("\u{1b}[2J") && !text.contains("\u{1b}[8m"),
            "{args:?}: {text:?}"
        );
    }
}

#[test]
fn ics_text_drops_control_characters() {
    let register = hostile_register();
    let output = avtal_on(register.path())
        .args(["plan", "--year", "2026", "--format", "ics"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout)
        .unwrap()
        .replace("\r\n", "\n");
    assert_eq!(control(text.as_bytes()), None);
    assert!(text.contains("Skoladmin]0\\;pwned2J (Edu[2J AB)"), "{text}");
}

#[test]
fn supplier_cells_with_control_characters_are_quoted_visibly_in_errors() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fientlig.csv");
    std::fs::write(
        &file,
        "Månad,Leveransprecision\n2026-01,\"9\u{1b}]0x\u{7}3\"\n",
    )
    .unwrap();
    let stderr = fails_importing(register.path(), &file);
    assert_eq!(control(stderr.as_bytes()), None, "{stderr}");
    assert!(stderr.contains("\"9␛]0x␇3\" is not a number"), "{stderr}");
}

#[test]
fn register_errors_quoting_control_characters_are_visible() {
    let register = import_fixture_register();
    let path = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\n\"bad\\u001b[2Jkey\" = 1\n")).unwrap();
    let stderr = fails(register.path(), &["check"]);
    assert_eq!(control(stderr.as_bytes()), None, "{stderr}");
    assert!(stderr.contains("okänd nyckel `bad␛[2Jkey`"), "{stderr}");
}

// ---------------------------------------------------------------- CSV injection (SPEC §9)

#[test]
fn csv_outputs_neutralise_formulas_but_keep_numbers() {
    let register = hostile_register();
    for args in [
        &["list", "--format", "csv"][..],
        &["show", "skoladmin", "--format", "csv"],
        &["plan", "--year", "2026", "--format", "csv"],
        &["priority", "--format", "csv"],
    ] {
        let output = avtal_on(register.path()).args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(output.stdout.as_slice());
        for record in reader.records() {
            for cell in record.unwrap().iter() {
                let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
                let number = cell.trim_start_matches(['-', '+']).parse::<f64>().is_ok();
                assert!(!risky || number, "{args:?}: cell {cell:?}");
            }
        }
    }
    let show = avtal_on(register.path())
        .args(["show", "skoladmin", "--format", "csv"])
        .output()
        .unwrap();
    let show = String::from_utf8(show.stdout).unwrap();
    assert!(show.contains("'=cmd|' /C calc'!A0"), "{show}");
    // kpi show: a negative value stays a number.
    let register = import_fixture_register();
    std::fs::write(
        register.path().join("skoladmin/kpi.csv"),
        "period,kpi,value,source,note\n2026-01,incidenter,-2,,\n",
    )
    .unwrap();
    let contract = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&contract).unwrap();
    std::fs::write(
        &contract,
        text.replace("unit = \"st\"", "unit = \"@SUM(1)\""),
    )
    .unwrap();
    let output = avtal_on(register.path())
        .args(["kpi", "show", "skoladmin", "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("incidenter,2026-01,-2,3,'@SUM(1),lower"),
        "{text}"
    );
}

// ---------------------------------------------------------------- load-time bounds (SPEC §2.2)

fn edit_contract(register: &Path, edit: impl FnOnce(String) -> String) {
    let path = register.join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(text)).unwrap();
}

#[test]
fn a_title_over_32767_characters_is_an_error_at_the_key() {
    let register = import_fixture_register();
    let long = "å".repeat(32_768);
    edit_contract(register.path(), |text| {
        text.replace("\"Skoladministrativt system\"", &format!("\"{long}\""))
    });
    let stderr = fails(register.path(), &["check"]);
    assert!(
        stderr.contains("error: skoladmin/contract.toml:1:9: `title` är 32768 tecken lång; högst 32767 tecken är tillåtna"),
        "{}",
        &stderr[..stderr.len().min(400)]
    );
    fails(
        register.path(),
        &["export", "kpi-sheet", "skoladmin", "-o", "x.xlsx"],
    );
}

#[test]
fn year_zero_is_an_error_at_the_key() {
    let register = import_fixture_register();
    edit_contract(register.path(), |text| {
        text.replace("start = 2024-03-01", "start = 0000-01-01")
    });
    let stderr = fails(
        register.path(),
        &["plan", "--format", "xlsx", "-o", "plan.xlsx"],
    );
    assert!(
        stderr.contains(
            "error: skoladmin/contract.toml:4:9: `start` (0000-01-01) ligger utanför åren 1900–9999"
        ),
        "{stderr}"
    );
}

#[test]
fn options_past_9999_are_an_error_at_the_option() {
    let register = import_fixture_register();
    edit_contract(register.path(), |text| {
        let text = text.replace("end = 2028-02-29", "end = 9999-12-01");
        let option = "\n[[options]]\nmonths = 1200\nnotice_months = 6\n";
        format!("{text}{option}{option}{option}")
    });
    let stderr = fails(register.path(), &["check"]);
    assert!(
        stderr.contains("error: skoladmin/contract.toml:36:10: option 1 skulle förlänga avtalet förbi 9999-12-31 (9999-12-01 plus 1200 månaders optioner)"),
        "{stderr}"
    );
    assert!(!stderr.contains("+10299"), "{stderr}");
    assert!(stderr.contains("skoladmin/contract.toml:"), "{stderr}");
}

#[test]
fn log_refuses_a_reference_with_a_newline_and_year_zero() {
    let register = import_fixture_register();
    let stderr = fails(
        register.path(),
        &[
            "log",
            "skoladmin",
            "deviation",
            "--ref",
            "AV-1\nAV-2",
            "--note",
            "x",
        ],
    );
    assert!(
        stderr.contains("error: --ref innehåller styrtecknet ␊"),
        "{stderr}"
    );
    let stderr = fails(
        register.path(),
        &["log", "skoladmin", "deviation", "--ref", "AV-1\u{1b}[2J"],
    );
    assert!(
        stderr.contains("error: --ref innehåller styrtecknet ␛"),
        "{stderr}"
    );
    let stderr = fails(
        register.path(),
        &[
            "log",
            "skoladmin",
            "action",
            "--ref",
            "AV-1",
            "--due",
            "0000-01-01",
        ],
    );
    assert!(
        stderr.contains("error: --due 0000-01-01 ligger utanför åren 1900–9999"),
        "{stderr}"
    );
}

#[test]
fn new_with_control_characters_in_the_title_names_no_file() {
    let register = import_fixture_register();
    let stderr = fails(
        register.path(),
        &[
            "new",
            "ny",
            "--title",
            "Ny\u{1b}]0;x\u{7}",
            "--supplier",
            "A AB",
            "--start",
            "2026-01-01",
            "--end",
            "2027-12-31",
        ],
    );
    assert!(
        stderr.contains("error: --title innehåller styrtecknet ␛"),
        "{stderr}"
    );
    assert!(!stderr.contains("contract.toml"), "{stderr}");
    assert!(!register.path().join("ny").exists());
}

// ---------------------------------------------------------------- thousands separators

fn dry_run(register: &Path, file: &Path) -> (String, String) {
    let output = avtal_on(register)
        .args(["kpi", "import"])
        .arg(file)
        .args(["--contract", "skoladmin", "--dry-run"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn comma_thousands_are_read_so_when_the_column_shows_it() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tusental.csv");
    std::fs::write(
        &file,
        "Månad;Antal incidenter\n2026-01;1,234\n2026-02;12,345,678\n",
    )
    .unwrap();
    let (stdout, stderr) = dry_run(register.path(), &file);
    assert!(
        stdout.contains("2026-01,incidenter,1234,tusental.csv,"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2026-02,incidenter,12345678,tusental.csv,"),
        "{stdout}"
    );
    assert_eq!(stderr, "");
}

#[test]
fn an_ambiguous_comma_off_by_a_thousand_from_its_neighbours_warns() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("oklar.csv");
    std::fs::write(
        &file,
        "Månad;Antal incidenter\n2026-01;1,234\n2026-02;1500\n2026-03;1400\n",
    )
    .unwrap();
    let (stdout, stderr) = dry_run(register.path(), &file);
    assert!(
        stdout.contains("2026-01,incidenter,1.234,oklar.csv,"),
        "{stdout}"
    );
    assert_eq!(
        stderr,
        "warning: oklar.csv:2:2: 1,234 lästes som 1.234 (decimalkomma), men de andra värdena för `incidenter` ligger kring 1500: om `,` skiljer tusental här, skriv 1234 och importera igen\n"
    );
    // Neighbours of the same size: no warning.
    std::fs::write(
        &file,
        "Månad;Antal incidenter\n2026-01;1,234\n2026-02;1,5\n",
    )
    .unwrap();
    assert_eq!(dry_run(register.path(), &file).1, "");
}

#[test]
fn ten_thousand_invalid_options_print_fifty_and_count_the_rest() {
    let register = import_fixture_register();
    edit_contract(register.path(), |mut text| {
        for _ in 0..10_000 {
            text.push_str("\n[[options]]\nmonths = 0\nnotice_months = 6\n");
        }
        text
    });
    let stderr = fails(register.path(), &["check"]);
    assert_eq!(
        stderr.matches("error: skoladmin/contract.toml:").count(),
        50
    );
    assert!(
        stderr.contains("… och ytterligare 9950 fel visas inte"),
        "{stderr}"
    );
    assert!(stderr.contains("10000 fel hittades"), "{stderr}");
}

#[test]
fn twelve_hundred_skipped_rows_print_fifty_warnings_and_a_count() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gammal.csv");
    let mut text = String::from("Månad,Leveransprecision\n");
    for year in 1901..2001 {
        for month in 1..=12 {
            text.push_str(&format!("{year}-{month:02},90\n"));
        }
    }
    std::fs::write(&file, text).unwrap();
    let (_, stderr) = dry_run(register.path(), &file);
    assert_eq!(stderr.matches("ligger utanför avtalsperioden").count(), 50);
    assert!(
        stderr.ends_with("warning: gammal.csv: … och 1150 varning(ar) till som inte visas\n"),
        "{stderr}"
    );
}
