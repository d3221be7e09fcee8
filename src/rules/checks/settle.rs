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
