//! `avtal escalation [KEY]`: contracts on the escalation ladder (SPEC §6) with what triggered
//! their step and, from the ladder, who is responsible, who gives input, what to do, whom to
//! inform and where to document.

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::context::Context;
use crate::error::{Error, Status};
use crate::model::{Contract, Language};
use crate::render;
use crate::rules::escalation::{Escalation, LadderStep, Trigger, escalation, ladder};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

/// Arguments of `avtal escalation`.
#[derive(Debug, Args)]
pub struct EscalationArgs {
    /// Only this contract (shown even on step 0)
    pub key: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = EscalationFormat::Table)]
    pub format: EscalationFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal escalation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EscalationFormat {
    /// Text for people
    Table,
    /// JSON
    Json,
}

/// One contract with its step and the ladder's text for that step.
struct Entry<'a> {
    contract: &'a Contract,
    escalation: Escalation,
    step: LadderStep,
}

/// Runs `avtal escalation`.
pub fn run(context: &Context, args: &EscalationArgs) -> Result<Status, Error> {
    let register = context.load()?;
    let lang = context.language(&register.settings);
    let today = context.today;
    let contracts: Vec<&Contract> = match &args.key {
        Some(key) => vec![find_contract(
            &register,
            key,
            KeyHint::SeeKeys,
            crate::messages::of(lang),
        )?],
        None => register
            .contracts
            .iter()
            .filter(|c| c.is_active_on(today))
            .collect(),
    };
    let steps = ladder(&register.settings, lang);
    let mut entries: Vec<Entry> = contracts
        .into_iter()
        .map(|contract| (contract, escalation(contract, today)))
        .filter(|(_, e)| args.key.is_some() || e.step >= 1)
        .filter_map(|(contract, escalation)| {
            let step = steps.iter().find(|s| s.step == escalation.step)?.clone();
            Some(Entry {
                contract,
                escalation,
                step,
            })
        })
        .collect();
    // The heaviest step first, then by key.
    entries.sort_by(|a, b| {
        b.escalation
            .step
            .cmp(&a.escalation.step)
            .then_with(|| a.contract.key.cmp(&b.contract.key))
    });
    let output = match args.format {
        EscalationFormat::Json => {
            let json: Vec<EntryJson> = entries.iter().map(EntryJson::new).collect();
            render::json(&json)?
        }
        EscalationFormat::Table => {
            crate::sanitize::terminal(text(&entries, today, lang, args.key.is_none()), false)
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    Ok(Status::Success)
}

/// The human view.
fn text(entries: &[Entry], today: chrono::NaiveDate, lang: Language, summary: bool) -> String {
    let m = crate::messages::of(lang);
    let mut out = String::new();
    let labels = m.escalation_labels();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    for entry in entries {
        let c = entry.contract;
        out.push_str(&format!(
            "{} — {} ({})\n",
            c.key,
            c.title,
            crate::render::facts::supplier_short(c)
        ));
        out.push_str(&format!(
            "  {}\n",
            m.step_label(entry.escalation.step, &entry.step.name)
        ));
        if !c.is_active_on(today) {
            out.push_str(&format!("  {}\n", m.contract_not_active_today()));
        }
        if !entry.escalation.triggers.is_empty() {
            out.push_str(&format!("  {}\n", m.triggered_by()));
            for trigger in &entry.escalation.triggers {
                let kpi_name = match trigger {
                    Trigger::Streak { kpi, .. } => c
                        .kpis
                        .iter()
                        .find(|k| &k.id == kpi)
                        .map(|k| k.name.as_str()),
                    _ => None,
                };
                out.push_str(&format!("    - {}\n", trigger.describe(lang, kpi_name)));
            }
        }
        let fields = [
            &entry.step.responsible,
            &entry.step.input,
            &entry.step.actions,
            &entry.step.inform,
            &entry.step.document,
        ];
        for (label, items) in labels.iter().zip(fields) {
            if !items.is_empty() {
                let label = format!("{label}:");
                out.push_str(&format!("  {label:<width$} {}\n", items.join("; ")));
            }
        }
        let people = people(c, lang);
        if !people.is_empty() {
            let label = format!("{}:", m.contacts_label());
            out.push_str(&format!("  {label:<width$} {}\n", people.join("; ")));
        }
        out.push('\n');
    }
    if !summary {
        // One named contract: the summary line about the whole register would mislead.
        return out.trim_end().to_string() + "\n";
    }
    let counts: Vec<String> = (1..=3)
        .rev()
        .map(|step| {
            let n = entries.iter().filter(|e| e.escalation.step == step).count();
            m.step_count(step, n)
        })
        .collect();
    let on_ladder = entries.iter().filter(|e| e.escalation.step >= 1).count();
    let summary = match on_ladder {
        0 => m.no_escalations(today),
        n => m.escalation_summary(n, today, &counts.join(", ")),
    };
    out.push_str(&summary);
    out.push('\n');
    out
}

/// The controller and the contacts on the escalation path.
fn people(contract: &Contract, lang: Language) -> Vec<String> {
    let mut people = Vec::new();
    if let Some(controller) = &contract.roles.controller {
        people.push(format!(
            "{controller} ({})",
            crate::messages::of(lang).controller_role()
        ));
    }
    for contact in contract.contacts.iter().filter(|c| c.escalation) {
        let mut details: Vec<&str> = Vec::new();
        if let Some(role) = &contact.role {
            details.push(role);
        }
        if let Some(email) = &contact.email {
            details.push(email);
        }
        if let Some(phone) = &contact.phone {
            details.push(phone);
        }
        if details.is_empty() {
            people.push(contact.name.clone());
        } else {
            people.push(format!("{} ({})", contact.name, details.join(", ")));
        }
    }
    people
}

#[derive(Serialize)]
struct EntryJson<'a> {
    contract: &'a str,
    title: &'a str,
    supplier: &'a str,
    step: u8,
    name: &'a str,
    triggers: Vec<TriggerJson>,
    responsible: &'a [String],
    input: &'a [String],
    actions: &'a [String],
    inform: &'a [String],
    document: &'a [String],
}

impl<'a> EntryJson<'a> {
    fn new(entry: &'a Entry) -> EntryJson<'a> {
        EntryJson {
            contract: &entry.contract.key,
            title: &entry.contract.title,
            supplier: &entry.contract.supplier().name,
            step: entry.escalation.step,
            name: &entry.step.name,
            triggers: entry
                .escalation
                .triggers
                .iter()
                .map(TriggerJson::new)
                .collect(),
            responsible: &entry.step.responsible,
            input: &entry.step.input,
            actions: &entry.step.actions,
            inform: &entry.step.inform,
            document: &entry.step.document,
        }
    }
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
enum TriggerJson {
    Streak {
        kpi: String,
        periods: usize,
        last_period: String,
        step: u8,
    },
    OpenDeviation {
        #[serde(rename = "ref")]
        reference: String,
        since: String,
        step: u8,
    },
    ActionOverdue {
        #[serde(rename = "ref")]
        reference: String,
        due: String,
        step: u8,
    },
}

impl TriggerJson {
    fn new(trigger: &Trigger) -> TriggerJson {
        let step = trigger.step();
        match trigger {
            Trigger::Streak {
                kpi,
                periods,
                last_period,
            } => TriggerJson::Streak {
                kpi: kpi.clone(),
                periods: *periods,
                last_period: last_period.to_string(),
                step,
            },
            Trigger::OpenDeviation { reference, since } => TriggerJson::OpenDeviation {
                reference: reference.clone(),
                since: since.to_string(),
                step,
            },
            Trigger::ActionOverdue { reference, due } => TriggerJson::ActionOverdue {
                reference: reference.clone(),
                due: due.to_string(),
                step,
            },
        }
    }
}
