//! Plain-text tables for the terminal (comfy-table), the same look in every command.

use super::sanitize::sanitize;
use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ContentArrangement, LineStyle, Table, TableStyle,
};

/// How a cell is emphasised when colour is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Error,
    Warning,
    Good,
    Dim,
}

/// A table cell: text, alignment and tone.
#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    pub text: String,
    pub right: bool,
    pub tone: Tone,
}

impl TableCell {
    /// A right-aligned cell (numbers).
    pub fn right(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            right: true,
            tone: Tone::Plain,
        }
    }

    /// Sets the tone.
    pub fn tone(mut self, tone: Tone) -> TableCell {
        self.tone = tone;
        self
    }
}

impl<T: Into<String>> From<T> for TableCell {
    fn from(text: T) -> TableCell {
        TableCell {
            text: text.into(),
            right: false,
            tone: Tone::Plain,
        }
    }
}

/// Renders a table with a header row. Without colour the output is plain ASCII-free text with
/// no escape codes, so it is stable for snapshots and pipes.
pub fn render(headers: &[&str], rows: Vec<Vec<TableCell>>, color: bool) -> String {
    let mut table = Table::new();
    // Only a rule under the header: rows stay dense enough for hundreds of contracts.
    table.load_style(TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─')));
    table.set_content_arrangement(ContentArrangement::Disabled);
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(headers.iter().map(|h| {
        let cell = Cell::new(sanitize(h));
        if color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for row in rows {
        table.add_row(row.into_iter().map(|c| {
            let mut cell = Cell::new(sanitize(&c.text));
            if c.right {
                cell = cell.set_alignment(CellAlignment::Right);
            }
            if color {
                cell = match c.tone {
                    Tone::Plain => cell,
                    Tone::Error => cell.fg(Color::Red).add_attribute(Attribute::Bold),
                    Tone::Warning => cell.fg(Color::Yellow),
                    Tone::Good => cell.fg(Color::Green),
                    Tone::Dim => cell.add_attribute(Attribute::Dim),
                };
            }
            cell
        }));
    }
    let mut text = table.trim_fmt();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_without_escape_codes_when_plain() {
        let text = render(
            &["Avtal", "Värde"],
            vec![vec!["skola".into(), TableCell::right("4,5")]],
            false,
        );
        assert!(text.contains("skola"));
        assert!(text.contains("Värde"));
        assert!(!text.contains('\u{1b}'));
    }
}
