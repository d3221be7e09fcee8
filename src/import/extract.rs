//! Turning a sheet with a known layout into KPI values: periods and values parsed, mapped to
//! the KPIs' frequencies, checked against the contract term (SPEC §7).

use super::cell::{CellNaming, CellRef, CellValue, Grid};
use super::error::{CellProblem, Warning};
use super::header::Layout;
use super::period::{PeriodText, parse_period_text, period_of_number};
use super::value::{
    ValueText, comma_means_thousands, is_ambiguous_comma, parse_value_text_in, percent_of_fraction,
};
use crate::dates::Period;
use crate::kpi_match::KpiMatcher;
use crate::messages::prelude::*;
use crate::model::{Contract, Language};
use std::collections::BTreeMap;

/// One value read from the file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedValue {
    /// Index into the contract's KPIs.
    pub kpi: usize,
    pub period: Period,
    pub value: f64,
    /// The cell the value came from.
    pub cell: CellRef,
    /// The supplier's comment on the row (its `Kommentar`/`Note` column), cleaned; may be empty.
    pub note: String,
}

/// What a sheet holds for the contract.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Extracted {
    /// Values in sheet order, one per (kpi, period).
    pub values: Vec<ImportedValue>,
    /// Skipped cells per KPI index (markers, error cells, periods outside the term).
    pub skipped: BTreeMap<usize, u32>,
    pub warnings: Vec<Warning>,
}

/// Words of a totals row under the data; such rows are skipped with a warning.
const TOTAL_WORDS: [&str; 10] = [
    "totalt",
    "total",
    "summa",
    "sum",
    "medel",
    "medelvärde",
    "genomsnitt",
    "snitt",
    "average",
    "mean",
];

