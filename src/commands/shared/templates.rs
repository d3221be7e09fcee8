//! Commented templates written by `avtal init`, `avtal new` and `avtal contracts import`; the
//! texts are the catalogue's (`messages::Templates`), in the register's language.

use crate::messages::ContractLines;
use crate::messages::prelude::*;
use chrono::NaiveDate;

/// A TOML basic string literal for `text` (quotes and escapes).
pub fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The commented `avtal.toml` of a new register, in the language of `m`.
pub fn settings_template(organisation: &str, m: &dyn Messages) -> String {
    m.template_settings(&toml_string(organisation))
}

/// What a new contract file is filled with. `avtal new` sets the first six fields;
/// `avtal contracts import` also the rest, which otherwise stay commented examples.
#[derive(Default)]
pub struct ContractTemplate<'a> {
    pub title: &'a str,
    /// One supplier gives `[supplier]`, several `[[suppliers]]` in the order given.
    pub suppliers: &'a [String],
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub kind: &'a str,
    pub controller: Option<&'a str>,
    /// A first comment line saying where the contract came from.
    pub origin: Option<&'a str>,
    pub diarienummer: Option<&'a str>,
    pub category: Option<&'a str>,
    /// `annual_value` as TOML (default `0`).
    pub annual_value: Option<&'a str>,
    /// Total and maximum value as TOML; commented examples when not given.
    pub contract_value: Option<&'a str>,
    pub max_value: Option<&'a str>,
    pub business_critical: bool,
    pub keywords: &'a [String],
    pub org_no: Option<&'a str>,
    pub owner: Option<&'a str>,
    /// (months, notice_months) of each option.
    pub options: &'a [(u32, u32)],
}

/// `key = value` with its comment aligned as in the templates, or the commented example.
fn line(key: &str, value: Option<String>, example: &str, comment: &str) -> String {
    let text = match value {
        Some(value) => format!("{key} = {value}"),
        None => format!("# {key} = {example}"),
    };
    if comment.is_empty() {
        text
    } else {
        format!("{text:<33} # {comment}")
    }
}

fn options_block(options: &[(u32, u32)], m: &dyn Messages) -> String {
    if options.is_empty() {
        return m.template_options_example().to_string();
    }
    let mut text = String::from(m.template_options_heading());
    for (months, notice) in options {
        text.push_str(&m.template_option(*months, *notice));
    }
    text.trim_end().to_string()
}

/// `[supplier]` for one supplier, else one `[[suppliers]]` per supplier with a commented rank
/// in the order given (rangordning, when call-offs follow one).
fn suppliers_block(suppliers: &[String], org_no: Option<&str>, m: &dyn Messages) -> String {
    if let [only] = suppliers {
        return format!(
            "[supplier]\nname = {}\n{}\n",
            toml_string(only),
            line("org_no", org_no.map(toml_string), "\"556677-8899\"", "")
        );
    }
    let mut block = String::new();
    for (index, name) in suppliers.iter().enumerate() {
        if index > 0 {
            block.push('\n');
        }
        block.push_str(&m.template_ranked_supplier(&toml_string(name), index + 1));
    }
    block
}

/// The commented `contract.toml` of a new contract, in the language of `m`.
pub fn contract_template(values: &ContractTemplate<'_>, m: &dyn Messages) -> String {
    let controller = match values.controller {
        Some(name) => format!("controller = {}", toml_string(name)),
        None => "# controller = \"Anna Berg\"".to_string(),
    };
    let string = |value: Option<&str>| value.map(toml_string);
    let origin = values
        .origin
        .map(|origin| format!("# {}\n", origin.replace(['\n', '\r'], " ")))
        .unwrap_or_default();
    let keywords = toml::Value::Array(
        values
            .keywords
            .iter()
            .map(|k| toml::Value::String(k.clone()))
            .collect(),
    )
    .to_string();
    let contract_value = line(
        "contract_value",
        values.contract_value.map(str::to_string),
        "18000000",
        m.template_contract_value(),
    );
    let max_value = line(
        "max_value",
        values.max_value.map(str::to_string),
        "40000000",
        m.template_max_value(),
    );
    let diarienummer = line(
        "diarienummer",
        string(values.diarienummer),
        "\"KS 2026/1\"",
        "",
    );
    let category = line("category", string(values.category), "\"IT\"", "");
    let annual_value = line(
        "annual_value",
        Some(values.annual_value.unwrap_or("0").to_string()),
        "",
        m.template_annual_value(),
    );
    let business_critical = line(
        "business_critical",
        Some(values.business_critical.to_string()),
        "",
        m.template_business_critical(),
    );
    let owner = line(
        "owner",
        string(values.owner),
        m.template_owner_example(),
        "",
    );
    let framework = if values.kind == "framework" {
        m.template_framework_lines()
    } else {
        ""
    };
    m.template_contract(&ContractLines {
        origin: &origin,
        title_comment: &values.title.replace(['\n', '\r'], " "),
        title: &toml_string(values.title),
        kind: values.kind,
        start: &values.start.to_string(),
        end: &values.end.to_string(),
        keywords: &keywords,
        diarienummer: &diarienummer,
        category: &category,
        annual_value: &annual_value,
        business_critical: &business_critical,
        contract_value: &contract_value,
        max_value: &max_value,
        controller: &controller,
        owner: &owner,
        framework,
        suppliers: &suppliers_block(values.suppliers, values.org_no, m),
        options: &options_block(values.options, m),
    })
}
