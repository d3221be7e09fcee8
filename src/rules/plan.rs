//! The yearly plan (SPEC §5.2): every due date of a year with its contract's group and status,
//! and the controllers' workload. It stands on both [`super::schedule`] (the due dates) and
//! [`super::status`] (where each one stands), which is why it is a module of its own.

use crate::model::Register;
use crate::rules::priority::priorities;
use crate::rules::schedule::{Due, DueKind};
use crate::rules::status::{ItemStatus, due_statuses};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// One line of the yearly plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    /// The contract's key.
    pub key: String,
    pub date: NaiveDate,
    pub kind: DueKind,
    /// The contract's group in the plan's year.
    pub group: u8,
    /// 1-based number of this item within the contract's dues of the same kind (follow-up 1, 2,
    /// …; for an option decision, the option's position in the contract). It does not change
    /// when a date shifts, so calendar UIDs built from it stay stable.
    pub seq: usize,
    /// Where the item stands on the plan's `today` (SPEC §16).
    pub status: ItemStatus,
}

/// SPEC §5.2: every due date in `year` of the contracts active in `year`, with the group of
/// `year` and the status on `today` (SPEC §16), sorted by date, key, kind.
pub fn plan(register: &Register, year: i32, today: NaiveDate) -> Vec<PlanItem> {
    let groups = priorities(register, year);
    // SPEC §16: an item of another year than today's keeps its year's group and is overdue
    // only when `check` on today (in today's group) reports that date.
    let today_groups = (year != today.year()).then(|| priorities(register, today.year()));
    let mut items = Vec::new();
    for contract in &register.contracts {
        let Some(group) = groups.group(&contract.key) else {
            continue;
        };
        let mut counts = [0usize; DueKind::ALL.len()];
        let reported: Option<Vec<(Due, ItemStatus)>> = today_groups.as_ref().map(|g| {
            let group = g.group(&contract.key).unwrap_or(3);
            due_statuses(contract, group, &register.settings, today)
        });
        for (due, status) in due_statuses(contract, group, &register.settings, today) {
            let count = &mut counts[due.kind as usize];
            *count += 1;
            if due.date.year() != year {
                continue;
            }
            let overdue_today = |list: &Vec<(Due, ItemStatus)>| {
                list.iter()
                    .any(|(d, s)| *d == due && *s == ItemStatus::Overdue)
            };
            // Of another year, the item is overdue exactly when `check` today reports its date.
            let status = match &reported {
                Some(list) if overdue_today(list) => ItemStatus::Overdue,
                Some(_) if status == ItemStatus::Overdue => ItemStatus::Missed,
                _ => status,
            };
            let seq = match due.kind {
                DueKind::OptionDecision => contract.next_option().map_or(1, |i| i + 1),
                _ => *count,
            };
            items.push(PlanItem {
                key: contract.key.clone(),
                date: due.date,
                kind: due.kind,
                group,
                seq,
                status,
            });
        }
    }
    items.sort_by(|a, b| (a.date, &a.key, a.kind, a.seq).cmp(&(b.date, &b.key, b.kind, b.seq)));
    items
}

/// Follow-up meetings of one controller, per month of the plan's year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControllerLoad {
    /// The controller named in `[roles]`; `None` for contracts without one.
    pub controller: Option<String>,
    /// Follow-ups per month, index 0 = January.
    pub months: [usize; 12],
}

impl ControllerLoad {
    /// Follow-ups in the whole year.
    pub fn total(&self) -> usize {
        self.months.iter().sum()
    }
}

