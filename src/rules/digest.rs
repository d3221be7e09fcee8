//! The per-controller digest (SPEC §16): what is overdue, what falls due within W days and what
//! else to handle, for each controller.
//!
//! The digest decides nothing of its own about dates: it is built from the plan items (with the
//! statuses of [`super::status`]) and the findings of `check` that the command computed, so a
//! digest line never says something `plan` or `check` would contradict. Its findings come in as
//! one list: leaving a finding out of that list leaves it, and the plan item it stands for, out
//! of the digest.

use crate::dates::Period;
use crate::model::{Contract, LogEntry, Party, Register};
use crate::rules::checks::{Code, Finding};
use crate::rules::escalation::open_actions;
use crate::rules::plan::PlanItem;
use crate::rules::schedule::DueKind;
use crate::rules::scope::{has_controller, horizon, same_name};
use crate::rules::status::ItemStatus;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// The three parts of a message, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// Late today.
    Overdue,
    /// Falls due within W days.
    Due,
    /// Every other finding of `check`.
    Handle,
}

/// What one item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A plan item (SPEC §5.2).
    Plan(DueKind),
    /// A finding of `check` that stands for no listed plan item.
    Finding(Code),
    /// An open action of a deviation, due within W days.
    Action,
    /// A KPI period whose report falls due within W days without a row.
    KpiReport,
}

impl ItemKind {
    /// The spelling in JSON: the plan kind, the finding code, `action` or `kpi-report`.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Plan(kind) => kind.as_str(),
            ItemKind::Finding(code) => code.as_str(),
            ItemKind::Action => "action",
            ItemKind::KpiReport => "kpi-report",
        }
    }
}

/// One line of a digest.
#[derive(Clone, Debug, PartialEq)]
pub struct DigestItem {
    /// The contract's key; `None` for a register finding.
    pub contract: Option<String>,
    /// The contract's title (empty for a register finding).
    pub title: String,
    pub kind: ItemKind,
    /// The plan item's date, the finding's date, the action's due date or the day the KPI
    /// report is due.
    pub date: Option<NaiveDate>,
    /// The deviation's reference (actions).
    pub reference: Option<String>,
    /// The KPI id and name (KPI reports).
    pub kpi: Option<(String, String)>,
    pub period: Option<Period>,
    /// The supplier contact's e-mail (KPI reports).
    pub email: Option<String>,
    /// What the action is (actions).
    pub note: Option<String>,
    /// The finding the item comes from or stands for.
    pub finding: Option<Finding>,
}

/// One controller's message.
#[derive(Clone, Debug, PartialEq)]
pub struct Digest {
    /// The exact text of `roles.controller`; `None` for contracts without one.
    pub controller: Option<String>,
    /// The e-mail of the first buyer-side contact with the controller's name.
    pub email: Option<String>,
    pub overdue: Vec<DigestItem>,
    pub due: Vec<DigestItem>,
    pub handle: Vec<DigestItem>,
}

impl Digest {
    /// The parts that have items, in order.
    pub fn parts(&self) -> Vec<(Part, &[DigestItem])> {
        [
            (Part::Overdue, &self.overdue[..]),
            (Part::Due, &self.due[..]),
            (Part::Handle, &self.handle[..]),
        ]
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .collect()
    }

    fn part_mut(&mut self, part: Part) -> &mut Vec<DigestItem> {
        match part {
            Part::Overdue => &mut self.overdue,
            Part::Due => &mut self.due,
            Part::Handle => &mut self.handle,
        }
    }
}

/// The years whose plans can hold an item the digest on `today` for `days` days shows: from the
/// earliest start of a contract active in the window (an overdue item lies in its term) to the
/// window's end.
pub fn plan_years(
    register: &Register,
    today: NaiveDate,
    days: u64,
) -> std::ops::RangeInclusive<i32> {
    let until = horizon(today, days);
    let first = register
        .contracts
        .iter()
        .filter(|c| in_window(c, today, until))
        .map(|c| c.start.year())
        .min()
        .unwrap_or(today.year())
        .min(today.year());
    first..=until.year()
}

