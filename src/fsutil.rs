//! File-system helpers: atomic writes and advisory lock files.

use crate::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, then a rename, so a
/// reader never sees a half-written file and a failure leaves the old file as it was.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".avtal-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| Error::io(path, plain(e)))?;
    temp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    // The temporary file is private (0600); give the result the permissions the replaced file
    // had, or the usual 0644 for a new file, so `-o plan.xlsx` is readable like any other file.
    let permissions = match std::fs::metadata(path) {
        Ok(metadata) => metadata.permissions(),
        Err(_) => default_permissions(temp.as_file())?,
    };
    temp.as_file()
        .set_permissions(permissions)
        .map_err(|e| Error::io(path, e))?;
    temp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    temp.persist(path)
        .map_err(|e| Error::io(path, plain(e.error)))?;
    Ok(())
}

/// The OS error without tempfile's note about its random file name, which would only confuse:
/// the user asked to write `path`, not `.avtal-XXXX.tmp`.
fn plain(error: std::io::Error) -> std::io::Error {
    if error.raw_os_error().is_some() {
        return error;
    }
    let os_code = error
        .get_ref()
        .and_then(|inner| inner.source())
        .and_then(|source| source.downcast_ref::<std::io::Error>())
        .and_then(std::io::Error::raw_os_error);
    match os_code {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => {
            let message = match error.kind() {
                std::io::ErrorKind::NotFound => "the folder does not exist".to_string(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                kind => kind.to_string(),
            };
            std::io::Error::new(error.kind(), message)
        }
    }
}

#[cfg(unix)]
fn default_permissions(_file: &std::fs::File) -> Result<std::fs::Permissions, Error> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(file: &std::fs::File) -> Result<std::fs::Permissions, Error> {
    file.metadata()
        .map(|m| m.permissions())
        .map_err(|e| Error::io(".", e))
}

/// An exclusive lock held as a file `<name>.lock`; removed when dropped (also on failure paths).
#[derive(Debug)]
pub struct LockFile {
    path: PathBuf,
}

impl LockFile {
    /// Takes the lock for `target` (creates `target.lock`), waiting up to `wait` for another
    /// holder to finish before failing with a clear error.
    pub fn acquire(target: &Path, wait: Duration) -> Result<LockFile, Error> {
        let mut name = target.as_os_str().to_os_string();
        name.push(".lock");
        let path = PathBuf::from(name);
        let started = Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut file) => {
                    let _ = writeln!(file, "{}", std::process::id());
                    return Ok(LockFile { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    if started.elapsed() >= wait {
                        return Err(Error::input_with_hint(
                            format!("{} is locked by another avtal process", target.display()),
                            format!(
                                "wait for it to finish; if no avtal is running, remove {}",
                                path.display()
                            ),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => return Err(Error::io(&path, e)),
            }
        }
    }
}

impl Drop for LockFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_content_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kpi.csv");
        atomic_write(&path, b"one").unwrap();
        atomic_write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.csv");
        atomic_write(&path, b"a").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        atomic_write(&path, b"b").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o664
        );
    }

    #[test]
    fn lock_is_exclusive_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kpi.csv");
        let lock = LockFile::acquire(&target, Duration::ZERO).unwrap();
        let second = LockFile::acquire(&target, Duration::from_millis(100));
        assert!(matches!(second, Err(Error::Input { .. })));
        drop(lock);
        assert!(LockFile::acquire(&target, Duration::ZERO).is_ok());
        assert!(!dir.path().join("kpi.csv.lock").exists());
    }
}
