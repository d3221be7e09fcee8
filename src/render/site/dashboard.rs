//! The internal dashboard of `avtal site --internal` (SPEC §14): today's findings by controller,
//! the year's plan, the escalation overview, spend and loyalty when `spend/` exists, and the full
//! meeting pack (SPEC §8) as each contract's page. The command computes every figure with the
//! same rules as the other commands (`check`, `plan`, `escalation`, `spend`, `report`) and hands
//! them over as a [`Dashboard`], so the site and the terminal agree; this module only lays them
//! out.

use super::{CONTRACT_DIR, NavItem, Page, SiteFile, render_template, v};
use crate::error::Error;
use crate::messages;
use crate::model::{Contract, Language, Register};
use crate::render::report::{build, html};
use crate::rules::checks::{Finding, Severity};
use crate::rules::escalation::{Escalation, LadderStep, Trigger};
use crate::rules::meeting::MeetingPack;
use crate::rules::plan::PlanItem;
use crate::rules::spend::SpendSummary;
use minijinja::{Environment, Value, context};
use serde::Serialize;
use std::collections::BTreeMap;

const FINDINGS: &str = "findings.html";
const PLAN: &str = "plan.html";
const ESCALATION: &str = "escalation.html";
const SPEND: &str = "spend.html";

/// What the dashboard shows, computed by `avtal site --internal` with the rules of the other
/// commands; the renderer only lays it out.
pub struct Dashboard<'a> {
    /// Today's findings, in `check`'s order.
    pub findings: Vec<Finding>,
    /// The year of the plan and the spend page (today's).
    pub year: i32,
    /// The year's plan, in `plan`'s order.
    pub plan: Vec<PlanItem>,
    /// The escalation ladder of the register's settings.
    pub ladder: Vec<LadderStep>,
    /// The contracts active today on step 1 or higher, the heaviest step first, then by key.
    pub escalations: Vec<(&'a Contract, Escalation)>,
    /// The year's spend and loyalty; `None` when `spend/` has no rows (no page, no menu entry).
    pub spend: Option<SpendSummary>,
    /// Each contract's full meeting pack, in register order: the contract pages.
    pub packs: Vec<MeetingPack<'a>>,
}

/// The dashboard's entries in the navigation (after the catalogue); spend and loyalty only when
/// the register has `spend/` rows.
pub fn nav(lang: Language, with_spend: bool) -> Vec<NavItem> {
    let mut items = vec![
        NavItem {
            href: FINDINGS,
            label: messages::of(lang).site_today_findings(),
        },
        NavItem {
            href: PLAN,
            label: messages::of(lang).site_year_plan(),
        },
        NavItem {
            href: ESCALATION,
            label: messages::of(lang).doc_escalation(),
        },
    ];
    if with_spend {
        items.push(NavItem {
            href: SPEND,
            label: messages::of(lang).site_spend_loyalty(),
        });
    }
    items
}

