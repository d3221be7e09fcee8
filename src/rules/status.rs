//! The status of every due date (SPEC §16): `done`, `overdue`, `missed` or `upcoming`.
//!
//! This is the one rule behind both `avtal plan`'s status column and the date-based findings of
//! `avtal check` (`start-meeting-overdue`, `followup-overdue`, `qualification-check-overdue`,
//! `option-decision-missed`, `contract-ending`): check reports exactly the items this module
//! calls overdue, so the two can never disagree.

use crate::model::{Contract, LogType, Settings};
use crate::rules::price;
use crate::rules::schedule::{Due, DueKind, dues};
use chrono::{Days, NaiveDate};

/// Where a due date stands on `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemStatus {
    /// The journal holds the entry that satisfies it (by the rules of `check`).
    Done,
    /// `check` reports it today.
    Overdue,
    /// It passed without an entry and a later due date superseded it.
    Missed,
    /// Due today or later, and not done.
    Upcoming,
}

impl ItemStatus {
    /// The spelling in JSON, CSV and workbooks.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Done => "done",
            ItemStatus::Overdue => "overdue",
            ItemStatus::Missed => "missed",
            ItemStatus::Upcoming => "upcoming",
        }
    }

    /// As a person says it: "klar" / "done".
    pub fn label(self, lang: crate::model::Language) -> &'static str {
        let m = crate::messages::of(lang);
        match self {
            ItemStatus::Done => m.status_done(),
            ItemStatus::Overdue => m.status_overdue(),
            ItemStatus::Missed => m.status_missed(),
            ItemStatus::Upcoming => m.status_upcoming(),
        }
    }
}

/// Every due date of `contract` in `group` (as [`dues`] gives them) with its status on `today`.
/// Journal entries dated after `today` are ignored, as in every rule.
pub fn due_statuses(
    contract: &Contract,
    group: u8,
    settings: &Settings,
    today: NaiveDate,
) -> Vec<(Due, ItemStatus)> {
    let all = dues(contract, group, settings);
    let logged = |kind: LogType| -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = contract
            .log
            .iter()
            .filter(|e| e.kind == kind && e.date <= today)
            .map(|e| e.date)
            .collect();
        dates.sort_unstable();
        dates
    };
    let followups = logged(LogType::Followup);
    let checks = logged(LogType::QualificationCheck);
    let started = contract
        .log
        .iter()
        .any(|e| e.kind == LogType::StartMeeting && e.date <= today);
    let windowed = |kind: DueKind| -> Vec<NaiveDate> {
        all.iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.date)
            .collect()
    };
    let followup_status = window_statuses(
        contract.start,
        &windowed(DueKind::Followup),
        &followups,
        today,
    );
    let check_status = window_statuses(
        contract.start,
        &windowed(DueKind::QualificationCheck),
        &checks,
        today,
    );
    let (mut f, mut q) = (followup_status.into_iter(), check_status.into_iter());
    let adjustments = price::adjustments(contract);
    let unrecorded = price::unrecorded(contract, &adjustments, today);
    // `check` looks only at contracts active today: what an ended contract left undone is
    // missed, not overdue.
    let active = contract.is_active_on(today);
    all.into_iter()
        .map(|due| {
            let status = match due.kind {
                DueKind::StartMeeting => start_meeting_status(due.date, started, today),
                DueKind::Followup => f.next().unwrap_or(ItemStatus::Upcoming),
                DueKind::QualificationCheck => q.next().unwrap_or(ItemStatus::Upcoming),
                DueKind::PriceAdjustment => {
                    price_status(contract, &adjustments, &unrecorded, due.date, today)
                }
                // Deciding on an option makes the next option another one, and starting a
                // procurement is not journalled: these items are never done, only late.
                DueKind::OptionDecision | DueKind::NewProcurement => {
                    if due.date < today {
                        ItemStatus::Overdue
                    } else {
                        ItemStatus::Upcoming
                    }
                }
            };
            match status {
                ItemStatus::Overdue if !active => (due, ItemStatus::Missed),
                _ => (due, status),
            }
        })
        .collect()
}

/// SPEC §16: an adjustment date is done when a `price-adjustment` entry records it, or when it
/// has passed and the rule of §13 adjusted nothing on it; overdue when `check` reports it
/// unrecorded; upcoming from today on; otherwise missed.
fn price_status(
    contract: &Contract,
    adjustments: &[price::Adjustment],
    unrecorded: &[NaiveDate],
    date: NaiveDate,
    today: NaiveDate,
) -> ItemStatus {
    let nothing_to_do = || {
        adjustments
            .iter()
            .any(|a| a.date == date && price::nothing_to_adjust(a))
    };
    if price::recorded(contract, date, today) || (date < today && nothing_to_do()) {
        ItemStatus::Done
    } else if date >= today {
        ItemStatus::Upcoming
    } else if unrecorded.contains(&date) {
        ItemStatus::Overdue
    } else {
        ItemStatus::Missed
    }
}

