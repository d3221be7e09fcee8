//! `avtal check` findings (SPEC §5.3): what needs attention today, as pure functions of the
//! register and `today`. Journal entries dated after today are ignored by every rule, so a check
//! can be replayed for any past date.

use crate::dates::Period;
use crate::i18n;
use crate::messages::{self, prelude::*};
use crate::model::{Contract, Language, LouSettings, Register, Settings};
use crate::money::Money;
use crate::rules::escalation::{escalation, overdue_actions, period_rank};
use crate::rules::lou::{
    ChangeLimit, ChangeStatus, LimitBound, TermStatus, change_limit, framework_term,
};
use crate::rules::schedule::DueKind;
use crate::rules::spend::ceiling_spend;
use crate::rules::status::{ItemStatus, due_statuses};
use crate::rules::{price, priority};
use chrono::{Datelike, Days, NaiveDate};
use rayon::prelude::*;

/// How serious a finding is. Errors sort before warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The spelling used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// The kind of a finding; [`Code::as_str`] gives the SPEC code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    StartMeetingOverdue,
    FollowupOverdue,
    QualificationCheckOverdue,
    ActionOverdue,
    OptionDecisionMissed,
    OptionDecisionDue,
    ContractEnding,
    KpiMissing,
    Escalation,
    PriceAdjustmentDue,
    IndexMissing,
    FrameworkTermExceeded,
    FrameworkOptionExceedsTerm,
    ChangeLimitExceeded,
    ChangeLimitNear,
    FrameworkCeilingReached,
    FrameworkCeilingNear,
}

impl Code {
    /// The code of SPEC §5.3.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::StartMeetingOverdue => "start-meeting-overdue",
            Code::FollowupOverdue => "followup-overdue",
            Code::QualificationCheckOverdue => "qualification-check-overdue",
            Code::ActionOverdue => "action-overdue",
            Code::OptionDecisionMissed => "option-decision-missed",
            Code::OptionDecisionDue => "option-decision-due",
            Code::ContractEnding => "contract-ending",
            Code::KpiMissing => "kpi-missing",
            Code::Escalation => "escalation",
            Code::PriceAdjustmentDue => "price-adjustment-due",
            Code::IndexMissing => "index-missing",
            Code::FrameworkTermExceeded => "framework-term-exceeded",
            Code::FrameworkOptionExceedsTerm => "framework-option-exceeds-term",
            Code::ChangeLimitExceeded => "change-limit-exceeded",
            Code::ChangeLimitNear => "change-limit-near",
            Code::FrameworkCeilingReached => "framework-ceiling-reached",
            Code::FrameworkCeilingNear => "framework-ceiling-near",
        }
    }

    /// The severity of SPEC §5.3.
    pub fn severity(self) -> Severity {
        match self {
            Code::StartMeetingOverdue
            | Code::FollowupOverdue
            | Code::QualificationCheckOverdue
            | Code::ActionOverdue
            | Code::OptionDecisionMissed
            | Code::FrameworkTermExceeded
            | Code::ChangeLimitExceeded
            | Code::FrameworkCeilingReached => Severity::Error,
            Code::OptionDecisionDue
            | Code::ContractEnding
            | Code::KpiMissing
            | Code::Escalation
            | Code::PriceAdjustmentDue
            | Code::IndexMissing => Severity::Warning,
            Code::FrameworkOptionExceedsTerm
            | Code::ChangeLimitNear
            | Code::FrameworkCeilingNear => Severity::Warning,
        }
    }
}

/// One thing that needs attention on one contract.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The contract's key.
    pub contract: String,
    pub code: Code,
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
}

/// Facts a finding's message explains but JSON does not carry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Detail {
    /// `framework-term-*`: the legal maximum in months.
    Term { max_months: u32 },
    /// `change-limit-*`: how the limit came about.
    Change(ChangeLimit),
}

impl Finding {
    /// A finding of `code` about `contract`, without details yet.
    pub(crate) fn new(contract: &Contract, code: Code) -> Finding {
        Finding {
            contract: contract.key.clone(),
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
        }
    }

    fn on(mut self, date: NaiveDate) -> Finding {
        self.date = Some(date);
        self
    }

    fn date_text(&self) -> String {
        self.date.map(|d| d.to_string()).unwrap_or_default()
    }

