//! Walks a spanned TOML document (`toml::de::DeTable`) key by key, collecting every problem as a
//! [`Diagnostic`] instead of stopping at the first, as serde would.

use crate::diag::{Diagnostic, LineStarts, did_you_mean};
use crate::limits::{MAX_TEXT_CHARS, MAX_YEAR, MIN_YEAR};
use crate::messages::prelude::*;
use crate::model::Language;
use chrono::NaiveDate;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// A spanned TOML value.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// Error collector for one TOML file.
pub struct TomlReader<'a> {
    /// Path relative to the register.
    pub file: &'a str,
    /// The file's text.
    pub source: &'a str,
    /// Problems found so far.
    pub diagnostics: Vec<Diagnostic>,
    /// The catalogue the problems are written from.
    pub m: &'static dyn Messages,
    /// Line starts, built at the first error: thousands of errors in one file stay linear.
    lines: std::cell::OnceCell<LineStarts>,
}

/// What kind of value a TOML value is, in words.
pub fn type_name(value: &DeValue<'_>, m: &dyn Messages) -> &'static str {
    match value {
        DeValue::String(_) => m.toml_string(),
        DeValue::Integer(_) => m.toml_integer(),
        DeValue::Float(_) => m.toml_float(),
        DeValue::Boolean(_) => m.toml_boolean(),
        DeValue::Datetime(_) => m.toml_date(),
        DeValue::Array(_) => m.toml_array(),
        DeValue::Table(_) => m.toml_table(),
    }
}

/// Swedish words people write for the English enum values of the files.
const SWEDISH_VALUES: &[(&str, &str)] = &[
    ("strategisk", "strategic"),
    ("hävstång", "leverage"),
    ("flaskhals", "bottleneck"),
    ("okritisk", "non-critical"),
    ("icke-kritisk", "non-critical"),
    ("ramavtal", "framework"),
    ("avtal", "contract"),
    ("högre", "higher"),
    ("lägre", "lower"),
    ("månadsvis", "monthly"),
    ("kvartalsvis", "quarterly"),
    ("årsvis", "yearly"),
    ("beställare", "buyer"),
    ("köpare", "buyer"),
    ("leverantör", "supplier"),
];

impl<'a> TomlReader<'a> {
    /// A reader for `file` with text `source`, reporting in `lang`.
    pub fn new(file: &'a str, source: &'a str, lang: Language) -> TomlReader<'a> {
        TomlReader {
            file,
            source,
            diagnostics: Vec::new(),
            m: crate::messages::of(lang),
            lines: std::cell::OnceCell::new(),
        }
    }

    /// Parses the document, reporting every syntax error. Returns `None` when it is not valid TOML.
    pub fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        let (table, errors) = DeTable::parse_recoverable(self.source);
        if errors.is_empty() {
            self.check_bounds(table.get_ref(), "");
            return Some(table);
        }
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim().replace('\n', "; ");
            self.error(span, self.m.invalid_toml(&message));
        }
        None
    }

    /// SPEC §2.2 for every value of every file, whatever key it is under (so a key added later
    /// is covered too): a date outside the years 1900–9999 and a text longer than a spreadsheet
    /// cell holds are errors at the value.
    fn check_bounds(&mut self, table: &DeTable<'_>, within: &str) {
        for (key, value) in table.iter() {
            let key = key.get_ref().as_ref();
            let name = if within.is_empty() {
                key.to_string()
            } else {
                format!("{within}.{key}")
            };
            self.check_value(value, &name);
        }
    }

    fn check_value(&mut self, value: &Value<'_>, name: &str) {
        match value.get_ref() {
            DeValue::String(text) if text.len() > MAX_TEXT_CHARS => {
                let chars = text.chars().count();
                if chars > MAX_TEXT_CHARS {
                    self.error_with_hint(
                        value.span(),
                        self.m.text_too_long(name, chars, MAX_TEXT_CHARS),
                        self.m.text_too_long_hint(),
                    );
                }
            }
            DeValue::Datetime(datetime) => {
                if let Some(date) = datetime.date
                    && !(MIN_YEAR..=MAX_YEAR).contains(&date.year)
                {
                    self.error_with_hint(
                        value.span(),
                        self.m
                            .date_outside_years(name, &datetime.to_string(), MIN_YEAR, MAX_YEAR),
                        self.m.date_range_hint(),
                    );
                }
            }
            DeValue::Table(inner) => self.check_bounds(inner, name),
            DeValue::Array(items) => {
                for item in items.iter() {
                    self.check_value(item, name);
                }
            }
            _ => {}
        }
    }

    /// Records an error at `span`.
    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        let diagnostic = self.diagnostic(span, message);
        self.diagnostics.push(diagnostic);
    }

    fn diagnostic(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        let anchor = self
            .lines
            .get_or_init(|| LineStarts::new(self.source))
            .anchor(span.start);
        Diagnostic::at_span_from(self.file, self.source, span, anchor, message)
    }

    /// Records an error with a hint at `span`.
    pub fn error_with_hint(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        let diagnostic = self.diagnostic(span, message).with_hint(hint);
        self.diagnostics.push(diagnostic);
    }

    /// Reports every key of `table` not in `known`, suggesting the closest known key.
    pub fn unknown_keys(&mut self, table: &DeTable<'_>, known: &[&str], within: &str) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let message = if within.is_empty() {
                self.m.unknown_key(name)
            } else {
                self.m.unknown_key_in(name, within)
            };
            match did_you_mean(name, known) {
                Some(suggestion) => {
                    self.error_with_hint(key.span(), message, self.m.did_you_mean_name(suggestion))
                }
                None => {
                    self.error_with_hint(key.span(), message, self.m.known_keys(&known.join(", ")))
                }
            }
        }
    }

    /// Reports a missing required key, pointing at `at` (the table's header or the file start).
    pub fn missing(&mut self, key: &str, at: Range<usize>, within: &str) {
        let message = if within.is_empty() {
            self.m.missing_required_key(key)
        } else {
            self.m.missing_required_key_in(key, within)
        };
        self.error(at, message);
    }

    fn type_error(&mut self, key: &str, value: &Value<'_>, expected: &str) {
        let found = type_name(value.get_ref(), self.m);
        self.error(value.span(), self.m.wrong_type(key, expected, found));
    }

    /// An optional string.
    pub fn string(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(text.to_string()),
            _ => {
                self.type_error(key, value, self.m.toml_string());
                None
            }
        }
    }

    /// A required string; reports it missing at `at`.
    pub fn required_string(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        at: &Range<usize>,
        within: &str,
    ) -> Option<String> {
        if !table.contains_key(key) {
            self.missing(key, at.clone(), within);
            return None;
        }
        self.string(table, key)
    }

    /// An optional boolean.
    pub fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> Option<bool> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(flag) => Some(*flag),
            _ => {
                self.type_error(key, value, self.m.toml_true_or_false());
                None
            }
        }
    }

    /// An optional integer (any radix TOML allows).
    pub fn integer(&mut self, table: &DeTable<'_>, key: &str) -> Option<(i64, Range<usize>)> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Integer(integer) => {
                let digits = integer.as_str().replace('_', "");
                match i64::from_str_radix(&digits, integer.radix()) {
                    Ok(number) => Some((number, value.span())),
                    Err(_) => {
                        self.error(value.span(), self.m.value_too_large(key));
                        None
                    }
                }
            }
            _ => {
                self.type_error(key, value, self.m.toml_integer());
                None
            }
        }
    }

    /// An optional integer within `range`.
    pub fn integer_in(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Option<i64> {
        let (number, span) = self.integer(table, key)?;
        if range.contains(&number) {
            return Some(number);
        }
        let bound = if *range.end() == i64::MAX {
            self.m.toml_at_least(*range.start())
        } else {
            self.m.toml_between(*range.start(), *range.end())
        };
        self.error(span, self.m.out_of_range(key, &bound, number));
        None
    }

    /// An optional number: an integer or a finite float.
    pub fn number(&mut self, table: &DeTable<'_>, key: &str) -> Option<(f64, Range<usize>)> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Integer(_) => self.integer(table, key).map(|(n, span)| (n as f64, span)),
            DeValue::Float(float) => match float.as_str().replace('_', "").parse::<f64>() {
                Ok(number) if number.is_finite() => Some((number, value.span())),
                _ => {
                    self.error(value.span(), self.m.not_finite(key));
                    None
                }
            },
            _ => {
                self.type_error(key, value, self.m.toml_number());
                None
            }
        }
    }

    /// An optional TOML local date (`2024-03-01`, no quotes, no time).
    pub fn date(&mut self, table: &DeTable<'_>, key: &str) -> Option<(NaiveDate, Range<usize>)> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Datetime(datetime) => match (datetime.date, datetime.time, datetime.offset) {
                (Some(date), None, None) => {
                    match NaiveDate::from_ymd_opt(
                        date.year as i32,
                        date.month as u32,
                        date.day as u32,
                    ) {
                        Some(day) => Some((day, value.span())),
                        None => {
                            self.error(
                                value.span(),
                                self.m.impossible_date(key, &datetime.to_string()),
                            );
                            None
                        }
                    }
                }
                _ => {
                    self.error_with_hint(
                        value.span(),
                        self.m.date_with_time(key, &datetime.to_string()),
                        self.m.local_date_hint(),
                    );
                    None
                }
            },
            DeValue::String(text) => {
                self.error_with_hint(
                    value.span(),
                    self.m.date_in_quotes(key),
                    self.m.remove_quotes_hint(key, text),
                );
                None
            }
            _ => {
                self.type_error(key, value, self.m.toml_date_yyyy_mm_dd());
                None
            }
        }
    }

    /// An optional required date; reports it missing at `at`.
    pub fn required_date(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        at: &Range<usize>,
    ) -> Option<(NaiveDate, Range<usize>)> {
        if !table.contains_key(key) {
            self.missing(key, at.clone(), "");
            return None;
        }
        self.date(table, key)
    }

    /// An optional string that must be one of `variants` (written in English, as the files are
    /// shared with tools); a Swedish word for one of them gets a hint with the English value.
    pub fn choice(&mut self, table: &DeTable<'_>, key: &str, variants: &[&str]) -> Option<usize> {
        let value = table.get(key)?;
        let text = self.string(table, key)?;
        if let Some(index) = variants.iter().position(|v| *v == text) {
            return Some(index);
        }
        let quoted: Vec<String> = variants.iter().map(|v| format!("\"{v}\"")).collect();
        let swedish = SWEDISH_VALUES
            .iter()
            .find(|(sv, en)| variants.contains(en) && *sv == text.trim().to_lowercase());
        let hint = match (swedish, did_you_mean(&text, variants)) {
            (Some((_, en)), _) => self.m.english_value_hint(en),
            (None, Some(suggestion)) => self.m.did_you_mean_value(suggestion),
            (None, None) => self.m.use_one_of_values(&quoted.join(", ")),
        };
        let message = self.m.unknown_choice(key, &text);
        self.error_with_hint(value.span(), message, hint);
        None
    }

    /// An optional array of strings.
    pub fn strings(&mut self, table: &DeTable<'_>, key: &str) -> Option<Vec<String>> {
        let value = table.get(key)?;
        let DeValue::Array(array) = value.get_ref() else {
            self.type_error(key, value, self.m.toml_array_of_strings());
            return None;
        };
        let mut strings = Vec::with_capacity(array.len());
        for item in array.iter() {
            match item.get_ref() {
                DeValue::String(text) => strings.push(text.to_string()),
                other => {
                    let found = type_name(other, self.m);
                    self.error(item.span(), self.m.only_strings(key, found));
                }
            }
        }
        Some(strings)
    }

    /// An optional array of integers.
    pub fn integers(&mut self, table: &DeTable<'_>, key: &str) -> Option<(Vec<i64>, Range<usize>)> {
        let value = table.get(key)?;
        let DeValue::Array(array) = value.get_ref() else {
            self.type_error(key, value, self.m.toml_array_of_integers());
            return None;
        };
        let mut numbers = Vec::with_capacity(array.len());
        for item in array.iter() {
            match item.get_ref() {
                DeValue::Integer(integer) => {
                    let digits = integer.as_str().replace('_', "");
                    match i64::from_str_radix(&digits, integer.radix()) {
                        Ok(n) => numbers.push(n),
                        Err(_) => self.error(item.span(), self.m.array_number_too_large(key)),
                    }
                }
                other => {
                    let found = type_name(other, self.m);
                    self.error(item.span(), self.m.only_integers(key, found));
                    return None;
                }
            }
        }
        Some((numbers, value.span()))
    }

    /// An optional sub-table (`[supplier]`).
    pub fn table<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
    ) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let value = table.get(key)?;
        match value.get_ref() {
            DeValue::Table(inner) => Some((inner, value.span())),
            _ => {
                self.type_error(key, value, self.m.toml_table());
                None
            }
        }
    }

    /// An optional array of tables (`[[kpis]]`), each with its span.
    pub fn tables<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        key: &str,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.type_error(key, value, self.m.toml_array_of_tables());
            return Vec::new();
        };
        let mut tables = Vec::with_capacity(array.len());
        for item in array.iter() {
            match item.get_ref() {
                DeValue::Table(inner) => tables.push((inner, item.span())),
                other => {
                    let found = type_name(other, self.m);
                    self.error(item.span(), self.m.only_tables(key, found));
                }
            }
        }
        tables
    }

    /// The span of `key`'s value in `table`, for errors about a value that parsed fine.
    pub fn span_of(&self, table: &DeTable<'_>, key: &str) -> Option<Range<usize>> {
        table.get(key).map(|value| value.span())
    }
}
