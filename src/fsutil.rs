//! File-system helpers: safe writes to any path and operating-system advisory locks (SPEC §9).

use crate::error::{Error, NotOwn};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How many symlinks a path may pass through before it is refused (the kernel's own limit).
const MAX_LINKS: usize = 40;

/// Writes `bytes` to `path` the safe way for what `path` is (SPEC §9): a regular file or a path
/// that does not exist is replaced atomically (a temporary file in the same folder, then a
/// rename, so a reader never sees a half-written file and a failure leaves the old file as it
/// was); a symlink is followed and its target replaced, the link kept; anything else — a device,
/// a FIFO, `/dev/stdout` — is written straight into, never turned into a regular file.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    match resolve(path)? {
        Target::Replace(target) => replace(path, &target, bytes),
        Target::Direct => write_direct(path, bytes),
    }
}

/// Where a write to a path goes.
#[derive(Debug, PartialEq)]
enum Target {
    /// Replace this regular (or not yet existing) file atomically.
    Replace(PathBuf),
    /// Write into the path as it is: a device, FIFO, socket or a descriptor under `/proc`.
    Direct,
}

/// Follows symlinks one hop at a time so a dangling link still names the file it will create.
fn resolve(path: &Path) -> Result<Target, Error> {
    // `/dev/stdout` and `/proc/self/fd/N` are links to descriptors ("pipe:[123]"), not files:
    // renaming over them is never meant, so anything under /dev or /proc is written directly.
    if path.starts_with("/dev") || path.starts_with("/proc") {
        return match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => Err(is_folder(path)),
            Ok(_) => Ok(Target::Direct),
            Err(e) => Err(Error::io(path, e)),
        };
    }
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let metadata = match std::fs::symlink_metadata(&current) {
            Ok(metadata) => metadata,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target::Replace(current));
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        let kind = metadata.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&current).map_err(|e| Error::io(path, e))?;
            current = match current.parent() {
                Some(parent) if link.is_relative() => parent.join(link),
                _ => link,
            };
            if current.starts_with("/dev") || current.starts_with("/proc") {
                return resolve(&current);
            }
        } else if kind.is_file() {
            return Ok(Target::Replace(current));
        } else if kind.is_dir() {
            return Err(is_folder(path));
        } else {
            return Ok(Target::Direct);
        }
    }
    Err(Error::io(path, symlink_loop()))
}

fn is_folder(path: &Path) -> Error {
    Error::IsFolder(path.to_path_buf())
}

/// `ELOOP`, in English like the OS's own words for the other I/O errors.
fn symlink_loop() -> std::io::Error {
    std::io::Error::other(crate::messages::of(crate::model::Language::En).symlink_loop())
}

/// Writes into an existing device or FIFO without creating or renaming anything.
fn write_direct(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    file.write_all(bytes)
        .and_then(|_| file.flush())
        .map_err(|e| Error::io(path, e))
}

/// Replaces `target` (the resolved file behind `shown`, the path the user gave) atomically.
fn replace(shown: &Path, target: &Path, bytes: &[u8]) -> Result<(), Error> {
    stage_at(shown, target, bytes)?.commit()
}

/// A finished file waiting under a hidden name beside the file it will replace: every write of
/// an all-or-none change is staged first, and only then are they all renamed into place, so a
/// failure while writing leaves every file as it was (issue 31). A staged file that is dropped
/// without [`Staged::commit`] is removed.
#[derive(Debug)]
pub struct Staged {
    parked: temp::Parked,
    target: PathBuf,
    shown: PathBuf,
}

impl Staged {
    /// Renames the staged file over its target.
    pub fn commit(self) -> Result<(), Error> {
        let Staged {
            parked,
            target,
            shown,
        } = self;
        parked
            .persist(&target)
            .map_err(|e| Error::io(&shown, plain(e)))
    }
}

/// Writes `bytes` for `path` (a regular file or none yet; a link is followed as by
/// [`atomic_write`]) under a hidden name beside it, synced, to be renamed into place by
/// [`Staged::commit`]. A device or FIFO cannot be staged.
pub fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, Error> {
    match resolve(path)? {
        Target::Replace(target) => stage_at(path, &target, bytes),
        Target::Direct => Err(not_own(path, NotOwn::Special)),
    }
}

