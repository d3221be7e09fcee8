//! Finding the header row of a sheet and matching its columns to the contract's KPIs (SPEC §7).

use super::cell::Grid;
use super::error::CellProblem;
use crate::kpi_match::{KpiMatcher, normalize_header};
use crate::model::{Kpi, Language};

/// The header row is searched for in this many rows from the top of a sheet.
pub const HEADER_SEARCH_ROWS: usize = 20;

const PERIOD_HEADERS: [&str; 12] = [
    "period",
    "månad",
    "manad",
    "datum",
    "date",
    "month",
    "kvartal",
    "quarter",
    "år",
    "year",
    "tidsperiod",
    "mätperiod",
];
const KPI_NAME_HEADERS: [&str; 3] = ["kpi", "nyckeltal", "mått"];
const VALUE_HEADERS: [&str; 3] = ["value", "värde", "utfall"];
/// The supplier's comment column; its text becomes the `note` of the row's values.
const NOTE_HEADERS: [&str; 10] = [
    "kommentar",
    "kommentarer",
    "anmärkning",
    "anmärkningar",
    "notering",
    "noteringar",
    "note",
    "notes",
    "comment",
    "comments",
];

/// How the values are laid out under the header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One row per period, one column per KPI.
    Wide {
        header_row: usize,
        period_col: usize,
        /// (column, index into the contract's KPIs), by column.
        kpi_cols: Vec<(usize, usize)>,
        /// The comment column, when there is one.
        note_col: Option<usize>,
    },
    /// One row per period and KPI: a period, a KPI name and a value column.
    Long {
        header_row: usize,
        period_col: usize,
        kpi_col: usize,
        value_col: usize,
        /// The comment column, when there is one.
        note_col: Option<usize>,
    },
}

impl Layout {
    /// The 0-based row of the header.
    pub fn header_row(&self) -> usize {
        match self {
            Layout::Wide { header_row, .. } | Layout::Long { header_row, .. } => *header_row,
        }
    }

    /// The 0-based column of the supplier's comments (`Kommentar`, `Note`, …), if any.
    pub fn note_col(&self) -> Option<usize> {
        match self {
            Layout::Wide { note_col, .. } | Layout::Long { note_col, .. } => *note_col,
        }
    }
}

/// Whether `header` names a period column (`Period`, `Månad`, `Datum`, …; SPEC §7).
pub fn is_period_header(header: &str) -> bool {
    is_one_of(header, &PERIOD_HEADERS)
}

fn is_one_of(header: &str, words: &[&str]) -> bool {
    words.contains(&normalize_header(header).as_str())
}