/// Reads every value under the header row of `grid`. Any cell that cannot be read is a problem;
/// then nothing may be imported, so all problems are returned together.
pub fn extract(
    grid: &Grid,
    layout: &Layout,
    contract: &Contract,
    lang: Language,
) -> Result<Extracted, Vec<CellProblem>> {
    let m = crate::messages::of(lang);
    let mut out = Extracted::default();
    let mut problems = Vec::new();
    // Numeric cells seen per percent KPI in files without formats: (count, all within 0..=1).
    let mut fraction_check: BTreeMap<usize, (u32, bool)> = BTreeMap::new();
    let matcher = KpiMatcher::new(&contract.kpis);
    let commas = CommaColumns::new(grid, layout);
    let mut ambiguous: Vec<(usize, usize, CellRef, f64)> = Vec::new();
    for row in layout.header_row() + 1..grid.rows.len() {
        let (period_col, entries) = match layout {
            Layout::Wide {
                period_col,
                kpi_cols,
                ..
            } => (*period_col, kpi_cols.clone()),
            Layout::Long {
                period_col,
                kpi_col,
                value_col,
                ..
            } => match long_kpi(grid, row, *kpi_col, contract, &matcher, m) {
                Ok(Some(kpi)) => (*period_col, vec![(*value_col, kpi)]),
                Ok(None) => continue,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            },
        };
        let values: Vec<(usize, usize, &CellValue)> = entries
            .iter()
            .map(|&(col, kpi)| (col, kpi, grid.cell(row, col)))
            .filter(|(_, _, cell)| !is_blank(cell))
            .collect();
        let period_cell = grid.cell(row, period_col);
        let period_ref = grid.cell_ref(row, period_col);
        if values.is_empty() {
            continue;
        }
        let note = layout
            .note_col()
            .map(|col| clean_note(&grid.cell(row, col).display()))
            .unwrap_or_default();
        let period = match read_period(period_cell) {
            PeriodCell::Period(period) => period,
            PeriodCell::Blank => {
                problems.push(CellProblem::new(period_ref, m.row_without_period()));
                continue;
            }
            PeriodCell::Total(text) => {
                out.warnings.push(Warning {
                    cell: Some(period_ref),
                    message: m.total_row_skipped(&text),
                });
                continue;
            }
            PeriodCell::ErrorValue(text) => {
                out.warnings.push(Warning {
                    cell: Some(period_ref),
                    message: m.period_error_value(&text),
                });
                for (_, kpi, _) in &values {
                    *out.skipped.entry(*kpi).or_default() += 1;
                }
                continue;
            }
            PeriodCell::Invalid => {
                problems.push(CellProblem::new(
                    period_ref,
                    m.not_a_period(&period_cell.display()),
                ));
                continue;
            }
        };
        for (col, kpi_index, cell) in values {
            let kpi = &contract.kpis[kpi_index];
            let cell_ref = grid.cell_ref(row, col);
            let value = match cell {
                CellValue::Number { value, percent } => {
                    if grid.formats_unknown && is_percent_unit(&kpi.unit) {
                        note_fraction(&mut fraction_check, kpi_index, *value);
                    }
                    if *percent && is_percent_unit(&kpi.unit) {
                        percent_of_fraction(*value)
                    } else {
                        *value
                    }
                }
                CellValue::Text(text) => match parse_value_text_in(text, commas.thousands(col)) {
                    // A CSV or text file carries no formats: "0,935" in a % column without a
                    // % sign looks like a fraction there too. (A workbook's text cell does not
                    // count: there the numeric cells tell.)
                    Some(ValueText::Number(value)) => {
                        let csv = grid.naming == CellNaming::LineColumn;
                        if csv && is_percent_unit(&kpi.unit) && !text.contains('%') {
                            note_fraction(&mut fraction_check, kpi_index, value);
                        }
                        if !commas.thousands(col) && is_ambiguous_comma(text) {
                            ambiguous.push((col, kpi_index, cell_ref.clone(), value));
                        }
                        value
                    }
                    Some(ValueText::Missing) => {
                        *out.skipped.entry(kpi_index).or_default() += 1;
                        continue;
                    }
                    Some(ValueText::ErrorValue) => {
                        skip_error(&mut out, kpi_index, cell_ref, text.trim(), m);
                        continue;
                    }
                    None => {
                        problems.push(CellProblem::new(
                            cell_ref,
                            m.kpi_value_not_a_number(text.trim(), &kpi.id),
                        ));
                        continue;
                    }
                },
                CellValue::Error(text) => {
                    skip_error(&mut out, kpi_index, cell_ref, text, m);
                    continue;
                }
                CellValue::Date(_) | CellValue::Bool(_) => {
                    problems.push(CellProblem::new(
                        cell_ref,
                        m.kpi_cell_not_a_number(&cell.display(), &kpi.id),
                    ));
                    continue;
                }
                CellValue::Empty => continue,
            };
            if !value.is_finite() {
                problems.push(CellProblem::new(cell_ref, m.value_not_finite()));
                continue;
            }
            let Some(period) = period.resolve(kpi.frequency) else {
                problems.push(CellProblem::new(
                    period_ref.clone(),
                    m.period_not_the_kpi_frequency(
                        &period_cell.display(),
                        period.kind(m),
                        &kpi.id,
                        kpi.frequency.as_str(),
                    ),
                ));
                continue;
            };
            if period.end() < contract.start || period.start() > contract.effective_end() {
                out.warnings.push(Warning {
                    cell: Some(cell_ref),
                    message: m.outside_contract_term(
                        &kpi.id,
                        &period.to_string(),
                        &contract.start.to_string(),
                        &contract.effective_end().to_string(),
                    ),
                });
                *out.skipped.entry(kpi_index).or_default() += 1;
                continue;
            }
            if !kpi.reports_in(period) {
                // A seasonal KPI has no period outside its months (SPEC §2.2).
                out.warnings.push(Warning {
                    cell: Some(cell_ref),
                    message: m.outside_reporting_months(&kpi.id, &period.to_string()),
                });
                *out.skipped.entry(kpi_index).or_default() += 1;
                continue;
            }
            out.values.push(ImportedValue {
                kpi: kpi_index,
                period,
                value,
                cell: cell_ref,
                note: note.clone(),
            });
        }
    }
    for (kpi_index, (count, all_fractions)) in fraction_check {
        if count > 0 && all_fractions {
            out.warnings.push(Warning {
                cell: None,
                message: m.values_look_like_fractions(&contract.kpis[kpi_index].id),
            });
        }
    }
    out.warnings
        .extend(commas.warnings(&out.values, &ambiguous, contract, m));
    problems.extend(deduplicate(&mut out.values, contract, m));
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A supplier's comment as a `kpi.csv` note: one line, no control characters (the register
/// refuses them), white space collapsed, at most a spreadsheet cell's length.
fn clean_note(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| {
            if c.is_whitespace() || crate::sanitize::is_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    words.chars().take(MAX_NOTE_CHARS).collect()
}

/// As many characters as a spreadsheet cell holds.
const MAX_NOTE_CHARS: usize = 32_767;

/// Per value column, whether `,` separates thousands there (see [`comma_means_thousands`]).
struct CommaColumns(BTreeMap<usize, bool>);

impl CommaColumns {
    fn new(grid: &Grid, layout: &Layout) -> CommaColumns {
        let columns: Vec<usize> = match layout {
            Layout::Wide { kpi_cols, .. } => kpi_cols.iter().map(|&(col, _)| col).collect(),
            Layout::Long { value_col, .. } => vec![*value_col],
        };
        let rows = layout.header_row() + 1..grid.rows.len();
        CommaColumns(
            columns
                .into_iter()
                .map(|col| {
                    let texts = rows
                        .clone()
                        .filter_map(|row| grid.cell(row, col).header_text());
                    (col, comma_means_thousands(texts))
                })
                .collect(),
        )
    }

    fn thousands(&self, col: usize) -> bool {
        self.0.get(&col).copied().unwrap_or(false)
    }

    /// A warning for each `1,234` read as 1.234 whose column's other values of the same KPI
    /// lie nearer 1234: a thousands separator is then the likelier meaning.
    fn warnings(
        &self,
        values: &[ImportedValue],
        ambiguous: &[(usize, usize, CellRef, f64)],
        contract: &Contract,
        m: &dyn Messages,
    ) -> Vec<Warning> {
        use crate::store::format_value;
        if ambiguous.is_empty() {
            return Vec::new();
        }
        let unclear: std::collections::BTreeSet<(u32, u32)> = ambiguous
            .iter()
            .map(|(_, _, cell, _)| (cell.row, cell.col))
            .collect();
        // The other values of each (column, KPI), sorted, for their median.
        let mut others: BTreeMap<(usize, usize), Vec<f64>> = BTreeMap::new();
        for v in values {
            if v.value != 0.0 && !unclear.contains(&(v.cell.row, v.cell.col)) {
                let key = (v.cell.col as usize, v.kpi);
                others.entry(key).or_default().push(v.value.abs());
            }
        }
        for list in others.values_mut() {
            list.sort_by(f64::total_cmp);
        }
        let mut warnings = Vec::new();
        for (col, kpi, cell, value) in ambiguous {
            let Some(list) = others.get(&(*col, *kpi)) else {
                continue;
            };
            let median = list[list.len() / 2];
            let off = |v: f64| (v.abs() / median).ln().abs();
            if *value != 0.0 && off(value * 1000.0) < off(*value) {
                warnings.push(Warning {
                    cell: Some(cell.clone()),
                    message: m.comma_maybe_thousands(
                        &format_value(*value).replace('.', ","),
                        &format_value(*value),
                        &contract.kpis[*kpi].id,
                        &format_value(median),
                        &format_value(value * 1000.0),
                    ),
                });
            }
        }
        warnings
    }
}

fn skip_error(out: &mut Extracted, kpi: usize, cell: CellRef, text: &str, m: &dyn Messages) {
    out.warnings.push(Warning {
        cell: Some(cell),
        message: m.error_value_skipped(text),
    });
    *out.skipped.entry(kpi).or_default() += 1;
}

fn is_blank(cell: &CellValue) -> bool {
    match cell {
        CellValue::Empty => true,
        CellValue::Text(text) => text.trim().is_empty(),
        _ => false,
    }
}

enum PeriodCell {
    Period(PeriodText),
    Blank,
    Total(String),
    ErrorValue(String),
    Invalid,
}

fn read_period(cell: &CellValue) -> PeriodCell {
    let parsed = match cell {
        CellValue::Empty => return PeriodCell::Blank,
        CellValue::Date(date) => Some(PeriodText::Date(*date)),
        CellValue::Number { value, .. } => period_of_number(*value),
        CellValue::Text(text) => {
            let trimmed = text.trim();
            if trimmed.is_empty() {
                return PeriodCell::Blank;
            }
            if TOTAL_WORDS.contains(&trimmed.to_lowercase().trim_end_matches(':')) {
                return PeriodCell::Total(trimmed.to_string());
            }
            if super::value::is_error_text(trimmed) {
                return PeriodCell::ErrorValue(trimmed.to_string());
            }
            parse_period_text(trimmed)
        }
        CellValue::Error(text) => return PeriodCell::ErrorValue(text.clone()),
        CellValue::Bool(_) => None,
    };
    parsed.map_or(PeriodCell::Invalid, PeriodCell::Period)
}

/// The KPI named in a long-format row; `None` when the row is blank.
fn long_kpi(
    grid: &Grid,
    row: usize,
    kpi_col: usize,
    contract: &Contract,
    matcher: &KpiMatcher,
    m: &dyn Messages,
) -> Result<Option<usize>, CellProblem> {
    let cell = grid.cell(row, kpi_col);
    let text = match cell {
        CellValue::Empty => return Ok(None),
        CellValue::Text(text) if text.trim().is_empty() => return Ok(None),
        other => other.display(),
    };
    match matcher.matches(&text).as_slice() {
        [kpi] => Ok(Some(*kpi)),
        [] => Err(CellProblem::new(
            grid.cell_ref(row, kpi_col),
            m.not_a_kpi_of(
                text.trim(),
                &contract.key,
                &contract
                    .kpis
                    .iter()
                    .map(|k| k.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        )),
        several => Err(CellProblem::new(
            grid.cell_ref(row, kpi_col),
            m.matches_several_kpis(
                text.trim(),
                &several
                    .iter()
                    .map(|k| format!("`{}`", contract.kpis[*k].id))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        )),
    }
}

/// Keeps one value per (KPI, period): repeats of the same value collapse, different values for
/// the same period are problems (which one would the supplier mean?).
fn deduplicate(
    values: &mut Vec<ImportedValue>,
    contract: &Contract,
    m: &dyn Messages,
) -> Vec<CellProblem> {
    // Only looked up, never iterated: the order of problems follows the sheet.
    let mut first: std::collections::HashMap<(usize, Period), usize> = Default::default();
    let mut problems = Vec::new();
    let mut keep = Vec::with_capacity(values.len());
    for (index, value) in values.iter().enumerate() {
        match first.get(&(value.kpi, value.period)) {
            None => {
                first.insert((value.kpi, value.period), index);
                keep.push(true);
            }
            Some(&earlier) => {
                let earlier = &values[earlier];
                if earlier.value != value.value {
                    problems.push(CellProblem::new(
                        value.cell.clone(),
                        m.second_value(
                            &contract.kpis[value.kpi].id,
                            &value.period.to_string(),
                            &crate::store::format_value(value.value),
                            &crate::store::format_value(earlier.value),
                            &earlier.cell.to_string(),
                        ),
                    ));
                }
                keep.push(false);
            }
        }
    }
    let mut flags = keep.into_iter();
    values.retain(|_| flags.next().unwrap_or(false));
    problems
}

/// Whether a KPI's unit means per cent: `%`, `procent` or `percent`.
fn is_percent_unit(unit: &str) -> bool {
    let unit = unit.trim().to_lowercase();
    matches!(unit.as_str(), "%" | "procent" | "percent")
}

/// Counts a value of a per-cent KPI column and whether every value so far lay in 0..=1.
fn note_fraction(check: &mut BTreeMap<usize, (u32, bool)>, kpi: usize, value: f64) {
    let entry = check.entry(kpi).or_insert((0, true));
    entry.0 += 1;
    entry.1 &= (0.0..=1.0).contains(&value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::header::detect_layout;
    use crate::model::test_support::test_contract;

    fn text(t: &str) -> CellValue {
        if t.is_empty() {
            CellValue::Empty
        } else {
            CellValue::Text(t.to_string())
        }
    }

    fn grid(rows: Vec<Vec<CellValue>>) -> Grid {
        Grid {
            sheet: "Blad1".into(),
            naming: CellNaming::A1,
            rows,
            formats_unknown: false,
        }
    }

    fn run(g: &Grid) -> Result<Extracted, Vec<CellProblem>> {
        let contract = test_contract();
        let layout = detect_layout(g, &contract.kpis, Language::En)
            .unwrap()
            .unwrap();
        extract(g, &layout, &contract, Language::En)
    }

    fn summary(values: &[ImportedValue]) -> Vec<String> {
        let contract = test_contract();
        values
            .iter()
            .map(|v| {
                format!(
                    "{} {} {} {}",
                    v.period, contract.kpis[v.kpi].id, v.value, v.cell
                )
            })
            .collect()
    }

    #[test]
    fn wide_rows_with_text_numbers_dates_and_percent_cells() {
        let g = grid(vec![
            vec![text("Rapport")],
            vec![
                text("Månad"),
                text("Leveransprecision (%)"),
                text("Antal incidenter"),
            ],
            vec![text("jan 2026"), text("93,5 %"), CellValue::number(2.0)],
            vec![
                CellValue::Date(crate::model::test_support::d("2026-02-28")),
                CellValue::Number {
                    value: 0.959,
                    percent: true,
                },
                text("saknas"),
            ],
            vec![text("2026-03"), text(""), text("1 234")],
            vec![text(""), text(""), text("")],
        ]);
        let out = run(&g).unwrap();
        assert_eq!(
            summary(&out.values),
            [
                "2026-01 leveransprecision 93.5 Blad1!B3",
                "2026-01 incidenter 2 Blad1!C3",
                "2026-02 leveransprecision 95.9 Blad1!B4",
                "2026-03 incidenter 1234 Blad1!C5",
            ]
        );
        assert_eq!(out.skipped.get(&1), Some(&1));
        assert!(out.warnings.is_empty());
    }

    #[test]
    fn the_comment_column_becomes_the_note_of_rows_with_values() {
        let g = grid(vec![
            vec![text("Månad"), text("Leveransprecision"), text("Anmärkning")],
            vec![
                text("jan 2026"),
                text("93,5"),
                text("  snö\u{1b}[2J\r\nstorm "),
            ],
            vec![text("feb 2026"), text(""), text("ingen leverans")],
            vec![text("mar 2026"), text("95"), text("")],
        ]);
        let out = run(&g).unwrap();
        let notes: Vec<(String, &str)> = out
            .values
            .iter()
            .map(|v| (v.period.to_string(), v.note.as_str()))
            .collect();
        assert_eq!(
            notes,
            [("2026-01".into(), "snö [2J storm"), ("2026-03".into(), "")]
        );
    }

    #[test]
    fn months_map_to_the_quarter_of_a_quarterly_kpi() {
        let g = grid(vec![
            vec![text("Period"), text("NKI")],
            vec![text("2026-03"), text("71")],
            vec![text("K2 2026"), text("72")],
        ]);
        let out = run(&g).unwrap();
        assert_eq!(
            summary(&out.values),
            ["2026-Q1 nki 71 Blad1!B2", "2026-Q2 nki 72 Blad1!B3"]
        );
    }

    #[test]
    fn a_quarter_for_a_monthly_kpi_is_an_error() {
        let g = grid(vec![
            vec![text("Period"), text("Leveransprecision")],
            vec![text("2026-Q1"), text("93")],
        ]);
        let problems = run(&g).unwrap_err();
        assert_eq!(problems[0].cell.to_string(), "Blad1!A2");
        assert_eq!(
            problems[0].message,
            "\"2026-Q1\" is a quarter, but KPI `leveransprecision` is reported monthly"
        );
    }

    #[test]
    fn text_in_a_value_cell_is_an_error_naming_the_cell() {
        let g = grid(vec![
            vec![text("Månad"), text("Leveransprecision")],
            vec![text("2026-01"), text("=HYPERLINK(\"http://x\",\"y\")")],
            vec![text("2026-02"), text("bra")],
        ]);
        let problems = run(&g).unwrap_err();
        let cells: Vec<String> = problems.iter().map(|p| p.cell.to_string()).collect();
        assert_eq!(cells, ["Blad1!B2", "Blad1!B3"]);
        assert!(
            problems[0]
                .message
                .starts_with("\"=HYPERLINK(\"http://x\",\"y\")\" is not a number")
        );
    }

    #[test]
    fn error_cells_and_out_of_term_rows_are_skipped_with_warnings() {
        let g = grid(vec![
            vec![text("Månad"), text("Leveransprecision")],
            vec![text("2026-01"), CellValue::Error("#N/A".into())],
            vec![text("2026-02"), text("#DIV/0!")],
            vec![text("2024-02"), text("90")],
            vec![text("2028-03"), text("90")],
            vec![text("2024-03"), text("91")],
            vec![text("Totalt"), text("91")],
        ]);
        let out = run(&g).unwrap();
        assert_eq!(
            summary(&out.values),
            ["2024-03 leveransprecision 91 Blad1!B6"]
        );
        let warnings: Vec<String> = out.warnings.iter().map(|w| w.render("f.xlsx")).collect();
        assert_eq!(
            warnings,
            [
                "f.xlsx: Blad1!B2: error value #N/A skipped",
                "f.xlsx: Blad1!B3: error value #DIV/0! skipped",
                "f.xlsx: Blad1!B4: leveransprecision 2024-02 is outside the contract term 2024-03-01 – 2028-02-29; skipped",
                "f.xlsx: Blad1!B5: leveransprecision 2028-03 is outside the contract term 2024-03-01 – 2028-02-29; skipped",
                "f.xlsx: Blad1!A7: row \"Totalt\" looks like a total and was skipped",
            ]
        );
        assert_eq!(out.skipped.get(&0), Some(&4));
    }

    #[test]
    fn long_layout() {
        let g = grid(vec![
            vec![text("Period"), text("Nyckeltal"), text("Värde")],
            vec![text("2026-01"), text("Leveransprecision"), text("93,5")],
            vec![text("2026-01"), text("Antal incidenter"), text("4")],
            vec![text("2026-Q1"), text("nki"), text("70")],
            vec![text("2026-02"), text("Okänt mått"), text("1")],
        ]);
        let problems = run(&g).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].cell.to_string(), "Blad1!B5");
        assert!(
            problems[0]
                .message
                .starts_with("\"Okänt mått\" is not a KPI of contract `skoladmin`")
        );
    }

    #[test]
    fn duplicates_in_the_file() {
        let g = grid(vec![
            vec![text("Datum"), text("NKI")],
            vec![text("2026-01-15"), text("70")],
            vec![text("2026-02-15"), text("70")],
            vec![text("2026-03-15"), text("71")],
        ]);
        let problems = run(&g).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].message,
            "a second value for `nki` 2026-Q1: 71 here, 70 in Blad1!B2"
        );
    }

    #[test]
    fn fractions_in_files_without_formats_are_warned_about() {
        let mut g = grid(vec![
            vec![text("Månad"), text("Leveransprecision")],
            vec![text("2026-01"), CellValue::number(0.935)],
            vec![text("2026-02"), CellValue::number(0.95)],
        ]);
        g.formats_unknown = true;
        let out = run(&g).unwrap();
        assert_eq!(out.values.len(), 2);
        assert_eq!(out.values[0].value, 0.935);
        assert!(
            out.warnings[0]
                .message
                .starts_with("every value of `leveransprecision` lies between 0 and 1")
        );
    }

    #[test]
    fn fractions_as_text_in_a_csv_are_warned_about_but_not_with_a_percent_sign() {
        let mut g = grid(vec![
            vec![text("Månad"), text("Leveransprecision")],
            vec![text("2026-01"), text("0,935")],
            vec![text("2026-02"), text("0.95")],
        ]);
        // In a workbook the numeric cells tell; text cells are not counted.
        assert!(run(&g).unwrap().warnings.is_empty());
        g.naming = CellNaming::LineColumn;
        let out = run(&g).unwrap();
        assert_eq!(out.values[0].value, 0.935);
        assert!(out.warnings[0].message.contains("look like fractions"));
        let mut g = grid(vec![
            vec![text("Månad"), text("Leveransprecision")],
            vec![text("2026-01"), text("0,9 %")],
        ]);
        g.naming = CellNaming::LineColumn;
        assert!(run(&g).unwrap().warnings.is_empty());
    }

    #[test]
    fn percent_units() {
        for unit in ["%", "procent", " Procent ", "percent"] {
            assert!(is_percent_unit(unit), "{unit}");
        }
        assert!(!is_percent_unit("st"));
        assert!(!is_percent_unit(""));
    }
}
