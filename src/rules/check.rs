//! `avtal check` findings (SPEC §5.3): what needs attention today, as pure functions of the
//! register and `today`. Journal entries dated after today are ignored by every rule, so a check
//! can be replayed for any past date.

use crate::dates::{Period, add_months};
use crate::model::{Contract, Language, LogType, Register, Settings};
use crate::money::Money;
use crate::rules::escalation::{escalation, overdue_actions, period_rank};
use crate::rules::spend::ceiling_spend;
use crate::rules::{priority, schedule};
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
            | Code::FrameworkCeilingReached => Severity::Error,
            Code::OptionDecisionDue
            | Code::ContractEnding
            | Code::KpiMissing
            | Code::Escalation
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
    /// The amount a limit is compared with (`framework-ceiling-*`: matched spend).
    pub amount: Option<Money>,
    /// The limit (`framework-ceiling-*`: `max_value`).
    pub limit: Option<Money>,
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
            amount: None,
            limit: None,
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
        let date = self.date_text();
        let reference = self.reference.as_deref().unwrap_or("");
        let kpi = self.kpi.as_deref().unwrap_or("");
        let period = self.period.map(|p| p.to_string()).unwrap_or_default();
        match (self.code, lang) {
            (Code::StartMeetingOverdue, Language::Sv) => {
                format!("Startmöte saknas – skulle ha hållits senast {date}")
            }
            (Code::StartMeetingOverdue, Language::En) => {
                format!("No start meeting logged – it was due {date}")
            }
            (Code::FollowupOverdue, Language::Sv) => {
                format!("Uppföljning försenad – förföll {date}")
            }
            (Code::FollowupOverdue, Language::En) => {
                format!("Follow-up overdue – it was due {date}")
            }
            (Code::QualificationCheckOverdue, Language::Sv) => {
                format!("Kontroll av kvalificeringskrav försenad – förföll {date}")
            }
            (Code::QualificationCheckOverdue, Language::En) => {
                format!("Qualification check overdue – it was due {date}")
            }
            (Code::ActionOverdue, Language::Sv) => {
                format!("Åtgärd för avvikelse {reference} försenad – skulle vara klar {date}")
            }
            (Code::ActionOverdue, Language::En) => {
                format!("Action for deviation {reference} overdue – it was due {date}")
            }
            (Code::OptionDecisionMissed, Language::Sv) => {
                format!("Sista dag att meddela beslut om förlängningsoption har passerat ({date})")
            }
            (Code::OptionDecisionMissed, Language::En) => {
                format!("The notice deadline of the extension option has passed ({date})")
            }
            (Code::OptionDecisionDue, Language::Sv) => {
                format!("Beslut om förlängningsoption ska meddelas senast {date}")
            }
            (Code::OptionDecisionDue, Language::En) => {
                format!("Decide on the extension option and give notice by {date}")
            }
            (Code::ContractEnding, Language::Sv) => {
                format!("Avtalet upphör {date} utan förlängningsoption eller efterföljare")
            }
            (Code::ContractEnding, Language::En) => {
                format!("The contract ends {date} with no extension option and no successor")
            }
            (Code::KpiMissing, Language::Sv) => {
                format!("Värde saknas för nyckeltal {kpi}, period {period}")
            }
            (Code::KpiMissing, Language::En) => {
                format!("No value for KPI {kpi}, period {period}")
            }
            (Code::Escalation, lang) => {
                let step = self.step.unwrap_or(0);
                let level = match (step, lang) {
                    (0 | 1, Language::Sv) => "normal nivå",
                    (2, Language::Sv) => "avvikelser",
                    (_, Language::Sv) => "fortgående avvikelser",
                    (0 | 1, Language::En) => "normal",
                    (2, Language::En) => "deviations",
                    (_, Language::En) => "persistent deviations",
                };
                match lang {
                    Language::Sv => format!("Eskaleringssteg {step} ({level})"),
                    Language::En => format!("Escalation step {step} ({level})"),
                }
            }
            (Code::FrameworkCeilingReached | Code::FrameworkCeilingNear, lang) => {
                ceiling_message(self, lang)
            }
        }
    }

    /// What to do next, with the `avtal` command that records it where there is one.
    pub fn next_step(&self, lang: Language) -> String {
        let key = &self.contract;
        let reference = self.reference.as_deref().unwrap_or("REF");
        match (self.code, lang) {
            (Code::StartMeetingOverdue, Language::Sv) => format!(
                "Håll startmötet med leverantören och logga det: avtal log {key} start-meeting"
            ),
            (Code::StartMeetingOverdue, Language::En) => format!(
                "Hold the start meeting with the supplier and log it: avtal log {key} start-meeting"
            ),
            (Code::FollowupOverdue, Language::Sv) => format!(
                "Gör statistikuppföljningen, håll mötet med leverantören och logga det: avtal log {key} followup"
            ),
            (Code::FollowupOverdue, Language::En) => format!(
                "Follow up the statistics, meet the supplier and log it: avtal log {key} followup"
            ),
            (Code::QualificationCheckOverdue, Language::Sv) => format!(
                "Kontrollera kvalificeringskraven (kreditvärdighet, betalda skatter, certifikat) och logga: avtal log {key} qualification-check"
            ),
            (Code::QualificationCheckOverdue, Language::En) => format!(
                "Re-check the qualification requirements (credit rating, taxes paid, certificates) and log it: avtal log {key} qualification-check"
            ),
            (Code::ActionOverdue, Language::Sv) => format!(
                "Kräv besked av leverantören om handlingsplanen; när avvikelsen är åtgärdad: avtal log {key} resolved --ref {reference}"
            ),
            (Code::ActionOverdue, Language::En) => format!(
                "Ask the supplier where the action plan stands; when the deviation is closed: avtal log {key} resolved --ref {reference}"
            ),
            (Code::OptionDecisionMissed, Language::Sv) => "Ta med jurist reda på om förlängning ändå kan avtalas; ange exercised eller declined för optionen i contract.toml".to_string(),
            (Code::OptionDecisionMissed, Language::En) => "Ask legal counsel whether an extension can still be agreed; set exercised or declined on the option in contract.toml".to_string(),
            (Code::OptionDecisionDue, Language::Sv) => "Ta fram underlag, besluta om förlängning och meddela leverantören skriftligt; ange sedan exercised eller declined i contract.toml".to_string(),
            (Code::OptionDecisionDue, Language::En) => "Prepare the decision, decide on the extension and notify the supplier in writing; then set exercised or declined in contract.toml".to_string(),
            (Code::ContractEnding, Language::Sv) => "Starta nästa upphandling i tid, eller ange successor i contract.toml".to_string(),
            (Code::ContractEnding, Language::En) => "Start the next procurement in time, or set successor in contract.toml".to_string(),
            (Code::KpiMissing, Language::Sv) => format!(
                "Begär värdet av leverantören och läs in det: avtal kpi import FIL --contract {key}"
            ),
            (Code::KpiMissing, Language::En) => format!(
                "Ask the supplier for the value and import it: avtal kpi import FILE --contract {key}"
            ),
            (Code::Escalation, Language::Sv) => {
                format!("Se vem som ansvarar och vad som ska göras: avtal escalation {key}")
            }
            (Code::Escalation, Language::En) => {
                format!("See who is responsible and what to do: avtal escalation {key}")
            }
            (Code::FrameworkCeilingReached | Code::FrameworkCeilingNear, lang) => {
                ceiling_next_step(self, lang)
            }
        }
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
    let priorities = priority::priorities(register, today.year());
    let mut findings: Vec<Finding> = register
        .contracts
        .par_iter()
        .filter(|contract| contract.is_active_on(today))
        .flat_map_iter(|contract| {
            let group = priorities.group(&contract.key).unwrap_or(3);
            check_contract(contract, group, &register.settings, today)
        })
        .collect();
    findings.extend(ceiling_findings(register, today));
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
    start_meeting(contract, settings, today, &mut findings);
    let followup_dues = schedule::followup_dues(contract, group, settings);
    if let Some(due) = window_overdue(contract, &followup_dues, LogType::Followup, today) {
        findings.push(Finding::new(contract, Code::FollowupOverdue).on(due));
    }
    let qualification_dues = schedule::qualification_dues(contract, settings);
    if let Some(due) = window_overdue(
        contract,
        &qualification_dues,
        LogType::QualificationCheck,
        today,
    ) {
        findings.push(Finding::new(contract, Code::QualificationCheckOverdue).on(due));
    }
    for action in overdue_actions(contract, today) {
        let mut finding = Finding::new(contract, Code::ActionOverdue);
        finding.date = action.due;
        finding.reference = action.reference.clone();
        findings.push(finding);
    }
    options_and_ending(contract, settings, today, &mut findings);
    kpi_missing(contract, settings, today, &mut findings);
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
    let amount = crate::i18n::sek(finding.amount.unwrap_or_default().as_sek(), lang);
    let limit = crate::i18n::sek(finding.limit.unwrap_or_default().as_sek(), lang);
    match (finding.code, lang) {
        (Code::FrameworkCeilingReached, Language::Sv) => {
            format!("Takvolymen är nådd: {amount} av {limit} har köpts på avtalet")
        }
        (Code::FrameworkCeilingReached, Language::En) => {
            format!("The maximum value is reached: {amount} of {limit} has been bought")
        }
        (_, Language::Sv) => {
            format!("Takvolymen är snart nådd: {amount} av {limit} (minst 80 %)")
        }
        (_, Language::En) => {
            format!("Close to the maximum value: {amount} of {limit} (80 % or more)")
        }
    }
}

