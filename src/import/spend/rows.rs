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
    /// Rows skipped with a warning (totals), with the date when one could be read.
    pub skipped: Vec<Option<NaiveDate>>,
    pub warnings: Vec<Warning>,
    pub problems: Vec<CellProblem>,
}

/// Labels of a totals row, compared lower-cased without a trailing colon.
const TOTALS: [&str; 4] = ["summa", "totalt", "total", "sum"];

/// Reads every row under the header of `grid`.
pub fn extract(grid: &Grid, columns: &Columns, m: &dyn Messages) -> Extracted {
    let mut out = Extracted::default();
    if columns.get(Field::OrgNo).is_none() {
        out.warnings.push(Warning {
            cell: Some(grid.cell_ref(columns.header_row, 0)),
            message: m.spend_no_org_no_column().to_string(),
        });
    }
    for row in columns.header_row + 1..grid.rows.len() {
        let cells = &grid.rows[row];
        let Some(first) = cells.iter().find(|c| !is_blank(c)) else {
            continue;
        };
        let date_col = columns.get(Field::Date);
        if let CellValue::Text(text) = first
            && TOTALS.contains(&text.trim().trim_end_matches(':').to_lowercase().as_str())
        {
            let date = date_col.and_then(|c| date_of(grid.cell(row, c)).ok().flatten());
            out.skipped.push(date);
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
        let text_of = |field: Field| {
            columns
                .get(field)
                .map_or(String::new(), |c| cell_text(grid.cell(row, c)))
        };
        let date = match date_col.map(|c| (c, date_of(grid.cell(row, c)))) {
            Some((_, Ok(Some(date)))) => Some(date),
            Some((c, Ok(None))) => {
                problem(c, m.spend_date_missing().to_string());
                None
            }
            Some((c, Err(shown))) => {
                problem(c, m.spend_not_a_date(&clean(&shown)));
                None
            }
            None => None,
        };
        let amount_col = columns.get(Field::Amount).unwrap_or(0);
        let amount = match amount_of(grid.cell(row, amount_col), m) {
            Ok(amount) => Some(amount),
            Err(message) => {
                problem(amount_col, message);
                None
            }
        };
        let org_no = match columns.get(Field::OrgNo) {
            Some(col) => {
                let text = cell_text(grid.cell(row, col));
                match org_no_of_text(&text) {
                    Ok(org) => Some(org),
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
            });
        }
    }
    out
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
        let out = extract(&g, &find_header(&g).unwrap(), &crate::messages::English);
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
        let out = extract(&g, &find_header(&g).unwrap(), &crate::messages::English);
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
        let out = extract(&g, &find_header(&g).unwrap(), &crate::messages::English);
        assert_eq!(out.lines.len(), 1);
        assert!(out.warnings[0].message.contains("no org_no column"));
    }
}
