//! `KEY/contract.toml`, a contract (SPEC §2.2): read by the loader
//! ([`crate::load::parse_contract`]); its text comes from the templates (`commands/shared/templates.rs`)
//! for a new contract and from `toml_edit` for an update, and is written here, atomically, so a
//! reader never sees half a contract.
//!
//! Every writer of a contract file (`avtal new`, `avtal init`, `avtal contracts import`, later
//! the web server) holds [`lock`], the register's lock over its contracts, from reading the
//! register to its last write, so two writers never lose each other's changes (issue 31). A
//! change of many contracts is all-or-none: each file is [`stage`]d first, then all are
//! committed.

use crate::error::Error;
use crate::fsutil::{LockFile, Staged};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Takes the register's lock over its contract files (`.avtal.lock` in the register's folder),
/// waiting up to `wait` for a live holder. Hold it from reading the register until every
/// contract is written.
pub fn lock(root: &Path, wait: Duration) -> Result<LockFile, Error> {
    // The register's own folder may be reached through a link (`-C link`); its lock is taken in
    // the folder itself.
    let root = root.canonicalize().map_err(|e| Error::io(root, e))?;
    super::lock(&root.join(".avtal"), wait)
}

/// The folder of the contract `key` in the register at `root`.
pub fn folder(root: &Path, key: &str) -> PathBuf {
    root.join(key)
}

/// The contract file of `key` in the register at `root`.
pub fn path(root: &Path, key: &str) -> PathBuf {
    folder(root, key).join("contract.toml")
}

/// The file's name in messages: `KEY/contract.toml`.
pub fn name(key: &str) -> String {
    format!("{key}/contract.toml")
}

/// The stored text of the contract `key`.
pub fn read(root: &Path, key: &str) -> Result<String, Error> {
    let path = path(root, key);
    std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))
}

/// Creates the folder of a new contract `key`; an error when it exists. Returns the folder, to
/// be removed again when the contract cannot be written.
pub fn create_folder(root: &Path, key: &str) -> Result<PathBuf, Error> {
    let folder = folder(root, key);
    std::fs::create_dir(&folder).map_err(|e| Error::io(&folder, e))?;
    Ok(folder)
}

/// Writes `text` as the contract file of `key` (its folder exists).
pub fn write(root: &Path, key: &str, text: &str) -> Result<(), Error> {
    super::write(&path(root, key), text.as_bytes())
}

/// Writes `text` for the contract file of `key` (its folder exists) under a hidden name, to be
/// renamed into place by [`Staged::commit`] once every file of the change is staged.
pub fn stage(root: &Path, key: &str, text: &str) -> Result<Staged, Error> {
    let path = path(root, key);
    crate::fsutil::check_own_file(&path)?;
    crate::fsutil::stage(&path, text.as_bytes())
}