/// SPEC §5.2's workload: the number of `followup` items per controller and month, sorted by
/// controller name with contracts without a controller last. Controllers without follow-ups in
/// `items` are not listed.
pub fn workload(register: &Register, items: &[PlanItem]) -> Vec<ControllerLoad> {
    let mut by_controller: BTreeMap<(bool, String), [usize; 12]> = BTreeMap::new();
    for item in items.iter().filter(|i| i.kind == DueKind::Followup) {
        let controller = register
            .contract(&item.key)
            .and_then(|c| c.roles.controller.clone());
        // `true` sorts the missing controller after every named one.
        let slot = (controller.is_none(), controller.unwrap_or_default());
        by_controller.entry(slot).or_insert([0; 12])[item.date.month0() as usize] += 1;
    }
    by_controller
        .into_iter()
        .map(|((missing, name), months)| ControllerLoad {
            controller: (!missing).then_some(name),
            months,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::model::test_support::{contract, d, option};
    use crate::rules::priority::tests::register;
    use crate::rules::schedule::tests::properties::any_contract;
    use proptest::prelude::*;

    #[test]
    fn plan_lists_the_year_with_its_group() {
        let mut big = contract("big", "2026-11-15", "2028-11-14");
        big.annual_value = 5e6;
        big.options = vec![option(12, 6, false, false)];
        let small = contract("small", "2025-06-30", "2028-06-29");
        let mut call_off = contract("call-off", "2026-01-01", "2028-12-31");
        call_off.kind = Kind::NationalCallOff;
        let ended = contract("ended", "2020-01-01", "2026-12-31");
        let r = register(vec![big, small, call_off, ended]);
        let items = plan(&r, 2027, d("2026-11-22"));
        let summary: Vec<(String, &str, &str, u8, usize)> = items
            .iter()
            .map(|i| {
                (
                    i.date.to_string(),
                    i.key.as_str(),
                    i.kind.as_str(),
                    i.group,
                    i.seq,
                )
            })
            .collect();
        // N = 3 in 2027: quotas 1, 1, 1 — big is group 1, small group 2, call-off group 3.
        assert_eq!(
            summary,
            vec![
                ("2027-01-01".into(), "call-off", "followup", 3, 1),
                ("2027-01-15".into(), "big", "followup", 1, 1),
                ("2027-03-15".into(), "big", "followup", 1, 2),
                ("2027-05-15".into(), "big", "followup", 1, 3),
                ("2027-06-29".into(), "small", "new-procurement", 2, 1),
                ("2027-06-30".into(), "small", "followup", 2, 3),
                ("2027-07-15".into(), "big", "followup", 1, 4),
                ("2027-09-15".into(), "big", "followup", 1, 5),
                ("2027-11-15".into(), "big", "followup", 1, 6),
                ("2027-12-31".into(), "call-off", "new-procurement", 3, 1),
            ]
        );
        // The start meeting of 2026-12-15 belongs to 2026's plan.
        let items_2026 = plan(&r, 2026, d("2026-11-22"));
        assert!(
            items_2026
                .iter()
                .any(|i| i.key == "big" && i.kind == DueKind::StartMeeting)
        );
        assert!(items_2026.iter().any(|i| i.key == "ended"));
        assert!(
            plan(&r, 2027, d("2026-11-22"))
                .iter()
                .all(|i| i.key != "ended")
        );
    }

    #[test]
    fn plan_uses_each_years_group() {
        let mut big = contract("big", "2025-01-01", "2029-12-31");
        big.annual_value = 9e6;
        let mut bigger = contract("bigger", "2027-01-01", "2029-12-31");
        bigger.annual_value = 10e6;
        let r = register(vec![
            big,
            bigger,
            contract("small", "2025-01-01", "2029-12-31"),
        ]);
        // 2026: big is group 1 (every 4 months after the first year).
        let big_2026: Vec<u8> = plan(&r, 2026, d("2026-11-22"))
            .iter()
            .filter(|i| i.key == "big" && i.kind == DueKind::Followup)
            .map(|i| i.group)
            .collect();
        assert_eq!(big_2026, [1, 1, 1]);
        // 2027: bigger takes group 1; big drops to group 2, followed up once a year.
        let big_2027: Vec<(String, u8)> = plan(&r, 2027, d("2026-11-22"))
            .iter()
            .filter(|i| i.key == "big" && i.kind == DueKind::Followup)
            .map(|i| (i.date.to_string(), i.group))
            .collect();
        assert_eq!(big_2027, [("2027-01-01".to_string(), 2)]);
    }

    #[test]
    fn another_years_item_is_overdue_only_when_check_reports_its_date() {
        let mut big = contract("big", "2025-01-01", "2029-12-31");
        big.annual_value = 9e6;
        let mut bigger = contract("bigger", "2027-01-01", "2029-12-31");
        bigger.annual_value = 10e6;
        let small = contract("small", "2025-01-01", "2029-12-31");
        let r = register(vec![big, bigger, small]);
        // 2026: big is group 1 (follow-ups 2026-01-01, 05-01, 09-01). On 2027-01-01 big is group
        // 2, whose latest follow-up before today is 2026-01-01: that is what check reports.
        let statuses: Vec<(String, &str)> = plan(&r, 2026, d("2027-01-01"))
            .iter()
            .filter(|i| i.key == "big" && i.kind == DueKind::Followup)
            .map(|i| (i.date.to_string(), i.status.as_str()))
            .collect();
        assert_eq!(
            statuses,
            [
                ("2026-01-01".to_string(), "overdue"),
                ("2026-05-01".to_string(), "missed"),
                ("2026-09-01".to_string(), "missed"),
            ]
        );
        let reported: Vec<String> = crate::rules::checks::check(&r, d("2027-01-01"))
            .iter()
            .filter(|f| f.contract == "big" && f.code.as_str() == "followup-overdue")
            .filter_map(|f| f.date.map(|d| d.to_string()))
            .collect();
        assert_eq!(reported, ["2026-01-01"]);
    }

    #[test]
    fn contracts_touching_the_year_by_one_day() {
        // Ends on Jan 1: active in the year, and its last follow-up falls on that day.
        let ends = contract("ends", "2025-01-01", "2027-01-01");
        // Starts on Dec 31: active in the year, but nothing is due before next year.
        let starts = contract("starts", "2027-12-31", "2029-12-30");
        let r = register(vec![ends, starts]);
        let items = plan(&r, 2027, d("2026-11-22"));
        let keys: Vec<(&str, &str)> = items
            .iter()
            .map(|i| (i.key.as_str(), i.kind.as_str()))
            .collect();
        assert_eq!(keys, [("ends", "followup")]);
        assert_eq!(items[0].date, d("2027-01-01"));
        assert_eq!(priorities(&r, 2027).items.len(), 2);
    }

    #[test]
    fn workload_counts_followups_per_controller_and_month() {
        let mut anna = contract("a", "2026-01-10", "2030-01-01");
        anna.roles.controller = Some("Anna Berg".into());
        anna.priority = Some(1);
        let mut bo = contract("b", "2026-03-01", "2030-01-01");
        bo.roles.controller = Some("Bo Ek".into());
        bo.priority = Some(2);
        let mut nobody = contract("c", "2026-02-01", "2030-01-01");
        nobody.priority = Some(2);
        let r = register(vec![anna, bo, nobody]);
        let items = plan(&r, 2026, d("2026-11-22"));
        let load = workload(&r, &items);
        let names: Vec<Option<&str>> = load.iter().map(|l| l.controller.as_deref()).collect();
        assert_eq!(names, [Some("Anna Berg"), Some("Bo Ek"), None]);
        // Anna: group 1, every 2 months from March; start meetings are not follow-ups.
        assert_eq!(load[0].months, [0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
        assert_eq!(load[0].total(), 5);
        assert_eq!(load[1].months, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
        assert_eq!(load[2].months, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
        assert_eq!(
            load.iter().map(ControllerLoad::total).sum::<usize>(),
            items.iter().filter(|i| i.kind == DueKind::Followup).count()
        );
    }

    proptest! {
        #[test]
        fn plan_items_lie_in_the_year_with_its_group(
            contracts in proptest::collection::vec(any_contract(), 0..8), year in 1995i32..2100
        ) {
            let contracts = contracts.into_iter().enumerate().map(|(i, mut c)| {
                c.key = format!("k{i}");
                c
            }).collect();
            let r = register(contracts);
            let groups = priorities(&r, year);
            let items = plan(&r, year, d("2026-11-22"));
            for item in &items {
                prop_assert_eq!(item.date.year(), year);
                prop_assert_eq!(groups.group(&item.key), Some(item.group));
            }
            prop_assert!(items.windows(2).all(|w| (w[0].date, &w[0].key, w[0].kind) < (w[1].date, &w[1].key, w[1].kind)));
        }
    }
}
