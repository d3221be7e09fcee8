//! The header row of an accounts-payable export and which column holds what (SPEC §12).

use crate::import::cell::Grid;
use crate::import::header::HEADER_SEARCH_ROWS;
use crate::kpi_match::normalize_header;

/// What a column of a spend export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Date,
    OrgNo,
    Supplier,
    Amount,
    Department,
    Account,
    Invoice,
}

impl Field {
    /// The column headers of SPEC §12, compared after [`normalize_header`].
    fn headers(self) -> &'static [&'static str] {
        match self {
            Field::Date => &[
                "bokföringsdatum",
                "fakturadatum",
                "datum",
                "date",
                "verifikationsdatum",
            ],
            Field::OrgNo => &[
                "organisationsnummer",
                "org.nr",
                "orgnr",
                "org nr",
                "leverantörens organisationsnummer",
                "org_no",
            ],
            Field::Supplier => &[
                "leverantör",
                "leverantörsnamn",
                "leverantörens namn",
                "supplier",
            ],
            Field::Amount => &[
                "belopp exkl. moms",
                "belopp exkl moms",
                "nettobelopp",
                "belopp",
                "amount",
            ],
            Field::Department => &["förvaltning", "ansvar", "verksamhet", "department"],
            Field::Account => &["konto", "account"],
            Field::Invoice => &[
                "fakturanummer",
                "verifikationsnummer",
                "verifikation",
                "invoice",
            ],
        }
    }

    /// Every field, in column-preference order.
    const ALL: [Field; 7] = [
        Field::Date,
        Field::OrgNo,
        Field::Supplier,
        Field::Amount,
        Field::Department,
        Field::Account,
        Field::Invoice,
    ];

    /// The required columns.
    pub const REQUIRED: [Field; 3] = [Field::Date, Field::Supplier, Field::Amount];

    /// The word for the column in messages.
    pub fn name(self) -> &'static str {
        match self {
            Field::Date => "date (Bokföringsdatum, Fakturadatum, Datum)",
            Field::OrgNo => "org_no (Organisationsnummer, Org.nr)",
            Field::Supplier => "supplier (Leverantör, Leverantörsnamn)",
            Field::Amount => "amount (Belopp exkl. moms, Nettobelopp, Belopp)",
            Field::Department => "department (Förvaltning, Ansvar)",
            Field::Account => "account (Konto)",
            Field::Invoice => "invoice (Fakturanummer, Verifikationsnummer)",
        }
    }
}

/// The amount headers that exclude VAT: preferred over any other amount column.
const EXCLUDING_VAT: [&str; 3] = ["belopp exkl. moms", "belopp exkl moms", "nettobelopp"];

/// The header row and the column of every field found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    pub header_row: usize,
    /// (field, column), one per field found.
    found: Vec<(Field, usize)>,
}

impl Columns {
    /// The column of `field`, if the header has it.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.found
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, c)| *c)
    }
}

/// The columns of row `row` of `grid`. Of several columns for one field the first wins, except
/// that an excluding-VAT amount wins over any other amount.
pub fn columns_of_row(grid: &Grid, row: usize) -> Columns {
    let mut found: Vec<(Field, usize, bool)> = Vec::new();
    let cells = grid.rows.get(row).map_or(&[][..], |r| r.as_slice());
    for (col, cell) in cells.iter().enumerate() {
        let Some(text) = cell.header_text() else {
            continue;
        };
        let header = normalize_header(text);
        let Some(field) = Field::ALL
            .into_iter()
            .find(|f| f.headers().contains(&header.as_str()))
        else {
            continue;
        };
        let preferred = field == Field::Amount && EXCLUDING_VAT.contains(&header.as_str());
        match found.iter_mut().find(|(f, _, _)| *f == field) {
            Some(slot) if preferred && !slot.2 => *slot = (field, col, true),
            Some(_) => {}
            None => found.push((field, col, preferred)),
        }
    }
    Columns {
        header_row: row,
        found: found.into_iter().map(|(f, c, _)| (f, c)).collect(),
    }
}

/// The first row within the first 20 that has every required column.
pub fn find_header(grid: &Grid) -> Option<Columns> {
    (0..grid.rows.len().min(HEADER_SEARCH_ROWS))
        .map(|row| columns_of_row(grid, row))
        .find(|columns| Field::REQUIRED.iter().all(|f| columns.get(*f).is_some()))
}

/// The most header-like row (most recognised columns, the first of equals), for the message
/// when no header row is found.
pub fn best_guess(grid: &Grid) -> Option<Columns> {
    (0..grid.rows.len().min(HEADER_SEARCH_ROWS))
        .map(|row| columns_of_row(grid, row))
        .filter(|c| !c.found.is_empty())
        .max_by_key(|c| (c.found.len(), std::cmp::Reverse(c.header_row)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::cell::{CellNaming, CellValue};

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            sheet: "Blad1".into(),
            naming: CellNaming::A1,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|t| CellValue::Text(t.to_string())).collect())
                .collect(),
            formats_unknown: false,
        }
    }

    #[test]
    fn finds_the_header_under_a_title_and_prefers_excluding_vat() {
        let g = grid(&[
            &["Leverantörsreskontra 2026"],
            &[
                "Bokföringsdatum",
                "Org.nr",
                "Leverantör",
                "Belopp inkl. moms",
                "Belopp (SEK)",
                "Belopp exkl. moms",
                "Ansvar",
            ],
        ]);
        let columns = find_header(&g).unwrap();
        assert_eq!(columns.header_row, 1);
        assert_eq!(columns.get(Field::Amount), Some(5));
        assert_eq!(columns.get(Field::OrgNo), Some(1));
        assert_eq!(columns.get(Field::Department), Some(6));
        assert_eq!(columns.get(Field::Invoice), None);
    }

    #[test]
    fn no_header_without_an_amount() {
        let g = grid(&[&["Datum", "Leverantör", "Konto"]]);
        assert_eq!(find_header(&g), None);
        assert_eq!(best_guess(&g).unwrap().get(Field::Amount), None);
    }
}