    /// What is wrong, in one sentence.
    pub fn message(&self, lang: Language) -> String {
        let m = messages::of(lang);
        let date = self.date_text();
        let reference = self.reference.as_deref().unwrap_or("");
        let kpi = self.kpi.as_deref().unwrap_or("");
        let period = self.period.map(|p| p.to_string()).unwrap_or_default();
        let index = self.index.as_deref().unwrap_or("");
        match self.code {
            Code::StartMeetingOverdue => m.start_meeting_overdue(&date),
            Code::FollowupOverdue => m.followup_overdue(&date),
            Code::QualificationCheckOverdue => m.qualification_check_overdue(&date),
            Code::ActionOverdue => m.action_overdue(reference, &date),
            Code::OptionDecisionMissed => m.option_decision_missed(&date),
            Code::OptionDecisionDue => m.option_decision_due(&date),
            Code::ContractEnding => m.contract_ending(&date),
            Code::KpiMissing => m.kpi_missing(kpi, &period),
            Code::PriceAdjustmentDue => m.price_adjustment_due(&date),
            Code::IndexMissing => m.index_missing(index, &period),
            Code::FrameworkTermExceeded | Code::FrameworkOptionExceedsTerm => self.term_message(m),
            Code::ChangeLimitExceeded | Code::ChangeLimitNear => self.change_message(lang),
            Code::Escalation => {
                let step = self.step.unwrap_or(0);
                m.escalation_finding(step, m.escalation_level(step))
            }
            Code::FrameworkCeilingReached | Code::FrameworkCeilingNear => {
                ceiling_message(self, lang)
            }
        }
    }

    /// What to do next, with the `avtal` command that records it where there is one.
    pub fn next_step(&self, lang: Language) -> String {
        let m = messages::of(lang);
        let key = &self.contract;
        let reference = self.reference.as_deref().unwrap_or("REF");
        match self.code {
            Code::StartMeetingOverdue => m.next_start_meeting(key),
            Code::FollowupOverdue => m.next_followup(key),
            Code::QualificationCheckOverdue => m.next_qualification_check(key),
            Code::ActionOverdue => m.next_action_overdue(key, reference),
            Code::OptionDecisionMissed => m.next_option_decision_missed().to_string(),
            Code::OptionDecisionDue => m.next_option_decision_due().to_string(),
            Code::ContractEnding => m.next_contract_ending().to_string(),
            Code::KpiMissing => m.next_kpi_missing(key),
            Code::PriceAdjustmentDue => m.next_price_adjustment(key),
            Code::IndexMissing => {
                m.next_index_missing(self.index.as_deref().unwrap_or(m.series_placeholder()))
            }
            Code::Escalation => m.next_escalation(key),
            Code::FrameworkTermExceeded => m.next_framework_term_exceeded().to_string(),
            Code::FrameworkOptionExceedsTerm => m.next_framework_option_exceeds_term().to_string(),
            Code::ChangeLimitExceeded => m.next_change_limit_exceeded(key),
            Code::ChangeLimitNear => m.next_change_limit_near(key),
            Code::FrameworkCeilingReached => m.next_ceiling_reached().to_string(),
            Code::FrameworkCeilingNear => m.next_ceiling_near().to_string(),
        }
    }

    /// `framework-term-*`, with the term in years where it is whole years.
    fn term_message(&self, m: &dyn Messages) -> String {
        let date = self.date_text();
        let months = match self.detail {
            Some(Detail::Term { max_months }) => max_months,
            _ => 48,
        };
        let term = match months % 12 {
            0 => m.term_years(months / 12),
            _ => m.term_months(months),
        };
        match self.code {
            Code::FrameworkTermExceeded => m.framework_term_exceeded(&term, &date),
            _ => m.framework_option_exceeds_term(&term, &date),
        }
    }

    /// `change-limit-*`: "Ändringar netto 1 250 000 kr av högst 1 800 000 kr (10 % av
    /// avtalsvärdet) — 550 000 kr kvar".
    fn change_message(&self, lang: Language) -> String {
        let m = messages::of(lang);
        let amount = self.amount.unwrap_or(Money::ZERO);
        let limit = self.limit.unwrap_or(Money::ZERO);
        let basis = match self.detail {
            Some(Detail::Change(change)) => change_basis(&change, lang),
            _ => String::new(),
        };
        let room = limit - amount.abs();
        let (amount, limit_text) = (i18n::money(amount, lang), i18n::money(limit, lang));
        let rest = match room.cmp(&Money::ZERO) {
            std::cmp::Ordering::Greater => m.change_room_left(&i18n::money(room, lang)),
            std::cmp::Ordering::Equal => m.change_limit_reached().to_string(),
            std::cmp::Ordering::Less => m.change_over_limit(&i18n::money(-room, lang)),
        };
        m.change_limit(&amount, &limit_text, &basis, &rest)
    }

