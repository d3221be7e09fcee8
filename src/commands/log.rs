//! `avtal log`: append one entry to a contract's follow-up journal (`KEY/log.csv`, SPEC §2.4).
//!
//! The entry is validated against the journal first; nothing is written when it is wrong. The
//! store ([`crate::store::log`]) then adds it, keeping every existing row byte for byte.

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::context::Context;
use crate::context::args::parse_date_arg;
use crate::diag::did_you_mean;
use crate::error::{Error, Status};
use crate::messages::prelude::*;
use crate::model::{Contract, LogType, Register};
pub use crate::store::log::NewEntry;
use chrono::NaiveDate;
use clap::Args;

/// Arguments of `avtal log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The contract's key (its folder name)
    pub key: String,
    /// start-meeting, followup, qualification-check, deviation, action, resolved, sanction,
    /// decision, note, change, price-adjustment or ack
    #[arg(value_name = "TYPE")]
    pub kind: String,
    /// Date of the entry [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
    /// Reference of the deviation (required for deviation, action and resolved); for
    /// price-adjustment the adjustment date, YYYY-MM-DD; for ack, the finding's key or code
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// When an action is due (required for action)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub due: Option<NaiveDate>,
    /// Last day an acknowledgement holds (required for ack; at most 365 days after its date)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub until: Option<NaiveDate>,
    /// Amount in SEK (sanction; required for change: the net change, negative for a reduction)
    #[arg(long, value_name = "SEK", allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// Free text
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Log a date after today, or outside the contract's term, anyway
    #[arg(long)]
    pub force: bool,
}

/// Runs `avtal log`.
pub fn run(context: &Context, args: &LogArgs) -> Result<Status, Error> {
    let register = context.load_one(&args.key)?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let entry = validate(&register, args, context.today, m)?;
    if let Some(contract) = register.contract(&args.key) {
        safeguards(contract, &entry, args.force, context.today, m)?;
    }
    let appended = crate::store::log::append(&register.root, &args.key, &entry, m)?;
    let summary = m.log_line_written(appended.line, &args.key, &appended.text);
    context.emit(None, summary.as_bytes())?;
    Ok(Status::Success)
}

