//! Typed errors of the library; the shell maps them to exit code 2 and writes them in the
//! register's language ([`Error::message`]); `Display` is the English text, for developers.

use crate::diag::Diagnostic;
use crate::messages::prelude::*;
use crate::model::Language;
use chrono::NaiveDate;
use std::path::PathBuf;

/// The outcome of a command that ran to completion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Exit code 0.
    Success,
    /// Exit code 1: `check` found problems at or above `--fail-on`.
    Problems,
}

/// Everything that makes a command fail with exit code 2.
#[derive(Debug)]
pub enum Error {
    /// The register (or an input file) has errors; each carries its file, line and column.
    Invalid(Vec<Diagnostic>),
    /// Invalid input or usage, with an optional hint on what to do next.
    Input {
        message: String,
        hint: Option<String>,
    },
    /// A command-line value that could not be written to the register as it is (SPEC §2.2).
    OptionValue {
        option: String,
        problem: OptionProblem,
    },
    /// A file to write is a folder.
    IsFolder(PathBuf),
    /// A register file or lock that avtal will not write: a link or not a regular file (SPEC §9,
    /// issue 31).
    NotOwnFile { path: PathBuf, problem: NotOwn },
    /// Another process holds the lock of `path` (its process id, when it wrote one).
    Locked { path: PathBuf, pid: Option<u32> },
    /// Binary output (`what`) asked for without `-o FILE`.
    NeedsOutput { what: String },
    /// Reading or writing a file failed.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Writing to standard output failed (a closed pipe is handled by the shell).
    Output(std::io::Error),
    /// The errors were already printed in the requested format (e.g. `check --format json`).
    Reported,
}

/// Why a register file or lock is not avtal's own to write (issue 31).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotOwn {
    /// The file is a symbolic link.
    Symlink,
    /// The folder it is in is a symbolic link.
    FolderSymlink,
    /// A device, a FIFO or a socket.
    Special,
    /// A regular file with other names (hard links).
    HardLinked,
}

/// What is wrong with a command-line value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionProblem {
    /// It holds this control character (or a line break or tab where none is allowed).
    ControlCharacter(char),
    /// It is longer than a spreadsheet cell holds.
    TooLong,
    /// The date lies outside the years 1900–9999.
    DateOutsideYears(NaiveDate),
}

impl Error {
    /// An input error without a hint.
    pub fn input(message: impl Into<String>) -> Error {
        Error::Input {
            message: message.into(),
            hint: None,
        }
    }

    /// An input error with a hint on what to do next.
    pub fn input_with_hint(message: impl Into<String>, hint: impl Into<String>) -> Error {
        Error::Input {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The error as people read it, from the catalogue `m` (the line after `error: `).
    pub fn message(&self, m: &dyn Messages) -> String {
        use crate::limits::{MAX_TEXT_CHARS, MAX_YEAR, MIN_YEAR};
        match self {
            Error::Invalid(diagnostics) => m.register_errors(diagnostics.len()),
            Error::Input { message, .. } => message.clone(),
            Error::OptionValue { option, problem } => match problem {
                OptionProblem::ControlCharacter(c) => {
                    let shown = match c {
                        '\n' => m.line_break_character().to_string(),
                        '\t' => m.tab_character().to_string(),
                        _ => crate::sanitize::sanitize(&c.to_string()).into_owned(),
                    };
                    m.option_control_character(option, &shown)
                }
                OptionProblem::TooLong => m.option_too_long(option, MAX_TEXT_CHARS),
                OptionProblem::DateOutsideYears(date) => {
                    m.option_date_outside_years(option, *date, MIN_YEAR, MAX_YEAR)
                }
            },
            Error::IsFolder(path) => m.is_a_folder(&path.display().to_string()),
            Error::NotOwnFile { path, problem } => {
                let path = path.display().to_string();
                match problem {
                    NotOwn::Symlink => m.register_file_is_symlink(&path),
                    NotOwn::FolderSymlink => m.register_folder_is_symlink(&path),
                    NotOwn::Special => m.register_file_not_regular(&path),
                    NotOwn::HardLinked => m.register_file_hard_linked(&path),
                }
            }
            Error::Locked { path, pid } => {
                let holder = match pid {
                    Some(pid) => m.lock_holder_pid(*pid),
                    None => m.lock_holder().to_string(),
                };
                m.locked_by(&path.display().to_string(), &holder)
            }
            Error::NeedsOutput { what } => m.needs_output_file(what),
            Error::Io { path, source } => format!("{}: {source}", path.display()),
            Error::Output(e) => m.cannot_write_output(&e.to_string()),
            Error::Reported => String::new(),
        }
    }

    /// What to do about it, when one helps (the line after `hint: `).
    pub fn hint(&self, m: &dyn Messages) -> Option<String> {
        match self {
            Error::Input { hint, .. } => hint.clone(),
            Error::OptionValue { problem, .. } => match problem {
                OptionProblem::ControlCharacter(_) => Some(m.control_character_hint().into()),
                OptionProblem::TooLong => None,
                OptionProblem::DateOutsideYears(_) => Some(m.date_range_hint().into()),
            },
            Error::IsFolder(_) => Some(m.is_a_folder_hint().into()),
            Error::Locked { .. } => Some(m.lock_hint().into()),
            Error::NotOwnFile { .. } => Some(m.register_file_hint().into()),
            Error::NeedsOutput { .. } => Some(m.needs_output_file_hint().into()),
            _ => None,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::messages::of(Language::En)))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } | Error::Output(source) => Some(source),
            _ => None,
        }
    }
}
