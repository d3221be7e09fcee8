//! Follow-up due dates (SPEC §5.1); the yearly plan built from them is in [`super::plan`].
//!
//! Every date is computed from its anchor (the start or the effective end) in one step with
//! [`add_months`], never by repeated addition, so month-end clamping cannot drift: a contract
//! starting on Jan 31 has follow-ups on Mar 31, May 31, … not on the 28th forever after Feb.

use crate::dates::add_months;
use crate::messages;
use crate::model::{Contract, Kraljic, Language, Settings};
use chrono::{Days, NaiveDate};

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

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::Requirement;
    use crate::model::test_support::{contract, d, option};

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

    /// Strategies shared with the plan's properties (`rules::plan`).
    pub(in crate::rules) mod properties {
        use super::*;
        use crate::dates::days_in_month;
        use chrono::Datelike;
        use proptest::prelude::*;

        fn any_date() -> impl Strategy<Value = NaiveDate> {
            (1990i32..2100, 1u32..=12, 1u32..=31).prop_map(|(y, m, day)| {
                NaiveDate::from_ymd_opt(y, m, day.min(days_in_month(y, m))).unwrap()
            })
        }

        pub(in crate::rules) fn any_contract() -> impl Strategy<Value = Contract> {
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
            fn dues_sorted(c in any_contract(), s in any_settings(), group in 1u8..=3) {
                let all = dues(&c, group, &s);
                prop_assert!(all.windows(2).all(|w| (w[0].date, w[0].kind) <= (w[1].date, w[1].kind)));
            }
        }
    }
}
