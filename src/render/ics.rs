//! The plan as an iCalendar file (RFC 5545), written by hand so every byte is deterministic.
//!
//! One all-day event per plan item. The UID is built from the contract key, the kind and the
//! item's sequence number (`skoladmin-followup-3@avtal`), never from the date, so importing a
//! regenerated plan after a date moved updates the event instead of duplicating it.

use crate::messages;
use crate::model::{Language, Register};
use crate::rules::plan::PlanItem;
use crate::rules::schedule::kraljic_focus;
use chrono::{Days, NaiveDate};

/// Longest line in octets before folding (RFC 5545 §3.1), excluding the CRLF.
const MAX_LINE_OCTETS: usize = 75;

/// Renders `items` as a calendar. `today` becomes every event's DTSTAMP so that the same
/// register, `--today` and flags give the same bytes; `name` is the calendar's display name.
pub fn render(
    register: &Register,
    items: &[PlanItem],
    name: &str,
    today: NaiveDate,
    lang: Language,
) -> String {
    let mut out = String::new();
    let stamp = format!("{}T000000Z", today.format("%Y%m%d"));
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        &format!("PRODID:-//avtal//plan//{}", lang.code().to_uppercase()),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for item in items {
        let Some(contract) = register.contract(&item.key) else {
            continue;
        };
        let summary = format!(
            "{}: {} ({})",
            item.kind.label(lang),
            contract.title,
            crate::render::facts::supplier_short(contract)
        );
        let controller = contract.roles.controller.as_deref().unwrap_or("–");
        let focus = if item.kind.is_meeting() {
            kraljic_focus(contract.kraljic, lang)
        } else {
            "–"
        };
        let description =
            messages::of(lang).ics_description(&item.key, item.group, focus, controller);
        // All-day events end the next day (DTEND is exclusive).
        let next_day = item
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(item.date);
        line(&mut out, "BEGIN:VEVENT");
        line(
            &mut out,
            &format!("UID:{}-{}-{}@avtal", item.key, item.kind.as_str(), item.seq),
        );
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", item.date.format("%Y%m%d")),
        );
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
        );
        line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        line(
            &mut out,
            &format!("CATEGORIES:{}", escape(item.kind.label(lang))),
        );
        line(&mut out, "TRANSP:TRANSPARENT");
        if item.kind.needs_reminders() {
            for days in REMINDER_DAYS {
                alarm(&mut out, days, &summary, lang);
            }
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// Days before an option deadline or a new procurement that a calendar reminds (SPEC §16).
const REMINDER_DAYS: [u32; 2] = [30, 7];

/// A display reminder `days` before the (all-day) event starts.
fn alarm(out: &mut String, days: u32, summary: &str, lang: Language) {
    let when = messages::of(lang).ics_reminder(days, summary);
    line(out, "BEGIN:VALARM");
    line(out, "ACTION:DISPLAY");
    line(out, &format!("TRIGGER:-P{days}D"));
    line(out, &format!("DESCRIPTION:{}", escape(&when)));
    line(out, "END:VALARM");
}

/// Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // RFC 5545 forbids control characters in TEXT; newlines are escaped below.
    for ch in text
        .chars()
        .filter(|&c| c == '\n' || !crate::sanitize::is_control(c))
    {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // Control characters are dropped from calendars (docs/reference.md §9).
            c if c.is_control() => {}
            _ => out.push(ch),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a UTF-8 character, with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for ch in content.chars() {
        let octets = ch.len_utf8();
        if width + octets > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            // The leading space of a continuation line counts towards its 75 octets.
            width = 1;
        }
        out.push(ch);
        width += octets;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Settings;
    use crate::model::test_support::{contract, d};
    use crate::rules::schedule::DueKind;
    use std::path::PathBuf;

    fn register() -> Register {
        let mut c = contract("skoladmin", "2024-03-01", "2028-02-29");
        c.title = "Skoladministrativt system".into();
        c.suppliers[0].name = "Edu AB".into();
        c.roles.controller = Some("Anna Berg".into());
        c.kraljic = Some(crate::model::Kraljic::Strategic);
        Register {
            root: PathBuf::from("."),
            settings: Settings::default(),
            contracts: vec![c],
            spend: Default::default(),
        }
    }

    fn item(kind: DueKind, date: &str, seq: usize) -> PlanItem {
        PlanItem {
            key: "skoladmin".into(),
            date: d(date),
            kind,
            group: 1,
            seq,
            status: crate::rules::status::ItemStatus::Upcoming,
        }
    }

    #[test]
    fn events_are_all_day_with_stable_uids() {
        let items = [item(DueKind::Followup, "2027-12-31", 7)];
        let text = render(&register(), &items, "Plan", d("2026-11-22"), Language::Sv);
        assert!(text.contains("UID:skoladmin-followup-7@avtal\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20271231\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20280101\r\n"));
        assert!(text.contains("DTSTAMP:20261122T000000Z\r\n"));
        assert!(text.contains("SUMMARY:Uppföljningsmöte: Skoladministrativt system (Edu AB)\r\n"));
        // Long lines are folded; unfolded, the description is whole.
        assert!(
            text.replace("\r\n ", "")
                .contains("Fokus: affärsutveckling och samarbete\\nController: Anna Berg\r\n")
        );
        // Every line ends with CRLF and no bare LF exists.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        // Moving the date keeps the UID.
        let moved = [item(DueKind::Followup, "2027-11-30", 7)];
        let again = render(&register(), &moved, "Plan", d("2026-11-22"), Language::Sv);
        assert!(again.contains("UID:skoladmin-followup-7@avtal\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("a\u{7}b\r\u{1b}c\u{9c}"), "abc");
    }

    #[test]
    fn long_lines_fold_at_75_octets_on_character_boundaries() {
        let mut out = String::new();
        let content = format!("SUMMARY:{}", "åäö".repeat(40));
        line(&mut out, &content);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        // Unfolding (remove CRLF + space) gives the content back.
        assert_eq!(out.replace("\r\n ", "").trim_end_matches("\r\n"), content);
    }
}
