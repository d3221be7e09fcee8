//! The per-controller digest as text, Markdown and RFC 5322 e-mail messages (SPEC §16).
//!
//! The messages are written by hand so every byte is deterministic: the Date is today at
//! 06:00 UTC and the Message-ID is built from today and the controller, so a re-run on the same
//! day gives the same file and a mail client can tell a resent digest from a new one.

use crate::messages;
use crate::model::Language;
use crate::rules::digest::{Digest, DigestItem, Section, What};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;

/// Everything a digest's heading needs besides the digest.
pub struct Heading<'a> {
    pub today: NaiveDate,
    pub until: NaiveDate,
    pub days: u64,
    pub organisation: Option<&'a str>,
    pub lang: Language,
}

/// Register and supplier text in a digest: control characters become spaces.
fn visible(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// "Avtalsuppföljning för Anna Berg": the subject line and the first line of the text.
pub fn subject(digest: &Digest, heading: &Heading) -> String {
    let name = visible(&digest.controller);
    let overdue = digest.overdue();
    let coming = digest.items.len() - overdue;
    let days = heading.days;
    messages::of(heading.lang).digest_subject(&name, overdue, coming, days)
}

fn section_title(section: Section, lang: Language) -> &'static str {
    match section {
        Section::Meetings => messages::of(lang).digest_meetings_to_book(),
        Section::Options => messages::of(lang).digest_option_deadlines(),
        Section::Kpis => messages::of(lang).digest_kpis_to_ask_for(),
        Section::Actions => messages::of(lang).digest_actions_due(),
        Section::Other => messages::of(lang).digest_other_section(),
    }
}

/// What the item is, after the contract: "Uppföljningsmöte", "Leveransprecision 2026-09, …".
fn describe(item: &DigestItem, lang: Language) -> String {
    match &item.what {
        What::Due(kind) => kind.label(lang).to_string(),
        What::Kpi {
            name,
            periods,
            contact,
        } => {
            let periods: Vec<String> = periods.iter().map(|p| p.to_string()).collect();
            let mut text = format!("{} {}", visible(name), periods.join(", "));
            match contact {
                Some(email) => text.push_str(&format!(
                    " — {} {}",
                    messages::of(lang).digest_ask(),
                    visible(email)
                )),
                None => text.push_str(messages::of(lang).digest_no_supplier_email()),
            }
            text
        }
        What::Action { reference, note } => {
            let mut text = messages::of(lang).digest_action_for_deviation(&visible(reference));
            if !note.trim().is_empty() {
                text.push_str(&format!(": {}", visible(note.trim())));
            }
            text
        }
        // The rule wrote the finding in both languages.
        What::Notice { sv, en } => match lang {
            Language::Sv => sv.clone(),
            Language::En => en.clone(),
        },
        What::Ending => messages::of(lang).digest_new_procurement_note().to_string(),
        What::Escalation(step) => messages::of(lang).digest_escalation_step(*step, &item.key),
    }
}

/// The mark ("FÖRSENAD", "senast" or nothing) and date ("–" when undated) of an item.
fn mark_and_date(item: &DigestItem, lang: Language) -> (&'static str, String) {
    let mark = match (item.overdue, item.date) {
        (true, _) => messages::of(lang).digest_overdue(),
        (false, Some(_)) => messages::of(lang).digest_due_by(),
        (false, None) => "",
    };
    let date = item
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "–".to_string());
    (mark, date)
}

/// "FÖRSENAD 2026-11-01  skoladmin — Skoladministrativt system: Uppföljningsmöte".
fn line(item: &DigestItem, lang: Language) -> String {
    let (mark, date) = mark_and_date(item, lang);
    format!(
        "{mark:<8} {date:<10}  {} — {}: {}",
        item.key,
        visible(&item.title),
        describe(item, lang)
    )
}

/// "**FÖRSENAD** 2026-11-01 · `skoladmin` — Skoladministrativt system: Uppföljningsmöte".
fn md_line(item: &DigestItem, lang: Language) -> String {
    let (mark, date) = mark_and_date(item, lang);
    let mark = if mark.is_empty() {
        String::new()
    } else {
        format!("**{mark}** ")
    };
    format!(
        "{mark}{date} · `{}` — {}: {}",
        item.key,
        md_escape(&visible(&item.title)),
        md_escape(&describe(item, lang))
    )
}

fn intro(digest: &Digest, heading: &Heading) -> String {
    let name = visible(&digest.controller);
    let org = heading
        .organisation
        .map(|o| format!(" ({})", visible(o)))
        .unwrap_or_default();
    messages::of(heading.lang).digest_intro(&name, &org, heading.today, heading.until, heading.days)
}

fn outro(lang: Language) -> &'static str {
    messages::of(lang).digest_closing_hint()
}

