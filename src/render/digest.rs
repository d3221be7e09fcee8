//! The per-controller digest as text, Markdown and RFC 5322 e-mail messages (SPEC §16).
//!
//! The messages are written by hand so every byte is deterministic: the Date is today at
//! 06:00 UTC and the Message-ID is built from today and the controller, so a re-run on the same
//! day gives the same file and a mail client can tell a resent digest from a new one.

use crate::error::Error;
use crate::messages;
use crate::model::Language;
use crate::rules::checks::Code;
use crate::rules::digest::{Digest, DigestItem, ItemKind, Part};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use serde::Serialize;

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

/// The controller as the message names them: the register's text, or "no controller".
pub fn controller_name(digest: &Digest, lang: Language) -> String {
    match &digest.controller {
        Some(name) => visible(name.trim()),
        None => messages::of(lang).digest_no_controller().to_string(),
    }
}

/// "Avtalsuppföljning för Anna Berg: 2 försenade, 5 inom 30 dagar": the subject line and the
/// first line of the text. It counts parts 1 and 2.
pub fn subject(digest: &Digest, heading: &Heading) -> String {
    let name = controller_name(digest, heading.lang);
    let (overdue, coming) = (digest.overdue.len(), digest.due.len());
    messages::of(heading.lang).digest_subject(&name, overdue, coming, heading.days)
}

fn part_title(part: Part, heading: &Heading) -> String {
    let m = messages::of(heading.lang);
    match part {
        Part::Overdue => m.digest_part_overdue().to_string(),
        Part::Due => m.digest_part_due(heading.days),
        Part::Handle => m.digest_part_handle().to_string(),
    }
}

/// What the item is, after the contract: "Uppföljningsmöte", "Leveransprecision 2026-09 — …".
fn describe(item: &DigestItem, lang: Language) -> String {
    let m = messages::of(lang);
    match item.kind {
        ItemKind::Plan(kind) => kind.label(lang).to_string(),
        ItemKind::KpiReport => {
            let name = item
                .kpi
                .as_ref()
                .map(|(_, name)| name.as_str())
                .unwrap_or("");
            let period = item.period.map(|p| p.to_string()).unwrap_or_default();
            let mut text = format!("{} {period}", visible(name));
            match &item.email {
                Some(email) => text.push_str(&format!(" — {} {}", m.digest_ask(), visible(email))),
                None => text.push_str(m.digest_no_supplier_email()),
            }
            text
        }
        ItemKind::Action => action_text(item, lang),
        // An overdue action reads as one that is due: what it is, under its deviation.
        ItemKind::Finding(Code::ActionOverdue) if item.note.is_some() => action_text(item, lang),
        ItemKind::Finding(Code::Escalation) => {
            let step = item.finding.as_ref().and_then(|f| f.step).unwrap_or(0);
            m.digest_escalation_step(step, item.contract.as_deref().unwrap_or(""))
        }
        ItemKind::Finding(_) => item
            .finding
            .as_ref()
            .map(|f| visible(&f.message(lang)))
            .unwrap_or_default(),
    }
}

/// "Åtgärd för avvikelse AV-2: Leverantören …".
fn action_text(item: &DigestItem, lang: Language) -> String {
    let reference = item.reference.as_deref().unwrap_or("");
    let mut text = messages::of(lang).digest_action_for_deviation(&visible(reference));
    if let Some(note) = &item.note {
        text.push_str(&format!(": {}", visible(note.trim())));
    }
    text
}

/// The mark ("FÖRSENAD", "senast", "upphör" or nothing) and date ("–" when undated) of an item:
/// only part 1 is ever marked overdue.
fn mark_and_date(part: Part, item: &DigestItem, lang: Language) -> (&'static str, String) {
    let m = messages::of(lang);
    let mark = match (part, item.kind) {
        (Part::Overdue, _) => m.digest_overdue(),
        (Part::Due, _) => m.digest_due_by(),
        (Part::Handle, ItemKind::Finding(Code::ContractEnding)) => m.digest_ends_on(),
        (Part::Handle, _) => "",
    };
    let date = item
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "–".to_string());
    (mark, date)
}

