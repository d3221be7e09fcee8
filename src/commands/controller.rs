//! `--controller NAME` and `--within DAYS`, shared by `check`, `plan` and `digest`.

use crate::error::Error;
use crate::model::{Contract, Register};
use chrono::{Days, NaiveDate};
use std::collections::BTreeSet;

/// The most days `--within` accepts (a hundred years): larger spans are typing errors.
pub const MAX_WITHIN_DAYS: u64 = 36_600;

/// Names compare trimmed and case-insensitively: "anna berg" finds "Anna Berg".
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether `contract`'s controller is `wanted` (as [`controller_filter`] spells it).
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

/// The controller `name` as the register spells it, or an error suggesting the closest one.
pub fn controller_filter(register: &Register, name: &str) -> Result<String, Error> {
    let known: BTreeSet<&str> = register
        .contracts
        .iter()
        .filter_map(|c| c.roles.controller.as_deref())
        .collect();
    if let Some(found) = known.iter().find(|k| same_name(k, name)) {
        return Ok(found.to_string());
    }
    let closest = known
        .iter()
        .map(|k| {
            (
                strsim::jaro_winkler(&k.to_lowercase(), &name.trim().to_lowercase()),
                *k,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    // Errors are English throughout the program until the message catalogue (issue 14, item 5).
    let hint = match closest {
        Some((_, k)) => format!("did you mean `{k}`?"),
        None if known.is_empty() => "no contract names a controller in [roles]".to_string(),
        None => format!(
            "controllers in the register: {}",
            known.into_iter().collect::<Vec<_>>().join(", ")
        ),
    };
    let message = format!("no contract has the controller `{name}`");
    Err(Error::input_with_hint(message, hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_ignoring_case_and_spaces() {
        assert!(same_name(" Anna Berg", "anna berg "));
        assert!(!same_name("Anna Berg", "Anna Bergh"));
    }
}
