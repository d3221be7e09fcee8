//! The cells of an accounts-payable export read into spend lines (SPEC §12): dates, amounts,
//! org numbers in every form, totals rows skipped. Pure: a grid in, lines and problems out.

use super::columns::{Columns, Field};
use super::org_no_of_text;
use crate::import::cell::{CellValue, Grid};
use crate::import::error::{CellProblem, Warning};
use crate::import::value::{ValueText, parse_value_text};
use crate::messages::prelude::*;
use crate::money::Money;
use crate::store::spend::SpendLine;
use chrono::NaiveDate;

/// What the rows under a header gave.
#[derive(Debug, Default)]
pub struct Extracted {
    pub lines: Vec<SpendLine>,
    /// Rows skipped with a warning (totals), with the date when one could be read and the
    /// amount (zero when it cannot be read).
    pub skipped: Vec<(Option<NaiveDate>, Money)>,
    pub warnings: Vec<Warning>,
    pub problems: Vec<CellProblem>,
}

/// How the rows are read: `--date` and `--lenient` (SPEC §12).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// The date of every row of a file without a date column.
    pub date: Option<NaiveDate>,
    /// An org number that cannot be read is stored empty, with a warning, instead of an error.
    pub lenient: bool,
}

/// Labels of a totals row, compared lower-cased without a trailing colon.
const TOTALS: [&str; 4] = ["summa", "totalt", "total", "sum"];

/// Texts that mean "no value" in a text field (SPEC §12), compared case-insensitively.
const NO_VALUE: [&str; 5] = ["null", "saknas", "-", "\u{2013}", "n/a"];

/// Reads every row under the header of `grid`.
pub fn extract(grid: &Grid, columns: &Columns, reading: Reading, m: &dyn Messages) -> Extracted {
    let mut out = Extracted::default();
    if columns.get(Field::OrgNo).is_none() {
        out.warnings.push(Warning {
            cell: Some(grid.cell_ref(columns.header_row, 0)),
            message: m.spend_no_org_no_column().to_string(),
        });
    }
    let mut unread_org_nos = Vec::new();
    let date_col = columns.get(Field::Date);
    for row in columns.header_row + 1..grid.rows.len() {
        let cells = &grid.rows[row];
        let Some(first) = cells.iter().find(|c| !is_blank(c)) else {
            continue;
        };
        if let CellValue::Text(text) = first
            && TOTALS.contains(&text.trim().trim_end_matches(':').to_lowercase().as_str())
        {
            let date = date_col
                .and_then(|c| date_of(grid.cell(row, c)).ok().flatten())
                .or(reading.date);
            let amount = columns
                .get(Field::Amount)
                .and_then(|c| amount_of(grid.cell(row, c), m).ok())
                .unwrap_or(Money::ZERO);
            out.skipped.push((date, amount));
            out.warnings.push(Warning {
                cell: Some(grid.cell_ref(row, 0)),
                message: m.spend_totals_row_skipped(&clean(text)),
            });
            continue;
        }
        let mut problem = |col: usize, message: String| {
            out.problems
                .push(CellProblem::new(grid.cell_ref(row, col), message));
        };
        // The first non-empty cell of the field's columns, and its column.
        let value_of = |field: Field| -> (usize, &CellValue) {
            let cols = columns.all(field);
            cols.iter()
                .map(|c| (*c, grid.cell(row, *c)))
                .find(|(_, cell)| !is_blank(cell) && !no_value(cell))
                .unwrap_or((cols.first().copied().unwrap_or(0), &CellValue::Empty))
        };
        let text_of = |field: Field| field_text(value_of(field).1);
        let date = match date_col.map(|_| value_of(Field::Date)) {
            Some((c, cell)) => match date_of(cell) {
                Ok(Some(date)) => Some(date),
                Ok(None) => {
                    problem(c, m.spend_date_missing().to_string());
                    None
                }
                Err(shown) => {
                    problem(c, m.spend_not_a_date(&clean(&shown)));
                    None
                }
            },
            None => reading.date,
        };
        let (amount_col, amount_cell) = value_of(Field::Amount);
        let amount = match amount_of(amount_cell, m) {
            Ok(amount) => Some(amount),
            Err(message) => {
                problem(amount_col, message);
                None
            }
        };
        let org_no = match columns.get(Field::OrgNo) {
            Some(_) => {
                let (col, cell) = value_of(Field::OrgNo);
                let text = field_text(cell);
                match org_no_of_text(&text) {
                    Ok(org) => Some(org),
                    Err(_) if reading.lenient => {
                        unread_org_nos.push(grid.cell_ref(row, col).to_string());
                        Some(None)
                    }
                    Err(reason) => {
                        problem(
                            col,
                            m.spend_invalid_org_no(&clean(&text), reason.message(m)),
                        );
                        None
                    }
                }
            }
            None => Some(None),
        };
        let supplier = text_of(Field::Supplier);
        if supplier.is_empty() && org_no.as_ref().is_some_and(Option::is_none) {
            problem(
                columns.get(Field::Supplier).unwrap_or(0),
                m.spend_supplier_missing().to_string(),
            );
        }
        if let (Some(date), Some(amount), Some(org_no)) = (date, amount, org_no) {
            out.lines.push(SpendLine {
                date,
                org_no: org_no.unwrap_or_default(),
                supplier,
                amount,
                department: text_of(Field::Department),
                account: text_of(Field::Account),
                invoice: text_of(Field::Invoice),
                contract: text_of(Field::Contract),
            });
        }
    }
    if !unread_org_nos.is_empty() {
        out.warnings.push(Warning {
            cell: None,
            message: m.spend_org_nos_stored_empty(unread_org_nos.len(), &unread_org_nos.join(", ")),
        });
    }
    out
}

