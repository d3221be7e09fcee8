//! `avtal log` over the real binary, on copies of a fixture register: rows appended in date
//! order with every existing byte kept, and every bad input refused with exit 2 and no change.

mod common;

use common::{TODAY, avtal_on, copy_dir, outcome};
use std::path::{Path, PathBuf};

/// A private copy of the `basic` fixture register.
struct Register {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Register {
    fn new() -> Register {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("reg");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/basic"),
            &root,
        );
        Register { _dir: dir, root }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.root.join(key).join("log.csv")
    }

    fn read(&self, key: &str) -> String {
        std::fs::read_to_string(self.path(key)).unwrap()
    }

    fn write(&self, key: &str, text: &str) {
        std::fs::write(self.path(key), text).unwrap();
    }

    /// `avtal -C <copy> --today 2026-11-22 log <args>`: (stdout, stderr, code).
    fn log(&self, args: &[&str]) -> (String, String, i32) {
        outcome(avtal_on(&self.root).arg("log").args(args))
    }

    /// The log command fails with exit 2, `message` on stderr and no file touched.
    fn refused(&self, args: &[&str], message: &str) {
        let key = args[0];
        let before = std::fs::read(self.path(key)).ok();
        let (stdout, stderr, code) = self.log(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(std::fs::read(self.path(key)).ok(), before, "{args:?}");
        let leftovers: Vec<_> = std::fs::read_dir(self.root.join(key))
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert!(
            !leftovers
                .iter()
                .any(|n| n.to_string_lossy().contains(".tmp")
                    || n.to_string_lossy().ends_with(".lock")),
            "{leftovers:?}"
        );
    }
}

#[test]
fn appends_a_followup_dated_today() {
    let reg = Register::new();
    let before = reg.read("skoladmin");
    let (stdout, stderr, code) =
        reg.log(&["skoladmin", "followup", "--note", "Uppföljningsmöte, Q4"]);
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!("followup_stdout", stdout);
    // The resolution dated 2026-11-30 stays last: the new row goes before it.
    let after = reg.read("skoladmin");
    insta::assert_snapshot!("followup_file", after);
    let mut lines: Vec<&str> = before.lines().collect();
    lines.insert(6, "2026-11-22,followup,,,,\"Uppföljningsmöte, Q4\"");
    assert_eq!(after, lines.join("\n") + "\n");
}

#[test]
fn logging_clears_the_check_finding() {
    let reg = Register::new();
    reg.log(&["skoladmin", "followup"]);
    let output = assert_cmd::cargo::cargo_bin_cmd!("avtal")
        .arg("-C")
        .arg(&reg.root)
        .args(["--today", TODAY, "check", "--format", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains("followup-overdue"), "{text}");
    assert!(text.contains("action-overdue"), "{text}");
}

#[test]
fn deviation_action_resolved_and_sanction() {
    let reg = Register::new();
    let ok = |args: &[&str]| {
        let (_, stderr, code) = reg.log(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
    };
    ok(&[
        "stadtjanst",
        "action",
        "--ref",
        "AV-7",
        "--due",
        "2026-12-15",
        "--date",
        "2026-10-05",
        "--note",
        "Extra städning",
    ]);
    ok(&[
        "stadtjanst",
        "sanction",
        "--ref",
        "AV-7",
        "--amount",
        "12 500,50",
        "--date",
        "2026-10-20",
    ]);
    ok(&["stadtjanst", "resolved", "--ref", "AV-7"]);
    ok(&[
        "stadtjanst",
        "deviation",
        "--ref",
        "AV-8",
        "--note",
        "Ny avvikelse",
    ]);
    assert_eq!(
        reg.read("stadtjanst"),
        "date,type,ref,due,amount,note\n\
         2023-01-20,start-meeting,,,,\n\
         2025-12-10,followup,,,,Årligt uppföljningsmöte\n\
         2026-10-01,deviation,AV-7,,,\"Missad städning, tre skolor\"\n\
         2026-10-05,action,AV-7,2026-12-15,,Extra städning\n\
         2026-10-20,sanction,AV-7,,12500.50,\n\
         2026-11-22,resolved,AV-7,,,\n\
         2026-11-22,deviation,AV-8,,,Ny avvikelse\n"
    );
}

#[test]
fn change_entries_with_negative_amounts_reach_the_limit() {
    let reg = Register::new();
    let ok = |args: &[&str]| {
        let (_, stderr, code) = reg.log(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
    };
    ok(&[
        "stadtjanst",
        "change",
        "--amount",
        "-40000",
        "--ref",
        "ÄTA-1",
        "--date",
        "2026-10-02",
        "--note",
        "Minskning",
    ]);
    assert!(
        reg.read("stadtjanst")
            .contains("2026-10-02,change,ÄTA-1,,-40000,Minskning\n"),
        "{}",
        reg.read("stadtjanst")
    );
    // A change needs an amount; nothing is written without one.
    let before = reg.read("stadtjanst");
    let (_, stderr, code) = reg.log(&["stadtjanst", "change", "--note", "ÄTA"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("en `change`-rad behöver ett belopp"),
        "{stderr}"
    );
    assert_eq!(reg.read("stadtjanst"), before);
    // Only a change may be negative.
    let (_, stderr, code) = reg.log(&["stadtjanst", "sanction", "--amount", "-5"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(reg.read("stadtjanst"), before);
}

#[test]
fn creates_the_journal_with_its_header() {
    let reg = Register::new();
    assert!(!reg.path("kaffe").exists());
    let (stdout, _, code) = reg.log(&[
        "kaffe",
        "start-meeting",
        "--date",
        "2026-11-20",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Wrote line 2 of kaffe/log.csv:\n2026-11-20,start-meeting,,,,\n"
    );
    assert_eq!(
        reg.read("kaffe"),
        "date,type,ref,due,amount,note\n2026-11-20,start-meeting,,,,\n"
    );
}

#[test]
fn keeps_crlf_and_a_missing_final_newline() {
    let reg = Register::new();
    reg.write(
        "tolk",
        "date,type,ref,due,amount,note\r\n2024-01-15,start-meeting,,,,\r\n2024-12-01,followup,,,,Sista raden",
    );
    let (_, stderr, code) = reg.log(&["tolk", "note", "--note", "Två\nrader"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        reg.read("tolk"),
        "date,type,ref,due,amount,note\r\n2024-01-15,start-meeting,,,,\r\n2024-12-01,followup,,,,Sista raden\r\n2026-11-22,note,,,,\"Två\r\nrader\"\r\n"
    );
}

#[test]
fn inserted_between_rows_of_a_crlf_file() {
    let reg = Register::new();
    reg.write(
        "tolk",
        "date,type,ref,due,amount,note\r\n2024-01-15,start-meeting,,,,\r\n2024-12-01,followup,,,,\r\n",
    );
    let (stdout, _, code) = reg.log(&[
        "tolk",
        "decision",
        "--date",
        "2024-06-01",
        "--note",
        "Beslut",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Skrev rad 3 i tolk/log.csv:\n2024-06-01,decision,,,,Beslut\n"
    );
    assert_eq!(
        reg.read("tolk"),
        "date,type,ref,due,amount,note\r\n2024-01-15,start-meeting,,,,\r\n2024-06-01,decision,,,,Beslut\r\n2024-12-01,followup,,,,\r\n"
    );
}

#[test]
fn bad_input_is_refused_and_nothing_changes() {
    let reg = Register::new();
    reg.refused(
        &["skoladmn", "followup"],
        "error: inget avtal `skoladmn` i registret\nhint: menade du `skoladmin`?",
    );
    reg.refused(
        &["skoladmin", "folowup"],
        "error: okänd typ av journalrad `folowup`\nhint: menade du `followup`?",
    );
    reg.refused(
        &["skoladmin", "deviation"],
        "error: en `deviation`-rad behöver en referens\nhint: lägg till --ref",
    );
    reg.refused(
        &["skoladmin", "resolved"],
        "en `resolved`-rad behöver en referens",
    );
    reg.refused(
        &["skoladmin", "deviation", "--ref", "AV-1"],
        "error: skoladmin har redan en avvikelse `AV-1`; en avvikelses referens måste vara unik",
    );
    reg.refused(
        &["skoladmin", "action", "--ref", "AV-1"],
        "error: en `action`-rad behöver ett datum när åtgärden ska vara klar\nhint: lägg till --due ÅÅÅÅ-MM-DD",
    );
    reg.refused(
        &["skoladmin", "action", "--ref", "AV-9", "--due", "2027-01-31"],
        "error: skoladmin har ingen avvikelse `AV-9` att knyta denna `action` till\nhint: avvikelser i skoladmin: AV-1",
    );
    reg.refused(
        &["kaffe", "resolved", "--ref", "AV-1"],
        "hint: registrera avvikelsen först: avtal log kaffe deviation --ref AV-1",
    );
    reg.refused(
        &["skoladmin", "sanction", "--amount", "25 000 euro"],
        "error: `25 000 euro` är inget belopp i kronor",
    );
    reg.refused(
        &["skoladmin", "sanction", "--amount", "-5"],
        "är inget belopp i kronor",
    );
    reg.refused(
        &["skoladmin", "followup", "--due", "2027-01-01"],
        "--due används bara av `action`-rader, inte av `followup`",
    );
    reg.refused(
        &["skoladmin", "followup", "--date", "2026-02-30"],
        "`2026-02-30` är inget giltigt datum",
    );
    reg.refused(&["skoladmin"], "required arguments were not provided");
}

#[test]
fn amount_with_spaces_and_kr_is_accepted() {
    let reg = Register::new();
    let (stdout, stderr, code) = reg.log(&[
        "skoladmin",
        "sanction",
        "--ref",
        "AV-1",
        "--amount",
        "15 000 kr",
        "--date",
        "2026-11-20",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        reg.read("skoladmin")
            .contains("\n2026-11-20,sanction,AV-1,,15000,\n")
    );
    assert!(
        stdout.contains("2026-11-20,sanction,AV-1,,15000,"),
        "{stdout}"
    );
}

/// SPEC §16: the journal's safeguards, each refused with exit 2 and nothing written.
#[test]
fn journal_safeguards() {
    let reg = Register::new();
    // skoladmin's deviation AV-1 is dated 2026-09-15.
    reg.refused(
        &["skoladmin", "resolved", "--ref", "AV-1", "--date", "2026-09-14"],
        "error: `resolved` daterad 2026-09-14 ligger före avvikelsen AV-1 (2026-09-15)\nhint: ange --date 2026-09-15 eller senare",
    );
    reg.refused(
        &[
            "skoladmin",
            "action",
            "--ref",
            "AV-1",
            "--due",
            "2026-12-31",
            "--date",
            "2026-09-01",
            "--force",
        ],
        "`action` daterad 2026-09-01 ligger före avvikelsen AV-1",
    );
    reg.refused(
        &["--lang", "en", "skoladmin", "resolved", "--ref", "AV-1", "--date", "2026-09-14"],
        "error: `resolved` dated 2026-09-14 is before deviation AV-1 (2026-09-15)\nhint: give --date 2026-09-15 or later",
    );
    reg.refused(
        &["skoladmin", "followup", "--date", "2026-11-23"],
        "error: 2026-11-23 ligger efter i dag (2026-11-22); journalen beskriver det som har hänt\nhint: kontrollera --date, eller lägg till --force",
    );
    // avslutat ended 2025-12-31; framtida starts 2027-01-01.
    reg.refused(
        &["avslutat", "followup"],
        "error: avslutat gäller inte 2026-11-22 (avtalstid 2020-01-01 – 2025-12-31)",
    );
    reg.refused(
        &["skoladmin", "followup", "--date", "2024-02-29"],
        "skoladmin gäller inte 2024-02-29",
    );
    // The deviation's own day is fine, and --force lets the other two through.
    let (_, stderr, code) = reg.log(&[
        "skoladmin",
        "resolved",
        "--ref",
        "AV-1",
        "--date",
        "2026-09-15",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let (_, stderr, code) = reg.log(&["avslutat", "note", "--force", "--note", "Slutfaktura"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, stderr, code) = reg.log(&["skoladmin", "note", "--date", "2026-12-01", "--force"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn an_invalid_register_is_not_written_to() {
    let reg = Register::new();
    std::fs::write(reg.root.join("tolk/contract.toml"), "title = \"Trasig\"\n").unwrap();
    reg.refused(&["tolk", "followup"], "tolk/contract.toml:1:1");
    // SPEC §10: `log` reads only its own folder, so another contract's error does not stop it.
    let (_, stderr, code) = reg.log(&["skoladmin", "followup"]);
    assert_eq!(code, 0, "{stderr}");
}
