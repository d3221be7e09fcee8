//! The one sequence the import commands share (`kpi import`, `spend import`, `index import`,
//! `contracts import`): lock the files to change, read what is stored, plan (the command's own),
//! then either show the dry run or write, and say which it was.
//!
//! A command keeps only what is its own: how to read its input and what a plan is. The rules
//! live here: a file is read only under its lock, the locks are held until every file is
//! written, a dry run writes nothing, and a file is written only when the plan changed it.

use crate::error::Error;
use crate::fsutil::LockFile;
use crate::messages::prelude::*;
use crate::store;
use std::path::Path;
use std::time::Duration;

/// How long an import waits for another writer of the same file to finish.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);

/// One import run: whether it is a dry run, and the locks it holds.
#[derive(Debug)]
pub struct Import {
    dry_run: bool,
    locks: Vec<LockFile>,
}

impl Import {
    /// Starts an import; with `dry_run` nothing will be written.
    pub fn new(dry_run: bool) -> Import {
        Import {
            dry_run,
            locks: Vec::new(),
        }
    }

    /// Whether this is a dry run.
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// Takes the lock of the register file `path` before it is read; held until the import is
    /// dropped or [`Import::release`]d. Several files are locked in one fixed order (a spend
    /// import: year by year), so two imports never wait for each other in a circle.
    pub fn lock(&mut self, path: &Path) -> Result<(), Error> {
        self.locks.push(store::lock(path, LOCK_WAIT)?);
        Ok(())
    }

    /// Writes the planned `content` of `path` unless this is a dry run or the plan did not
    /// change the file; whether it wrote.
    pub fn write(&self, path: &Path, content: &[u8], changed: bool) -> Result<bool, Error> {
        let written = !self.dry_run && changed;
        if written {
            store::write(path, content)?;
        }
        Ok(written)
    }

    /// Runs `write_all` (a command that writes many files its own way, through the store)
    /// unless this is a dry run; whether it ran.
    pub fn write_with(&self, write_all: impl FnOnce() -> Result<(), Error>) -> Result<bool, Error> {
        if self.dry_run {
            return Ok(false);
        }
        write_all().map(|()| true)
    }

    /// Releases the locks: every file is written.
    pub fn release(self) {
        drop(self.locks);
    }

    /// The last line of a one-file import's summary: `dry_run` (what a dry run shows), else that
    /// `name` was written, else that there was nothing new for it.
    pub fn outcome(
        &self,
        name: &str,
        written: bool,
        m: &dyn Messages,
        dry_run: impl FnOnce() -> String,
    ) -> String {
        if self.dry_run {
            dry_run()
        } else if written {
            m.wrote(name)
        } else {
            m.nothing_new(name)
        }
    }
}

/// What a dry run shows for the file `name`: the unified diff from `stored` to `planned`, or that
/// nothing would change.
pub fn dry_run_diff(name: &str, stored: &str, planned: &str, m: &dyn Messages) -> String {
    let diff = crate::render::diff::unified(name, stored, planned);
    if diff.is_empty() {
        m.dry_run_no_change(name)
    } else {
        let mut out = m.dry_run_diff(name);
        out.push_str(&diff);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dry_run_writes_nothing_and_a_real_run_only_what_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kpi.csv");
        let mut dry = Import::new(true);
        dry.lock(&path).unwrap();
        assert!(!dry.write(&path, b"x", true).unwrap());
        assert!(!dry.write_with(|| unreachable!()).unwrap());
        dry.release();
        assert!(!path.exists());
        let run = Import::new(false);
        assert!(!run.write(&path, b"x", false).unwrap());
        assert!(run.write(&path, b"x", true).unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
    }

    #[test]
    fn the_lock_is_held_until_release() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("2026.csv");
        let mut import = Import::new(false);
        import.lock(&path).unwrap();
        assert!(crate::store::lock(&path, Duration::ZERO).is_err());
        import.release();
        assert!(crate::store::lock(&path, Duration::ZERO).is_ok());
    }
}
