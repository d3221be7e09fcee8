//! `log.csv` (SPEC §2.4): the follow-up journal.

use super::csv_rows::{Row, field_error, for_each_row, parse_decimal};
use crate::dates::parse_date;
use crate::diag::{Diagnostic, did_you_mean};
use crate::messages::prelude::*;
use crate::model::{ACK_MAX_DAYS, Language, LogEntry, LogType};
use std::collections::HashMap;

/// The header of `log.csv`.
pub const LOG_HEADER: [&str; 6] = ["date", "type", "ref", "due", "amount", "note"];

/// Parses `log.csv`; returns its entries in file order or every error, in `lang`.
pub fn parse_log_csv(
    file: &str,
    source: &str,
    lang: Language,
) -> Result<Vec<LogEntry>, Vec<Diagnostic>> {
    let m = crate::messages::of(lang);
    let mut diagnostics = Vec::new();
    // One entry per line, as for kpi.csv: the journals of a big register keep no growth slack.
    let mut entries = Vec::with_capacity(memchr::memchr_iter(b'\n', source.as_bytes()).count());
    // Rows whose `ref` must name a deviation; checked once the whole file is read (any order).
    let mut references: Vec<(String, Diagnostic)> = Vec::new();
    let mut deviations: HashMap<String, u32> = HashMap::new();
    let type_names = LogType::ALL.map(LogType::as_str);
    for_each_row(
        file,
        source,
        &LOG_HEADER,
        m,
        &mut diagnostics,
        |row, diagnostics| {
            let field = |i: usize| row.fields.get(i).unwrap_or("").trim();
            let error = |i: usize, message: String| field_error(file, source, row, i, message);
            let date = parse_date(field(0));
            if date.is_none() {
                diagnostics
                    .push(error(0, m.invalid_log_date(field(0))).with_hint(m.date_example_hint()));
            }
            let kind = LogType::parse(field(1));
            if kind.is_none() {
                let hint = match did_you_mean(field(1), &type_names) {
                    Some(name) => m.did_you_mean_name(name),
                    None => m.use_one_of_types(&type_names.join(", ")),
                };
                diagnostics.push(error(1, m.load_unknown_entry_type(field(1))).with_hint(hint));
            }
            let reference = Some(field(2).to_string()).filter(|r| !r.is_empty());
            let due = match field(3) {
                "" => None,
                text => {
                    let due = parse_date(text);
                    if due.is_none() {
                        diagnostics.push(
                            error(3, m.invalid_due_date(text)).with_hint(m.log_date_format_hint()),
                        );
                    }
                    due
                }
            };
            let amount = match field(4) {
                "" => None,
                text => {
                    let amount = parse_decimal(text);
                    match amount {
                        None => diagnostics.push(
                            error(4, m.log_amount_not_number(text)).with_hint(m.log_amount_hint()),
                        ),
                        // The one bound of every amount (issue 31): beyond it the change sum
                        // dropped the entry.
                        Some(value) if value.abs() > crate::money::MAX_AMOUNT_SEK => {
                            diagnostics.push(
                                error(4, m.amount_too_large(text))
                                    .with_hint(m.amount_too_large_hint()),
                            );
                        }
                        Some(_) => {}
                    }
                    amount
                }
            };
            if let Some(kind) = kind {
                check_kind_fields(
                    kind,
                    reference.as_deref(),
                    (field(3), field(4)),
                    row,
                    (file, source, m),
                    diagnostics,
                    &mut deviations,
                    &mut references,
                );
            }
            if kind == Some(LogType::Ack) {
                let note = row.fields.get(5).unwrap_or("").trim();
                let at = |i: usize, message: &str| {
                    field_error(file, source, row, i, message.to_string())
                };
                if reference.is_none() {
                    diagnostics.push(at(2, m.ack_needs_ref()).with_hint(m.ack_ref_hint()));
                }
                if field(3).is_empty() {
                    diagnostics.push(at(3, m.ack_needs_until()).with_hint(m.ack_until_hint()));
                }
                if note.is_empty() {
                    diagnostics.push(at(5, m.ack_needs_note()).with_hint(m.ack_note_hint()));
                }
                if let (Some(date), Some(until)) = (date, due)
                    && until > date + chrono::Duration::days(ACK_MAX_DAYS)
                {
                    let message = m.ack_too_long(date, until, ACK_MAX_DAYS);
                    diagnostics.push(at(3, &message).with_hint(m.ack_too_long_hint()));
                }
            }
            if let (Some(date), Some(kind)) = (date, kind) {
                entries.push(LogEntry {
                    date,
                    kind,
                    reference,
                    due,
                    amount,
                    note: row.fields.get(5).unwrap_or("").to_string(),
                    line: row.line,
                });
            }
        },
    );
    for (reference, diagnostic) in references {
        if !deviations.contains_key(&reference) {
            diagnostics.push(diagnostic);
        }
    }
    if diagnostics.is_empty() {
        Ok(entries)
    } else {
        Err(diagnostics)
    }
}

