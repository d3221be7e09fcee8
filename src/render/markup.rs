//! HTML and SVG text escaping: the project's one escaper, used by the meeting pack (its HTML and
//! its inline SVG charts) and by the site's templates. Its own module so that the HTML writer
//! and the SVG charts it embeds both stand on it instead of on each other.

/// Escapes text for HTML element content and double- or single-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in HTML text; show them as spaces.
            c if c.is_control() && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("Nöjd kund-index ≥ 70"), "Nöjd kund-index ≥ 70");
        assert_eq!(escape("a\u{0}b"), "a b");
    }

    #[test]
    fn escaped_text_has_no_markup_characters() {
        let nasty = "<img src=x onerror=alert(1)>\"'&";
        let out = escape(nasty);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('"'));
        assert!(!out.contains('\''));
    }
}