fn stage_at(shown: &Path, target: &Path, bytes: &[u8]) -> Result<Staged, Error> {
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // The temporary file is private; give the result the permissions the replaced file had, or
    // the usual 0644 for a new file, so `-o plan.xlsx` is readable like any other file.
    let permissions = std::fs::metadata(target).ok().map(|m| m.permissions());
    let temp = temp::Temp::create(&folder).map_err(|e| Error::io(shown, plain(e)))?;
    let written = (|| {
        let mut file = temp.file();
        file.write_all(bytes)?;
        if let Some(permissions) = permissions.or_else(default_permissions) {
            file.set_permissions(permissions)?;
        }
        file.sync_all()
    })();
    written.map_err(|e| Error::io(shown, e))?;
    let parked = temp.park().map_err(|e| Error::io(shown, plain(e)))?;
    Ok(Staged {
        parked,
        target: target.to_path_buf(),
        shown: shown.to_path_buf(),
    })
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
            // Like the OS's own words, which are English whatever the register's language.
            let m = crate::messages::of(crate::model::Language::En);
            let message = match error.kind() {
                std::io::ErrorKind::NotFound => m.output_folder_missing().to_string(),
                std::io::ErrorKind::PermissionDenied => m.output_permission_denied().to_string(),
                kind => kind.to_string(),
            };
            std::io::Error::new(error.kind(), message)
        }
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Temporary files that vanish if the process is killed before they are renamed into place.
mod temp {
    use std::fs::File;
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicU64, Ordering};

    /// A temporary file in the folder of the file it will replace.
    pub(super) enum Temp {
        /// Linux `O_TMPFILE`: no name until it is linked in just before the rename, so a
        /// `kill -9` while writing leaves nothing behind.
        #[cfg(target_os = "linux")]
        Anonymous { file: File, folder: PathBuf },
        /// Elsewhere (or on a file system without `O_TMPFILE`): a named file removed on drop.
        Named(tempfile::NamedTempFile),
    }

    impl Temp {
        pub(super) fn create(folder: &Path) -> std::io::Result<Temp> {
            #[cfg(target_os = "linux")]
            {
                use rustix::fs::{CWD, Mode, OFlags, openat};
                remove_orphans(folder);
                let flags = OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC;
                if let Ok(fd) = openat(CWD, folder, flags, Mode::from_raw_mode(0o600)) {
                    return Ok(Temp::Anonymous {
                        file: File::from(fd),
                        folder: folder.to_path_buf(),
                    });
                }
            }
            tempfile::Builder::new()
                .prefix(".avtal-")
                .suffix(".tmp")
                .tempfile_in(folder)
                .map(Temp::Named)
        }

        pub(super) fn file(&self) -> &File {
            match self {
                #[cfg(target_os = "linux")]
                Temp::Anonymous { file, .. } => file,
                Temp::Named(named) => named.as_file(),
            }
        }

        /// Gives the finished file its hidden name in the folder and closes it, ready to be
        /// renamed over its target (so thousands of staged files hold no open descriptor).
        pub(super) fn park(self) -> std::io::Result<Parked> {
            match self {
                #[cfg(target_os = "linux")]
                Temp::Anonymous { file, folder } => Ok(Parked {
                    name: link_in(&file, &folder)?,
                    done: false,
                }),
                Temp::Named(named) => Ok(Parked {
                    name: named.into_temp_path().keep().map_err(|e| e.error)?,
                    done: false,
                }),
            }
        }
    }

    /// A finished file under its hidden name, removed on drop unless renamed into place.
    #[derive(Debug)]
    pub(super) struct Parked {
        name: PathBuf,
        done: bool,
    }

    impl Parked {
        /// Renames the finished file over `target`.
        pub(super) fn persist(mut self, target: &Path) -> std::io::Result<()> {
            std::fs::rename(&self.name, target)?;
            self.done = true;
            Ok(())
        }
    }

    impl Drop for Parked {
        fn drop(&mut self) {
            if !self.done {
                let _ = std::fs::remove_file(&self.name);
            }
        }
    }

    /// Removes the names [`link_in`] gave in `folder` for processes that no longer run: a
    /// `kill -9` between the link and the rename (two system calls; no way to make it one) would
    /// otherwise leave the finished temporary file behind for good.
    ///
    /// Once per folder per process: an orphan is left only by a process that died, so one look
    /// is enough, and an import that writes many files into one folder (or a server that writes
    /// all day) does not list the folder again for every write.
    #[cfg(target_os = "linux")]
    fn remove_orphans(folder: &Path) {
        if !first_visit(folder) {
            return;
        }
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|n| n.strip_prefix(".avtal-"))
                .and_then(|n| n.strip_suffix(".tmp"))
                .and_then(|n| n.split_once('-'))
                .and_then(|(pid, n)| n.parse::<u64>().ok().and(pid.parse::<u32>().ok()))
            else {
                continue;
            };
            let alive = Path::new("/proc").join(pid.to_string()).exists();
            if !alive {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// Whether this process has not yet looked for orphans in `folder` (and now has).
    #[cfg(target_os = "linux")]
    fn first_visit(folder: &Path) -> bool {
        use std::collections::HashSet;
        use std::sync::{Mutex, PoisonError};
        static VISITED: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
        // A panic elsewhere while holding the set leaves it usable: it only ever grows.
        let mut visited = VISITED.lock().unwrap_or_else(PoisonError::into_inner);
        visited
            .get_or_insert_with(HashSet::new)
            .insert(folder.to_path_buf())
    }

    /// Gives the anonymous file a fresh hidden name in `folder` (for the rename that follows).
    #[cfg(target_os = "linux")]
    fn link_in(file: &File, folder: &Path) -> std::io::Result<PathBuf> {
        use rustix::fs::{AtFlags, CWD, linkat};
        use std::os::fd::AsRawFd;
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let name = folder.join(format!(".avtal-{}-{n}.tmp", std::process::id()));
            let linked = linkat(CWD, proc_path.as_str(), CWD, &name, AtFlags::SYMLINK_FOLLOW)
                .or_else(|_| linkat(file, "", CWD, &name, AtFlags::EMPTY_PATH));
            match linked {
                Ok(()) => return Ok(name),
                Err(rustix::io::Errno::EXIST) => continue,
                Err(e) => return Err(e.into()),
            }
        }
    }
}