#[allow(clippy::too_many_arguments)]
fn check_kind_fields(
    kind: LogType,
    reference: Option<&str>,
    (due, amount): (&str, &str),
    row: &Row<'_, '_>,
    (file, source, m): (&str, &str, &dyn Messages),
    diagnostics: &mut Vec<Diagnostic>,
    deviations: &mut HashMap<String, u32>,
    references: &mut Vec<(String, Diagnostic)>,
) {
    let needs_ref = matches!(
        kind,
        LogType::Deviation | LogType::Action | LogType::Resolved | LogType::PriceAdjustment
    );
    let name = kind.as_str();
    match reference {
        None if needs_ref => {
            let d = field_error(file, source, row, 2, m.entry_needs_ref(name));
            diagnostics.push(d.with_hint(m.deviation_ref_hint()));
        }
        Some(reference) if kind == LogType::Deviation => {
            if let Some(first) = deviations.insert(reference.to_string(), row.line) {
                let message = m.deviation_registered_twice(reference, first);
                diagnostics
                    .push(field_error(file, source, row, 2, message).with_hint(m.own_ref_hint()));
            }
        }
        Some(reference) if matches!(kind, LogType::Action | LogType::Resolved) => {
            let message = m.deviation_not_registered(name, reference);
            let d = field_error(file, source, row, 2, message)
                .with_hint(m.register_deviation_first_hint());
            references.push((reference.to_string(), d));
        }
        Some(reference)
            if kind == LogType::PriceAdjustment
                && LogType::adjustment_date(reference).is_none() =>
        {
            let d = field_error(file, source, row, 2, m.adjustment_ref_not_a_date(reference));
            diagnostics.push(d.with_hint(m.adjustment_ref_hint()));
        }
        _ => {}
    }
    if kind == LogType::Action && due.is_empty() {
        let d = field_error(file, source, row, 3, m.load_action_needs_due());
        diagnostics.push(d.with_hint(m.action_due_hint()));
    }
    if kind == LogType::Change && amount.is_empty() {
        let d = field_error(file, source, row, 4, m.load_change_needs_amount());
        diagnostics.push(d.with_hint(m.load_change_amount_hint()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<String> {
        match parse_log_csv("a/log.csv", source, crate::model::Language::En) {
            Ok(_) => vec![],
            Err(d) => d
                .iter()
                .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn acknowledgements_need_a_key_an_until_date_and_a_reason() {
        let header = "date,type,ref,due,amount,note\n";
        let ok = "2026-01-10,ack,kpi-missing:nki/2026-Q3,2027-01-10,,Leverantören byter system\n";
        assert_eq!(messages(&format!("{header}{ok}")), Vec::<String>::new());
        let bad = "2026-01-10,ack,,,,\n2026-01-10,ack,escalation,2027-01-11,,Väntar\n";
        assert_eq!(
            messages(&format!("{header}{bad}")),
            [
                "2:16: an acknowledgement (ack) needs the finding's key in ref",
                "2:17: an acknowledgement (ack) needs an until-date in due",
                "2:19: an acknowledgement (ack) needs a reason in note",
                "3:27: the acknowledgement of 2026-01-10 holds until 2027-01-11, more than 365 days",
            ]
        );
    }

    #[test]
    fn parses_journal_in_any_order() {
        let source = "date,type,ref,due,amount,note\n2026-05-02,resolved,AV-1,,,Åtgärdat\n2026-03-01,deviation,AV-1,,,Sena leveranser\n2026-03-05,action,AV-1,2026-04-30,,Plan\n2026-06-01,sanction,,,25000,Vite\n";
        let entries = parse_log_csv("a/log.csv", source, crate::model::Language::En)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        assert_eq!(entries.len(), 4);
        assert_eq!(entries[3].amount, Some(25000.0));
        assert_eq!(
            entries[2].due.map(|d| d.to_string()).as_deref(),
            Some("2026-04-30")
        );
    }

    #[test]
    fn reports_bad_rows() {
        let source = "date,type,ref,due,amount,note\n2026-02-30,followup,,,,\n2026-03-01,folowup,,,,\n2026-03-02,action,AV-1,,,\n2026-03-03,deviation,AV-2,,,\n2026-03-04,deviation,AV-2,,,\n2026-03-05,sanction,,,12k,\n";
        assert_eq!(
            messages(source),
            [
                "2:1: invalid date `2026-02-30`",
                "3:12: unknown type `folowup`",
                "4:24: an `action` entry needs a `due` date",
                "6:22: deviation `AV-2` is already registered on line 5",
                "7:23: amount `12k` is not a number",
                "4:19: `action` refers to deviation `AV-1`, which is not registered",
            ]
        );
    }

    #[test]
    fn change_needs_a_numeric_amount() {
        let source = "date,type,ref,due,amount,note\n2026-03-01,change,,,,ÄTA\n2026-03-02,change,,,mycket,\n2026-03-03,change,ÄTA-2,,-40000.5,Minskning\n";
        assert_eq!(
            messages(source),
            [
                "2:21: a `change` entry needs an `amount`",
                "3:21: amount `mycket` is not a number",
            ]
        );
        let ok = "date,type,ref,due,amount,note\n2026-03-03,change,ÄTA-2,,-40000.5,Minskning\n";
        let entries = parse_log_csv("a/log.csv", ok, crate::model::Language::En)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        assert_eq!(entries[0].kind, LogType::Change);
        assert_eq!(entries[0].amount, Some(-40000.5));
    }
}
