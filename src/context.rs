//! What every command gets from the shell: where the register is, what day it is, the language,
//! colour, and where output goes. Rules never read the clock or the disk; commands use this.
//! [`args`] holds the global options it is built from and the argument parsers commands share.

pub mod args;

use crate::error::Error;
use crate::fsutil::atomic_write;
use crate::load::LanguageChoice;
use crate::model::{Contract, Language, Register, Settings};
use args::GlobalArgs;
use chrono::NaiveDate;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The resolved global options of one invocation.
#[derive(Clone, Debug)]
pub struct Context {
    /// `--register`/`-C` or `AVTAL_REGISTER`, when given.
    pub register: Option<PathBuf>,
    /// `--today`, `AVTAL_TODAY` or the local date.
    pub today: NaiveDate,
    /// `--lang`, overriding the register's `language`.
    pub lang: Option<Language>,
    /// English when the environment's `LANG` starts with `en` (SPEC §16), for registers whose
    /// `avtal.toml` names no language.
    pub env_lang: Option<Language>,
    /// Whether stdout may be coloured.
    pub color: bool,
    /// The working directory register discovery starts from.
    pub cwd: PathBuf,
}

impl Context {
    /// The context of one invocation: the global options resolved against the environment
    /// (the working directory, the local date, `LANG`, whether stdout is a terminal).
    pub fn from_args(global: &GlobalArgs) -> Result<Context, Error> {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
        Ok(Context {
            register: global.register.clone(),
            today: global
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
            lang: global.lang.map(Into::into),
            env_lang: args::env_language(),
            color: global.color.allows(std::io::stdout().is_terminal()),
            cwd,
        })
    }

    /// SPEC §1: `--register`, else `AVTAL_REGISTER`, else the nearest folder upwards with
    /// `avtal.toml`, else `./contracts` if it has one.
    pub fn register_dir(&self) -> Result<PathBuf, Error> {
        if let Some(dir) = &self.register {
            let dir = if dir.is_absolute() {
                dir.clone()
            } else {
                self.cwd.join(dir)
            };
            if !dir.is_dir() {
                let m = crate::messages::of(self.languages().before_settings());
                return Err(Error::input_with_hint(
                    m.register_folder_missing(&dir.display().to_string()),
                    m.register_folder_missing_hint(),
                ));
            }
            return Ok(dir);
        }
        for dir in self.cwd.ancestors() {
            if dir.join("avtal.toml").is_file() {
                return Ok(dir.to_path_buf());
            }
        }
        let fallback = self.cwd.join("contracts");
        if fallback.join("avtal.toml").is_file() {
            return Ok(fallback);
        }
        let m = crate::messages::of(self.languages().before_settings());
        Err(Error::input_with_hint(
            m.no_register(),
            m.no_register_hint(),
        ))
    }

    /// `--lang` and `LANG`: what chooses the language besides the register's `avtal.toml`.
    pub fn languages(&self) -> LanguageChoice {
        LanguageChoice {
            flag: self.lang,
            env: self.env_lang,
        }
    }

    /// The language of the shell's own error lines: that of the register when its `avtal.toml`
    /// reads, else `--lang`, `LANG`, Swedish. Read again only when an error is reported.
    pub fn report_language(&self) -> Language {
        let choice = self.languages();
        match self
            .register_dir()
            .and_then(|dir| crate::load::load_settings(&dir, choice))
        {
            Ok(settings) => choice.of(&settings),
            Err(_) => choice.before_settings(),
        }
    }

    /// Finds and loads the register, validating everything.
    pub fn load(&self) -> Result<Register, Error> {
        crate::load::load_register(&self.register_dir()?, self.languages())
    }

    /// Loads the register as [`Context::load`] does, each contract's KPI rows only while
    /// `visit` looks at it (see [`crate::load::load_register_visiting`]).
    pub fn load_visiting<P: Sync, R: Send>(
        &self,
        prepare: impl Fn(&Register) -> P + Sync,
        visit: impl Fn(&P, &Settings, &Contract) -> R + Sync,
    ) -> Result<(Register, Vec<R>), Error> {
        crate::load::load_register_visiting(&self.register_dir()?, self.languages(), prepare, visit)
    }

    /// Loads what a command about the contract `key` needs (SPEC §10): `avtal.toml`, that folder
    /// and the index series, validated; the whole register when `key` names no contract.
    pub fn load_one(&self, key: &str) -> Result<Register, Error> {
        crate::load::load_one_register(&self.register_dir()?, key, self.languages())
    }

    /// Loads the contract `key` in full and the priority facts of the others (SPEC §10).
    pub fn load_priority_facts(&self, key: &str) -> Result<Register, Error> {
        crate::load::load_priority_facts(&self.register_dir()?, key, self.languages())
    }

    /// Loads every contract's `contract.toml` and `spend/`, for `spend` (SPEC §10).
    pub fn load_facts(&self) -> Result<Register, Error> {
        crate::load::load_facts(&self.register_dir()?, self.languages())
    }

    /// The language of a command that reads no register (`init`, `man`): `--lang`, else `LANG`
    /// starting with `en`, else Swedish (SPEC §16).
    pub fn ambient_language(&self) -> Language {
        self.lang.or(self.env_lang).unwrap_or(Language::Sv)
    }

    /// The language of documents (SPEC §16): `--lang`, else `language` in `avtal.toml`, else
    /// English when `LANG` starts with `en`, else Swedish.
    pub fn language(&self, settings: &Settings) -> Language {
        self.languages().of(settings)
    }

    /// Writes command output to `output` (atomically) or to stdout.
    pub fn emit(&self, output: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
        match output {
            Some(path) if path != Path::new("-") => {
                let path = if path.is_absolute() {
                    path.to_path_buf()
                } else {
                    self.cwd.join(path)
                };
                atomic_write(&path, bytes)
            }
            _ => {
                let mut stdout = std::io::stdout().lock();
                stdout
                    .write_all(bytes)
                    .and_then(|_| stdout.flush())
                    .map_err(Error::Output)
            }
        }
    }

    /// The width a table for people must fit, or `None` to print it at its natural width
    /// (`--wide`, `-o FILE`, or standard output not a terminal without `COLUMNS`): `COLUMNS` when
    /// set, else the terminal's width, else 120. Pipes and files stay byte-identical to before.
    pub fn table_width(&self, wide: bool, output: Option<&Path>) -> Option<usize> {
        let to_file = output.is_some_and(|p| p != Path::new("-"));
        if wide || to_file {
            return None;
        }
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0);
        if columns.is_some() {
            return columns;
        }
        if !std::io::stdout().is_terminal() {
            return None;
        }
        Some(
            terminal_size::terminal_size()
                .map(|(width, _)| usize::from(width.0))
                .unwrap_or(120),
        )
    }

    /// Refuses to write binary output to a terminal or pipe when no `-o FILE` was given.
    pub fn require_output<'a>(
        &self,
        output: Option<&'a Path>,
        what: &str,
    ) -> Result<&'a Path, Error> {
        output
            .filter(|p| *p != Path::new("-"))
            .ok_or_else(|| Error::NeedsOutput {
                what: what.to_string(),
            })
    }
}
