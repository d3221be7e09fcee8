//! The per-controller digest (SPEC §16): what is overdue today and what falls due in the next
//! days, sorted into what a controller does about it. Built from `check`'s findings and the
//! plan's statuses, so a digest never says something `check` or `plan` would contradict.

use crate::dates::Period;
use crate::model::{Contract, LogType, Party, Register};
use crate::rules::checks::{Code, Finding, check};
use crate::rules::escalation::open_actions;
use crate::rules::plan::plan;
use crate::rules::schedule::DueKind;
use crate::rules::scope::{has_controller, horizon, same_name};
use crate::rules::status::ItemStatus;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

/// The parts of a digest, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Start and follow-up meetings to book.
    Meetings,
    /// Extension option deadlines.
    Options,
    /// KPI values to ask the supplier for.
    Kpis,
    /// Action-plan items of open deviations.
    Actions,
    /// Qualification checks, new procurements and escalations.
    Other,
}

/// What one digest line is about.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// A due date from the plan (a meeting, a check, an option, a procurement).
    Due(DueKind),
    /// KPI `name` lacks values for `periods`; ask `contact` (the supplier's e-mail).
    Kpi {
        name: String,
        periods: Vec<Period>,
        contact: Option<String>,
    },
    /// An action for deviation `reference`.
    Action { reference: String, note: String },
    /// The contract ends without option or successor on `end`.
    Ending,
    /// The contract is on escalation step `step`.
    Escalation(u8),
    /// Another finding of `check` (LOU limits, index values, ceilings), in both languages.
    Notice { sv: String, en: String },
}

/// One line of a digest.
#[derive(Clone, Debug, PartialEq)]
pub struct DigestItem {
    pub section: Section,
    /// The contract's key and title.
    pub key: String,
    pub title: String,
    /// The due date or deadline; `None` for undated items (KPI values, escalation).
    pub date: Option<NaiveDate>,
    /// Late already (`check` reports it), rather than falling due within the horizon.
    pub overdue: bool,
    pub what: What,
}

/// One controller's digest.
#[derive(Clone, Debug, PartialEq)]
pub struct Digest {
    /// The controller as `[roles]` names them.
    pub controller: String,
    /// The e-mail of a buyer-side contact with the controller's name, when a contract has one.
    pub email: Option<String>,
    /// Sorted by section, overdue first, then date, key.
    pub items: Vec<DigestItem>,
}

impl Digest {
    /// The number of overdue items.
    pub fn overdue(&self) -> usize {
        self.items.iter().filter(|i| i.overdue).count()
    }
}

/// Every controller's digest on `today` for the next `days` days, sorted by controller; only
/// controllers with something to do, and only `controller` when given (as the register spells
/// it). Contracts without a controller are left out: they have no one to send a digest to.
pub fn digests(
    register: &Register,
    today: NaiveDate,
    days: u64,
    controller: Option<&str>,
) -> Vec<Digest> {
    let until = horizon(today, days);
    let mut by_key: BTreeMap<&str, Vec<DigestItem>> = BTreeMap::new();
    let wanted = |c: &Contract| {
        c.roles.controller.is_some() && controller.is_none_or(|name| has_controller(c, name))
    };
    for finding in check(register, today) {
        let Some(contract) = register.contract(&finding.contract) else {
            continue;
        };
        if wanted(contract) {
            by_key
                .entry(&contract.key)
                .or_default()
                .extend(from_finding(contract, &finding));
        }
    }
    for year in today.year()..=until.year() {
        for item in plan(register, year, today) {
            let Some(contract) = register.contract(&item.key) else {
                continue;
            };
            // Overdue items come from check; option deadlines in the warning window too.
            let upcoming = item.status == ItemStatus::Upcoming && item.date <= until;
            if !upcoming || !wanted(contract) {
                continue;
            }
            let items = by_key.entry(&contract.key).or_default();
            let duplicate = items
                .iter()
                .any(|i| i.date == Some(item.date) && i.what == What::Due(item.kind));
            if !duplicate {
                items.push(due_item(contract, item.kind, item.date, false));
            }
        }
    }
    for contract in register.contracts.iter().filter(|c| wanted(c)) {
        let items = by_key.entry(&contract.key).or_default();
        for action in open_actions(contract, today) {
            if action.due.is_some_and(|due| today <= due && due <= until) {
                items.push(action_item(contract, action.due, action, false));
            }
        }
        items.extend(kpis_falling_due(contract, register, today, until));
    }
    let mut per_controller: BTreeMap<String, Digest> = BTreeMap::new();
    for (key, items) in by_key {
        let Some(contract) = register.contract(key) else {
            continue;
        };
        let Some(name) = contract.roles.controller.as_deref() else {
            continue;
        };
        if items.is_empty() {
            continue;
        }
        let name = name.trim().to_string();
        let digest = per_controller
            .entry(name.to_lowercase())
            .or_insert_with(|| Digest {
                controller: name.clone(),
                email: None,
                items: Vec::new(),
            });
        if digest.email.is_none() {
            digest.email = buyer_email(contract, &digest.controller);
        }
        digest.items.extend(items);
    }
    let mut all: Vec<Digest> = per_controller.into_values().collect();
    for digest in &mut all {
        merge_kpi_periods(&mut digest.items);
        digest.items.sort_by(|a, b| {
            (a.section, !a.overdue, a.date, &a.key).cmp(&(b.section, !b.overdue, b.date, &b.key))
        });
    }
    all
}

