//! `avtal kpi show` over the real binary: the last periods per KPI with targets, breaches,
//! streaks and missing periods, as table (Swedish and English), JSON and CSV.

mod common;

use common::{avtal_on, root, stdout_text};
use std::path::Path;

const KPI_CSV: &str = "\
period,kpi,value,source,note
2026-05,leveransprecision,96,maj.xlsx,
2026-06,leveransprecision,94.5,jun.xlsx,
2026-07,leveransprecision,93,jul.xlsx,
2026-08,leveransprecision,90.25,aug.xlsx,
2026-10,leveransprecision,92,okt.xlsx,
2026-06,incidenter,2,jun.xlsx,
2026-07,incidenter,5,jul.xlsx,
2026-08,incidenter,1,aug.xlsx,
2026-Q1,nki,71,,enkät
2026-Q2,nki,68,,enkät
";

/// A copy of the fixture register with a richer kpi.csv.
fn register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = root().join("tests/fixtures/import/register");
    std::fs::create_dir_all(dir.path().join("skoladmin")).unwrap();
    std::fs::copy(from.join("avtal.toml"), dir.path().join("avtal.toml")).unwrap();
    std::fs::copy(
        from.join("skoladmin/contract.toml"),
        dir.path().join("skoladmin/contract.toml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("skoladmin/kpi.csv"), KPI_CSV).unwrap();
    dir
}

fn show(register: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    avtal_on(register).args(["kpi", "show"]).args(args).assert()
}

#[test]
fn swedish_table() {
    let register = register();
    let assert = show(register.path(), &["skoladmin", "--last", "6"]).success();
    insta::assert_snapshot!("kpi_show_table_sv", stdout_text(&assert));
}

#[test]
fn english_table() {
    let register = register();
    let assert = show(
        register.path(),
        &["skoladmin", "--last", "3", "--lang", "en"],
    )
    .success();
    insta::assert_snapshot!("kpi_show_table_en", stdout_text(&assert));
}

#[test]
fn json_has_streaks_missing_periods_and_breaches() {
    let register = register();
    let assert = show(register.path(), &["skoladmin", "--format", "json"]).success();
    let value: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let kpis = value["kpis"].as_array().unwrap();
    assert_eq!(kpis.len(), 3);
    assert_eq!(kpis[0]["kpi"], "leveransprecision");
    // 06, 07, 08 and 10 are breaches: four rows in a row (the missing 09 has no row). 2026-10
    // is not missing yet: its value is due 30 days after the month ends.
    assert_eq!(kpis[0]["streak"], 4);
    assert_eq!(
        kpis[0]["missing"],
        serde_json::json!([
            "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-09"
        ])
    );
    assert_eq!(kpis[0]["periods"].as_array().unwrap().len(), 12);
    assert_eq!(kpis[0]["periods"][11]["period"], "2026-11");
    assert_eq!(kpis[0]["periods"][11]["status"], "not-due");
    assert_eq!(kpis[0]["periods"][8]["value"], 90.25);
    assert_eq!(kpis[0]["periods"][8]["breach"], true);
    assert_eq!(kpis[1]["streak"], 0);
    assert_eq!(
        kpis[1]["missing"],
        serde_json::json!([
            "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-09"
        ])
    );
    assert_eq!(kpis[2]["streak"], 1);
    insta::assert_snapshot!("kpi_show_json", stdout_text(&assert));
}

#[test]
fn csv_rows() {
    let register = register();
    let assert = show(
        register.path(),
        &["skoladmin", "--format", "csv", "--last", "2"],
    )
    .success();
    assert_eq!(
        stdout_text(&assert),
        "kpi,period,value,target,unit,direction,breach,status\n\
         leveransprecision,2026-10,92,95,%,higher,true,breach\n\
         leveransprecision,2026-11,,95,%,higher,false,not-due\n\
         incidenter,2026-10,,3,st,lower,false,not-due\n\
         incidenter,2026-11,,3,st,lower,false,not-due\n\
         nki,2026-Q3,,70,,higher,false,missing\n\
         nki,2026-Q4,,70,,higher,false,not-due\n"
    );
}

#[test]
fn output_file_and_unknown_contract() {
    let register = register();
    let out = register.path().join("ut.csv");
    show(
        register.path(),
        &["skoladmin", "--format", "csv", "-o", out.to_str().unwrap()],
    )
    .success()
    .stdout("");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("kpi,period,value")
    );
    let assert = show(register.path(), &["skolamin"]).code(2);
    assert_eq!(
        String::from_utf8_lossy(&assert.get_output().stderr),
        "error: inget avtal `skolamin` i registret\nhint: menade du `skoladmin`? `avtal list` visar alla avtal\n"
    );
    show(register.path(), &["skoladmin", "--last", "0"]).code(2);
}
