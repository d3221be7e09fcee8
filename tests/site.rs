//! `avtal site` (SPEC §14): what the public catalogue shows and — above all — what it never
//! shows; the internal dashboard; the site folder (marker, replacement, determinism); bad input.

mod site_support;

mod common;

use avtal::model::{Language, LogType};
use avtal::money::Money;
use common::{avtal_on, outcome};
use site_support::*;
use std::collections::BTreeMap;
use std::path::Path;

/// `avtal -C contracts --today 2026-11-22 site <args>`: (stdout, stderr, exit code).
fn site(args: &[&str]) -> (String, String, i32) {
    outcome(avtal_on(Path::new("contracts")).arg("site").args(args))
}

/// Every file under `dir`, by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Every file's text, concatenated (for "appears nowhere" checks).
fn all_text(dir: &Path) -> String {
    files(dir)
        .into_values()
        .map(|bytes| String::from_utf8(bytes).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

fn page(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

// ---------------------------------------------------------------- confidentiality

/// Plants a unique marker in every field the public site must not show, on a listed contract,
/// and returns the markers. Markers are letters only, so no escaping can hide them.
fn plant_secrets(register: &mut avtal::model::Register) -> Vec<String> {
    let mut secrets = Vec::new();
    let mut secret = |name: &str| {
        let marker = format!("SECRETQX{name}");
        secrets.push(marker.clone());
        marker
    };
    let skoladmin = register
        .contracts
        .iter_mut()
        .find(|c| c.key == "skoladmin")
        .unwrap();
    skoladmin.log.push(entry(
        "2026-10-01",
        LogType::Note,
        None,
        &secret("JOURNALNOTE"),
    ));
    skoladmin.log.push(entry(
        "2026-10-02",
        LogType::Deviation,
        Some(&secret("LOGREF")),
        &secret("DEVIATION"),
    ));
    skoladmin.log.push(entry(
        "2026-10-03",
        LogType::Sanction,
        None,
        &secret("SANCTION"),
    ));
    skoladmin.log.push(entry(
        "2026-10-04",
        LogType::Decision,
        None,
        &secret("DECISION"),
    ));
    skoladmin.kpis[0].name = secret("KPINAME");
    let note = skoladmin.kpi_texts.intern(&secret("KPINOTE"));
    let source = skoladmin.kpi_texts.intern(&secret("KPISOURCE"));
    for row in &mut skoladmin.kpi_rows {
        row.note = note;
        row.source = source;
    }
    // A KPI value no other number on the page can be mistaken for.
    if let Some(row) = skoladmin.kpi_rows.last_mut() {
        row.value = 8_642_097.0;
    }
    skoladmin.roles.controller = Some(secret("CONTROLLER"));
    skoladmin.roles.owner = Some(secret("OWNER"));
    skoladmin.roles.partner_owner = Some(secret("PARTNEROWNER"));
    skoladmin.contacts.push(contact(
        &secret("HIDDENCONTACTNAME"),
        &secret("HIDDENCONTACTROLE"),
        &format!("{}@x.example", secret("HIDDENCONTACTEMAIL")),
        &secret("HIDDENCONTACTPHONE"),
        false,
    ));
    skoladmin.special_reasons = Some(secret("SPECIALREASONS"));
    skoladmin.spend_accounts = vec![secret("SPENDACCOUNT")];
    skoladmin.requirements.push(avtal::model::Requirement {
        name: secret("REQUIREMENT"),
    });
    skoladmin.annual_value = 9_753_186.0;
    skoladmin.max_value = Some(Money::from_kronor(86_420_975));
    // An ended contract is not listed, nor is anything about it.
    let ended = register
        .contracts
        .iter_mut()
        .find(|c| c.effective_end() < today())
        .expect("the demo register has an ended contract");
    ended.title = format!("Avslutat {}", "SECRETQXENDEDTITLE");
    secrets.push("SECRETQXENDEDTITLE".into());
    secrets
}

/// The forms a number can take on a page: plain digits, and grouped in both languages.
fn number_forms(n: i64) -> Vec<String> {
    vec![
        n.to_string(),
        avtal::i18n::number(n as f64, 0, Language::Sv),
        avtal::i18n::number(n as f64, 0, Language::En),
    ]
}

#[test]
fn the_public_site_shows_nothing_it_must_not() {
    let mut register = framework_register();
    let secrets = plant_secrets(&mut register);
    assert!(!register.settings.site.show_values);
    for lang in [Language::Sv, Language::En] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        write_site(&register, lang, false, &out);
        let text = all_text(&out);
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{secret} leaked ({lang:?})"
            );
        }
        for n in [8_642_097, 9_753_186, 86_420_975, 40_000_000] {
            for form in number_forms(n) {
                assert!(!text.contains(&form), "value {form} leaked ({lang:?})");
            }
        }
        // Nothing from the journal, KPIs, escalation or findings of any demo contract either.
        for c in &register.contracts {
            for e in &c.log {
                if e.note.chars().count() > 12 {
                    assert!(!text.contains(&e.note), "journal note leaked: {}", e.note);
                }
            }
            for k in &c.contacts {
                if let (false, Some(email)) = (k.public, &k.email) {
                    assert!(!text.contains(email.as_str()), "contact leaked: {email}");
                }
            }
        }
        for word in ["Eskalering", "Escalation", "Avvikelse", "Deviation", "vite"] {
            assert!(!text.contains(word), "{word} on the public site");
        }
    }
}

