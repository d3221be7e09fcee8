//! Checks on a contract as a whole that keep every date it implies inside the years the formats
//! can write (SPEC §2.2): an option that would end the contract after 9999-12-31 is an error at
//! that option. Per-value bounds (dates, text length) are in [`super::toml_reader`].

use super::toml_reader::TomlReader;
use crate::error::{Error, OptionProblem};
use crate::limits::{MAX_TEXT_CHARS, MAX_YEAR, MIN_YEAR};
use chrono::{Datelike, NaiveDate};
use toml::de::{DeTable, DeValue};

/// Reports the first `[[options]]` whose months, added to `end` with all options before it,
/// run past 9999-12-31 (each option may later be exercised, so all count).
pub fn check_option_ends(reader: &mut TomlReader<'_>, root: &DeTable<'_>, end: NaiveDate) {
    let Some(DeValue::Array(options)) = root.get("options").map(|v| v.get_ref()) else {
        return;
    };
    let last = 9999 * 12 + 11;
    let mut month = i64::from(end.year()) * 12 + i64::from(end.month0());
    for (index, option) in options.iter().enumerate() {
        let DeValue::Table(table) = option.get_ref() else {
            continue;
        };
        let Some(value) = table.get("months") else {
            continue;
        };
        let DeValue::Integer(months) = value.get_ref() else {
            continue;
        };
        let digits = months.as_str().replace('_', "");
        let Ok(months) = i64::from_str_radix(&digits, months.radix()) else {
            continue;
        };
        month = month.saturating_add(months.max(0));
        if month > last {
            reader.error_with_hint(
                value.span(),
                reader.m.option_past_9999(
                    index + 1,
                    end,
                    month - (i64::from(end.year()) * 12 + i64::from(end.month0())),
                ),
                reader.m.option_past_9999_hint(),
            );
            return;
        }
    }
}

/// Refuses a command-line text that could not be written to the register as it is: a control
/// character (`allow_newline` for notes) or more than a spreadsheet cell holds.
pub fn check_option_text(option: &str, text: &str, allow_newline: bool) -> Result<(), Error> {
    let layout = |c: char| matches!(c, '\n' | '\t');
    let bad = text
        .chars()
        .find(|&c| crate::sanitize::is_control(c) || (layout(c) && !allow_newline));
    let problem = |problem| Error::OptionValue {
        option: option.to_string(),
        problem,
    };
    if let Some(c) = bad {
        return Err(problem(OptionProblem::ControlCharacter(c)));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(problem(OptionProblem::TooLong));
    }
    Ok(())
}

/// Refuses a command-line date outside the years 1900–9999 (SPEC §2.2).
pub fn check_option_date(option: &str, date: NaiveDate) -> Result<(), Error> {
    let years = i32::from(MIN_YEAR)..=i32::from(MAX_YEAR);
    if years.contains(&date.year()) {
        Ok(())
    } else {
        Err(Error::OptionValue {
            option: option.to_string(),
            problem: OptionProblem::DateOutsideYears(date),
        })
    }
}
