//! The limits of the Public Procurement Act (SPEC §11) as pure functions: a framework's term
//! (LOU 7 kap. 2 §) and the net value of changes of small value (LOU 17 kap. 9 §). Money is
//! compared exactly in öre, so "80 % of the limit" never depends on float noise.

use crate::dates::add_months;
use crate::model::{Contract, Kind, LogType, LouSettings, LouValues};
use crate::money::Money;
use chrono::NaiveDate;

/// How a framework's term stands against the legal maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermStatus {
    /// The effective end already reaches add_months(start, M).
    Exceeded,
    /// Only exercising the next option would reach it.
    OptionExceeds,
}

/// The framework-term finding of SPEC §11, if any: the status and the last day of the allowed
/// term, add_months(start, M) − 1 day. Only frameworks without `special_reasons` are judged.
pub fn framework_term(contract: &Contract, lou: &LouSettings) -> Option<(TermStatus, NaiveDate)> {
    if contract.kind != Kind::Framework || contract.special_reasons.is_some() {
        return None;
    }
    let months = i32::try_from(lou.framework_max_months).unwrap_or(i32::MAX);
    let reached = add_months(contract.start, months);
    let last_day = reached.pred_opt().unwrap_or(reached);
    let end = contract.effective_end();
    if end >= reached {
        return Some((TermStatus::Exceeded, last_day));
    }
    let option = contract.next_option()?;
    let option_months = i32::try_from(contract.options[option].months).unwrap_or(i32::MAX);
    (add_months(end, option_months) >= reached).then_some((TermStatus::OptionExceeds, last_day))
}

/// What bounds the change limit: a share of the base value or the EU threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitBound {
    /// `percent` % of the base value is the smaller bound.
    Share,
    /// The threshold (goods and services, or works) is the smaller bound.
    Threshold,
}

/// The net change value of a contract against its limit (SPEC §11).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeLimit {
    /// `max_value` when set, else the contract value.
    pub base: Money,
    /// Whether the base is `max_value` (takvolym) rather than the contract value.
    pub base_is_max_value: bool,
    /// C: the signed sum of `change` amounts dated <= today.
    pub net: Money,
    /// L = min(threshold, percent % of the base).
    pub limit: Money,
    /// 10, or 15 for works.
    pub percent: i64,
    /// The threshold that applies (goods and services, or works).
    pub threshold: Money,
    /// Which bound L is.
    pub bound: LimitBound,
    /// Byggentreprenad.
    pub works: bool,
}

/// How the net change value stands against the limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeStatus {
    /// |C| >= L.
    Exceeded,
    /// 0.8 L <= |C| < L, compared as 5 |C| >= 4 L.
    Near,
}

impl ChangeLimit {
    /// The finding, if any: none when the base value is 0.
    pub fn status(&self) -> Option<ChangeStatus> {
        if self.base == Money::ZERO {
            return None;
        }
        let used = self.net.abs();
        if used >= self.limit {
            Some(ChangeStatus::Exceeded)
        } else if used.reaches_share_of(self.limit, 4, 5) {
            Some(ChangeStatus::Near)
        } else {
            None
        }
    }

    /// L − |C|: what is left before the limit (negative when it is passed).
    pub fn room(&self) -> Money {
        self.limit - self.net.abs()
    }
}

/// L = min(threshold, 10 % of `base`), or with `works` min(threshold_works, 15 % of `base`).
pub fn limit_for(base: Money, works: bool, lou: &LouValues) -> (Money, i64, Money, LimitBound) {
    let (threshold, percent) = if works {
        (lou.threshold_works, 15)
    } else {
        (lou.threshold, 10)
    };
    let share = base.percent(percent);
    if threshold < share {
        (threshold, percent, threshold, LimitBound::Threshold)
    } else {
        (share, percent, threshold, LimitBound::Share)
    }
}

