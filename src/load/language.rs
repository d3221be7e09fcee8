//! Which language the loader writes its diagnostics in (SPEC §16). The choice is known in part
//! before `avtal.toml` is read (`--lang`, `LANG`) and completed by its `language`.

use crate::model::{Language, Settings};

/// The language sources other than the register: `--lang` and the environment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LanguageChoice {
    /// `--lang`, overriding the register's `language`.
    pub flag: Option<Language>,
    /// English when `LANG` starts with `en`, for registers whose `avtal.toml` names no language.
    pub env: Option<Language>,
}

impl LanguageChoice {
    /// Always `lang`, whatever the register says (tests and tools with a known language).
    pub fn fixed(lang: Language) -> LanguageChoice {
        LanguageChoice {
            flag: Some(lang),
            env: None,
        }
    }

    /// The language before `avtal.toml` is read, and for errors in it: `--lang`, else `LANG`,
    /// else Swedish.
    pub fn before_settings(&self) -> Language {
        self.flag.or(self.env).unwrap_or(Language::Sv)
    }

    /// The language of a register with `settings`: `--lang`, else its `language`, else `LANG`,
    /// else Swedish.
    pub fn of(&self, settings: &Settings) -> Language {
        let written = settings.language_set.then_some(settings.language);
        self.flag
            .or(written)
            .or(self.env)
            .unwrap_or(settings.language)
    }
}