/// An exclusive operating-system advisory lock on `<target>.lock` (SPEC §9). The kernel releases
/// it when the process dies, even by `kill -9`, so a crash never blocks the next write; the file
/// itself is removed when the lock is dropped and is harmless when a crash leaves it.
#[derive(Debug)]
pub struct LockFile {
    path: PathBuf,
    _file: File,
}

impl LockFile {
    /// Takes the lock for `target`, waiting up to `wait` for a live holder to finish before
    /// failing with a clear error.
    pub fn acquire(target: &Path, wait: Duration) -> Result<LockFile, Error> {
        let mut name = target.as_os_str().to_os_string();
        name.push(".lock");
        let path = PathBuf::from(name);
        let started = Instant::now();
        loop {
            // A lock file planted as a link (git stores links) must never lead the open, the
            // process id or a truncation to a file elsewhere (issue 31): it is checked, opened
            // without following a link, and checked again on what was opened.
            check_own_file(&path)?;
            let file = open_lock(&path)?;
            check_opened(&file, &path)?;
            match file.try_lock() {
                // The previous holder may have removed the file between our open and our lock:
                // then we hold a lock on a file nobody else sees, so start again.
                Ok(()) if same_file(&file, &path) => {
                    // A file with content was left by a process that died (a live holder's file
                    // is removed before it unlocks): remove it rather than truncate, and take a
                    // fresh one, so the process id written is only ever written into a new file.
                    if file.metadata().map(|m| m.len()).unwrap_or(0) > 0 {
                        let _ = std::fs::remove_file(&path);
                        continue;
                    }
                    let _ = writeln!(&file, "{}", std::process::id());
                    return Ok(LockFile { path, _file: file });
                }
                Ok(()) => continue,
                Err(std::fs::TryLockError::WouldBlock) => {
                    if started.elapsed() >= wait {
                        return Err(held(target, &path));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
    }
}

fn not_own(path: &Path, problem: NotOwn) -> Error {
    Error::NotOwnFile {
        path: path.to_path_buf(),
        problem,
    }
}

/// Checks that `path` is a file the register owns: a regular file or none yet, not a link, in a
/// folder that is not a link either — so a write to it stays inside the register. A register
/// file or lock is never followed out of the register (issue 31), unlike `-o PATH` (SPEC §9).
pub fn check_own_file(path: &Path) -> Result<(), Error> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(metadata) = std::fs::symlink_metadata(folder)
        && metadata.file_type().is_symlink()
    {
        return Err(not_own(folder, NotOwn::FolderSymlink));
    }
    match std::fs::symlink_metadata(path) {
        Ok(metadata) => check_kind(&metadata, path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(path, e)),
    }
}

fn check_kind(metadata: &std::fs::Metadata, path: &Path) -> Result<(), Error> {
    let kind = metadata.file_type();
    if kind.is_symlink() {
        Err(not_own(path, NotOwn::Symlink))
    } else if kind.is_dir() {
        Err(is_folder(path))
    } else if !kind.is_file() {
        Err(not_own(path, NotOwn::Special))
    } else {
        Ok(())
    }
}

/// What was opened is a regular file with this one name.
fn check_opened(file: &File, path: &Path) -> Result<(), Error> {
    let metadata = file.metadata().map_err(|e| Error::io(path, e))?;
    check_kind(&metadata, path)?;
    if links(&metadata) > 1 {
        return Err(not_own(path, NotOwn::HardLinked));
    }
    Ok(())
}

#[cfg(unix)]
fn links(metadata: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    metadata.nlink()
}

#[cfg(not(unix))]
fn links(_metadata: &std::fs::Metadata) -> u64 {
    1
}

/// Opens (creating) a lock file without following a link and without blocking on a FIFO.
fn open_lock(path: &Path) -> Result<File, Error> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        options.custom_flags(flags.bits() as i32);
    }
    match options.open(path) {
        Ok(file) => Ok(file),
        // ELOOP: the name became a link after the check.
        Err(_) if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) => {
            Err(not_own(path, NotOwn::Symlink))
        }
        Err(e) => Err(Error::io(path, e)),
    }
}

