//! `avtal report` over the real binary: the meeting pack in text, Markdown, HTML and JSON, in
//! both languages, on every demo contract; HTML self-containment and escaping; bad input.

mod common;

use common::{TODAY, avtal, avtal_on, demo_register, outcome};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `avtal -C <register> --today 2026-11-22 report <args>`: (stdout, stderr, exit code).
fn report(register: &str, args: &[&str]) -> (String, String, i32) {
    outcome(avtal_on(Path::new(register)).arg("report").args(args))
}

fn ok(register: &str, args: &[&str]) -> String {
    let (stdout, stderr, code) = report(register, args);
    assert_eq!(code, 0, "avtal report {args:?} failed: {stderr}");
    assert!(stderr.is_empty(), "unexpected stderr: {stderr}");
    stdout
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/report/{name}")
}

/// Every file under `dir` with its bytes, to prove nothing was written.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

fn demo_keys() -> Vec<String> {
    let root = demo_register();
    let mut keys: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            path.join("contract.toml")
                .is_file()
                .then(|| path.file_name().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn skoladmin_text_sv() {
    insta::assert_snapshot!(ok("contracts", &["skoladmin"]));
}

#[test]
fn skoladmin_text_en() {
    insta::assert_snapshot!(ok("contracts", &["skoladmin", "--lang", "en"]));
}

#[test]
fn skoladmin_markdown_sv() {
    insta::assert_snapshot!(ok("contracts", &["skoladmin", "--format", "md"]));
}

#[test]
fn skoladmin_markdown_en() {
    insta::assert_snapshot!(ok(
        "contracts",
        &["skoladmin", "--format", "md", "--lang", "en"]
    ));
}

#[test]
fn skoladmin_agenda_follows_the_register() {
    let text = ok("contracts", &["skoladmin", "--format", "md"]);
    let agenda = text.split("## Förslag till dagordning").nth(1).unwrap();
    assert!(agenda.contains("1. Genomgång av föregående protokoll (2026-06-22)"));
    assert!(agenda.contains("Nyckeltal: antal incidenter över målet två perioder i rad"));
    assert!(agenda.contains("Avvikelse AV-2 och handlingsplan (åtgärd förfallen 2026-10-31)"));
    assert!(agenda.contains("Beslut om option 1 senast 2027-05-29"));
    assert!(agenda.contains("Krävda viten: 40\u{a0}000\u{a0}kr"));
}

#[test]
fn json_is_the_data_with_english_keys() {
    let text = ok("contracts", &["skoladmin", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["contract"], "skoladmin");
    assert_eq!(json["today"], TODAY);
    assert_eq!(json["effective_end"], "2028-02-29");
    assert_eq!(json["next_option"]["option"], 1);
    assert_eq!(json["next_option"]["notice_deadline"], "2027-05-29");
    assert_eq!(json["group"]["group"], 1);
    assert_eq!(json["kraljic"], "strategic");
    assert_eq!(json["escalation"]["step"], 3);
    assert_eq!(json["sanctions_total"], 40000.0);
    assert_eq!(json["deviations"][0]["ref"], "AV-2");
    assert_eq!(json["deviations"][0]["actions"][0]["overdue"], true);
    assert_eq!(json["decisions"].as_array().unwrap().len(), 1);
    assert_eq!(
        json["escalation_path"],
        serde_json::json!(["Erik Nyström", "Lena Sundin"])
    );
    let kpi = &json["kpis"][1];
    assert_eq!(kpi["kpi"], "incidenter");
    assert_eq!(kpi["streak"], 2);
    assert_eq!(kpi["trend"], "better");
    assert_eq!(kpi["periods"].as_array().unwrap().len(), 12);
    assert_eq!(kpi["periods"][8]["period"], "2026-08");
    assert_eq!(kpi["periods"][8]["value"], 7.0);
    assert_eq!(kpi["periods"][8]["breach"], true);
    // October is not due until 30 days after it ends.
    assert_eq!(kpi["periods"][10]["period"], "2026-10");
    assert_eq!(kpi["periods"][10]["value"], serde_json::Value::Null);
    assert_eq!(kpi["periods"][10]["missing"], false);
    let nki = &json["kpis"][2];
    assert_eq!(nki["missing"], 4);
    assert_eq!(nki["periods"][0]["period"], "2024-Q1");
    assert_eq!(nki["periods"][0]["missing"], true);
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["followup-overdue", "action-overdue", "escalation"]);
}

#[test]
fn every_demo_contract_in_every_format_and_language() {
    let keys = demo_keys();
    assert!(
        keys.len() >= 30,
        "demo register has {} contracts",
        keys.len()
    );
    for key in &keys {
        for lang in ["sv", "en"] {
            for format in ["text", "md", "html", "json"] {
                let out = ok("contracts", &[key, "--format", format, "--lang", lang]);
                assert!(out.contains(key.as_str()), "{key} {format} {lang}");
                if format == "json" {
                    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
                    assert_eq!(json["language"], lang);
                    assert!(!json["agenda"].as_array().unwrap().is_empty());
                }
            }
        }
    }
}

#[test]
fn html_is_self_contained_and_printable() {
    let html = ok("contracts", &["skoladmin", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    for outside in [
        "http", "src=", "@import", "url(", "<script", "<link", "<img", "href",
    ] {
        assert!(!html.contains(outside), "HTML contains {outside}");
    }
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains("font-family: system-ui"));
    // One chart per KPI, target dashed, breached points marked.
    assert_eq!(html.matches("<svg ").count(), 3);
    assert_eq!(html.matches("class=\"target\"").count(), 3);
    assert!(html.contains("stroke-dasharray"));
    // Leveransprecision: 3 breaches, incidents: 2, NKI: 1.
    assert_eq!(html.matches("class=\"point breach\"").count(), 6);
    assert!(html.contains(">2026-08</text>"));
    let en = ok(
        "contracts",
        &["skoladmin", "--format", "html", "--lang", "en"],
    );
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Suggested agenda"));
}

#[test]
fn html_escapes_everything_from_the_register() {
    let html = ok(&fixture("nasty"), &["evil", "--format", "html"]);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>"));
    assert!(!html.contains("<i>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("&lt;b&gt;Kommun&lt;/b&gt; &amp; &quot;co&quot;"));
    assert!(html.contains("&lt;i&gt;vite&lt;/i&gt;"));
    // The only elements are avtal's own.
    let tags: std::collections::BTreeSet<String> = html
        .split('<')
        .skip(1)
        .map(|rest| {
            rest.trim_start_matches('/')
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '!')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let allowed = [
        "!DOCTYPE",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "section",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "ol",
        "li",
        "div",
        "figure",
        "figcaption",
        "svg",
        "line",
        "text",
        "polyline",
        "circle",
    ];
    for tag in &tags {
        assert!(
            allowed.contains(&tag.as_str()),
            "unexpected element <{tag}>"
        );
    }
}

#[test]
fn markdown_escapes_markup_from_the_register() {
    let md = ok(&fixture("nasty"), &["evil", "--format", "md"]);
    assert!(!md.contains("<script"));
    assert!(md.contains(
        "&lt;script&gt;alert(3)&lt;/script&gt; \\| pipe \\*star\\* \\[link\\](http://x)"
    ));
    // Every table row keeps its columns: the `|` in a note is escaped.
    for line in md.lines().filter(|l| l.starts_with("| AV-1")) {
        assert_eq!(line.matches(" | ").count(), 5, "{line}");
    }
}

#[test]
fn journal_entries_after_today_are_ignored() {
    let text = ok(&fixture("future"), &["plain"]);
    assert!(text.contains("Beslut i november"));
    assert!(!text.contains("Beslut i december"));
    assert!(!text.contains("AV-9"));
    assert!(text.contains("No open deviations."));
    // Replaying a later day shows them.
    let output = avtal()
        .args([
            "-C",
            &fixture("future"),
            "--today",
            "2026-12-20",
            "report",
            "plain",
        ])
        .output()
        .unwrap();
    let later = String::from_utf8(output.stdout).unwrap();
    assert!(later.contains("Beslut i december"));
    assert!(later.contains("AV-9"));
}

#[test]
fn output_file_holds_the_same_bytes_and_runs_are_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("skoladmin.html");
    let stdout = ok("contracts", &["skoladmin", "--format", "html"]);
    let (out, err, code) = report(
        "contracts",
        &[
            "skoladmin",
            "--format",
            "html",
            "-o",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!((out.as_str(), err.as_str(), code), ("", "", 0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), stdout);
    for format in ["text", "md", "json"] {
        assert_eq!(
            ok("contracts", &["skoladmin", "--format", format]),
            ok("contracts", &["skoladmin", "--format", format])
        );
    }
}

#[test]
fn unknown_contract_suggests_the_closest_key_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.md");
    let (stdout, stderr, code) = report(
        "contracts",
        &["skoladmn", "--format", "md", "-o", path.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("error: inget avtal `skoladmn` i registret"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du `skoladmin`?"), "{stderr}");
    assert!(!path.exists());
}

#[test]
fn invalid_register_is_reported_with_locations_and_nothing_changes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture("broken"));
    let before = tree(&root);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.html");
    let (stdout, stderr, code) = report(
        &fixture("broken"),
        &["bad", "--format", "html", "-o", path.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains(
            "error: bad/contract.toml:3:7: `end` (2024-12-31) ligger före `start` (2025-01-01)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: bad/contract.toml:4:1: okänd nyckel `colour`"),
        "{stderr}"
    );
    assert!(!path.exists());
    assert_eq!(tree(&root), before);
}

#[test]
fn unknown_format_is_a_usage_error() {
    let (stdout, stderr, code) = report("contracts", &["skoladmin", "--format", "pdf"]);
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("invalid value 'pdf' for '--format"),
        "{stderr}"
    );
    assert!(stderr.contains("text, md, html, json"), "{stderr}");
}

#[test]
fn missing_key_is_a_usage_error() {
    let (_, stderr, code) = report("contracts", &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("<KEY>"), "{stderr}");
}

/// `--audience supplier`: no internal escalation wording anywhere in the pack, in any format.
#[test]
fn supplier_audience_leaves_out_internal_escalation() {
    let internal = ok("contracts", &["skoladmin"]);
    assert!(internal.contains("Hävning?"));
    assert!(internal.contains("Ansvariga"));
    for format in ["text", "md", "html", "json"] {
        let supplier = ok(
            "contracts",
            &["skoladmin", "--audience", "supplier", "--format", format],
        );
        for internal_word in ["Hävning", "Spärra orderläggning", "Ansvariga"] {
            assert!(
                !supplier.contains(internal_word),
                "{format}: {internal_word}"
            );
        }
        assert!(
            supplier
                .contains("Eskaleringssteg 3 – Fortgående avvikelser: leverantörens handlingsplan"),
            "{format}"
        );
    }
    let default = ok("contracts", &["skoladmin", "--audience", "internal"]);
    assert_eq!(default, internal);
}

/// Issue 24: the supplier's pack shows what is agreed with the supplier and nothing of the
/// municipality's internal assessment — no room under the change limit, no Kraljic segment, no
/// priority group, no findings of `avtal check`, no new procurement — in every format and
/// language, while the internal pack keeps them.
#[test]
fn supplier_audience_shows_nothing_of_the_internal_assessment() {
    let internal = ok("contracts", &["hantverkare"]);
    let internal_words = [
        "Kvar till gränsen",
        "Ändringsgräns",
        "Kraljic",
        "hävstång",
        "Prioritetsgrupp",
        "Anmärkningar från avtal check",
        "Verksamhetskritiskt",
        "Fokus",
    ];
    for word in internal_words {
        assert!(internal.contains(word), "internal: {word}");
    }
    for format in ["text", "md", "html", "json"] {
        let supplier = ok(
            "contracts",
            &["hantverkare", "--audience", "supplier", "--format", format],
        );
        for word in internal_words {
            assert!(!supplier.contains(word), "{format}: {word}");
        }
        // What is agreed stays: the maximum value and the term.
        assert!(supplier.contains("2028-03-31"), "{format}");
    }
    let english = ok(
        "contracts",
        &["hantverkare", "--lang", "en", "--audience", "supplier"],
    );
    for word in [
        "Room left",
        "Kraljic",
        "Priority group",
        "Findings from avtal check",
    ] {
        assert!(!english.contains(word), "en: {word}");
    }
    let json: serde_json::Value = serde_json::from_str(&ok(
        "contracts",
        &["hantverkare", "--audience", "supplier", "--format", "json"],
    ))
    .unwrap();
    for key in ["group", "kraljic", "focus", "business_critical"] {
        assert!(json.get(key).is_none(), "{key}");
    }
    assert_eq!(json["findings"], serde_json::json!([]));
    assert_eq!(json["decisions"], serde_json::json!([]));
    let values: Vec<&String> = json["values"].as_object().unwrap().keys().collect();
    assert_eq!(values, ["contract_value", "max_value"]);
    // vinterunderhall's new procurement is the buyer's planning and decision.
    let supplier = ok("contracts", &["vinterunderhall", "--audience", "supplier"]);
    assert!(!supplier.contains("Ny upphandling"), "{supplier}");
    assert!(!supplier.contains("Beslutslogg"), "{supplier}");
    let internal = ok("contracts", &["vinterunderhall"]);
    assert!(internal.contains("Ny upphandling") && internal.contains("Beslutslogg"));
}
