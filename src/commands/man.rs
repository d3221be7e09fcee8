//! `avtal man [-o DIR]`: man pages generated with clap_mangen from the same definitions as
//! `--help`: `avtal.1` and one page per subcommand (`avtal-plan.1`, `avtal-kpi-import.1`, …).

use crate::commands::Cli;
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
    #[arg(short = 'o', long = "output", value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
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
    if let Some(top) = pages.first_mut() {
        let roff = String::from_utf8_lossy(&top.roff).into_owned();
        top.roff = insert_before_version(&roff, TOP_LEVEL_SECTIONS).into_bytes();
    }
    Ok(pages)
}

/// Sections only the main page has: exit codes and environment (SPEC §1, §9).
const TOP_LEVEL_SECTIONS: &str = "\
.SH \"EXIT STATUS\"
.TP
0
Success.
.TP
1
\\fBavtal check\\fR found problems at or above \\fB\\-\\-fail\\-on\\fR.
.TP
2
Invalid input, an invalid register or a usage error; the errors are on standard error as
\\fIFILE\\fR:\\fILINE\\fR:\\fICOLUMN\\fR: message.
.SH ENVIRONMENT
.TP
\\fBAVTAL_REGISTER\\fR
The register folder when \\fB\\-C\\fR/\\fB\\-\\-register\\fR is not given. Without either, avtal
uses the nearest folder upwards that contains avtal.toml, else ./contracts.
.TP
\\fBAVTAL_TODAY\\fR
The date the rules are evaluated on, as YYYY\\-MM\\-DD, when \\fB\\-\\-today\\fR is not given.
.TP
\\fBNO_COLOR\\fR
When set to a non\\-empty value, no colour unless \\fB\\-\\-color always\\fR.
";

fn collect(command: &clap::Command, pages: &mut Vec<ManPage>) -> Result<(), Error> {
    // Every page names the program and its version, not the subcommand ("import 0.1.0").
    let source = format!("avtal {}", env!("CARGO_PKG_VERSION"));
    let examples = command.get_after_help().map(|help| help.to_string());
    // clap_mangen would put the examples under a generic EXTRA heading, filled and justified
    // like prose; render them ourselves as an EXAMPLES section with the lines kept as written.
    let man = clap_mangen::Man::new(command.clone().after_help(None))
        .manual("avtal")
        .source(source);
    let mut roff = Vec::new();
    man.render(&mut roff).map_err(Error::Output)?;
    let roff = String::from_utf8_lossy(&roff).into_owned();
    let roff = match examples {
        Some(examples) => insert_examples(&roff, &examples),
        None => roff,
    };
    pages.push(ManPage {
        file_name: man.get_filename(),
        roff: roff.into_bytes(),
    });
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, pages)?;
    }
    Ok(())
}

/// Adds an EXAMPLES section (before VERSION, as man-pages(7) orders them) with the example
/// lines unfilled, so they can be copied as they are.
fn insert_examples(roff: &str, examples: &str) -> String {
    let mut section = String::from(".SH EXAMPLES\n.nf\n");
    for line in examples.lines().filter(|l| l.trim() != "Examples:") {
        section.push_str(&escape_roff(line));
        section.push('\n');
    }
    section.push_str(".fi\n");
    insert_before_version(roff, &section)
}

/// Inserts `section` before the VERSION section, or at the end when there is none.
fn insert_before_version(roff: &str, section: &str) -> String {
    match roff.find("\n.SH VERSION") {
        Some(at) => format!("{}\n{}{}", &roff[..at], section, &roff[at + 1..]),
        None => format!("{roff}{section}"),
    }
}

/// Escapes text for roff: a backslash is `\e`, a minus is `\-` (else man shows a hyphen that
/// breaks copied options), and a leading `.` or `'` would be read as a request.
fn escape_roff(line: &str) -> String {
    let mut escaped = String::with_capacity(line.len() + 8);
    if line.starts_with('.') || line.starts_with('\'') {
        escaped.push_str("\\&");
    }
    for c in line.chars() {
        match c {
            '\\' => escaped.push_str("\\e"),
            '-' => escaped.push_str("\\-"),
            _ => escaped.push(c),
        }
    }
    escaped
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
    if dir.exists() && !dir.is_dir() {
        // No register is read: `--lang`, else `LANG`, else Swedish.
        let m = crate::messages::of(context.ambient_language());
        return Err(Error::input_with_hint(
            m.file_not_folder(&dir.display().to_string()),
            m.man_folder_hint(),
        ));
    }
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
        assert!(
            text.contains(".SH EXAMPLES\n.nf\n  avtal \\-C contracts plan \\-\\-year 2027"),
            "{text}"
        );
        assert!(!text.contains("EXTRA"), "{text}");
        assert!(!text.contains("Examples:"), "{text}");
        assert!(text.contains(".fi\n.SH VERSION"), "{text}");
        assert!(text.contains("register"), "{text}");
    }

    #[test]
    fn main_page_documents_exit_status_and_environment() {
        let pages = pages().expect("render");
        let top = String::from_utf8_lossy(&pages[0].roff);
        for needle in [
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            "AVTAL_REGISTER",
            "AVTAL_TODAY",
            "NO_COLOR",
        ] {
            assert!(top.contains(needle), "{needle} missing");
        }
        let examples = top.find(".SH EXAMPLES").expect("examples");
        let exit = top.find(".SH \"EXIT STATUS\"").expect("exit status");
        let version = top.find(".SH VERSION").expect("version");
        assert!(examples < exit && exit < version);
        let plan = pages
            .iter()
            .find(|p| p.file_name == "avtal-plan.1")
            .expect("plan");
        assert!(!String::from_utf8_lossy(&plan.roff).contains("EXIT STATUS"));
    }

    #[test]
    fn roff_escaping_keeps_options_and_backslashes() {
        assert_eq!(
            escape_roff("  avtal --year 2027"),
            "  avtal \\-\\-year 2027"
        );
        assert_eq!(escape_roff(r"C:\x"), r"C:\ex");
        assert_eq!(escape_roff(".SH"), r"\&.SH");
        assert_eq!(escape_roff("'quoted"), r"\&'quoted");
    }
}