    /// The order of SPEC §5.4: contract, code, then KPI, period, date, reference.
    fn sort_key(&self) -> SortKey<'_> {
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

/// Where a change limit comes from, in words: "10 % av avtalsvärdet", "tröskelvärdet".
pub fn change_basis(change: &ChangeLimit, lang: Language) -> String {
    let m = messages::of(lang);
    let base = if change.base_is_max_value {
        m.basis_max_value()
    } else {
        m.basis_contract_value()
    };
    let percent = change.percent;
    match (change.bound, change.works) {
        (LimitBound::Share, false) => m.basis_share(percent, base),
        (LimitBound::Share, true) => m.basis_share_works(percent, base),
        (LimitBound::Threshold, false) => m.basis_threshold().to_string(),
        (LimitBound::Threshold, true) => m.basis_threshold_works().to_string(),
    }
}

/// The sort key of a finding (SPEC §5.4).
type SortKey<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<Period>,
    Option<NaiveDate>,
    Option<&'a str>,
);

/// SPEC §5.3: every finding for the contracts active on `today`, sorted as SPEC §5.4 says.
pub fn check(register: &Register, today: NaiveDate) -> Vec<Finding> {
    // Groups are computed once for the whole register, not per contract.
    let priorities = check_priorities(register, today);
    let findings: Vec<Vec<Finding>> = (register.contracts.par_iter())
        .map(|contract| contract_findings(&priorities, &register.settings, contract, today))
        .collect();
    register_findings(register, findings, today)
}

/// The priority groups [`check`] works with: those of `today`'s year.
pub fn check_priorities(register: &Register, today: NaiveDate) -> priority::Priorities {
    priority::priorities(register, today.year())
}

