//! The internal dashboard of `avtal site --internal` (SPEC §14): today's findings by controller,
//! the year's plan, the escalation overview, spend and loyalty when `spend/` exists, and the full
//! meeting pack (SPEC §8) as each contract's page. Every figure comes from the same rules as the
//! commands (`check`, `plan`, `escalation`, `report`), so the site and the terminal agree.

use super::{CONTRACT_DIR, NavItem, Page, SiteFile, render_template, v};
use crate::error::Error;
use crate::model::{Contract, Language, Register};
use crate::render::report::{build, html};
use crate::rules::check::{Severity, check};
use crate::rules::escalation::{Trigger, escalation, ladder};
use crate::rules::meeting::meeting_pack;
use crate::rules::schedule::plan;
use chrono::Datelike;
use minijinja::{Environment, Value, context};
use serde::Serialize;
use std::collections::BTreeMap;

const FINDINGS: &str = "findings.html";
const PLAN: &str = "plan.html";
const ESCALATION: &str = "escalation.html";

/// The dashboard's entries in the navigation (after the catalogue).
pub fn nav(lang: Language) -> Vec<NavItem> {
    // Spend and loyalty (SPEC §12) get an entry and a page `spend.html` here, shown only when
    // the register has `spend/` data, once the spend rules are in the library.
    vec![
        NavItem {
            href: FINDINGS,
            label: lang.pick("Att göra i dag", "Today's findings"),
        },
        NavItem {
            href: PLAN,
            label: lang.pick("Årets plan", "The year's plan"),
        },
        NavItem {
            href: ESCALATION,
            label: lang.pick("Eskalering", "Escalation"),
        },
    ]
}

/// `contracts/<key>.html` of the internal site: the meeting pack inside the site's page.
pub fn contract_page(
    env: &Environment,
    register: &Register,
    contract: &Contract,
    page: &Page,
) -> Result<SiteFile, Error> {
    let pack = meeting_pack(register, contract, page.opts.today, page.opts.lang);
    let body = html::body(&build::document(&pack));
    let rendered = render_template(
        env,
        "pack.html",
        context! {
            page => v(&page),
            root => "../",
            title => &contract.title,
            // Escaped by the report renderer, which escapes everything it did not generate.
            pack => Value::from_safe_string(body),
            pack_style => Value::from_safe_string(html::STYLE.to_string()),
        },
    )?;
    Ok(SiteFile::new(
        format!("{CONTRACT_DIR}/{}.html", contract.key),
        rendered,
    ))
}

/// A link to a contract's page.
#[derive(Debug, Serialize)]
struct ContractLink {
    key: String,
    href: String,
    title: String,
}

impl ContractLink {
    fn new(register: &Register, key: &str) -> ContractLink {
        ContractLink {
            key: key.to_string(),
            href: format!("{CONTRACT_DIR}/{key}.html"),
            title: register
                .contract(key)
                .map(|c| c.title.clone())
                .unwrap_or_default(),
        }
    }
}

#[derive(Debug, Serialize)]
struct FindingRow {
    contract: ContractLink,
    error: bool,
    severity: &'static str,
    message: String,
    date: Option<String>,
}

#[derive(Debug, Serialize)]
struct ControllerFindings {
    controller: String,
    id: String,
    errors: usize,
    warnings: usize,
    findings: Vec<FindingRow>,
}

#[derive(Debug, Serialize)]
struct PlanRow {
    date: String,
    contract: ContractLink,
    supplier: String,
    what: &'static str,
    group: u8,
    controller: String,
    /// SPEC §16's status (`done`, `overdue`, `missed`, `upcoming`), filled in when the plan rule
    /// computes it; the column is shown only when some row has one.
    status: Option<String>,
}

#[derive(Debug, Serialize)]
struct EscalationRow {
    contract: ContractLink,
    step: u8,
    step_name: String,
    triggers: Vec<String>,
    responsible: String,
    actions: String,
}

