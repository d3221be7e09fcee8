//! Loading and validating a register (SPEC §1–§2): every error of every file at once, each with
//! file, line and column, in a stable order. Contract folders are read in parallel.

pub mod bounds;
mod contract;
mod contract_scan;
mod contract_schema;
mod csv_rows;
mod index;
mod kpi_csv;
mod language;
mod log_csv;
mod pool;
mod price_adjustment;
mod read_file;
mod settings;
mod spend;
mod toml_reader;

pub use contract::{parse_contract, parse_valid_kpis};
pub use contract_schema::{OrgNoProblem, check_org_no};
pub use csv_rows::parse_decimal;
pub use index::{INDEX_DIR, INDEX_HEADER, is_valid_series_name, parse_index_csv, parse_month};
pub use kpi_csv::{KPI_HEADER, KpiRecord, parse_kpi_csv, parse_kpi_rows};
pub use language::LanguageChoice;
pub use log_csv::{LOG_HEADER, parse_log_csv};
pub use settings::parse_settings;
pub use spend::{
    SPEND_FOLDER, SPEND_HEADER, SPEND_HEADER_WITH_CONTRACT, parse_amount, parse_spend_chunked,
    parse_spend_csv, year_of_file_name,
};

use crate::diag::Diagnostic;
use crate::error::Error;
use crate::model::{
    Contract, IndexSeries, Kpi, KpiTable, Language, LogEntry, LogType, Register, Settings,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// Folder names at the top of a register that no contract may use (SPEC §2.5).
pub const RESERVED_FOLDERS: [&str; 2] = ["index", "spend"];

/// Whether `name` is a valid contract key: `[a-z0-9][a-z0-9._-]*`, and a folder name Windows can
/// check out ([`is_windows_reserved`]).
pub fn is_valid_key(name: &str) -> bool {
    let mut bytes = name.bytes();
    let first_ok = bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    first_ok
        && bytes.all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
        && !is_windows_reserved(name)
}

/// Whether Windows refuses `name` as a file or folder name, so a register holding it cannot be
/// checked out there (issue 31): a device name (`con`, `prn`, `aux`, `nul`, `com0`–`com9`,
/// `lpt0`–`lpt9`) in any case and with any extension (`aux.txt`), or a name ending in `.`.
pub fn is_windows_reserved(name: &str) -> bool {
    if name.ends_with('.') {
        return true;
    }
    let stem = name.split('.').next().unwrap_or(name).to_ascii_lowercase();
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && n.bytes().all(|b| b.is_ascii_digit()))
    };
    matches!(stem.as_str(), "con" | "prn" | "aux" | "nul") || numbered("com") || numbered("lpt")
}

/// Loads and validates the register in `dir`; diagnostics are in the language `choice` gives.
pub fn load_register(dir: &Path, choice: LanguageChoice) -> Result<Register, Error> {
    pool::install(|| load_register_on_pool(dir, choice))
}

fn load_register_on_pool(dir: &Path, choice: LanguageChoice) -> Result<Register, Error> {
    let mut diagnostics = Vec::new();
    let (settings, lang) = settings_of(dir, choice, &mut diagnostics);
    let keys = contract_folders(dir, lang, &mut diagnostics)?;
    let series = index::load_index_folder(dir, &mut diagnostics, lang);
    // spend/ is read on its own thread while the contract folders share the pool.
    let (results, (spend, spend_errors)) = rayon::join(
        || -> Vec<Result<Contract, Vec<Diagnostic>>> {
            keys.par_iter()
                .map(|key| load_contract(dir, key, &is_contract(dir, &keys), &series, lang))
                .collect()
        },
        || spend::load_spend(dir, lang),
    );
    diagnostics.extend(spend_errors);
    assemble(dir, settings, results, spend, diagnostics)
}

