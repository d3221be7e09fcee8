//! Value cells of supplier files (SPEC §7): numbers written as text the Swedish way, markers
//! for "no value", and the rounding of percent-formatted cells.

/// What the text of a value cell says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueText {
    /// A number.
    Number(f64),
    /// Nothing reported: empty, `-`, `–`, `n/a`, `saknas`.
    Missing,
    /// A spreadsheet error copied as text (`#N/A`, `#DIV/0!`).
    ErrorValue,
}

/// Parses the text of a value cell: `93,5`, `93.5`, `1 234,5` (space, no-break space or thin
/// space between thousands), `-2,5`, with an optional trailing `%` or unit (`93,5 %`, `4 st`).
/// Returns `None` for any other text.
pub fn parse_value_text(text: &str) -> Option<ValueText> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let lower = text.to_lowercase();
    if matches!(
        lower.as_str(),
        "" | "-" | "–" | "—" | "n/a" | "na" | "saknas" | "ej rapporterat"
    ) {
        return Some(ValueText::Missing);
    }
    if is_error_text(text) {
        return Some(ValueText::ErrorValue);
    }
    parse_number(text).map(ValueText::Number)
}

/// The digits of a number grouped by `,` in thousands (`1,234`, `12,345,678`, `-1,234.5`), with
/// the `.` fraction if any: `(groups, has_fraction)`, or `None` for any other text.
fn comma_groups(text: &str) -> Option<(usize, bool)> {
    let number = text.trim().trim_start_matches(['-', '+', '−']);
    let end = number
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(number.len());
    let (number, unit) = number.split_at(end);
    if !unit.trim().chars().all(|c| c.is_alphabetic() || c == '%') {
        return None;
    }
    let (whole, fraction) = match number.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (number, None),
    };
    let groups: Vec<&str> = whole.split(',').collect();
    let first = groups.first()?;
    let valid = groups.len() >= 2
        && (1..=3).contains(&first.len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    valid.then_some((groups.len(), fraction.is_some()))
}

/// Whether a column's cells show that `,` separates thousands there: some cell has two or more
/// separators (`12,345,678`) or a `,` group with a `.` fraction (`1,234.5`). Such a column reads
/// `1,234` as 1234; any other reads it with a decimal comma, as 1.234.
pub fn comma_means_thousands<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    texts
        .into_iter()
        .filter_map(comma_groups)
        .any(|(groups, fraction)| groups >= 3 || fraction)
}

/// A cell such as `1,234`: one `,` followed by exactly three digits, which is 1.234 with a decimal
/// comma and 1234 with a thousands separator.
pub fn is_ambiguous_comma(text: &str) -> bool {
    comma_groups(text) == Some((2, false))
}

/// [`parse_value_text`] in a column where `,` separates thousands ([`comma_means_thousands`]).
pub fn parse_value_text_in(text: &str, comma_thousands: bool) -> Option<ValueText> {
    if comma_thousands && comma_groups(text).is_some() {
        return parse_value_text(&text.replace(',', ""));
    }
    parse_value_text(text)
}

/// Spreadsheet error values as they appear in exported text.
pub fn is_error_text(text: &str) -> bool {
    ERROR_VALUES.contains(&text.trim().to_uppercase().as_str())
}

/// The error values of English and Swedish Excel and LibreOffice (input vocabulary).
const ERROR_VALUES: &[&str] = &[
    "#N/A",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SAKNAS!",
    "#SAKNAS",
    "#DIVISION/0!",
    "#VÄRDEFEL!",
    "#REFERENS!",
    "#NAMN?",
    "#OGILTIGT!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
];

/// The number at the start of `text`, followed by nothing or by one unit word.
fn parse_number(text: &str) -> Option<f64> {
    let mut digits = String::new();
    let mut chars = text.chars().peekable();
    if let Some(&sign) = chars.peek()
        && matches!(sign, '-' | '+' | '−')
    {
        if sign != '+' {
            digits.push('-');
        }
        chars.next();
    }
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut rest = String::new();
    while let Some(&c) = chars.peek() {
        match c {
            '0'..='9' => {
                digits.push(c);
                seen_digit = true;
            }
            ',' | '.' if !seen_point && seen_digit => {
                digits.push('.');
                seen_point = true;
            }
            // Thousands separators: only between digit groups.
            ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' if seen_digit && !seen_point => {
                let mut lookahead = chars.clone();
                lookahead.next();
                if lookahead.peek().is_some_and(|n| n.is_ascii_digit()) {
                    // A separator must be followed by exactly three digits.
                    let group: Vec<char> = lookahead.clone().take(4).collect();
                    let ok = group.len() >= 3
                        && group[..3].iter().all(char::is_ascii_digit)
                        && !group.get(3).is_some_and(char::is_ascii_digit);
                    if !ok {
                        return None;
                    }
                } else {
                    break;
                }
            }
            _ => break,
        }
        chars.next();
    }
    if !seen_digit || digits.ends_with('.') {
        return None;
    }
    rest.extend(chars);
    if !is_unit(rest.trim()) {
        return None;
    }
    digits.parse().ok()
}

/// A trailing unit: `%`, or one short word of letters (`st`, `kr`, `dagar`, `h`).
fn is_unit(text: &str) -> bool {
    text.is_empty()
        || text == "%"
        || (text.chars().count() <= 12 && text.chars().all(char::is_alphabetic))
}

