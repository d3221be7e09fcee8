//! Narrowing to one controller and to the near term (SPEC §16), shared by `check`, `plan` and
//! `digest`.

use crate::model::Contract;
use chrono::{Days, NaiveDate};

/// The most days `--within` accepts (a hundred years): larger spans are typing errors.
pub const MAX_WITHIN_DAYS: u64 = 36_600;

/// Names compare trimmed and case-insensitively: "anna berg" finds "Anna Berg".
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether `contract`'s controller is `wanted`.
pub fn has_controller(contract: &Contract, wanted: &str) -> bool {
    contract
        .roles
        .controller
        .as_deref()
        .is_some_and(|c| same_name(c, wanted))
}

/// `today + days`, saturating at the last representable date.
pub fn horizon(today: NaiveDate, days: u64) -> NaiveDate {
    today
        .checked_add_days(Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn names_match_ignoring_case_and_spaces() {
        assert!(same_name(" Anna Berg", "anna berg "));
        assert!(!same_name("Anna Berg", "Anna Bergh"));
    }

    #[test]
    fn horizon_saturates() {
        assert_eq!(horizon(d("2026-12-20"), 12), d("2027-01-01"));
        assert_eq!(horizon(NaiveDate::MAX, 1), NaiveDate::MAX);
    }
}
