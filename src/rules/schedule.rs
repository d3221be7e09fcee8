//! Follow-up due dates and the yearly plan (SPEC §5.1–§5.2).
//!
//! Every date is computed from its anchor (the start or the effective end) in one step with
//! [`add_months`], never by repeated addition, so month-end clamping cannot drift: a contract
//! starting on Jan 31 has follow-ups on Mar 31, May 31, … not on the 28th forever after Feb.

use crate::dates::add_months;
use crate::messages;
use crate::model::{Contract, Kraljic, Language, Register, Settings};
use crate::rules::priority::priorities;
use crate::rules::status::{ItemStatus, due_statuses};
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

/// What is due. The derived order (the declaration order) breaks ties between items on one date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DueKind {
    StartMeeting,
    Followup,
    QualificationCheck,
    OptionDecision,
    NewProcurement,
    /// An adjustment date of the index clause (SPEC §13).
    PriceAdjustment,
}

impl DueKind {
    /// Every kind, in order.
    pub const ALL: [DueKind; 6] = [
        DueKind::StartMeeting,
        DueKind::Followup,
        DueKind::QualificationCheck,
        DueKind::OptionDecision,
        DueKind::NewProcurement,
        DueKind::PriceAdjustment,
    ];

    /// The spelling used in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            DueKind::StartMeeting => "start-meeting",
            DueKind::Followup => "followup",
            DueKind::QualificationCheck => "qualification-check",
            DueKind::OptionDecision => "option-decision",
            DueKind::NewProcurement => "new-procurement",
            DueKind::PriceAdjustment => "price-adjustment",
        }
    }
}

/// One due date of one contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Due {
    pub date: NaiveDate,
    pub kind: DueKind,
}

/// The cadence index of a group (1..=3), tolerating an out-of-range value.
fn group_index(group: u8) -> usize {
    usize::from(group.clamp(1, 3) - 1)
}

/// `add_months(anchor, months)` for a month count that may exceed `i32`; `None` past the range.
fn months_after(anchor: NaiveDate, months: u64) -> Option<NaiveDate> {
    i32::try_from(months).ok().map(|m| add_months(anchor, m))
}

/// Start meeting: `start + start_meeting_days` days, unless that is after the effective end.
pub fn start_meeting_due(contract: &Contract, settings: &Settings) -> Option<NaiveDate> {
    let due = contract
        .start
        .checked_add_days(Days::new(u64::from(settings.cadence.start_meeting_days)))?;
    (due <= contract.effective_end()).then_some(due)
}

/// Follow-ups for a contract in `group`: every `F` months in the first year (while `k*F <= 12`),
/// then every `I` months after the first year, up to the effective end. Strictly increasing.
pub fn followup_dues(contract: &Contract, group: u8, settings: &Settings) -> Vec<NaiveDate> {
    let g = group_index(group);
    let first = u64::from(settings.cadence.first_year_interval_months[g]);
    let later = u64::from(settings.cadence.interval_months[g]);
    let end = contract.effective_end();
    let mut dues = Vec::new();
    // A zero interval would repeat the same date forever; it means "no follow-ups" here.
    if first > 0 {
        let mut k = 1;
        while k * first <= 12 {
            match months_after(contract.start, k * first) {
                Some(due) if due <= end => dues.push(due),
                _ => return dues,
            }
            k += 1;
        }
    }
    if later > 0 {
        let mut j = 1;
        while let Some(due) = months_after(contract.start, 12 + j * later) {
            if due > end {
                break;
            }
            dues.push(due);
            j += 1;
        }
    }
    dues
}

/// Qualification checks: every `qualification_interval_months` from the start, up to the
/// effective end; none when the contract lists no requirements.
pub fn qualification_dues(contract: &Contract, settings: &Settings) -> Vec<NaiveDate> {
    let interval = u64::from(settings.cadence.qualification_interval_months);
    let mut dues = Vec::new();
    if contract.requirements.is_empty() || interval == 0 {
        return dues;
    }
    let end = contract.effective_end();
    let mut k = 1;
    while let Some(due) = months_after(contract.start, k * interval) {
        if due > end {
            break;
        }
        dues.push(due);
        k += 1;
    }
    dues
}

