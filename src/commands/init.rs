//! `avtal init [DIR]`: create a register with a commented avtal.toml and one example contract.

use super::shared::templates::{ContractTemplate, contract_template, settings_template};
use crate::context::Context;
use crate::dates::add_months;
use crate::error::{Error, Status};
use crate::fsutil::atomic_write;
use clap::Args;
use std::path::PathBuf;

/// Arguments of `avtal init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder of the new register (created if missing) [default: contracts]
    #[arg(default_value = "contracts")]
    pub dir: PathBuf,
    /// The organisation's name, written to avtal.toml
    #[arg(long, default_value = "Exempelstads kommun")]
    pub organisation: String,
}

/// The folder of the example contract of a new register.
const EXAMPLE_KEY: &str = "exempelavtal";

/// Runs `avtal init`.
pub fn run(context: &Context, args: &InitArgs) -> Result<Status, Error> {
    let dir = if args.dir.is_absolute() {
        args.dir.clone()
    } else {
        context.cwd.join(&args.dir)
    };
    let m = crate::messages::of(context.ambient_language());
    let settings_path = dir.join("avtal.toml");
    if settings_path.exists() {
        return Err(Error::input_with_hint(
            m.register_exists(&dir.display().to_string()),
            m.register_exists_hint(),
        ));
    }
    let example = dir.join(EXAMPLE_KEY);
    std::fs::create_dir_all(&example).map_err(|e| Error::io(&example, e))?;
    atomic_write(
        &settings_path,
        settings_template(&args.organisation, m).as_bytes(),
    )?;
    // The example starts today, so a new register has nothing overdue yet.
    let start = context.today;
    let end = add_months(start, 48).pred_opt().unwrap_or(start);
    let template = ContractTemplate {
        title: m.example_contract_title(),
        suppliers: &[m.example_supplier().to_string()],
        start,
        end,
        kind: "contract",
        controller: None,
        ..ContractTemplate::default()
    };
    let _lock = crate::store::contract::lock(&dir, crate::commands::shared::import_run::LOCK_WAIT)?;
    crate::store::contract::write(&dir, EXAMPLE_KEY, &contract_template(&template, m))?;
    let message = m.register_created(&args.dir.display().to_string());
    context.emit(None, message.as_bytes())?;
    Ok(Status::Success)
}
