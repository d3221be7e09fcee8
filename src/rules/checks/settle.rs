//! What the register says about its findings (SPEC §22): `[checks] severity` in avtal.toml sets a
//! code's severity or turns it off, and `ack` entries in a contract's journal acknowledge
//! findings until a date. Applied once to the computed findings, so that turning a code off
//! hides its findings and nothing else.

use super::codes::Severity;
use super::finding::{Acknowledgement, Finding};
use crate::model::{CheckLevel, Contract, LogType, Register};
use chrono::NaiveDate;

/// Applies `[checks] severity` (drops the codes turned off, sets the others' severity) and
/// attaches to each finding the acknowledgement that holds on `today`. Keeps the order.
pub fn settle(register: &Register, findings: &mut Vec<Finding>, today: NaiveDate) {
    let levels = &register.settings.check_levels;
    if !levels.is_empty() {
        findings.retain_mut(|finding| match levels.get(finding.code.as_str()) {
            Some(CheckLevel::Off) => false,
            Some(CheckLevel::Error) => {
                finding.severity = Severity::Error;
                true
            }
            Some(CheckLevel::Warning) => {
                finding.severity = Severity::Warning;
                true
            }
            None => true,
        });
    }
    for finding in findings.iter_mut() {
        // Register findings cannot be acknowledged (turn their code off instead).
        if let Some(contract) = register.contract(&finding.contract) {
            finding.acknowledged = acknowledgement(contract, finding, today);
        }
    }
}

