//! The global options every command accepts, and the argument parsers commands share (a strict
//! `YYYY-MM-DD` date). They live beside [`crate::context::Context`], which they are turned into,
//! so that commands parse their own arguments without reaching up to the command line.

use crate::model::Language;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Options every command accepts.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The register folder [default: nearest folder upwards with avtal.toml, else ./contracts]
    #[arg(
        short = 'C',
        long,
        global = true,
        env = "AVTAL_REGISTER",
        value_name = "DIR",
        value_hint = clap::ValueHint::DirPath
    )]
    pub register: Option<PathBuf>,
    /// The date rules are evaluated on [default: the local date]
    #[arg(long, global = true, env = "AVTAL_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub today: Option<NaiveDate>,
    /// Language of tables and documents, overriding the register's `language`
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `--lang` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Svenska
    Sv,
    /// English
    En,
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Language {
        match lang {
            LangArg::Sv => Language::Sv,
            LangArg::En => Language::En,
        }
    }
}

/// `--color` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal unless NO_COLOR is set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

impl ColorChoice {
    /// Whether a stream may be coloured: only on a terminal, never with `NO_COLOR` set (unless
    /// forced with `--color always`).
    pub fn allows(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

/// Parses a strict `YYYY-MM-DD` command-line date. Arguments are parsed before the register is
/// found, so the error is in `LANG`'s language (English for `en…`, else Swedish).
pub fn parse_date_arg(text: &str) -> Result<NaiveDate, String> {
    crate::dates::parse_date(text.trim()).ok_or_else(|| {
        crate::messages::of(env_language().unwrap_or_default()).invalid_date_argument(text)
    })
}

/// English when the environment's `LANG` starts with `en` (SPEC §16), else no choice.
pub fn env_language() -> Option<Language> {
    std::env::var("LANG")
        .is_ok_and(|lang| lang.starts_with("en"))
        .then_some(Language::En)
}
