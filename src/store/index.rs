//! `index/<NAME>.csv`, one price index series (SPEC §2.5, §13): read through the loader's reader
//! ([`crate::load::parse_index_csv`]), written as [`render`] gives it: the header, then one row
//! per month, sorted.

use crate::error::Error;
use crate::load::{INDEX_DIR, INDEX_HEADER, parse_index_csv};
use crate::model::{IndexSeries, Language};
use crate::store::format_value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The folder of the series in the register at `root`.
pub fn folder(root: &Path) -> PathBuf {
    root.join(INDEX_DIR)
}

/// The file of the series `series` in the register at `root`.
pub fn path(root: &Path, series: &str) -> PathBuf {
    folder(root).join(format!("{series}.csv"))
}

/// The file's name in messages: `index/NAME.csv`.
pub fn name(series: &str) -> String {
    format!("{INDEX_DIR}/{series}.csv")
}

/// The stored series `series` read from its file at `path`: empty (with its name) when the file
/// does not exist yet; the loader's errors when it is not valid.
pub fn parse(series: &str, path: &Path, lang: Language) -> Result<IndexSeries, Error> {
    let name = name(series);
    match super::read_text(path, &name, lang)? {
        Some(text) => parse_index_csv(series, &name, &text, lang).map_err(Error::Invalid),
        None => Ok(IndexSeries {
            name: series.to_string(),
            ..IndexSeries::default()
        }),
    }
}

/// The text of a series file of `values`.
pub fn render(values: &BTreeMap<crate::dates::Period, f64>) -> String {
    let mut out = INDEX_HEADER.join(",");
    out.push('\n');
    for (month, value) in values {
        out.push_str(&format!("{month},{}\n", format_value(*value)));
    }
    out
}