/// What `check` needs, in memory that does not grow with the KPI rows and journals (issue 15):
/// every contract's `contract.toml`, `spend/` (every row validated, but kept with only what
/// matching needs: see [`spend::SpendScope::matching_only`]), and each contract's `kpi.csv` and
/// `log.csv` only while `visit` looks at that contract; its rows are dropped right after, on
/// the thread that read them, so a 100,000-contract register never holds its ten million rows.
/// `prepare` sees the register first, without rows, for what ranks all contracts (the priority
/// groups). Returns the register (no KPI rows, of the journals only the `ack` entries) and what `visit` gave, in contract
/// order. On any error the register is loaded again as [`load_register`] does, so the
/// diagnostics are exactly that load's; if that load succeeds (a file was mended meanwhile),
/// its full register is returned.
pub fn load_register_visiting<P: Sync, R: Send>(
    dir: &Path,
    choice: LanguageChoice,
    prepare: impl Fn(&Register) -> P + Sync,
    visit: impl Fn(&P, &Settings, &Contract) -> R + Sync,
) -> Result<(Register, Vec<R>), Error> {
    pool::install(|| {
        // The plain load: it reports every error (those of kpi.csv and log.csv too), and serves
        // if a file was mended between the two reads.
        let in_full = || -> Result<(Register, Vec<R>), Error> {
            let register = load_register_on_pool(dir, choice)?;
            let prepared = prepare(&register);
            let visited = (register.contracts.par_iter())
                .map(|contract| visit(&prepared, &register.settings, contract))
                .collect();
            Ok((register, visited))
        };
        let Ok(mut register) = load_facts_on_pool(dir, None, choice, true) else {
            return in_full();
        };
        let prepared = prepare(&register);
        let lang = choice.of(&register.settings);
        let Register {
            contracts,
            settings,
            ..
        } = &mut register;
        let settings: &Settings = settings;
        let visited: Option<Vec<R>> = contracts
            .par_iter_mut()
            .map(|contract| {
                let mut diagnostics = Vec::new();
                let (log, table) = load_rows(
                    dir,
                    &contract.key,
                    Some(&contract.kpis),
                    lang,
                    &mut diagnostics,
                );
                if !diagnostics.is_empty() {
                    return None;
                }
                contract.log = log;
                contract.kpi_rows = table.rows;
                contract.kpi_texts = table.texts;
                let result = visit(&prepared, settings, contract);
                // The acknowledgements stay (few): the findings found across the register are
                // acknowledged after the visits (SPEC §22).
                contract.log.retain(|e| e.kind == LogType::Ack);
                contract.log.shrink_to_fit();
                contract.kpi_rows = Vec::new();
                contract.kpi_texts = Default::default();
                Some(result)
            })
            .collect();
        match visited {
            Some(visited) => Ok((register, visited)),
            None => in_full(),
        }
    })
}

/// What a command about one contract needs (SPEC §10): `avtal.toml`, the folder `key` and the
/// index series, validated; the other contracts are not read (a `successor` is checked against
/// its folder). `Ok(None)` when `key` names no contract folder.
pub fn load_one(
    dir: &Path,
    key: &str,
    choice: LanguageChoice,
) -> Result<Option<(Settings, Contract)>, Error> {
    let is_key = |name: &str| is_contract_name(name) && holds_contract(dir, name);
    let mut diagnostics = Vec::new();
    let (settings, lang) = settings_of(dir, choice, &mut diagnostics);
    let contract = if is_key(key) {
        let series = index::load_index_folder(dir, &mut diagnostics, lang);
        match load_contract(dir, key, &is_key, &series, lang) {
            Ok(contract) => Some(contract),
            Err(errors) => {
                diagnostics.extend(errors);
                None
            }
        }
    } else {
        None
    };
    if !diagnostics.is_empty() {
        diagnostics.sort();
        return Err(Error::Invalid(diagnostics));
    }
    Ok(contract.map(|contract| (settings, contract)))
}

/// What `show`, `report` and `export followup` need (SPEC §10): the register with the contract
/// `key` loaded and validated in full, every other contract from its `contract.toml` alone (its
/// priority facts and suppliers; `kpi.csv` and `log.csv` are not read, so those contracts carry
/// no KPI rows or journal) and `spend/`, which matching a row to one contract needs whole.
/// Diagnostics are those a full load reports for the files read.
pub fn load_priority_facts(
    dir: &Path,
    key: &str,
    choice: LanguageChoice,
) -> Result<Register, Error> {
    load_facts_and(dir, Some(key), choice)
}

/// What `spend` needs: every contract from its `contract.toml` alone (suppliers, dates,
/// accounts, values) and `spend/`; no `kpi.csv` or `log.csv` is read.
pub fn load_facts(dir: &Path, choice: LanguageChoice) -> Result<Register, Error> {
    load_facts_and(dir, None, choice)
}