#[test]
fn the_public_site_shows_the_catalogue_fields() {
    let register = framework_register();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    write_site(&register, Language::Sv, false, &out);
    let c = page(&out, "contracts/hemtjanst-2026.html");
    for expected in [
        "<h1>Hemtjänst i norra kommundelen (ersättningsavtal)</h1>",
        "Vård och omsorg",
        "Ramavtal",
        "Rangordning",
        "<td>1</td><td>Omsorg Norr AB</td><td class=\"nw\">556677-8899</td>",
        "<td>2</td><td>Vård &amp; Hem i Sjövik AB</td><td class=\"nw\">559012-3450</td>",
        "Avropa från leverantör 1 i första hand.",
        "hemtjänst, äldreomsorg",
        "Sara Öberg",
        "mailto:sara.oberg@sjovik.example",
        "+46 70 111 22 33",
        "Senast möjliga slut med förlängningar",
    ] {
        assert!(c.contains(expected), "missing {expected:?} in\n{c}");
    }
    let hemtjanst = register.contract("hemtjanst-2026").unwrap();
    let diarienummer = hemtjanst.diarienummer.clone().unwrap();
    assert!(c.contains(&format!("<dd>{diarienummer}</dd>")), "{c}");
    assert!(c.contains(&format!("<dd>{}</dd>", hemtjanst.start)), "{c}");
    assert!(c.contains(&format!("<dd>{}</dd>", hemtjanst.effective_end())));
    // Values are hidden by default.
    assert!(!c.contains("Takvolym") && !c.contains("årsvärde"), "{c}");

    // The start page lists every contract active today or starting later, and no other.
    let index = page(&out, "index.html");
    for contract in &register.contracts {
        let row = format!("id=\"c-{}\"", contract.key);
        let listed = contract.effective_end() >= today();
        assert_eq!(index.contains(&row), listed, "{}", contract.key);
        assert_eq!(
            out.join(format!("contracts/{}.html", contract.key))
                .exists(),
            listed
        );
    }
    assert!(index.contains("<option value=\"Vård och omsorg\">Vård och omsorg</option>"));
    assert!(index.contains("<option value=\"framework\">Ramavtal</option>"));
    assert!(index.contains("<label for=\"q\">Sök avtal</label>"));
    // The search index is inlined: no fetch, no network.
    assert!(index.contains("<script type=\"application/json\" id=\"search-index\">"));
    assert!(index.contains("Omsorg Norr AB"));
}

