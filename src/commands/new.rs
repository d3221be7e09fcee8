//! `avtal new KEY`: create a contract folder from a commented template.

use super::shared::templates::{ContractTemplate, contract_template};
use crate::commands::shared::kind_arg::KindArg;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::load::{is_valid_key, parse_contract};
use chrono::NaiveDate;
use clap::Args;

/// Arguments of `avtal new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Key of the new contract: its folder name, [a-z0-9][a-z0-9._-]*
    pub key: String,
    /// The contract's title
    #[arg(long)]
    pub title: String,
    /// The supplier's name; repeat it for a framework with several suppliers, in ranking order
    #[arg(long, required = true, value_name = "NAME")]
    pub supplier: Vec<String>,
    /// First day of the contract
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::context::args::parse_date_arg)]
    pub start: NaiveDate,
    /// Last day of the initial term
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::context::args::parse_date_arg)]
    pub end: NaiveDate,
    /// Kind of agreement
    #[arg(long, value_enum, default_value_t = KindArg::Contract)]
    pub kind: KindArg,
    /// A framework agreement (same as --kind framework)
    #[arg(long, conflicts_with = "kind")]
    pub framework: bool,
    /// The contract controller (avtalscontroller)
    #[arg(long)]
    pub controller: Option<String>,
}

/// Runs `avtal new`.
pub fn run(context: &Context, args: &NewArgs) -> Result<Status, Error> {
    let register = context.register_dir()?;
    // Only the settings: a broken contract elsewhere must not stop a new one.
    let settings = crate::load::load_settings(&register, context.languages())?;
    let m = crate::messages::of(context.language(&settings));
    // `spend` and `index` are the register's own folders: a contract there breaks every command.
    if crate::load::RESERVED_FOLDERS.contains(&args.key.as_str()) {
        return Err(Error::input_with_hint(
            m.reserved_folder(&args.key),
            m.reserved_folder_hint(),
        ));
    }
    if !is_valid_key(&args.key) {
        return Err(Error::input_with_hint(
            m.invalid_key(&args.key),
            m.invalid_key_hint(),
        ));
    }
    use crate::load::bounds::{check_option_date, check_option_text};
    check_option_text("--title", &args.title, false)?;
    for supplier in &args.supplier {
        check_option_text("--supplier", supplier, false)?;
    }
    if let Some(controller) = &args.controller {
        check_option_text("--controller", controller, false)?;
    }
    check_option_date("--start", args.start)?;
    check_option_date("--end", args.end)?;
    if args.end < args.start {
        return Err(Error::input(m.end_before_start(args.end, args.start)));
    }
    // Under the register's lock from looking for the folder until the contract is written, like
    // every writer of a contract file (issue 31).
    let _lock =
        crate::store::contract::lock(&register, crate::commands::shared::import_run::LOCK_WAIT)?;
    let folder = register.join(&args.key);
    if folder.exists() {
        return Err(Error::input_with_hint(
            m.contract_exists(&args.key, &folder.display().to_string()),
            m.contract_exists_hint(),
        ));
    }
    let kind = if args.framework {
        crate::model::Kind::Framework
    } else {
        crate::model::Kind::from(args.kind)
    }
    .as_str();
    let template = ContractTemplate {
        title: &args.title,
        suppliers: &args.supplier,
        start: args.start,
        end: args.end,
        kind,
        controller: args.controller.as_deref(),
        ..ContractTemplate::default()
    };
    let text = contract_template(&template, m);
    // Never write a file the loader would reject.
    let file = format!("{}/contract.toml", args.key);
    // The file does not exist, so the errors name the options, not a file and line.
    if let Err(diagnostics) =
        parse_contract(&args.key, &file, &text, None, context.report_language())
    {
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        return Err(Error::input(m.new_contract_invalid(&messages.join("; "))));
    }
    crate::store::contract::create_folder(&register, &args.key)?;
    crate::store::contract::write(&register, &args.key, &text)?;
    context.emit(
        None,
        m.created_file(&folder.join("contract.toml").display().to_string())
            .as_bytes(),
    )?;
    Ok(Status::Success)
}
