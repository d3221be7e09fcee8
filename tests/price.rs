//! `avtal price`, `avtal index import` and the index parts of `check` and `plan` (SPEC §13)
//! over the real binary, on a copy of the demo register: outputs, claims and their exit codes,
//! and every kind of bad input (message, location, exit code 2, nothing written).

mod common;

use common::{copy_dir, demo_register_copy, files_under, root, run_inside};
use serde_json::{Value, json};
use std::path::Path;

/// Runs `args`, expects exit 2 with `expected` on stderr, and that no file changed.
/// Register diagnostics are checked in English (`--lang en`), whose texts must not change,
/// unless `args` name a language.
fn fails(register: &Path, args: &[&str], expected: &str) -> String {
    let before = files_under(register);
    let english: &[&str] = if args.contains(&"--lang") {
        &[]
    } else {
        &["--lang", "en"]
    };
    let args: Vec<&str> = english.iter().chain(args).copied().collect();
    let (_, stderr, code) = run_inside(register, &args);
    assert_eq!(code, 2, "{args:?}: {stderr}");
    assert!(
        stderr.contains(expected),
        "{args:?}: expected {expected:?} in\n{stderr}"
    );
    assert_eq!(before, files_under(register), "{args:?} changed a file");
    stderr
}

#[test]
fn price_table_shows_the_formula_with_the_numbers() {
    let register = demo_register_copy();
    let (sv, _, code) = run_inside(register.path(), &["price", "stadtjanster"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("price_stadtjanster_sv", sv);
    let (en, _, _) = run_inside(
        register.path(),
        &["price", "matdistribution", "--lang", "en"],
    );
    insta::assert_snapshot!("price_matdistribution_en", en);
}

#[test]
fn price_json_is_exactly_the_spec_shape() {
    let register = demo_register_copy();
    let (out, _, code) = run_inside(
        register.path(),
        &["price", "matdistribution", "--format", "json"],
    );
    assert_eq!(code, 0);
    let value: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        value,
        json!({"contract": "matdistribution", "index": "AKI-demo", "share": 1.0,
            "adjustments": [
                {"date": "2026-01-01", "base_period": "2024-11", "period": "2025-11",
                 "base_value": 120.0, "value": 124.3, "change_percent": 3.5833,
                 "applied": true, "factor": 1.035833},
                {"date": "2027-01-01", "base_period": "2025-11", "period": "2026-11",
                 "base_value": null, "value": null, "change_percent": null,
                 "applied": null, "factor": null}]})
    );
    let (out, _, _) = run_inside(
        register.path(),
        &["price", "stadtjanster", "--format", "json"],
    );
    let value: Value = serde_json::from_str(&out).unwrap();
    let rows = value["adjustments"].as_array().unwrap();
    let summary: Vec<(String, f64, bool, f64)> = rows
        .iter()
        .map(|r| {
            (
                r["base_period"].as_str().unwrap().to_string(),
                r["change_percent"].as_f64().unwrap(),
                r["applied"].as_bool().unwrap(),
                r["factor"].as_f64().unwrap(),
            )
        })
        .collect();
    // 0.8 × 1.7 % = 1.36 % carries forward; 0.8 × 2.9 % = 2.32 % is made from the base 2023-04.
    assert_eq!(
        summary,
        [
            ("2023-04".to_string(), 1.36, false, 1.0),
            ("2023-04".to_string(), 2.32, true, 1.0232),
            ("2025-04".to_string(), 0.6997, false, 1.0232),
        ]
    );
}

#[test]
fn a_claim_within_the_index_exits_0_and_too_high_exits_1() {
    let register = demo_register_copy();
    let args = ["price", "stadtjanster", "--date", "2025-07-01", "--claim"];
    let (out, _, code) = run_inside(register.path(), &[&args[..], &["2,325"]].concat());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Begärd höjning 2,325\u{a0}% för 2025-06-01 är inom indexet (medgiven ändring 2,3200\u{a0}%)."), "{out}");
    let (out, _, code) = run_inside(
        register.path(),
        &[&args[..], &["3.5", "--lang", "en"]].concat(),
    );
    assert_eq!(code, 1);
    assert!(
        out.contains("is 1.18 percentage points too high (allowed change 2.3200\u{a0}%)"),
        "{out}"
    );
    // Under the threshold nothing is allowed: any increase is too high.
    let (out, _, code) = run_inside(
        register.path(),
        &[
            "price",
            "stadtjanster",
            "--claim",
            "1",
            "--date",
            "2024-12-31",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 1);
    let value: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        value["claim"],
        json!({"date": "2024-06-01", "claimed": 1.0, "allowed": 0.0, "within": false, "excess": 1.0})
    );
    // A decrease of the price is always within.
    let (_, _, code) = run_inside(
        register.path(),
        &[
            "price",
            "stadtjanster",
            "--claim",
            "-1",
            "--date",
            "2024-12-31",
        ],
    );
    assert_eq!(code, 0);
}

#[test]
fn a_claim_without_index_values_or_before_the_first_date_exits_2() {
    let register = demo_register_copy();
    let stderr = fails(
        register.path(),
        &[
            "price",
            "matdistribution",
            "--claim",
            "3",
            "--date",
            "2027-02-01",
            "--lang",
            "sv",
        ],
        "error: begäran för 2027-01-01 kan inte kontrolleras: indexet AKI-demo saknar värde för 2026-11",
    );
    assert!(
        stderr.contains("avtal index import FIL --series AKI-demo"),
        "{stderr}"
    );
    fails(
        register.path(),
        &[
            "price",
            "stadtjanster",
            "--claim",
            "3",
            "--date",
            "2024-05-31",
            "--lang",
            "sv",
        ],
        "error: inget justeringsdatum på eller före 2024-05-31: det första är 2024-06-01",
    );
    fails(
        register.path(),
        &["price", "skoladmin", "--lang", "sv"],
        "error: avtalet `skoladmin` har ingen indexklausul",
    );
}

#[test]
fn claim_abc_is_a_usage_error() {
    let register = demo_register_copy();
    fails(
        register.path(),
        &["price", "stadtjanster", "--claim", "abc", "--lang", "sv"],
        "error: `abc` är ingen procentsats",
    );
}

#[test]
fn check_warns_before_the_adjustment_and_names_the_missing_month() {
    let register = demo_register_copy();
    let (out, _, _) = run_inside(register.path(), &["check", "--format", "json"]);
    let value: Value = serde_json::from_str(&out).unwrap();
    let ours: Vec<&Value> = value["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "index-missing" || f["code"] == "price-adjustment-due")
        .collect();
    assert_eq!(ours.len(), 2, "{ours:?}");
    assert_eq!(ours[0]["contract"], "matdistribution");
    assert_eq!(ours[0]["code"], "index-missing");
    assert_eq!(ours[0]["period"], "2026-11");
    assert!(ours[0].get("date").is_none());
    assert_eq!(
        ours[0]["message"],
        "Indexvärde saknas: AKI-demo för 2026-11"
    );
    assert_eq!(ours[1]["code"], "price-adjustment-due");
    assert_eq!(ours[1]["date"], "2027-01-01");
    assert_eq!(ours[1]["severity"], "warning");
    let (github, _, _) = run_inside(
        register.path(),
        &["check", "--format", "github", "--lang", "en"],
    );
    assert!(
        github.contains("Index value missing: AKI-demo for 2026-11"),
        "{github}"
    );
    assert!(
        github.contains(
            "title=price-adjustment-due::Price adjustment against the index on 2027-01-01"
        ),
        "{github}"
    );
    let (table, _, _) = run_inside(register.path(), &["check"]);
    assert!(table.contains("→ Hämta indexserien från källan (t.ex. SCB) och läs in den: avtal index import FIL --series AKI-demo"), "{table}");
    assert!(table.contains("→ Räkna ut vad indexklausulen medger och pröva leverantörens begäran: avtal price matdistribution --claim PROCENT"), "{table}");
    // Once the month is imported, only the adjustment itself is left.
    std::fs::write(
        register.path().join("index/AKI-demo.csv"),
        format!(
            "{}2026-11,128.5\n",
            std::fs::read_to_string(register.path().join("index/AKI-demo.csv")).unwrap()
        ),
    )
    .unwrap();
    let (out, _, _) = run_inside(register.path(), &["check", "--format", "json"]);
    assert!(!out.contains("index-missing"));
    assert!(out.contains("price-adjustment-due"));
}

#[test]
fn plan_has_price_adjustment_items_in_every_format() {
    let register = demo_register_copy();
    let (out, _, _) = run_inside(
        register.path(),
        &["plan", "--year", "2027", "--format", "json"],
    );
    let value: Value = serde_json::from_str(&out).unwrap();
    let items: Vec<&Value> = value
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "price-adjustment")
        .collect();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["contract"], "matdistribution");
    assert_eq!(items[0]["date"], "2027-01-01");
    let (table, _, _) = run_inside(register.path(), &["plan", "--year", "2027"]);
    assert!(table.contains("Indexreglering av pris"), "{table}");
    let (csv, _, _) = run_inside(
        register.path(),
        &["plan", "--year", "2027", "--format", "csv"],
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("matdistribution,2027-01-01,price-adjustment,")),
        "{csv}"
    );
    let (ics, _, _) = run_inside(
        register.path(),
        &["plan", "--year", "2027", "--format", "ics", "--lang", "en"],
    );
    assert!(
        ics.contains("SUMMARY:Price adjustment: Matdistribution"),
        "{ics}"
    );
    assert!(
        ics.contains("UID:matdistribution-price-adjustment-2@avtal"),
        "{ics}"
    );
    let xlsx = register.path().join("plan.xlsx");
    let (_, stderr, code) = run_inside(
        register.path(),
        &[
            "plan",
            "--year",
            "2027",
            "--format",
            "xlsx",
            "-o",
            xlsx.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    assert!(
        sheet
            .rows()
            .any(|r| r.iter().any(|c| *c == "Indexreglering av pris"))
    );
}

#[test]
fn bad_series_files_are_located_and_nothing_is_written() {
    for (content, expected) in [
        (
            "period,value\n2024-01,100\n2024-01,101\n",
            "index/KPI-demo.csv:3:1: duplicate month 2024-01 (first on line 2)",
        ),
        (
            "period,value\n2024-01,0\n",
            "index/KPI-demo.csv:2:9: index value `0` must be greater than 0",
        ),
        (
            "period,value\n2024-01,-3.5\n",
            "index/KPI-demo.csv:2:9: index value `-3.5` must be greater than 0",
        ),
        (
            "period,value\n2024-13,100\n",
            "index/KPI-demo.csv:2:1: invalid month `2024-13`",
        ),
    ] {
        let register = demo_register_copy();
        std::fs::write(register.path().join("index/KPI-demo.csv"), content).unwrap();
        fails(register.path(), &["check"], &format!("error: {expected}"));
        fails(
            register.path(),
            &["price", "stadtjanster"],
            &format!("error: {expected}"),
        );
    }
}

#[test]
fn bad_clauses_are_located() {
    let file = "stadtjanster/contract.toml";
    for (from, to, expected) in [
        (
            "share = 0.8",
            "share = 1.5",
            "share` must be more than 0 and at most 1, found 1.5",
        ),
        (
            "base = \"2023-04\"",
            "base = \"2024\"",
            "`base` must be a month YYYY-MM, found \"2024\"",
        ),
        (
            "index = \"KPI-demo\"",
            "index = \"KPI\"",
            "`index` names no series: there is no file index/KPI.csv",
        ),
        (
            "lag_months = 2 ",
            "lag_months = -1 ",
            "`lag_months` must be between 0 and 1200, found -1",
        ),
        (
            "interval_months = 12",
            "interval_months = 0",
            "`interval_months` must be between 1 and 1200, found 0",
        ),
        (
            "min_change_percent = 2.0",
            "min_change_percent = -1.0",
            "`min_change_percent` must be 0 or more, found -1",
        ),
    ] {
        let register = demo_register_copy();
        let path = register.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let line = text[..text.find(from).unwrap()].matches('\n').count() + 1;
        let stderr = fails(register.path(), &["check"], expected);
        assert!(
            stderr.contains(&format!("error: {file}:{line}:")),
            "{stderr}"
        );
    }
}

#[test]
fn reserved_folder_names() {
    let register = demo_register_copy();
    copy_dir(&register.path().join("el"), &register.path().join("index"));
    fails(
        register.path(),
        &["check"],
        "error: index/:1:1: the folder name `index` is reserved",
    );
}

/// Runs `index import` of `file` (relative to the register) for the series `KPI-demo`.
fn import(register: &Path, file: &str, extra: &[&str]) -> (String, String, i32) {
    let args = [
        &["index", "import", file, "--series", "KPI-demo"][..],
        extra,
    ]
    .concat();
    run_inside(register, &args)
}

#[test]
fn index_import_of_scb_files_is_idempotent() {
    let register = demo_register_copy();
    copy_dir(&root().join("examples/index"), &register.path().join("dl"));
    let series = register.path().join("index/KPI-demo.csv");
    let before = std::fs::read_to_string(&series).unwrap();
    let (out, _, code) = import(register.path(), "dl/kpi-demo.json", &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains("nya månader: 0, oförändrade: 12, ersatta: 0"),
        "{out}"
    );
    assert_eq!(before, std::fs::read_to_string(&series).unwrap());
    let (out, _, _) = import(register.path(), "dl/kpi-demo.csv", &["--lang", "en"]);
    assert!(
        out.contains("new months: 12, unchanged: 46, replaced: 0"),
        "{out}"
    );
    assert!(out.contains("Wrote index/KPI-demo.csv."), "{out}");
    let after = std::fs::read_to_string(&series).unwrap();
    assert!(
        after.starts_with("period,value\n2022-01,394.12\n"),
        "{after}"
    );
    assert!(after.ends_with(&before["period,value\n".len()..]));
    let (out, _, _) = import(register.path(), "dl/kpi-demo.csv", &["--format", "json"]);
    let value: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (
            value["new"].clone(),
            value["unchanged"].clone(),
            value["written"].clone()
        ),
        (json!(0), json!(58), json!(false))
    );
    // The register still validates and the new months change nothing already computed.
    let (_, stderr, code) = run_inside(register.path(), &["price", "stadtjanster"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!register.path().join("index/KPI-demo.csv.lock").exists());
}

#[test]
fn index_import_of_a_workbook_with_dates_and_a_new_series() {
    let register = demo_register_copy();
    let path = register.path().join("aki.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet.write(0, 0, "Arbetskostnadsindex").unwrap();
    sheet.write(2, 0, "Datum").unwrap();
    sheet.write(2, 1, "Indextal").unwrap();
    for (row, (month, value)) in [(1u8, 101.5), (2, 101.9), (3, 102.25)]
        .into_iter()
        .enumerate()
    {
        let day = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, month, 15).unwrap();
        sheet
            .write_datetime_with_format(row as u32 + 3, 0, &day, &date)
            .unwrap();
        sheet.write(row as u32 + 3, 1, value).unwrap();
    }
    book.save(&path).unwrap();
    let (out, stderr, code) = run_inside(
        register.path(),
        &["index", "import", "aki.xlsx", "--series", "AKI-test"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(out.contains("nya månader: 3"), "{out}");
    assert_eq!(
        std::fs::read_to_string(register.path().join("index/AKI-test.csv")).unwrap(),
        "period,value\n2026-01,101.5\n2026-02,101.9\n2026-03,102.25\n"
    );
}

#[test]
fn index_import_conflicts_need_replace() {
    let register = demo_register_copy();
    std::fs::write(
        register.path().join("new.csv"),
        "Månad;Värde\n2025-04;411,7\njanuari 2030;450\n",
    )
    .unwrap();
    let stderr = fails(
        register.path(),
        &[
            "--lang", "en", "index", "import", "new.csv", "--series", "KPI-demo",
        ],
        "new.csv: 1 value(s) differ from those stored in index/KPI-demo.csv:\n  2025-04: stored 411.6, file has 411.7 (2:2)",
    );
    assert!(stderr.contains("--replace"), "{stderr}");
    let (_, _, code) = import(register.path(), "new.csv", &["--dry-run", "--replace"]);
    assert_eq!(code, 0);
    let (out, _, code) = import(register.path(), "new.csv", &["--replace"]);
    assert_eq!(code, 0);
    assert!(out.contains("ersätter 2025-04: 411.6 → 411.7"), "{out}");
    let text = std::fs::read_to_string(register.path().join("index/KPI-demo.csv")).unwrap();
    assert!(
        text.contains("2025-04,411.7\n") && text.ends_with("2030-01,450\n"),
        "{text}"
    );
}

#[test]
fn index_import_bad_files() {
    let register = demo_register_copy();
    let write = |name: &str, text: &str| std::fs::write(register.path().join(name), text).unwrap();
    write("nomonth.csv", "Vecka,Värde\n1,100\n");
    let stderr = fails(
        register.path(),
        &[
            "--lang",
            "en",
            "index",
            "import",
            "nomonth.csv",
            "--series",
            "KPI-demo",
        ],
        "error: nomonth.csv: no header row with a month column and a value column in the first 20 rows\n  saw \"Vecka\", \"Värde\"",
    );
    assert!(
        stderr.contains("hint: the month column is headed Månad"),
        "{stderr}"
    );
    write(
        "notid.json",
        r#"{"version":"2.0","class":"dataset","id":["ContentsCode","Manad"],"size":[1,2],"dimension":{"ContentsCode":{},"Manad":{}},"value":[1,2]}"#,
    );
    fails(
        register.path(),
        &[
            "--lang",
            "en",
            "index",
            "import",
            "notid.json",
            "--series",
            "KPI-demo",
        ],
        "error: notid.json: has no `Tid` dimension (the months); its dimensions are: ContentsCode, Manad",
    );
    write("bad.csv", "månad,KPI\n2024M13,1\n2024M01,abc\n2024M02,-1\n");
    fails(
        register.path(),
        &[
            "--lang", "en", "index", "import", "bad.csv", "--series", "KPI-demo",
        ],
        "error: bad.csv:2:1: \"2024M13\" is not a month",
    );
    fails(
        register.path(),
        &[
            "--lang", "en", "index", "import", "bad.csv", "--series", "../x",
        ],
        "`../x` is not a valid series name",
    );
}

#[test]
fn report_and_followup_workbook_have_a_price_section() {
    let register = demo_register_copy();
    let formula = "0,8 × (I(2025-04) / I(2023-04) − 1) × 100 = 0,8 × (411,6 / 400 − 1) × 100 = 2,3200\u{a0}% – görs, faktor 1,023200";
    for format in ["text", "md"] {
        let (out, stderr, code) = run_inside(
            register.path(),
            &["report", "stadtjanster", "--format", format],
        );
        assert_eq!(code, 0, "{stderr}");
        assert!(out.contains("Indexreglering av pris"), "{format}: {out}");
        assert!(out.contains(formula), "{format}: {out}");
    }
    let (html, _, _) = run_inside(
        register.path(),
        &["report", "stadtjanster", "--format", "html", "--lang", "en"],
    );
    assert!(
        html.contains("Price adjustment") && html.contains("2.3200\u{a0}%"),
        "{html}"
    );
    let (json, _, _) = run_inside(
        register.path(),
        &["report", "matdistribution", "--format", "json"],
    );
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["price_adjustment"]["adjustments"][0]["change_percent"],
        json!(3.5833)
    );
    assert_eq!(
        value["price_adjustment"]["adjustments"][1]["factor"],
        Value::Null
    );
    let (json, _, _) = run_inside(
        register.path(),
        &["report", "skoladmin", "--format", "json"],
    );
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["price_adjustment"], Value::Null);
    let (text, _, _) = run_inside(register.path(), &["report", "skoladmin"]);
    assert!(!text.contains("Indexreglering"));

    let path = register.path().join("uppfoljning.xlsx");
    let (_, stderr, code) = run_inside(
        register.path(),
        &[
            "export",
            "followup",
            "stadtjanster",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(&path).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let texts: Vec<String> = sheet
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    assert!(texts.iter().any(|t| t == "Indexreglering av pris"));
    assert!(texts.iter().any(|t| t == "2025-06-01"));
    assert!(
        texts
            .iter()
            .any(|t| formula.ends_with(t.as_str()) && t.starts_with("0,8 ×")),
        "{texts:?}"
    );
}

#[test]
fn price_reads_only_its_contract_and_the_series() {
    let register = demo_register_copy();
    // Another contract's error does not stop `price` (SPEC §10) but does stop `check`.
    let other = register.path().join("el/contract.toml");
    let text = std::fs::read_to_string(&other).unwrap();
    std::fs::write(&other, format!("{text}\nbogus = 1\n")).unwrap();
    let (out, stderr, code) = run_inside(register.path(), &["price", "stadtjanster"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(out.contains("2025-06-01"));
    let (_, _, code) = run_inside(register.path(), &["check"]);
    assert_eq!(code, 2);
    std::fs::write(&other, text).unwrap();
    fails(
        register.path(),
        &["price", "stadtjansters", "--lang", "sv"],
        "error: inget avtal `stadtjansters` i registret",
    );
    fails(
        register.path(),
        &["price", "../el", "--lang", "sv"],
        "error: inget avtal `../el` i registret",
    );
}