/// "skoladmin — Skoladministrativt system: Uppföljningsmöte" (a register finding: the finding);
/// in Markdown the key is code and the rest escaped.
fn subject_of(item: &DigestItem, lang: Language, markdown: bool) -> String {
    let escape = |text: &str| {
        if markdown {
            md_escape(text)
        } else {
            text.to_string()
        }
    };
    match &item.contract {
        Some(key) if markdown => format!(
            "`{key}` — {}: {}",
            escape(&visible(&item.title)),
            escape(&describe(item, lang))
        ),
        Some(key) => format!("{key} — {}: {}", visible(&item.title), describe(item, lang)),
        None => escape(&describe(item, lang)),
    }
}

/// "FÖRSENAD 2026-11-01  skoladmin — Skoladministrativt system: Uppföljningsmöte".
fn line(part: Part, item: &DigestItem, lang: Language) -> String {
    let (mark, date) = mark_and_date(part, item, lang);
    let text = subject_of(item, lang, false);
    format!("{mark:<8} {date:<10}  {text}")
}

/// "**FÖRSENAD** 2026-11-01 · `skoladmin` — Skoladministrativt system: Uppföljningsmöte".
fn md_line(part: Part, item: &DigestItem, lang: Language) -> String {
    let (mark, date) = mark_and_date(part, item, lang);
    let mark = if mark.is_empty() {
        String::new()
    } else {
        format!("**{mark}** ")
    };
    format!("{mark}{date} · {}", subject_of(item, lang, true))
}

fn intro(digest: &Digest, heading: &Heading) -> String {
    let org = heading
        .organisation
        .map(|o| format!(" ({})", visible(o)))
        .unwrap_or_default();
    let (m, today, until, days) = (
        messages::of(heading.lang),
        heading.today,
        heading.until,
        heading.days,
    );
    match &digest.controller {
        Some(name) => m.digest_intro(&visible(name.trim()), &org, today, until, days),
        None => m.digest_intro_no_controller(&org, today, until, days),
    }
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
    for (part, items) in digest.parts() {
        out.push('\n');
        out.push_str(&part_title(part, heading));
        out.push('\n');
        for item in items {
            out.push_str("  ");
            out.push_str(&line(part, item, heading.lang));
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
    for (part, items) in digest.parts() {
        out.push_str(&format!("\n## {}\n\n", part_title(part, heading)));
        for item in items {
            out.push_str(&format!("- {}\n", md_line(part, item, heading.lang)));
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

#[derive(Serialize)]
struct DigestJson<'a> {
    controller: Option<&'a str>,
    email: Option<&'a str>,
    overdue: Vec<ItemJson<'a>>,
    due: Vec<ItemJson<'a>>,
    handle: Vec<ItemJson<'a>>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    contract: Option<&'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    title: &'a str,
    kind: &'static str,
    date: Option<String>,
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kpi: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<u8>,
}

fn item_json(item: &DigestItem) -> ItemJson<'_> {
    let finding = item.finding.as_ref();
    ItemJson {
        contract: item.contract.as_deref(),
        title: &item.title,
        kind: item.kind.as_str(),
        date: item.date.map(|d| d.to_string()),
        reference: item
            .reference
            .as_deref()
            .or_else(|| finding.and_then(|f| f.reference.as_deref())),
        kpi: item
            .kpi
            .as_ref()
            .map(|(id, _)| id.as_str())
            .or_else(|| finding.and_then(|f| f.kpi.as_deref())),
        period: item
            .period
            .or_else(|| finding.and_then(|f| f.period))
            .map(|p| p.to_string()),
        email: item.email.as_deref(),
        amount: finding
            .and_then(|f| f.amount)
            .map(|m| super::json_number(m.as_sek())),
        limit: finding
            .and_then(|f| f.limit)
            .map(|m| super::json_number(m.as_sek())),
        step: finding.and_then(|f| f.step),
    }
}

fn items_json(list: &[DigestItem]) -> Vec<ItemJson<'_>> {
    list.iter().map(item_json).collect()
}

fn digest_json(digest: &Digest) -> DigestJson<'_> {
    DigestJson {
        controller: digest.controller.as_deref(),
        email: digest.email.as_deref(),
        overdue: items_json(&digest.overdue),
        due: items_json(&digest.due),
        handle: items_json(&digest.handle),
    }
}

/// Every digest as SPEC §16's JSON array (`[]` when there is nothing).
pub fn json(digests: &[Digest]) -> Result<Vec<u8>, Error> {
    let all: Vec<DigestJson> = digests.iter().map(digest_json).collect();
    super::json(&all)
}

/// One digest as a JSON object (one file per controller).
pub fn json_one(digest: &Digest) -> Result<Vec<u8>, Error> {
    super::json(&digest_json(digest))
}

/// A file name for the controller: "Åsa Öberg" → "asa-oberg". Never empty.
/// The longest slug of a controller's name, in bytes (the slug is ASCII).
const SLUG_MAX: usize = 80;

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
    // A file name must fit every file system (255 bytes); a long name is cut, and two names
    // cut to one slug get -2, -3, … from the command.
    out.truncate(SLUG_MAX);
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "controller".to_string()
    } else {
        out
    }
}

