//! The store: the one place that reads and writes the register's own files (SPEC §1, §2, §9).
//!
//! One module owns each file — its name, its reading and its writing, byte for byte:
//!
//! | file | module |
//! | --- | --- |
//! | `KEY/contract.toml` | [`contract`] |
//! | `KEY/kpi.csv` | [`kpi`] |
//! | `KEY/log.csv` | [`log`] |
//! | `spend/<YYYY>.csv` | [`spend`] |
//! | `index/<NAME>.csv` | [`index`] |
//!
//! Every write goes through [`write()`] (the atomic write of [`crate::fsutil`]) and every
//! read-modify-write of a CSV file holds [`lock`] (its advisory lock on `<file>.lock`) from the
//! read to the write, so two writers — two imports, or later a command and the web server — never
//! lose each other's rows (`contract.toml`: see [`contract`]). The one sequence the import commands
//! share (lock, read what is stored, plan, write or show the dry-run diff) stands on this layer in
//! [`crate::commands::shared::import_run`].
//!
//! Where a file has a fast reader in the loader ([`crate::load`], tuned for SPEC §10), its module
//! here reads through that reader rather than a second one.
//!
//! Where the coming additions go, each in one module:
//! - `ratings.csv` (SPEC §2.6): a new module `ratings` in the shape of [`kpi`]: `path` and
//!   `name`, `parse` through the loader's reader of the file (the loader's `RATINGS_HEADER`
//!   beside [`crate::load::KPI_HEADER`]), `render` sorted by date, criterion and rater; a rating
//!   added under [`lock`] like [`log::append`], and a row in the table above.
//! - the optional `log.csv` columns `owner, party, level, dnr, file` (SPEC §2.4): in [`log`]
//!   only — [`log::NewEntry`] gains the five fields and [`log::NewEntry::field`] names them;
//!   [`log::append`] keeps the file's header when the entry fits it, else writes the header with
//!   all eleven columns (the loader's [`crate::load::LOG_HEADER`] grows with them).
//! - the `contract` column of `spend/` (SPEC §2.5): in [`spend`] only — the column in
//!   [`spend::render`] before `source`, written when a row has one.
//! - writes from the web server: through the same functions; the lock already serialises them
//!   with the command line, and a handler holds no lock between requests. Its edits of
//!   `contract.toml` take the file's lock in [`contract`].

pub mod contract;
pub mod index;
pub mod kpi;
pub mod log;
pub mod spend;

use crate::error::Error;
pub use crate::fsutil::LockFile;
use crate::model::Language;
use std::path::Path;
use std::time::Duration;

/// Takes the advisory lock of the register file `path`, waiting up to `wait` for a live holder.
/// Hold it from reading the file until it is written. A file or lock that is a link, or in a
/// folder that is a link, or not a regular file, is refused (issue 31).
pub fn lock(path: &Path, wait: Duration) -> Result<LockFile, Error> {
    crate::fsutil::check_own_file(path)?;
    LockFile::acquire(path, wait)
}

/// Writes a register file atomically (SPEC §9): the only way the store changes a file. The file
/// must be the register's own: a regular file (or none yet) that is no link, in a folder that is
/// no link, so a write never leaves the register (issue 31).
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    crate::fsutil::check_own_file(path)?;
    crate::fsutil::atomic_write(path, bytes)
}

/// The bytes of a register file, `None` when it does not exist.
pub fn read(path: &Path) -> Result<Option<Vec<u8>>, Error> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// The text of a register file without a byte-order mark, `None` when it does not exist; a file
/// that is not UTF-8 is an error at its first bad byte, named `name`.
pub fn read_text(path: &Path, name: &str, lang: Language) -> Result<Option<String>, Error> {
    match read(path)? {
        Some(bytes) => crate::load::decode_utf8(name, bytes, lang)
            .map(Some)
            .map_err(|d| Error::Invalid(vec![d])),
        None => Ok(None),
    }
}

/// The canonical text of a number in `kpi.csv` and `index/`: the shortest decimal that reads back as the same
/// number, with `.` and no exponent (`93.5`, `71`).
pub fn format_value(value: f64) -> String {
    let text = format!("{value}");
    if text == "-0" { "0".to_string() } else { text }
}