/// The notice deadline of the next option (see [`Contract::next_option`]).
pub fn option_decision_due(contract: &Contract) -> Option<NaiveDate> {
    // notice_months >= 0, so the deadline is never after the effective end.
    contract
        .next_option_deadline()
        .filter(|&due| due <= contract.effective_end())
}

/// The latest end the contract can reach: the effective end plus every option that may still
/// be exercised (from the next option up to the first declined one); the effective end when
/// none is left.
pub fn latest_possible_end(contract: &Contract) -> NaiveDate {
    let Some(next) = contract.next_option() else {
        return contract.effective_end();
    };
    let months: u64 = contract.options[next..]
        .iter()
        .take_while(|o| !o.declined)
        .map(|o| u64::from(o.months))
        .sum();
    months_after(contract.effective_end(), months).unwrap_or(NaiveDate::MAX)
}

/// When the next procurement should start: `renewal_lead_months` before the effective end, when
/// no next option exists and no successor is named.
pub fn new_procurement_due(contract: &Contract, settings: &Settings) -> Option<NaiveDate> {
    if contract.next_option().is_some() || contract.successor.is_some() {
        return None;
    }
    let lead = i32::try_from(settings.renewal_lead_months).unwrap_or(i32::MAX);
    Some(add_months(contract.effective_end(), -lead))
}

/// Every due date of a contract in `group`, sorted by date, then kind.
pub fn dues(contract: &Contract, group: u8, settings: &Settings) -> Vec<Due> {
    let mut all = Vec::new();
    let mut push = |kind: DueKind, dates: &mut dyn Iterator<Item = NaiveDate>| {
        all.extend(dates.map(|date| Due { date, kind }));
    };
    push(
        DueKind::StartMeeting,
        &mut start_meeting_due(contract, settings).into_iter(),
    );
    push(
        DueKind::Followup,
        &mut followup_dues(contract, group, settings).into_iter(),
    );
    push(
        DueKind::QualificationCheck,
        &mut qualification_dues(contract, settings).into_iter(),
    );
    push(
        DueKind::OptionDecision,
        &mut option_decision_due(contract).into_iter(),
    );
    push(
        DueKind::NewProcurement,
        &mut new_procurement_due(contract, settings).into_iter(),
    );
    if let Some(clause) = &contract.price_adjustment {
        let dates = crate::rules::price::adjustment_dates(clause, contract.effective_end());
        push(DueKind::PriceAdjustment, &mut dates.into_iter());
    }
    all.sort();
    all
}

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
    let mut items = Vec::new();
    for contract in &register.contracts {
        let Some(group) = groups.group(&contract.key) else {
            continue;
        };
        let mut counts = [0usize; DueKind::ALL.len()];
        for (due, status) in due_statuses(contract, group, &register.settings, today) {
            let count = &mut counts[due.kind as usize];
            *count += 1;
            if due.date.year() != year {
                continue;
            }
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

impl DueKind {
    /// What is due, as a person says it: "Uppföljningsmöte" / "Follow-up meeting".
    pub fn label(self, lang: Language) -> &'static str {
        let m = messages::of(lang);
        match self {
            DueKind::StartMeeting => m.due_start_meeting(),
            DueKind::Followup => m.due_followup(),
            DueKind::QualificationCheck => m.due_qualification_check(),
            DueKind::OptionDecision => m.due_option_decision(),
            DueKind::NewProcurement => m.due_new_procurement(),
            DueKind::PriceAdjustment => m.due_price_adjustment(),
        }
    }

    /// Whether a calendar should remind of it weeks ahead: decisions that take preparation.
    pub fn needs_reminders(self) -> bool {
        matches!(self, DueKind::OptionDecision | DueKind::NewProcurement)
    }

    /// Whether this is a meeting with the supplier (where the Kraljic focus applies).
    pub fn is_meeting(self) -> bool {
        matches!(self, DueKind::StartMeeting | DueKind::Followup)
    }
}

/// What a follow-up meeting concentrates on, by Kraljic segment (DOMAIN.md, seed 003); "–"
/// when the contract has no segment.
pub fn kraljic_focus(kraljic: Option<Kraljic>, lang: Language) -> &'static str {
    let m = messages::of(lang);
    match kraljic {
        Some(Kraljic::Strategic) => m.focus_strategic(),
        Some(Kraljic::Leverage) => m.focus_leverage(),
        Some(Kraljic::Bottleneck) => m.focus_bottleneck(),
        Some(Kraljic::NonCritical) => m.focus_non_critical(),
        None => "–",
    }
}