/// An address avtal may put in a header: one `@`, no spaces, controls or characters that would
/// end the address or start another header. Anything else is left out rather than mangled.
pub fn safe_address(address: &str) -> Option<&str> {
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
    // RFC 5322 allows 998 octets a line: a long ASCII text is encoded too, so that it folds.
    if text.len() <= PLAIN_HEADER_MAX && text.chars().all(|c| c.is_ascii() && !c.is_ascii_control())
    {
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

/// The longest header text written as it is; a longer one is folded into encoded words.
const PLAIN_HEADER_MAX: usize = 900;

/// A mailbox `Name <address>` with the name quoted or encoded as needed.
fn mailbox(name: &str, address: &str) -> String {
    let name = visible(name);
    let name = name.trim();
    if name.is_ascii() && name.len() <= PLAIN_HEADER_MAX {
        let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{quoted}\" <{address}>")
    } else {
        format!("{} <{address}>", encode_header(name))
    }
}

/// One RFC 5322 message for `digest`, from `from` (an address; no `From:` without one), with
/// CRLF line ends.
pub fn eml(digest: &Digest, heading: &Heading, from: Option<&str>) -> String {
    let name = controller_name(digest, heading.lang);
    let slug = slug(&name);
    let date = heading.today.format("%a, %d %b %Y 06:00:00 +0000");
    let mut headers = vec![format!("Date: {date}")];
    if let Some(from) = from.and_then(safe_address) {
        headers.push(format!("From: {}", mailbox("avtal", from)));
    }
    if let Some(to) = digest.email.as_deref().and_then(safe_address) {
        headers.push(format!("To: {}", mailbox(&name, to)));
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
        assert_eq!(slug(&format!("Johan {}", "x".repeat(300))).len(), 80);
        assert_eq!(
            slug(&"ab ".repeat(100)),
            "ab-".repeat(27).trim_end_matches('-')
        );
    }

    #[test]
    fn addresses_that_could_inject_headers_are_refused() {
        assert_eq!(safe_address(" anna@x.example "), Some("anna@x.example"));
        assert_eq!(safe_address("anna@x.example\r\nBcc: all@x"), None);
        assert_eq!(safe_address("a <b@c>"), None);
        assert_eq!(safe_address("no-at-sign"), None);
    }

    #[test]
    fn a_long_ascii_header_is_folded_within_the_line_limit() {
        let long = "Anna Berg ".repeat(120);
        let encoded = encode_header(&long);
        assert!(
            encoded.split("\r\n").all(|line| line.len() <= 998),
            "{encoded}"
        );
        assert!(encoded.starts_with("=?UTF-8?B?"));
        let named = mailbox(&long, "anna@x.example");
        assert!(named.split("\r\n").all(|line| line.len() <= 998));
        assert_eq!(encode_header("Plain subject"), "Plain subject");
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