/// The contract's change limit and net change value on `today`, with the LOU values in force on
/// `today` (SPEC §22; journal entries dated after today are ignored).
pub fn change_limit(contract: &Contract, lou: &LouSettings, today: NaiveDate) -> ChangeLimit {
    let net: Money = contract
        .log
        .iter()
        .filter(|e| e.kind == LogType::Change && e.date <= today)
        .filter_map(|e| e.amount.and_then(Money::from_sek))
        .sum();
    let base = contract.base_value();
    let (limit, percent, threshold, bound) = limit_for(base, contract.works, &lou.values_on(today));
    ChangeLimit {
        base,
        base_is_max_value: contract.max_value.is_some(),
        net,
        limit,
        percent,
        threshold,
        bound,
        works: contract.works,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LogEntry;
    use crate::model::test_support::{contract, d, option};
    use proptest::prelude::*;

    fn lou() -> LouSettings {
        LouSettings::default()
    }

    fn framework(start: &str, end: &str) -> Contract {
        let mut c = contract("ram", start, end);
        c.kind = Kind::Framework;
        c
    }

    fn change(date: &str, amount: f64) -> LogEntry {
        LogEntry {
            date: d(date),
            kind: LogType::Change,
            reference: None,
            due: None,
            amount: Some(amount),
            note: String::new(),
            line: 2,
        }
    }

    #[test]
    fn term_ends_the_day_before_or_on_four_years() {
        // add_months(2024-03-01, 48) = 2028-03-01: the last allowed day is 2028-02-29.
        let c = framework("2024-03-01", "2028-02-29");
        assert_eq!(framework_term(&c, &lou()), None);
        let c = framework("2024-03-01", "2028-03-01");
        assert_eq!(
            framework_term(&c, &lou()),
            Some((TermStatus::Exceeded, d("2028-02-29")))
        );
    }

    #[test]
    fn term_counts_exercised_options_and_the_next_one() {
        let mut c = framework("2024-01-01", "2025-12-31");
        c.options = vec![option(12, 3, true, false), option(12, 3, false, false)];
        // Effective end 2026-12-31; the next option would give 2027-12-31 < 2028-01-01.
        assert_eq!(framework_term(&c, &lou()), None);
        c.options[1].months = 13;
        assert_eq!(
            framework_term(&c, &lou()),
            Some((TermStatus::OptionExceeds, d("2027-12-31")))
        );
        c.options[0].months = 25;
        // Exercised options alone now pass the term: only the more severe finding.
        assert_eq!(
            framework_term(&c, &lou()),
            Some((TermStatus::Exceeded, d("2027-12-31")))
        );
        // A declined option is no next option.
        let mut d2 = framework("2024-01-01", "2026-12-31");
        d2.options = vec![option(24, 3, false, true)];
        assert_eq!(framework_term(&d2, &lou()), None);
    }

    #[test]
    fn special_reasons_and_other_kinds_are_not_judged() {
        let mut c = framework("2024-01-01", "2030-12-31");
        c.special_reasons = Some("Stora investeringar i fordon".into());
        assert_eq!(framework_term(&c, &lou()), None);
        let mut c = framework("2024-01-01", "2030-12-31");
        c.kind = Kind::Contract;
        assert_eq!(framework_term(&c, &lou()), None);
        c.kind = Kind::NationalCallOff;
        assert_eq!(framework_term(&c, &lou()), None);
    }

    fn with_base(kronor: i64) -> Contract {
        let mut c = contract("a", "2024-01-01", "2027-12-31");
        c.contract_value = Some(Money::from_kronor(kronor));
        c
    }

    #[test]
    fn change_limit_at_exactly_80_percent_and_the_limit() {
        // Base 10 000 000: L = 1 000 000 (10 %, below the threshold).
        let mut c = with_base(10_000_000);
        c.log = vec![change("2025-01-01", 799_999.99)];
        let today = d("2026-01-01");
        assert_eq!(change_limit(&c, &lou(), today).status(), None);
        c.log = vec![
            change("2025-01-01", 500_000.0),
            change("2025-06-01", 300_000.0),
        ];
        let limit = change_limit(&c, &lou(), today);
        assert_eq!(limit.limit, Money::from_kronor(1_000_000));
        assert_eq!(limit.status(), Some(ChangeStatus::Near));
        assert_eq!(limit.room(), Money::from_kronor(200_000));
        c.log.push(change("2025-09-01", 200_000.0));
        let limit = change_limit(&c, &lou(), today);
        assert_eq!(limit.status(), Some(ChangeStatus::Exceeded));
        assert_eq!(limit.room(), Money::ZERO);
        // Entries after today are ignored.
        assert_eq!(
            change_limit(&c, &lou(), d("2025-08-31")).status(),
            Some(ChangeStatus::Near)
        );
    }

    #[test]
    fn negative_net_sums_count_by_their_size() {
        let mut c = with_base(10_000_000);
        c.log = vec![
            change("2025-01-01", -1_200_000.0),
            change("2025-02-01", 100_000.0),
        ];
        let limit = change_limit(&c, &lou(), d("2026-01-01"));
        assert_eq!(limit.net, Money::from_kronor(-1_100_000));
        assert_eq!(limit.status(), Some(ChangeStatus::Exceeded));
        // Additions and reductions net out.
        c.log.push(change("2025-03-01", 1_100_000.0));
        assert_eq!(change_limit(&c, &lou(), d("2026-01-01")).status(), None);
    }

    #[test]
    fn threshold_or_share_whichever_is_smaller() {
        // 10 % of 30 000 000 = 3 000 000 > threshold 2 389 585.
        let big = change_limit(&with_base(30_000_000), &lou(), d("2026-01-01"));
        assert_eq!(big.limit, Money::from_kronor(2_389_585));
        assert_eq!(big.bound, LimitBound::Threshold);
        // 10 % of 18 000 000 = 1 800 000 < threshold.
        let small = change_limit(&with_base(18_000_000), &lou(), d("2026-01-01"));
        assert_eq!(small.limit, Money::from_kronor(1_800_000));
        assert_eq!(small.bound, LimitBound::Share);
    }

    #[test]
    fn works_use_15_percent_and_the_works_threshold() {
        let mut c = with_base(30_000_000);
        c.works = true;
        let limit = change_limit(&c, &lou(), d("2026-01-01"));
        assert_eq!(limit.limit, Money::from_kronor(4_500_000));
        assert_eq!((limit.percent, limit.bound), (15, LimitBound::Share));
        c.contract_value = Some(Money::from_kronor(500_000_000));
        let limit = change_limit(&c, &lou(), d("2026-01-01"));
        assert_eq!(limit.limit, Money::from_kronor(59_880_179));
        assert_eq!(limit.bound, LimitBound::Threshold);
    }

    #[test]
    fn no_finding_when_the_base_is_zero() {
        let mut c = contract("a", "2024-01-01", "2027-12-31");
        c.log = vec![change("2025-01-01", 1.0)];
        let limit = change_limit(&c, &lou(), d("2026-01-01"));
        assert_eq!((limit.base, limit.limit), (Money::ZERO, Money::ZERO));
        assert_eq!(limit.status(), None);
    }

    #[test]
    fn max_value_overrides_contract_value() {
        let mut c = with_base(10_000_000);
        c.max_value = Some(Money::from_kronor(20_000_000));
        let limit = change_limit(&c, &lou(), d("2026-01-01"));
        assert_eq!(limit.base, Money::from_kronor(20_000_000));
        assert!(limit.base_is_max_value);
        assert_eq!(limit.limit, Money::from_kronor(2_000_000));
    }

    #[test]
    fn default_contract_value_over_a_leap_year() {
        // 2024 has 366 days: 365 000 × 366 / 365 = 366 000 kr.
        let mut c = contract("a", "2024-01-01", "2024-12-31");
        c.annual_value = 365_000.0;
        assert_eq!(c.contract_value(), Money::from_kronor(366_000));
        let limit = change_limit(&c, &lou(), d("2024-06-01"));
        assert_eq!(limit.limit, Money::from_kronor(36_600));
        // Rounded to whole kronor: 1 000 × 366 / 365 = 1 002.74 → 1 003.
        c.annual_value = 1_000.0;
        assert_eq!(c.contract_value(), Money::from_kronor(1_003));
    }

    fn base_day() -> NaiveDate {
        d("2026-01-01")
    }

    #[test]
    fn change_limits_use_the_threshold_in_force_on_the_day() {
        let mut settings = lou();
        settings.periods = vec![crate::model::LouPeriod {
            from: d("2026-01-01"),
            threshold: Some(Money::from_kronor(2_000_000)),
            threshold_works: None,
            direct_award_limit: None,
        }];
        let mut c = contract("stor", "2024-01-01", "2028-12-31");
        c.annual_value = 10_000_000.0;
        let before = change_limit(&c, &settings, d("2025-12-31"));
        let after = change_limit(&c, &settings, d("2026-01-01"));
        assert_eq!(before.threshold, Money::from_kronor(2_389_585));
        assert_eq!(after.threshold, Money::from_kronor(2_000_000));
        // A value the period leaves out keeps the one in force before it.
        let works = settings.values_on(d("2026-06-01")).threshold_works;
        assert_eq!(works, Money::from_kronor(59_880_179));
    }

    proptest! {
        #[test]
        fn the_limit_is_never_above_either_bound(
            base in 0i64..10_000_000_000_000,
            works: bool,
            threshold in 0i64..10_000_000_000_000,
        ) {
            let mut settings = lou();
            settings.threshold = Money::from_ore(threshold);
            settings.threshold_works = Money::from_ore(threshold / 2);
            let base = Money::from_ore(base);
            let (limit, percent, applied, _) = limit_for(base, works, &settings.values_on(base_day()));
            prop_assert!(limit <= applied);
            prop_assert!(limit <= base.percent(percent));
            prop_assert!(limit >= Money::ZERO);
        }

        #[test]
        fn a_change_of_zero_changes_no_finding(
            base in 0i64..100_000_000,
            amounts in proptest::collection::vec(-5_000_000i64..5_000_000, 0..6),
            works: bool,
        ) {
            let mut c = with_base(base);
            c.works = works;
            c.log = amounts
                .iter()
                .map(|a| change("2025-01-01", *a as f64 / 100.0))
                .collect();
            let before = change_limit(&c, &lou(), d("2026-01-01"));
            c.log.push(change("2025-06-01", 0.0));
            let after = change_limit(&c, &lou(), d("2026-01-01"));
            prop_assert_eq!(before.status(), after.status());
            prop_assert_eq!(before, after);
        }
    }
}
