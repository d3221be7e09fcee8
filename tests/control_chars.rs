//! Control characters in register and supplier text never reach the terminal raw from the
//! commands added after issue 16 (SPEC §9): `price`, `index import`, `spend`, `spend import`,
//! `contracts import`, `digest` (text, md and the bodies of eml files). Their CSV outputs are
//! neutralised like every other.

mod common;

use common::{avtal_inside, demo_register_copy};
use std::path::Path;

/// ESC (an OSC title sequence), BEL, CR and the C1 CSI.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\r\u{9b}2J";

/// The same for a TOML basic string.
const HOSTILE_TOML: &str = "\\u001b]0;pwned\\u0007\\r\\u009b2J";

/// A copy of the demo register with hostile text in matdistribution's title and supplier name,
/// a journal note, and a department in the stored spend.
fn hostile_demo() -> tempfile::TempDir {
    let dir = demo_register_copy();
    let contract = dir.path().join("matdistribution/contract.toml");
    let text = std::fs::read_to_string(&contract).unwrap();
    let text = text
        .replace(
            "title = \"Matdistribution till hemtjänstens brukare\"",
            &format!("title = \"Matdistribution{HOSTILE_TOML}\""),
        )
        .replace(
            "name = \"Hemkört i Sjövik AB\"",
            &format!("name = \"Hemkört{HOSTILE_TOML} AB\""),
        );
    std::fs::write(&contract, text).unwrap();
    let log = dir.path().join("matdistribution/log.csv");
    let mut journal = std::fs::read_to_string(&log).unwrap();
    journal.push_str(&format!("2026-11-20,followup,,,,\"Möte{HOSTILE} klart\"\n"));
    std::fs::write(&log, journal).unwrap();
    let spend = dir.path().join("spend/2026.csv");
    let rows = std::fs::read_to_string(&spend).unwrap();
    let (header, rest) = rows.split_once('\n').unwrap();
    let first = rest.lines().next().unwrap();
    let mut cells: Vec<String> = first.split(',').map(str::to_string).collect();
    cells[4] = format!("\"Förvaltning{HOSTILE}\"");
    std::fs::write(&spend, format!("{header}\n{}\n{rest}", cells.join(","))).unwrap();
    dir
}

/// A control character other than newline and tab, if `text` has one.
fn control(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'))
}

/// Supplier files with a hostile cell, one per importer.
fn supplier_files(dir: &Path) -> [(String, std::path::PathBuf); 3] {
    let spend = dir.join("reskontra.csv");
    std::fs::write(
        &spend,
        format!(
            "Fakturadatum;Org.nr;Leverantörsnamn;Nettobelopp;Förvaltning;Konto;Fakturanummer\n2026-09-01;556245-6623;Hemkört{HOSTILE} AB;1 000,00;Vård{HOSTILE};6250;X{HOSTILE}1\n"
        ),
    )
    .unwrap();
    let index = dir.join("index.csv");
    std::fs::write(
        &index,
        format!("\"månad\",\"AKI-demo\"\n\"2026M01\",394.12\n\"2026M02\",\"39{HOSTILE}\"\n"),
    )
    .unwrap();
    let contracts = dir.join("avtalsexport.csv");
    std::fs::write(
        &contracts,
        format!(
            "Nr;Avtalsnamn;Leverantör;Org.nr;Avtalsområde;Avtalstyp;Startdatum;Slutdatum;Avtalsansvarig\n90;Nytt{HOSTILE} avtal;Lev{HOSTILE} AB;556245-6623;IT{HOSTILE};Avtal;2026-01-01;2027-12-31;Anna{HOSTILE} Berg\n"
        ),
    )
    .unwrap();
    [
        ("spend".into(), spend),
        ("index".into(), index),
        ("contracts".into(), contracts),
    ]
}

