//! Price adjustment and index (SPEC §13): `price-adjustment-due` and `index-missing`.

use super::codes::Code;
use super::finding::Finding;
use crate::model::Contract;
use crate::rules::price;
use chrono::NaiveDate;

/// `price-adjustment-due` for each adjustment date within 60 days, `index-missing` for each
/// month of the series that a date within 60 days needs, `price-adjustment-unrecorded` for each
/// date of the last 90 days that had to be handled and was not recorded.
pub(super) fn price_adjustment(contract: &Contract, today: NaiveDate, findings: &mut Vec<Finding>) {
    let adjustments = price::adjustments(contract);
    for date in price::due(&adjustments, today) {
        findings.push(Finding::new(contract, Code::PriceAdjustmentDue).on(date));
    }
    for date in price::unrecorded(contract, &adjustments, today) {
        findings.push(Finding::new(contract, Code::PriceAdjustmentUnrecorded).on(date));
    }
    for month in price::missing_months(&adjustments, today) {
        let mut finding = Finding::new(contract, Code::IndexMissing);
        finding.period = Some(month);
        finding.index = contract.price_adjustment.as_ref().map(|c| c.index.clone());
        findings.push(finding);
    }
}
