//! Excel workbooks for meetings: the follow-up workbook ([`followup`], Nacka's template) and the
//! KPI reporting sheet sent to the supplier ([`kpi_sheet`]).
//!
//! Text from the register or a supplier is always written with `write_string`, never `write`,
//! so a name like `=HYPERLINK(...)` stays text and never becomes a formula.

pub mod followup;
pub mod kpi_sheet;
pub mod style;

use crate::error::Error;
use crate::model::Language;
use rust_xlsxwriter::XlsxError;

/// Maps a writer error to avtal's error type, in `lang`.
pub(crate) fn failed(error: XlsxError, lang: Language) -> Error {
    Error::input(crate::messages::of(lang).cannot_write_workbook(&error.to_string()))
}
