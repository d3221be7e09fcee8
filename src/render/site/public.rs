//! The public catalogue (SPEC §14): the start page with search and filters, and one page per
//! contract with exactly the fields orderers may see — nothing from the journal, KPIs,
//! escalation, findings or roles, and values only with `show_values`.

use super::search::{Entry, script_json};
use super::{CONTRACT_DIR, Page, SiteFile, render_template, v};
use crate::dates::add_months;
use crate::error::Error;
use crate::i18n;
use crate::messages;
use crate::model::{CallOff, Contract, Kind, Language, Party, Register};
use chrono::NaiveDate;
use minijinja::{Environment, Value, context};
use serde::Serialize;
use std::collections::BTreeSet;

/// The contracts the catalogue lists: active today or starting later, sorted by title
/// (case-insensitive), then key.
pub fn listed(register: &Register, today: NaiveDate) -> Vec<&Contract> {
    let mut list: Vec<&Contract> = register
        .contracts
        .iter()
        .filter(|c| c.effective_end() >= today)
        .collect();
    list.sort_by_cached_key(|c| (c.title.to_lowercase(), c.key.clone()));
    list
}

/// One row of the start page's list.
#[derive(Debug, Serialize)]
struct Row {
    key: String,
    href: String,
    title: String,
    suppliers: String,
    category: String,
    kind: String,
    current_end: String,
    /// "Startar 2027-01-01" for a contract that has not started yet.
    note: Option<String>,
}

/// A filter's choice.
#[derive(Debug, Serialize)]
struct Choice {
    value: String,
    label: String,
}

/// `index.html`: every listed contract, the search field and the filters.
pub fn index(env: &Environment, register: &Register, page: &Page) -> Result<SiteFile, Error> {
    let lang = page.opts.lang;
    let today = page.opts.today;
    let contracts = listed(register, today);
    let mut rows = Vec::with_capacity(contracts.len());
    let mut entries = Vec::with_capacity(contracts.len());
    let mut categories = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    for c in &contracts {
        let suppliers: Vec<&str> = c.suppliers.iter().map(|s| s.name.as_str()).collect();
        let category = c.category.clone().unwrap_or_default();
        if !category.is_empty() {
            categories.insert(category.clone());
        }
        kinds.insert(c.kind);
        let mut text = vec![c.title.as_str()];
        text.extend(c.keywords.iter().map(String::as_str));
        text.push(&category);
        text.extend(suppliers.iter().copied());
        text.extend(c.diarienummer.as_deref());
        entries.push(Entry {
            key: c.key.clone(),
            text: text.join(" "),
            category: category.clone(),
            kind: c.kind.as_str(),
        });
        rows.push(Row {
            key: c.key.clone(),
            href: format!("{CONTRACT_DIR}/{}.html", c.key),
            title: c.title.clone(),
            suppliers: suppliers.join(", "),
            category,
            kind: capitalised(i18n::kind_label(c.kind, lang)),
            current_end: c.effective_end().to_string(),
            note: (c.start > today)
                .then(|| format!("{} {}", messages::of(lang).site_starts(), c.start)),
        });
    }
    let categories: Vec<Choice> = categories
        .into_iter()
        .map(|c| Choice {
            value: c.clone(),
            label: c,
        })
        .collect();
    let kinds: Vec<Choice> = Kind::ALL
        .into_iter()
        .filter(|k| kinds.contains(k))
        .map(|k| Choice {
            value: k.as_str().to_string(),
            label: capitalised(i18n::kind_label(k, lang)),
        })
        .collect();
    let html = render_template(
        env,
        "index.html",
        context! {
            page => v(&page),
            root => "",
            current => "index.html",
            title => &page.site_title,
            count_text => count_text(&page.labels, rows.len()),
            rows => v(&rows),
            categories => v(&categories),
            kinds => v(&kinds),
            index_json => Value::from_safe_string(script_json(&entries)),
        },
        page.opts.lang,
    )?;
    Ok(SiteFile::new("index.html", html))
}

/// A supplier on a contract page.
#[derive(Debug, Serialize)]
struct SupplierView {
    rank: Option<u32>,
    name: String,
    org_no: Option<String>,
}

/// A public contact on a contract page.
#[derive(Debug, Serialize)]
struct ContactView {
    name: String,
    role: Option<String>,
    party: Option<&'static str>,
    email: Option<String>,
    phone: Option<String>,
}

