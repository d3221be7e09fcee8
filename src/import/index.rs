//! `avtal index import` (SPEC §13): a price index series from a two-column table (month, value)
//! in any section-7 format, or from SCB's JSON-stat 2.0, merged into `index/<NAME>.csv`.
//!
//! Reading goes through the shared reader stack ([`super::read::find_sheet`]); everything else
//! here is pure: finding the columns, reading months and values, and the merge.

use super::cell::{CellRef, CellValue, Grid};
use super::error::{CellProblem, Warning};
use super::header::{HEADER_SEARCH_ROWS, is_period_header};
use super::period::{PeriodText, parse_period_text, period_of_number};
use super::value::{ValueText, is_error_text, parse_value_text};
use crate::dates::{Frequency, Period};
use crate::error::Error;
use crate::kpi_match::normalize_header;
use crate::model::{IndexSeries, Language};
use crate::store::format_value;
use serde_json::Value;
use std::collections::BTreeMap;

/// One value read from the file, with where it came from (a cell, or `Tid=2024M01`).
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedMonth {
    pub month: Period,
    pub value: f64,
    pub place: String,
}

/// The columns of a two-column table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Columns {
    pub header_row: usize,
    pub month_col: usize,
    pub value_col: usize,
}

/// The header row: the first row (of the first 20) with a month column (`Månad`, `Period`,
/// `Datum`, `Tid`, …) and a text header in another column, the value column (the first one
/// after the month column, else before it).
pub fn detect_columns(grid: &Grid) -> Result<Option<Columns>, Vec<CellProblem>> {
    for (row, cells) in grid.rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let headers: Vec<(usize, &str)> = cells
            .iter()
            .enumerate()
            .filter_map(|(col, cell)| cell.header_text().map(|t| (col, t)))
            .filter(|(_, t)| !t.trim().is_empty())
            .collect();
        let Some(month_col) = headers
            .iter()
            .find(|(_, t)| is_period_header(t) || normalize_header(t) == "tid")
            .map(|(col, _)| *col)
        else {
            continue;
        };
        let after = headers.iter().find(|(col, _)| *col > month_col);
        let before = headers.iter().find(|(col, _)| *col < month_col);
        if let Some((value_col, _)) = after.or(before) {
            return Ok(Some(Columns {
                header_row: row,
                month_col,
                value_col: *value_col,
            }));
        }
    }
    Ok(None)
}

/// SCB's month spelling `2024M01`.
fn scb_month(text: &str) -> Option<Period> {
    let (year, month) = text.split_once(['M', 'm'])?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    crate::load::parse_month(&format!("{year}-{month}"))
}

/// A month from a cell's text: `2024M01`, `2024-01`, `januari 2024`, `2024-01-31`, ….
pub fn parse_month_text(text: &str) -> Option<Period> {
    let text = text.trim();
    scb_month(text).or_else(|| month_of(parse_period_text(text)?))
}

fn month_of(text: PeriodText) -> Option<Period> {
    match text {
        PeriodText::Date(_) | PeriodText::Month { .. } => text.resolve(Frequency::Monthly),
        PeriodText::Quarter { .. } | PeriodText::Year(_) => None,
    }
}

/// SCB writes `..` for a value that is not published.
fn is_missing_marker(text: &str) -> bool {
    matches!(text.trim(), ".." | "…")
}