/// One controller's digest as plain text.
pub fn text(digest: &Digest, heading: &Heading) -> String {
    let mut out = format!(
        "{}\n\n{}\n",
        subject(digest, heading),
        intro(digest, heading)
    );
    for (section, items) in sections(digest) {
        out.push('\n');
        out.push_str(section_title(section, heading.lang));
        out.push('\n');
        for item in items {
            out.push_str("  ");
            out.push_str(&line(item, heading.lang));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(outro(heading.lang));
    out.push('\n');
    out
}

/// Markdown special characters in register text are escaped so a title cannot format the page
/// (every escaped line starts after a list marker or heading, so `#`, `-` and `+` are inert).
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One controller's digest as Markdown.
pub fn markdown(digest: &Digest, heading: &Heading) -> String {
    let mut out = format!(
        "# {}\n\n{}\n",
        md_escape(&subject(digest, heading)),
        md_escape(&intro(digest, heading))
    );
    for (section, items) in sections(digest) {
        out.push_str(&format!(
            "\n## {}\n\n",
            section_title(section, heading.lang)
        ));
        for item in items {
            out.push_str(&format!("- {}\n", md_line(item, heading.lang)));
        }
    }
    out.push_str(&format!("\n{}\n", outro(heading.lang)));
    out
}

/// Every digest, one after the other (text or Markdown), or a line saying there is nothing.
pub fn all(digests: &[Digest], heading: &Heading, markdown_format: bool) -> String {
    if digests.is_empty() {
        return messages::of(heading.lang).digest_nothing_due(heading.days);
    }
    let parts: Vec<String> = digests
        .iter()
        .map(|d| {
            if markdown_format {
                markdown(d, heading)
            } else {
                text(d, heading)
            }
        })
        .collect();
    parts.join(if markdown_format { "\n---\n\n" } else { "\n\n" })
}

fn sections(digest: &Digest) -> Vec<(Section, Vec<&DigestItem>)> {
    let mut out: Vec<(Section, Vec<&DigestItem>)> = Vec::new();
    for item in &digest.items {
        match out.last_mut() {
            Some((section, list)) if *section == item.section => list.push(item),
            _ => out.push((item.section, vec![item])),
        }
    }
    out
}

/// A file name for the controller: "Åsa Öberg" → "asa-oberg". Never empty.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "controller".to_string()
    } else {
        out
    }
}

/// An address avtal may put in a header: one `@`, no spaces, controls or characters that would
/// end the address or start another header. Anything else is left out rather than mangled.
fn safe_address(address: &str) -> Option<&str> {
    let address = address.trim();
    let ok = address.matches('@').count() == 1
        && !address.starts_with('@')
        && !address.ends_with('@')
        && address.len() <= 254
        && address
            .chars()
            .all(|c| c.is_ascii_graphic() && !"<>()[]\\,;:\"".contains(c));
    ok.then_some(address)
}

/// An RFC 2047 encoded word sequence for a header value when it is not plain ASCII; each word
/// holds whole characters and stays within 75 octets.
fn encode_header(text: &str) -> String {
    if text.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
        return text.to_string();
    }
    // 75 - len("=?UTF-8?B?") - len("?=") = 63 base64 characters → at most 45 bytes of text.
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars().filter(|c| !c.is_control()) {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(format!("=?UTF-8?B?{}?=", STANDARD.encode(&chunk)));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", STANDARD.encode(&chunk)));
    }
    // Folding white space between encoded words is ignored by readers (RFC 2047 §6.2).
    words.join("\r\n ")
}

/// A mailbox `Name <address>` with the name quoted or encoded as needed.
fn mailbox(name: &str, address: &str) -> String {
    let name = visible(name);
    let name = name.trim();
    if name.is_ascii() {
        let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{quoted}\" <{address}>")
    } else {
        format!("{} <{address}>", encode_header(name))
    }
}

/// One RFC 5322 message for `digest`, from `from` (an address), with CRLF line ends.
pub fn eml(digest: &Digest, heading: &Heading, from: &str) -> String {
    let slug = slug(&digest.controller);
    let date = heading.today.format("%a, %d %b %Y 06:00:00 +0000");
    let mut headers = vec![
        format!("Date: {date}"),
        format!("From: {}", mailbox("avtal", from)),
    ];
    if let Some(to) = digest.email.as_deref().and_then(safe_address) {
        headers.push(format!("To: {}", mailbox(&digest.controller, to)));
    }
    headers.push(format!(
        "Subject: {}",
        encode_header(&subject(digest, heading))
    ));
    headers.push(format!(
        "Message-ID: <digest.{}.{slug}@avtal.invalid>",
        heading.today.format("%Y%m%d")
    ));
    headers.push("MIME-Version: 1.0".to_string());
    headers.push("Content-Type: text/plain; charset=utf-8".to_string());
    headers.push("Content-Transfer-Encoding: base64".to_string());
    // RFC 3834: an automatic message; vacation responders stay quiet.
    headers.push("Auto-Submitted: auto-generated".to_string());
    let body = STANDARD.encode(text(digest, heading).replace('\n', "\r\n"));
    let mut out = headers.join("\r\n");
    out.push_str("\r\n\r\n");
    for chunk in body.as_bytes().chunks(76) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Åsa Öberg"), "asa-oberg");
        assert_eq!(slug("  Bo  Ek "), "bo-ek");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("???"), "controller");
    }

    #[test]
    fn addresses_that_could_inject_headers_are_refused() {
        assert_eq!(safe_address(" anna@x.example "), Some("anna@x.example"));
        assert_eq!(safe_address("anna@x.example\r\nBcc: all@x"), None);
        assert_eq!(safe_address("a <b@c>"), None);
        assert_eq!(safe_address("no-at-sign"), None);
    }

    #[test]
    fn headers_are_encoded_in_short_words() {
        assert_eq!(encode_header("Plain"), "Plain");
        let encoded = encode_header(&"Avtalsuppföljning för Åsa ".repeat(5));
        for word in encoded.split("\r\n ") {
            assert!(word.len() <= 75, "{word}");
            assert!(word.starts_with("=?UTF-8?B?") && word.ends_with("?="));
        }
    }
}
