//! Helpers of the checks' tests: run the rules on one contract and pick findings out.

use super::{Code, Finding, check_contract};
use crate::dates::Frequency;
use crate::model::test_support::d;
use crate::model::{Contract, Direction, Kpi, Register, Settings};

/// Each finding as its code and date.
pub fn codes(findings: &[Finding]) -> Vec<(&str, Option<String>)> {
    findings
        .iter()
        .map(|f| (f.code.as_str(), f.date.map(|d| d.to_string())))
        .collect()
}

/// The findings of `code`.
pub fn only(findings: Vec<Finding>, code: Code) -> Vec<Finding> {
    findings.into_iter().filter(|f| f.code == code).collect()
}

/// The findings of `c` in priority `group` on `today`, with the default settings.
pub fn run(c: &Contract, group: u8, today: &str) -> Vec<Finding> {
    check_contract(c, group, &Settings::default(), d(today))
}

/// A register of `contracts` with the default settings.
pub fn register(contracts: Vec<Contract>) -> Register {
    Register {
        root: "reg".into(),
        settings: Settings::default(),
        contracts,
        spend: Default::default(),
    }
}

/// A KPI with target 95, higher is better.
pub fn kpi(id: &str, frequency: Frequency) -> Kpi {
    Kpi {
        id: id.into(),
        name: id.into(),
        unit: String::new(),
        target: 95.0,
        direction: Direction::Higher,
        frequency,
        aliases: Vec::new(),
        months: Vec::new(),
    }
}