/// The name of `month` (1..=12): "januari" / "January".
pub fn month_name(month: u32, lang: Language) -> &'static str {
    messages::of(lang).month_name(month)
}

/// The three-letter name of `month` (1..=12): "maj" / "May".
pub fn month_abbreviation(month: u32, lang: Language) -> &'static str {
    messages::of(lang).month_abbreviation(month)
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
    use crate::model::test_support::{contract, d, option};
    use crate::model::{Kind, Register, Requirement};
    use std::path::PathBuf;

    fn settings() -> Settings {
        Settings::default()
    }

    fn dates(texts: &[&str]) -> Vec<NaiveDate> {
        texts.iter().map(|t| d(t)).collect()
    }

    fn with_requirement(mut c: Contract) -> Contract {
        c.requirements.push(Requirement {
            name: "Kreditvärdighet".into(),
        });
        c
    }

    #[test]
    fn due_kind_order_and_names() {
        let mut kinds = DueKind::ALL.to_vec();
        kinds.reverse();
        kinds.sort();
        assert_eq!(kinds, DueKind::ALL);
        let names: Vec<&str> = DueKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "start-meeting",
                "followup",
                "qualification-check",
                "option-decision",
                "new-procurement",
                "price-adjustment"
            ]
        );
    }

    #[test]
    fn latest_possible_end_adds_every_remaining_option() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        assert_eq!(latest_possible_end(&c), d("2026-02-28"));
        c.options = vec![
            option(12, 6, true, false),
            option(12, 6, false, false),
            option(6, 3, false, false),
        ];
        // Exercised: 2027-02-28; two more options of 12 + 6 months.
        assert_eq!(latest_possible_end(&c), d("2028-08-28"));
        c.options[2].declined = true;
        assert_eq!(latest_possible_end(&c), d("2028-02-28"));
        c.terminated = Some(d("2025-06-30"));
        assert_eq!(latest_possible_end(&c), d("2025-06-30"));
    }

    #[test]
    fn start_meeting_is_days_after_start() {
        let c = contract("a", "2026-12-15", "2028-12-14");
        assert_eq!(start_meeting_due(&c, &settings()), Some(d("2027-01-14")));
        // Dropped when the contract ends before it.
        let short = contract("b", "2026-01-01", "2026-01-30");
        assert_eq!(start_meeting_due(&short, &settings()), None);
        // Kept when it falls on the last day.
        let exact = contract("c", "2026-01-01", "2026-01-31");
        assert_eq!(
            start_meeting_due(&exact, &settings()),
            Some(d("2026-01-31"))
        );
    }

    #[test]
    fn group_1_followups_every_2_then_4_months() {
        let c = contract("a", "2024-03-01", "2026-03-01");
        assert_eq!(
            followup_dues(&c, 1, &settings()),
            dates(&[
                "2024-05-01",
                "2024-07-01",
                "2024-09-01",
                "2024-11-01",
                "2025-01-01",
                "2025-03-01",
                "2025-07-01",
                "2025-11-01",
                "2026-03-01", // on the effective end: kept
            ])
        );
    }

    #[test]
    fn group_2_and_3_followups() {
        let c = contract("a", "2024-03-01", "2028-02-29");
        assert_eq!(
            followup_dues(&c, 2, &settings()),
            dates(&["2024-09-01", "2025-03-01", "2026-03-01", "2027-03-01"])
        );
        assert_eq!(
            followup_dues(&c, 3, &settings()),
            dates(&["2025-03-01", "2027-03-01"])
        );
    }

    #[test]
    fn month_end_start_clamps_without_drift() {
        // Jan 31 + 1 month is Feb 29 in a leap year and Feb 28 otherwise, and March is the 31st
        // again because every date is computed from the start.
        let mut s = settings();
        s.cadence.first_year_interval_months = [1, 6, 12];
        let leap = contract("a", "2024-01-31", "2024-04-30");
        assert_eq!(
            followup_dues(&leap, 1, &s),
            dates(&["2024-02-29", "2024-03-31", "2024-04-30"])
        );
        let common = contract("b", "2023-01-31", "2023-03-31");
        assert_eq!(
            followup_dues(&common, 1, &s),
            dates(&["2023-02-28", "2023-03-31"])
        );
        // Aug 31 + 6 months = Feb 28 (common) or Feb 29 (leap).
        let aug = contract("c", "2024-08-31", "2025-12-31");
        assert_eq!(
            followup_dues(&aug, 2, &settings()),
            dates(&["2025-02-28", "2025-08-31"])
        );
        let aug_leap = contract("d", "2023-08-31", "2024-12-31");
        assert_eq!(followup_dues(&aug_leap, 2, &settings())[0], d("2024-02-29"));
        // Started on Feb 29: a year later is Feb 28, four years later Feb 29 again.
        let feb29 = contract("e", "2024-02-29", "2028-12-31");
        assert_eq!(
            followup_dues(&feb29, 3, &settings()),
            dates(&["2025-02-28", "2027-02-28"])
        );
        let mut s = settings();
        s.cadence.interval_months[2] = 48;
        assert_eq!(followup_dues(&feb29, 3, &s), dates(&["2025-02-28"]));
        s.cadence.interval_months[2] = 36;
        assert_eq!(
            followup_dues(&feb29, 3, &s),
            dates(&["2025-02-28", "2028-02-29"])
        );
    }

    #[test]
    fn first_year_interval_not_dividing_twelve() {
        let mut s = settings();
        s.cadence.first_year_interval_months = [5, 6, 12];
        s.cadence.interval_months = [7, 12, 24];
        let c = contract("a", "2026-01-15", "2028-01-15");
        // 5, 10 (15 > 12 stops), then 12 + 7 = 19.
        assert_eq!(
            followup_dues(&c, 1, &s),
            dates(&["2026-06-15", "2026-11-15", "2027-08-15"])
        );
    }

    #[test]
    fn zero_intervals_do_not_loop() {
        let mut s = settings();
        s.cadence.first_year_interval_months = [0, 0, 0];
        s.cadence.interval_months = [0, 0, 0];
        s.cadence.qualification_interval_months = 0;
        let c = with_requirement(contract("a", "2026-01-15", "2028-01-15"));
        assert!(followup_dues(&c, 1, &s).is_empty());
        assert!(qualification_dues(&c, &s).is_empty());
    }

    #[test]
    fn terminated_contract_drops_later_dues() {
        let mut c = with_requirement(contract("a", "2024-03-01", "2028-02-29"));
        c.options = vec![option(12, 6, false, false)];
        c.terminated = Some(d("2025-03-01"));
        assert_eq!(
            followup_dues(&c, 2, &settings()),
            dates(&["2024-09-01", "2025-03-01"])
        );
        assert_eq!(qualification_dues(&c, &settings()), dates(&["2025-03-01"]));
        assert_eq!(option_decision_due(&c), None);
        // No next option after termination: a new procurement 12 months before the end.
        assert_eq!(new_procurement_due(&c, &settings()), Some(d("2024-03-01")));
    }

    #[test]
    fn qualification_checks_only_with_requirements() {
        let c = contract("a", "2024-03-01", "2027-02-28");
        assert!(qualification_dues(&c, &settings()).is_empty());
        let c = with_requirement(c);
        assert_eq!(
            qualification_dues(&c, &settings()),
            dates(&["2025-03-01", "2026-03-01"])
        );
    }

    #[test]
    fn options_pending_exercised_declined() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        c.options = vec![option(12, 6, false, false), option(12, 9, false, false)];
        assert_eq!(option_decision_due(&c), Some(d("2025-08-28")));
        assert_eq!(new_procurement_due(&c, &settings()), None);
        // First exercised: the end moves a year and the second option's notice is 9 months.
        c.options[0].exercised = true;
        assert_eq!(c.effective_end(), d("2027-02-28"));
        assert_eq!(option_decision_due(&c), Some(d("2026-05-28")));
        // Both exercised: no option left, so a new procurement.
        c.options[1].exercised = true;
        assert_eq!(option_decision_due(&c), None);
        assert_eq!(new_procurement_due(&c, &settings()), Some(d("2027-02-28")));
        // Follow-ups run to the extended end.
        assert_eq!(
            followup_dues(&c, 3, &settings()).last(),
            Some(&d("2027-03-01"))
        );
    }

    #[test]
    fn declined_option_followed_by_another() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        c.options = vec![option(12, 6, false, true), option(12, 6, false, false)];
        assert_eq!(option_decision_due(&c), None);
        assert_eq!(new_procurement_due(&c, &settings()), Some(d("2025-02-28")));
    }

    #[test]
    fn successor_suppresses_new_procurement() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        c.successor = Some("b".into());
        assert_eq!(new_procurement_due(&c, &settings()), None);
    }

    #[test]
    fn dues_are_sorted_by_date_then_kind() {
        // A one-year contract where a follow-up, a qualification check and the option decision
        // fall on the same day.
        let mut c = with_requirement(contract("a", "2025-03-01", "2026-09-01"));
        c.options = vec![option(12, 6, false, false)];
        let all = dues(&c, 2, &settings());
        let pairs: Vec<(NaiveDate, DueKind)> = all.iter().map(|x| (x.date, x.kind)).collect();
        assert_eq!(
            pairs,
            [
                (d("2025-03-31"), DueKind::StartMeeting),
                (d("2025-09-01"), DueKind::Followup),
                (d("2026-03-01"), DueKind::Followup),
                (d("2026-03-01"), DueKind::QualificationCheck),
                (d("2026-03-01"), DueKind::OptionDecision),
            ]
        );
    }

    fn register(contracts: Vec<Contract>) -> Register {
        let mut contracts = contracts;
        contracts.sort_by(|a, b| a.key.cmp(&b.key));
        Register {
            root: PathBuf::from("."),
            settings: Settings::default(),
            contracts,
            spend: Default::default(),
        }
    }

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

    #[test]
    fn labels() {
        assert_eq!(DueKind::Followup.label(Language::Sv), "Uppföljningsmöte");
        assert_eq!(
            DueKind::NewProcurement.label(Language::En),
            "Start new procurement"
        );
        assert_eq!(
            kraljic_focus(Some(Kraljic::Leverage), Language::Sv),
            "pris- och fakturakontroll"
        );
        assert_eq!(kraljic_focus(None, Language::En), "–");
        assert_eq!(month_name(1, Language::Sv), "januari");
        assert_eq!(month_name(12, Language::En), "December");
        assert_eq!(month_abbreviation(10, Language::Sv), "okt");
    }

    mod properties {
        use super::*;
        use crate::dates::days_in_month;
        use proptest::prelude::*;

        fn any_date() -> impl Strategy<Value = NaiveDate> {
            (1990i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
                NaiveDate::from_ymd_opt(y, m, day.min(days_in_month(y, m))).unwrap()
            })
        }

        fn any_contract() -> impl Strategy<Value = Contract> {
            (
                any_date(),
                0i64..4000,
                proptest::option::of(0i64..4000),
                proptest::collection::vec((1u32..36, 0u32..24, 0u8..3), 0..4),
                any::<bool>(),
            )
                .prop_map(|(start, length, terminated, options, requirement)| {
                    let mut c = contract("p", "2000-01-01", "2000-01-01");
                    c.start = start;
                    c.end = start + chrono::Duration::days(length);
                    c.terminated = terminated.map(|t| start + chrono::Duration::days(t));
                    // Valid options: exercised ones first, then at most one declined state.
                    let mut blocked = false;
                    c.options = options
                        .into_iter()
                        .map(|(months, notice, state)| {
                            let exercised = state == 1 && !blocked;
                            let declined = state == 2;
                            blocked |= !exercised;
                            option(months, notice, exercised, declined)
                        })
                        .collect();
                    if requirement {
                        c.requirements.push(Requirement { name: "x".into() });
                    }
                    c
                })
        }

        fn any_settings() -> impl Strategy<Value = Settings> {
            (
                proptest::array::uniform3(1u32..30),
                proptest::array::uniform3(1u32..13),
                0u32..120,
                1u32..30,
            )
                .prop_map(|(interval, first, days, qualification)| {
                    let mut s = Settings::default();
                    s.cadence.interval_months = interval;
                    s.cadence.first_year_interval_months = first;
                    s.cadence.start_meeting_days = days;
                    s.cadence.qualification_interval_months = qualification;
                    s
                })
        }

        proptest! {
            #[test]
            fn add_months_keeps_the_day_or_clamps(date in any_date(), n in -600i32..600) {
                let result = add_months(date, n);
                let months = (result.year() - date.year()) * 12
                    + result.month() as i32 - date.month() as i32;
                prop_assert_eq!(months, n);
                prop_assert_eq!(
                    result.day(),
                    date.day().min(days_in_month(result.year(), result.month()))
                );
            }

            #[test]
            fn meeting_dues_lie_within_the_term(
                c in any_contract(), s in any_settings(), group in 1u8..=3
            ) {
                let end = c.effective_end();
                let mut meetings = followup_dues(&c, group, &s);
                meetings.extend(qualification_dues(&c, &s));
                meetings.extend(start_meeting_due(&c, &s));
                for due in meetings {
                    prop_assert!(c.start <= due && due <= end, "{} not in [{}, {}]", due, c.start, end);
                }
                // Deadlines count back from the end, so they may precede the start, never the end.
                for due in dues(&c, group, &s) {
                    prop_assert!(due.date <= end);
                }
            }

            #[test]
            fn followups_strictly_increase(
                c in any_contract(), s in any_settings(), group in 1u8..=3
            ) {
                let dues = followup_dues(&c, group, &s);
                prop_assert!(dues.windows(2).all(|w| w[0] < w[1]));
                let checks = qualification_dues(&c, &s);
                prop_assert!(checks.windows(2).all(|w| w[0] < w[1]));
            }

            #[test]
            fn followups_are_one_step_from_the_start(
                c in any_contract(), s in any_settings(), group in 1u8..=3
            ) {
                // Each due date is add_months(start, m) for its own m: the day is the start's day
                // or the last day of a shorter month, never drifting lower.
                for due in followup_dues(&c, group, &s) {
                    prop_assert_eq!(
                        due.day(),
                        c.start.day().min(days_in_month(due.year(), due.month()))
                    );
                }
            }

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

            #[test]
            fn dues_sorted(c in any_contract(), s in any_settings(), group in 1u8..=3) {
                let all = dues(&c, group, &s);
                prop_assert!(all.windows(2).all(|w| (w[0].date, w[0].kind) <= (w[1].date, w[1].kind)));
            }
        }
    }
}