fn in_window(contract: &Contract, today: NaiveDate, until: NaiveDate) -> bool {
    contract.start <= until && contract.effective_end() >= today
}

/// The finding codes that report an overdue plan item, and the item's kind.
fn overdue_item_kind(code: Code) -> Option<DueKind> {
    Some(match code {
        Code::StartMeetingOverdue => DueKind::StartMeeting,
        Code::FollowupOverdue => DueKind::Followup,
        Code::QualificationCheckOverdue => DueKind::QualificationCheck,
        Code::OptionDecisionMissed => DueKind::OptionDecision,
        Code::ContractEnding => DueKind::NewProcurement,
        Code::PriceAdjustmentUnrecorded => DueKind::PriceAdjustment,
        _ => return None,
    })
}

/// The plan item a finding stands for: the overdue item it reports, or the upcoming decision or
/// adjustment it warns of.
fn stood_for_kind(code: Code) -> Option<DueKind> {
    match code {
        Code::OptionDecisionDue => Some(DueKind::OptionDecision),
        Code::PriceAdjustmentDue => Some(DueKind::PriceAdjustment),
        _ => overdue_item_kind(code),
    }
}

/// SPEC §16: every controller's message on `today` for the next `days` days, from `plan_items`
/// (the plans of [`plan_years`], with their statuses on `today`) and `findings` (`check` on
/// `today`). Only `controller` when given (compared as `--controller` compares); messages are
/// sorted by controller, no controller last; a controller with no item gets none.
pub fn digests(
    register: &Register,
    today: NaiveDate,
    days: u64,
    controller: Option<&str>,
    plan_items: &[PlanItem],
    findings: &[Finding],
) -> Vec<Digest> {
    let until = horizon(today, days);
    let wanted = |c: &Contract| {
        in_window(c, today, until) && controller.is_none_or(|name| has_controller(c, name))
    };
    let mut items: Vec<(Option<&Contract>, Part, DigestItem)> = Vec::new();
    // Plan items: overdue ones only through the finding that reports them.
    let mut listed_overdue = vec![false; plan_items.len()];
    // The plan items of each contract and kind, so that a large register stays linear.
    let mut by_kind: HashMap<(&str, DueKind), Vec<usize>> = HashMap::new();
    for (index, p) in plan_items.iter().enumerate() {
        by_kind.entry((&p.key, p.kind)).or_default().push(index);
    }
    fn indices<'m, 'k>(
        by_kind: &'m HashMap<(&'k str, DueKind), Vec<usize>>,
        key: &'k str,
        kind: DueKind,
    ) -> &'m [usize] {
        by_kind.get(&(key, kind)).map_or(&[], Vec::as_slice)
    }
    // Plan items that an acknowledged finding stands for are left out with it (SPEC §16, §22).
    let mut acknowledged_items = vec![false; plan_items.len()];
    for finding in findings {
        if finding.acknowledged.is_some() {
            if let Some(kind) = stood_for_kind(finding.code) {
                for &index in indices(&by_kind, &finding.contract, kind) {
                    let p = &plan_items[index];
                    // contract-ending is dated the end, its item the day to start procuring.
                    if kind == DueKind::NewProcurement || Some(p.date) == finding.date {
                        acknowledged_items[index] = true;
                    }
                }
            }
            continue;
        }
        let Some(contract) = register.contract(&finding.contract) else {
            items.push((None, Part::Handle, register_item(finding)));
            continue;
        };
        if !wanted(contract) {
            continue;
        }
        let overdue_item = overdue_item_kind(finding.code).and_then(|kind| {
            indices(&by_kind, &contract.key, kind)
                .iter()
                .copied()
                .find(|&i| {
                    let p = &plan_items[i];
                    p.status == ItemStatus::Overdue
                    // contract-ending is dated the end, its item the day to start procuring.
                    && (kind == DueKind::NewProcurement || Some(p.date) == finding.date)
                })
        });
        if let Some(index) = overdue_item {
            if !listed_overdue[index] {
                listed_overdue[index] = true;
                let plan_item = &plan_items[index];
                let mut item = base(
                    contract,
                    ItemKind::Plan(plan_item.kind),
                    Some(plan_item.date),
                );
                item.finding = Some(finding.clone());
                items.push((Some(contract), Part::Overdue, item));
            }
            continue;
        }
        let in_part_two = |kind: DueKind| {
            indices(&by_kind, &contract.key, kind).iter().any(|&i| {
                let p = &plan_items[i];
                Some(p.date) == finding.date
                    && p.status != ItemStatus::Done
                    && today <= p.date
                    && p.date <= until
            })
        };
        let (part, shown) = match finding.code {
            Code::ActionOverdue => (Part::Overdue, true),
            Code::OptionDecisionDue => (Part::Handle, !in_part_two(DueKind::OptionDecision)),
            Code::PriceAdjustmentDue => (Part::Handle, !in_part_two(DueKind::PriceAdjustment)),
            _ => (Part::Handle, true),
        };
        if shown {
            let mut item = base(contract, ItemKind::Finding(finding.code), finding.date);
            item.reference = finding.reference.clone();
            item.period = finding.period;
            if finding.code == Code::ActionOverdue {
                // The action itself says what is late.
                item.note = open_actions(contract, today)
                    .into_iter()
                    .find(|a| a.due == finding.date && a.reference == finding.reference)
                    .map(|a| a.note.clone())
                    .filter(|note| !note.trim().is_empty());
            }
            item.kpi = finding.kpi.as_ref().map(|id| {
                let name = contract.kpis.iter().find(|k| &k.id == id);
                (
                    id.clone(),
                    name.map_or_else(|| id.clone(), |k| k.name.clone()),
                )
            });
            item.finding = Some(finding.clone());
            items.push((Some(contract), part, item));
        }
    }
    for (plan_item, _) in plan_items
        .iter()
        .zip(&acknowledged_items)
        .filter(|(_, acknowledged)| !**acknowledged)
    {
        let upcoming = plan_item.status != ItemStatus::Done
            && today <= plan_item.date
            && plan_item.date <= until;
        let Some(contract) = register.contract(&plan_item.key) else {
            continue;
        };
        if upcoming && wanted(contract) {
            let item = base(
                contract,
                ItemKind::Plan(plan_item.kind),
                Some(plan_item.date),
            );
            items.push((Some(contract), Part::Due, item));
        }
    }
    for contract in register.contracts.iter().filter(|c| wanted(c)) {
        for action in open_actions(contract, today) {
            if action.due.is_some_and(|due| today <= due && due <= until) {
                items.push((Some(contract), Part::Due, action_item(contract, action)));
            }
        }
        for item in kpi_reports(contract, register, today, until) {
            items.push((Some(contract), Part::Due, item));
        }
    }
    group(register, items)
}