/// Checks the entry against SPEC §2.4 and the contract's journal.
pub fn validate(
    register: &Register,
    args: &LogArgs,
    today: NaiveDate,
    m: &dyn Messages,
) -> Result<NewEntry, Error> {
    let contract = find_contract(register, &args.key, KeyHint::SeeKeys, m)?;
    let kind = LogType::parse(args.kind.trim()).ok_or_else(|| unknown_type(&args.kind, m))?;
    let reference = args
        .reference
        .as_deref()
        .map(str::trim)
        .unwrap_or("")
        .to_string();
    use crate::load::bounds::{check_option_date, check_option_text};
    check_option_text("--ref", &reference, false)?;
    check_option_text("--note", args.note.as_deref().unwrap_or(""), true)?;
    for (option, date) in [
        ("--date", args.date),
        ("--due", args.due),
        ("--until", args.until),
    ] {
        date.map_or(Ok(()), |date| check_option_date(option, date))?;
    }
    let needs_ref = matches!(
        kind,
        LogType::Deviation | LogType::Action | LogType::Resolved
    );
    if needs_ref && reference.is_empty() {
        return Err(Error::input_with_hint(
            m.entry_needs_reference(kind.as_str()),
            m.add_reference_hint(),
        ));
    }
    if kind == LogType::PriceAdjustment && LogType::adjustment_date(&reference).is_none() {
        let message = match reference.is_empty() {
            true => m.entry_needs_reference(kind.as_str()),
            false => m.adjustment_ref_not_a_date(&reference),
        };
        return Err(Error::input_with_hint(message, m.adjustment_ref_hint()));
    }
    let has_deviation = |r: &str| {
        contract
            .log
            .iter()
            .any(|e| e.kind == LogType::Deviation && e.reference.as_deref() == Some(r))
    };
    match kind {
        LogType::Deviation if has_deviation(&reference) => {
            return Err(Error::input_with_hint(
                m.deviation_reference_taken(&contract.key, &reference),
                m.choose_another_reference(&deviation_refs(contract)),
            ));
        }
        LogType::Action | LogType::Resolved if !has_deviation(&reference) => {
            return Err(Error::input_with_hint(
                m.no_deviation_to_attach(&contract.key, &reference, kind.as_str()),
                match deviation_refs(contract) {
                    refs if refs.is_empty() => {
                        m.register_deviation_first(&contract.key, &reference)
                    }
                    refs => m.deviations_of(&contract.key, &refs),
                },
            ));
        }
        _ => {}
    }
    if kind == LogType::Action && args.due.is_none() {
        return Err(Error::input_with_hint(
            m.action_needs_due(),
            m.add_due_hint(),
        ));
    }
    if kind != LogType::Action && args.due.is_some() {
        return Err(Error::input(m.due_only_for_action(kind.as_str())));
    }
    let date = args.date.unwrap_or(today);
    if kind == LogType::Ack {
        check_ack(&reference, args, date, m)?;
    } else if args.until.is_some() {
        return Err(Error::input(m.until_only_for_ack(kind.as_str())));
    }
    if kind == LogType::Change && args.amount.is_none() {
        return Err(Error::input_with_hint(
            m.change_needs_amount(),
            m.change_amount_hint(),
        ));
    }
    let amount = match args.amount.as_deref() {
        // Only a change may reduce the contract's value; a sanction is always claimed.
        Some(text) if kind == LogType::Change && text.trim().starts_with('-') => {
            parse_amount(&text.trim()[1..])
                .map(|digits| format!("-{digits}"))
                .ok_or_else(|| {
                    Error::input_with_hint(m.not_an_amount(text), m.negative_amount_hint())
                })?
        }
        Some(text) => parse_amount(text)
            .ok_or_else(|| Error::input_with_hint(m.not_an_amount(text), m.amount_hint()))?,
        None => String::new(),
    };
    // The bound the loader checks (issue 31): never write an entry the next load refuses.
    if let Some(text) = args.amount.as_deref()
        && amount
            .trim_start_matches('-')
            .parse::<f64>()
            .is_ok_and(|value| value > crate::money::MAX_AMOUNT_SEK)
    {
        return Err(Error::input_with_hint(
            m.amount_too_large(text),
            m.amount_too_large_hint(),
        ));
    }
    Ok(NewEntry {
        date,
        kind,
        reference,
        // An acknowledgement's until-date is stored in `due` (SPEC §2.4).
        due: args.due.or(args.until),
        amount,
        note: args.note.clone().unwrap_or_default(),
    })
}

/// SPEC §16: an action or resolution never precedes its deviation; a date after today or
/// outside the contract's term is a typing error unless `--force` says otherwise.
fn safeguards(
    contract: &Contract,
    entry: &NewEntry,
    force: bool,
    today: NaiveDate,
    m: &dyn Messages,
) -> Result<(), Error> {
    let key = &contract.key;
    let date = entry.date;
    if matches!(entry.kind, LogType::Action | LogType::Resolved) {
        let registered = contract
            .log
            .iter()
            .filter(|e| {
                e.kind == LogType::Deviation && e.reference.as_deref() == Some(&entry.reference)
            })
            .map(|e| e.date)
            .min();
        if let Some(registered) = registered.filter(|&d| date < d) {
            let (kind, reference) = (entry.kind.as_str(), &entry.reference);
            return Err(Error::input_with_hint(
                m.entry_before_deviation(kind, date, reference, registered),
                m.date_or_later_hint(registered),
            ));
        }
    }
    if force {
        return Ok(());
    }
    if date > today {
        return Err(Error::input_with_hint(
            m.date_after_today(date, today),
            m.date_after_today_hint(),
        ));
    }
    if !contract.is_active_on(date) {
        let (start, end) = (contract.start, contract.effective_end());
        return Err(Error::input_with_hint(
            m.not_in_force_on(key, date, start, end),
            m.not_in_force_hint(),
        ));
    }
    Ok(())
}

