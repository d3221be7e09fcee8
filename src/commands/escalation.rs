//! `avtal escalation [KEY]`: contracts on the escalation ladder (SPEC §6) with what triggered
//! their step and, from the ladder, who is responsible, who gives input, what to do, whom to
//! inform and where to document.

use crate::context::Context;
use crate::diag::did_you_mean;
use crate::error::{Error, Status};
use crate::model::{Contract, Language, Register};
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
        Some(key) => vec![find_contract(&register, key)?],
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
            render::sanitize::terminal(text(&entries, today, lang, args.key.is_none()), false)
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    Ok(Status::Success)
}

fn find_contract<'a>(register: &'a Register, key: &str) -> Result<&'a Contract, Error> {
    register.contract(key).ok_or_else(|| {
        let keys: Vec<&str> = register.contracts.iter().map(|c| c.key.as_str()).collect();
        let hint = match did_you_mean(key, &keys) {
            Some(close) => format!("did you mean `{close}`?"),
            None => "see the keys with `avtal list`".to_string(),
        };
        Error::input_with_hint(format!("no contract `{key}` in the register"), hint)
    })
}

/// The human view.
fn text(entries: &[Entry], today: chrono::NaiveDate, lang: Language, summary: bool) -> String {
    let mut out = String::new();
    let labels = [
        lang.pick("Ansvarig", "Responsible"),
        lang.pick("Ger underlag", "Input from"),
        lang.pick("Åtgärder", "Actions"),
        lang.pick("Informera", "Inform"),
        lang.pick("Dokumentera i", "Document in"),
    ];
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
            "  {} {}: {}\n",
            lang.pick("Steg", "Step"),
            entry.escalation.step,
            entry.step.name
        ));
        if !c.is_active_on(today) {
            out.push_str(&format!(
                "  {}\n",
                lang.pick(
                    "Avtalet är inte aktivt i dag.",
                    "The contract is not active today."
                )
            ));
        }
        if !entry.escalation.triggers.is_empty() {
            out.push_str(&format!("  {}\n", lang.pick("Utlöst av:", "Triggered by:")));
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
            let label = format!("{}:", lang.pick("Kontakter", "Contacts"));
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
            format!("{} {step}: {n}", lang.pick("steg", "step"))
        })
        .collect();
    let on_ladder = entries.iter().filter(|e| e.escalation.step >= 1).count();
    let summary = match (lang, on_ladder) {
        (Language::Sv, 0) => format!("Inga avtal på eskaleringstrappan {today} (steg 0)."),
        (Language::En, 0) => format!("No contracts on the escalation ladder on {today} (step 0)."),
        (Language::Sv, n) => format!(
            "{n} avtal på steg 1 eller högre {today} ({}). Steg 4 (hävning) är ett beslut och beräknas aldrig.",
            counts.join(", ")
        ),
        (Language::En, n) => format!(
            "{n} {} on step 1 or higher on {today} ({}). Step 4 (termination) is a decision and never computed.",
            if n == 1 { "contract" } else { "contracts" },
            counts.join(", ")
        ),
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
            lang.pick("avtalscontroller", "contract controller")
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
