//! What register and supplier text may put on a terminal or into a spreadsheet (SPEC §9).
//!
//! Terminal text: control characters (C0 except newline and tab, DEL, C1) are shown in a
//! visible form, so a title with ESC or BEL cannot set the window title, clear the screen or hide
//! a line. CSV cells: a cell that a spreadsheet would run as a formula gets a leading `'`.
//!
//! A leaf module on the lowest floor (`tests/layers.rs`): diagnostics, errors, the loader and
//! the importers check or show text with it as well as the renderers.

use std::borrow::Cow;

/// Whether `ch` is a control character a terminal could act on (newline and tab are layout).
pub fn is_control(ch: char) -> bool {
    matches!(ch, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// One character for one: a control character's picture (`␛`, `␡`; C1 has none, so `�`), any
/// other character as it is. For excerpts whose columns must stay where they were.
pub fn picture(ch: char) -> char {
    match ch {
        '\u{0}'..='\u{1f}' if is_control(ch) => {
            char::from_u32(0x2400 + ch as u32).unwrap_or('\u{fffd}')
        }
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' => '\u{fffd}',
        _ => ch,
    }
}

/// `text` with every control character replaced by a visible form: C0 by its control picture
/// (ESC → `␛`, CR → `␍`), DEL by `␡`, C1 by `\x9b`-style escapes. Newline and tab stay.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '\u{80}'..='\u{9f}' => out.push_str(&format!("\\x{:02x}", ch as u32)),
            _ => out.push(picture(ch)),
        }
    }
    Cow::Owned(out)
}

/// Terminal output of a command: like [`sanitize`], but when `color` is on, colour codes
/// (`ESC [ digits ; … m`) are kept, except "conceal" (8), which could hide a line. They can only
/// colour text, never move the cursor, clear the screen or set the window title. Register text
/// in tables was sanitised before it was coloured, so only avtal's own colours survive there.
pub fn terminal(text: String, color: bool) -> Vec<u8> {
    if !color {
        return match sanitize(&text) {
            Cow::Borrowed(_) => text.into_bytes(),
            Cow::Owned(clean) => clean.into_bytes(),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&sanitize(&rest[..at]));
        let after = &rest[at + 1..];
        let sgr = after.strip_prefix('[').and_then(|tail| {
            let end = tail.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            let conceal = tail[..end].split(';').any(|p| p == "8");
            (tail.as_bytes()[end] == b'm' && !conceal).then_some(end + 2)
        });
        match sgr {
            Some(length) => {
                out.push_str(&rest[at..at + 1 + length]);
                rest = &after[length..];
            }
            None => {
                out.push('\u{241b}');
                rest = after;
            }
        }
    }
    out.push_str(&sanitize(rest));
    out.into_bytes()
}

/// A CSV cell made safe to open in a spreadsheet and to print on a terminal: control
/// characters become visible as in [`sanitize`] (CSV on standard output reaches the terminal),
/// and a cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so that it stays
/// text (OWASP "CSV injection") — except a cell that is a plain number (`-2`, `+3`, `-1250.25`,
/// `-1,5`), which stays a number.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    match sanitize(text) {
        visible if risky && !is_number(text) => Cow::Owned(format!("'{visible}")),
        visible => visible,
    }
}

/// Register text may hold line breaks or control characters (a CSV note); a terminal line
/// must not be broken by them, nor may escape sequences reach the terminal.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A signed decimal number with `.` or `,` as decimal separator and nothing else.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(sanitize("a\u{1b}]0;pwned\u{7}b"), "a␛]0;pwned␇b");
        assert_eq!(sanitize("rad\r\nny\tflik"), "rad␍\nny\tflik");
        assert_eq!(sanitize("\u{7f}\u{9b}2J"), "␡\\x9b2J");
        assert!(matches!(sanitize("Städ AB"), Cow::Borrowed(_)));
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(one_line("a\nb\u{1b}[31mc"), "a b [31mc");
    }

    #[test]
    fn colour_codes_survive_only_with_colour() {
        let text = "\u{1b}[31;1mfel\u{1b}[0m \u{1b}[2J\u{1b}]0;x\u{7}".to_string();
        let coloured = String::from_utf8(terminal(text.clone(), true)).unwrap();
        assert_eq!(coloured, "\u{1b}[31;1mfel\u{1b}[0m ␛[2J␛]0;x␇");
        let plain = String::from_utf8(terminal(text, false)).unwrap();
        assert!(!plain.contains('\u{1b}'));
    }

    #[test]
    fn csv_formulas_are_neutralised_but_numbers_are_not() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+46 8 123"), "'+46 8 123");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("\rx"), "'␍x");
        assert_eq!(csv_cell("Städ \u{1b}]0;x\u{7} AB"), "Städ ␛]0;x␇ AB");
        assert_eq!(csv_cell("-"), "'-");
        assert_eq!(csv_cell("-2"), "-2");
        assert_eq!(csv_cell("-1250.25"), "-1250.25");
        assert_eq!(csv_cell("+3"), "+3");
        assert_eq!(csv_cell("Edu AB"), "Edu AB");
        assert_eq!(csv_cell("2026-01-31"), "2026-01-31");
    }
}
