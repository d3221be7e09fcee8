//! Meetings and qualification checks (SPEC §5.3): `start-meeting-overdue`, `followup-overdue`
//! and `qualification-check-overdue`, from the same due statuses as `avtal plan`'s (SPEC §16).

use super::codes::Code;
use super::finding::Finding;
use crate::model::Contract;
use crate::rules::schedule::{Due, DueKind};

/// The finding for a meeting or qualification check `due`, when it is overdue.
pub(super) fn overdue_meeting(contract: &Contract, due: &Due, overdue: bool) -> Option<Finding> {
    if !overdue {
        return None;
    }
    let code = match due.kind {
        DueKind::StartMeeting => Code::StartMeetingOverdue,
        DueKind::Followup => Code::FollowupOverdue,
        DueKind::QualificationCheck => Code::QualificationCheckOverdue,
        _ => return None,
    };
    Some(Finding::new(contract, code).on(due.date))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::test_support::{contract, log_entry};
    use crate::model::{LogType, Requirement};

    // ---- start meeting -------------------------------------------------------------------

    #[test]
    fn start_meeting_overdue_the_day_after_its_due_date() {
        let c = contract("a", "2026-01-01", "2029-12-31");
        // Due 2026-01-31 (start + 30 days): not yet overdue on the due date itself.
        assert!(only(run(&c, 3, "2026-01-31"), Code::StartMeetingOverdue).is_empty());
        let found = only(run(&c, 3, "2026-02-01"), Code::StartMeetingOverdue);
        assert_eq!(
            codes(&found),
            [("start-meeting-overdue", Some("2026-01-31".into()))]
        );
    }

    #[test]
    fn start_meeting_logged_or_too_old_is_no_finding() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        // D = 2026-01-31 >= T - 365 days exactly on 2027-01-31.
        assert_eq!(
            only(run(&c, 3, "2027-01-31"), Code::StartMeetingOverdue).len(),
            1
        );
        assert!(only(run(&c, 3, "2027-02-01"), Code::StartMeetingOverdue).is_empty());
        c.log.push(log_entry("2026-02-10", LogType::StartMeeting));
        assert!(only(run(&c, 3, "2026-03-01"), Code::StartMeetingOverdue).is_empty());
        // A start meeting logged after today does not count yet.
        assert_eq!(
            only(run(&c, 3, "2026-02-09"), Code::StartMeetingOverdue).len(),
            1
        );
    }

    // ---- follow-ups ----------------------------------------------------------------------

    #[test]
    fn first_followup_window_starts_at_start() {
        // Group 1: first-year follow-ups every 2 months: 2026-03-01, 2026-05-01, ...
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.log.push(log_entry("2026-01-01", LogType::StartMeeting));
        assert!(only(run(&c, 1, "2026-03-01"), Code::FollowupOverdue).is_empty());
        let found = only(run(&c, 1, "2026-03-02"), Code::FollowupOverdue);
        assert_eq!(
            codes(&found),
            [("followup-overdue", Some("2026-03-01".into()))]
        );
        // A follow-up on the start day counts for k = 1.
        c.log.push(log_entry("2026-01-01", LogType::Followup));
        assert!(only(run(&c, 1, "2026-03-02"), Code::FollowupOverdue).is_empty());
    }

    #[test]
    fn late_followup_clears_the_finding() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.log.push(log_entry("2026-03-20", LogType::Followup));
        // Overdue between the due date and the late meeting...
        assert_eq!(
            only(run(&c, 1, "2026-03-19"), Code::FollowupOverdue).len(),
            1
        );
        // ...and cleared once the late meeting is held.
        assert!(only(run(&c, 1, "2026-03-20"), Code::FollowupOverdue).is_empty());
    }

    #[test]
    fn followup_counts_only_after_the_previous_due_date() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        // Held on the first due date 2026-03-01: it belongs to d_1, not to d_2 = 2026-05-01.
        c.log.push(log_entry("2026-03-01", LogType::Followup));
        let found = only(run(&c, 1, "2026-05-02"), Code::FollowupOverdue);
        assert_eq!(
            codes(&found),
            [("followup-overdue", Some("2026-05-01".into()))]
        );
        // One day after d_1 it counts for d_2.
        c.log.push(log_entry("2026-03-02", LogType::Followup));
        assert!(only(run(&c, 1, "2026-05-02"), Code::FollowupOverdue).is_empty());
    }

    #[test]
    fn followups_after_today_are_ignored() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.log.push(log_entry("2026-06-01", LogType::Followup));
        assert_eq!(
            only(run(&c, 1, "2026-05-02"), Code::FollowupOverdue).len(),
            1
        );
    }

    #[test]
    fn qualification_checks_only_with_requirements() {
        let mut c = contract("a", "2025-01-01", "2029-12-31");
        assert!(only(run(&c, 3, "2026-02-01"), Code::QualificationCheckOverdue).is_empty());
        c.requirements.push(Requirement {
            name: "Kreditvärdighet".into(),
        });
        let found = only(run(&c, 3, "2026-02-01"), Code::QualificationCheckOverdue);
        assert_eq!(
            codes(&found),
            [("qualification-check-overdue", Some("2026-01-01".into()))]
        );
        c.log
            .push(log_entry("2025-12-15", LogType::QualificationCheck));
        assert!(only(run(&c, 3, "2026-02-01"), Code::QualificationCheckOverdue).is_empty());
    }
}