/// Every `contract.toml`, `spend/`, and the folder `full` (if any) in full.
fn load_facts_and(
    dir: &Path,
    full: Option<&str>,
    choice: LanguageChoice,
) -> Result<Register, Error> {
    pool::install(|| load_facts_on_pool(dir, full, choice, false))
}

/// [`load_facts_and`] on the pool; with `matching_only`, spend rows keep only what matching
/// needs (see [`spend::SpendScope`]).
fn load_facts_on_pool(
    dir: &Path,
    full: Option<&str>,
    choice: LanguageChoice,
    matching_only: bool,
) -> Result<Register, Error> {
    let mut diagnostics = Vec::new();
    let (settings, lang) = settings_of(dir, choice, &mut diagnostics);
    let keys = contract_folders(dir, lang, &mut diagnostics)?;
    let series = index::load_index_folder(dir, &mut diagnostics, lang);
    let is_key = is_contract(dir, &keys);
    // The contract in full first: its suppliers say which spend rows can be its (SPEC §12 matches
    // by org_no), so the other rows of a million need not be parsed.
    let first = full
        .filter(|key| keys.contains(*key))
        .map(|key| load_contract(dir, key, &is_key, &series, lang));
    let org_nos: Option<BTreeSet<String>> = first.as_ref().map(|loaded| match loaded {
        Ok(contract) => contract
            .suppliers
            .iter()
            .filter_map(|s| s.org_no.clone())
            .collect(),
        Err(_) => BTreeSet::new(),
    });
    let keep = |org_no: &str| org_nos.as_ref().is_none_or(|set| set.contains(org_no));
    let (mut results, (spend, spend_errors)) = rayon::join(
        || -> Vec<Result<Contract, Vec<Diagnostic>>> {
            keys.par_iter()
                .filter(|k| first.is_none() || Some(k.as_str()) != full)
                .map(|k| load_contract_toml(dir, k, &is_key, &series, lang))
                .collect()
        },
        || {
            let keep: &(dyn Fn(&str) -> bool + Sync) = &keep;
            let scope = spend::SpendScope {
                keep: org_nos.as_ref().map(|_| keep),
                matching_only,
            };
            spend::load_spend_of(dir, lang, scope)
        },
    );
    if let Some(first) = first {
        // Back at its place in key order, where the other loads would have put it.
        let at = keys.iter().take_while(|k| Some(k.as_str()) != full).count();
        results.insert(at, first);
    }
    diagnostics.extend(spend_errors);
    assemble(dir, settings, results, spend, diagnostics)
}

/// [`load_one`] as a register holding that one contract and no spend, for commands written
/// against a [`Register`]; when `key` names no contract folder, every `contract.toml` is loaded
/// instead, so that an unknown key gets its "did you mean".
pub fn load_one_register(dir: &Path, key: &str, choice: LanguageChoice) -> Result<Register, Error> {
    match load_one(dir, key, choice)? {
        Some((settings, contract)) => Ok(Register {
            root: dir.to_path_buf(),
            settings,
            contracts: vec![contract],
            spend: Default::default(),
        }),
        None => load_priority_facts(dir, key, choice),
    }
}

/// Loads only `avtal.toml` of the register in `dir` (defaults when it is missing).
pub fn load_settings(dir: &Path, choice: LanguageChoice) -> Result<Settings, Error> {
    let mut diagnostics = Vec::new();
    let (settings, _) = settings_of(dir, choice, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(settings)
    } else {
        Err(Error::Invalid(diagnostics))
    }
}

/// `avtal.toml` (its errors in the language before settings) and the language of the rest.
fn settings_of(
    dir: &Path,
    choice: LanguageChoice,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Settings, Language) {
    let before = choice.before_settings();
    let settings = match read_text(&dir.join("avtal.toml"), "avtal.toml", before) {
        Ok(None) => Settings::default(),
        Ok(Some(text)) => parse_settings("avtal.toml", &text, before).unwrap_or_else(|errors| {
            diagnostics.extend(errors);
            Settings::default()
        }),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            Settings::default()
        }
    };
    let lang = choice.of(&settings);
    (settings, lang)
}

