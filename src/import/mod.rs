//! Importing KPI values from supplier spreadsheets and CSV files (SPEC §7).
//!
//! The pipeline: [`read`] checks the file and turns it into a [`cell::Grid`] of typed cells and
//! finds the header ([`header`]); [`extract`] reads periods ([`period`]) and values ([`value`])
//! under it; [`plan`] compares them with `kpi.csv` (read and written by [`crate::store::kpi`])
//! and yields the new file and the summary. Everything except [`read`] is pure.

pub mod cell;
pub mod contracts;
pub mod error;
pub mod extract;
pub mod header;
pub mod index;
pub mod period;
pub mod plan;
pub mod read;
pub mod spend;
pub mod value;

pub use error::ImportError;