/// Whether a cell holds one of the texts that mean "no value" (`NULL`, `SAKNAS`, `-`, …).
fn no_value(cell: &CellValue) -> bool {
    match cell {
        CellValue::Text(text) => {
            let text = text.trim();
            text.len() <= 6 && NO_VALUE.iter().any(|n| n.eq_ignore_ascii_case(text))
        }
        _ => false,
    }
}

/// A text field's value: trimmed, and empty for `NULL`, `SAKNAS`, `-`, `–` and `N/A`.
fn field_text(cell: &CellValue) -> String {
    if no_value(cell) {
        String::new()
    } else {
        cell_text(cell)
    }
}

fn is_blank(cell: &CellValue) -> bool {
    match cell {
        CellValue::Empty => true,
        CellValue::Text(text) => text.trim().is_empty(),
        _ => false,
    }
}

/// Text of the file quoted in a message, with control characters made visible.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// A cell as text for the stored file: whole numbers without `.0` (an account 4010 stays
/// `4010`), everything trimmed.
pub fn cell_text(cell: &CellValue) -> String {
    match cell {
        CellValue::Number { value, .. } if value.fract() == 0.0 && value.abs() < 1e15 => {
            format!("{}", *value as i64)
        }
        other => other.display().trim().to_string(),
    }
}

/// A date cell: a spreadsheet date, `2026-01-15` (also with a time after it) or `20260115`.
/// `Ok(None)` when empty; `Err(text)` for anything else.
fn date_of(cell: &CellValue) -> Result<Option<NaiveDate>, String> {
    match cell {
        CellValue::Date(date) => Ok(Some(*date)),
        CellValue::Empty => Ok(None),
        CellValue::Number { value, .. } if value.fract() == 0.0 => {
            compact_date(&format!("{}", *value as i64))
                .map(Some)
                .ok_or_else(|| cell.display())
        }
        CellValue::Text(text) => {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            let head = text.get(..10).unwrap_or(text);
            let rest = text.get(10..).unwrap_or("");
            let iso = (rest.is_empty() || rest.starts_with([' ', 'T']))
                .then(|| crate::import::period::parse_date(head))
                .flatten();
            iso.or_else(|| compact_date(text))
                .map(Some)
                .ok_or_else(|| text.to_string())
        }
        other => Err(other.display()),
    }
}

/// `20260115`.
fn compact_date(text: &str) -> Option<NaiveDate> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, m, d) = (&text[..4], &text[4..6], &text[6..]);
    crate::import::period::date_from_ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// An amount cell: a number, or text as SPEC §7 reads values (`1 234,50`, `125 000 kr`).
fn amount_of(cell: &CellValue, m: &dyn Messages) -> Result<Money, String> {
    let number = match cell {
        CellValue::Number { value, .. } => Some(*value),
        CellValue::Text(text) => match parse_value_text(text) {
            Some(ValueText::Number(value)) if !text.contains('%') => Some(value),
            Some(ValueText::Missing) if text.trim().is_empty() => {
                return Err(m.spend_amount_missing().to_string());
            }
            _ => None,
        },
        CellValue::Empty => return Err(m.spend_amount_missing().to_string()),
        _ => None,
    };
    number
        .and_then(Money::from_sek)
        .ok_or_else(|| m.spend_not_an_amount(&clean(&cell.display())))
}

#[cfg(test)]
mod tests {
    use super::super::columns::find_header;
    use super::*;
    use crate::import::cell::CellNaming;
    use crate::model::test_support::d;

    fn t(text: &str) -> CellValue {
        CellValue::Text(text.into())
    }

    /// The rows under the header of `g`, read without options.
    fn read(g: &Grid) -> Extracted {
        let columns = find_header(g, &[], false).unwrap();
        extract(g, &columns, Reading::default(), &crate::messages::English)
    }

    fn grid(rows: Vec<Vec<CellValue>>) -> Grid {
        Grid {
            sheet: "Reskontra".into(),
            naming: CellNaming::A1,
            rows,
            formats_unknown: false,
        }
    }