/// One line per KPI and contract: `check` gives one finding per missing period.
fn merge_kpi_periods(items: &mut Vec<DigestItem>) {
    let mut merged: Vec<DigestItem> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        let same = merged.iter_mut().find(|m| {
            m.key == item.key
                && m.overdue == item.overdue
                && matches!((&m.what, &item.what), (What::Kpi { name: a, .. }, What::Kpi { name: b, .. }) if a == b)
        });
        match (same, item.what) {
            (Some(m), What::Kpi { periods, .. }) => {
                if let What::Kpi { periods: into, .. } = &mut m.what {
                    into.extend(periods);
                    into.sort();
                }
            }
            (_, what) => merged.push(DigestItem { what, ..item }),
        }
    }
    *items = merged;
}

fn due_item(contract: &Contract, kind: DueKind, date: NaiveDate, overdue: bool) -> DigestItem {
    let section = match kind {
        DueKind::StartMeeting | DueKind::Followup => Section::Meetings,
        DueKind::OptionDecision => Section::Options,
        DueKind::QualificationCheck | DueKind::NewProcurement | DueKind::PriceAdjustment => {
            Section::Other
        }
    };
    item(contract, section, Some(date), overdue, What::Due(kind))
}

fn item(
    contract: &Contract,
    section: Section,
    date: Option<NaiveDate>,
    overdue: bool,
    what: What,
) -> DigestItem {
    DigestItem {
        section,
        key: contract.key.clone(),
        title: contract.title.clone(),
        date,
        overdue,
        what,
    }
}

fn action_item(
    contract: &Contract,
    due: Option<NaiveDate>,
    action: &crate::model::LogEntry,
    overdue: bool,
) -> DigestItem {
    let what = What::Action {
        reference: action.reference.clone().unwrap_or_default(),
        note: action.note.clone(),
    };
    item(contract, Section::Actions, due, overdue, what)
}

/// The digest lines for one of `check`'s findings. KPI findings are merged per KPI later.
fn from_finding(contract: &Contract, finding: &Finding) -> Vec<DigestItem> {
    let date = finding.date;
    let dated = |kind| date.map(|d| due_item(contract, kind, d, true));
    let line = match finding.code {
        Code::StartMeetingOverdue => dated(DueKind::StartMeeting),
        Code::FollowupOverdue => dated(DueKind::Followup),
        Code::QualificationCheckOverdue => dated(DueKind::QualificationCheck),
        Code::OptionDecisionMissed => dated(DueKind::OptionDecision),
        // Not late yet, but inside option_warning_days: it belongs in the digest now.
        Code::OptionDecisionDue => {
            date.map(|d| due_item(contract, DueKind::OptionDecision, d, false))
        }
        // The procurement should have started already: late, though the end is still ahead.
        Code::ContractEnding => Some(item(contract, Section::Other, date, true, What::Ending)),
        Code::ActionOverdue => contract
            .log
            .iter()
            .find(|e| {
                e.kind == LogType::Action
                    && e.due == finding.date
                    && e.reference == finding.reference
            })
            .map(|action| action_item(contract, date, action, true)),
        Code::KpiMissing => {
            let kpi = contract
                .kpis
                .iter()
                .find(|k| Some(k.id.as_str()) == finding.kpi.as_deref());
            kpi.map(|kpi| {
                let what = What::Kpi {
                    name: kpi.name.clone(),
                    periods: finding.period.into_iter().collect(),
                    contact: supplier_email(contract),
                };
                item(contract, Section::Kpis, None, true, what)
            })
        }
        Code::Escalation => finding.step.map(|step| {
            item(
                contract,
                Section::Other,
                None,
                false,
                What::Escalation(step),
            )
        }),
        // The supplier's index claim is near: compute what the clause allows before it comes.
        Code::PriceAdjustmentDue => {
            date.map(|d| due_item(contract, DueKind::PriceAdjustment, d, false))
        }
        _ => {
            let what = What::Notice {
                sv: finding.message(crate::model::Language::Sv),
                en: finding.message(crate::model::Language::En),
            };
            let overdue = finding.severity == crate::rules::checks::Severity::Error;
            Some(item(contract, Section::Other, date, overdue, what))
        }
    };
    line.into_iter().collect()
}

