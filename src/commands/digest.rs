//! `avtal digest`: per controller, what is overdue and what falls due in the next days, as text,
//! Markdown or one e-mail message per controller for a scheduled job to send (SPEC §16).

use crate::commands::shared::controller::{MAX_WITHIN_DAYS, controller_filter, horizon};
use crate::commands::shared::owned_folder::{Owner, check_target, publish};
use crate::context::Context;
use crate::error::{Error, Status};
use crate::render::digest::{self, Heading};
use crate::rules::checks::check;
use crate::rules::digest::{digests, plan_years};
use crate::rules::plan::{PlanItem, plan};
use clap::{Args, ValueEnum};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Arguments of `avtal digest`.
#[derive(Debug, Args)]
pub struct DigestArgs {
    /// Overdue items and what falls due in the next DAYS days
    #[arg(long, value_name = "DAYS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(0..=MAX_WITHIN_DAYS))]
    pub within: u64,
    /// Only this controller ([roles] controller; case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub controller: Option<String>,
    /// Output format (eml needs -o DIR)
    #[arg(long, value_enum, default_value_t = DigestFormat::Text)]
    pub format: DigestFormat,
    /// Write one file per controller into DIR (created if missing) instead of standard output
    #[arg(short, long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub output: Option<PathBuf>,
    /// The From: address of the e-mail messages [default: `[digest] from` in avtal.toml]
    #[arg(long, value_name = "ADDRESS", env = "AVTAL_MAIL_FROM")]
    pub mail_from: Option<String>,
}

/// Output formats of `avtal digest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DigestFormat {
    /// Plain text
    Text,
    /// Markdown
    Md,
    /// One RFC 5322 message (.eml) per controller
    Eml,
    /// JSON (SPEC §16)
    Json,
}

impl DigestFormat {
    fn extension(self) -> &'static str {
        match self {
            DigestFormat::Text => "txt",
            DigestFormat::Md => "md",
            DigestFormat::Eml => "eml",
            DigestFormat::Json => "json",
        }
    }
}

/// Runs `avtal digest`.
pub fn run(context: &Context, args: &DigestArgs) -> Result<Status, Error> {
    if args.format == DigestFormat::Eml {
        context.require_output(args.output.as_deref(), "`avtal digest --format eml`")?;
    }
    let register = context.load()?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let mail_from = args
        .mail_from
        .as_deref()
        .or(register.settings.digest_from.as_deref());
    // One plain address or nothing: `a@b>, evil@c` would put a second mailbox in `From:`.
    if mail_from.is_some_and(|from| crate::render::digest::safe_address(from).is_none()) {
        return Err(Error::input_with_hint(
            m.mail_from_invalid(),
            m.mail_from_hint(),
        ));
    }
    let controller = match &args.controller {
        Some(name) => Some(controller_filter(&register, name, m)?),
        None => None,
    };
    // The digest is built from what `plan` and `check` say on this day, never beside them.
    let today = context.today;
    let findings = check(&register, today);
    let plan_items: Vec<PlanItem> = plan_years(&register, today, args.within)
        .flat_map(|year| plan(&register, year, today))
        .collect();
    let found = digests(
        &register,
        today,
        args.within,
        controller.as_deref(),
        &plan_items,
        &findings,
    );
    let heading = Heading {
        today: context.today,
        until: horizon(context.today, args.within),
        days: args.within,
        organisation: register.settings.organisation.as_deref(),
        lang,
    };
    let Some(dir) = args
        .output
        .as_deref()
        .filter(|p| *p != std::path::Path::new("-"))
    else {
        if args.format == DigestFormat::Json {
            context.emit(None, &digest::json(&found)?)?;
            return Ok(Status::Success);
        }
        let text = digest::all(&found, &heading, args.format == DigestFormat::Md);
        context.emit(None, &crate::sanitize::terminal(text, false))?;
        return Ok(Status::Success);
    };
    // DIR is the digest's own, as `site -o` owns its folder: only this run's messages are in it
    // afterwards, never last week's or a planted one (issue 31).
    let dir = context.cwd.join(dir);
    check_target(&dir, Owner::Digest, lang)?;
    let mut used = BTreeSet::new();
    let mut written = Vec::new();
    let mut files = vec![(
        Owner::Digest.marker().to_string(),
        m.digest_marker().as_bytes().to_vec(),
    )];
    for one in &found {
        let base = digest::slug(&digest::controller_name(one, lang));
        // Two controllers whose names fold to one slug get -2, -3, … in controller order.
        let mut name = format!("{base}.{}", args.format.extension());
        let mut n = 1;
        while !used.insert(name.clone()) {
            n += 1;
            name = format!("{base}-{n}.{}", args.format.extension());
        }
        let bytes = match args.format {
            DigestFormat::Text => digest::text(one, &heading).into_bytes(),
            DigestFormat::Md => digest::markdown(one, &heading).into_bytes(),
            DigestFormat::Eml => digest::eml(one, &heading, mail_from.map(str::trim)).into_bytes(),
            DigestFormat::Json => digest::json_one(one)?,
        };
        written.push((dir.join(&name), one.email.is_some()));
        files.push((name, bytes));
    }
    let named: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    publish(&dir, &named, Owner::Digest, lang)?;
    let mut summary = m.files_written(written.len(), &dir.display().to_string());
    for (path, addressed) in &written {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        summary.push_str(&format!("  {name}"));
        if args.format == DigestFormat::Eml && !addressed {
            summary.push_str(m.no_recipient());
        }
        summary.push('\n');
    }
    context.emit(None, &crate::sanitize::terminal(summary, false))?;
    Ok(Status::Success)
}
