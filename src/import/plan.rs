//! The planner: compares imported values with the rows of `kpi.csv` and works out the new file
//! and the summary (SPEC §7). Pure: no disk, no clock.

use super::error::Conflict;
use super::extract::Extracted;
use crate::model::Kpi;
use crate::store::format_value;
use crate::store::kpi::{self, CsvRow};
use std::collections::HashMap;

/// Counts for one KPI.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct KpiCounts {
    pub kpi: String,
    pub new: u32,
    pub unchanged: u32,
    pub replaced: u32,
    pub skipped: u32,
}

/// What an import would do.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The complete new `kpi.csv`.
    pub content: Vec<u8>,
    /// Whether anything differs from the stored rows (else nothing needs writing).
    pub changed: bool,
    /// Per KPI of the contract, in contract order.
    pub counts: Vec<KpiCounts>,
    /// Values that differ from stored ones (replaced when `replace`).
    pub conflicts: Vec<Conflict>,
}

/// Merges `extracted` into `existing`. Equal values are unchanged; different ones are conflicts,
/// replaced only when `replace` (the row then gets the new value and `source`, and the supplier's
/// comment when it has one, else its note stays). New rows carry the supplier's comment.
pub fn plan(
    existing: Vec<CsvRow>,
    extracted: &Extracted,
    kpis: &[Kpi],
    source: &str,
    replace: bool,
) -> ImportPlan {
    let mut counts: Vec<KpiCounts> = kpis
        .iter()
        .map(|kpi| KpiCounts {
            kpi: kpi.id.clone(),
            ..KpiCounts::default()
        })
        .collect();
    for (&kpi, &skipped) in &extracted.skipped {
        counts[kpi].skipped = skipped;
    }
    let mut rows = existing;
    // Only looked up, never iterated, so hash maps cannot affect the output order. Stored rows
    // are keyed by the KPI's index, so a lookup builds no string.
    let kpi_index: HashMap<&str, usize> = kpis
        .iter()
        .enumerate()
        .rev()
        .map(|(i, kpi)| (kpi.id.as_str(), i))
        .collect();
    let index: HashMap<(crate::dates::Period, usize), usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| Some(((row.period, *kpi_index.get(row.kpi.as_str())?), i)))
        .collect();
    let mut conflicts = Vec::new();
    let mut changed = false;
    for value in &extracted.values {
        let kpi = &kpis[value.kpi];
        match index.get(&(value.period, value.kpi)) {
            Some(&i) if rows[i].value == value.value => counts[value.kpi].unchanged += 1,
            Some(&i) => {
                conflicts.push(Conflict {
                    kpi: kpi.id.clone(),
                    period: value.period,
                    stored: rows[i].value_text.clone(),
                    imported: value.value,
                    cell: value.cell.clone(),
                });
                if replace {
                    rows[i].value = value.value;
                    rows[i].value_text = format_value(value.value);
                    rows[i].source = source.to_string();
                    // The supplier's new comment goes with its new value; without one the
                    // controller's note stays.
                    if !value.note.is_empty() {
                        rows[i].note = value.note.clone();
                    }
                    counts[value.kpi].replaced += 1;
                    changed = true;
                }
            }
            None => {
                rows.push(CsvRow {
                    period: value.period,
                    kpi: kpi.id.clone(),
                    value_text: format_value(value.value),
                    value: value.value,
                    source: source.to_string(),
                    note: value.note.clone(),
                });
                counts[value.kpi].new += 1;
                changed = true;
            }
        }
    }
    ImportPlan {
        content: kpi::render(&mut rows),
        changed,
        counts,
        conflicts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Period;
    use crate::import::cell::CellRef;
    use crate::import::extract::ImportedValue;
    use crate::model::test_support::test_contract;
    use std::collections::BTreeMap;

    fn imported(kpi: usize, period: &str, value: f64) -> ImportedValue {
        ImportedValue {
            kpi,
            period: Period::parse(period).unwrap(),
            value,
            cell: CellRef {
                sheet: Some("Blad1".into()),
                row: 1,
                col: 1,
            },
            note: String::new(),
        }
    }

    const STORED: &str = "period,kpi,value,source,note\n2026-01,leveransprecision,93.50,jan.xlsx,granskad\n2026-Q1,nki,71,,enkät\n";

    /// The rows of [`STORED`].
    fn stored(contract: &crate::model::Contract) -> Vec<CsvRow> {
        let lang = crate::model::Language::En;
        kpi::parse("kpi.csv", STORED, &contract.kpis, lang).unwrap()
    }

    #[test]
    fn new_unchanged_and_conflicts() {
        let contract = test_contract();
        let existing = stored(&contract);
        let extracted = Extracted {
            values: vec![
                imported(0, "2026-01", 93.5),
                imported(0, "2026-02", 96.0),
                imported(2, "2026-Q1", 72.0),
            ],
            skipped: BTreeMap::from([(1, 2)]),
            warnings: Vec::new(),
        };
        let plan = plan(
            existing.clone(),
            &extracted,
            &contract.kpis,
            "feb.xlsx",
            false,
        );
        assert!(plan.changed);
        assert_eq!(plan.conflicts.len(), 1);
        assert_eq!(plan.conflicts[0].stored, "71");
        assert_eq!(
            String::from_utf8(plan.content).unwrap(),
            "period,kpi,value,source,note\n2026-01,leveransprecision,93.50,jan.xlsx,granskad\n2026-Q1,nki,71,,enkät\n2026-02,leveransprecision,96,feb.xlsx,\n"
        );
        let counts: Vec<(String, u32, u32, u32, u32)> = plan
            .counts
            .iter()
            .map(|c| (c.kpi.clone(), c.new, c.unchanged, c.replaced, c.skipped))
            .collect();
        assert_eq!(
            counts,
            [
                ("leveransprecision".into(), 1, 1, 0, 0),
                ("incidenter".into(), 0, 0, 0, 2),
                ("nki".into(), 0, 0, 0, 0)
            ]
        );

        let replaced = super::plan(existing, &extracted, &contract.kpis, "feb.xlsx", true);
        assert!(
            String::from_utf8(replaced.content)
                .unwrap()
                .contains("2026-Q1,nki,72,feb.xlsx,enkät\n")
        );
        assert_eq!(replaced.counts[2].replaced, 1);
    }

    #[test]
    fn supplier_comments_become_notes_of_new_and_replaced_rows() {
        let contract = test_contract();
        let existing = stored(&contract);
        let with_note = |kpi, period, value, note: &str| ImportedValue {
            note: note.into(),
            ..imported(kpi, period, value)
        };
        let extracted = Extracted {
            values: vec![
                with_note(0, "2026-01", 90.0, ""),
                with_note(0, "2026-02", 96.0, "ny chaufför"),
                with_note(2, "2026-Q1", 72.0, "omräknad"),
            ],
            ..Extracted::default()
        };
        let plan = plan(existing, &extracted, &contract.kpis, "f.xlsx", true);
        assert_eq!(
            String::from_utf8(plan.content).unwrap(),
            "period,kpi,value,source,note\n2026-01,leveransprecision,90,f.xlsx,granskad\n2026-Q1,nki,72,f.xlsx,omräknad\n2026-02,leveransprecision,96,f.xlsx,ny chaufför\n"
        );
    }

    #[test]
    fn importing_the_same_values_again_changes_nothing() {
        let contract = test_contract();
        let existing = stored(&contract);
        let extracted = Extracted {
            values: vec![imported(0, "2026-01", 93.5), imported(2, "2026-Q1", 71.0)],
            ..Extracted::default()
        };
        let plan = plan(existing, &extracted, &contract.kpis, "x.xlsx", false);
        assert!(!plan.changed);
        assert!(plan.conflicts.is_empty());
        assert_eq!(plan.counts[0].unchanged, 1);
    }
}