/// SPEC §22: an `ack` names a finding of the contract by its key or its code, holds until a day
/// at most 365 days after its date, and says why.
fn check_ack(
    reference: &str,
    args: &LogArgs,
    date: NaiveDate,
    m: &dyn Messages,
) -> Result<(), Error> {
    use crate::model::ACK_MAX_DAYS;
    use crate::rules::checks::{CODES, Code};
    if reference.is_empty() {
        return Err(Error::input_with_hint(
            m.log_ack_needs("--ref"),
            m.ack_ref_hint(),
        ));
    }
    let code = reference.split(':').next().unwrap_or("");
    match Code::parse(code) {
        None => {
            let ids: Vec<&str> = CODES.iter().map(|row| row.id).collect();
            return Err(Error::input_with_hint(
                m.unknown_check(code),
                m.check_codes_hint(&ids.join(", ")),
            ));
        }
        Some(Code::LouValuesOutdated) => {
            return Err(Error::input_with_hint(
                m.register_finding_not_acknowledged(code),
                m.turn_check_off_hint(code),
            ));
        }
        Some(_) => {}
    }
    let Some(until) = args.until else {
        return Err(Error::input_with_hint(
            m.log_ack_needs("--until"),
            m.ack_until_hint(),
        ));
    };
    if args
        .note
        .as_deref()
        .is_none_or(|note| note.trim().is_empty())
    {
        return Err(Error::input_with_hint(
            m.log_ack_needs("--note"),
            m.ack_note_hint(),
        ));
    }
    if until > date + chrono::Duration::days(ACK_MAX_DAYS) {
        return Err(Error::input_with_hint(
            m.ack_too_long(date, until, ACK_MAX_DAYS),
            m.ack_too_long_hint(),
        ));
    }
    Ok(())
}

fn unknown_type(text: &str, m: &dyn Messages) -> Error {
    let known: Vec<&str> = LogType::ALL.iter().map(|t| t.as_str()).collect();
    let hint = match did_you_mean(text.trim(), &known) {
        Some(close) => m.did_you_mean(close),
        None => m.entry_types_are(&known.join(", ")),
    };
    Error::input_with_hint(m.unknown_entry_type(text), hint)
}

fn deviation_refs(contract: &Contract) -> String {
    let mut refs: Vec<&str> = contract
        .log
        .iter()
        .filter(|e| e.kind == LogType::Deviation)
        .filter_map(|e| e.reference.as_deref())
        .collect();
    refs.sort_unstable();
    refs.dedup();
    refs.join(", ")
}

/// A non-negative amount: digits, optionally a `.` or `,` and decimals; spaces between
/// thousands and a trailing `kr`, `SEK` or `:-` are allowed. Returns the text to write (with `.` as decimal point).
pub fn parse_amount(text: &str) -> Option<String> {
    let trimmed = text.trim();
    // "15 000 kr", "15 000 SEK", "15 000:-": the currency is SEK anyway.
    let number = ["kr", "sek", ":-"]
        .iter()
        .find_map(|suffix| {
            let cut = trimmed.len().checked_sub(suffix.len())?;
            let tail = trimmed.get(cut..)?;
            tail.eq_ignore_ascii_case(suffix).then(|| &trimmed[..cut])
        })
        .unwrap_or(trimmed);
    let cleaned: String = number
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let (integer, fraction) = match cleaned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (cleaned.as_str(), None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(integer) && fraction.is_none_or(digits)).then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("25000").as_deref(), Some("25000"));
        assert_eq!(parse_amount("1 250,50").as_deref(), Some("1250.50"));
        assert_eq!(parse_amount("12.5").as_deref(), Some("12.5"));
        assert_eq!(parse_amount("15 000 kr").as_deref(), Some("15000"));
        assert_eq!(parse_amount("15 000 KR").as_deref(), Some("15000"));
        assert_eq!(parse_amount("1 250,50 SEK").as_deref(), Some("1250.50"));
        assert_eq!(parse_amount("12kr").as_deref(), Some("12"));
        assert_eq!(parse_amount("900:-").as_deref(), Some("900"));
        for bad in [
            "", "-5", "kr", "1.2.3", "abc", ".5", "5.", "5 kronor", "5 €", "İkr",
        ] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
    }
}
