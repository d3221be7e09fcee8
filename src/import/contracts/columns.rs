//! The columns of a register export (SPEC §15): their synonyms, and the header row, searched
//! for as in SPEC §7 (the first of a sheet's first 20 rows that has the columns).

use crate::import::cell::Grid;
use crate::import::header::HEADER_SEARCH_ROWS;

/// A field of `contract.toml` a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Key,
    Title,
    Supplier,
    OrgNo,
    Start,
    End,
    Options,
    Notice,
    AnnualValue,
    ContractValue,
    MaxValue,
    Category,
    Controller,
    Owner,
    Diarienummer,
    Kind,
    BusinessCritical,
    Keywords,
}

impl Field {
    /// Every field, in the order of SPEC §15.
    pub const ALL: [Field; 18] = [
        Field::Key,
        Field::Title,
        Field::Supplier,
        Field::OrgNo,
        Field::Start,
        Field::End,
        Field::Options,
        Field::Notice,
        Field::AnnualValue,
        Field::ContractValue,
        Field::MaxValue,
        Field::Category,
        Field::Controller,
        Field::Owner,
        Field::Diarienummer,
        Field::Kind,
        Field::BusinessCritical,
        Field::Keywords,
    ];

    /// The columns that must be there.
    pub const REQUIRED: [Field; 4] = [Field::Title, Field::Supplier, Field::Start, Field::End];

    /// The header texts that name this field, compared after [`normalize`].
    pub fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Key => &["nyckel", "key"],
            Field::Title => &[
                "avtalsnamn",
                "avtal",
                "benämning",
                "avtalsbenämning",
                "titel",
                "title",
            ],
            Field::Supplier => &["leverantör", "leverantörsnamn", "supplier"],
            Field::OrgNo => &["organisationsnummer", "org.nr", "orgnr", "org nr"],
            Field::Start => &["startdatum", "avtalsstart", "giltig från", "start"],
            Field::End => &["slutdatum", "avtalsslut", "giltig till", "end"],
            Field::Options => &["förlängning", "förlängningsoption", "optioner", "option"],
            Field::Notice => &["uppsägningstid", "option meddelas", "notice"],
            Field::AnnualValue => &["årsvärde", "uppskattat årsvärde", "annual value"],
            Field::ContractValue => &["avtalsvärde", "totalt avtalsvärde"],
            Field::MaxValue => &["takvolym", "maxvärde", "takbelopp"],
            Field::Category => &["kategori", "avtalsområde", "område"],
            Field::Controller => &["avtalscontroller", "avtalsansvarig"],
            Field::Owner => &["verksamhet", "avtalsägare"],
            Field::Diarienummer => &["diarienummer", "dnr", "diarienr"],
            Field::Kind => &["avtalstyp", "typ"],
            Field::BusinessCritical => &["verksamhetskritisk", "verksamhetskritiskt"],
            Field::Keywords => &["nyckelord", "sökord"],
        }
    }

    /// The field's name in messages: the key in `contract.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Key => "key",
            Field::Title => "title",
            Field::Supplier => "supplier.name",
            Field::OrgNo => "supplier.org_no",
            Field::Start => "start",
            Field::End => "end",
            Field::Options => "options",
            Field::Notice => "options.notice_months",
            Field::AnnualValue => "annual_value",
            Field::ContractValue => "contract_value",
            Field::MaxValue => "max_value",
            Field::Category => "category",
            Field::Controller => "roles.controller",
            Field::Owner => "roles.owner",
            Field::Diarienummer => "diarienummer",
            Field::Kind => "kind",
            Field::BusinessCritical => "business_critical",
            Field::Keywords => "keywords",
        }
    }

    /// The field a header names.
    pub fn of_header(header: &str) -> Option<Field> {
        let header = normalize(header);
        Field::ALL
            .into_iter()
            .find(|field| field.synonyms().contains(&header.as_str()))
    }
}

