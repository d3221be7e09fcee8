//! Matching rows against the register as it was before the import (SPEC §15): a row names an
//! existing contract by its key column, else by diarienummer, else by its derived key when that
//! contract has the same title. Every other row is new and gets a unique key. Rows of one file
//! never match each other.

use super::columns::{Columns, Field};
use super::keys::{candidates, derive_key, unique_key};
use super::rows::{ContractRow, OptionTerm};
use crate::import::cell::{CellRef, Grid};
use crate::import::error::CellProblem;
use crate::model::{Contract, Language};
use std::collections::{BTreeMap, BTreeSet};

/// Folder names no contract may use (SPEC §2.5).
const RESERVED: [&str; 2] = ["spend", "index"];

/// What the import does with one row.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A new contract with this key.
    New { key: String },
    /// The row names this existing contract and every imported field is equal.
    Unchanged { key: String },
    /// The row names this existing contract and these fields differ.
    Changed { key: String, diffs: Vec<Diff> },
}

impl Outcome {
    /// The contract's key.
    pub fn key(&self) -> &str {
        match self {
            Outcome::New { key } | Outcome::Unchanged { key } | Outcome::Changed { key, .. } => key,
        }
    }
}

/// One field of an existing contract that the file would change.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    pub field: Field,
    pub stored: String,
    pub imported: String,
    pub cell: CellRef,
}

/// Decides, row by row, what the import does. `folder_taken` says whether a folder of that name
/// exists in the register (with or without a contract in it).
pub fn plan(
    rows: &[ContractRow],
    contracts: &[Contract],
    folder_taken: &dyn Fn(&str) -> bool,
    grid: &Grid,
    columns: &Columns,
    lang: Language,
) -> Result<Vec<Outcome>, Vec<CellProblem>> {
    let by_key: BTreeMap<&str, &Contract> = contracts.iter().map(|c| (c.key.as_str(), c)).collect();
    let mut by_dnr: BTreeMap<String, &Contract> = BTreeMap::new();
    for contract in contracts {
        if let Some(dnr) = &contract.diarienummer {
            by_dnr.entry(dnr.trim().to_lowercase()).or_insert(contract);
        }
    }
    let mut problems = Vec::new();
    let cell_of =
        |row: &ContractRow, field: Field| grid.cell_ref(row.row, columns.col(field).unwrap_or(0));
    // Explicit keys are reserved first, so that derived keys go around them.
    let mut explicit: BTreeMap<&str, &ContractRow> = BTreeMap::new();
    for row in rows {
        if let Some(key) = row.key.as_deref() {
            if let Some(first) = explicit.get(key) {
                problems.push(CellProblem::new(
                    cell_of(row, Field::Key),
                    crate::messages::of(lang).key_used_on_row(key, first.row + 1),
                ));
            } else {
                explicit.insert(key, row);
            }
        }
    }
    let mut claimed: BTreeMap<String, usize> = BTreeMap::new();
    let mut new_keys: BTreeSet<String> = BTreeSet::new();
    let mut outcomes = Vec::with_capacity(rows.len());
    for row in rows {
        let existing: Option<&Contract> = if let Some(key) = row.key.as_deref() {
            by_key.get(key).copied()
        } else if let Some(contract) = row
            .diarienummer
            .as_deref()
            .and_then(|dnr| by_dnr.get(&dnr.trim().to_lowercase()))
        {
            Some(*contract)
        } else {
            // The keys an earlier import gave this title, skipping those earlier rows claimed.
            candidates(&derive_key(&row.title))
                .take_while(|key| by_key.contains_key(key.as_str()) || folder_taken(key))
                .filter(|key| !claimed.contains_key(key))
                .find_map(|key| {
                    by_key
                        .get(key.as_str())
                        .filter(|c| c.title == row.title)
                        .copied()
                })
        };
        let outcome = match existing {
            Some(contract) => {
                if let Some(first) = claimed.insert(contract.key.clone(), row.row) {
                    problems.push(CellProblem::new(
                        cell_of(row, Field::Title),
                        crate::messages::of(lang).same_contract_as_row(&contract.key, first + 1),
                    ));
                }
                let diffs = compare(row, contract, columns, &cell_of, lang);
                if diffs.is_empty() {
                    Outcome::Unchanged {
                        key: contract.key.clone(),
                    }
                } else {
                    Outcome::Changed {
                        key: contract.key.clone(),
                        diffs,
                    }
                }
            }
            None => {
                let key = match row.key.clone() {
                    Some(key) => key,
                    None => unique_key(&derive_key(&row.title), |key| {
                        new_keys.contains(key)
                            || explicit.contains_key(key)
                            || by_key.contains_key(key)
                            || RESERVED.contains(&key)
                            || folder_taken(key)
                    }),
                };
                if row.key.is_some() && (RESERVED.contains(&key.as_str()) || folder_taken(&key)) {
                    problems.push(CellProblem::new(
                        cell_of(row, Field::Key),
                        crate::messages::of(lang).folder_without_contract(&key),
                    ));
                }
                new_keys.insert(key.clone());
                Outcome::New { key }
            }
        };
        outcomes.push(outcome);
    }
    if problems.is_empty() {
        Ok(outcomes)
    } else {
        problems.sort_by_key(|p| (p.cell.row, p.cell.col));
        Err(problems)
    }
}

