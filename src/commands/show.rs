//! `avtal show KEY`: everything about one contract, with its next option deadline.

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::context::Context;
use crate::error::{Error, Status};
use crate::i18n;
use crate::model::{Contract, Language};
use crate::render;
use crate::render::facts;
use crate::rules::lou::{ChangeLimit, change_limit};
use crate::rules::spend::{SpendHistory, spend_history};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};
use std::path::PathBuf;

/// Arguments of `avtal show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The contract's key (its folder name)
    pub key: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
    pub format: ShowFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Labelled fields for people
    Table,
    /// The whole contract as JSON
    Json,
    /// field,value rows
    Csv,
}

/// The full JSON view of a contract.
pub fn contract_json(contract: &Contract, change: &ChangeLimit) -> Value {
    let next_option = contract.next_option().map(|index| {
        let option = &contract.options[index];
        json!({
            "option": index + 1,
            "months": option.months,
            "notice_months": option.notice_months,
            "notice_deadline": contract.next_option_deadline().map(|d| d.to_string()),
        })
    });
    json!({
        "contract": contract.key,
        "title": contract.title,
        "diarienummer": contract.diarienummer,
        "category": contract.category,
        "kind": contract.kind.as_str(),
        "start": contract.start.to_string(),
        "end": contract.end.to_string(),
        "terminated": contract.terminated.map(|d| d.to_string()),
        "effective_end": contract.effective_end().to_string(),
        "annual_value": render::json_number(contract.annual_value),
        "business_critical": contract.business_critical,
        "kraljic": contract.kraljic.map(|k| k.as_str()),
        "priority": contract.priority,
        "successor": contract.successor,
        "keywords": contract.keywords,
        "supplier": {"name": contract.supplier().name, "org_no": contract.supplier().org_no},
        "suppliers": facts::suppliers_json(contract),
        "call_off": contract.call_off.map(|m| m.as_str()),
        "works": contract.works,
        "special_reasons": contract.special_reasons,
        "ordering": contract.ordering,
        "spend_accounts": contract.spend_accounts,
        "values": facts::values_json(contract, change),
        "roles": {
            "controller": contract.roles.controller,
            "owner": contract.roles.owner,
            "partner_owner": contract.roles.partner_owner,
        },
        "contacts": contract.contacts.iter().map(|c| json!({
            "name": c.name, "party": c.party.map(|p| p.as_str()), "role": c.role,
            "email": c.email, "phone": c.phone, "escalation": c.escalation, "public": c.public,
        })).collect::<Vec<_>>(),
        "options": contract.options.iter().map(|o| json!({
            "months": o.months, "notice_months": o.notice_months,
            "exercised": o.exercised, "declined": o.declined,
        })).collect::<Vec<_>>(),
        "next_option": next_option,
        "kpis": contract.kpis.iter().map(|k| json!({
            "id": k.id, "name": k.name, "unit": k.unit, "target": render::json_number(k.target),
            "direction": k.direction.as_str(), "frequency": k.frequency.as_str(), "aliases": k.aliases, "months": k.months,
        })).collect::<Vec<_>>(),
        "requirements": contract.requirements.iter().map(|r| r.name.clone()).collect::<Vec<_>>(),
        "kpi_rows": contract.kpi_rows.len(),
        "log_entries": contract.log.len(),
    })
}

