//! KPIs (SPEC §5.3): `kpi-missing`.

use super::codes::Code;
use super::finding::Finding;
use crate::dates::Period;
use crate::model::{Contract, Settings};
use crate::rules::escalation::period_rank;
use chrono::{Days, NaiveDate};

/// `kpi-missing`: one finding per KPI period P with start <= P.end <= effective end,
/// P.end + grace < today and P.end > today - 365 days that has no row.
pub(super) fn kpi_missing(
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
    use super::super::test_support::*;
    use super::*;
    use crate::dates::Frequency;
    use crate::model::test_support::{contract, d, kpi_row};

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
}