/// Sorts the items into one message per controller.
fn group(register: &Register, items: Vec<(Option<&Contract>, Part, DigestItem)>) -> Vec<Digest> {
    // `(true, "")` sorts the message without a controller after every named one.
    let mut messages: BTreeMap<(bool, String), Digest> = BTreeMap::new();
    let mut register_items = Vec::new();
    for (contract, part, item) in items {
        let Some(contract) = contract else {
            register_items.push(item);
            continue;
        };
        let name = contract.roles.controller.clone();
        let slot = (name.is_none(), name.clone().unwrap_or_default());
        let message = messages.entry(slot).or_insert_with(|| Digest {
            email: name.as_deref().and_then(|n| buyer_email(register, n)),
            controller: name,
            overdue: Vec::new(),
            due: Vec::new(),
            handle: Vec::new(),
        });
        message.part_mut(part).push(item);
    }
    let mut all: Vec<Digest> = messages.into_values().collect();
    for message in &mut all {
        message.handle.extend(register_items.iter().cloned());
        for part in [Part::Overdue, Part::Due, Part::Handle] {
            message
                .part_mut(part)
                .sort_by(|a, b| sort_key(a).cmp(&sort_key(b)));
        }
    }
    all
}

type SortKey<'a> = (
    bool,
    Option<NaiveDate>,
    bool,
    Option<&'a str>,
    &'static str,
    Option<&'a str>,
    Option<&'a str>,
    Option<Period>,
);

