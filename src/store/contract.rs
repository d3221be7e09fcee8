//! `KEY/contract.toml`, a contract (SPEC §2.2): read by the loader
//! ([`crate::load::parse_contract`]); its text comes from the templates (`commands/shared/templates.rs`)
//! for a new contract and from `toml_edit` for an update, and is written here, atomically, so a
//! reader never sees half a contract.
//!
//! No lock yet: today only `avtal new`, `avtal init` and `avtal contracts import` write the file,
//! each a whole file from what it just read or made. When the web server edits a contract, that
//! read-modify-write takes [`super::lock`] on the file, like [`super::log::append`].

use crate::error::Error;
use std::path::{Path, PathBuf};

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
