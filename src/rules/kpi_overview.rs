//! The KPI overview of `avtal kpi show`: the last periods of each KPI with their values,
//! breaches, current streak (SPEC §6) and missing periods (SPEC §5.3). Pure.

use crate::dates::Period;
use crate::model::Contract;
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// What is known about one period of a KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodState {
    /// A value that meets the target.
    Ok,
    /// A value worse than the target.
    Breach,
    /// No value, and the period's value is overdue (period end + `kpi_grace_days` < today).
    Missing,
    /// No value yet, but it is not due yet.
    NotDue,
}

/// One period of a KPI.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodLine {
    pub period: Period,
    pub value: Option<f64>,
    pub state: PeriodState,
}

/// The overview of one KPI.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiOverview {
    /// Index into the contract's KPIs.
    pub kpi: usize,
    /// The last periods, oldest first.
    pub periods: Vec<PeriodLine>,
    /// Consecutive breaches counted back from the latest row with period start <= today.
    pub streak: u32,
    /// Periods in the window whose value is overdue.
    pub missing: Vec<Period>,
}

/// Consecutive breaches counted back from the KPI's latest row with period start <= `today`
/// (SPEC §6).
pub fn streak(contract: &Contract, kpi: usize, today: NaiveDate) -> u32 {
    let mut rows: Vec<(Period, f64)> = contract
        .kpi_rows
        .iter()
        .filter(|row| row.kpi_index() == kpi && row.period.start() <= today)
        .map(|row| (row.period, row.value))
        .collect();
    rows.sort_by_key(|row| row.0);
    rows.iter()
        .rev()
        .take_while(|(_, value)| contract.kpis[kpi].is_breach(*value))
        .count() as u32
}

/// The overview of every KPI of `contract`: the last `last` periods that have started by
/// `today` within the contract term.
pub fn overview(
    contract: &Contract,
    today: NaiveDate,
    grace_days: u32,
    last: usize,
) -> Vec<KpiOverview> {
    let window_end = today.min(contract.effective_end());
    contract
        .kpis
        .iter()
        .enumerate()
        .map(|(index, kpi)| {
            let values: BTreeMap<Period, f64> = contract
                .kpi_rows
                .iter()
                .filter(|row| row.kpi_index() == index)
                .map(|row| (row.period, row.value))
                .collect();
            let all = Period::covering(contract.start, window_end, kpi.frequency);
            let skip = all.len().saturating_sub(last);
            let periods: Vec<PeriodLine> = all[skip..]
                .iter()
                .map(|&period| {
                    let value = values.get(&period).copied();
                    let state = match value {
                        Some(v) if kpi.is_breach(v) => PeriodState::Breach,
                        Some(_) => PeriodState::Ok,
                        None if is_overdue(period, grace_days, today) => PeriodState::Missing,
                        None => PeriodState::NotDue,
                    };
                    PeriodLine {
                        period,
                        value,
                        state,
                    }
                })
                .collect();
            let missing = periods
                .iter()
                .filter(|line| line.state == PeriodState::Missing)
                .map(|line| line.period)
                .collect();
            KpiOverview {
                kpi: index,
                periods,
                streak: streak(contract, index, today),
                missing,
            }
        })
        .collect()
}

fn is_overdue(period: Period, grace_days: u32, today: NaiveDate) -> bool {
    period
        .end()
        .checked_add_days(Days::new(grace_days as u64))
        .is_some_and(|due| due < today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::test_contract;

    use crate::model::test_support::{d, kpi_row};

    #[test]
    fn window_states_streak_and_missing() {
        let mut contract = test_contract();
        contract.kpi_rows = vec![
            kpi_row(0, "2026-06", 96.0),
            kpi_row(0, "2026-07", 94.0),
            kpi_row(0, "2026-08", 90.0),
            kpi_row(0, "2026-10", 93.0),
            kpi_row(2, "2026-Q2", 72.0),
        ];
        let today = d("2026-11-22");
        let view = overview(&contract, today, 30, 6);
        let lev = &view[0];
        let lines: Vec<(String, PeriodState)> = lev
            .periods
            .iter()
            .map(|l| (l.period.to_string(), l.state))
            .collect();
        assert_eq!(
            lines,
            [
                ("2026-06".into(), PeriodState::Ok),
                ("2026-07".into(), PeriodState::Breach),
                ("2026-08".into(), PeriodState::Breach),
                ("2026-09".into(), PeriodState::Missing),
                ("2026-10".into(), PeriodState::Breach),
                ("2026-11".into(), PeriodState::NotDue),
            ]
        );
        // Streak counts rows, not periods: 07, 08 and 10 are consecutive rows.
        assert_eq!(lev.streak, 3);
        assert_eq!(lev.missing, [Period::parse("2026-09").unwrap()]);
        let nki = &view[2];
        assert_eq!(nki.streak, 0);
        assert_eq!(nki.periods.len(), 6);
        assert_eq!(nki.periods[5].period.to_string(), "2026-Q4");
        let missing: Vec<String> = nki.missing.iter().map(|p| p.to_string()).collect();
        assert_eq!(missing, ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q3"]);
    }

    #[test]
    fn window_starts_at_the_contract_start() {
        let contract = test_contract();
        let view = overview(&contract, d("2024-05-10"), 30, 12);
        let names: Vec<String> = view[0]
            .periods
            .iter()
            .map(|l| l.period.to_string())
            .collect();
        assert_eq!(names, ["2024-03", "2024-04", "2024-05"]);
        assert!(
            overview(&contract, d("2023-01-01"), 30, 12)[0]
                .periods
                .is_empty()
        );
    }

    #[test]
    fn streak_ignores_rows_in_the_future() {
        let mut contract = test_contract();
        contract.kpi_rows = vec![kpi_row(1, "2026-01", 5.0), kpi_row(1, "2026-02", 2.0)];
        assert_eq!(streak(&contract, 1, d("2026-01-31")), 1);
        assert_eq!(streak(&contract, 1, d("2026-02-01")), 0);
    }
}
