//! The header row of an accounts-payable export and which columns hold what (SPEC §12):
//! headers compared without case, parenthesised parts, diacritics and separators; the names of
//! the SPEC, of the national open-data specification and of the real exports; `--column`.

use crate::import::cell::Grid;
use crate::import::header::HEADER_SEARCH_ROWS;

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
    Contract,
}

impl Field {
    /// The column headers of SPEC §12 in its order, then those of the open-data specification
    /// for accounts payable (version 1.1) and of the real exports in `shared/realdata/`;
    /// compared after [`header_key`].
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
                "leverantor_id",
                "leverantor_orgnr",
                "organisatio",
            ],
            Field::Supplier => &[
                "leverantör",
                "leverantörsnamn",
                "leverantörens namn",
                "supplier",
                "leverantor_namn",
            ],
            Field::Amount => &[
                "belopp exkl. moms",
                "belopp exkl moms",
                "nettobelopp",
                "belopp",
                "amount",
                "utfall",
            ],
            Field::Department => &[
                "förvaltning",
                "ansvar",
                "verksamhet",
                "department",
                "rn1/förvaltning",
            ],
            Field::Account => &["konto", "account", "konto_nr", "kontonummer"],
            Field::Invoice => &[
                "fakturanummer",
                "verifikationsnummer",
                "verifikation",
                "invoice",
                "fakt nr",
                "fakturanr",
            ],
            Field::Contract => &["avtal", "avtalsnummer", "avtals-id", "contract"],
        }
    }

    /// Every field, in column-preference order.
    pub const ALL: [Field; 8] = [
        Field::Date,
        Field::OrgNo,
        Field::Supplier,
        Field::Amount,
        Field::Department,
        Field::Account,
        Field::Invoice,
        Field::Contract,
    ];

    /// The required columns.
    pub const REQUIRED: [Field; 3] = [Field::Date, Field::Supplier, Field::Amount];

    /// The field's name in `spend/` and on the command line (`--column FIELD=HEADER`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::OrgNo => "org_no",
            Field::Supplier => "supplier",
            Field::Amount => "amount",
            Field::Department => "department",
            Field::Account => "account",
            Field::Invoice => "invoice",
            Field::Contract => "contract",
        }
    }

    /// The field named `key` (see [`Field::key`]).
    pub fn of_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key.trim())
    }

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
            Field::Contract => "contract (Avtal, Avtalsnummer)",
        }
    }

    /// The rank of `key` among this field's headers (lower is preferred), if it is one.
    fn rank(self, key: &str) -> Option<usize> {
        self.headers().iter().position(|h| header_key(h) == key)
    }
}

/// A header as SPEC §12 compares it: lower case, any parenthesised part removed, `å ä` as `a`,
/// `ö` as `o`, `é` as `e`, and `_`, `.`, `-` and white space removed.
pub fn header_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            'å' | 'ä' => out.push('a'),
            'ö' => out.push('o'),
            'é' => out.push('e'),
            '_' | '.' | '-' => {}
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// The amount headers that exclude VAT: when one is present, only those are read.
const EXCLUDING_VAT: [&str; 3] = ["belopp exkl. moms", "belopp exkl moms", "nettobelopp"];

/// `--column FIELD=HEADER`: the column of a field named explicitly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chosen {
    pub field: Field,
    /// The header as given.
    pub header: String,
}

/// The header row and the columns of every field found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    pub header_row: usize,
    /// (field, columns in order of preference), one entry per field found.
    found: Vec<(Field, Vec<usize>)>,
}

impl Columns {
    /// The preferred column of `field`, if the header has one.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.all(field).first().copied()
    }

    /// Every column of `field`, preferred first: a row's value is the first non-empty one.
    pub fn all(&self, field: Field) -> &[usize] {
        self.found
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(&[], |(_, c)| c.as_slice())
    }

    /// Every (field, column) read, in the file's column order.
    pub fn chosen(&self) -> impl Iterator<Item = (Field, usize)> + '_ {
        let mut all: Vec<(Field, usize)> = self
            .found
            .iter()
            .flat_map(|(f, cols)| cols.iter().map(move |c| (*f, *c)))
            .collect();
        all.sort_by_key(|(_, col)| *col);
        all.into_iter()
    }

    /// Whether the row has every required column (the date only when `dated` is false).
    fn complete(&self, dated: bool) -> bool {
        Field::REQUIRED
            .iter()
            .all(|f| (dated && *f == Field::Date) || self.get(*f).is_some())
    }
}

