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

use crate::error::Error;
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
    pub today: NaiveDate,
    pub lang: Language,
    /// Add the dashboard and use the full meeting pack as each contract's page.
    pub internal: bool,
}

/// Every file of the site, sorted by path (the marker file included).
pub fn render(register: &Register, options: Options) -> Result<Vec<SiteFile>, Error> {
    let env = environment()?;
    let page = Page::new(register, options);
    let mut files = vec![
        SiteFile::new(MARKER, marker_text(options)),
        SiteFile::new("assets/site.css", include_str!("templates/site.css")),
        SiteFile::new("assets/search.js", include_str!("templates/search.js")),
    ];
    files.push(public::index(&env, register, &page)?);
    let listed = public::listed(register, options.today);
    let contract_pages: Result<Vec<SiteFile>, Error> = if options.internal {
        register
            .contracts
            .par_iter()
            .map(|c| dashboard::contract_page(&env, register, c, &page))
            .collect()
    } else {
        listed
            .par_iter()
            .map(|c| public::contract_page(&env, register, c, &page))
            .collect()
    };
    files.extend(contract_pages?);
    if options.internal {
        files.extend(dashboard::pages(&env, register, &page)?);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The marker's content: what wrote the folder, so a person who finds it knows.
fn marker_text(options: Options) -> String {
    let kind = if options.internal {
        "internal"
    } else {
        "public"
    };
    format!(
        "This folder is written by `avtal site` ({kind}); it is replaced as a whole on every run.\n"
    )
}

/// The templates, embedded in the binary. Names end in `.html`, so auto-escaping is on.
fn environment() -> Result<Environment<'static>, Error> {
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
        env.add_template(name, source).map_err(template_error)?;
    }
    // The project's one HTML escaper (also used by the meeting pack): `&<>"'` as entities and
    // control characters as spaces; `/` stays readable in links, unlike minijinja's default.
    env.set_formatter(|out, state, value| {
        let html = matches!(state.auto_escape(), minijinja::AutoEscape::Html);
        match value.as_str() {
            Some(text) if html && !value.is_safe() => out
                .write_str(&crate::render::report::html::escape(text))
                .map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                }),
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    Ok(env)
}

fn template_error(error: minijinja::Error) -> Error {
    Error::input(format!("cannot render the site: {error}"))
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
) -> Result<String, Error> {
    env.get_template(name)
        .and_then(|t| t.render(context))
        .map_err(template_error)
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
    fn new(register: &Register, options: Options) -> Page {
        let lang = options.lang;
        let settings = &register.settings;
        let site_title = settings.site.title.clone().unwrap_or_else(|| {
            let base = lang.pick("Avtalskatalog", "Contract catalogue");
            match &settings.organisation {
                Some(org) => format!("{base} – {org}"),
                None => base.to_string(),
            }
        });
        let mut nav = vec![NavItem {
            href: "index.html",
            label: lang.pick("Avtal", "Contracts"),
        }];
        if options.internal {
            nav.extend(dashboard::nav(lang, !register.spend.rows.is_empty()));
        }
        Page {
            lang: lang.code(),
            site_title,
            internal: options.internal,
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
        let p = |sv, en| lang.pick(sv, en);
        Labels {
            skip: p("Hoppa till innehållet", "Skip to content"),
            menu: p("Meny", "Menu"),
            generated: p("Skapad av avtal", "Generated by avtal"),
            search: p("Sök avtal", "Search contracts"),
            search_hint: p(
                "Sök på avtalsnamn, leverantör, sökord, kategori eller diarienummer.",
                "Search by title, supplier, keyword, category or registry number.",
            ),
            category: p("Kategori", "Category"),
            kind: p("Avtalstyp", "Type"),
            all: p("Alla", "All"),
            contract: p("Avtal", "Contract"),
            suppliers: p("Leverantörer", "Suppliers"),
            supplier: p("Leverantör", "Supplier"),
            valid_until: p("Gäller till", "Valid until"),
            count_one: p("1 avtal visas", "1 contract shown"),
            count_many: p("{n} avtal visas", "{n} contracts shown"),
            no_results: p(
                "Inga avtal matchar sökningen.",
                "No contracts match the search.",
            ),
            facts: p("Om avtalet", "About the contract"),
            diarienummer: p("Diarienummer", "Registry number"),
            call_off: p("Avropsordning", "Call-off method"),
            term: p("Avtalstid", "Term"),
            start: p("Avtalsstart", "Start"),
            initial_end: p("Slut på ursprunglig avtalstid", "End of the initial term"),
            current_end: p("Gäller till", "Current end"),
            latest_end: p(
                "Senast möjliga slut med förlängningar",
                "Latest possible end with extensions",
            ),
            options: p("Förlängningsoptioner kvar", "Extension options left"),
            how_to_order: p("Så beställer du", "How to order"),
            keywords: p("Sökord", "Keywords"),
            contacts: p("Kontakt", "Contacts"),
            name: p("Namn", "Name"),
            role: p("Roll", "Role"),
            party: p("Part", "Party"),
            email: p("E-post", "E-mail"),
            phone: p("Telefon", "Phone"),
            rank: p("Rangordning", "Rank"),
            org_no: p("Organisationsnummer", "Organisation number"),
            values: p("Värde", "Value"),
            annual_value: p("Uppskattat årsvärde", "Estimated annual value"),
            max_value: p("Takvolym", "Maximum value"),
            back: p("Alla avtal", "All contracts"),
            status: p("Status", "Status"),
        }
    }
}
