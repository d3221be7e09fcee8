//! The static website of `avtal site` (SPEC §14): the public contract catalogue for orderers
//! and, with `--internal`, the dashboard for controllers and management.
//!
//! Rendering is pure: [`render`] turns the register into a list of files in memory; the command
//! writes them. Every page comes from a minijinja template with HTML auto-escaping; the only
//! text marked safe is markup this module generated itself (the inlined search index, escaped by
//! [`search::script_json`], and the meeting pack, escaped by the report renderer).

mod dashboard;
mod public;
pub mod search;

pub use dashboard::Dashboard;

use crate::error::Error;
use crate::messages;
use crate::model::{Language, Register};
use chrono::NaiveDate;
use minijinja::Environment;
use rayon::prelude::*;
use serde::Serialize;

/// The marker file that makes a folder avtal's: `avtal site` only replaces folders that have it.
pub const MARKER: &str = ".avtal-site";

/// The folder of the contract pages; a contract's page is `contracts/<key>.html` in both the
/// public and the internal site, so links to it stay stable.
pub const CONTRACT_DIR: &str = "contracts";

/// One file of the site: its path relative to the site folder (with `/`) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl SiteFile {
    fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> SiteFile {
        SiteFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// What to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The day the site is for.
    pub today: NaiveDate,
    /// The language of every page.
    pub lang: Language,
}

/// Every file of the site, sorted by path (the marker file included). With a `dashboard` the
/// site is the internal one: the dashboard's pages, and the full meeting pack as each contract's
/// page.
pub fn render(
    register: &Register,
    options: Options,
    dashboard: Option<&Dashboard>,
) -> Result<Vec<SiteFile>, Error> {
    let env = environment(options.lang)?;
    let page = Page::new(register, options, dashboard);
    let mut files = vec![
        SiteFile::new(MARKER, marker_text(options.lang, dashboard.is_some())),
        SiteFile::new("assets/site.css", include_str!("templates/site.css")),
        SiteFile::new("assets/search.js", include_str!("templates/search.js")),
    ];
    files.push(public::index(&env, register, &page)?);
    let listed = public::listed(register, options.today);
    let contract_pages: Result<Vec<SiteFile>, Error> = match dashboard {
        Some(dashboard) => (dashboard.packs.par_iter())
            .map(|pack| dashboard::contract_page(&env, pack, &page))
            .collect(),
        None => listed
            .par_iter()
            .map(|c| public::contract_page(&env, register, c, &page))
            .collect(),
    };
    files.extend(contract_pages?);
    if let Some(dashboard) = dashboard {
        files.extend(dashboard::pages(&env, register, dashboard, &page)?);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The marker's content: what wrote the folder, so a person who finds it knows.
fn marker_text(lang: Language, internal: bool) -> String {
    let m = messages::of(lang);
    if internal {
        m.site_marker_internal()
    } else {
        m.site_marker_public()
    }
    .to_string()
}

/// The templates, embedded in the binary. Names end in `.html`, so auto-escaping is on.
fn environment(lang: Language) -> Result<Environment<'static>, Error> {
    let mut env = Environment::new();
    let templates = [
        ("base.html", include_str!("templates/base.html")),
        ("index.html", include_str!("templates/index.html")),
        ("contract.html", include_str!("templates/contract.html")),
        ("pack.html", include_str!("templates/pack.html")),
        ("findings.html", include_str!("templates/findings.html")),
        ("plan.html", include_str!("templates/plan.html")),
        ("escalation.html", include_str!("templates/escalation.html")),
        ("spend.html", include_str!("templates/spend.html")),
    ];
    for (name, source) in templates {
        env.add_template(name, source)
            .map_err(|e| template_error(e, lang))?;
    }
    // The project's one HTML escaper (also used by the meeting pack): `&<>"'` as entities and
    // control characters as spaces; `/` stays readable in links, unlike minijinja's default.
    env.set_formatter(|out, state, value| {
        let html = matches!(state.auto_escape(), minijinja::AutoEscape::Html);
        match value.as_str() {
            Some(text) if html && !value.is_safe() => out
                .write_str(&crate::render::markup::escape(text))
                .map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                }),
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    Ok(env)
}

fn template_error(error: minijinja::Error, lang: Language) -> Error {
    Error::input(messages::of(lang).site_cannot_render(&error.to_string()))
}

/// A serialisable value for a template context.
fn v<T: Serialize + ?Sized>(value: &T) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(value))
}

