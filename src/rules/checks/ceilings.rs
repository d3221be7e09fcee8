//! Spend ceilings (SPEC §12): `framework-ceiling-reached` and `framework-ceiling-near`, the only
//! findings that look across the register (at its spend).

use super::codes::Code;
use super::finding::Finding;
use crate::messages;
use crate::model::{Language, Register};
use crate::money::Money;
use crate::rules::spend::ceiling_spend;
use chrono::NaiveDate;

/// SPEC §5.3 `framework-ceiling-reached` / `-near` for the contracts active today that have a
/// `max_value`: matched spend dated on or before today, compared exactly (5 × spend >= 4 ×
/// max_value). Only the more severe of the two is given; a `max_value` of 0 sets no ceiling.
pub fn ceiling_findings(register: &Register, today: NaiveDate) -> Vec<Finding> {
    let spent = ceiling_spend(register, today);
    let mut findings = Vec::new();
    for (contract, amount) in register.contracts.iter().zip(spent) {
        let Some(limit) = contract.max_value.filter(|m| *m > Money::ZERO) else {
            continue;
        };
        if !contract.is_active_on(today) {
            continue;
        }
        let code = if amount.reaches_share_of(limit, 1, 1) {
            Code::FrameworkCeilingReached
        } else if amount.reaches_share_of(limit, 4, 5) {
            Code::FrameworkCeilingNear
        } else {
            continue;
        };
        let mut finding = Finding::new(contract, code);
        finding.amount = Some(amount);
        finding.limit = Some(limit);
        findings.push(finding);
    }
    findings
}

/// The message of `framework-ceiling-reached`.
pub(super) fn reached_message(finding: &Finding, lang: Language) -> String {
    let (amount, limit) = amounts(finding, lang);
    messages::of(lang).ceiling_reached(&amount, &limit)
}

/// The message of `framework-ceiling-near`.
pub(super) fn near_message(finding: &Finding, lang: Language) -> String {
    let (amount, limit) = amounts(finding, lang);
    messages::of(lang).ceiling_near(&amount, &limit)
}

/// The spend and the ceiling, in kronor as `lang` writes them.
fn amounts(finding: &Finding, lang: Language) -> (String, String) {
    let amount = crate::i18n::sek(finding.amount.unwrap_or_default().as_sek(), lang);
    let limit = crate::i18n::sek(finding.limit.unwrap_or_default().as_sek(), lang);
    (amount, limit)
}
