//! One contract per row (SPEC §15): every cell of a row read into a [`ContractRow`], or the
//! cells that cannot be read. Empty rows and totals rows are skipped.

use super::columns::{Columns, Field};
use super::options::{option_months, parse_options};
use super::values::{
    parse_amount, parse_date, parse_keywords, parse_kind, parse_notice, parse_yes_no, text_of,
};
use crate::import::cell::{CellRef, CellValue, Grid};
use crate::import::error::CellProblem;
use crate::load::{check_org_no, is_valid_key};
use crate::model::{Kind, Language};
use chrono::NaiveDate;

/// Notice period given to options when the file has none (SPEC §15).
pub const DEFAULT_NOTICE_MONTHS: u32 = 3;

/// One option: its length and notice period in months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionTerm {
    pub months: u32,
    pub notice_months: u32,
}

/// A row of the export, read.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractRow {
    /// 0-based row in the sheet.
    pub row: usize,
    pub key: Option<String>,
    pub title: String,
    pub supplier: String,
    pub org_no: Option<String>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub options: Vec<OptionTerm>,
    /// Whole öre.
    pub annual_value: Option<i64>,
    pub contract_value: Option<i64>,
    pub max_value: Option<i64>,
    pub category: Option<String>,
    pub controller: Option<String>,
    pub owner: Option<String>,
    pub diarienummer: Option<String>,
    pub kind: Kind,
    pub business_critical: bool,
    pub keywords: Vec<String>,
    /// Warnings about this row (assumed notice period, missing org number, unknown kind).
    pub warnings: Vec<String>,
}

/// The rows of a sheet, read.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Rows {
    pub rows: Vec<ContractRow>,
    /// Totals rows skipped.
    pub skipped: usize,
}

/// Reads every row under the header. All problems of all rows are returned together.
pub fn read_rows(grid: &Grid, columns: &Columns, lang: Language) -> Result<Rows, Vec<CellProblem>> {
    let mut result = Rows::default();
    let mut problems = Vec::new();
    for row in columns.header_row + 1..grid.rows.len() {
        let cells = &grid.rows[row];
        let Some(first) = cells.iter().find_map(text_of) else {
            continue;
        };
        if is_totals_label(&first) {
            result.skipped += 1;
            continue;
        }
        match read_row(grid, columns, row, lang) {
            Ok(contract) => result.rows.push(contract),
            Err(mut row_problems) => problems.append(&mut row_problems),
        }
    }
    if problems.is_empty() {
        Ok(result)
    } else {
        Err(problems)
    }
}

/// `Summa`, `Totalt`, `Total` (also with a colon or a word after them: `Summa avtal`).
fn is_totals_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    let word = lower
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or_default();
    matches!(word, "summa" | "totalt" | "total")
}

/// A cell of a row and its name.
struct Cells<'g> {
    grid: &'g Grid,
    columns: &'g Columns,
    row: usize,
    problems: Vec<CellProblem>,
}

impl Cells<'_> {
    fn cell(&self, field: Field) -> &CellValue {
        match self.columns.col(field) {
            Some(col) => self.grid.cell(self.row, col),
            None => &CellValue::Empty,
        }
    }

    fn at(&self, field: Field) -> CellRef {
        let col = self.columns.col(field).unwrap_or(0);
        self.grid.cell_ref(self.row, col)
    }

    fn text(&self, field: Field) -> Option<String> {
        text_of(self.cell(field))
    }

    fn problem(&mut self, field: Field, message: String) {
        let cell = self.at(field);
        self.problems.push(CellProblem::new(cell, message));
    }

    fn read<T>(
        &mut self,
        field: Field,
        parse: impl Fn(&CellValue) -> Result<T, String>,
    ) -> Option<T> {
        match parse(self.cell(field)) {
            Ok(value) => Some(value),
            Err(reason) => {
                self.problem(field, reason);
                None
            }
        }
    }

    fn required_text(&mut self, field: Field, lang: Language) -> Option<String> {
        let text = self.text(field);
        if text.is_none() {
            let m = crate::messages::of(lang);
            let message = match field {
                Field::Title => m.row_without_title(),
                _ => m.row_without_supplier(),
            };
            self.problem(field, message.to_string());
        }
        text
    }

    fn required_date(&mut self, field: Field, lang: Language) -> Option<NaiveDate> {
        let date = self.read(field, |cell| parse_date(cell, lang))?;
        if date.is_none() {
            let m = crate::messages::of(lang);
            let message = match field {
                Field::Start => m.row_without_start(),
                _ => m.row_without_end(),
            };
            self.problem(field, message.to_string());
        }
        date
    }
}