/// Finds the header row of `grid`: the first of its first 20 rows with a period column and at
/// least one KPI column (wide), or a period, KPI and value column (long). `Ok(None)` when there
/// is none; an error when a header matches two KPIs or two columns match one KPI.
pub fn detect_layout(
    grid: &Grid,
    kpis: &[Kpi],
    lang: Language,
) -> Result<Option<Layout>, Vec<CellProblem>> {
    let m = crate::messages::of(lang);
    for (row, cells) in grid.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let headers: Vec<(usize, &str)> = cells
            .iter()
            .enumerate()
            .filter_map(|(col, cell)| cell.header_text().map(|text| (col, text)))
            .collect();
        let Some(period_col) = headers
            .iter()
            .find(|(_, text)| is_one_of(text, &PERIOD_HEADERS))
            .map(|(col, _)| *col)
        else {
            continue;
        };
        let matcher = KpiMatcher::new(kpis);
        let mut problems = Vec::new();
        let mut kpi_cols: Vec<(usize, usize)> = Vec::new();
        for &(col, text) in &headers {
            if col == period_col {
                continue;
            }
            let matches = matcher.matches(text);
            match matches.as_slice() {
                [] => {}
                [kpi] => {
                    if let Some((first, _)) = kpi_cols.iter().find(|(_, k)| k == kpi) {
                        problems.push(CellProblem::new(
                            grid.cell_ref(row, col),
                            m.two_columns_one_kpi(
                                text,
                                &super::cell::column_name(*first as u32),
                                &kpis[*kpi].id,
                            ),
                        ));
                    } else {
                        kpi_cols.push((col, *kpi));
                    }
                }
                several => problems.push(CellProblem::new(
                    grid.cell_ref(row, col),
                    m.column_matches_several_kpis(
                        text,
                        &several
                            .iter()
                            .map(|k| format!("`{}`", kpis[*k].id))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                )),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let find = |words: &[&str]| {
            headers
                .iter()
                .find(|(col, text)| {
                    *col != period_col
                        && !kpi_cols.iter().any(|(k, _)| k == col)
                        && is_one_of(text, words)
                })
                .map(|(col, _)| *col)
        };
        let note_col = find(&NOTE_HEADERS);
        if !kpi_cols.is_empty() {
            return Ok(Some(Layout::Wide {
                header_row: row,
                period_col,
                kpi_cols,
                note_col,
            }));
        }
        if let (Some(kpi_col), Some(value_col)) = (find(&KPI_NAME_HEADERS), find(&VALUE_HEADERS)) {
            return Ok(Some(Layout::Long {
                header_row: row,
                period_col,
                kpi_col,
                value_col,
                note_col,
            }));
        }
    }
    Ok(None)
}

/// The texts of the most header-like row among the first 20 (the one with a period column, else
/// the one with most text cells), for the message when no header row is found.
pub fn likely_headers(grid: &Grid) -> Vec<String> {
    let rows = grid.rows.iter().take(HEADER_SEARCH_ROWS);
    let texts = |cells: &Vec<super::cell::CellValue>| -> Vec<String> {
        cells
            .iter()
            .filter_map(|c| c.header_text())
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    let with_period = rows.clone().find(|cells| {
        cells
            .iter()
            .filter_map(|c| c.header_text())
            .any(|t| is_one_of(t, &PERIOD_HEADERS))
    });
    match with_period {
        Some(cells) => texts(cells),
        None => rows
            .map(texts)
            .enumerate()
            .max_by_key(|(index, texts)| (texts.len(), std::cmp::Reverse(*index)))
            .map(|(_, texts)| texts)
            .unwrap_or_default(),
    }
}

/// The names a header could use for each KPI, for messages: `Leveransprecision (leveransprecision)`.
pub fn expected_names(kpis: &[Kpi]) -> Vec<String> {
    kpis.iter()
        .map(|kpi| {
            let mut names = vec![kpi.name.clone()];
            if normalize_header(&kpi.id) != normalize_header(&kpi.name) {
                names.push(kpi.id.clone());
            }
            names.extend(kpi.aliases.iter().cloned());
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi_match::matching_kpis;
    use crate::model::test_support::test_kpis;

    fn grid(rows: &[&[&str]]) -> Grid {
        crate::import::cell::text_grid("Blad1", rows)
    }

    #[test]
    fn normalizes_like_the_spec() {
        assert_eq!(
            normalize_header("  Leveransprecision (%) "),
            "leveransprecision"
        );
        assert_eq!(normalize_header("Antal incidenter, st"), "antal incidenter");
        assert_eq!(normalize_header("NÖJD KUND-INDEX"), "nöjd kund-index");
        assert_eq!(
            normalize_header("Andel  leveranser\u{a0}i tid"),
            "andel leveranser i tid"
        );
        assert_eq!(normalize_header("Månad"), "månad");
    }

    #[test]
    fn matches_id_name_and_alias() {
        let kpis = test_kpis();
        assert_eq!(matching_kpis("Leveransprecision (%)", &kpis), [0]);
        assert_eq!(matching_kpis("andel leveranser i tid", &kpis), [0]);
        assert_eq!(matching_kpis("incidenter", &kpis), [1]);
        assert_eq!(matching_kpis("Antal incidenter (st)", &kpis), [1]);
        assert_eq!(matching_kpis("NKI", &kpis), [2]);
        assert!(matching_kpis("Kommentar", &kpis).is_empty());
    }

    #[test]
    fn finds_the_header_under_title_rows() {
        let kpis = test_kpis();
        let g = grid(&[
            &["Månadsrapport Edu AB", "", ""],
            &[],
            &[
                "Månad",
                "Leveransprecision (%)",
                "Antal incidenter",
                "Kommentar",
            ],
            &["jan 2026", "93,5", "2", ""],
        ]);
        assert_eq!(
            detect_layout(&g, &kpis, Language::En).unwrap(),
            Some(Layout::Wide {
                header_row: 2,
                period_col: 0,
                kpi_cols: vec![(1, 0), (2, 1)],
                note_col: Some(3),
            })
        );
    }

    #[test]
    fn finds_a_long_layout() {
        let kpis = test_kpis();
        let g = grid(&[&["Period", "Nyckeltal", "Utfall", "Kommentar"]]);
        assert_eq!(
            detect_layout(&g, &kpis, Language::En).unwrap(),
            Some(Layout::Long {
                header_row: 0,
                period_col: 0,
                kpi_col: 1,
                value_col: 2,
                note_col: Some(3),
            })
        );
    }

    #[test]
    fn every_comment_header_is_a_note_column() {
        let kpis = test_kpis();
        for header in [
            "Kommentar",
            "Anmärkning",
            "Note",
            "Notering",
            "Comment (leverantör)",
        ] {
            let g = grid(&[&["Månad", "Leveransprecision", header]]);
            let layout = detect_layout(&g, &kpis, Language::En).unwrap().unwrap();
            assert_eq!(layout.note_col(), Some(2), "{header}");
        }
        let g = grid(&[&["Månad", "Leveransprecision", "Ansvarig"]]);
        assert_eq!(
            detect_layout(&g, &kpis, Language::En)
                .unwrap()
                .unwrap()
                .note_col(),
            None
        );
    }

    #[test]
    fn no_header_and_too_far_down() {
        let kpis = test_kpis();
        let g = grid(&[&["Datum", "Leveranser i tid"], &["x", "y"]]);
        assert_eq!(detect_layout(&g, &kpis, Language::En).unwrap(), None);
        assert_eq!(likely_headers(&g), ["Datum", "Leveranser i tid"]);
        let mut rows: Vec<&[&str]> = vec![&[]; 20];
        rows.push(&["Månad", "Leveransprecision"]);
        assert_eq!(
            detect_layout(&grid(&rows), &kpis, Language::En).unwrap(),
            None
        );
    }

    #[test]
    fn ambiguous_and_duplicate_columns_are_errors() {
        let mut kpis = test_kpis();
        kpis[1].aliases.push("Leveransprecision".into());
        let g = grid(&[&["Månad", "Leveransprecision (%)"]]);
        let problems = detect_layout(&g, &kpis, Language::En).unwrap_err();
        assert_eq!(problems[0].cell.to_string(), "Blad1!B1");
        assert!(
            problems[0]
                .message
                .contains("matches more than one KPI: `leveransprecision`, `incidenter`"),
            "{}",
            problems[0].message
        );
        let kpis = test_kpis();
        let g = grid(&[&["Månad", "Leveransprecision", "Andel leveranser i tid"]]);
        let problems = detect_layout(&g, &kpis, Language::En).unwrap_err();
        assert_eq!(problems[0].cell.to_string(), "Blad1!C1");
        assert!(
            problems[0]
                .message
                .contains("column B both match KPI `leveransprecision`")
        );
    }
}