#[test]
fn values_and_the_site_default_ordering_with_site_settings() {
    let mut register = framework_register();
    register.settings.site.show_values = true;
    register.settings.site.title = Some("Sjöviks avtal".into());
    register.settings.site.ordering = Some("Beställ via e-handelssystemet.".into());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    write_site(&register, Language::Sv, false, &out);
    let c = page(&out, "contracts/hemtjanst-2026.html");
    assert!(
        c.contains("<dt>Takvolym</dt><dd>40\u{a0}000\u{a0}000\u{a0}kr</dd>"),
        "{c}"
    );
    // The contract's own ordering text wins over the site default.
    assert!(c.contains("Avropa från leverantör 1") && !c.contains("e-handelssystemet"));
    let other = page(&out, "contracts/skoladmin.html");
    assert!(other.contains("<p class=\"ordering\">Beställ via e-handelssystemet.</p>"));
    assert!(other.contains("<dt>Uppskattat årsvärde</dt><dd>4\u{a0}500\u{a0}000\u{a0}kr</dd>"));
    assert!(other.contains("<title>Skoladministrativt system – Sjöviks avtal</title>"));
    assert!(page(&out, "index.html").contains("<h1>Sjöviks avtal</h1>"));
}

#[test]
fn english_register_gives_an_english_site() {
    let register = framework_register();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    write_site(&register, Language::En, false, &out);
    let index = page(&out, "index.html");
    assert!(index.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(index.contains("<h1>Contract catalogue – Sjöviks kommun</h1>"));
    assert!(index.contains("<label for=\"q\">Search contracts</label>"));
    let c = page(&out, "contracts/hemtjanst-2026.html");
    assert!(c.contains("Framework agreement") && c.contains("Latest possible end"));
    let marker = page(&out, ".avtal-site");
    assert!(marker.starts_with("This folder is written by `avtal site` (public)"));
}

#[test]
fn hostile_text_is_escaped_in_pages_and_in_the_inlined_index() {
    let mut register = demo();
    let c = register
        .contracts
        .iter_mut()
        .find(|c| c.key == "skoladmin")
        .unwrap();
    c.title = "<script>alert('t')</script><img src=x onerror=alert(1)>".into();
    c.keywords = vec!["</script><script>alert(2)</script>".into()];
    c.ordering = Some("<a href=\"javascript:alert(3)\">Beställ</a>".into());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    write_site(&register, Language::Sv, false, &out);
    for rel in ["index.html", "contracts/skoladmin.html"] {
        let html = page(&out, rel);
        assert!(!html.contains("<script>alert"), "{rel}");
        assert!(!html.contains("<img src=x"), "{rel}");
        assert!(!html.contains("<a href=\"javascript:"), "{rel}");
    }
    let index = page(&out, "index.html");
    // Inside the inline JSON, `<` is `\u003c` (SPEC §8): the script element cannot be closed.
    assert!(index.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(2)"));
    assert_eq!(index.matches("</script>").count(), 2, "{index}");
}

// ---------------------------------------------------------------- the internal dashboard

#[test]
fn the_internal_site_has_the_dashboard_and_meeting_packs() {
    let mut register = framework_register();
    let secrets = plant_secrets(&mut register);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    write_site(&register, Language::Sv, true, &out);
    let pack = page(&out, "contracts/skoladmin.html");
    // The meeting pack shows what the public page never does.
    for expected in [
        "SECRETQXDEVIATION",
        "SECRETQXCONTROLLER",
        "SECRETQXDECISION",
    ] {
        assert!(pack.contains(expected), "{expected} missing from the pack");
    }
    assert!(secrets.len() > 10);
    for rel in [
        "index.html",
        "findings.html",
        "plan.html",
        "escalation.html",
    ] {
        let html = page(&out, rel);
        for nav in ["findings.html", "plan.html", "escalation.html"] {
            assert!(
                html.contains(&format!("href=\"{nav}\"")),
                "{rel} lacks {nav}"
            );
        }
    }
    let findings = page(&out, "findings.html");
    assert!(findings.contains("<h2 id=\"controller-1\">"));
    assert!(
        findings.contains("<td>Registret (avtal.toml)</td>"),
        "{findings}"
    );
    assert!(!findings.contains("href=\"contracts/.html\""));
    let today_findings = avtal::rules::checks::check(&register, today());
    assert!(!today_findings.is_empty());
    // The register's own finding (`lou-values-outdated`) has no contract page.
    for finding in today_findings.iter().filter(|f| !f.is_register_finding()) {
        let link = format!("href=\"contracts/{}.html\"", finding.contract);
        assert!(findings.contains(&link), "{link}");
        assert!(
            out.join(format!("contracts/{}.html", finding.contract))
                .is_file()
        );
    }
    let plan = page(&out, "plan.html");
    assert!(plan.contains("<h1>Uppföljningsplan 2026</h1>"));
    assert!(plan.contains("Uppföljningsmöte"));
    let escalation = page(&out, "escalation.html");
    assert!(escalation.contains("<h1>Eskaleringstrappan 2026-11-22</h1>"));
    assert!(escalation.contains("href=\"contracts/"));
    // The demo register has spend/2026.csv: the spend page with loyalty and purchases outside
    // contract, linked from every dashboard page.
    let spend = page(&out, "spend.html");
    assert!(spend.contains("<h1>Inköp och avtalstrohet 2026</h1>"));
    assert!(spend.contains("avtalstrohet 94,4\u{a0}%"), "{spend}");
    assert!(spend.contains("Konsulthuset Öst AB"));
    assert!(spend.contains("href=\"contracts/byggkonsult.html\""));
    for rel in [
        "findings.html",
        "plan.html",
        "escalation.html",
        "spend.html",
    ] {
        assert!(
            page(&out, rel).contains("href=\"spend.html\""),
            "{rel} lacks spend.html"
        );
    }
}

// ---------------------------------------------------------------- the site folder

#[test]
fn site_writes_a_marker_is_deterministic_and_leaves_no_stale_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let out_arg = out.to_str().unwrap();
    let (stdout, stderr, code) = site(&["-o", out_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("Webbplatsen skrevs till "), "{stdout}");
    let marker = page(&out, ".avtal-site");
    assert!(
        marker.starts_with("Den här mappen skrivs av `avtal site` (publik)"),
        "{marker}"
    );
    assert!(out.join("index.html").is_file());
    assert!(out.join("assets/site.css").is_file() && out.join("assets/search.js").is_file());
    let first = files(&out);

    // An earlier page that the register no longer has disappears on the next run.
    std::fs::write(out.join("contracts/removed-contract.html"), "old").unwrap();
    std::fs::write(out.join("stale.html"), "old").unwrap();
    let (_, stderr, code) = site(&["-o", out_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        files(&out),
        first,
        "the second run differs or left stale files"
    );
    // Nothing is left beside the site.
    let beside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(beside.len(), 1, "{beside:?}");
}

#[test]
fn site_no_external_resources() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("internal");
    let (_, stderr, code) = site(&["-o", out.to_str().unwrap(), "--internal"]);
    assert_eq!(code, 0, "{stderr}");
    for (rel, bytes) in files(&out) {
        let text = String::from_utf8(bytes).unwrap();
        for external in ["http://", "https://", "//fonts", "fetch(", "XMLHttpRequest"] {
            assert!(!text.contains(external), "{rel} contains {external}");
        }
    }
}

/// The bad-input cases of issue 12: exit 2, a message, and nothing touched.
#[test]
fn site_refuses_a_folder_that_is_not_an_avtal_site() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("documents");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("budget.xlsx"), "precious").unwrap();
    let before = files(&out);
    let (stdout, stderr, code) = site(&["-o", out.to_str().unwrap()]);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.contains("är inte tom och är ingen webbplats från avtal (filen .avtal-site saknas); inget har ändrats"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint:") || stderr.contains("tips"),
        "{stderr}"
    );
    assert_eq!(files(&out), before);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn site_refuses_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site.html");
    std::fs::write(&out, "precious").unwrap();
    let (_, stderr, code) = site(&["-o", out.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("site.html är en fil, inte en mapp"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
}

#[test]
fn site_reports_an_unwritable_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "precious").unwrap();
    // A folder below a file can never be created, whoever runs the test (also root).
    let out = file.join("site");
    let (_, stderr, code) = site(&["-o", out.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("kan inte skriva webbplatsen till"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "precious");
    if Path::new("/proc/self").exists() {
        let (_, stderr, code) = site(&["-o", "/proc/avtal-site-test"]);
        assert_eq!(code, 2);
        assert!(
            stderr.contains("kan inte skriva webbplatsen till /proc/avtal-site-test"),
            "{stderr}"
        );
    }
}

#[test]
fn english_messages_with_lang_en() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x"), "y").unwrap();
    let (_, stderr, code) = site(&["-o", dir.path().to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("is not empty and is not a site written by avtal"),
        "{stderr}"
    );
}
