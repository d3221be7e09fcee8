//! Typed errors of the library; the shell maps them to exit code 2.

use crate::diag::Diagnostic;
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
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The register (or an input file) has errors; each carries its file, line and column.
    #[error("{} error(s) in the register", .0.len())]
    Invalid(Vec<Diagnostic>),
    /// Invalid input or usage, with an optional hint on what to do next.
    #[error("{message}")]
    Input {
        message: String,
        hint: Option<String>,
    },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Writing to standard output failed (a closed pipe is handled by the shell).
    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),
    /// The errors were already printed in the requested format (e.g. `check --format json`).
    #[error("errors reported")]
    Reported,
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
}
