//! `avtal check` findings (SPEC §5.3): what needs attention today, as pure functions of the
//! register and `today`. Journal entries dated after today are ignored by every rule, so a check
//! can be replayed for any past date.
//!
//! Each subject has its module: `meetings` (start meeting, follow-ups, qualification checks),
//! `options` (option deadlines and the end), `actions` (overdue actions and escalation), `kpis`,
//! `lou` (framework term and change limits), `ceilings` (spend ceilings) and `price` (price
//! adjustment and index). `codes` is the table of every finding code ([`CODES`]); this module is
//! the driver that runs the subjects and sorts their findings.

mod actions;
mod ceilings;
mod codes;
mod finding;
mod kpis;
mod lou;
mod meetings;
mod options;
mod price;
mod settle;
#[cfg(test)]
mod test_support;

pub use ceilings::ceiling_findings;
pub use codes::{CODES, Code, CodeRow, Description, Severity, Text};
pub use finding::{Acknowledgement, Detail, Finding};
pub use lou::change_basis;
pub use settle::{acknowledgement, settle};

use crate::model::{Contract, Register, Settings};
use crate::rules::priority;
use crate::rules::schedule::DueKind;
use crate::rules::status::{ItemStatus, due_statuses};
use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;

/// SPEC §5.3: every finding for the contracts active on `today`, sorted as SPEC §5.4 says, with
/// `[checks] severity` applied and each finding's acknowledgement attached (SPEC §22; see
/// [`register_findings`]).
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
/// that look across the register (`lou-values-outdated`, the framework ceilings from spend),
/// sorted as SPEC §5.4 says; then [`settle`]d: the codes `[checks] severity` turns off are gone,
/// the others have its severity, and each finding carries the acknowledgement that holds on
/// `today` (`Finding::acknowledged`; SPEC §22). Needs no KPI rows.
pub fn register_findings(
    register: &Register,
    per_contract: Vec<Vec<Finding>>,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut ceilings = ceiling_findings(register, today);
    ceilings.extend(lou::values_outdated(&register.settings.lou, today));
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
    settle(register, &mut findings, today);
    findings
}

/// The findings for one contract active on `today`, in priority `group`: each subject's, in a
/// fixed order (the caller sorts them).
pub fn check_contract(
    contract: &Contract,
    group: u8,
    settings: &Settings,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    dated_findings(contract, group, settings, today, &mut findings);
    actions::overdue_action_findings(contract, today, &mut findings);
    kpis::kpi_missing(contract, settings, today, &mut findings);
    price::price_adjustment(contract, today, &mut findings);
    lou::lou_findings(contract, &settings.lou, today, &mut findings);
    actions::escalation_finding(contract, today, &mut findings);
    findings
}

/// The findings about due dates, from the same statuses as `avtal plan`'s (SPEC §16): one pass
/// over them, each handed to its subject (meetings, or options and the end).
fn dated_findings(
    contract: &Contract,
    group: u8,
    settings: &Settings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    let warn_until = options::warn_until(settings, today);
    for (due, item) in due_statuses(contract, group, settings, today) {
        let overdue = item == ItemStatus::Overdue;
        let finding = match due.kind {
            DueKind::StartMeeting | DueKind::Followup | DueKind::QualificationCheck => {
                meetings::overdue_meeting(contract, &due, overdue)
            }
            DueKind::OptionDecision | DueKind::NewProcurement => {
                options::deadline(contract, &due, overdue, today, warn_until)
            }
            // Price adjustments are found from the clause itself (`price`).
            _ => None,
        };
        findings.extend(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use crate::dates::{Frequency, Period};
    use crate::model::test_support::{contract, d, log_entry, option};
    use crate::model::{KpiRow, Language, LogEntry, LogType, Requirement};

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
                let mut all = check(&register(vec![c.clone()]), today);
                // `lou-values-outdated` is about the register, not the contract.
                all.retain(|f| !f.is_register_finding());
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
