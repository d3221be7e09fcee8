//! Price adjustment against an index (SPEC §13): the adjustment dates of an index clause, the
//! allowed change at each with the carry-forward of small changes, and a supplier's claim
//! checked against it. Pure functions of the contract (its clause carries its series) and dates.
//!
//! Computed in f64 without rounding; [`round_to`] is applied only when a value is written out.

use crate::dates::{Frequency, Period, add_months};
use crate::model::{Contract, LogType, PriceAdjustment};
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeSet;

/// `price-adjustment-due` looks this many days ahead (SPEC §5.3).
pub const DUE_WINDOW_DAYS: u64 = 60;
/// `price-adjustment-unrecorded` looks this many days back (SPEC §5.3).
pub const UNRECORDED_WINDOW_DAYS: u64 = 90;
/// A claim within this many percentage points above the allowed change is within the index.
pub const CLAIM_TOLERANCE: f64 = 0.005;
/// Changes are compared with the threshold at this many decimals, so that a change exactly at
/// the threshold (2.0 %) applies even when binary arithmetic gives 1.9999999999999998.
const THRESHOLD_DECIMALS: i32 = 9;

/// The computed change at one adjustment date.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    /// I(B).
    pub base_value: f64,
    /// I(M).
    pub value: f64,
    /// p = share × (I(M) / I(B) − 1) × 100.
    pub change_percent: f64,
    /// Whether |p| reached `min_change_percent`.
    pub applied: bool,
    /// The product of (1 + p/100) over the applied adjustments so far.
    pub factor: f64,
}

/// One adjustment date D_k of a clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Adjustment {
    pub date: NaiveDate,
    /// B at this date; `None` on the dates after the first one without index values.
    pub base_period: Option<Period>,
    /// The comparison month M.
    pub period: Period,
    /// `None` from the first date whose index values are missing onwards.
    pub computed: Option<Computed>,
    /// The months this date needs that the series lacks (B and M at the first date without
    /// values, M at later ones).
    pub missing: Vec<Period>,
}

impl Adjustment {
    /// The allowed change A: p when applied, 0 when under the threshold; `None` when missing.
    pub fn allowed_percent(&self) -> Option<f64> {
        self.computed
            .as_ref()
            .map(|c| if c.applied { c.change_percent } else { 0.0 })
    }
}

/// Rounds to `decimals` decimals (for output: 4 for percentages, 6 for factors).
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

/// D_k = add_months(first, (k−1) × interval_months) while D_k <= `end`, each from the anchor in
/// one step (SPEC §3).
pub fn adjustment_dates(clause: &PriceAdjustment, end: NaiveDate) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    let step = clause.interval_months.max(1) as i32;
    for k in 0.. {
        let date = add_months(clause.first, k * step);
        // Bounded work on any input: no register date lies after 9999 (SPEC §2.2), and
        // add_months saturates at chrono's range, so a date that did not move ends the list.
        if date > end || date.year() > 9999 || (k > 0 && dates.last() == Some(&date)) {
            break;
        }
        dates.push(date);
    }
    dates
}

/// Every adjustment of `contract` (none without a clause), in date order.
pub fn adjustments(contract: &Contract) -> Vec<Adjustment> {
    match &contract.price_adjustment {
        Some(clause) => schedule(clause, contract.effective_end()),
        None => Vec::new(),
    }
}

/// The rule of SPEC §13 for the dates of `clause` up to `end`.
pub fn schedule(clause: &PriceAdjustment, end: NaiveDate) -> Vec<Adjustment> {
    let values = &clause.series.values;
    let mut base = clause.base;
    let mut factor = 1.0;
    let mut broken = false;
    let mut out = Vec::new();
    for date in adjustment_dates(clause, end) {
        let period = Period::containing(
            add_months(date, -(clause.lag_months as i32)),
            Frequency::Monthly,
        );
        let found = (values.get(&base), values.get(&period));
        if broken {
            out.push(Adjustment {
                date,
                base_period: None,
                period,
                computed: None,
                missing: found.1.is_none().then_some(period).into_iter().collect(),
            });
            continue;
        }
        let (Some(&base_value), Some(&value)) = found else {
            broken = true;
            let mut missing = Vec::new();
            if found.0.is_none() {
                missing.push(base);
            }
            if found.1.is_none() && period != base {
                missing.push(period);
            }
            out.push(Adjustment {
                date,
                base_period: Some(base),
                period,
                computed: None,
                missing,
            });
            continue;
        };
        let change_percent = clause.share * (value / base_value - 1.0) * 100.0;
        let applied =
            round_to(change_percent.abs(), THRESHOLD_DECIMALS) >= clause.min_change_percent;
        let base_period = base;
        if applied {
            factor *= 1.0 + change_percent / 100.0;
            base = period;
        }
        out.push(Adjustment {
            date,
            base_period: Some(base_period),
            period,
            computed: Some(Computed {
                base_value,
                value,
                change_percent,
                applied,
                factor,
            }),
            missing: Vec::new(),
        });
    }
    out
}