fn ceiling_next_step(finding: &Finding, lang: Language) -> String {
    match (finding.code, lang) {
        (Code::FrameworkCeilingReached, Language::Sv) => "Avropa inte mer på avtalet; starta en ny upphandling (köp över takvolymen är en otillåten direktupphandling)".to_string(),
        (Code::FrameworkCeilingReached, Language::En) => "Stop call-offs under the agreement and start a new procurement (buying beyond the maximum value is an unlawful direct award)".to_string(),
        (_, Language::Sv) => "Planera en ny upphandling och följ avropen: avtal spend".to_string(),
        (_, Language::En) => "Plan a new procurement and watch the call-offs: avtal spend".to_string(),
    }
}

/// `start-meeting-overdue`: due D, today > D, D >= today - 365 days (older contracts are not
/// nagged about a start meeting forever), and no `start-meeting` logged on or before today.
fn start_meeting(
    contract: &Contract,
    settings: &Settings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let Some(due) = schedule::start_meeting_due(contract, settings) else {
        return;
    };
    let year_ago = today
        .checked_sub_days(Days::new(365))
        .unwrap_or(NaiveDate::MIN);
    let held = contract
        .log
        .iter()
        .any(|e| e.kind == LogType::StartMeeting && e.date <= today);
    if today > due && due >= year_ago && !held {
        findings.push(Finding::new(contract, Code::StartMeetingOverdue).on(due));
    }
}

