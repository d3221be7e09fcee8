//! The message catalogue (SPEC §16): every sentence and label a person reads, once, with its
//! Swedish and English text side by side.
//!
//! Each area of the program has a file (`load.rs`, `import.rs`, `commands.rs`, `render.rs`,
//! `rules.rs`, `checks.rs`, `workbook.rs`, `templates.rs`) holding one `catalogue!` block: a trait whose
//! methods are the area's messages, each written once with both texts. The macro declares the
//! trait and implements it for [`Swedish`] and [`English`]. Arguments are typed parameters, not
//! `{placeholders}` filled at run time.
//!
//! Code asks for the catalogue of a language and calls the message:
//! `messages::of(lang).unknown_key(name)`, with `use crate::messages::prelude::*` in scope.
//!
//! # Adding a message
//!
//! Write it in the `catalogue!` block of its area, without `self`:
//!
//! ```text
//! /// Finding `followup-overdue`.
//! fn followup_overdue(date: &str) -> String {
//!     sv: format!("Uppföljning försenad – förföll {date}"),
//!     en: format!("Follow-up overdue – was due {date}"),
//! }
//! ```
//!
//! - `sv:` and `en:` are any expressions of the return type (a literal, `format!`, `match`, or a
//!   block `{ let …; format!(…) }`). A message missing one language matches no rule of the macro
//!   and does not compile.
//! - A label several areas use is a shared word of `words.rs` (`CONTRACT { sv: "Avtal", en:
//!   "Contract" }`), used as `Self::CONTRACT`. `Self` is the language, so a message that is only
//!   words is written once for both: `fn column_contract() -> &'static str { both:
//!   Self::CONTRACT }`. `both:` never holds a string literal. Another message of the same
//!   language is `Self.name(args)` (for example `Self.month_name(month)`).
//! - A new area is a new file with a `catalogue!` block, listed in `mod`, `Messages`, `prelude`
//!   and in `catalogue()` of the tests.
//!
//! The tests of this module read the source text the macros record and fail when a Swedish
//! text is the English one (a message left untranslated, unless listed in `SAME_IN_BOTH`), when
//! a Swedish text is defined twice (make it a word; only words whose English differs may share
//! their Swedish, with a comment in `words.rs`), and when a Swedish sentence is written outside
//! the catalogue.

mod macros;

mod checks;
mod commands;
mod import;
mod load;
mod render;
mod rules;
mod templates;
mod words;
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
