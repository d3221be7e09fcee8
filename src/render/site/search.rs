//! The search index inlined in the start page, so the search works from `file://` without a
//! `fetch`. Text is folded (case and diacritics) by the page's script, on both the index and the
//! query, so the two always agree.

use serde::Serialize;

/// One contract in the index.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    /// The contract's key; its row in the list has the id `c-<key>`.
    pub key: String,
    /// Everything searchable, space-separated: title, keywords, category, suppliers,
    /// diarienummer.
    pub text: String,
    /// The category filter's value ("" when none).
    pub category: String,
    /// The kind filter's value (`contract`, `framework`, `national-call-off`).
    pub kind: &'static str,
}

/// JSON for a `<script type="application/json">` element (SPEC §8): `<`, `>` and `&` as `\u003c`,
/// `\u003e` and `\u0026`, so no text can close the element or open a comment, and U+2028/U+2029
/// escaped for old parsers. The result is still JSON that parses to the same value.
pub fn script_json<T: Serialize + ?Sized>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "[]".to_string());
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let hostile = vec!["</script><script>alert(1)</script><!-- & \u{2028}"];
        let out = script_json(&hostile);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        assert!(out.contains("\\u003c/script\\u003e"));
        let back: Vec<String> = serde_json::from_str(&out).unwrap();
        assert_eq!(back, hostile);
    }
}