/// A percent-formatted cell's fraction as percent (0.935 → 93.5), rounded to 10 significant
/// digits so that binary noise never reaches the file (0.959 → 95.9, not 95.89999999999999).
pub fn percent_of_fraction(fraction: f64) -> f64 {
    round_significant(fraction * 100.0, 10)
}

/// Rounds `value` to `digits` significant digits.
pub fn round_significant(value: f64, digits: usize) -> f64 {
    if value == 0.0 || !value.is_finite() || digits == 0 {
        return value;
    }
    // Scientific notation with `digits - 1` decimals rounds at the right digit at any magnitude.
    format!("{:.*e}", digits - 1, value)
        .parse()
        .unwrap_or(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::format_value;

    #[test]
    fn thousands_separator_comma_is_read_per_column() {
        assert!(comma_means_thousands(["1,234", "12,345,678"]));
        assert!(comma_means_thousands(["1,234.5 kr"]));
        assert!(!comma_means_thousands(["1,234", "93,5", "2,000"]));
        assert_eq!(
            parse_value_text_in("1,234", true),
            Some(ValueText::Number(1234.0))
        );
        assert_eq!(
            parse_value_text_in("12,345,678", true),
            Some(ValueText::Number(12_345_678.0))
        );
        assert_eq!(
            parse_value_text_in("1,234", false),
            Some(ValueText::Number(1.234))
        );
        assert_eq!(
            parse_value_text_in("93,5", true),
            Some(ValueText::Number(93.5))
        );
        assert!(is_ambiguous_comma("1,234"));
        assert!(!is_ambiguous_comma("93,5"));
        assert!(!is_ambiguous_comma("1,234.5"));
    }

    fn number(text: &str) -> Option<f64> {
        match parse_value_text(text) {
            Some(ValueText::Number(value)) => Some(value),
            _ => None,
        }
    }

    #[test]
    fn swedish_and_plain_numbers() {
        assert_eq!(number("93,5"), Some(93.5));
        assert_eq!(number("93.5"), Some(93.5));
        assert_eq!(number("1 234,5"), Some(1234.5));
        assert_eq!(number("1\u{a0}234,5"), Some(1234.5));
        assert_eq!(number("1\u{2009}234\u{2009}567"), Some(1234567.0));
        assert_eq!(number("1\u{202f}234"), Some(1234.0));
        assert_eq!(number("93,5 %"), Some(93.5));
        assert_eq!(number("93,5%"), Some(93.5));
        assert_eq!(number("4 st"), Some(4.0));
        assert_eq!(number("-2,5"), Some(-2.5));
        assert_eq!(number("−2,5"), Some(-2.5));
        assert_eq!(number("+3"), Some(3.0));
        assert_eq!(number("  71  "), Some(71.0));
        assert_eq!(number("0,959"), Some(0.959));
        assert_eq!(number("12 kr"), Some(12.0));
    }

    #[test]
    fn other_text_is_not_a_number() {
        for text in [
            "abc",
            "=HYPERLINK(\"http://x\",\"y\")",
            "ca 90",
            "93,5,1",
            "1 23",
            "12 34",
            "1 2345",
            "93,",
            ",5",
            "5 per dag",
            "9 3",
            "95 (prel)",
            "Q1",
        ] {
            assert_eq!(parse_value_text(text), None, "{text:?}");
        }
    }

    #[test]
    fn markers_and_error_values() {
        for text in ["", " ", "-", "–", "n/a", "N/A", "saknas", "Saknas"] {
            assert_eq!(parse_value_text(text), Some(ValueText::Missing), "{text:?}");
        }
        for text in ["#N/A", "#DIV/0!", "#VALUE!", "#saknas!"] {
            assert_eq!(
                parse_value_text(text),
                Some(ValueText::ErrorValue),
                "{text:?}"
            );
        }
    }

    #[test]
    fn percent_rounding_removes_binary_noise() {
        assert_eq!(0.959 * 100.0, 95.89999999999999);
        assert_eq!(percent_of_fraction(0.959), 95.9);
        assert_eq!(percent_of_fraction(0.935), 93.5);
        assert_eq!(percent_of_fraction(1.0), 100.0);
        assert_eq!(percent_of_fraction(0.0), 0.0);
        assert_eq!(percent_of_fraction(0.123456789012345), 12.34567890);
        assert_eq!(round_significant(1234567.891, 3), 1230000.0);
    }

    #[test]
    fn values_are_written_without_noise_or_exponent() {
        assert_eq!(format_value(93.5), "93.5");
        assert_eq!(format_value(71.0), "71");
        assert_eq!(format_value(-0.0), "0");
        assert_eq!(format_value(1e21), "1000000000000000000000");
        assert_eq!(format_value(0.0001), "0.0001");
    }

    proptest::proptest! {
        /// Whatever avtal itself prints in Swedish reads back as the same number.
        #[test]
        fn swedish_formatting_reads_back(cents in -10_000_000_000i64..10_000_000_000i64) {
            let value = cents as f64 / 100.0;
            let text = crate::i18n::number(value, 2, crate::model::Language::Sv);
            proptest::prop_assert_eq!(number(&text), Some(value), "{}", text);
            let with_unit = format!("{text} %");
            proptest::prop_assert_eq!(number(&with_unit), Some(value));
        }

        /// Values are written so that they read back exactly.
        #[test]
        fn written_values_read_back(value in -1e12f64..1e12f64) {
            let text = format_value(value);
            proptest::prop_assert_eq!(text.parse::<f64>().ok(), Some(value));
            proptest::prop_assert!(!text.contains('e'));
        }
    }
}