/// Labelled fields of a contract, in reading order, for the table and CSV views.
pub fn fields(contract: &Contract, change: &ChangeLimit, lang: Language) -> Vec<(String, String)> {
    let m = crate::messages::of(lang);
    let none = || "–".to_string();
    let yes_no = |flag: bool| if flag { m.yes() } else { m.no() }.to_string();
    let mut fields = facts::identity(contract, lang);
    fields.extend(facts::suppliers(contract, lang));
    fields.extend([
        (m.start_label().to_string(), contract.start.to_string()),
        (m.initial_end_label().to_string(), contract.end.to_string()),
    ]);
    if let Some(terminated) = contract.terminated {
        fields.push((m.ended_early_label().to_string(), terminated.to_string()));
    }
    fields.push((
        m.effective_end_label().to_string(),
        contract.effective_end().to_string(),
    ));
    for (index, option) in contract.options.iter().enumerate() {
        let state = match (option.exercised, option.declined) {
            (true, _) => m.option_exercised(),
            (_, true) => m.option_declined(),
            _ => m.option_not_decided(),
        };
        let text = m.option_terms(option.months, option.notice_months, state);
        fields.push((m.option_label(index + 1), text));
    }
    let next = match (contract.next_option(), contract.next_option_deadline()) {
        (Some(index), Some(deadline)) => m.next_option_notice(index + 1, deadline),
        _ => m.no_option_left().to_string(),
    };
    fields.push((m.next_option_label().to_string(), next));
    if let Some(successor) = &contract.successor {
        fields.push((m.successor_label().to_string(), successor.clone()));
    }
    fields.extend([(
        m.annual_value_label().to_string(),
        i18n::sek(contract.annual_value, lang),
    )]);
    fields.extend(facts::values(contract, change, lang));
    fields.extend([
        (
            m.business_critical_label().to_string(),
            yes_no(contract.business_critical),
        ),
        (
            "Kraljic".to_string(),
            contract
                .kraljic
                .map_or_else(none, |k| i18n::kraljic_label(k, lang).to_string()),
        ),
        (
            m.manual_priority_label().to_string(),
            contract.priority.map_or_else(none, |p| p.to_string()),
        ),
        (
            m.controller_label().to_string(),
            contract.roles.controller.clone().unwrap_or_else(none),
        ),
        (
            m.owner_label().to_string(),
            contract.roles.owner.clone().unwrap_or_else(none),
        ),
        (
            m.partner_owner_label().to_string(),
            contract.roles.partner_owner.clone().unwrap_or_else(none),
        ),
    ]);
    if !contract.keywords.is_empty() {
        fields.push((m.keywords_label().to_string(), contract.keywords.join(", ")));
    }
    for contact in &contract.contacts {
        let mut parts = vec![contact.name.clone()];
        parts.extend(contact.role.clone());
        if let Some(party) = contact.party {
            parts.push(
                if party == crate::model::Party::Buyer {
                    m.buyer_party()
                } else {
                    m.supplier_party()
                }
                .to_string(),
            );
        }
        parts.extend(contact.email.clone());
        parts.extend(contact.phone.clone());
        if contact.escalation {
            parts.push(m.escalation_path().to_string());
        }
        fields.push((m.contact_label().to_string(), parts.join(", ")));
    }
    for kpi in &contract.kpis {
        let direction = match kpi.direction {
            crate::model::Direction::Higher => m.higher_is_better(),
            crate::model::Direction::Lower => m.lower_is_better(),
        };
        let frequency = match kpi.frequency {
            crate::dates::Frequency::Monthly => m.monthly(),
            crate::dates::Frequency::Quarterly => m.quarterly(),
            crate::dates::Frequency::Yearly => m.yearly(),
        };
        let target = format!("{} {}", i18n::value(kpi.target, lang), kpi.unit);
        let text = format!(
            "{} ({}): {} {}, {direction}, {frequency}",
            kpi.name,
            kpi.id,
            m.target_word(),
            target.trim()
        );
        fields.push((m.kpi_label().to_string(), text));
    }
    for requirement in &contract.requirements {
        fields.push((m.requirement_label().to_string(), requirement.name.clone()));
    }
    fields.push((
        m.kpi_rows_label().to_string(),
        contract.kpi_rows.len().to_string(),
    ));
    fields.push((
        m.journal_entries_label().to_string(),
        contract.log.len().to_string(),
    ));
    fields
}

/// SPEC §12 in `show`: matched spend per year against the annual value, and the share of
/// `max_value` used; nothing for a contract without spend rows.
fn spend_fields(
    contract: &Contract,
    spend: &SpendHistory,
    lang: Language,
) -> Vec<(String, String)> {
    let m = crate::messages::of(lang);
    let mut fields = Vec::new();
    for (year, amount) in &spend.years {
        let value = m.spend_of_annual_value(
            &i18n::sek(amount.as_sek(), lang),
            &i18n::sek(contract.annual_value, lang),
        );
        fields.push((m.spend_label(*year), value));
    }
    if let (Some(max), Some(used), false) = (
        contract.max_value,
        spend.ceiling_used,
        spend.years.is_empty(),
    ) {
        let value = m.max_value_used(
            &i18n::sek(spend.to_date.as_sek(), lang),
            &i18n::sek(max.as_sek(), lang),
            &i18n::number(used * 100.0, 1, lang),
        );
        fields.push((m.max_value_used_label().to_string(), value));
    }
    fields
}

/// Adds `"spend": [{"year", "spend"}]` and `"max_value_used"` when the contract has spend.
fn with_spend_json(mut value: Value, spend: &SpendHistory) -> Value {
    if let (Value::Object(map), false) = (&mut value, spend.years.is_empty()) {
        let years: Vec<Value> = spend
            .years
            .iter()
            .map(|(year, amount)| serde_json::json!({"year": year, "spend": amount.as_sek()}))
            .collect();
        map.insert("spend".into(), Value::Array(years));
        map.insert(
            "spend_to_date".into(),
            serde_json::json!(spend.to_date.as_sek()),
        );
        if let Some(used) = spend.ceiling_used {
            map.insert("max_value_used".into(), serde_json::json!(used));
        }
    }
    value
}

/// Runs `avtal show`.
pub fn run(context: &Context, args: &ShowArgs) -> Result<Status, Error> {
    let register = context.load_priority_facts(&args.key)?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let contract = find_contract(&register, &args.key, KeyHint::ListEveryContract, m)?;
    let change = change_limit(contract, &register.settings.lou, context.today);
    let spend = spend_history(&register, &contract.key, context.today);
    let output = match args.format {
        ShowFormat::Json => {
            render::json(&with_spend_json(contract_json(contract, &change), &spend))?
        }
        ShowFormat::Csv => {
            let rows: Vec<Vec<String>> = fields(contract, &change, lang)
                .into_iter()
                .chain(spend_fields(contract, &spend, lang))
                .map(|(k, v)| vec![k, v])
                .collect();
            render::csv(&["field", "value"], &rows)?
        }
        ShowFormat::Table => {
            let mut fields = fields(contract, &change, lang);
            fields.extend(spend_fields(contract, &spend, lang));
            let width = fields
                .iter()
                .map(|(label, _)| label.chars().count())
                .max()
                .unwrap_or(0);
            let mut text = String::new();
            for (label, value) in fields {
                let pad = width - label.chars().count();
                text.push_str(&format!("{label}{}  {value}\n", " ".repeat(pad)));
            }
            crate::sanitize::terminal(text, false)
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    Ok(Status::Success)
}