/// The sorted keys of the folders that may hold a contract: every folder whose name is a valid
/// key. Whether it holds a `contract.toml` is found when that file is read (a folder without
/// one is no contract), so listing 100,000 folders costs no stat each (issue 15). A folder
/// whose name is no key, or is reserved, is reported if it holds a `contract.toml`. Folders
/// starting with `.` or `_` are ignored.
fn contract_folders(
    dir: &Path,
    lang: Language,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<BTreeSet<String>, Error> {
    let m = crate::messages::of(lang);
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut keys = BTreeSet::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        // A plain file (avtal.toml, a README) is no folder; the directory entry tells so.
        if name.starts_with('.')
            || name.starts_with('_')
            || entry.file_type().is_ok_and(|t| t.is_file())
        {
            continue;
        }
        if is_contract_name(&name) {
            keys.insert(name);
        } else if holds_contract(dir, &name) {
            let diagnostic = if RESERVED_FOLDERS.contains(&name.as_str()) {
                Diagnostic::new(format!("{name}/"), 1, 1, m.reserved_folder(&name))
                    .with_hint(m.reserved_folder_hint())
            } else {
                Diagnostic::new(format!("{name}/"), 1, 1, m.invalid_folder_key(&name))
                    .with_hint(m.folder_key_hint())
            };
            diagnostics.push(diagnostic);
        }
    }
    Ok(keys)
}

/// Whether a folder called `name` can be a contract: a valid key, not a reserved folder.
fn is_contract_name(name: &str) -> bool {
    is_valid_key(name) && !RESERVED_FOLDERS.contains(&name)
}

/// Whether the folder `name` holds a `contract.toml`.
fn holds_contract(dir: &Path, name: &str) -> bool {
    dir.join(name).join("contract.toml").is_file()
}

/// Whether a name (a `successor`) is the key of a contract among `keys`, the listed folders:
/// only for such a name is the folder looked at.
fn is_contract<'a>(dir: &'a Path, keys: &'a BTreeSet<String>) -> impl Fn(&str) -> bool + Sync + 'a {
    move |name: &str| keys.contains(name) && holds_contract(dir, name)
}

/// The contracts that loaded; the errors of the others go to `diagnostics`.
fn collect_contracts(
    results: Vec<Result<Contract, Vec<Diagnostic>>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Contract> {
    // Collected in place: the results' buffer becomes the contracts' (a second 60 MB copy at
    // 100k contracts would be fresh memory).
    results
        .into_iter()
        .filter_map(|result| match result {
            Ok(contract) => Some(contract),
            Err(errors) => {
                diagnostics.extend(errors);
                None
            }
        })
        .collect()
}

/// Loads `contract.toml` of the folder `key` alone (with its index clause attached), as a full
/// load would check it.
fn load_contract_toml(
    dir: &Path,
    key: &str,
    is_key: &(dyn Fn(&str) -> bool + Sync),
    series: &BTreeMap<String, Arc<IndexSeries>>,
    lang: Language,
) -> Result<Contract, Vec<Diagnostic>> {
    let file = format!("{key}/contract.toml");
    match read_contract_toml(dir, key, &file, lang) {
        Ok(Some(source)) => {
            let mut contract = parse_contract(key, &file, &source, Some(is_key), lang)?;
            if let Some(clause) = contract.price_adjustment.as_mut() {
                price_adjustment::attach(clause, series, &file, &source, lang)
                    .map_err(|d| vec![d])?;
            }
            Ok(contract)
        }
        // A listed folder without contract.toml is no contract.
        Ok(None) => Err(Vec::new()),
        Err(diagnostic) => Err(vec![diagnostic]),
    }
}

/// Loads one contract folder: `contract.toml`, then `kpi.csv` and `log.csv` if present.
fn load_contract(
    dir: &Path,
    key: &str,
    is_key: &(dyn Fn(&str) -> bool + Sync),
    series: &BTreeMap<String, Arc<IndexSeries>>,
    lang: Language,
) -> Result<Contract, Vec<Diagnostic>> {
    let file = format!("{key}/contract.toml");
    let mut diagnostics = Vec::new();
    // When contract.toml has errors, its KPIs may still be valid: then kpi.csv is checked too,
    // so every error of the folder shows in one run.
    let (contract, fallback_kpis) = match read_contract_toml(dir, key, &file, lang) {
        Ok(Some(source)) => match parse_contract(key, &file, &source, Some(is_key), lang) {
            Ok(mut contract) => {
                if let Some(clause) = contract.price_adjustment.as_mut()
                    && let Err(diagnostic) =
                        price_adjustment::attach(clause, series, &file, &source, lang)
                {
                    diagnostics.push(diagnostic);
                }
                (Some(contract), None)
            }
            Err(errors) => {
                diagnostics.extend(errors);
                (None, parse_valid_kpis(&file, &source, lang))
            }
        },
        // No contract.toml: the folder is no contract, and its other files are not read.
        Ok(None) => return Err(Vec::new()),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            (None, None)
        }
    };
    // KPI rows can only be checked against KPIs that parsed.
    let kpis = contract
        .as_ref()
        .map(|c| c.kpis.as_slice())
        .or(fallback_kpis.as_deref());
    let (log, kpi_table) = load_rows(dir, key, kpis, lang, &mut diagnostics);
    match contract {
        Some(mut contract) if diagnostics.is_empty() => {
            contract.kpi_rows = kpi_table.rows;
            contract.kpi_texts = kpi_table.texts;
            contract.log = log;
            Ok(contract)
        }
        _ => Err(diagnostics),
    }
}

