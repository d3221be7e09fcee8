//! `avtal price KEY [--claim PERCENT [--date D]]` (SPEC §13): what the index clause allows at
//! each adjustment date, and whether a supplier's claimed increase is within it.

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::context::Context;
use crate::context::args::parse_date_arg;
use crate::error::{Error, Status};
use crate::i18n;
use crate::import::value::{ValueText, parse_value_text};
use crate::messages::Messages;
use crate::model::{Contract, Language, PriceAdjustment};
use crate::render::{self, price as view};
use crate::rules::price::{Adjustment, ClaimVerdict, adjustments, judge_claim, round_to};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde_json::json;
use std::path::PathBuf;

/// Arguments of `avtal price`.
#[derive(Debug, Args)]
pub struct PriceArgs {
    /// The contract's key
    pub key: String,
    /// The supplier's claimed increase in percent (`3.2`, `3,2`, `-1`): exit 0 when within the
    /// index, 1 when too high
    #[arg(long, value_name = "PERCENT", allow_hyphen_values = true)]
    pub claim: Option<String>,
    /// The day the claim is for: the latest adjustment date on or before it [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg, requires = "claim")]
    pub date: Option<NaiveDate>,
    /// Output format
    #[arg(long, value_enum, default_value_t = PriceFormat::Table)]
    pub format: PriceFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal price`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PriceFormat {
    /// The adjustments with the formula and its numbers, for the minutes
    Table,
    /// The object of SPEC §13
    Json,
}

/// Parses `--claim`: a number with `.` or `,` and an optional `%`. Parsed after the register is
/// read, not by clap, so that the error is in the register's language.
fn parse_percent(text: &str, m: &dyn Messages) -> Result<f64, Error> {
    match parse_value_text(text) {
        Some(ValueText::Number(value)) if value.is_finite() => Ok(value),
        _ => Err(Error::input(m.not_a_percentage(text))),
    }
}

/// Runs `avtal price`.
pub fn run(context: &Context, args: &PriceArgs) -> Result<Status, Error> {
    // Only this contract and the series are read (SPEC §10); the whole register only to suggest
    // a key when there is no such contract.
    let Some((settings, contract)) =
        crate::load::load_one(&context.register_dir()?, &args.key, context.languages())?
    else {
        let register = context.load()?;
        let lang = context.language(&register.settings);
        let m = crate::messages::of(lang);
        find_contract(&register, &args.key, KeyHint::ListEveryContract, m)?;
        return Err(Error::input(m.no_contract(&args.key)));
    };
    let contract = &contract;
    let lang = context.language(&settings);
    let m = crate::messages::of(lang);
    let Some(clause) = &contract.price_adjustment else {
        return Err(Error::input_with_hint(
            m.no_index_clause(&contract.key),
            m.add_index_clause_hint(&contract.file()),
        ));
    };
    let list = adjustments(contract);
    let claimed = args
        .claim
        .as_deref()
        .map(|text| parse_percent(text, m))
        .transpose()?;
    let claim = match claimed {
        Some(claimed) => Some(claim(
            &list,
            claimed,
            args.date.unwrap_or(context.today),
            clause,
            lang,
        )?),
        None => None,
    };
    let out = match args.format {
        PriceFormat::Json => {
            let mut value = view::json(contract, clause, &list);
            if let (Some(claim), Some(object)) = (&claim, value.as_object_mut()) {
                object.insert("claim".to_string(), claim.json());
            }
            render::json(&value)?
        }
        PriceFormat::Table => {
            let mut text = table(contract, clause, &list, lang, context.color);
            if let Some(claim) = &claim {
                text.push('\n');
                text.push_str(&claim.text);
                text.push('\n');
            }
            crate::sanitize::terminal(text, context.color)
        }
    };
    context.emit(args.output.as_deref(), &out)?;
    Ok(match claim {
        Some(claim) if !claim.within => Status::Problems,
        _ => Status::Success,
    })
}

/// A judged claim: the sentence for the table, the values for JSON.
struct Claim {
    date: NaiveDate,
    claimed: f64,
    allowed: f64,
    within: bool,
    text: String,
}

impl Claim {
    fn json(&self) -> serde_json::Value {
        json!({
            "date": self.date.to_string(),
            "claimed": self.claimed,
            "allowed": round_to(self.allowed, view::PERCENT_DECIMALS),
            "within": self.within,
            "excess": round_to((self.claimed - self.allowed).max(0.0), view::PERCENT_DECIMALS),
        })
    }
}

fn claim(
    list: &[Adjustment],
    claimed: f64,
    on: NaiveDate,
    clause: &PriceAdjustment,
    lang: Language,
) -> Result<Claim, Error> {
    let m = crate::messages::of(lang);
    let claimed_text = format!("{}\u{a0}%", i18n::value(claimed, lang));
    match judge_claim(list, claimed, on) {
        ClaimVerdict::NoDate => {
            let first = list.first().map_or("–".to_string(), |a| a.date.to_string());
            Err(Error::input_with_hint(
                m.no_adjustment_date(on, &first),
                m.claim_date_hint(),
            ))
        }
        ClaimVerdict::Missing { adjustment } => {
            let months: Vec<String> = list
                .iter()
                .take_while(|a| a.date <= adjustment.date)
                .flat_map(|a| a.missing.iter().map(|m| m.to_string()))
                .collect();
            Err(Error::input_with_hint(
                m.claim_unverifiable(adjustment.date, &clause.index, &months.join(", ")),
                m.import_series_hint(&clause.index),
            ))
        }
        ClaimVerdict::Within {
            adjustment,
            allowed,
        } => {
            let allowed_text = view::percent(allowed, lang);
            let text = m.claim_within(&claimed_text, adjustment.date, &allowed_text);
            Ok(Claim {
                date: adjustment.date,
                claimed,
                allowed,
                within: true,
                text,
            })
        }
        ClaimVerdict::TooHigh {
            adjustment,
            allowed,
            excess,
        } => {
            let allowed_text = view::percent(allowed, lang);
            let points = i18n::number(excess, 2, lang);
            let text = m.claim_too_high(&claimed_text, adjustment.date, &points, &allowed_text);
            Ok(Claim {
                date: adjustment.date,
                claimed,
                allowed,
                within: false,
                text,
            })
        }
    }
}

/// The heading, the clause, the table and the formula of every date.
fn table(
    contract: &Contract,
    clause: &PriceAdjustment,
    list: &[Adjustment],
    lang: Language,
    color: bool,
) -> String {
    let m = crate::messages::of(lang);
    let mut out = format!(
        "{} – {}: {} ({})\n{}\n{}\n\n",
        m.price_adjustment_heading(),
        contract.key,
        contract.title,
        contract.supplier().name,
        view::clause_line(clause, lang),
        view::rule_line(lang),
    );
    if list.is_empty() {
        out.push_str(m.no_adjustment_dates());
        return out;
    }
    out.push_str(&render::table::render(
        &view::table_headers(lang),
        view::table_rows(list, lang),
        color,
    ));
    out.push_str(m.calculation_heading());
    for adjustment in list {
        out.push_str("  ");
        out.push_str(&view::formula_line(clause, adjustment, lang));
        out.push('\n');
    }
    out
}