fn read_row(
    grid: &Grid,
    columns: &Columns,
    row: usize,
    lang: Language,
) -> Result<ContractRow, Vec<CellProblem>> {
    let mut cells = Cells {
        grid,
        columns,
        row,
        problems: Vec::new(),
    };
    let m = crate::messages::of(lang);
    let mut warnings = Vec::new();
    let key = cells.text(Field::Key);
    if let Some(key) = &key
        && !is_valid_key(key)
    {
        cells.problem(Field::Key, m.import_invalid_key(key));
    }
    let title = cells.required_text(Field::Title, lang);
    let supplier = cells.required_text(Field::Supplier, lang);
    let org_no = match cells.text(Field::OrgNo) {
        Some(text) => match check_org_no(&text) {
            Ok(org_no) => Some(org_no),
            Err(problem) => {
                let reason = problem.message(m);
                let message = m.invalid_org_no(&text, reason);
                cells.problem(Field::OrgNo, message);
                None
            }
        },
        None => {
            warnings.push(m.no_org_no().to_string());
            None
        }
    };
    let start = cells.required_date(Field::Start, lang);
    let end = cells.required_date(Field::End, lang);
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        let message = m.import_end_before_start(&end.to_string(), &start.to_string());
        cells.problem(Field::End, message);
    }
    let options = cells.read(Field::Options, |cell| parse_options(cell, lang));
    let notice = cells
        .read(Field::Notice, |cell| parse_notice(cell, lang))
        .flatten();
    let annual_value = cells
        .read(Field::AnnualValue, |c| parse_amount(c, lang))
        .flatten();
    let contract_value = cells
        .read(Field::ContractValue, |c| parse_amount(c, lang))
        .flatten();
    let max_value = cells
        .read(Field::MaxValue, |c| parse_amount(c, lang))
        .flatten();
    let (kind, known) = parse_kind(cells.cell(Field::Kind));
    if !known {
        let text = cells.text(Field::Kind).unwrap_or_default();
        warnings.push(m.unknown_kind(&text, &cells.at(Field::Kind).to_string()));
    }
    let business_critical = cells
        .read(Field::BusinessCritical, |c| parse_yes_no(c, lang))
        .unwrap_or(false);
    if !cells.problems.is_empty() {
        return Err(cells.problems);
    }
    let (Some(title), Some(supplier), Some(start), Some(end), Some(options)) =
        (title, supplier, start, end, options)
    else {
        return Err(cells.problems);
    };
    let months = option_months(&options, start, end);
    if !months.is_empty() && notice.is_none() {
        warnings.push(m.no_notice_period(DEFAULT_NOTICE_MONTHS));
    }
    let notice_months = notice.unwrap_or(DEFAULT_NOTICE_MONTHS);
    Ok(ContractRow {
        row,
        key,
        title,
        supplier,
        org_no,
        start,
        end,
        options: months
            .into_iter()
            .map(|months| OptionTerm {
                months,
                notice_months,
            })
            .collect(),
        annual_value,
        contract_value,
        max_value,
        category: cells.text(Field::Category),
        controller: cells.text(Field::Controller),
        owner: cells.text(Field::Owner),
        diarienummer: cells.text(Field::Diarienummer),
        kind,
        business_critical,
        keywords: parse_keywords(cells.cell(Field::Keywords)),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::contracts::columns::find_header;
    use crate::model::test_support::d;

    const HEADER: &[&str] = &[
        "Avtalsnamn",
        "Leverantör",
        "Org.nr",
        "Startdatum",
        "Slutdatum",
        "Förlängning",
        "Uppsägningstid",
        "Årsvärde",
        "Avtalstyp",
        "Verksamhetskritisk",
        "Nyckelord",
    ];

    fn grid(rows: &[&[&str]]) -> Grid {
        crate::import::cell::text_grid("Avtal", rows)
    }

    fn read(rows: &[&[&str]]) -> Result<Rows, Vec<CellProblem>> {
        let mut all: Vec<&[&str]> = vec![HEADER];
        all.extend_from_slice(rows);
        let g = grid(&all);
        let columns = find_header(&g).unwrap();
        read_rows(&g, &columns, Language::Sv)
    }

    fn problems(rows: &[&[&str]]) -> Vec<String> {
        read(rows)
            .unwrap_err()
            .iter()
            .map(|p| format!("{}: {}", p.cell, p.message))
            .collect()
    }

    #[test]
    fn a_full_row() {
        let rows = read(&[&[
            "Skolskjuts",
            "Buss AB",
            "5566778899",
            "2024-03-01",
            "2026-02-28",
            "2+1+1",
            "9 mån",
            "4,5 Mkr",
            "Ramavtal",
            "JA",
            "skola; buss",
        ]])
        .unwrap();
        let row = &rows.rows[0];
        assert_eq!(row.row, 1);
        assert_eq!(row.title, "Skolskjuts");
        assert_eq!(row.org_no.as_deref(), Some("556677-8899"));
        assert_eq!((row.start, row.end), (d("2024-03-01"), d("2026-02-28")));
        assert_eq!(
            row.options,
            [OptionTerm {
                months: 12,
                notice_months: 9
            }; 2]
        );
        assert_eq!(row.annual_value, Some(450_000_000));
        assert_eq!(row.kind, Kind::Framework);
        assert!(row.business_critical);
        assert_eq!(row.keywords, ["skola", "buss"]);
        assert!(row.warnings.is_empty(), "{:?}", row.warnings);
    }

    #[test]
    fn warnings_for_assumed_notice_missing_org_no_and_unknown_kind() {
        let rows = read(&[&[
            "A",
            "B",
            "",
            "2024-01-01",
            "2024-12-31",
            "1 år",
            "",
            "",
            "Koncession",
        ]])
        .unwrap();
        let row = &rows.rows[0];
        assert_eq!(
            row.options,
            [OptionTerm {
                months: 12,
                notice_months: 3
            }]
        );
        assert_eq!(row.warnings.len(), 3, "{:?}", row.warnings);
        assert!(row.warnings[0].contains("organisationsnummer saknas"));
        assert!(row.warnings[1].contains("okänd avtalstyp \"Koncession\" (Avtal!I2)"));
        assert!(row.warnings[2].contains("notice_months = 3"));
    }

    #[test]
    fn blank_and_totals_rows_are_skipped() {
        let rows = read(&[
            &[],
            &["", "", ""],
            &["A", "B", "5566778899", "2024-01-01", "2024-12-31"],
            &["Summa", "", "", "", "", "", "", "12 Mkr"],
            &["", "Totalt:", "", "", "", "", "", "12 Mkr"],
        ])
        .unwrap();
        assert_eq!(rows.rows.len(), 1);
        assert_eq!(rows.skipped, 2);
    }

    #[test]
    fn every_bad_cell_is_named() {
        assert_eq!(
            problems(&[&["", "B", "", "2024-01-01", "2024-12-31"]]),
            ["Avtal!A2: raden har inget avtalsnamn"]
        );
        assert_eq!(
            problems(&[&["A", "B", "", "2024-02-30", "2024-12-31"]]),
            ["Avtal!D2: \"2024-02-30\" är ett omöjligt datum"]
        );
        assert_eq!(
            problems(&[&["A", "B", "", "2024-06-01", "2024-05-31"]]),
            ["Avtal!E2: slutdatum 2024-05-31 är före startdatum 2024-06-01"]
        );
        let text = problems(&[&[
            "A",
            "B",
            "",
            "2024-01-01",
            "2024-12-31",
            "",
            "",
            "enligt offert",
        ]]);
        assert!(
            text[0].starts_with("Avtal!H2: \"enligt offert\" är inget belopp"),
            "{text:?}"
        );
        let text = problems(&[&["A", "B", "", "2024-01-01", "2024-12-31", "enligt avtal"]]);
        assert!(
            text[0].starts_with("Avtal!F2: förlängningen \"enligt avtal\" kan inte läsas"),
            "{text:?}"
        );
        assert_eq!(
            problems(&[&["A", "B", "556677-8898", "2024-01-01", "2024-12-31"]]),
            [
                "Avtal!C2: ogiltigt organisationsnummer \"556677-8898\": kontrollsiffran stämmer inte"
            ]
        );
        // Several problems in several rows, all at once.
        let text = problems(&[
            &["A", "", "", "", "2024-12-31"],
            &["B", "C", "", "2024-01-01", "snart"],
        ]);
        assert_eq!(
            text,
            [
                "Avtal!B2: raden har ingen leverantör",
                "Avtal!D2: raden har inget startdatum",
                "Avtal!E3: \"snart\" är inget datum; skriv det som ÅÅÅÅ-MM-DD"
            ]
        );
    }
}