/// `log.csv` and `kpi.csv` of the folder `key`, the KPI rows checked against `kpis` (not read
/// when there are none that parsed); errors go to `diagnostics`.
fn load_rows(
    dir: &Path,
    key: &str,
    kpis: Option<&[Kpi]>,
    lang: Language,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<LogEntry>, KpiTable) {
    let folder = dir.join(key);
    let log_file = format!("{key}/log.csv");
    let log = match read_text(&folder.join("log.csv"), &log_file, lang) {
        Ok(Some(source)) => parse_log_csv(&log_file, &source, lang).unwrap_or_else(|errors| {
            diagnostics.extend(errors);
            Vec::new()
        }),
        Ok(None) => Vec::new(),
        Err(diagnostic) => {
            diagnostics.push(diagnostic);
            Vec::new()
        }
    };
    let kpi_file = format!("{key}/kpi.csv");
    let kpi_table = match (kpis, read_text(&folder.join("kpi.csv"), &kpi_file, lang)) {
        (Some(kpis), Ok(Some(source))) => parse_kpi_csv(&kpi_file, &source, kpis, lang)
            .unwrap_or_else(|errors| {
                diagnostics.extend(errors);
                KpiTable::default()
            }),
        (_, Err(diagnostic)) => {
            diagnostics.push(diagnostic);
            KpiTable::default()
        }
        _ => KpiTable::default(),
    };
    (log, kpi_table)
}

/// The text of `key/contract.toml` (`file`); `Ok(None)` when the folder holds none, so is no
/// contract. What fails to read is asked again, as [`holds_contract`] would have before the read:
/// a `contract.toml` that is no file (a folder, or `key` a link to a file) is no contract either.
fn read_contract_toml(
    dir: &Path,
    key: &str,
    file: &str,
    lang: Language,
) -> Result<Option<String>, Diagnostic> {
    match read_text(&dir.join(key).join("contract.toml"), file, lang) {
        Err(_) if !holds_contract(dir, key) => Ok(None),
        read => read,
    }
}

/// Reads `path` as UTF-8 text without a BOM; `Ok(None)` when the file does not exist. `file` is
/// the register-relative name used in diagnostics.
fn read_text(path: &Path, file: &str, lang: Language) -> Result<Option<String>, Diagnostic> {
    let bytes = match read_file::read_file(path) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        Err(e) => {
            return Err(Diagnostic::new(
                file,
                1,
                1,
                crate::messages::of(lang).cannot_read_file(&e.to_string()),
            ));
        }
    };
    decode_utf8(file, bytes, lang).map(Some)
}

/// Decodes UTF-8 (dropping a BOM); otherwise a diagnostic at the first invalid byte.
pub fn decode_utf8(file: &str, bytes: Vec<u8>, lang: Language) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(text)
        }
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let line = prefix.matches('\n').count() as u32 + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
            let m = crate::messages::of(lang);
            Err(Diagnostic::new(file, line, column, m.file_not_utf8()).with_hint(m.utf8_hint()))
        }
    }
}

