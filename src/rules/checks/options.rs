//! Options and the end of a contract (SPEC §5.3): `option-decision-missed`,
//! `option-decision-due` and `contract-ending`, from the same due statuses as `avtal plan`'s.

use super::codes::Code;
use super::finding::Finding;
use crate::model::{Contract, Settings};
use crate::rules::schedule::{Due, DueKind};
use chrono::{Days, NaiveDate};

/// The last deadline `option-decision-due` warns about on `today`.
pub(super) fn warn_until(settings: &Settings, today: NaiveDate) -> NaiveDate {
    today
        .checked_add_days(Days::new(u64::from(settings.option_warning_days)))
        .unwrap_or(NaiveDate::MAX)
}

/// The finding for an option deadline or new procurement `due`: the option's deadline missed
/// when overdue, due when it is at most `warn_until`; a new procurement that should have started
/// by `today` is `contract-ending`, dated the effective end.
pub(super) fn deadline(
    contract: &Contract,
    due: &Due,
    overdue: bool,
    today: NaiveDate,
    warn_until: NaiveDate,
) -> Option<Finding> {
    let finding = match due.kind {
        DueKind::OptionDecision if overdue => {
            Finding::new(contract, Code::OptionDecisionMissed).on(due.date)
        }
        DueKind::OptionDecision if due.date <= warn_until => {
            Finding::new(contract, Code::OptionDecisionDue).on(due.date)
        }
        // Reported from the day the procurement should start, not only after it.
        DueKind::NewProcurement if overdue || due.date == today => {
            Finding::new(contract, Code::ContractEnding).on(contract.effective_end())
        }
        _ => return None,
    };
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::test_support::{contract, d, option};
    use crate::rules::checks::Severity;

    // ---- options and the end ---------------------------------------------------------------

    #[test]
    fn option_decision_due_then_missed() {
        let mut c = contract("a", "2024-01-01", "2026-12-31");
        c.options = vec![option(12, 6, false, false)];
        // Deadline 2026-06-30; warned from 90 days before.
        assert!(only(run(&c, 3, "2026-03-31"), Code::OptionDecisionDue).is_empty());
        assert_eq!(
            only(run(&c, 3, "2026-04-01"), Code::OptionDecisionDue).len(),
            1
        );
        let on_day = run(&c, 3, "2026-06-30");
        assert_eq!(only(on_day.clone(), Code::OptionDecisionDue).len(), 1);
        assert!(only(on_day, Code::OptionDecisionMissed).is_empty());
        let found = only(run(&c, 3, "2026-07-01"), Code::OptionDecisionMissed);
        assert_eq!(
            codes(&found),
            [("option-decision-missed", Some("2026-06-30".into()))]
        );
        // An option deadline means no contract-ending finding.
        assert!(only(run(&c, 3, "2026-07-01"), Code::ContractEnding).is_empty());
    }

    #[test]
    fn exercised_option_moves_the_next_deadline() {
        let mut c = contract("a", "2024-01-01", "2026-12-31");
        c.options = vec![option(12, 6, true, false), option(12, 6, false, false)];
        // Effective end 2027-12-31, next deadline 2027-06-30.
        assert!(only(run(&c, 3, "2026-07-01"), Code::OptionDecisionMissed).is_empty());
        assert_eq!(
            only(run(&c, 3, "2027-07-01"), Code::OptionDecisionMissed)[0].date,
            Some(d("2027-06-30"))
        );
    }

    #[test]
    fn declined_option_then_another_means_the_contract_is_ending() {
        let mut c = contract("a", "2024-01-01", "2026-12-31");
        c.options = vec![option(12, 6, false, true), option(12, 6, false, false)];
        let found = run(&c, 3, "2026-07-01");
        assert!(only(found.clone(), Code::OptionDecisionMissed).is_empty());
        let ending = only(found, Code::ContractEnding);
        assert_eq!(
            codes(&ending),
            [("contract-ending", Some("2026-12-31".into()))]
        );
        assert_eq!(ending[0].severity, Severity::Warning);
    }

    #[test]
    fn contract_ending_from_the_renewal_lead() {
        let mut c = contract("a", "2024-01-01", "2026-12-31");
        assert!(only(run(&c, 3, "2025-12-30"), Code::ContractEnding).is_empty());
        assert_eq!(
            only(run(&c, 3, "2025-12-31"), Code::ContractEnding).len(),
            1
        );
        c.successor = Some("b".into());
        assert!(only(run(&c, 3, "2026-06-01"), Code::ContractEnding).is_empty());
    }

    #[test]
    fn terminated_contract_ends_on_its_termination_day() {
        let mut c = contract("a", "2024-01-01", "2028-12-31");
        c.options = vec![option(12, 6, false, false)];
        c.terminated = Some(d("2026-05-31"));
        let found = only(run(&c, 3, "2026-05-01"), Code::ContractEnding);
        assert_eq!(
            codes(&found),
            [("contract-ending", Some("2026-05-31".into()))]
        );
    }
}