/// The columns of row `row` of `grid`, with the columns `chosen` named explicitly; `None` when
/// a chosen header is not in the row.
pub fn columns_of_row(grid: &Grid, row: usize, chosen: &[Chosen]) -> Option<Columns> {
    let cells = grid.rows.get(row).map_or(&[][..], |r| r.as_slice());
    let keys: Vec<Option<String>> = cells
        .iter()
        .map(|c| c.header_text().map(header_key).filter(|k| !k.is_empty()))
        .collect();
    let mut found: Vec<(Field, Vec<usize>)> = Vec::new();
    for choice in chosen {
        let wanted = header_key(&choice.header);
        let col = keys.iter().position(|k| k.as_deref() == Some(&wanted))?;
        found.push((choice.field, vec![col]));
    }
    for field in Field::ALL {
        if chosen.iter().any(|c| c.field == field) {
            continue;
        }
        let taken = |col: usize| found.iter().any(|(_, cols)| cols.contains(&col));
        let mut ranked: Vec<(usize, usize)> = keys
            .iter()
            .enumerate()
            .filter(|(col, _)| !taken(*col))
            .filter_map(|(col, k)| k.as_deref().and_then(|k| field.rank(k)).map(|r| (r, col)))
            .collect();
        if field == Field::Amount {
            let net: Vec<usize> = EXCLUDING_VAT
                .iter()
                .map(|h| field.rank(&header_key(h)).unwrap_or(0))
                .collect();
            if ranked.iter().any(|(r, _)| net.contains(r)) {
                ranked.retain(|(r, _)| net.contains(r));
            }
        }
        ranked.sort();
        if !ranked.is_empty() {
            found.push((field, ranked.into_iter().map(|(_, c)| c).collect()));
        }
    }
    found.sort();
    Some(Columns {
        header_row: row,
        found,
    })
}

/// The first row within the first 20 that has every required column (all but the date when
/// `dated`: `--date` dates every row).
pub fn find_header(grid: &Grid, chosen: &[Chosen], dated: bool) -> Option<Columns> {
    (0..grid.rows.len().min(HEADER_SEARCH_ROWS))
        .filter_map(|row| columns_of_row(grid, row, chosen))
        .find(|columns| columns.complete(dated))
}

/// The most header-like row (most recognised columns, the first of equals), for the message
/// when no header row is found.
pub fn best_guess(grid: &Grid) -> Option<Columns> {
    (0..grid.rows.len().min(HEADER_SEARCH_ROWS))
        .filter_map(|row| columns_of_row(grid, row, &[]))
        .filter(|c| !c.found.is_empty())
        .max_by_key(|c| (c.found.len(), std::cmp::Reverse(c.header_row)))
}