#[test]
fn recent_commands_show_control_characters_visibly() {
    let register = hostile_demo();
    let files = tempfile::tempdir().unwrap();
    let [(_, spend), (_, index), (_, contracts)] = supplier_files(files.path());
    let (spend, index, contracts) = (
        spend.to_str().unwrap(),
        index.to_str().unwrap(),
        contracts.to_str().unwrap(),
    );
    let commands: Vec<Vec<&str>> = vec![
        vec!["price", "matdistribution"],
        vec!["price", "matdistribution", "--lang", "en"],
        vec!["spend", "--year", "2026"],
        vec!["spend", "import", spend, "--dry-run"],
        vec![
            "index",
            "import",
            index,
            "--series",
            "AKI-demo",
            "--dry-run",
        ],
        vec!["contracts", "import", contracts, "--dry-run"],
        vec!["digest", "--within", "400"],
        vec!["digest", "--within", "400", "--format", "md"],
    ];
    for args in &commands {
        let output = avtal_inside(register.path())
            .args(["--color", "never"])
            .args(args)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            matches!(output.status.code(), Some(0..=2)),
            "{args:?}: {stderr}"
        );
        assert_eq!(control(&stdout), None, "stdout of {args:?}: {stdout}");
        assert_eq!(control(&stderr), None, "stderr of {args:?}: {stderr}");
        // The hostile text was shown (as pictures or spaces), not left out by chance.
        assert!(
            stdout.contains("pwned") || stderr.contains("pwned"),
            "{args:?} shows no planted text:\n{stdout}\n{stderr}"
        );
    }
}

#[test]
fn digest_mail_bodies_and_headers_carry_no_control_characters() {
    let register = hostile_demo();
    let outbox = tempfile::tempdir().unwrap();
    let output = avtal_inside(register.path())
        .args(["--color", "never"])
        .args(["digest", "--within", "400", "--format", "eml", "-o"])
        .arg(outbox.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(control(&String::from_utf8_lossy(&output.stdout)), None);
    let mail = std::fs::read(outbox.path().join("maria-lund.eml")).unwrap();
    let message = mail_parser::MessageParser::default().parse(&mail).unwrap();
    let body = message.body_text(0).unwrap();
    assert!(body.contains("pwned"), "{body}");
    assert_eq!(control(&body.replace("\r\n", "\n")), None, "{body:?}");
    let subject = message.subject().unwrap_or_default();
    assert_eq!(control(subject), None);
}

#[test]
fn spend_csv_neutralises_formulas_but_keeps_negative_amounts() {
    let register = hostile_demo();
    let spend = register.path().join("spend/2026.csv");
    let mut rows = std::fs::read_to_string(&spend).unwrap();
    rows.push_str("2026-03-01,556507-3888,Returkraft Norr AB,-2500.00,\"=HYPERLINK(\"\"x\"\")\",6250,K-1,kredit.csv\n");
    std::fs::write(&spend, rows).unwrap();
    let output = avtal_inside(register.path())
        .args(["--color", "never"])
        .args(["spend", "--year", "2026", "--format", "csv"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let mut reader = csv::ReaderBuilder::new().from_reader(output.stdout.as_slice());
    let mut departments = Vec::new();
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let number = cell.trim_start_matches(['-', '+']).parse::<f64>().is_ok();
            assert!(!risky || number, "cell {cell:?}");
        }
        departments.push(record[5].to_string());
    }
    assert!(
        departments.iter().any(|d| d == "'=HYPERLINK(\"x\")"),
        "{departments:?}"
    );
}

/// SPEC §9: every CSV that avtal prints goes through `render::csv`, which neutralises formulas.
/// The only other writers are the store's of register files (`kpi.csv`, `log.csv`), whose text
/// must read back exactly as it was written.
#[test]
fn every_csv_output_goes_through_the_one_writer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = ["render/mod.rs", "store/kpi.rs", "store/log.rs"];
    let mut stack = vec![src.clone()];
    let mut offenders = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let name = path
                    .strip_prefix(&src)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                if (text.contains("csv::Writer") || text.contains("csv::WriterBuilder"))
                    && !allowed.contains(&name.as_str())
                {
                    offenders.push(name);
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "CSV written outside render::csv: {offenders:?}"
    );
}