/// The dashboard's own pages.
pub fn pages(env: &Environment, register: &Register, page: &Page) -> Result<Vec<SiteFile>, Error> {
    let lang = page.opts.lang;
    let today = page.opts.today;
    let labels = labels(lang);
    let no_controller = lang.pick("Ingen avtalscontroller angiven", "No contract controller");
    let controller_of = |key: &str| {
        register
            .contract(key)
            .and_then(|c| c.roles.controller.clone())
            .unwrap_or_else(|| no_controller.to_string())
    };

    // Today's findings, grouped by controller (sorted by name; findings in `check`'s order).
    let mut by_controller: BTreeMap<String, Vec<FindingRow>> = BTreeMap::new();
    for finding in check(register, today) {
        by_controller
            .entry(controller_of(&finding.contract))
            .or_default()
            .push(FindingRow {
                contract: ContractLink::new(register, &finding.contract),
                error: finding.severity == Severity::Error,
                severity: match finding.severity {
                    Severity::Error => lang.pick("Fel", "Error"),
                    Severity::Warning => lang.pick("Varning", "Warning"),
                },
                message: finding.message(lang),
                date: finding.date.map(|d| d.to_string()),
            });
    }
    let groups: Vec<ControllerFindings> = by_controller
        .into_iter()
        .enumerate()
        .map(|(i, (controller, findings))| ControllerFindings {
            controller,
            id: format!("controller-{}", i + 1),
            errors: findings.iter().filter(|f| f.error).count(),
            warnings: findings.iter().filter(|f| !f.error).count(),
            findings,
        })
        .collect();
    let findings_title = format!("{} {today}", lang.pick("Att göra i dag,", "Findings on"));
    let findings = render_template(
        env,
        FINDINGS,
        context! {
            page => v(&page), root => "", current => FINDINGS, title => findings_title,
            groups => v(&groups), labels => v(&labels),
        },
    )?;

    // The year's plan.
    let year = today.year();
    let rows: Vec<PlanRow> = plan(register, year, today)
        .into_iter()
        .map(|item| PlanRow {
            date: item.date.to_string(),
            supplier: register
                .contract(&item.key)
                .map(|c| c.supplier().name.clone())
                .unwrap_or_default(),
            what: item.kind.label(lang),
            group: item.group,
            controller: controller_of(&item.key),
            contract: ContractLink::new(register, &item.key),
            status: Some(item.status.label(lang).to_string()),
        })
        .collect();
    let with_status = rows.iter().any(|r| r.status.is_some());
    let plan_title = format!("{} {year}", lang.pick("Uppföljningsplan", "Follow-up plan"));
    let plan_page = render_template(
        env,
        PLAN,
        context! {
            page => v(&page), root => "", current => PLAN, title => plan_title, rows => v(&rows),
            with_status => with_status, labels => v(&labels),
        },
    )?;

    // The escalation overview: contracts on step 1 or higher today, the heaviest first.
    let steps = ladder(&register.settings, lang);
    let mut on_ladder: Vec<(&Contract, crate::rules::escalation::Escalation)> = register
        .contracts
        .iter()
        .filter(|c| c.is_active_on(today))
        .map(|c| (c, escalation(c, today)))
        .filter(|(_, e)| e.step >= 1)
        .collect();
    on_ladder.sort_by(|a, b| b.1.step.cmp(&a.1.step).then_with(|| a.0.key.cmp(&b.0.key)));
    let rows: Vec<EscalationRow> = on_ladder
        .into_iter()
        .map(|(c, e)| {
            let step = steps.iter().find(|s| s.step == e.step);
            EscalationRow {
                contract: ContractLink::new(register, &c.key),
                step: e.step,
                step_name: step.map(|s| s.name.clone()).unwrap_or_default(),
                triggers: e
                    .triggers
                    .iter()
                    .map(|t| {
                        let name = match t {
                            Trigger::Streak { kpi, .. } => c
                                .kpis
                                .iter()
                                .find(|k| &k.id == kpi)
                                .map(|k| k.name.as_str()),
                            _ => None,
                        };
                        t.describe(lang, name)
                    })
                    .collect(),
                responsible: step.map(|s| s.responsible.join(", ")).unwrap_or_default(),
                actions: step.map(|s| s.actions.join("; ")).unwrap_or_default(),
            }
        })
        .collect();
    let escalation_title = format!(
        "{} {today}",
        lang.pick("Eskaleringstrappan", "Escalation on")
    );
    let escalation_page = render_template(
        env,
        ESCALATION,
        context! {
            page => v(&page), root => "", current => ESCALATION, title => escalation_title,
            rows => v(&rows), labels => v(&labels),
        },
    )?;

    // Spend and loyalty (SPEC §12): when `spend/` exists, `spend.html` is added here from the
    // spend rules; without spend data the page and its navigation entry are left out.
    Ok(vec![
        SiteFile::new(FINDINGS, findings),
        SiteFile::new(PLAN, plan_page),
        SiteFile::new(ESCALATION, escalation_page),
    ])
}

/// Fixed texts of the dashboard's templates.
fn labels(lang: Language) -> BTreeMap<&'static str, &'static str> {
    BTreeMap::from([
        ("what", lang.pick("Vad", "What")),
        ("date", lang.pick("Datum", "Date")),
        ("group", lang.pick("Grupp", "Group")),
        ("controller", lang.pick("Avtalscontroller", "Controller")),
        ("step", lang.pick("Steg", "Step")),
        ("triggers", lang.pick("Utlöst av", "Triggered by")),
        ("responsible", lang.pick("Ansvarig", "Responsible")),
        ("actions", lang.pick("Åtgärder", "Actions")),
        ("none", lang.pick("Inget att visa.", "Nothing to show.")),
        ("errors", lang.pick("fel", "errors")),
        ("warnings", lang.pick("varningar", "warnings")),
    ])
}
