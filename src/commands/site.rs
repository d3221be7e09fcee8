//! `avtal site -o DIR [--internal]`: the static website (SPEC §14). The pages are rendered in
//! memory first; then they are written into a fresh folder beside DIR and swapped in, so a
//! failure leaves the old site as it was and no stale page of an earlier run remains.

use crate::commands::shared::owned_folder::{self, Owner};
use crate::context::Context;
use crate::error::{Error, Status};
use crate::model::{Contract, Language, Register};
use crate::render::site::{self, Dashboard, Options, SiteFile};
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

/// Writes `files` as the whole of the site folder `dir` (see [`owned_folder::publish`]).
pub fn publish(dir: &Path, files: &[SiteFile], lang: Language) -> Result<(), Error> {
    let named: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    owned_folder::publish(dir, &named, Owner::Site, lang)
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
    owned_folder::check_target(&dir, Owner::Site, lang)?;
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