/// The imported fields (those the file has a column for) that differ from the contract.
fn compare(
    row: &ContractRow,
    contract: &Contract,
    columns: &Columns,
    cell_of: &dyn Fn(&ContractRow, Field) -> CellRef,
    lang: Language,
) -> Vec<Diff> {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();
    let mut diffs = Vec::new();
    for (field, _) in &columns.fields {
        let (stored, imported) = match field {
            Field::Title => (contract.title.clone(), row.title.clone()),
            Field::Supplier => (contract.supplier().name.clone(), row.supplier.clone()),
            Field::OrgNo => (text(&contract.supplier().org_no), text(&row.org_no)),
            Field::Start => (contract.start.to_string(), row.start.to_string()),
            Field::End => (contract.end.to_string(), row.end.to_string()),
            Field::Options => {
                let stored: Vec<OptionTerm> = contract
                    .options
                    .iter()
                    .map(|o| OptionTerm {
                        months: o.months,
                        notice_months: o.notice_months,
                    })
                    .collect();
                (
                    options_text(&stored, lang),
                    options_text(&row.options, lang),
                )
            }
            Field::AnnualValue => (
                super::values::amount_toml((contract.annual_value * 100.0).round() as i64),
                super::values::amount_toml(row.annual_value.unwrap_or(0)),
            ),
            Field::Category => (text(&contract.category), text(&row.category)),
            Field::Controller => (text(&contract.roles.controller), text(&row.controller)),
            Field::Owner => (text(&contract.roles.owner), text(&row.owner)),
            Field::Diarienummer => (text(&contract.diarienummer), text(&row.diarienummer)),
            Field::Kind => (
                contract.kind.as_str().to_string(),
                row.kind.as_str().to_string(),
            ),
            Field::BusinessCritical => (
                contract.business_critical.to_string(),
                row.business_critical.to_string(),
            ),
            Field::Keywords => (contract.keywords.join(", "), row.keywords.join(", ")),
            Field::ContractValue => (
                amount_text(contract.contract_value),
                amount_text(row.contract_value.map(crate::money::Money::from_ore)),
            ),
            Field::MaxValue => (
                amount_text(contract.max_value),
                amount_text(row.max_value.map(crate::money::Money::from_ore)),
            ),
            // The key names the contract; the notice is compared with the options.
            Field::Key | Field::Notice => continue,
        };
        if stored != imported {
            diffs.push(Diff {
                field: *field,
                stored,
                imported,
                cell: cell_of(row, *field),
            });
        }
    }
    diffs
}

/// An optional amount as the file would write it; empty when absent.
fn amount_text(amount: Option<crate::money::Money>) -> String {
    amount
        .map(|m| super::values::amount_toml(m.ore()))
        .unwrap_or_default()
}

