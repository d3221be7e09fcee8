//! The meeting pack as plain text for the terminal.

use super::doc::{Block, Document};
use crate::render::table::{TableCell, Tone, render};
use crate::sanitize::one_line;

/// Writes `doc` as text; `color` colours cells that need attention (terminal only).
pub fn write(doc: &Document, color: bool) -> String {
    let mut out = String::new();
    out.push_str(&doc.title);
    out.push('\n');
    out.push_str(&doc.subtitle);
    out.push('\n');
    for section in &doc.sections {
        out.push('\n');
        out.push_str(&section.title);
        out.push('\n');
        out.push_str(&"═".repeat(section.title.chars().count()));
        out.push('\n');
        for (i, block) in section.blocks.iter().enumerate() {
            // A blank line between blocks, except right under a sub-heading.
            if i > 0
                && !matches!(section.blocks[i - 1], Block::Heading(_))
                && !matches!(block, Block::Chart(_))
            {
                out.push('\n');
            }
            block_text(block, color, &mut out);
        }
    }
    out
}

fn block_text(block: &Block, color: bool, out: &mut String) {
    match block {
        Block::Fields(fields) => {
            let width = fields
                .iter()
                .map(|(label, _)| label.chars().count())
                .max()
                .unwrap_or(0);
            for (label, value) in fields {
                let pad = width - label.chars().count();
                out.push_str(&format!(
                    "{label}{}  {}\n",
                    " ".repeat(pad),
                    one_line(value)
                ));
            }
        }
        Block::Table { headers, rows } => {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let rows = rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|cell| {
                            let base = if cell.right {
                                TableCell::right(one_line(&cell.text))
                            } else {
                                TableCell::from(one_line(&cell.text))
                            };
                            base.tone(if cell.alert { Tone::Error } else { Tone::Plain })
                        })
                        .collect()
                })
                .collect();
            out.push_str(&render(&headers, rows, color));
        }
        Block::List(items) => {
            for item in items {
                let mark = if item.alert { "!" } else { "-" };
                out.push_str(&format!("{mark} {}\n", one_line(&item.text)));
            }
        }
        Block::Ordered(items) => {
            for (i, item) in items.iter().enumerate() {
                out.push_str(&format!("{:>2}. {}\n", i + 1, one_line(item)));
            }
        }
        Block::Paragraph(text) => {
            out.push_str(&one_line(text));
            out.push('\n');
        }
        Block::Heading(text) => {
            out.push_str(&one_line(text));
            out.push_str(":\n");
        }
        // Charts are for HTML; the table above them carries the same numbers.
        Block::Chart(_) => {}
    }
}