/// The adjustment dates D with `today <= D <= today + 60 days` (`price-adjustment-due`).
pub fn due(adjustments: &[Adjustment], today: NaiveDate) -> Vec<NaiveDate> {
    let horizon = horizon(today);
    adjustments
        .iter()
        .map(|a| a.date)
        .filter(|date| today <= *date && *date <= horizon)
        .collect()
}

/// The months missing from the series that a date D <= today + 60 days needs (`index-missing`),
/// each once, sorted.
pub fn missing_months(adjustments: &[Adjustment], today: NaiveDate) -> Vec<Period> {
    let horizon = horizon(today);
    let months: BTreeSet<Period> = adjustments
        .iter()
        .filter(|a| a.date <= horizon)
        .flat_map(|a| a.missing.iter().copied())
        .collect();
    months.into_iter().collect()
}

/// Whether the journal holds a `price-adjustment` entry for adjustment date `date` dated on or
/// before `today` (SPEC §2.4: its `ref` is the date).
pub fn recorded(contract: &Contract, date: NaiveDate, today: NaiveDate) -> bool {
    contract.log.iter().any(|e| {
        e.kind == LogType::PriceAdjustment
            && e.date <= today
            && e.reference.as_deref().and_then(LogType::adjustment_date) == Some(date)
    })
}

/// Whether the rule of SPEC §13 leaves nothing to do on this date: its change is known and
/// under the threshold.
pub fn nothing_to_adjust(adjustment: &Adjustment) -> bool {
    adjustment.computed.as_ref().is_some_and(|c| !c.applied)
}

/// The adjustment dates D with `today − 90 days <= D < today` that the rule applies (or whose
/// index values are missing) and that no `price-adjustment` entry records
/// (`price-adjustment-unrecorded`, SPEC §5.3).
pub fn unrecorded(
    contract: &Contract,
    adjustments: &[Adjustment],
    today: NaiveDate,
) -> Vec<NaiveDate> {
    let since = today
        .checked_sub_days(Days::new(UNRECORDED_WINDOW_DAYS))
        .unwrap_or(NaiveDate::MIN);
    adjustments
        .iter()
        .filter(|a| since <= a.date && a.date < today)
        .filter(|a| !nothing_to_adjust(a) && !recorded(contract, a.date, today))
        .map(|a| a.date)
        .collect()
}

fn horizon(today: NaiveDate) -> NaiveDate {
    today
        .checked_add_days(Days::new(DUE_WINDOW_DAYS))
        .unwrap_or(NaiveDate::MAX)
}

/// What a supplier's claimed increase is, compared with the index (SPEC §13 `--claim`).
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimVerdict<'a> {
    /// Claimed <= A + 0.005: within the index.
    Within {
        adjustment: &'a Adjustment,
        allowed: f64,
    },
    /// Claimed more than allowed, by `excess` percentage points.
    TooHigh {
        adjustment: &'a Adjustment,
        allowed: f64,
        excess: f64,
    },
    /// The index values of the date are missing.
    Missing { adjustment: &'a Adjustment },
    /// No adjustment date on or before the day.
    NoDate,
}