    #[test]
    fn reads_swedish_cells_and_skips_totals() {
        let g = grid(vec![
            vec![
                t("Datum"),
                t("Orgnr"),
                t("Leverantör"),
                t("Belopp"),
                t("Konto"),
            ],
            vec![
                CellValue::Date(d("2026-01-15")),
                t("SE556677889901"),
                t("Edu AB"),
                t("125 000,50 kr"),
                CellValue::number(4010.0),
            ],
            vec![
                t("20260116"),
                t("16556677-8899"),
                t("Edu AB"),
                CellValue::number(-10.0),
            ],
            vec![],
            vec![
                t("Summa:"),
                CellValue::Empty,
                CellValue::Empty,
                CellValue::number(1.0),
            ],
        ]);
        let out = read(&g);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!(out.lines.len(), 2);
        assert_eq!(out.lines[0].amount, Money::from_ore(12_500_050));
        assert_eq!(out.lines[0].org_no, "556677-8899");
        assert_eq!(out.lines[0].account, "4010");
        assert_eq!(out.lines[1].date, d("2026-01-16"));
        assert_eq!(out.lines[1].org_no, "556677-8899");
        assert_eq!(out.skipped.len(), 1);
        assert_eq!(
            out.warnings[0].cell.as_ref().unwrap().to_string(),
            "Reskontra!A5"
        );
    }

    #[test]
    fn bad_cells_are_named() {
        let g = grid(vec![
            vec![t("Datum"), t("Orgnr"), t("Leverantör"), t("Belopp")],
            vec![t("2026-02-30"), t("556677-8898"), t("Edu AB"), t("många")],
        ]);
        let out = read(&g);
        let cells: Vec<String> = out.problems.iter().map(|p| p.cell.to_string()).collect();
        assert_eq!(cells, ["Reskontra!A2", "Reskontra!D2", "Reskontra!B2"]);
        assert!(out.lines.is_empty());
    }

    #[test]
    fn without_org_no_column_a_warning() {
        let g = grid(vec![
            vec![t("Datum"), t("Leverantör"), t("Belopp")],
            vec![t("2026-02-03"), t("Edu AB"), t("5")],
        ]);
        let out = read(&g);
        assert_eq!(out.lines.len(), 1);
        assert!(out.warnings[0].message.contains("no org_no column"));
    }

    #[test]
    fn no_value_texts_are_empty_and_the_first_non_empty_column_wins() {
        let g = grid(vec![
            vec![
                t("Fakturanummer"),
                t("Verifikationsnummer"),
                t("Datum"),
                t("Orgnr"),
                t("Leverantör"),
                t("Belopp"),
                t("Ansvar"),
                t("Avtal"),
            ],
            vec![
                t("-"),
                t("V-1"),
                t("2026-01-15"),
                t(" NULL "),
                t("Edu AB"),
                t("5"),
                t("saknas"),
                t(" AVT-7 "),
            ],
            vec![
                t("F-2"),
                t("V-2"),
                t("2026-01-16"),
                t("N/A"),
                t("Edu AB"),
                t("6"),
                t("\u{2013}"),
                t("Null"),
            ],
        ]);
        let out = read(&g);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        let first = &out.lines[0];
        assert_eq!((first.invoice.as_str(), first.org_no.as_str()), ("V-1", ""));
        assert_eq!(
            (first.department.as_str(), first.contract.as_str()),
            ("", "AVT-7")
        );
        let second = &out.lines[1];
        assert_eq!(
            (second.invoice.as_str(), second.contract.as_str()),
            ("F-2", "")
        );
    }

    #[test]
    fn a_monthly_export_dated_by_the_option_and_lenient_org_numbers() {
        let g = grid(vec![
            vec![t("LEVERANTÖR"), t("ORGANISATIO"), t("UTFALL")],
            vec![t("Edu AB"), t("556677-8899"), CellValue::number(10.5)],
            vec![
                t("Två AB"),
                t("556677-8899/556677-8899"),
                CellValue::number(1.0),
            ],
            vec![t("Fel AB"), t("556677-8898"), CellValue::number(2.0)],
            vec![t("Summa"), CellValue::Empty, CellValue::number(13.5)],
        ]);
        let columns = find_header(&g, &[], true).unwrap();
        let dated = Reading {
            date: Some(d("2016-03-31")),
            lenient: false,
        };
        let strict = extract(&g, &columns, dated, &crate::messages::English);
        let cells: Vec<String> = strict.problems.iter().map(|p| p.cell.to_string()).collect();
        assert_eq!(cells, ["Reskontra!B3", "Reskontra!B4"]);
        let lenient = Reading {
            lenient: true,
            ..dated
        };
        let out = extract(&g, &columns, lenient, &crate::messages::English);
        assert!(out.problems.is_empty());
        assert_eq!(out.lines.len(), 3);
        assert!(out.lines.iter().all(|l| l.date == d("2016-03-31")));
        assert_eq!(out.lines[1].org_no, "");
        assert_eq!(
            out.skipped,
            [(Some(d("2016-03-31")), Money::from_ore(1350))]
        );
        let warning = &out.warnings.last().unwrap().message;
        assert!(warning.starts_with("2 organisation numbers"), "{warning}");
        assert!(warning.ends_with("Reskontra!B3, Reskontra!B4"), "{warning}");
    }
}