/// By date (undated last, register findings first among them), contract, kind, ref, kpi, period.
fn sort_key(item: &DigestItem) -> SortKey<'_> {
    (
        item.date.is_none(),
        item.date,
        item.contract.is_some(),
        item.contract.as_deref(),
        item.kind.as_str(),
        item.reference.as_deref(),
        item.kpi.as_ref().map(|(id, _)| id.as_str()),
        item.period,
    )
}

fn base(contract: &Contract, kind: ItemKind, date: Option<NaiveDate>) -> DigestItem {
    DigestItem {
        contract: Some(contract.key.clone()),
        title: contract.title.clone(),
        kind,
        date,
        reference: None,
        kpi: None,
        period: None,
        email: None,
        note: None,
        finding: None,
    }
}

fn register_item(finding: &Finding) -> DigestItem {
    DigestItem {
        contract: None,
        title: String::new(),
        kind: ItemKind::Finding(finding.code),
        date: finding.date,
        reference: finding.reference.clone(),
        kpi: None,
        period: finding.period,
        email: None,
        note: None,
        finding: Some(finding.clone()),
    }
}

fn action_item(contract: &Contract, action: &LogEntry) -> DigestItem {
    let mut item = base(contract, ItemKind::Action, action.due);
    item.reference = action.reference.clone();
    item.note = Some(action.note.clone()).filter(|n| !n.trim().is_empty());
    item
}

