//! One module per subcommand; [`run`] dispatches.

pub mod check;
pub mod completions;
pub mod contracts;
pub mod controller;
pub mod digest;
pub mod escalation;
pub mod export;
pub mod index;
pub mod init;
pub mod kpi;
pub mod list;
pub mod log;
pub mod man;
pub mod new;
pub mod plan;
pub mod price;
pub mod priority;
pub mod report;
pub mod schema;
pub mod show;
pub mod site;
pub mod spend;
mod templates;

use crate::cli::Command;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::model::Language;

/// The language of a command that reads no register (`init`, `man`): `--lang`, else `LANG`
/// starting with `en`, else Swedish (SPEC §16).
fn ambient_language(context: &Context) -> Language {
    context.lang.or(context.env_lang).unwrap_or(Language::Sv)
}

/// Runs one subcommand.
pub fn run(context: &Context, command: &Command) -> Result<Status, Error> {
    match command {
        Command::Init(args) => init::run(context, args),
        Command::New(args) => new::run(context, args),
        Command::List(args) => list::run(context, args),
        Command::Show(args) => show::run(context, args),
        Command::Check(args) => check::run(context, args),
        Command::Priority(args) => priority::run(context, args),
        Command::Plan(args) => plan::run(context, args),
        Command::Price(args) => price::run(context, args),
        Command::Escalation(args) => escalation::run(context, args),
        Command::Digest(args) => digest::run(context, args),
        Command::Log(args) => log::run(context, args),
        Command::Kpi(command) => kpi::run(context, command),
        Command::Index(command) => index::run(context, command),
        Command::Contracts(command) => contracts::run(context, command),
        Command::Report(args) => report::run(context, args),
        Command::Export(command) => export::run(context, command),
        Command::Completions(args) => completions::run(context, args),
        Command::Man(args) => man::run(context, args),
        Command::Schema(args) => schema::run(context, args),
        Command::Site(args) => site::run(context, args),
        Command::Spend(args) => spend::run(context, args),
    }
}