/// Options as a controller reads them: `12 + 12 mån (uppsägning 3 mån)`.
pub fn options_text(options: &[OptionTerm], lang: Language) -> String {
    if options.is_empty() {
        return crate::messages::of(lang).no_options().to_string();
    }
    let months: Vec<String> = options.iter().map(|o| o.months.to_string()).collect();
    let notices: Vec<String> = options
        .iter()
        .map(|o| o.notice_months.to_string())
        .collect();
    let notices: BTreeSet<&String> = notices.iter().collect();
    let notice = notices.into_iter().cloned().collect::<Vec<_>>().join("/");
    crate::messages::of(lang).options_summary(&months.join(" + "), &notice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::cell::{CellNaming, CellValue};
    use crate::import::contracts::columns::find_header;
    use crate::model::test_support::{contract, d};

    fn setup() -> (Grid, Columns) {
        let grid = Grid {
            sheet: "Avtal".into(),
            naming: CellNaming::A1,
            rows: vec![
                [
                    "Nyckel",
                    "Avtalsnamn",
                    "Leverantör",
                    "Startdatum",
                    "Slutdatum",
                    "Dnr",
                ]
                .iter()
                .map(|t| CellValue::Text(t.to_string()))
                .collect(),
            ],
            formats_unknown: false,
        };
        let columns = find_header(&grid).unwrap();
        (grid, columns)
    }

    fn row(n: usize, key: Option<&str>, title: &str, dnr: Option<&str>) -> ContractRow {
        ContractRow {
            row: n,
            key: key.map(str::to_string),
            title: title.to_string(),
            supplier: "Edu AB".to_string(),
            org_no: None,
            start: d("2024-03-01"),
            end: d("2028-02-29"),
            options: Vec::new(),
            annual_value: None,
            contract_value: None,
            max_value: None,
            category: None,
            controller: None,
            owner: None,
            diarienummer: dnr.map(str::to_string),
            kind: crate::model::Kind::Contract,
            business_critical: false,
            keywords: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn existing(key: &str, title: &str, dnr: Option<&str>) -> Contract {
        let mut c = contract(key, "2024-03-01", "2028-02-29");
        c.title = title.to_string();
        c.suppliers[0].name = "Edu AB".to_string();
        c.diarienummer = dnr.map(str::to_string);
        c
    }

    fn keys(outcomes: &[Outcome]) -> Vec<String> {
        outcomes
            .iter()
            .map(|o| match o {
                Outcome::New { key } => format!("new {key}"),
                Outcome::Unchanged { key } => format!("same {key}"),
                Outcome::Changed { key, diffs } => format!(
                    "changed {key}: {}",
                    diffs
                        .iter()
                        .map(|d| d.field.name())
                        .collect::<Vec<_>>()
                        .join(",")
                ),
            })
            .collect()
    }

    #[test]
    fn matches_by_key_then_diarienummer_then_derived_key_and_title() {
        let (grid, columns) = setup();
        let register = [
            existing(
                "skoladmin",
                "Skoladministrativt system",
                Some("KS 2024/173"),
            ),
            existing("lokalvard", "Lokalvård", None),
            existing("it-drift", "Annat avtal", None),
        ];
        let rows = [
            row(1, Some("skoladmin"), "Skoladministrativt system", None),
            row(2, None, "Skoladmin ny titel", Some("ks 2024/173 ")),
            row(3, None, "Lokalvård", None),
            row(4, None, "IT-drift", None),
            row(5, None, "Lokalvård", None),
            row(6, Some("nytt"), "Nytt", None),
        ];
        let outcomes = plan(
            &rows,
            &register[1..],
            &|_| false,
            &grid,
            &columns,
            Language::Sv,
        )
        .unwrap();
        assert_eq!(
            keys(&outcomes),
            [
                "new skoladmin",
                "new skoladmin-ny-titel",
                "same lokalvard",
                "new it-drift-2",
                "new lokalvard-2",
                "new nytt"
            ]
        );
        let outcomes = plan(
            &rows[..2],
            &register,
            &|_| false,
            &grid,
            &columns,
            Language::Sv,
        );
        let problems = outcomes.unwrap_err();
        assert_eq!(problems[0].cell.to_string(), "Avtal!B3");
        assert!(
            problems[0]
                .message
                .contains("samma avtal `skoladmin` som rad 2")
        );
        let outcomes = plan(
            &rows[1..2],
            &register,
            &|_| false,
            &grid,
            &columns,
            Language::Sv,
        )
        .unwrap();
        assert_eq!(keys(&outcomes), ["changed skoladmin: title,diarienummer"]);
    }

    #[test]
    fn a_second_import_finds_suffixed_keys_again() {
        let (grid, columns) = setup();
        let register = [
            existing("lokalvard", "Lokalvård", None),
            existing("lokalvard-2", "Lokalvård", None),
            existing("it", "Annat", None),
            existing("it-2", "IT", None),
        ];
        let rows = [
            row(1, None, "Lokalvård", None),
            row(2, None, "Lokalvård", None),
            row(3, None, "IT", None),
            row(4, None, "Lokalvård", None),
        ];
        let outcomes = plan(
            &rows,
            &register,
            &|k| k == "lokalvard-3",
            &grid,
            &columns,
            Language::Sv,
        )
        .unwrap();
        assert_eq!(
            keys(&outcomes),
            [
                "same lokalvard",
                "same lokalvard-2",
                "same it-2",
                "new lokalvard-4"
            ]
        );
    }

    #[test]
    fn duplicate_explicit_keys_and_reserved_folders() {
        let (grid, columns) = setup();
        let rows = [
            row(1, Some("a"), "A", None),
            row(2, Some("a"), "B", None),
            row(3, Some("spend"), "C", None),
        ];
        let problems = plan(&rows, &[], &|_| false, &grid, &columns, Language::En).unwrap_err();
        let text: Vec<String> = problems
            .iter()
            .map(|p| format!("{}: {}", p.cell, p.message))
            .collect();
        assert_eq!(
            text,
            [
                "Avtal!A3: the key `a` is already used on row 2",
                "Avtal!A4: the folder `spend` already exists in the register but holds no contract"
            ]
        );
        // Derived keys avoid reserved names.
        let rows = [row(1, None, "Index", None)];
        let outcomes = plan(&rows, &[], &|_| false, &grid, &columns, Language::En).unwrap();
        assert_eq!(keys(&outcomes), ["new index-2"]);
    }

    #[test]
    fn options_are_shown_in_words() {
        let options = [OptionTerm {
            months: 12,
            notice_months: 3,
        }; 2];
        assert_eq!(
            options_text(&options, Language::Sv),
            "12 + 12 mån (besked senast 3 mån före)"
        );
        assert_eq!(options_text(&[], Language::En), "none");
    }
}