/// The follow-up window rule of SPEC §5.3, shared by follow-ups and qualification checks:
/// d_k is the latest due date before today (d_0 = start); it is overdue when no entry of `kind`
/// is dated in (d_{k-1}, today] — for k = 1 in [start, today]. Returns d_k when overdue.
fn window_overdue(
    contract: &Contract,
    dues: &[NaiveDate],
    kind: LogType,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let k = dues.partition_point(|due| *due < today);
    if k == 0 {
        return None;
    }
    let due = dues[k - 1];
    let done = |date: NaiveDate| {
        if k == 1 {
            contract.start <= date && date <= today
        } else {
            dues[k - 2] < date && date <= today
        }
    };
    let logged = contract.log.iter().any(|e| e.kind == kind && done(e.date));
    (!logged).then_some(due)
}

/// `option-decision-missed`, `option-decision-due` and `contract-ending`.
fn options_and_ending(
    contract: &Contract,
    settings: &Settings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    if let Some(deadline) = contract.next_option_deadline() {
        let warn_until = today
            .checked_add_days(Days::new(settings.option_warning_days as u64))
            .unwrap_or(NaiveDate::MAX);
        if deadline < today {
            findings.push(Finding::new(contract, Code::OptionDecisionMissed).on(deadline));
        } else if deadline <= warn_until {
            findings.push(Finding::new(contract, Code::OptionDecisionDue).on(deadline));
        }
        return;
    }
    if contract.successor.is_some() {
        return;
    }
    let end = contract.effective_end();
    if today >= add_months(end, -(settings.renewal_lead_months as i32)) {
        findings.push(Finding::new(contract, Code::ContractEnding).on(end));
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
        .map(|row| (row.kpi, period_rank(row.period)))
        .collect();
    present.sort_unstable();
    for (index, kpi) in contract.kpis.iter().enumerate() {
        // The period containing `lowest` is the first whose end is >= `lowest`.
        let mut period = Period::containing(lowest, kpi.frequency);
        while period.end() <= highest {
            if present
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
    use crate::model::test_support::{contract, d, kpi_row, option};
    use crate::model::{Direction, Kpi, KpiRow, LogEntry, Requirement};

    fn entry(date: &str, kind: LogType) -> LogEntry {
        LogEntry {
            date: d(date),
            kind,
            reference: None,
            due: None,
            amount: None,
            note: String::new(),
            line: 2,
        }
    }

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
        c.log.push(entry("2026-02-10", LogType::StartMeeting));
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
        c.log.push(entry("2026-01-01", LogType::StartMeeting));
        assert!(only(run(&c, 1, "2026-03-01"), Code::FollowupOverdue).is_empty());
        let found = only(run(&c, 1, "2026-03-02"), Code::FollowupOverdue);
        assert_eq!(
            codes(&found),
            [("followup-overdue", Some("2026-03-01".into()))]
        );
        // A follow-up on the start day counts for k = 1.
        c.log.push(entry("2026-01-01", LogType::Followup));
        assert!(only(run(&c, 1, "2026-03-02"), Code::FollowupOverdue).is_empty());
    }

    #[test]
    fn late_followup_clears_the_finding() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.log.push(entry("2026-03-20", LogType::Followup));
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
        c.log.push(entry("2026-03-01", LogType::Followup));
        let found = only(run(&c, 1, "2026-05-02"), Code::FollowupOverdue);
        assert_eq!(
            codes(&found),
            [("followup-overdue", Some("2026-05-01".into()))]
        );
        // One day after d_1 it counts for d_2.
        c.log.push(entry("2026-03-02", LogType::Followup));
        assert!(only(run(&c, 1, "2026-05-02"), Code::FollowupOverdue).is_empty());
    }

    #[test]
    fn followups_after_today_are_ignored() {
        let mut c = contract("a", "2026-01-01", "2029-12-31");
        c.log.push(entry("2026-06-01", LogType::Followup));
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
        c.log.push(entry("2025-12-15", LogType::QualificationCheck));
        assert!(only(run(&c, 3, "2026-02-01"), Code::QualificationCheckOverdue).is_empty());
    }

    // ---- actions ---------------------------------------------------------------------------

    #[test]
    fn overdue_action_names_its_deviation_and_due_date() {
        let mut c = contract("a", "2025-01-01", "2029-12-31");
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            ..entry("2026-03-01", LogType::Deviation)
        });
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            due: Some(d("2026-04-30")),
            ..entry("2026-03-05", LogType::Action)
        });
        let found = only(run(&c, 3, "2026-05-01"), Code::ActionOverdue);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].reference.as_deref(), Some("AV-1"));
        assert_eq!(found[0].date, Some(d("2026-04-30")));
        assert_eq!(found[0].severity, Severity::Error);
        c.log.push(LogEntry {
            reference: Some("AV-1".into()),
            ..entry("2026-05-01", LogType::Resolved)
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
                        c.kpi_rows.push(KpiRow { period: month, kpi: 0, value, source: String::new(), note: String::new(), line: 2 });
                    }
                }
                for (date, kind, due) in log {
                    let kind = LogType::ALL[kind];
                    c.log.push(LogEntry {
                        reference: Some("AV-1".into()),
                        due: (kind == LogType::Action).then(|| day(due)),
                        ..entry(&day(date).to_string(), kind)
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
