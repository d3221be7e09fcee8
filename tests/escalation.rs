//! `avtal escalation` over the real binary: the ladder with triggers, in Swedish and English,
//! for every contract on step 1 or higher or for one named contract.

mod common;

use common::{avtal_on, outcome};
use std::path::Path;

/// `avtal -C <register> --today 2026-11-22 escalation <args>`: (stdout, stderr, code).
fn escalation(register: &str, args: &[&str]) -> (String, String, i32) {
    outcome(avtal_on(Path::new(register)).arg("escalation").args(args))
}

const BASIC: &str = "tests/fixtures/check/basic";

#[test]
fn contracts_on_the_ladder_in_swedish_and_english() {
    let (stdout, stderr, code) = escalation(BASIC, &[]);
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!("basic_sv", stdout);
    let (stdout, _, _) = escalation(BASIC, &["--lang", "en"]);
    insta::assert_snapshot!("basic_en", stdout);
}

#[test]
fn json() {
    let (stdout, _, code) = escalation(BASIC, &["--format", "json"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("basic_json", stdout);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let steps: Vec<(String, u64)> = doc
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["contract"].as_str().unwrap().to_string(),
                e["step"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(steps, [("skoladmin".into(), 3), ("stadtjanst".into(), 2)]);
    let streak = &doc[0]["triggers"][1];
    assert_eq!(streak["type"], "streak");
    assert_eq!(streak["kpi"], "leveransprecision");
    assert_eq!(streak["periods"], 3);
    assert_eq!(streak["last_period"], "2026-10");
}

#[test]
fn one_contract_even_on_step_zero() {
    // `livsmedel`'s deviation was resolved today: step 0.
    let (stdout, _, code) = escalation(BASIC, &["livsmedel"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("livsmedel_step0", stdout);
    // A contract that has ended is shown as not active.
    let (stdout, _, _) = escalation(BASIC, &["avslutat", "--lang", "en"]);
    assert!(stdout.contains("Step 0: Normal"), "{stdout}");
    assert!(
        stdout.contains("The contract is not active today."),
        "{stdout}"
    );
}

#[test]
fn unknown_contract_is_an_error() {
    let (stdout, stderr, code) = escalation(BASIC, &["skoladmn"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "error: inget avtal `skoladmn` i registret\nhint: menade du `skoladmin`?\n"
    );
}

#[test]
fn ladder_overridden_in_avtal_toml() {
    let (stdout, _, _) = escalation("tests/fixtures/check/ladder", &[]);
    assert!(
        stdout.contains("Steg 2: Avvikelse – Exempelstad"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Ansvarig:      Avtalscontroller; Enhetschef"),
        "{stdout}"
    );
    assert!(stdout.contains("Dokumentera i: W3D3; Diariet"), "{stdout}");
    // Fields that are not overridden keep the default ladder's text.
    assert!(stdout.contains("Skapa handlingsplan"), "{stdout}");
}

#[test]
fn nobody_on_the_ladder() {
    let (stdout, _, code) = escalation("tests/fixtures/check/clean", &[]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "Inga avtal på eskaleringstrappan 2026-11-22 (steg 0).\n"
    );
    let (stdout, _, _) = escalation("tests/fixtures/check/clean", &["--format", "json"]);
    assert_eq!(stdout, "[]\n");
}

#[test]
fn demo_register() {
    let (stdout, _, code) = escalation("contracts", &[]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("demo_sv", stdout);
    let (stdout, _, _) = escalation("contracts", &["--lang", "en"]);
    insta::assert_snapshot!("demo_en", stdout);
}