/// Judges `claimed` percent for the latest adjustment date on or before `on`.
pub fn judge_claim(adjustments: &[Adjustment], claimed: f64, on: NaiveDate) -> ClaimVerdict<'_> {
    let Some(adjustment) = adjustments.iter().rev().find(|a| a.date <= on) else {
        return ClaimVerdict::NoDate;
    };
    match adjustment.allowed_percent() {
        None => ClaimVerdict::Missing { adjustment },
        // Compared at 9 decimals, so that 2.505 against 2.5 is within, as the rule says.
        Some(allowed) if round_to(claimed - allowed, THRESHOLD_DECIMALS) <= CLAIM_TOLERANCE => {
            ClaimVerdict::Within {
                adjustment,
                allowed,
            }
        }
        Some(allowed) => ClaimVerdict::TooHigh {
            adjustment,
            allowed,
            excess: claimed - allowed,
        },
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::IndexSeries;
    use crate::model::test_support::d;
    use proptest::prelude::*;
    use std::sync::Arc;

    fn month(text: &str) -> Period {
        Period::parse(text).unwrap()
    }

    /// A clause on a series of (month, value) pairs.
    pub(crate) fn clause(base: &str, first: &str, series: &[(&str, f64)]) -> PriceAdjustment {
        PriceAdjustment {
            index: "KPI".into(),
            base: month(base),
            share: 1.0,
            first: d(first),
            interval_months: 12,
            lag_months: 2,
            min_change_percent: 0.0,
            series: Arc::new(IndexSeries {
                name: "KPI".into(),
                values: series.iter().map(|(m, v)| (month(m), *v)).collect(),
            }),
        }
    }

    fn summary(adjustments: &[Adjustment]) -> Vec<String> {
        adjustments
            .iter()
            .map(|a| {
                let base = a.base_period.map_or("null".to_string(), |p| p.to_string());
                match &a.computed {
                    Some(c) => format!(
                        "{} {}->{} {:.4} {} {:.6}",
                        a.date, base, a.period, c.change_percent, c.applied, c.factor
                    ),
                    None => format!("{} {}->{} null", a.date, base, a.period),
                }
            })
            .collect()
    }

    #[test]
    fn share_and_carry_forward_of_small_changes() {
        let mut c = clause(
            "2024-01",
            "2025-03-01",
            &[
                ("2024-01", 400.0),
                ("2025-01", 405.0),
                ("2026-01", 412.0),
                ("2027-01", 416.0),
            ],
        );
        c.share = 0.8;
        c.min_change_percent = 2.0;
        let result = schedule(&c, d("2027-12-31"));
        assert_eq!(
            summary(&result),
            [
                // 0.8 × 1.25 % = 1.0 % < 2 %: not made, the base stays 2024-01.
                "2025-03-01 2024-01->2025-01 1.0000 false 1.000000",
                // 0.8 × 3 % = 2.4 %: made, against 2024-01 (the carried change is in it).
                "2026-03-01 2024-01->2026-01 2.4000 true 1.024000",
                // 0.8 × (416/412 − 1) = 0.7767 %: not made, the base is now 2026-01.
                "2027-03-01 2026-01->2027-01 0.7767 false 1.024000",
            ]
        );
        assert_eq!(result[0].allowed_percent(), Some(0.0));
        assert_eq!(
            result[1].allowed_percent().map(|a| round_to(a, 9)),
            Some(2.4)
        );
    }

    #[test]
    fn just_under_and_exactly_at_the_threshold() {
        let mut c = clause(
            "2024-01",
            "2025-01-01",
            &[("2024-01", 100.0), ("2024-11", 102.5)],
        );
        c.share = 0.8;
        c.min_change_percent = 2.0;
        // 0.8 × 2.5 % is 2 % exactly (binary arithmetic: a hair under).
        assert!(
            schedule(&c, d("2025-12-31"))[0]
                .computed
                .as_ref()
                .unwrap()
                .applied
        );
        let mut under = clause(
            "2024-01",
            "2025-01-01",
            &[("2024-01", 100.0), ("2024-11", 101.999)],
        );
        under.min_change_percent = 2.0;
        let result = schedule(&under, d("2025-12-31"));
        let computed = result[0].computed.as_ref().unwrap();
        assert!(!computed.applied);
        assert_eq!(computed.factor, 1.0);
    }

    #[test]
    fn a_falling_index_lowers_the_price() {
        let mut c = clause(
            "2024-01",
            "2025-03-01",
            &[("2024-01", 400.0), ("2025-01", 390.0)],
        );
        c.min_change_percent = 2.0;
        let result = schedule(&c, d("2025-12-31"));
        assert_eq!(
            summary(&result),
            ["2025-03-01 2024-01->2025-01 -2.5000 true 0.975000"]
        );
        assert!(matches!(
            judge_claim(&result, -2.5, d("2025-06-01")),
            ClaimVerdict::Within { allowed, .. } if round_to(allowed, 4) == -2.5
        ));
        assert!(matches!(
            judge_claim(&result, 0.0, d("2025-06-01")),
            ClaimVerdict::TooHigh { .. }
        ));
    }

    #[test]
    fn lag_zero_compares_the_month_of_the_date() {
        let mut c = clause(
            "2024-01",
            "2025-03-31",
            &[("2024-01", 100.0), ("2025-03", 103.0)],
        );
        c.lag_months = 0;
        assert_eq!(schedule(&c, d("2025-12-31"))[0].period, month("2025-03"));
        // With the default lag of 2 months, the 31st clamps to the end of January.
        c.lag_months = 2;
        assert_eq!(schedule(&c, d("2025-12-31"))[0].period, month("2025-01"));
    }

    #[test]
    fn dates_stop_at_the_year_9999() {
        let mut c = clause("2024-01", "9998-06-30", &[]);
        c.interval_months = 1;
        let dates = adjustment_dates(&c, NaiveDate::MAX);
        assert_eq!(dates.len(), 19);
        assert_eq!(dates.last(), Some(&d("9999-12-30")));
    }

    #[test]
    fn dates_after_the_effective_end_are_dropped() {
        let mut c = clause("2024-01", "2025-03-01", &[]);
        c.interval_months = 6;
        let dates = adjustment_dates(&c, d("2026-09-01"));
        assert_eq!(
            dates,
            [
                d("2025-03-01"),
                d("2025-09-01"),
                d("2026-03-01"),
                d("2026-09-01")
            ]
        );
        assert!(adjustment_dates(&c, d("2025-02-28")).is_empty());
    }

    #[test]
    fn a_missing_month_nulls_that_date_and_every_later_one() {
        let c = clause(
            "2024-01",
            "2025-03-01",
            &[("2024-01", 400.0), ("2025-01", 410.0), ("2027-01", 430.0)],
        );
        let result = schedule(&c, d("2028-12-31"));
        assert_eq!(
            summary(&result),
            [
                "2025-03-01 2024-01->2025-01 2.5000 true 1.025000",
                "2026-03-01 2025-01->2026-01 null",
                "2027-03-01 null->2027-01 null",
                "2028-03-01 null->2028-01 null",
            ]
        );
        assert_eq!(result[1].missing, [month("2026-01")]);
        assert!(result[2].missing.is_empty());
        assert_eq!(result[3].missing, [month("2028-01")]);
        assert_eq!(missing_months(&result, d("2026-01-15")), [month("2026-01")]);
        assert_eq!(
            missing_months(&result, d("2028-01-15")),
            [month("2026-01"), month("2028-01")]
        );
        assert_eq!(due(&result, d("2026-01-01")), [d("2026-03-01")]);
        assert!(due(&result, d("2025-12-30")).is_empty());
        assert_eq!(
            judge_claim(&result, 1.0, d("2026-05-01")),
            ClaimVerdict::Missing {
                adjustment: &result[1]
            }
        );
        assert_eq!(
            judge_claim(&result, 1.0, d("2025-02-28")),
            ClaimVerdict::NoDate
        );
    }

    #[test]
    fn due_window_is_today_to_60_days_ahead_inclusive() {
        let c = clause("2024-01", "2025-03-01", &[("2024-01", 400.0)]);
        let result = schedule(&c, d("2025-12-31"));
        // 2024-12-31 + 60 days = 2025-03-01.
        assert_eq!(due(&result, d("2024-12-31")), [d("2025-03-01")]);
        assert!(due(&result, d("2024-12-30")).is_empty());
        assert_eq!(due(&result, d("2025-03-01")), [d("2025-03-01")]);
        assert!(due(&result, d("2025-03-02")).is_empty());
        // The missing comparison month is needed from 60 days before the date, and after it.
        assert!(missing_months(&result, d("2024-12-30")).is_empty());
        assert_eq!(missing_months(&result, d("2024-12-31")), [month("2025-01")]);
        assert_eq!(missing_months(&result, d("2025-06-01")), [month("2025-01")]);
    }

    #[test]
    fn a_missing_base_month_is_named_too() {
        let c = clause("2024-01", "2025-03-01", &[]);
        let result = schedule(&c, d("2025-12-31"));
        assert_eq!(result[0].missing, [month("2024-01"), month("2025-01")]);
        assert_eq!(result[0].base_period, Some(month("2024-01")));
    }

    #[test]
    fn claims_within_and_above_the_index() {
        let c = clause(
            "2024-01",
            "2025-03-01",
            &[("2024-01", 400.0), ("2025-01", 410.0)],
        );
        let result = schedule(&c, d("2025-12-31"));
        // A = 2.5 %: 2.505 is within (rounding), 2.51 is 0.01 points too high.
        assert!(matches!(
            judge_claim(&result, 2.505, d("2025-03-01")),
            ClaimVerdict::Within { .. }
        ));
        match judge_claim(&result, 3.0, d("2025-12-31")) {
            ClaimVerdict::TooHigh {
                excess, allowed, ..
            } => {
                assert_eq!(round_to(allowed, 4), 2.5);
                assert_eq!(round_to(excess, 4), 0.5);
            }
            other => panic!("{other:?}"),
        }
    }

    proptest! {
        #[test]
        fn the_factor_is_the_product_of_the_applied_changes(
            values in proptest::collection::vec(50.0f64..500.0, 6),
            share in 0.01f64..=1.0,
            min in 0.0f64..6.0,
        ) {
            let months = ["2024-01", "2025-01", "2026-01", "2027-01", "2028-01", "2029-01"];
            let series: Vec<(&str, f64)> = months.iter().copied().zip(values.iter().copied()).collect();
            let mut c = clause("2024-01", "2025-01-01", &series);
            (c.share, c.min_change_percent, c.lag_months) = (share, min, 0);
            let result = schedule(&c, d("2029-12-31"));
            prop_assert_eq!(result.len(), 5);
            let mut product = 1.0;
            for a in &result {
                let computed = a.computed.as_ref().unwrap();
                prop_assert_eq!(computed.applied, round_to(computed.change_percent.abs(), 9) >= min);
                if computed.applied {
                    product *= 1.0 + computed.change_percent / 100.0;
                }
                prop_assert!((computed.factor - product).abs() <= 1e-12 * product);
            }
        }

        #[test]
        fn without_a_threshold_every_date_applies(
            values in proptest::collection::vec(1.0f64..1000.0, 4),
            share in 0.01f64..=1.0,
        ) {
            let months = ["2024-01", "2025-01", "2026-01", "2027-01"];
            let series: Vec<(&str, f64)> = months.iter().copied().zip(values.iter().copied()).collect();
            let mut c = clause("2024-01", "2025-01-01", &series);
            (c.share, c.lag_months) = (share, 0);
            let result = schedule(&c, d("2027-12-31"));
            prop_assert!(result.iter().all(|a| a.computed.as_ref().is_some_and(|c| c.applied)));
            // Each change is measured from the month before it.
            for (a, pair) in result.iter().zip(values.windows(2)) {
                let expected = share * (pair[1] / pair[0] - 1.0) * 100.0;
                prop_assert!((a.computed.as_ref().unwrap().change_percent - expected).abs() < 1e-9);
            }
        }

        #[test]
        fn dates_are_anchored_and_within_the_term(
            first in 0i64..20000, interval in 1u32..40, span in 0i64..6000,
        ) {
            let first = d("1990-01-31") + chrono::Days::new(first as u64);
            let end = first + chrono::Days::new(span as u64);
            let mut c = clause("2024-01", "2025-01-01", &[]);
            c.first = first;
            c.interval_months = interval;
            let dates = adjustment_dates(&c, end);
            prop_assert!(!dates.is_empty());
            for (k, date) in dates.iter().enumerate() {
                prop_assert_eq!(*date, add_months(first, k as i32 * interval as i32));
                prop_assert!(*date <= end);
            }
            prop_assert!(add_months(first, dates.len() as i32 * interval as i32) > end);
        }
    }

    #[test]
    fn unrecorded_looks_back_90_days_and_not_at_today() {
        use crate::model::LogType;
        use crate::model::test_support::{contract, log_entry};
        let mut c = contract("a", "2024-01-01", "2028-12-31");
        c.price_adjustment = Some(clause(
            "2024-01",
            "2025-03-01",
            &[("2024-01", 100.0), ("2025-01", 105.0)],
        ));
        let all = adjustments(&c);
        let on = |today: &str, c: &Contract| -> Vec<String> {
            unrecorded(c, &all, d(today))
                .iter()
                .map(|d| d.to_string())
                .collect()
        };
        assert!(on("2025-03-01", &c).is_empty());
        assert_eq!(on("2025-03-02", &c), ["2025-03-01"]);
        assert_eq!(on("2025-05-30", &c), ["2025-03-01"]);
        assert!(on("2025-05-31", &c).is_empty());
        let mut entry = log_entry("2025-04-01", LogType::PriceAdjustment);
        entry.reference = Some(" 2025-03-01 ".into());
        c.log.push(entry);
        assert_eq!(on("2025-03-31", &c), ["2025-03-01"]);
        assert!(on("2025-04-01", &c).is_empty());
    }
}
