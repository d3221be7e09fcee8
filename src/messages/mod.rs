//! The message catalogue (SPEC §16): every sentence and label a person reads, once per language.
//!
//! Each area of the program has a trait whose methods are its messages (`load.rs`, `import.rs`,
//! `commands.rs`, `render.rs`, `rules.rs`, `checks.rs`, `workbook.rs`, `templates.rs`); `sv/` and `en/` implement every
//! trait, so a message that exists in one language only does not compile. Arguments are typed parameters, not `{placeholders}`
//! filled at run time. The tests of this module read `sv/` and `en/` and fail when a Swedish text
//! is the English one (a message left untranslated) or when a Swedish sentence is written outside
//! the catalogue.
//!
//! Code asks for the catalogue of a language and calls the message:
//! `messages::of(lang).unknown_key(name)`, with `use crate::messages::prelude::*` in scope.

mod checks;
mod commands;
mod en;
mod import;
mod load;
mod render;
mod rules;
mod sv;
mod templates;
mod workbook;

pub use checks::Checks;
pub use commands::Commands;
pub use import::Import;
pub use load::Load;
pub use render::Render;
pub use rules::{LadderText, Rules};
pub use templates::{ContractLines, Templates};
pub use workbook::Workbook;

use crate::model::Language;

/// Every message of every area, in one language.
pub trait Messages:
    Load + Import + Commands + Render + Rules + Checks + Workbook + Templates + Sync
{
}

impl<T: Load + Import + Commands + Render + Rules + Checks + Workbook + Templates + Sync> Messages
    for T
{
}

/// The Swedish catalogue.
pub struct Swedish;

/// The English catalogue.
pub struct English;

/// The catalogue of `lang`.
pub fn of(lang: Language) -> &'static dyn Messages {
    match lang {
        Language::Sv => &Swedish,
        Language::En => &English,
    }
}

/// The area traits, for `use crate::messages::prelude::*` where messages are called.
pub mod prelude {
    pub use super::{
        Checks as _, Commands as _, Import as _, Load as _, Messages, Render as _, Rules as _,
        Templates as _, Workbook as _,
    };
}

#[cfg(test)]
mod tests;