/// The error for a lock a live process holds, naming it when it wrote its process id.
fn held(target: &Path, path: &Path) -> Error {
    let pid = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| text.trim().parse::<u32>().ok());
    Error::Locked {
        path: target.to_path_buf(),
        pid,
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

impl Drop for LockFile {
    fn drop(&mut self) {
        // Removed while still locked, so a waiter that opened it sees the change and retries.
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
    /// A `kill -9` between linking the temporary file in and renaming it leaves a named file;
    /// the next write into the folder removes it, but never one of a process still running.
    #[cfg(target_os = "linux")]
    #[test]
    fn orphaned_temporary_files_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // Above the kernel's largest pid (2^22), so never a running process.
        let orphan = dir.path().join(".avtal-99999999-0.tmp");
        let live = dir
            .path()
            .join(format!(".avtal-{}-77.tmp", std::process::id()));
        let other = dir.path().join(".avtal-notes.tmp");
        for path in [&orphan, &live, &other] {
            std::fs::write(path, "x").unwrap();
        }
        atomic_write(&dir.path().join("kpi.csv"), b"new").unwrap();
        assert!(!orphan.exists());
        assert!(live.exists() && other.exists());
        // The folder was looked at once: a later orphan waits for the next process.
        std::fs::write(&orphan, "x").unwrap();
        atomic_write(&dir.path().join("kpi.csv"), b"newer").unwrap();
        assert!(orphan.exists());
    }

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
        assert!(matches!(second, Err(Error::Locked { .. })));
        drop(lock);
        assert!(LockFile::acquire(&target, Duration::ZERO).is_ok());
        assert!(!dir.path().join("kpi.csv.lock").exists());
    }
}