/// Start meeting due D: done when one is logged; overdue when today > D and D is at most 365
/// days ago (older contracts are not nagged forever); otherwise missed when past.
fn start_meeting_status(due: NaiveDate, held: bool, today: NaiveDate) -> ItemStatus {
    let year_ago = today
        .checked_sub_days(Days::new(365))
        .unwrap_or(NaiveDate::MIN);
    if held {
        ItemStatus::Done
    } else if today <= due {
        ItemStatus::Upcoming
    } else if due >= year_ago {
        ItemStatus::Overdue
    } else {
        ItemStatus::Missed
    }
}

/// The window rule of SPEC §5.3 for follow-ups and qualification checks, for every due date at
/// once. `check` on a day T looks at d_k, the latest due date before T, and wants an entry in
/// (d_{k-1}, T] (for k = 1 in [start, T]). Each d_i is that d_k for every T in (d_i, d_{i+1}],
/// so d_i is done when an entry lies in (d_{i-1}, min(d_{i+1}, today)]; it is overdue when it is
/// today's d_k without such an entry, and missed when a later due date has passed too.
/// `entries` is sorted; the result has one status per element of `dues`.
fn window_statuses(
    start: NaiveDate,
    dues: &[NaiveDate],
    entries: &[NaiveDate],
    today: NaiveDate,
) -> Vec<ItemStatus> {
    let latest_past = dues.partition_point(|due| *due < today);
    dues.iter()
        .enumerate()
        .map(|(i, &due)| {
            let upper = dues.get(i + 1).map_or(today, |&next| next.min(today));
            // First entry after the lower bound (start itself counts for the first due date).
            let from = match i {
                0 => entries.partition_point(|e| *e < start),
                _ => entries.partition_point(|e| *e <= dues[i - 1]),
            };
            let done = entries.get(from).is_some_and(|e| *e <= upper);
            if done {
                ItemStatus::Done
            } else if due >= today {
                ItemStatus::Upcoming
            } else if i + 1 == latest_past {
                ItemStatus::Overdue
            } else {
                ItemStatus::Missed
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{contract, d, log_entry, option};

    fn of(c: &Contract, group: u8, today: &str, kind: DueKind) -> Vec<(String, &'static str)> {
        due_statuses(c, group, &Settings::default(), d(today))
            .into_iter()
            .filter(|(due, _)| due.kind == kind)
            .map(|(due, s)| (due.date.to_string(), s.as_str()))
            .collect()
    }

    fn pairs(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|(a, b)| (a.to_string(), *b)).collect()
    }

    #[test]
    fn follow_up_due_today_is_upcoming_and_overdue_the_day_after() {
        // Group 3: first-year follow-up every 12 months → 2027-01-01, then 2029-01-01.
        let c = contract("a", "2026-01-01", "2030-12-31");
        assert_eq!(
            of(&c, 3, "2027-01-01", DueKind::Followup),
            pairs(&[("2027-01-01", "upcoming"), ("2029-01-01", "upcoming")])
        );
        assert_eq!(
            of(&c, 3, "2027-01-02", DueKind::Followup),
            pairs(&[("2027-01-01", "overdue"), ("2029-01-01", "upcoming")])
        );
    }

    #[test]
    fn follow_up_due_yesterday_with_and_without_entry() {
        let mut c = contract("a", "2026-01-01", "2030-12-31");
        assert_eq!(
            of(&c, 3, "2027-01-02", DueKind::Followup)[0],
            ("2027-01-01".to_string(), "overdue")
        );
        // An entry on the start day counts for the first due date.
        c.log.push(log_entry("2026-01-01", LogType::Followup));
        assert_eq!(
            of(&c, 3, "2027-01-02", DueKind::Followup)[0],
            ("2027-01-01".to_string(), "done")
        );
        // An entry after today does not count yet.
        c.log[0].date = d("2027-01-03");
        assert_eq!(
            of(&c, 3, "2027-01-02", DueKind::Followup)[0],
            ("2027-01-01".to_string(), "overdue")
        );
    }

    #[test]
    fn a_superseded_follow_up_is_missed_and_late_entries_count() {
        // Group 1: first year every 2 months → 03-01, 05-01, …
        let mut c = contract("a", "2026-01-01", "2028-12-31");
        let statuses = of(&c, 1, "2026-05-02", DueKind::Followup);
        assert_eq!(statuses[0], ("2026-03-01".to_string(), "missed"));
        assert_eq!(statuses[1], ("2026-05-01".to_string(), "overdue"));
        assert_eq!(statuses[2], ("2026-07-01".to_string(), "upcoming"));
        // A meeting late for 03-01 (on 04-10) satisfies both 03-01 and 05-01, as check says.
        c.log.push(log_entry("2026-04-10", LogType::Followup));
        let statuses = of(&c, 1, "2026-05-02", DueKind::Followup);
        assert_eq!(statuses[0].1, "done");
        assert_eq!(statuses[1].1, "done");
        // An entry on the next due date itself still counts for the earlier one.
        c.log[0].date = d("2026-05-01");
        assert_eq!(of(&c, 1, "2026-05-02", DueKind::Followup)[0].1, "done");
    }

    #[test]
    fn start_meeting_statuses() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        assert_eq!(
            of(&c, 3, "2026-01-31", DueKind::StartMeeting),
            pairs(&[("2026-01-31", "upcoming")])
        );
        assert_eq!(
            of(&c, 3, "2026-02-01", DueKind::StartMeeting),
            pairs(&[("2026-01-31", "overdue")])
        );
        assert_eq!(
            of(&c, 3, "2027-02-01", DueKind::StartMeeting),
            pairs(&[("2026-01-31", "missed")])
        );
        c.log.push(log_entry("2026-02-10", LogType::StartMeeting));
        assert_eq!(
            of(&c, 3, "2026-03-01", DueKind::StartMeeting),
            pairs(&[("2026-01-31", "done")])
        );
    }

    #[test]
    fn nothing_is_overdue_on_an_ended_contract() {
        let c = contract("a", "2026-01-01", "2027-01-01");
        assert_eq!(
            of(&c, 3, "2027-01-01", DueKind::Followup),
            pairs(&[("2027-01-01", "upcoming")])
        );
        assert_eq!(
            of(&c, 3, "2027-01-02", DueKind::Followup),
            pairs(&[("2027-01-01", "missed")])
        );
    }

    #[test]
    fn option_decision_is_overdue_after_its_deadline() {
        let mut c = contract("a", "2026-01-01", "2027-12-31");
        c.options.push(option(12, 6, false, false));
        assert_eq!(
            of(&c, 3, "2027-06-30", DueKind::OptionDecision),
            pairs(&[("2027-06-30", "upcoming")])
        );
        assert_eq!(
            of(&c, 3, "2027-07-01", DueKind::OptionDecision),
            pairs(&[("2027-06-30", "overdue")])
        );
    }

    /// A contract 2024–2028 with an index clause on 2025-03-01, 2026-03-01, 2027-03-01, …:
    /// +5 % on 2025 (applied), +0.5 % on 2026 (under a 2 % threshold), 2027 without values.
    fn indexed() -> Contract {
        let mut c = contract("a", "2024-01-01", "2028-12-31");
        let mut clause = crate::rules::price::tests::clause(
            "2024-01",
            "2025-03-01",
            &[("2024-01", 100.0), ("2025-01", 105.0), ("2026-01", 105.525)],
        );
        clause.min_change_percent = 2.0;
        c.price_adjustment = Some(clause);
        c
    }

    fn price(c: &Contract, today: &str) -> Vec<(String, &'static str)> {
        of(c, 3, today, DueKind::PriceAdjustment)
    }

    #[test]
    fn an_applied_adjustment_is_overdue_for_90_days_then_missed() {
        let c = indexed();
        assert_eq!(
            price(&c, "2025-03-01")[0],
            ("2025-03-01".into(), "upcoming")
        );
        assert_eq!(price(&c, "2025-03-02")[0].1, "overdue");
        // D = T − 90 days is still reported; one day later it is missed.
        assert_eq!(price(&c, "2025-05-30")[0].1, "overdue");
        assert_eq!(price(&c, "2025-05-31")[0].1, "missed");
    }

    #[test]
    fn a_recorded_adjustment_is_done_from_the_entry_on() {
        let mut c = indexed();
        let mut entry = log_entry("2025-03-10", LogType::PriceAdjustment);
        entry.reference = Some("2025-03-01".into());
        c.log.push(entry);
        assert_eq!(price(&c, "2025-03-09")[0].1, "overdue");
        assert_eq!(price(&c, "2025-03-10")[0].1, "done");
        assert_eq!(price(&c, "2026-12-01")[0].1, "done");
        // A `ref` naming another date records nothing here.
        c.log[0].reference = Some("2025-03-02".into());
        assert_eq!(price(&c, "2025-03-10")[0].1, "overdue");
        // Recorded ahead of the date: done before it comes.
        c.log[0].reference = Some("2026-03-01".into());
        assert_eq!(price(&c, "2025-03-10")[1], ("2026-03-01".into(), "done"));
    }

    #[test]
    fn an_adjustment_under_the_threshold_is_done_once_passed() {
        let c = indexed();
        assert_eq!(
            price(&c, "2026-03-01")[1],
            ("2026-03-01".into(), "upcoming")
        );
        assert_eq!(price(&c, "2026-03-02")[1], ("2026-03-01".into(), "done"));
        // Without index values the date had to be handled: overdue, then missed.
        assert_eq!(price(&c, "2027-03-02")[2], ("2027-03-01".into(), "overdue"));
        assert_eq!(price(&c, "2027-06-01")[2], ("2027-03-01".into(), "missed"));
    }
}
