//! An output folder avtal owns as a whole (`site -o DIR`, `digest -o DIR`): a marker file says
//! that avtal wrote it, and every run replaces all of it, so nothing of an earlier run — last
//! week's message, a file someone planted — stays beside this run's files (issue 31).
//!
//! DIR must not exist, be empty, or hold the marker of the same command; anything else is refused
//! before anything is written. The new files are written into a fresh folder beside DIR and
//! swapped in.

use crate::error::Error;
use crate::messages::prelude::*;
use crate::model::Language;
use std::path::{Path, PathBuf};

/// The command that owns a folder, with its marker file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// `avtal site`.
    Site,
    /// `avtal digest -o DIR`.
    Digest,
}

impl Owner {
    /// The marker file's name.
    pub fn marker(self) -> &'static str {
        match self {
            Owner::Site => crate::render::site::MARKER,
            Owner::Digest => ".avtal-digest",
        }
    }

    fn not_owned(self, dir: &str, m: &dyn Messages) -> Error {
        match self {
            Owner::Site => Error::input_with_hint(
                m.folder_not_a_site(dir, self.marker()),
                m.site_replaces_folder_hint(),
            ),
            Owner::Digest => Error::input_with_hint(
                m.folder_not_a_digest(dir, self.marker()),
                m.digest_replaces_folder_hint(),
            ),
        }
    }

    fn cannot_write(self, dir: &Path, e: std::io::Error, lang: Language) -> Error {
        let m = crate::messages::of(lang);
        let (dir, e) = (dir.display().to_string(), e.to_string());
        Error::input(match self {
            Owner::Site => m.cannot_write_site(&dir, &e),
            Owner::Digest => m.cannot_write_digest(&dir, &e),
        })
    }
}

/// DIR must not exist, be empty, or hold an earlier run's marker. Anything else is refused
/// before anything is written.
pub fn check_target(dir: &Path, owner: Owner, lang: Language) -> Result<(), Error> {
    let dir = &through_link(dir);
    let metadata = match std::fs::metadata(dir) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(owner.cannot_write(dir, e, lang)),
    };
    let m = crate::messages::of(lang);
    if !metadata.is_dir() {
        return Err(Error::input_with_hint(
            m.file_not_folder(&dir.display().to_string()),
            m.name_new_folder_hint(),
        ));
    }
    if dir.join(owner.marker()).is_file() {
        return Ok(());
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    if entries.next().is_some() {
        return Err(owner.not_owned(&dir.display().to_string(), m));
    }
    Ok(())
}

/// Writes `files` (paths relative to DIR, the marker among them) as the whole of `dir`: into a
/// fresh folder beside it, then swapped in. When the folder beside cannot be written (DIR was
/// made for us in a place we may not write, as on some web servers), the old files are removed
/// and the new ones written in place.
pub fn publish(
    dir: &Path,
    files: &[(&str, &[u8])],
    owner: Owner,
    lang: Language,
) -> Result<(), Error> {
    let dir = &through_link(dir);
    let parent = match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let cannot = |e: std::io::Error| owner.cannot_write(dir, e, lang);
    std::fs::create_dir_all(&parent).map_err(cannot)?;
    let fresh = match tempfile::Builder::new()
        .prefix(".avtal-site-")
        .tempdir_in(&parent)
    {
        Ok(fresh) => fresh,
        Err(e) if dir.is_dir() => return write_in_place(dir, files).map_err(|_| cannot(e)),
        Err(e) => return Err(cannot(e)),
    };
    write_files(fresh.path(), files).map_err(cannot)?;
    set_public(fresh.path()).map_err(cannot)?;
    if dir.exists() {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned());
        let old = parent.join(format!(
            ".{}.old-{}",
            name.unwrap_or_default(),
            std::process::id()
        ));
        std::fs::rename(dir, &old).map_err(cannot)?;
        if let Err(e) = std::fs::rename(fresh.path(), dir) {
            // Put the old folder back so the failure changes nothing.
            let _ = std::fs::rename(&old, dir);
            return Err(cannot(e));
        }
        std::fs::remove_dir_all(&old).map_err(cannot)?;
    } else {
        std::fs::rename(fresh.path(), dir).map_err(cannot)?;
    }
    // The fresh folder was renamed away; nothing is left for the guard to remove.
    let _ = fresh.keep();
    Ok(())
}

/// The folder a DIR that is a symlink points to, so the folder the link shows is the one replaced
/// and the link is kept (issue 31: the link was replaced by a folder and its target kept the stale
/// files). Any other DIR as it is.
fn through_link(dir: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink());
    match is_link {
        true => std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf()),
        false => dir.to_path_buf(),
    }
}

fn write_files(root: &Path, files: &[(&str, &[u8])]) -> std::io::Result<()> {
    for (name, bytes) in files {
        let path = root.join(name);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(&path, bytes)?;
    }
    Ok(())
}

/// Removes everything in `dir` (only called for an empty folder or an earlier run's), then
/// writes the files.
fn write_in_place(dir: &Path, files: &[(&str, &[u8])]) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    write_files(dir, files)
}

/// A temporary folder is private (0700); an output folder is read by a web server or a mail job
/// (0755).
#[cfg(unix)]
fn set_public(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn set_public(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