/// The texts of the most header-like row: the one with most recognised columns, else the one
/// with most text cells (for the message when a `--column` header is not in the file).
pub fn headers_found(grid: &Grid) -> (usize, Vec<String>) {
    let texts = |row: usize| -> Vec<String> {
        grid.rows[row]
            .iter()
            .filter_map(|c| c.header_text())
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    let row = best_guess(grid).map(|c| c.header_row).or_else(|| {
        (0..grid.rows.len().min(HEADER_SEARCH_ROWS))
            .max_by_key(|row| (texts(*row).len(), std::cmp::Reverse(*row)))
    });
    row.map_or((0, Vec::new()), |row| (row, texts(row)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::cell::text_grid;

    fn grid(rows: &[&[&str]]) -> Grid {
        text_grid("Blad1", rows)
    }

    #[test]
    fn keys_ignore_case_diacritics_separators_and_parentheses() {
        for same in ["bokforingsdatum", "Bokföringsdatum", "BOKFÖRINGS_DATUM"] {
            assert_eq!(header_key(same), "bokforingsdatum");
        }
        for same in ["org.nr", "org nr", "orgnr", "Org-nr (SE)"] {
            assert_eq!(header_key(same), "orgnr");
        }
        assert_eq!(header_key("Belopp exkl. moms (SEK)"), "beloppexklmoms");
        assert_eq!(header_key("Café"), "cafe");
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
        let columns = find_header(&g, &[], false).unwrap();
        assert_eq!(columns.header_row, 1);
        assert_eq!(columns.all(Field::Amount), [5]);
        assert_eq!(columns.get(Field::OrgNo), Some(1));
        assert_eq!(columns.get(Field::Department), Some(6));
        assert_eq!(columns.get(Field::Invoice), None);
    }

    #[test]
    fn several_columns_of_one_field_in_the_order_of_the_list() {
        let g = grid(&[&[
            "Verifikationsnummer",
            "Leverantör",
            "Datum",
            "Fakturanummer",
            "Belopp",
            "Bokföringsdatum",
        ]]);
        let columns = find_header(&g, &[], false).unwrap();
        assert_eq!(columns.all(Field::Invoice), [3, 0]);
        assert_eq!(columns.all(Field::Date), [5, 2]);
    }

    #[test]
    fn the_open_data_specification_and_the_real_exports() {
        let vgr = grid(&[&[
            "kopare_id",
            "kopare",
            "verifikationsnummer",
            "leverantor",
            "leverantor_id",
            "konto_nr",
            "konto_text",
            "bokforingsdatum",
            "forvaltning",
            "fakturanummer",
            "nettobelopp",
            "grund",
            "avtal",
        ]]);
        let c = find_header(&vgr, &[], false).unwrap();
        let fields: Vec<(Field, usize)> = c.chosen().collect();
        assert_eq!(
            fields,
            [
                (Field::Invoice, 2),
                (Field::Supplier, 3),
                (Field::OrgNo, 4),
                (Field::Account, 5),
                (Field::Date, 7),
                (Field::Department, 8),
                (Field::Invoice, 9),
                (Field::Amount, 10),
                (Field::Contract, 12),
            ]
        );
        assert_eq!(c.all(Field::Invoice), [9, 2]);
        let orebro = grid(&[&[
            "RN1/FÖRVALTNING",
            "LEVERANTÖR",
            "ORGANISATIO",
            "FAKT NR",
            "KONTO",
            "UTFALL",
        ]]);
        assert_eq!(find_header(&orebro, &[], false), None);
        let c = find_header(&orebro, &[], true).unwrap();
        assert_eq!(c.get(Field::Department), Some(0));
        assert_eq!(c.get(Field::OrgNo), Some(2));
        assert_eq!(c.get(Field::Invoice), Some(3));
        assert_eq!(c.get(Field::Amount), Some(5));
    }

    #[test]
    fn a_chosen_column_wins_and_must_exist() {
        let g = grid(&[&["Datum", "Leverantör", "Summa SEK", "Belopp"]]);
        let chosen = [Chosen {
            field: Field::Amount,
            header: "summa  sek".into(),
        }];
        let c = find_header(&g, &chosen, false).unwrap();
        assert_eq!(c.all(Field::Amount), [2]);
        let missing = [Chosen {
            field: Field::Amount,
            header: "Netto".into(),
        }];
        assert_eq!(find_header(&g, &missing, false), None);
        assert_eq!(
            headers_found(&g),
            (
                0,
                vec![
                    "Datum".into(),
                    "Leverantör".into(),
                    "Summa SEK".into(),
                    "Belopp".into()
                ]
            )
        );
    }

    #[test]
    fn no_header_without_an_amount() {
        let g = grid(&[&["Datum", "Leverantör", "Konto"]]);
        assert_eq!(find_header(&g, &[], false), None);
        assert_eq!(best_guess(&g).unwrap().get(Field::Amount), None);
    }
}