/// The acknowledgement of `finding` on `today`: of the `ack` entries of its contract that name
/// its key or its code and hold on `today` (date <= today <= until), the one that holds longest.
pub fn acknowledgement(
    contract: &Contract,
    finding: &Finding,
    today: NaiveDate,
) -> Option<Acknowledgement> {
    let mut acks = contract
        .log
        .iter()
        .filter(|e| e.kind == LogType::Ack && e.date <= today)
        .peekable();
    acks.peek()?;
    let key = finding.key();
    let code = finding.code.as_str();
    acks.filter_map(|e| Some((e, e.due?)))
        .filter(|(e, until)| {
            today <= *until && matches!(e.reference.as_deref(), Some(r) if r == key || r == code)
        })
        .max_by_key(|(_, until)| *until)
        .map(|(e, until)| Acknowledgement {
            until,
            note: e.note.clone(),
        })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::register;
    use super::super::{Code, check};
    use super::*;
    use crate::model::test_support::{contract, d, log_entry};
    use crate::model::{LogEntry, LouPeriod};

    /// A contract whose start meeting (due 2026-01-31) and overdue action (AV-1, due
    /// 2026-03-31) are findings on 2026-05-01; the action puts it on escalation step 3.
    fn late() -> Contract {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            ..log_entry("2026-03-01", LogType::Deviation)
        });
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            due: Some(d("2026-03-31")),
            ..log_entry("2026-03-02", LogType::Action)
        });
        c
    }

    fn ack(date: &str, reference: &str, until: &str, note: &str) -> LogEntry {
        LogEntry {
            reference: Some(reference.into()),
            due: Some(d(until)),
            note: note.into(),
            ..log_entry(date, LogType::Ack)
        }
    }

    /// `check` on 2026-05-01 with `[checks]` set as given, the LOU values up to date.
    fn findings(c: Contract, levels: &[(&str, CheckLevel)], today: &str) -> Vec<Finding> {
        let mut register = register(vec![c]);
        register.settings.lou.periods.push(LouPeriod {
            from: d("2026-01-01"),
            threshold: None,
            threshold_works: None,
            direct_award_limit: None,
        });
        for (code, level) in levels {
            (register.settings.check_levels).insert(code.to_string(), *level);
        }
        check(&register, d(today))
    }

    fn of(findings: &[Finding], code: Code) -> Option<&Finding> {
        findings.iter().find(|f| f.code == code)
    }

    #[test]
    fn keys_follow_the_spec() {
        let found = findings(late(), &[], "2026-05-01");
        let keys: Vec<String> = found.iter().map(Finding::key).collect();
        assert!(
            keys.contains(&"action-overdue:AV-1".to_string()),
            "{keys:?}"
        );
        assert!(keys.contains(&"escalation".to_string()), "{keys:?}");
        let mut kpi = Finding::new(&late(), Code::KpiMissing);
        kpi.kpi = Some("nki".into());
        kpi.period = crate::dates::Period::parse("2026-Q3");
        assert_eq!(kpi.key(), "kpi-missing:nki/2026-Q3");
        let dated = Finding::new(&late(), Code::FollowupOverdue).on(d("2026-03-01"));
        assert_eq!(dated.key(), "followup-overdue:2026-03-01");
        assert_eq!(
            Finding::new(&late(), Code::ChangeLimitNear).key(),
            "change-limit-near"
        );
    }

    #[test]
    fn a_code_turned_off_hides_only_its_findings() {
        let all = findings(late(), &[], "2026-05-01");
        assert!(of(&all, Code::ActionOverdue).is_some());
        let off = findings(late(), &[("action-overdue", CheckLevel::Off)], "2026-05-01");
        assert!(of(&off, Code::ActionOverdue).is_none());
        // The overdue action still raises the escalation step.
        assert_eq!(of(&off, Code::Escalation).and_then(|f| f.step), Some(3));
        assert_eq!(off.len() + 1, all.len());
    }

    #[test]
    fn a_severity_setting_changes_the_severity() {
        let levels = [
            ("escalation", CheckLevel::Error),
            ("action-overdue", CheckLevel::Warning),
        ];
        let found = findings(late(), &levels, "2026-05-01");
        assert_eq!(
            of(&found, Code::Escalation).unwrap().severity,
            Severity::Error
        );
        assert_eq!(
            of(&found, Code::ActionOverdue).unwrap().severity,
            Severity::Warning
        );
    }

    #[test]
    fn an_ack_holds_from_its_date_to_its_until_date() {
        let mut c = late();
        c.log.push(ack(
            "2026-04-01",
            "action-overdue:AV-1",
            "2026-04-30",
            "Väntar på leverantörens plan",
        ));
        // It ended yesterday: not acknowledged any more.
        assert_eq!(
            of(&findings(c.clone(), &[], "2026-05-01"), Code::ActionOverdue)
                .unwrap()
                .acknowledged,
            None
        );
        let on_last_day = findings(c.clone(), &[], "2026-04-30");
        let acknowledged = of(&on_last_day, Code::ActionOverdue)
            .unwrap()
            .acknowledged
            .clone();
        assert_eq!(
            acknowledged,
            Some(Acknowledgement {
                until: d("2026-04-30"),
                note: "Väntar på leverantörens plan".into()
            })
        );
        // Only that finding: the escalation is not acknowledged by it.
        assert_eq!(
            of(&on_last_day, Code::Escalation).unwrap().acknowledged,
            None
        );
        // Not before its date.
        let before = findings(c, &[], "2026-03-31");
        assert!(before.iter().all(|f| f.acknowledged.is_none()));
    }

    #[test]
    fn an_ack_of_a_code_covers_its_findings_and_the_latest_until_date_counts() {
        let mut c = late();
        c.log.push(ack(
            "2026-04-01",
            "escalation",
            "2026-06-30",
            "Styrgruppen följer upp",
        ));
        c.log.push(ack(
            "2026-04-02",
            "escalation",
            "2026-09-30",
            "Förlängt av styrgruppen",
        ));
        c.log
            .push(ack("2026-04-03", "escalation", "2026-04-15", "Gammal"));
        let found = findings(c, &[], "2026-05-01");
        let acknowledged = of(&found, Code::Escalation)
            .unwrap()
            .acknowledged
            .clone()
            .unwrap();
        assert_eq!(acknowledged.until, d("2026-09-30"));
        assert_eq!(acknowledged.note, "Förlängt av styrgruppen");
        assert_eq!(of(&found, Code::ActionOverdue).unwrap().acknowledged, None);
    }

    #[test]
    fn an_ack_of_a_code_with_no_finding_changes_nothing() {
        let plain = findings(late(), &[], "2026-05-01");
        let mut c = late();
        c.log.push(ack(
            "2026-04-01",
            "change-limit-near",
            "2026-12-31",
            "Ingen ändring väntas",
        ));
        c.log.push(ack(
            "2026-04-01",
            "action-overdue:AV-9",
            "2026-12-31",
            "Annan avvikelse",
        ));
        assert_eq!(findings(c, &[], "2026-05-01"), plain);
    }

    #[test]
    fn register_findings_are_not_acknowledged() {
        let mut c = late();
        c.log.push(ack(
            "2026-04-01",
            "lou-values-outdated",
            "2026-12-31",
            "Vet om det",
        ));
        let mut register = register(vec![c]);
        register.settings.lou.keys_set = true;
        let found = check(&register, d("2026-05-01"));
        let outdated = of(&found, Code::LouValuesOutdated).unwrap();
        assert!(outdated.is_register_finding());
        assert_eq!(outdated.acknowledged, None);
    }
}
