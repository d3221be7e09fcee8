//! Actions and escalation (SPEC §5.3, §6): `action-overdue` and `escalation`.

use super::codes::Code;
use super::finding::Finding;
use crate::model::Contract;
use crate::rules::escalation::{escalation, overdue_actions};
use chrono::NaiveDate;

/// `action-overdue`: each action whose due date has passed while its deviation is unresolved.
pub(super) fn overdue_action_findings(
    contract: &Contract,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    for action in overdue_actions(contract, today) {
        let mut finding = Finding::new(contract, Code::ActionOverdue);
        finding.date = action.due;
        finding.reference = action.reference.clone();
        finding.log_line = Some(action.line);
        findings.push(finding);
    }
}

/// `escalation`: the contract is on escalation step 2 or higher.
pub(super) fn escalation_finding(
    contract: &Contract,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let step = escalation(contract, today).step;
    if step >= 2 {
        let mut finding = Finding::new(contract, Code::Escalation);
        finding.step = Some(step);
        findings.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::dates::Frequency;
    use crate::model::test_support::{contract, d, kpi_row, log_entry};
    use crate::model::{Language, LogEntry, LogType};
    use crate::rules::checks::Severity;

    // ---- actions ---------------------------------------------------------------------------

    #[test]
    fn overdue_action_names_its_deviation_and_due_date() {
        let mut c = contract("a", "2025-01-01", "2029-12-31");
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            ..log_entry("2026-03-01", LogType::Deviation)
        });
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            due: Some(d("2026-04-30")),
            ..log_entry("2026-03-05", LogType::Action)
        });
        let found = only(run(&c, 3, "2026-05-01"), Code::ActionOverdue);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].reference.as_deref(), Some("AV-1"));
        assert_eq!(found[0].date, Some(d("2026-04-30")));
        assert_eq!(found[0].severity, Severity::Error);
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            ..log_entry("2026-05-01", LogType::Resolved)
        });
        assert!(only(run(&c, 3, "2026-05-01"), Code::ActionOverdue).is_empty());
    }

    #[test]
    fn escalation_warning_from_step_two() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.kpis = vec![kpi("lev", Frequency::Monthly)];
        c.kpi_rows = vec![kpi_row(0, "2026-01", 90.0)];
        assert!(only(run(&c, 3, "2026-02-10"), Code::Escalation).is_empty());
        c.kpi_rows.push(kpi_row(0, "2026-02", 90.0));
        let found = only(run(&c, 3, "2026-03-10"), Code::Escalation);
        assert_eq!(found[0].step, Some(2));
        assert_eq!(
            found[0].message(Language::Sv),
            "Eskaleringssteg 2 (avvikelser)"
        );
    }
}