/// Reads every (month, value) under the header. Blank rows, missing markers and error cells
/// are skipped (error cells with a warning); anything else that is not a month or a positive
/// number is a problem, and then nothing is imported.
pub fn extract(
    grid: &Grid,
    columns: Columns,
    lang: Language,
) -> Result<(Vec<ImportedMonth>, Vec<Warning>), Vec<CellProblem>> {
    let m = crate::messages::of(lang);
    let mut values = Vec::new();
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    let mut seen: BTreeMap<Period, (f64, CellRef)> = BTreeMap::new();
    for row in columns.header_row + 1..grid.rows.len() {
        let month_cell = grid.cell(row, columns.month_col);
        let value_cell = grid.cell(row, columns.value_col);
        let month_ref = grid.cell_ref(row, columns.month_col);
        let value_ref = grid.cell_ref(row, columns.value_col);
        let month = match month_cell {
            CellValue::Empty => continue,
            CellValue::Text(t) if t.trim().is_empty() => continue,
            CellValue::Date(date) => month_of(PeriodText::Date(*date)),
            CellValue::Number { value, .. } => period_of_number(*value).and_then(month_of),
            CellValue::Text(text) => parse_month_text(text),
            CellValue::Error(_) | CellValue::Bool(_) => None,
        };
        let Some(month) = month else {
            let shown = crate::sanitize::one_line(&month_cell.display());
            problems.push(CellProblem::new(month_ref, m.not_a_month(&shown)));
            continue;
        };
        let value = match value_cell {
            CellValue::Number { value, .. } => Some(*value),
            CellValue::Empty => None,
            CellValue::Error(text) => {
                warnings.push(Warning {
                    cell: Some(value_ref),
                    message: m.error_value_skipped(text),
                });
                continue;
            }
            CellValue::Text(text) if is_missing_marker(text) => None,
            CellValue::Text(text) if is_error_text(text) => {
                warnings.push(Warning {
                    cell: Some(value_ref),
                    message: m.error_value_skipped(text.trim()),
                });
                continue;
            }
            CellValue::Text(text) => match parse_value_text(text) {
                Some(ValueText::Number(value)) => Some(value),
                Some(_) => None,
                None => {
                    let shown = crate::sanitize::one_line(text);
                    problems.push(CellProblem::new(value_ref, m.import_not_a_number(&shown)));
                    continue;
                }
            },
            CellValue::Date(_) | CellValue::Bool(_) => {
                problems.push(CellProblem::new(value_ref, m.index_value_not_number()));
                continue;
            }
        };
        let Some(value) = value else { continue };
        if !(value > 0.0 && value.is_finite()) {
            problems.push(CellProblem::new(
                value_ref,
                m.index_value_not_positive(&format_value(value)),
            ));
            continue;
        }
        if !crate::limits::is_index_value(value) {
            let problem = m.index_out_of_range(&format_value(value));
            problems.push(CellProblem::new(value_ref, problem));
            continue;
        }
        if let Some((first, first_ref)) = seen.get(&month) {
            if *first != value {
                problems.push(CellProblem::new(
                    value_ref,
                    m.month_twice(
                        &month.to_string(),
                        &format_value(*first),
                        &first_ref.to_string(),
                        &format_value(value),
                    ),
                ));
            }
            continue;
        }
        seen.insert(month, (value, value_ref.clone()));
        values.push(ImportedMonth {
            month,
            value,
            place: value_ref.to_string(),
        });
    }
    if problems.is_empty() {
        Ok((values, warnings))
    } else {
        Err(problems)
    }
}

/// Reads a JSON-stat 2.0 dataset (also SCB's JSON-stat 1 `{"dataset": …}` wrapper): the
/// `value` array by the `Tid` dimension's category index. Every other dimension must have a
/// single category (one series per file). `file` names the file in messages.
pub fn parse_json_stat(
    text: &str,
    file: &str,
    lang: Language,
) -> Result<Vec<ImportedMonth>, Error> {
    let m = crate::messages::of(lang);
    let invalid =
        |why: String| Error::input_with_hint(format!("{file}: {why}"), m.hint_json_stat());
    let root: Value =
        serde_json::from_str(text).map_err(|e| invalid(m.json_invalid(&e.to_string())))?;
    let dataset = root.get("dataset").unwrap_or(&root);
    let dimension = dataset
        .get("dimension")
        .and_then(Value::as_object)
        .ok_or_else(|| invalid(m.json_stat_no_dimension().to_string()))?;
    let ids: Vec<&str> = dataset
        .get("id")
        .or_else(|| dimension.get("id"))
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_str).collect())
        .unwrap_or_else(|| dimension.keys().map(String::as_str).collect());
    let sizes: Vec<usize> = dataset
        .get("size")
        .or_else(|| dimension.get("size"))
        .and_then(Value::as_array)
        .map(|sizes| {
            sizes
                .iter()
                .map(|s| s.as_u64().unwrap_or(0) as usize)
                .collect()
        })
        .ok_or_else(|| invalid(m.json_stat_no_size().to_string()))?;
    if sizes.len() != ids.len() {
        return Err(invalid(m.json_stat_sizes(ids.len(), sizes.len())));
    }
    let Some(time) = ids.iter().position(|id| *id == "Tid") else {
        return Err(invalid(m.json_stat_no_time(&ids.join(", "))));
    };
    if let Some((id, size)) = ids
        .iter()
        .zip(&sizes)
        .find(|(id, size)| **id != "Tid" && **size != 1)
    {
        return Err(invalid(m.json_stat_several_series(id, *size)));
    }
    // With every other dimension of size 1, a month's position in `value` is its Tid index.
    let stride: usize = sizes[time + 1..].iter().product();
    let index = dimension
        .get("Tid")
        .and_then(|d| d.get("category"))
        .and_then(|c| c.get("index"))
        .ok_or_else(|| invalid(m.json_stat_no_time_index().to_string()))?;
    let months: Vec<(String, usize)> = match index {
        Value::Object(map) => map
            .iter()
            .map(|(id, pos)| (id.clone(), pos.as_u64().unwrap_or(u64::MAX) as usize))
            .collect(),
        Value::Array(list) => list
            .iter()
            .enumerate()
            .map(|(pos, id)| (id.as_str().unwrap_or("").to_string(), pos))
            .collect(),
        _ => {
            return Err(invalid(m.json_stat_bad_time_index().to_string()));
        }
    };
    let values = dataset
        .get("value")
        .ok_or_else(|| invalid(m.json_stat_no_value().to_string()))?;
    let value_at = |position: usize| -> Option<&Value> {
        match values {
            Value::Array(list) => list.get(position),
            Value::Object(map) => map.get(&position.to_string()),
            _ => None,
        }
    };
    let mut out: Vec<ImportedMonth> = Vec::with_capacity(months.len());
    // `2024M01`, `2024-01` and `januari 2024` are one month: given twice with other values it is
    // an error, never the last one silently (issue 31).
    let mut seen: BTreeMap<Period, usize> = BTreeMap::new();
    for (id, position) in months {
        let month = parse_month_text(&id)
            .ok_or_else(|| invalid(m.json_stat_not_a_month(&crate::sanitize::one_line(&id))))?;
        let place = format!("Tid={id}");
        match position.checked_mul(stride).and_then(value_at) {
            Some(Value::Number(number)) => {
                let value = number.as_f64().unwrap_or(0.0);
                if value.is_nan() || value <= 0.0 {
                    return Err(invalid(m.json_stat_not_positive(&place, value)));
                }
                if !crate::limits::is_index_value(value) {
                    let problem = m.index_out_of_range(&value.to_string());
                    return Err(invalid(format!("{place}: {problem}")));
                }
                if let Some(&earlier) = seen.get(&month) {
                    let first: &ImportedMonth = &out[earlier];
                    if first.value != value {
                        return Err(invalid(m.month_twice(
                            &month.to_string(),
                            &format_value(first.value),
                            &first.place,
                            &format_value(value),
                        )));
                    }
                    continue;
                }
                seen.insert(month, out.len());
                out.push(ImportedMonth {
                    month,
                    value,
                    place,
                });
            }
            Some(Value::Null) | None => {}
            Some(other) => {
                return Err(invalid(
                    m.json_stat_not_a_number(&place, &other.to_string()),
                ));
            }
        }
    }
    out.sort_by_key(|m| m.month);
    Ok(out)
}