/// Everything a public contract page shows.
#[derive(Debug, Serialize)]
struct ContractView {
    title: String,
    category: Option<String>,
    kind: String,
    diarienummer: Option<String>,
    suppliers: Vec<SupplierView>,
    ranked: bool,
    call_off: Option<&'static str>,
    start: String,
    initial_end: String,
    current_end: String,
    latest_end: String,
    options_left: Vec<String>,
    ordering: Option<String>,
    keywords: Vec<String>,
    contacts: Vec<ContactView>,
    annual_value: Option<String>,
    max_value: Option<String>,
    note: Option<String>,
}

/// `contracts/<key>.html` of the public catalogue.
pub fn contract_page(
    env: &Environment,
    register: &Register,
    contract: &Contract,
    page: &Page,
) -> Result<SiteFile, Error> {
    let view = view(register, contract, page.opts.lang, page.opts.today);
    let html = render_template(
        env,
        "contract.html",
        context! {
            page => v(&page),
            root => "../",
            title => &contract.title,
            c => v(&view),
        },
        page.opts.lang,
    )?;
    Ok(SiteFile::new(
        format!("{CONTRACT_DIR}/{}.html", contract.key),
        html,
    ))
}

fn view(register: &Register, c: &Contract, lang: Language, today: NaiveDate) -> ContractView {
    let site = &register.settings.site;
    let options_left = options_left(c);
    let latest_months: u32 = options_left.iter().map(|o| o.months).sum();
    let options_text = options_left
        .iter()
        .map(|o| messages::of(lang).site_option_left(o.months, o.notice_months))
        .collect();
    let ranked = c.suppliers.iter().any(|s| s.rank.is_some());
    let show_values = site.show_values;
    ContractView {
        title: c.title.clone(),
        category: c.category.clone(),
        kind: capitalised(i18n::kind_label(c.kind, lang)),
        diarienummer: c.diarienummer.clone(),
        suppliers: c
            .suppliers
            .iter()
            .map(|s| SupplierView {
                rank: s.rank,
                name: s.name.clone(),
                org_no: s.org_no.clone(),
            })
            .collect(),
        ranked,
        call_off: c.call_off.map(|m| call_off_label(m, lang)),
        start: c.start.to_string(),
        initial_end: c.end.to_string(),
        current_end: c.effective_end().to_string(),
        latest_end: add_months(c.effective_end(), latest_months as i32).to_string(),
        options_left: options_text,
        ordering: c.ordering.clone().or_else(|| site.ordering.clone()),
        keywords: c.keywords.clone(),
        contacts: c
            .contacts
            .iter()
            .filter(|k| k.public)
            .map(|k| ContactView {
                name: k.name.clone(),
                role: k.role.clone(),
                party: k.party.map(|p| party_label(p, lang)),
                email: k.email.clone(),
                phone: k.phone.clone(),
            })
            .collect(),
        annual_value: (show_values && c.annual_value > 0.0)
            .then(|| i18n::sek(c.annual_value, lang)),
        max_value: c
            .max_value
            .filter(|_| show_values)
            .map(|m| i18n::sek(m.as_sek(), lang)),
        note: (c.start > today)
            .then(|| format!("{} {}", messages::of(lang).site_contract_starts(), c.start)),
    }
}

/// The options that can still be used: from the next option up to the first declined one.
fn options_left(c: &Contract) -> Vec<&crate::model::ContractOption> {
    match c.next_option() {
        Some(first) => c.options[first..]
            .iter()
            .take_while(|o| !o.declined && !o.exercised)
            .collect(),
        None => Vec::new(),
    }
}

fn call_off_label(method: CallOff, lang: Language) -> &'static str {
    match method {
        CallOff::Ranking => messages::of(lang).site_call_off_ranking(),
        CallOff::Competition => messages::of(lang).site_call_off_competition(),
        CallOff::Combined => messages::of(lang).site_call_off_combined(),
    }
}

fn party_label(party: Party, lang: Language) -> &'static str {
    match party {
        Party::Buyer => messages::of(lang).site_party_buyer(),
        Party::Supplier => messages::of(lang).site_party_supplier(),
    }
}

/// "ramavtal" → "Ramavtal".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "12 avtal visas", as the script writes it after a search.
fn count_text(labels: &super::Labels, shown: usize) -> String {
    match shown {
        0 => labels.no_results.to_string(),
        1 => labels.count_one.to_string(),
        n => labels.count_many.replace("{n}", &n.to_string()),
    }
}