/// KPI periods whose value falls due (period end + `kpi_grace_days`) between today and
/// `until` and has not been reported: the supplier should be reminded before it is late.
fn kpis_falling_due(
    contract: &Contract,
    register: &Register,
    today: NaiveDate,
    until: NaiveDate,
) -> Vec<DigestItem> {
    let grace = Days::new(u64::from(register.settings.kpi_grace_days));
    let mut items = Vec::new();
    if !contract.is_active_on(today) {
        return items;
    }
    for (index, kpi) in contract.kpis.iter().enumerate() {
        let Some(earliest_end) = today.checked_sub_days(grace) else {
            continue;
        };
        let mut period = Period::containing(earliest_end.max(contract.start), kpi.frequency);
        let mut periods = Vec::new();
        while let Some(due) = period.end().checked_add_days(grace) {
            if due > until || period.end() > contract.effective_end() {
                break;
            }
            let reported = contract
                .kpi_rows
                .iter()
                .any(|r| r.kpi_index() == index && r.period == period);
            // A seasonal KPI is only asked for in its months (SPEC §2.2).
            let seasonal_gap = !kpi.reports_in(period);
            if due >= today && period.end() >= contract.start && !reported && !seasonal_gap {
                periods.push(period);
            }
            period = period.next();
        }
        // Dated by when the first value falls due.
        if let Some(due) = periods
            .first()
            .and_then(|p| p.end().checked_add_days(grace))
        {
            let what = What::Kpi {
                name: kpi.name.clone(),
                periods,
                contact: supplier_email(contract),
            };
            items.push(item(contract, Section::Kpis, Some(due), false, what));
        }
    }
    items
}

/// The e-mail of the supplier's first contact that has one.
fn supplier_email(contract: &Contract) -> Option<String> {
    contract
        .contacts
        .iter()
        .filter(|c| c.party == Some(Party::Supplier))
        .find_map(|c| c.email.clone())
}

/// The e-mail of the buyer-side contact named `controller`.
fn buyer_email(contract: &Contract, controller: &str) -> Option<String> {
    contract
        .contacts
        .iter()
        .filter(|c| c.party == Some(Party::Buyer) && same_name(&c.name, controller))
        .find_map(|c| c.email.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Frequency;
    use crate::model::test_support::{contract, d};
    use crate::model::{Direction, Kpi, Settings};

    fn register_with_kpi(months: Vec<u32>) -> Register {
        let mut c = contract("vinter", "2024-01-01", "2029-12-31");
        c.kpis = vec![Kpi {
            id: "halka".into(),
            name: "Halkbekämpning".into(),
            unit: "%".into(),
            target: 95.0,
            direction: Direction::Higher,
            frequency: Frequency::Monthly,
            aliases: Vec::new(),
            months,
        }];
        Register {
            root: std::path::PathBuf::from("."),
            settings: Settings::default(),
            contracts: vec![c],
            spend: Default::default(),
        }
    }

    fn asked_periods(register: &Register) -> Vec<String> {
        let (today, until) = (d("2026-11-22"), d("2026-12-22"));
        kpis_falling_due(&register.contracts[0], register, today, until)
            .into_iter()
            .flat_map(|item| match item.what {
                What::Kpi { periods, .. } => periods,
                _ => Vec::new(),
            })
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn a_seasonal_kpi_is_asked_for_only_in_its_months() {
        // October's value falls due on 2026-11-30, November's on 2026-12-30 (past the horizon).
        assert_eq!(asked_periods(&register_with_kpi(Vec::new())), ["2026-10"]);
        assert!(asked_periods(&register_with_kpi(vec![11, 12, 1, 2, 3])).is_empty());
    }
}
