//! `avtal man [-o DIR]`: man pages generated with clap_mangen from the same definitions as
//! `--help`: `avtal.1` and one page per subcommand (`avtal-plan.1`, `avtal-kpi-import.1`, …).

use crate::cli::Cli;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::fsutil::atomic_write;
use clap::{Args, CommandFactory};
use std::path::PathBuf;

/// Arguments of `avtal man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (avtal.1, avtal-plan.1, avtal-kpi-import.1, …) into DIR, creating it if
    /// needed; without it, print avtal.1 to standard output
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// One rendered man page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManPage {
    /// File name, e.g. `avtal-kpi-import.1`.
    pub file_name: String,
    /// The page in roff.
    pub roff: Vec<u8>,
}

/// Every man page: the top-level one first, then each visible subcommand depth-first in
/// definition order (the generated `help` subcommand gets no page).
pub fn pages() -> Result<Vec<ManPage>, Error> {
    let mut command = Cli::command().disable_help_subcommand(true);
    // Building fills in the display names (`avtal-kpi-import`) and propagates global options.
    command.build();
    let mut pages = Vec::new();
    collect(&command, &mut pages)?;
    Ok(pages)
}

fn collect(command: &clap::Command, pages: &mut Vec<ManPage>) -> Result<(), Error> {
    // Every page names the program and its version, not the subcommand ("import 0.1.0").
    let source = format!("avtal {}", env!("CARGO_PKG_VERSION"));
    let man = clap_mangen::Man::new(command.clone())
        .manual("avtal")
        .source(source);
    let mut roff = Vec::new();
    man.render(&mut roff)
        .map_err(|e| Error::input(format!("cannot render the man page: {e}")))?;
    pages.push(ManPage {
        file_name: man.get_filename(),
        roff,
    });
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, pages)?;
    }
    Ok(())
}

/// Runs `avtal man`.
pub fn run(context: &Context, args: &ManArgs) -> Result<Status, Error> {
    let pages = pages()?;
    let Some(dir) = &args.output else {
        // `pages()` always starts with the top-level page.
        let top = pages.first().map(|p| p.roff.as_slice()).unwrap_or_default();
        context.emit(None, top)?;
        return Ok(Status::Success);
    };
    let dir = context.cwd.join(dir);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    for page in &pages {
        atomic_write(&dir.join(&page.file_name), &page.roff)?;
    }
    Ok(Status::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        pages()
            .expect("pages render")
            .into_iter()
            .map(|p| p.file_name)
            .collect()
    }

    #[test]
    fn one_page_per_command_with_nested_names() {
        let names = names();
        assert_eq!(names.first().map(String::as_str), Some("avtal.1"));
        for expected in [
            "avtal-plan.1",
            "avtal-check.1",
            "avtal-kpi.1",
            "avtal-kpi-import.1",
            "avtal-kpi-show.1",
            "avtal-export-followup.1",
            "avtal-export-kpi-sheet.1",
            "avtal-schema.1",
        ] {
            assert!(names.iter().any(|n| n == expected), "missing {expected}");
        }
        assert!(!names.iter().any(|n| n.contains("help")), "{names:?}");
    }

    #[test]
    fn pages_are_deterministic() {
        assert_eq!(pages().expect("render"), pages().expect("render"));
    }

    #[test]
    fn subcommand_page_has_its_examples_and_global_options() {
        let pages = pages().expect("render");
        let plan = pages
            .iter()
            .find(|p| p.file_name == "avtal-plan.1")
            .expect("plan page");
        let text = String::from_utf8_lossy(&plan.roff);
        assert!(text.contains("Examples:"), "{text}");
        assert!(text.contains("register"), "{text}");
    }
}