/// Renders template `name` with `context`.
fn render_template(
    env: &Environment,
    name: &str,
    context: minijinja::Value,
    lang: Language,
) -> Result<String, Error> {
    env.get_template(name)
        .and_then(|t| t.render(context))
        .map_err(|e| template_error(e, lang))
}

/// What every page needs: the site's title, language, navigation and labels.
#[derive(Clone, Debug, Serialize)]
struct Page {
    lang: &'static str,
    site_title: String,
    internal: bool,
    today: String,
    /// `avtal site` wrote it: shown in the footer.
    organisation: Option<String>,
    nav: Vec<NavItem>,
    labels: Labels,
    #[serde(skip)]
    opts: Options,
}

#[derive(Clone, Debug, Serialize)]
struct NavItem {
    /// File name relative to the site root.
    href: &'static str,
    label: &'static str,
}

impl Page {
    fn new(register: &Register, options: Options, dashboard: Option<&Dashboard>) -> Page {
        let lang = options.lang;
        let settings = &register.settings;
        let site_title = settings.site.title.clone().unwrap_or_else(|| {
            let base = messages::of(lang).site_contract_catalogue();
            match &settings.organisation {
                Some(org) => format!("{base} – {org}"),
                None => base.to_string(),
            }
        });
        let mut nav = vec![NavItem {
            href: "index.html",
            label: messages::of(lang).site_contracts(),
        }];
        if let Some(dashboard) = dashboard {
            nav.extend(dashboard::nav(lang, dashboard.spend.is_some()));
        }
        Page {
            lang: lang.code(),
            site_title,
            internal: dashboard.is_some(),
            today: options.today.to_string(),
            organisation: settings.organisation.clone(),
            nav,
            labels: Labels::new(lang),
            opts: options,
        }
    }
}

/// Fixed texts of the templates in the site's language.
#[derive(Clone, Debug, Serialize)]
struct Labels {
    skip: &'static str,
    menu: &'static str,
    generated: &'static str,
    search: &'static str,
    search_hint: &'static str,
    category: &'static str,
    kind: &'static str,
    all: &'static str,
    contract: &'static str,
    suppliers: &'static str,
    supplier: &'static str,
    valid_until: &'static str,
    count_one: &'static str,
    count_many: &'static str,
    no_results: &'static str,
    facts: &'static str,
    diarienummer: &'static str,
    call_off: &'static str,
    term: &'static str,
    start: &'static str,
    initial_end: &'static str,
    current_end: &'static str,
    latest_end: &'static str,
    options: &'static str,
    how_to_order: &'static str,
    keywords: &'static str,
    contacts: &'static str,
    name: &'static str,
    role: &'static str,
    party: &'static str,
    email: &'static str,
    phone: &'static str,
    rank: &'static str,
    org_no: &'static str,
    values: &'static str,
    annual_value: &'static str,
    max_value: &'static str,
    back: &'static str,
    status: &'static str,
}

impl Labels {
    fn new(lang: Language) -> Labels {
        let m = messages::of(lang);
        Labels {
            skip: m.site_skip_to_content(),
            menu: m.site_menu(),
            generated: m.site_generated_by(),
            search: m.site_search_contracts(),
            search_hint: m.site_search_hint(),
            category: m.doc_category(),
            kind: m.site_kind(),
            all: m.site_all(),
            contract: m.doc_contract(),
            suppliers: m.site_suppliers(),
            supplier: m.doc_supplier(),
            valid_until: m.site_valid_until(),
            count_one: m.site_count_one(),
            count_many: m.site_count_many(),
            no_results: m.site_no_contracts_match_search(),
            facts: m.site_about_contract(),
            diarienummer: m.doc_registry_number(),
            call_off: m.site_call_off_method(),
            term: m.doc_term(),
            start: m.site_start(),
            initial_end: m.site_end_initial_term(),
            current_end: m.site_current_end(),
            latest_end: m.site_latest_possible_end_extensions(),
            options: m.site_extension_options_left(),
            how_to_order: m.site_how_to_order(),
            keywords: m.site_keywords(),
            contacts: m.site_contacts(),
            name: m.doc_name(),
            role: m.doc_role(),
            party: m.doc_party(),
            email: m.site_email(),
            phone: m.doc_phone(),
            rank: m.site_rank(),
            org_no: m.site_organisation_number(),
            values: m.site_value(),
            annual_value: m.doc_estimated_annual_value(),
            max_value: m.doc_maximum_value(),
            back: m.site_all_contracts(),
            status: m.doc_status(),
        }
    }
}
