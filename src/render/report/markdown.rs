//! The meeting pack as Markdown, for pasting into minutes.

use super::doc::{Block, Document};

/// Writes `doc` as CommonMark/GFM Markdown.
pub fn write(doc: &Document) -> String {
    let mut out = format!("# {}\n\n{}\n", escape(&doc.title), escape(&doc.subtitle));
    for section in &doc.sections {
        out.push_str(&format!("\n## {}\n", escape(&section.title)));
        for block in &section.blocks {
            if !matches!(block, Block::Chart(_)) {
                out.push('\n');
            }
            block_md(block, &mut out);
        }
    }
    out
}

fn block_md(block: &Block, out: &mut String) {
    match block {
        Block::Fields(fields) => {
            for (label, value) in fields {
                out.push_str(&format!("- **{}:** {}\n", escape(label), escape(value)));
            }
        }
        Block::Table { headers, rows } => {
            let cells: Vec<String> = headers.iter().map(|h| escape(h)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
            let rules: Vec<&str> = rows
                .first()
                .map(|row| {
                    row.iter()
                        .map(|c| if c.right { "---:" } else { "---" })
                        .collect()
                })
                .unwrap_or_else(|| headers.iter().map(|_| "---").collect());
            out.push_str(&format!("| {} |\n", rules.join(" | ")));
            for row in rows {
                let cells: Vec<String> = row
                    .iter()
                    .map(|c| {
                        let text = escape(&c.text);
                        if c.alert && !text.is_empty() {
                            format!("**{text}**")
                        } else {
                            text
                        }
                    })
                    .collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        }
        Block::List(items) => {
            for item in items {
                if item.alert {
                    out.push_str(&format!("- **{}**\n", escape(&item.text)));
                } else {
                    out.push_str(&format!("- {}\n", escape(&item.text)));
                }
            }
        }
        Block::Ordered(items) => {
            for (i, item) in items.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", i + 1, escape(item)));
            }
        }
        Block::Paragraph(text) => {
            out.push_str(&escape(text));
            out.push('\n');
        }
        Block::Heading(text) => out.push_str(&format!("### {}\n", escape(text))),
        Block::Chart(_) => {}
    }
}

/// Escapes text so that register content is shown as written and never becomes Markdown
/// structure or raw HTML: backslash-escapes Markdown punctuation, turns `<`/`&` into
/// entities and line breaks into spaces (a table row must stay on one line).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_table_breakers() {
        assert_eq!(escape("<script>a|b*c\nd"), "&lt;script&gt;a\\|b\\*c d");
        assert_eq!(escape("93,5 % – AV-1"), "93,5 % – AV-1");
    }
}