/// `contracts/<key>.html` of the internal site: the meeting pack inside the site's page.
pub fn contract_page(
    env: &Environment,
    pack: &MeetingPack,
    page: &Page,
) -> Result<SiteFile, Error> {
    let contract = pack.contract;
    let body = html::body(&build::document(pack));
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
        page.opts.lang,
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
    /// An acknowledged finding's until-date and reason (SPEC §22).
    until: Option<String>,
    note: Option<String>,
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
pub fn pages(
    env: &Environment,
    register: &Register,
    dashboard: &Dashboard,
    page: &Page,
) -> Result<Vec<SiteFile>, Error> {
    let lang = page.opts.lang;
    let today = page.opts.today;
    let labels = labels(lang);
    let no_controller = messages::of(lang).site_no_contract_controller();
    let controller_of = |key: &str| {
        register
            .contract(key)
            .and_then(|c| c.roles.controller.clone())
            .unwrap_or_else(|| no_controller.to_string())
    };

    // Today's findings, grouped by controller (sorted by name; findings in `check`'s order).
    // Acknowledged findings are shown apart, with their until-date and reason (SPEC §22).
    let mut by_controller: BTreeMap<String, Vec<FindingRow>> = BTreeMap::new();
    let mut acknowledged: Vec<FindingRow> = Vec::new();
    for finding in &dashboard.findings {
        let contract = match finding.is_register_finding() {
            // `lou-values-outdated`: about the register, with no contract page to link to.
            true => ContractLink {
                key: String::new(),
                href: String::new(),
                title: messages::of(lang).check_register_heading().to_string(),
            },
            false => ContractLink::new(register, &finding.contract),
        };
        let row = FindingRow {
            contract,
            error: finding.severity == Severity::Error,
            severity: match finding.severity {
                Severity::Error => messages::of(lang).site_error(),
                Severity::Warning => messages::of(lang).site_warning(),
            },
            message: finding.message(lang),
            date: finding.date.map(|d| d.to_string()),
            until: (finding.acknowledged.as_ref()).map(|a| a.until.to_string()),
            note: (finding.acknowledged.as_ref()).map(|a| a.note.clone()),
        };
        match finding.acknowledged {
            Some(_) => acknowledged.push(row),
            None => by_controller
                .entry(controller_of(&finding.contract))
                .or_default()
                .push(row),
        }
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
    let findings_title = messages::of(lang).site_findings_on(today);
    let findings = render_template(
        env,
        FINDINGS,
        context! {
            page => v(&page), root => "", current => FINDINGS, title => findings_title,
            groups => v(&groups), labels => v(&labels), acknowledged => v(&acknowledged),
        },
        page.opts.lang,
    )?;

    // The year's plan.
    let year = dashboard.year;
    let rows: Vec<PlanRow> = (dashboard.plan.iter())
        .map(|item| PlanRow {
            date: item.date.to_string(),
            supplier: register
                .contract(&item.key)
                .map(crate::render::facts::supplier_short)
                .unwrap_or_default(),
            what: item.kind.label(lang),
            group: item.group,
            controller: controller_of(&item.key),
            contract: ContractLink::new(register, &item.key),
            status: Some(item.status.label(lang).to_string()),
        })
        .collect();
    let with_status = rows.iter().any(|r| r.status.is_some());
    let plan_title = messages::of(lang).site_follow_up_plan(year);
    let plan_page = render_template(
        env,
        PLAN,
        context! {
            page => v(&page), root => "", current => PLAN, title => plan_title, rows => v(&rows),
            with_status => with_status, labels => v(&labels),
        },
        page.opts.lang,
    )?;

    // The escalation overview: contracts on step 1 or higher today, the heaviest first.
    let steps = &dashboard.ladder;
    let rows: Vec<EscalationRow> = (dashboard.escalations.iter())
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
    let escalation_title = messages::of(lang).site_escalation_on(today);
    let escalation_page = render_template(
        env,
        ESCALATION,
        context! {
            page => v(&page), root => "", current => ESCALATION, title => escalation_title,
            rows => v(&rows), labels => v(&labels),
        },
        page.opts.lang,
    )?;

    let mut files = vec![
        SiteFile::new(FINDINGS, findings),
        SiteFile::new(PLAN, plan_page),
        SiteFile::new(ESCALATION, escalation_page),
    ];
    // Spend and loyalty (SPEC §12): only when `spend/` has rows, like the navigation entry.
    if let Some(summary) = &dashboard.spend {
        let spend = spend_page(env, register, summary, page, year)?;
        files.push(SiteFile::new(SPEND, spend));
    }
    Ok(files)
}

#[derive(Debug, Serialize)]
struct SpendContractRow {
    contract: ContractLink,
    spend: String,
    annual_value: String,
    since_start: String,
    max_value: Option<String>,
    /// Spend in the year runs above the estimated annual value.
    above_annual: bool,
}

#[derive(Debug, Serialize)]
struct SpendOutsideRow {
    org_no: Option<String>,
    supplier: String,
    spend: String,
    over_limit: bool,
}

#[derive(Debug, Serialize)]
struct SpendDepartmentRow {
    department: String,
    total: String,
    matched: String,
    loyalty: String,
}

#[derive(Debug, Serialize)]
struct SpendRankingRow {
    contract: ContractLink,
    spend: String,
    rank1_share: String,
}

/// `spend.html`: the year's total and loyalty, the largest purchases outside contract, spend per
/// contract and department, and the rank-1 share of ranked frameworks — `avtal spend` as a page.
fn spend_page(
    env: &Environment,
    register: &Register,
    summary: &SpendSummary,
    page: &Page,
    year: i32,
) -> Result<String, Error> {
    use crate::i18n::money;
    let lang = page.opts.lang;
    let percent = |share: Option<f64>| {
        share.map_or("–".to_string(), |s| {
            format!("{}\u{a0}%", crate::i18n::number(s * 100.0, 1, lang))
        })
    };
    let key_of = |index: usize| {
        register
            .contracts
            .get(index)
            .map(|c| c.key.as_str())
            .unwrap_or_default()
    };
    let contracts: Vec<SpendContractRow> = summary
        .contracts
        .iter()
        .map(|c| {
            let contract = register.contracts.get(c.contract);
            let annual = contract.map_or(0.0, |k| k.annual_value);
            SpendContractRow {
                contract: ContractLink::new(register, key_of(c.contract)),
                spend: money(c.spend, lang),
                annual_value: crate::i18n::sek(annual, lang),
                since_start: money(c.since_start, lang),
                max_value: contract.and_then(|k| k.max_value).map(|m| {
                    let used = crate::rules::spend::share(c.since_start, m);
                    format!("{} ({})", money(m, lang), percent(used))
                }),
                above_annual: annual > 0.0 && c.spend.as_sek() > annual,
            }
        })
        .collect();
    let outside: Vec<SpendOutsideRow> = summary
        .outside
        .iter()
        .take(10)
        .map(|o| SpendOutsideRow {
            org_no: o.org_no.clone(),
            supplier: o.supplier.clone(),
            spend: money(o.spend, lang),
            over_limit: o.over_direct_award_limit,
        })
        .collect();
    let departments: Vec<SpendDepartmentRow> = summary
        .departments
        .iter()
        .map(|d| SpendDepartmentRow {
            department: d.department.clone(),
            total: money(d.total, lang),
            matched: money(d.matched, lang),
            loyalty: percent(d.loyalty),
        })
        .collect();
    let ranking: Vec<SpendRankingRow> = summary
        .ranking
        .iter()
        .map(|r| SpendRankingRow {
            contract: ContractLink::new(register, key_of(r.contract)),
            spend: money(r.spend, lang),
            rank1_share: percent(r.rank1_share),
        })
        .collect();
    let title = format!("{} {year}", messages::of(lang).site_spend_loyalty());
    let headline = messages::of(lang).site_spend_headline(
        &money(summary.total, lang),
        &money(summary.matched, lang),
        &percent(summary.loyalty),
    );
    let limit = money(register.settings.lou.direct_award_limit, lang);
    let labels = BTreeMap::from([
        (
            "outside",
            messages::of(lang).site_largest_purchases_outside_contract(),
        ),
        (
            "over_limit",
            messages::of(lang).site_over_direct_award_limit(),
        ),
        ("limit_note", messages::of(lang).site_over_limit_note()),
        ("org_no", messages::of(lang).site_org_no()),
        ("supplier", messages::of(lang).doc_supplier()),
        ("amount", messages::of(lang).doc_amount()),
        ("contracts", messages::of(lang).site_contracts()),
        ("spend", messages::of(lang).site_spend_this_year()),
        ("annual", messages::of(lang).doc_annual_value()),
        ("since_start", messages::of(lang).site_since_start()),
        ("max_value", messages::of(lang).site_maximum_value_used()),
        ("above_annual", messages::of(lang).site_above_annual_value()),
        ("departments", messages::of(lang).site_departments()),
        ("department", messages::of(lang).site_department()),
        ("total", messages::of(lang).site_total()),
        ("matched", messages::of(lang).site_under_contract()),
        ("loyalty", messages::of(lang).site_loyalty()),
        ("ranking", messages::of(lang).site_ranked_frameworks()),
        ("rank1", messages::of(lang).site_rank_one_share()),
        ("yes", messages::of(lang).doc_yes()),
        ("none", messages::of(lang).site_nothing_to_show()),
    ]);
    render_template(
        env,
        SPEND,
        context! {
            page => v(&page), root => "", current => SPEND, title => title, headline => headline,
            limit => limit, contracts => v(&contracts), outside => v(&outside),
            departments => v(&departments), ranking => v(&ranking), labels => v(&labels),
        },
        page.opts.lang,
    )
}

/// Fixed texts of the dashboard's templates.
fn labels(lang: Language) -> BTreeMap<&'static str, &'static str> {
    BTreeMap::from([
        ("what", messages::of(lang).doc_what()),
        ("date", messages::of(lang).doc_date()),
        ("group", messages::of(lang).site_group()),
        ("controller", messages::of(lang).site_controller()),
        ("step", messages::of(lang).site_step()),
        ("triggers", messages::of(lang).doc_triggered_by()),
        ("responsible", messages::of(lang).site_responsible()),
        ("actions", messages::of(lang).doc_actions()),
        ("none", messages::of(lang).site_nothing_to_show()),
        ("errors", messages::of(lang).site_errors()),
        ("warnings", messages::of(lang).site_warnings()),
        ("acknowledged", messages::of(lang).site_acknowledged()),
        ("until", messages::of(lang).site_acknowledged_until()),
        ("reason", messages::of(lang).site_acknowledged_reason()),
    ])
}
