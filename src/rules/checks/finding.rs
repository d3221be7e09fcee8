//! One finding: what needs attention on one contract, with the facts its code reports.

use super::codes::{Code, Severity};
use crate::dates::Period;
use crate::model::{Contract, Language};
use crate::money::Money;
use crate::rules::lou::ChangeLimit;
use chrono::NaiveDate;

/// One thing that needs attention on one contract.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The contract's key.
    pub contract: String,
    /// What kind of finding it is.
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// The due date or deadline the finding is about (for `contract-ending` the effective end).
    pub date: Option<NaiveDate>,
    /// The KPI id (`kpi-missing`).
    pub kpi: Option<String>,
    /// The KPI period (`kpi-missing`).
    pub period: Option<Period>,
    /// The deviation's reference (`action-overdue`).
    pub reference: Option<String>,
    /// The escalation step (`escalation`).
    pub step: Option<u8>,
    /// The index series (`index-missing`).
    pub index: Option<String>,
    /// The net change value C (`change-limit-*`).
    pub amount: Option<Money>,
    /// The limit L (`change-limit-*`).
    pub limit: Option<Money>,
    /// What the message needs beyond the SPEC keys (not in JSON).
    pub detail: Option<Detail>,
    /// The line of the journal entry in `log.csv` (`action-overdue`), for annotations: a caller
    /// that dropped the journal still knows where the action is.
    pub log_line: Option<u32>,
    /// The `ack` entry that holds for this finding today, if any (SPEC §22).
    pub acknowledged: Option<Acknowledgement>,
}

/// A finding acknowledged in the journal: until when, and why (SPEC §22).
#[derive(Clone, Debug, PartialEq)]
pub struct Acknowledgement {
    /// The last day the acknowledgement holds.
    pub until: NaiveDate,
    /// The reason.
    pub note: String,
}

/// Facts a finding's message explains but JSON does not carry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    /// `framework-term-*`: the legal maximum in months.
    Term { max_months: u32 },
    /// `change-limit-*`: how the limit came about.
    Change(ChangeLimit),
    /// `lou-values-outdated`: today's year and the start of the latest period, if any.
    LouValues {
        year: i32,
        latest: Option<NaiveDate>,
    },
}

/// The sort key of a finding (SPEC §5.4).
pub(super) type SortKey<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<Period>,
    Option<NaiveDate>,
    Option<&'a str>,
);

impl Finding {
    /// A finding of `code` about `contract`, without details yet.
    pub(crate) fn new(contract: &Contract, code: Code) -> Finding {
        Finding {
            contract: contract.key.clone(),
            ..Finding::about_register(code)
        }
    }

    /// A register finding of `code` (no contract; `"contract": null` in JSON).
    pub(crate) fn about_register(code: Code) -> Finding {
        Finding {
            contract: String::new(),
            code,
            severity: code.severity(),
            date: None,
            kpi: None,
            period: None,
            reference: None,
            step: None,
            index: None,
            amount: None,
            limit: None,
            detail: None,
            log_line: None,
            acknowledged: None,
        }
    }

    /// Whether the finding is about the register rather than one contract.
    pub fn is_register_finding(&self) -> bool {
        self.contract.is_empty()
    }

    /// The finding's key (SPEC §22): its code, then `:` and the first it has of `ref`,
    /// `kpi/period`, `period` and `date`; an `ack` entry names a finding by it.
    pub fn key(&self) -> String {
        let code = self.code.as_str();
        match (&self.reference, &self.kpi, self.period, self.date) {
            (Some(reference), ..) => format!("{code}:{reference}"),
            (None, Some(kpi), Some(period), _) => format!("{code}:{kpi}/{period}"),
            (None, _, Some(period), _) => format!("{code}:{period}"),
            (None, _, None, Some(date)) => format!("{code}:{date}"),
            _ => code.to_string(),
        }
    }

    /// The same finding, dated `date`.
    pub(super) fn on(mut self, date: NaiveDate) -> Finding {
        self.date = Some(date);
        self
    }

    /// The date as `YYYY-MM-DD`, or empty.
    pub(super) fn date_text(&self) -> String {
        self.date.map(|d| d.to_string()).unwrap_or_default()
    }

    /// What is wrong, in one sentence.
    pub fn message(&self, lang: Language) -> String {
        (self.code.row().message)(self, lang)
    }

    /// What to do next, with the `avtal` command that records it where there is one.
    pub fn next_step(&self, lang: Language) -> String {
        (self.code.row().next_step)(self, lang)
    }

    /// The order of SPEC §5.4: contract, code, then KPI, period, date, reference.
    pub(super) fn sort_key(&self) -> SortKey<'_> {
        (
            &self.contract,
            self.code.as_str(),
            self.kpi.as_deref(),
            self.period,
            self.date,
            self.reference.as_deref(),
        )
    }
}