/// The findings of one contract, sorted as SPEC §5.4 says: none unless it is active on `today`,
/// else [`check_contract`] in its group of `priorities`. Needs only that contract, so a caller
/// may have read its KPI rows for this call alone.
pub fn contract_findings(
    priorities: &priority::Priorities,
    settings: &Settings,
    contract: &Contract,
    today: NaiveDate,
) -> Vec<Finding> {
    if !contract.is_active_on(today) {
        return Vec::new();
    }
    let group = priorities.group(&contract.key).unwrap_or(3);
    let mut findings = check_contract(contract, group, settings, today);
    // Sorted here, on the thread that made them, the register's findings need only be joined.
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// Every finding: each contract's (from [`contract_findings`], in contract order) with those
/// that look across the register (the framework ceilings, from spend), sorted as SPEC §5.4
/// says. Needs no KPI rows.
pub fn register_findings(
    register: &Register,
    per_contract: Vec<Vec<Finding>>,
    today: NaiveDate,
) -> Vec<Finding> {
    let ceilings = ceiling_findings(register, today);
    let count = per_contract.iter().map(Vec::len).sum::<usize>() + ceilings.len();
    // One allocation of the final size: at 100k contracts, growing it page by page cost more
    // than finding the findings' order.
    let mut findings = Vec::with_capacity(count);
    for contract_findings in per_contract {
        findings.extend(contract_findings);
    }
    findings.extend(ceilings);
    // Stable, and it finds the run of sorted contract findings: only the ceilings move.
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings
}

/// The findings for one contract active on `today`, in priority `group`.
pub fn check_contract(
    contract: &Contract,
    group: u8,
    settings: &Settings,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    dated_findings(contract, group, settings, today, &mut findings);
    for action in overdue_actions(contract, today) {
        let mut finding = Finding::new(contract, Code::ActionOverdue);
        finding.date = action.due;
        finding.reference = action.reference.clone();
        finding.log_line = Some(action.line);
        findings.push(finding);
    }
    kpi_missing(contract, settings, today, &mut findings);
    price_adjustment(contract, today, &mut findings);
    lou_findings(contract, &settings.lou, today, &mut findings);
    let step = escalation(contract, today).step;
    if step >= 2 {
        let mut finding = Finding::new(contract, Code::Escalation);
        finding.step = Some(step);
        findings.push(finding);
    }
    findings
}

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

fn ceiling_message(finding: &Finding, lang: Language) -> String {
    let m = messages::of(lang);
    let amount = crate::i18n::sek(finding.amount.unwrap_or_default().as_sek(), lang);
    let limit = crate::i18n::sek(finding.limit.unwrap_or_default().as_sek(), lang);
    match finding.code {
        Code::FrameworkCeilingReached => m.ceiling_reached(&amount, &limit),
        _ => m.ceiling_near(&amount, &limit),
    }
}

/// SPEC §13: `price-adjustment-due` for each adjustment date within 60 days, `index-missing`
/// for each month of the series that a date within 60 days needs.
fn price_adjustment(contract: &Contract, today: NaiveDate, findings: &mut Vec<Finding>) {
    let adjustments = price::adjustments(contract);
    for date in price::due(&adjustments, today) {
        findings.push(Finding::new(contract, Code::PriceAdjustmentDue).on(date));
    }
    for month in price::missing_months(&adjustments, today) {
        let mut finding = Finding::new(contract, Code::IndexMissing);
        finding.period = Some(month);
        finding.index = contract.price_adjustment.as_ref().map(|c| c.index.clone());
        findings.push(finding);
    }
}

/// SPEC §11: the framework term and the change limit, only the more severe of each pair.
fn lou_findings(
    contract: &Contract,
    lou: &LouSettings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    if let Some((status, last_day)) = framework_term(contract, lou) {
        let code = match status {
            TermStatus::Exceeded => Code::FrameworkTermExceeded,
            TermStatus::OptionExceeds => Code::FrameworkOptionExceedsTerm,
        };
        let mut finding = Finding::new(contract, code).on(last_day);
        finding.detail = Some(Detail::Term {
            max_months: lou.framework_max_months,
        });
        findings.push(finding);
    }
    let change = change_limit(contract, lou, today);
    if let Some(status) = change.status() {
        let code = match status {
            ChangeStatus::Exceeded => Code::ChangeLimitExceeded,
            ChangeStatus::Near => Code::ChangeLimitNear,
        };
        let mut finding = Finding::new(contract, code);
        finding.amount = Some(change.net);
        finding.limit = Some(change.limit);
        finding.detail = Some(Detail::Change(change));
        findings.push(finding);
    }
}

/// The findings about due dates, from the same statuses as `avtal plan`'s (SPEC §16): each
/// overdue start meeting, follow-up and qualification check, the next option's deadline
/// (missed when overdue, due within `option_warning_days`) and a new procurement that should
/// have started by today (`contract-ending`, dated the effective end).
fn dated_findings(
    contract: &Contract,
    group: u8,
    settings: &Settings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let warn_until = today
        .checked_add_days(Days::new(u64::from(settings.option_warning_days)))
        .unwrap_or(NaiveDate::MAX);
    for (due, item) in due_statuses(contract, group, settings, today) {
        let overdue = item == ItemStatus::Overdue;
        let code = match due.kind {
            DueKind::StartMeeting if overdue => Code::StartMeetingOverdue,
            DueKind::Followup if overdue => Code::FollowupOverdue,
            DueKind::QualificationCheck if overdue => Code::QualificationCheckOverdue,
            DueKind::OptionDecision if overdue => Code::OptionDecisionMissed,
            DueKind::OptionDecision if due.date <= warn_until => Code::OptionDecisionDue,
            // Reported from the day the procurement should start, not only after it.
            DueKind::NewProcurement if overdue || due.date == today => {
                findings.push(
                    Finding::new(contract, Code::ContractEnding).on(contract.effective_end()),
                );
                continue;
            }
            _ => continue,
        };
        findings.push(Finding::new(contract, code).on(due.date));
    }
}

/// `kpi-missing`: one finding per KPI period P with start <= P.end <= effective end,
/// P.end + grace < today and P.end > today - 365 days that has no row.
fn kpi_missing(
    contract: &Contract,
    settings: &Settings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    if contract.kpis.is_empty() {
        return;
    }
    let year_ago = today
        .checked_sub_days(Days::new(365))
        .unwrap_or(NaiveDate::MIN);
    // P.end > today - 365 days, and P.end >= start.
    let Some(lowest) = year_ago.succ_opt().map(|d| d.max(contract.start)) else {
        return;
    };
    // P.end + grace < today  <=>  P.end <= today - grace - 1.
    let Some(highest) = today
        .checked_sub_days(Days::new(settings.kpi_grace_days as u64 + 1))
        .map(|d| d.min(contract.effective_end()))
    else {
        return;
    };
    if lowest > highest {
        return;
    }
    // Integer keys: comparing `Period`s directly builds dates on every comparison.
    let mut present: Vec<(usize, (i32, i32))> = contract
        .kpi_rows
        .iter()
        .map(|row| (row.kpi_index(), period_rank(row.period)))
        .collect();
    present.sort_unstable();
    for (index, kpi) in contract.kpis.iter().enumerate() {
        // The period containing `lowest` is the first whose end is >= `lowest`.
        let mut period = Period::containing(lowest, kpi.frequency);
        while period.end() <= highest {
            if kpi.reports_in(period)
                && present
                    .binary_search(&(index, period_rank(period)))
                    .is_err()
            {
                let mut finding = Finding::new(contract, Code::KpiMissing);
                finding.kpi = Some(kpi.id.clone());
                finding.period = Some(period);
                findings.push(finding);
            }
            period = period.next();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Frequency;
    use crate::model::test_support::{contract, d, kpi_row, log_entry, option};
    use crate::model::{Direction, Kpi, KpiRow, LogEntry, LogType, Requirement};

    fn codes(findings: &[Finding]) -> Vec<(&str, Option<String>)> {
        findings
            .iter()
            .map(|f| (f.code.as_str(), f.date.map(|d| d.to_string())))
            .collect()
    }

    fn only(findings: Vec<Finding>, code: Code) -> Vec<Finding> {
        findings.into_iter().filter(|f| f.code == code).collect()
    }

    fn run(c: &Contract, group: u8, today: &str) -> Vec<Finding> {
        check_contract(c, group, &Settings::default(), d(today))
    }

    fn register(contracts: Vec<Contract>) -> Register {
        Register {
            root: "reg".into(),
            settings: Settings::default(),
            contracts,
            spend: Default::default(),
        }
    }

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

    // ---- KPIs ------------------------------------------------------------------------------

    fn kpi(id: &str, frequency: Frequency) -> Kpi {
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

    fn missing(findings: Vec<Finding>) -> Vec<String> {
        only(findings, Code::KpiMissing)
            .iter()
            .map(|f| format!("{}:{}", f.kpi.as_deref().unwrap_or(""), f.period.unwrap()))
            .collect()
    }

    #[test]
    fn kpi_missing_respects_grace_days() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.kpis = vec![kpi("lev", Frequency::Monthly)];
        // January ends 2026-01-31; + 30 days = 2026-03-02, so missing only from 2026-03-03.
        assert!(missing(run(&c, 3, "2026-03-02")).is_empty());
        assert_eq!(missing(run(&c, 3, "2026-03-03")), ["lev:2026-01"]);
        c.kpi_rows.push(kpi_row(0, "2026-01", 96.0));
        assert!(missing(run(&c, 3, "2026-03-03")).is_empty());
    }

    #[test]
    fn kpi_missing_looks_back_one_year_and_not_past_the_end() {
        let mut c = contract("a", "2020-01-01", "2026-03-31");
        c.kpis = vec![kpi("nki", Frequency::Quarterly)];
        // T = 2026-03-31: periods ending in (2025-03-31, min(end 2026-03-31, T - 31 days)].
        assert_eq!(
            missing(run(&c, 3, "2026-03-31")),
            ["nki:2025-Q2", "nki:2025-Q3", "nki:2025-Q4"]
        );
        c.end = d("2026-12-31");
        assert_eq!(
            missing(run(&c, 3, "2026-05-15")),
            ["nki:2025-Q2", "nki:2025-Q3", "nki:2025-Q4", "nki:2026-Q1"]
        );
    }

    #[test]
    fn kpi_missing_not_before_the_start() {
        let mut c = contract("a", "2026-02-15", "2029-12-31");
        c.kpis = vec![kpi("lev", Frequency::Monthly)];
        // January 2026 ends before the start; February ends after it and counts.
        assert_eq!(
            missing(run(&c, 3, "2026-05-01")),
            ["lev:2026-02", "lev:2026-03"]
        );
    }

    fn change_entry(date: &str, amount: f64) -> LogEntry {
        let mut e = log_entry(date, LogType::Change);
        e.amount = Some(amount);
        e
    }

    #[test]
    fn change_limit_findings_explain_the_limit() {
        let mut c = contract("a", "2024-01-01", "2029-12-31");
        c.contract_value = Some(Money::from_kronor(18_000_000));
        c.log = vec![
            log_entry("2024-01-20", LogType::StartMeeting),
            change_entry("2025-01-01", 1_000_000.0),
            change_entry("2025-06-01", 250_000.0),
        ];
        // 1 250 000 of 1 800 000 is 69 %: no finding yet.
        assert!(only(run(&c, 3, "2026-01-01"), Code::ChangeLimitNear).is_empty());
        c.log.push(change_entry("2025-09-01", 190_000.0));
        let near = only(run(&c, 3, "2026-01-01"), Code::ChangeLimitNear);
        assert_eq!(near.len(), 1);
        assert_eq!(near[0].amount, Some(Money::from_kronor(1_440_000)));
        assert_eq!(near[0].limit, Some(Money::from_kronor(1_800_000)));
        assert_eq!(
            near[0].message(Language::Sv),
            "Ändringar netto 1\u{a0}440\u{a0}000\u{a0}kr av högst 1\u{a0}800\u{a0}000\u{a0}kr (10 % av avtalsvärdet) — 360\u{a0}000\u{a0}kr kvar"
        );
        assert_eq!(
            near[0].message(Language::En),
            "Net changes SEK 1,440,000 of at most SEK 1,800,000 (10 % of the contract value) — SEK 360,000 left"
        );
        c.log.push(change_entry("2025-10-01", 560_000.5));
        let findings = run(&c, 3, "2026-01-01");
        assert!(only(findings.clone(), Code::ChangeLimitNear).is_empty());
        let exceeded = only(findings, Code::ChangeLimitExceeded);
        assert_eq!(
            exceeded[0].message(Language::Sv),
            "Ändringar netto 2\u{a0}000\u{a0}000,50\u{a0}kr av högst 1\u{a0}800\u{a0}000\u{a0}kr (10 % av avtalsvärdet) — 200\u{a0}000,50\u{a0}kr över gränsen"
        );
    }

    #[test]
    fn framework_term_findings_one_of_the_pair() {
        let mut c = contract("a", "2024-01-01", "2027-12-31");
        c.kind = crate::model::Kind::Framework;
        c.options = vec![option(12, 3, false, false)];
        let findings = run(&c, 3, "2026-01-01");
        let option_finding = only(findings.clone(), Code::FrameworkOptionExceedsTerm);
        assert_eq!(option_finding[0].date, Some(d("2027-12-31")));
        assert_eq!(
            option_finding[0].message(Language::Sv),
            "Nästa option skulle förlänga ramavtalet bortom 4 år – sista tillåtna dag är 2027-12-31"
        );
        assert!(only(findings, Code::FrameworkTermExceeded).is_empty());
        c.options[0].exercised = true;
        let findings = run(&c, 3, "2026-01-01");
        assert_eq!(only(findings.clone(), Code::FrameworkTermExceeded).len(), 1);
        assert!(only(findings, Code::FrameworkOptionExceedsTerm).is_empty());
    }

    #[test]
    fn seasonal_kpi_is_not_missing_in_summer() {
        let mut c = contract("a", "2025-11-01", "2029-12-31");
        c.kpis = vec![kpi("halka", Frequency::Monthly)];
        c.kpis[0].months = vec![11, 12, 1, 2, 3];
        for month in ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"] {
            c.kpi_rows.push(kpi_row(0, month, 96.0));
        }
        // Last reported month March; nothing is due April–October.
        assert!(missing(run(&c, 3, "2026-10-31")).is_empty());
        // November 2026 is due again once its grace has passed.
        assert_eq!(missing(run(&c, 3, "2027-01-01")), ["halka:2026-11"]);
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

    // ---- the whole register ------------------------------------------------------------------

    #[test]
    fn only_contracts_active_today_and_sorted() {
        // Every one of them is within the renewal lead, so an active one has `contract-ending`.
        let ends_today = contract("a", "2020-01-01", "2026-05-01");
        let starts_today = contract("b", "2026-05-01", "2026-12-31");
        let ended = contract("c", "2020-01-01", "2026-04-30");
        let not_started = contract("d", "2026-05-02", "2026-12-31");
        let findings = check(
            &register(vec![ends_today, starts_today, ended, not_started]),
            d("2026-05-01"),
        );
        let keys: Vec<&str> = findings.iter().map(|f| f.contract.as_str()).collect();
        assert!(keys.contains(&"a") && keys.contains(&"b"), "{keys:?}");
        assert!(!keys.contains(&"c") && !keys.contains(&"d"), "{keys:?}");
        let mut sorted = findings.clone();
        sorted.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        assert_eq!(findings, sorted);
    }

    #[test]
    fn messages_in_both_languages() {
        let mut f = Finding::new(
            &contract("skola", "2026-01-01", "2027-01-01"),
            Code::KpiMissing,
        );
        f.kpi = Some("lev".into());
        f.period = Period::parse("2026-09");
        assert_eq!(
            f.message(Language::Sv),
            "Värde saknas för nyckeltal lev, period 2026-09"
        );
        assert_eq!(
            f.message(Language::En),
            "No value for KPI lev, period 2026-09"
        );
        assert!(f.next_step(Language::Sv).contains("--contract skola"));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn day(offset: i64) -> NaiveDate {
            d("2020-01-01") + chrono::Duration::days(offset)
        }

        proptest! {
            /// Whatever the contract and journal, check never panics, only reports on active
            /// contracts, sorts its output, and keeps `kpi-missing` inside the SPEC's bounds.
            #[test]
            fn invariants(
                start in 0i64..2500,
                length in 0i64..2500,
                terminated in proptest::option::of(0i64..2500),
                options in proptest::collection::vec((1u32..36, 0u32..24, 0u8..3), 0..4),
                log in proptest::collection::vec((0i64..4000, 0usize..9, 0i64..4000), 0..12),
                rows in proptest::collection::vec((0i32..96, 0.0f64..100.0), 0..30),
                today in 0i64..4000,
                group in 1u8..4,
                requirements in any::<bool>(),
            ) {
                let mut c = contract("p", "2020-01-01", "2020-01-01");
                c.start = day(start);
                c.end = day(start + length);
                c.terminated = terminated.map(|t| day(start + t.min(length)));
                c.options = options
                    .iter()
                    .map(|&(months, notice, state)| option(months, notice, state == 1, state == 2))
                    .collect();
                // Keep the options valid: nothing exercised after a declined or open one.
                let mut blocked = false;
                for o in &mut c.options {
                    if blocked { o.exercised = false; }
                    if !o.exercised { blocked = true; }
                }
                // Pinned, so that check() uses the same group as check_contract below.
                c.priority = Some(group);
                if requirements {
                    c.requirements.push(Requirement { name: "Krav".into() });
                }
                c.kpis = vec![kpi("lev", Frequency::Monthly), kpi("nki", Frequency::Quarterly)];
                let mut seen = std::collections::BTreeSet::new();
                for (index, value) in rows {
                    let month = Period::Month { year: 2020 + index / 12, month: (index % 12) as u32 + 1 };
                    if seen.insert(month) {
                        c.kpi_rows.push(KpiRow { period: month, kpi: 0, value, source: Default::default(), note: Default::default(), line: 2 });
                    }
                }
                for (date, kind, due) in log {
                    let kind = LogType::ALL[kind];
                    c.log.push(LogEntry {
                        reference: Some("AV-1".into()),
                        due: (kind == LogType::Action).then(|| day(due)),
                        ..log_entry(&day(date).to_string(), kind)
                    });
                }
                let today = day(today);
                let settings = Settings::default();
                let findings = check_contract(&c, group, &settings, today);
                if !c.is_active_on(today) {
                    // check() filters inactive contracts; check_contract is only called on active ones.
                    return Ok(());
                }
                let all = check(&register(vec![c.clone()]), today);
                let mut sorted = findings.clone();
                sorted.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                prop_assert_eq!(&all, &sorted);
                let year_ago = today - chrono::Duration::days(365);
                for f in &all {
                    prop_assert_eq!(f.severity, f.code.severity());
                    if f.code == Code::KpiMissing {
                        let end = f.period.unwrap().end();
                        prop_assert!(end >= c.start && end <= c.effective_end());
                        prop_assert!(end + chrono::Duration::days(30) < today && end > year_ago);
                    }
                    let past_due = matches!(
                        f.code,
                        Code::FollowupOverdue
                            | Code::QualificationCheckOverdue
                            | Code::StartMeetingOverdue
                            | Code::ActionOverdue
                            | Code::OptionDecisionMissed
                    );
                    if let (true, Some(date)) = (past_due, f.date) {
                        prop_assert!(date < today, "{:?}", f);
                    }
                }
            }
        }
    }
}