/// The register from its loaded parts, or every error of every part, sorted.
fn assemble(
    dir: &Path,
    settings: Settings,
    results: Vec<Result<Contract, Vec<Diagnostic>>>,
    spend: crate::spend::Spend,
    mut diagnostics: Vec<Diagnostic>,
) -> Result<Register, Error> {
    let contracts = collect_contracts(results, &mut diagnostics);
    if !diagnostics.is_empty() {
        diagnostics.sort();
        return Err(Error::Invalid(diagnostics));
    }
    Ok(Register {
        root: dir.to_path_buf(),
        settings,
        contracts,
        spend,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_windows_cannot_check_out_are_no_keys_or_series() {
        for bad in [
            "con", "nul", "aux.txt", "trail.", "prn", "com1", "lpt9.x", "a.",
        ] {
            assert!(is_windows_reserved(bad), "{bad}");
            assert!(!is_valid_key(bad), "{bad}");
        }
        for bad in ["CON", "Nul.csv", "AUX", "x."] {
            assert!(!index::is_valid_series_name(bad), "{bad}");
        }
        for good in [
            "console",
            "nul-2",
            "com10",
            "lpt",
            "aux-avtal",
            "con-avtal",
            "a.b",
        ] {
            assert!(!is_windows_reserved(good), "{good}");
            assert!(is_valid_key(good), "{good}");
        }
        assert!(index::is_valid_series_name("CONSOLE"));
    }

    #[test]
    fn keys() {
        for good in ["skoladmin", "a", "0-b", "it.drift_2026"] {
            assert!(is_valid_key(good), "{good}");
        }
        for bad in ["", "Skola", "-a", ".a", "skol admin", "å"] {
            assert!(!is_valid_key(bad), "{bad}");
        }
    }

    /// Copies the demo register into a temporary folder.
    fn demo_copy() -> tempfile::TempDir {
        let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts");
        let copy = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("cp")
            .arg("-r")
            .arg(demo.join("."))
            .arg(copy.path())
            .status()
            .unwrap();
        assert!(status.success());
        copy
    }

    #[test]
    fn visiting_sees_every_contract_in_full_and_keeps_no_kpi_rows() {
        let dir = demo_copy();
        let choice = LanguageChoice::fixed(Language::En);
        let full = load_register(dir.path(), choice).unwrap();
        let (register, visited) = load_register_visiting(
            dir.path(),
            choice,
            |facts| facts.contracts.len(),
            |count, _, contract| (*count, contract.clone()),
        )
        .unwrap();
        assert!(full.contracts.iter().any(|c| !c.kpi_rows.is_empty()));
        let seen: Vec<Contract> = visited.iter().map(|(_, c)| c.clone()).collect();
        assert_eq!(seen, full.contracts, "visit sees what a full load gives");
        assert!(
            visited
                .iter()
                .all(|(count, _)| *count == full.contracts.len())
        );
        assert!(full.contracts.iter().any(|c| !c.log.is_empty()));
        for (kept, whole) in register.contracts.iter().zip(&full.contracts) {
            assert!(
                kept.kpi_rows.is_empty() && kept.log.is_empty(),
                "{}",
                kept.key
            );
            assert_eq!(kept.kpis, whole.kpis, "{}", kept.key);
            assert_eq!(kept.suppliers, whole.suppliers, "{}", kept.key);
        }
        // Spend rows keep what matching needs, every row of the full load.
        let matching = |spend: &crate::spend::Spend| -> Vec<(String, String, String, i128)> {
            (spend.rows.iter())
                .map(|r| {
                    let org = spend.org_no(r).unwrap_or("").to_string();
                    let account = spend.text(r.account).to_string();
                    (r.date.to_string(), org, account, r.amount.ore())
                })
                .collect()
        };
        assert!(!full.spend.rows.is_empty());
        assert_eq!(matching(&register.spend), matching(&full.spend));
        let supplier = |spend: &crate::spend::Spend| spend.text(spend.rows[0].supplier).to_string();
        assert_eq!(supplier(&register.spend), "", "no supplier names are kept");
        assert_ne!(supplier(&full.spend), "");
    }

    #[test]
    fn only_folders_holding_a_contract_toml_are_contracts() {
        let dir = demo_copy();
        let root = dir.path();
        let write = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        // A folder with a valid key but no contract.toml: its other files are never read.
        write("utkast/kpi.csv", "not,a,kpi,file\n\u{1}");
        write("utkast/log.csv", "garbage");
        // contract.toml as a folder, a plain file with a key's name, and odd names without one.
        std::fs::create_dir_all(root.join("mapp/contract.toml")).unwrap();
        write("anteckningar", "a file, not a folder");
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("anteckningar"), root.join("lank")).unwrap();
        write("Gammal/kpi.csv", "x");
        write("spend-kopia/README", "x");
        let choice = LanguageChoice::fixed(Language::En);
        let full = load_register(root, choice).unwrap();
        let keys: Vec<&str> = full.contracts.iter().map(|c| c.key.as_str()).collect();
        for not_a_contract in ["utkast", "mapp", "anteckningar", "lank", "Gammal"] {
            assert!(!keys.contains(&not_a_contract), "{not_a_contract}");
        }
        assert!(load_facts(root, choice).is_ok());
        assert!(load_register_visiting(root, choice, |_| (), |_, _, _| ()).is_ok());

        // A successor must name a folder that holds a contract.toml, not just any folder.
        let avfall = root.join("avfall/contract.toml");
        let text = std::fs::read_to_string(&avfall).unwrap();
        std::fs::write(
            &avfall,
            text.replace("successor = \"avfall-2027\"", "successor = \"utkast\""),
        )
        .unwrap();
        // And a folder whose name is no key is reported once it holds a contract.toml.
        write("Gammal/contract.toml", "title = \"x\"");
        let errors = |result: Result<Register, Error>| match result {
            Err(Error::Invalid(diagnostics)) => diagnostics
                .iter()
                .map(|d| format!("{}:{}:{} {}", d.file, d.line, d.column, d.message))
                .collect::<Vec<_>>(),
            other => panic!(
                "expected errors, got {:?}",
                other.map(|r| r.contracts.len())
            ),
        };
        let full_errors = errors(load_register(root, choice));
        assert_eq!(full_errors.len(), 2, "{full_errors:#?}");
        assert!(
            full_errors[0].starts_with("Gammal/:1:1 "),
            "{full_errors:#?}"
        );
        assert!(
            full_errors[1].starts_with("avfall/contract.toml:"),
            "{full_errors:#?}"
        );
        assert!(full_errors[1].contains("utkast"), "{full_errors:#?}");
        assert_eq!(errors(load_facts(root, choice)), full_errors);
    }

    #[test]
    fn visiting_reports_exactly_the_errors_of_a_full_load() {
        let dir = demo_copy();
        let key = "skoladmin";
        let kpi = dir.path().join(key).join("kpi.csv");
        let mut text = std::fs::read_to_string(&kpi).unwrap();
        text.push_str("2026-13,nki,x,,\n");
        std::fs::write(&kpi, text).unwrap();
        let log = dir.path().join("el").join("log.csv");
        let mut text = std::fs::read_to_string(&log).unwrap();
        text.push_str("2026-02-30,note,,,,\n");
        std::fs::write(&log, text).unwrap();
        let choice = LanguageChoice::fixed(Language::En);
        let Err(Error::Invalid(expected)) = load_register(dir.path(), choice) else {
            panic!("the full load fails");
        };
        assert!(expected.len() >= 3, "{expected:?}");
        let visited = load_register_visiting(dir.path(), choice, |_| (), |_, _, _| ());
        let Err(Error::Invalid(diagnostics)) = visited else {
            panic!("visiting fails too");
        };
        assert_eq!(diagnostics, expected);
    }

    #[test]
    fn utf8_errors_have_positions() {
        let error = decode_utf8(
            "a/log.csv",
            b"date\n2026-01-01,note,\xe5\n".to_vec(),
            crate::model::Language::En,
        )
        .unwrap_err();
        assert_eq!((error.line, error.column), (2, 17));
        assert_eq!(
            decode_utf8("f", b"\xef\xbb\xbfa".to_vec(), crate::model::Language::En).unwrap(),
            "a"
        );
    }
}