/// A stored value that the file would change.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthConflict {
    pub month: Period,
    pub stored: f64,
    pub imported: f64,
    pub place: String,
}

/// The result of merging imported months into a stored series.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Merge {
    /// The new file (written only when `changed`).
    pub content: String,
    pub changed: bool,
    pub new: usize,
    pub unchanged: usize,
    /// Values that differ from the stored ones (replaced with `--replace`).
    pub conflicts: Vec<MonthConflict>,
    /// The first and last month of the merged series.
    pub span: Option<(Period, Period)>,
}

/// Merges `imported` into `stored`: a new month is added, the same value is unchanged, a
/// different value is a conflict that replaces the stored one only with `replace`.
pub fn merge(stored: &IndexSeries, imported: &[ImportedMonth], replace: bool) -> Merge {
    let mut values = stored.values.clone();
    let mut merge = Merge::default();
    for item in imported {
        match values.get(&item.month) {
            None => {
                merge.new += 1;
                values.insert(item.month, item.value);
            }
            Some(stored) if format_value(*stored) == format_value(item.value) => {
                merge.unchanged += 1;
            }
            Some(stored) => {
                merge.conflicts.push(MonthConflict {
                    month: item.month,
                    stored: *stored,
                    imported: item.value,
                    place: item.place.clone(),
                });
                if replace {
                    values.insert(item.month, item.value);
                }
            }
        }
    }
    merge.changed = merge.new > 0 || (replace && !merge.conflicts.is_empty());
    merge.content = crate::store::index::render(&values);
    merge.span = values
        .keys()
        .next()
        .copied()
        .zip(values.keys().next_back().copied());
    merge
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::cell::CellNaming;

    fn text(t: &str) -> CellValue {
        CellValue::Text(t.to_string())
    }

    fn grid(rows: Vec<Vec<CellValue>>) -> Grid {
        Grid {
            sheet: "Blad1".into(),
            naming: CellNaming::A1,
            rows,
            formats_unknown: false,
        }
    }

    fn month(t: &str) -> Period {
        crate::load::parse_month(t).unwrap()
    }

    #[test]
    fn months_in_every_spelling() {
        for (input, expected) in [
            ("2024M01", "2024-01"),
            ("2024-01", "2024-01"),
            ("januari 2024", "2024-01"),
            ("2024-03-31", "2024-03"),
            ("okt 2025", "2025-10"),
        ] {
            assert_eq!(parse_month_text(input), Some(month(expected)), "{input}");
        }
        for bad in ["2024M13", "2024", "2024-Q1", "M01", "hej"] {
            assert_eq!(parse_month_text(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_scb_table_under_title_rows() {
        let g = grid(vec![
            vec![text("Konsumentprisindex (1980=100), fastställda tal")],
            vec![],
            vec![text("månad"), text("KPI, fastställda tal (1980=100)")],
            vec![text("2024M01"), CellValue::number(400.5)],
            vec![text("2024M02"), text("401,25")],
            vec![text("2024M03"), text("..")],
            vec![
                CellValue::Date(crate::model::test_support::d("2024-04-15")),
                text("#N/A"),
            ],
        ]);
        let columns = detect_columns(&g).unwrap().unwrap();
        assert_eq!(
            (columns.header_row, columns.month_col, columns.value_col),
            (2, 0, 1)
        );
        let (values, warnings) = extract(&g, columns, Language::En).unwrap();
        assert_eq!(
            values
                .iter()
                .map(|v| (v.month.to_string(), v.value))
                .collect::<Vec<_>>(),
            [
                ("2024-01".to_string(), 400.5),
                ("2024-02".to_string(), 401.25)
            ]
        );
        assert_eq!(
            warnings[0].render("f.xlsx"),
            "f.xlsx: Blad1!B7: error value #N/A skipped"
        );
    }

    #[test]
    fn bad_cells_are_named() {
        let g = grid(vec![
            vec![text("Period"), text("Värde")],
            vec![text("2024-13"), CellValue::number(1.0)],
            vec![text("2024-01"), CellValue::number(0.0)],
            vec![text("2024-02"), text("abc")],
            vec![text("2024-03"), CellValue::number(2.0)],
            vec![text("2024M03"), CellValue::number(3.0)],
        ]);
        let problems = extract(&g, detect_columns(&g).unwrap().unwrap(), Language::En).unwrap_err();
        let texts: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {}", p.cell, p.message))
            .collect();
        assert_eq!(
            texts,
            [
                "Blad1!A2: \"2024-13\" is not a month (write 2024-01, 2024M01 or januari 2024)",
                "Blad1!B3: index value 0 must be greater than 0",
                "Blad1!B4: \"abc\" is not a number",
                "Blad1!B6: 2024-03 appears twice with different values: 2 at Blad1!B5 and 3",
            ]
        );
        assert_eq!(
            detect_columns(&grid(vec![vec![text("Vecka"), text("Värde")]])).unwrap(),
            None
        );
    }

    #[test]
    fn json_stat_by_the_tid_index() {
        let json = r#"{"version":"2.0","class":"dataset","id":["ContentsCode","Tid"],"size":[1,3],
            "dimension":{"ContentsCode":{"category":{"index":{"000004VU":0}}},
                         "Tid":{"category":{"index":{"2024M02":1,"2024M01":0,"2024M03":2}}}},
            "value":[400.1,401.2,null]}"#;
        let values = parse_json_stat(json, "kpi.json", Language::En).unwrap();
        assert_eq!(
            values
                .iter()
                .map(|v| (v.month.to_string(), v.value))
                .collect::<Vec<_>>(),
            [
                ("2024-01".to_string(), 400.1),
                ("2024-02".to_string(), 401.2)
            ]
        );
        let no_tid = r#"{"id":["ContentsCode","Manad"],"size":[1,1],"dimension":{},"value":[1]}"#;
        let error = parse_json_stat(no_tid, "kpi.json", Language::En)
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "kpi.json: has no `Tid` dimension (the months); its dimensions are: ContentsCode, Manad"
        );
        let two = r#"{"id":["ContentsCode","Tid"],"size":[2,1],"dimension":{"Tid":{"category":{"index":["2024M01"]}}},"value":[1,2]}"#;
        assert!(
            parse_json_stat(two, "f", Language::En)
                .unwrap_err()
                .to_string()
                .contains("several series")
        );
    }

    #[test]
    fn merge_counts_new_unchanged_and_conflicts() {
        let stored = IndexSeries {
            name: "KPI".into(),
            values: [(month("2024-01"), 400.0), (month("2024-02"), 401.0)]
                .into_iter()
                .collect(),
        };
        let imported = |m: &str, v: f64| ImportedMonth {
            month: month(m),
            value: v,
            place: "B2".into(),
        };
        let items = [
            imported("2024-01", 400.0),
            imported("2024-02", 401.5),
            imported("2024-03", 402.0),
        ];
        let kept = merge(&stored, &items, false);
        assert_eq!((kept.new, kept.unchanged, kept.conflicts.len()), (1, 1, 1));
        let replaced = merge(&stored, &items, true);
        assert_eq!(
            replaced.content,
            "period,value\n2024-01,400\n2024-02,401.5\n2024-03,402\n"
        );
        assert!(replaced.changed);
        let same = merge(&stored, &items[..1], false);
        assert!(!same.changed);
    }
}
