//! Importing KPI values from supplier spreadsheets and CSV files (SPEC §7).
//!
//! The pipeline: [`read`] checks the file and turns it into a [`cell::Grid`] of typed cells and
//! finds the header ([`header`]); [`extract`] reads periods ([`period`]) and values ([`value`])
//! under it; [`plan`] compares them with `kpi.csv` (read and written by [`crate::store::kpi`])
//! and yields the new file and the summary. Everything except [`read`] is pure. `avtal kpi show`
//! uses [`show`].

pub mod cell;
pub mod contracts;
pub mod error;
pub mod extract;
pub mod header;
pub mod index;
pub mod period;
pub mod plan;
pub mod read;
pub mod show;
pub mod spend;
pub mod value;

pub use error::ImportError;

#[cfg(test)]
pub(crate) fn test_kpis() -> Vec<crate::model::Kpi> {
    use crate::dates::Frequency;
    use crate::model::{Direction, Kpi};
    vec![
        Kpi {
            id: "leveransprecision".into(),
            name: "Leveransprecision".into(),
            unit: "%".into(),
            target: 95.0,
            direction: Direction::Higher,
            frequency: Frequency::Monthly,
            aliases: vec!["Andel leveranser i tid".into()],
            months: Vec::new(),
        },
        Kpi {
            id: "incidenter".into(),
            name: "Antal incidenter".into(),
            unit: "st".into(),
            target: 3.0,
            direction: Direction::Lower,
            frequency: Frequency::Monthly,
            aliases: Vec::new(),
            months: Vec::new(),
        },
        Kpi {
            id: "nki".into(),
            name: "Nöjd kund-index".into(),
            unit: String::new(),
            target: 70.0,
            direction: Direction::Higher,
            frequency: Frequency::Quarterly,
            aliases: Vec::new(),
            months: Vec::new(),
        },
    ]
}

/// The `skoladmin` contract of the briefs' fixtures.
#[cfg(test)]
pub(crate) fn test_contract() -> crate::model::Contract {
    let mut contract =
        crate::model::test_support::contract("skoladmin", "2024-03-01", "2028-02-29");
    contract.kpis = test_kpis();
    contract
}
