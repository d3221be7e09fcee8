//! `avtal site -o DIR [--internal]`: the static website (SPEC §14). The pages are rendered in
//! memory first; then they are written into a fresh folder beside DIR and swapped in, so a
//! failure leaves the old site as it was and no stale page of an earlier run remains.

use crate::context::Context;
use crate::error::{Error, Status};
use crate::model::{Contract, Language, Register};
use crate::render::site::{self, Dashboard, MARKER, Options, SiteFile};
use crate::rules::checks::check;
use crate::rules::escalation::{Escalation, escalation, ladder};
use crate::rules::meeting::meeting_pack;
use crate::rules::plan::plan;
use crate::rules::spend::summarise;
use chrono::{Datelike, NaiveDate};
use clap::Args;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Arguments of `avtal site`.
#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The folder to write the site into; created, or replaced when it holds an earlier site
    #[arg(short, long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub output: PathBuf,
    /// Add the dashboard for controllers and management: findings, plan, escalation and each
    /// contract's meeting pack (not for publishing outside the organisation)
    #[arg(long)]
    pub internal: bool,
}

/// Runs `avtal site`.
pub fn run(context: &Context, args: &SiteArgs) -> Result<Status, Error> {
    let register = context.load()?;
    let lang = context.language(&register.settings);
    let dir = if args.output.is_absolute() {
        args.output.clone()
    } else {
        context.cwd.join(&args.output)
    };
    check_target(&dir, lang)?;
    let options = Options {
        today: context.today,
        lang,
    };
    let dashboard = args
        .internal
        .then(|| dashboard(&register, context.today, lang));
    let files = site::render(&register, options, dashboard.as_ref())?;
    publish(&dir, &files, lang)?;
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    let summary = crate::messages::of(lang).site_written(&dir.display().to_string(), pages);
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(summary.as_bytes())
        .and_then(|_| stdout.flush())
        .map_err(Error::Output)?;
    Ok(Status::Success)
}

/// What the internal site's dashboard shows on `today`, from the rules of `check`, `plan`,
/// `escalation`, `spend` and `report`.
pub fn dashboard(register: &Register, today: NaiveDate, lang: Language) -> Dashboard<'_> {
    let year = today.year();
    let mut escalations: Vec<(&Contract, Escalation)> = (register.contracts.iter())
        .filter(|c| c.is_active_on(today))
        .map(|c| (c, escalation(c, today)))
        .filter(|(_, e)| e.step >= 1)
        .collect();
    // The heaviest step first, then by key, as `avtal escalation` lists them.
    escalations.sort_by(|a, b| b.1.step.cmp(&a.1.step).then_with(|| a.0.key.cmp(&b.0.key)));
    Dashboard {
        findings: check(register, today),
        year,
        plan: plan(register, year, today),
        ladder: ladder(&register.settings, lang),
        escalations,
        spend: (!register.spend.rows.is_empty()).then(|| summarise(register, year)),
        packs: (register.contracts.par_iter())
            .map(|contract| meeting_pack(register, contract, today, lang))
            .collect(),
    }
}

/// DIR must not exist, be empty, or hold an earlier avtal site (its marker file). Anything else
/// is refused before anything is written.
pub fn check_target(dir: &Path, lang: Language) -> Result<(), Error> {
    let metadata = match std::fs::metadata(dir) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(cannot_write(dir, e, lang)),
    };
    if !metadata.is_dir() {
        let m = crate::messages::of(lang);
        return Err(Error::input_with_hint(
            m.file_not_folder(&dir.display().to_string()),
            m.name_new_folder_hint(),
        ));
    }
    if dir.join(MARKER).is_file() {
        return Ok(());
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    if entries.next().is_some() {
        let m = crate::messages::of(lang);
        return Err(Error::input_with_hint(
            m.folder_not_a_site(&dir.display().to_string(), MARKER),
            m.site_replaces_folder_hint(),
        ));
    }
    Ok(())
}

/// Writes `files` as the site in `dir`: into a fresh folder beside it, then swapped in. When the
/// folder beside cannot be written (DIR was made for us in a place we may not write, as on some
/// web servers), the old site's files are removed and the new ones written in place.
pub fn publish(dir: &Path, files: &[SiteFile], lang: Language) -> Result<(), Error> {
    let parent = match dir.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let cannot = |e: std::io::Error| cannot_write(dir, e, lang);
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
            // Put the old site back so the failure changes nothing.
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

fn cannot_write(dir: &Path, e: std::io::Error, lang: Language) -> Error {
    Error::input(
        crate::messages::of(lang).cannot_write_site(&dir.display().to_string(), &e.to_string()),
    )
}

fn write_files(root: &Path, files: &[SiteFile]) -> std::io::Result<()> {
    for file in files {
        let path = root.join(&file.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(&path, &file.bytes)?;
    }
    Ok(())
}

/// Removes everything in `dir` (only called for an empty folder or an earlier avtal site), then
/// writes the files.
fn write_in_place(dir: &Path, files: &[SiteFile]) -> std::io::Result<()> {
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

/// A temporary folder is private (0700); a site folder is read by a web server (0755).
#[cfg(unix)]
fn set_public(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn set_public(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