/// The KPI periods whose report is due (P.end + `kpi_grace_days`) in [`today`, `until`] without
/// a row, one item per KPI and period, for periods that end in the contract's term.
fn kpi_reports(
    contract: &Contract,
    register: &Register,
    today: NaiveDate,
    until: NaiveDate,
) -> Vec<DigestItem> {
    let grace = Days::new(u64::from(register.settings.kpi_grace_days));
    let mut items = Vec::new();
    let Some(earliest_end) = today.checked_sub_days(grace) else {
        return items;
    };
    for (index, kpi) in contract.kpis.iter().enumerate() {
        let mut period = Period::containing(earliest_end.max(contract.start), kpi.frequency);
        while let Some(due) = period.end().checked_add_days(grace) {
            if due > until || period.end() > contract.effective_end() {
                break;
            }
            let reported = contract
                .kpi_rows
                .iter()
                .any(|r| r.kpi_index() == index && r.period == period);
            // A seasonal KPI is only asked for in its months (SPEC §2.2).
            if due >= today && period.end() >= contract.start && !reported && kpi.reports_in(period)
            {
                let mut item = base(contract, ItemKind::KpiReport, Some(due));
                item.kpi = Some((kpi.id.clone(), kpi.name.clone()));
                item.period = Some(period);
                item.email = supplier_email(contract);
                items.push(item);
            }
            period = period.next();
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

/// The e-mail of the first buyer-side contact named `controller`, in the order of the contracts'
/// keys and then the file.
fn buyer_email(register: &Register, controller: &str) -> Option<String> {
    // The register keeps its contracts sorted by key (`Register::contract` searches them so).
    register.contracts.iter().find_map(|contract| {
        contract
            .contacts
            .iter()
            .filter(|c| c.party == Some(Party::Buyer) && same_name(&c.name, controller))
            .find_map(|c| c.email.clone())
    })
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
        kpi_reports(&register.contracts[0], register, today, until)
            .into_iter()
            .filter_map(|item| item.period)
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn a_seasonal_kpi_is_asked_for_only_in_its_months() {
        // October's value falls due on 2026-11-30, November's on 2026-12-30 (past the horizon).
        assert_eq!(asked_periods(&register_with_kpi(Vec::new())), ["2026-10"]);
        assert!(asked_periods(&register_with_kpi(vec![11, 12, 1, 2, 3])).is_empty());
    }

    /// A contract 2025–2029 of controller Anna whose follow-ups were never held, on `today`
    /// with the plan items and findings of that day.
    fn late(today: &str) -> (Register, Vec<PlanItem>, Vec<Finding>, NaiveDate) {
        let mut c = contract("late", "2025-01-01", "2029-12-31");
        c.roles.controller = Some("Anna Berg".into());
        let register = Register {
            root: std::path::PathBuf::from("."),
            settings: Settings::default(),
            contracts: vec![c],
            spend: Default::default(),
        };
        let today = d(today);
        let items = plan_years(&register, today, 30)
            .flat_map(|year| crate::rules::plan::plan(&register, year, today))
            .collect();
        let findings = crate::rules::checks::check(&register, today);
        (register, items, findings, today)
    }

    #[test]
    fn an_overdue_item_comes_with_its_finding_and_goes_without_it() {
        let (register, items, findings, today) = late("2026-11-22");
        let all = digests(&register, today, 30, None, &items, &findings);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].controller.as_deref(), Some("Anna Berg"));
        let overdue: Vec<(&str, String)> = all[0]
            .overdue
            .iter()
            .map(|i| (i.kind.as_str(), i.date.unwrap().to_string()))
            .collect();
        // The only contract is group 1: follow-ups every 4 months after the first year.
        assert_eq!(overdue, [("followup", "2026-09-01".to_string())]);
        // Leaving the finding out (as an acknowledgement will) leaves the item out too.
        let rest: Vec<Finding> = findings
            .into_iter()
            .filter(|f| f.code != Code::FollowupOverdue)
            .collect();
        let all = digests(&register, today, 30, None, &items, &rest);
        assert!(all.iter().all(|m| m.overdue.is_empty()));
    }

    #[test]
    fn an_acknowledged_finding_leaves_out_the_plan_item_it_stands_for() {
        // The option's notice deadline is 2026-12-30: a warning and an item within 60 days.
        let mut c = contract("option", "2024-07-01", "2027-06-30");
        c.roles.controller = Some("Anna Berg".into());
        c.options = vec![crate::model::test_support::option(12, 6, false, false)];
        let register = Register {
            root: std::path::PathBuf::from("."),
            settings: Settings::default(),
            contracts: vec![c],
            spend: Default::default(),
        };
        let today = d("2026-11-22");
        let items: Vec<PlanItem> = plan_years(&register, today, 60)
            .flat_map(|year| crate::rules::plan::plan(&register, year, today))
            .collect();
        let mut findings = crate::rules::checks::check(&register, today);
        let due_kinds = |findings: &[Finding]| -> Vec<&'static str> {
            digests(&register, today, 60, None, &items, findings)
                .iter()
                .flat_map(|m| m.due.iter().chain(&m.handle))
                .map(|i| i.kind.as_str())
                .collect()
        };
        assert!(due_kinds(&findings).contains(&"option-decision"));
        for finding in &mut findings {
            if finding.code == Code::OptionDecisionDue {
                finding.acknowledged = Some(crate::rules::checks::Acknowledgement {
                    until: d("2027-01-31"),
                    note: "Beslut i nämnden i januari".into(),
                });
            }
        }
        let kinds = due_kinds(&findings);
        assert!(!kinds.contains(&"option-decision"), "{kinds:?}");
        assert!(!kinds.contains(&"option-decision-due"), "{kinds:?}");
    }

    #[test]
    fn nothing_dated_today_or_later_is_overdue_and_the_window_is_inclusive() {
        // Group 1 follow-ups: …, 2026-09-01, then 2027-01-01, on the window's last day.
        let (register, items, findings, today) = late("2026-12-02");
        let all = digests(&register, today, 30, None, &items, &findings);
        let due: Vec<String> = all[0]
            .due
            .iter()
            .map(|i| i.date.unwrap().to_string())
            .collect();
        assert_eq!(due, ["2027-01-01"]);
        assert!(all[0].overdue.iter().all(|i| i.date < Some(today)));
        let all = digests(&register, today, 29, None, &items, &findings);
        assert!(all.iter().all(|m| m.due.is_empty()));
    }
}