/// A header compared the SPEC §15 way: lower-cased, trimmed, every parenthesised part removed,
/// inner runs of white space collapsed to one space (`Årsvärde (kr)` → `årsvärde`).
pub fn normalize(header: &str) -> String {
    let mut text = String::with_capacity(header.len());
    let mut depth = 0usize;
    for c in header.chars().flat_map(char::to_lowercase) {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header row and the column of each field found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    /// 0-based row of the header.
    pub header_row: usize,
    /// (field, column), in column order; the first column of a field wins.
    pub fields: Vec<(Field, usize)>,
}

impl Columns {
    /// The column of `field`, if the file has one.
    pub fn col(&self, field: Field) -> Option<usize> {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, c)| *c)
    }

    /// The required fields the header lacks.
    pub fn missing(&self) -> Vec<Field> {
        Field::REQUIRED
            .into_iter()
            .filter(|field| self.col(*field).is_none())
            .collect()
    }
}

/// The header row of `grid`: of its first 20 rows, the first with every required column, else
/// the first with a title column and at least one other known column (so that a missing
/// required column is reported at the header). `Err` with the most header-like row's texts when
/// there is none.
pub fn find_header(grid: &Grid) -> Result<Columns, Vec<String>> {
    let mut partial = None;
    let mut best: (usize, Vec<String>) = (0, Vec::new());
    for (row, cells) in grid.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let mut fields: Vec<(Field, usize)> = Vec::new();
        let mut texts = Vec::new();
        for (col, cell) in cells.iter().enumerate() {
            let Some(text) = cell.header_text() else {
                continue;
            };
            if !text.trim().is_empty() {
                texts.push(text.trim().to_string());
            }
            if let Some(field) = Field::of_header(text)
                && !fields.iter().any(|(f, _)| *f == field)
            {
                fields.push((field, col));
            }
        }
        let columns = Columns {
            header_row: row,
            fields,
        };
        if columns.missing().is_empty() {
            return Ok(columns);
        }
        if partial.is_none() && columns.col(Field::Title).is_some() && columns.fields.len() >= 2 {
            partial = Some(columns);
        }
        if texts.len() > best.0 {
            best = (texts.len(), texts);
        }
    }
    partial.ok_or(best.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        crate::import::cell::text_grid("Avtal", rows)
    }

    #[test]
    fn every_synonym_is_found_and_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for field in Field::ALL {
            for synonym in field.synonyms() {
                assert_eq!(Field::of_header(synonym), Some(field), "{synonym}");
                assert_eq!(Field::of_header(&synonym.to_uppercase()), Some(field));
                assert!(seen.insert(*synonym), "{synonym} twice");
            }
        }
        assert_eq!(
            Field::of_header("  Årsvärde (kr) "),
            Some(Field::AnnualValue)
        );
        assert_eq!(Field::of_header("Giltig  från"), Some(Field::Start));
        assert_eq!(
            Field::of_header("Takvolym (SEK, exkl. moms)"),
            Some(Field::MaxValue)
        );
        assert_eq!(Field::of_header("Org.nr"), Some(Field::OrgNo));
        assert_eq!(Field::of_header("Kommentar"), None);
    }

    #[test]
    fn normalizes_headers() {
        assert_eq!(
            normalize(" Uppskattat (tkr) årsvärde "),
            "uppskattat årsvärde"
        );
        assert_eq!(normalize("ORG NR"), "org nr");
        assert_eq!(normalize("(x)"), "");
    }

    #[test]
    fn header_under_a_title_row() {
        let g = grid(&[
            &["Avtalsdatabas Sjöviks kommun"],
            &[],
            &[
                "Nr",
                "Avtalsnamn",
                "Leverantör",
                "Startdatum",
                "Slutdatum",
                "Kommentar",
            ],
        ]);
        let columns = find_header(&g).unwrap();
        assert_eq!(columns.header_row, 2);
        assert_eq!(columns.col(Field::Title), Some(1));
        assert_eq!(columns.col(Field::End), Some(4));
        assert_eq!(columns.col(Field::Key), None);
        assert!(columns.missing().is_empty());
    }

    #[test]
    fn missing_required_columns_and_no_header() {
        let g = grid(&[&["Avtalsnamn", "Leverantör", "Startdatum"]]);
        let columns = find_header(&g).unwrap();
        assert_eq!(columns.missing(), [Field::End]);
        let g = grid(&[&["Rapport"], &["A", "B", "C"]]);
        assert_eq!(find_header(&g).unwrap_err(), ["A", "B", "C"]);
        let mut rows: Vec<&[&str]> = vec![&[]; 20];
        rows.push(&["Avtalsnamn", "Leverantör", "Startdatum", "Slutdatum"]);
        assert!(find_header(&grid(&rows)).is_err());
    }
}
