//! Plain-text tables for the terminal (comfy-table), the same look in every command.

use crate::messages::Messages;
use crate::sanitize::sanitize;
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
    finish(build(headers, rows, color))
}

/// Like [`render`], but when `width` is given the lines fit it: the columns named in
/// `drop_order` (least important first) are left out one by one until the table fits, and if it
/// still does not, long cells wrap. Without a width the output is exactly [`render`]'s. Under a
/// table that lost columns a line names them and `--wide`.
pub fn render_fitted(
    headers: &[&str],
    rows: Vec<Vec<TableCell>>,
    color: bool,
    width: Option<usize>,
    drop_order: &[usize],
    m: &dyn Messages,
) -> String {
    let (mut text, hidden) = fit(headers, rows, color, width, drop_order);
    text.push_str(&hidden_note(&hidden, width, m));
    text
}

/// The lines under a fitted table naming the `hidden` columns, wrapped at spaces to `width`;
/// empty when none were hidden.
pub fn hidden_note(hidden: &[String], width: Option<usize>, m: &dyn Messages) -> String {
    if hidden.is_empty() {
        return String::new();
    }
    let note = m.columns_hidden(hidden.len(), &hidden.join(", "));
    let width = width.unwrap_or(usize::MAX);
    let mut out = String::new();
    let mut line = String::new();
    for word in note.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// [`render_fitted`] without the note: the table and the headers of the columns it left out
/// (in table order), for a command that prints several tables and one note.
pub fn fit(
    headers: &[&str],
    rows: Vec<Vec<TableCell>>,
    color: bool,
    width: Option<usize>,
    drop_order: &[usize],
) -> (String, Vec<String>) {
    let Some(width) = width else {
        return (render(headers, rows, color), Vec::new());
    };
    let mut keep = vec![true; headers.len()];
    let pick = |keep: &[bool]| {
        let headers: Vec<&str> = select(headers, keep).into_iter().copied().collect();
        let rows: Vec<Vec<TableCell>> = rows
            .iter()
            .map(|row| select(row, keep).into_iter().cloned().collect())
            .collect();
        (headers, rows)
    };
    let fits = |keep: &[bool]| {
        let (headers, rows) = pick(keep);
        widest_line(&render(&headers, rows, false)) <= width
    };
    for &col in drop_order {
        if fits(&keep) {
            break;
        }
        if let Some(flag) = keep.get_mut(col) {
            *flag = false;
        }
    }
    let still_too_wide = !fits(&keep);
    let hidden = headers
        .iter()
        .zip(&keep)
        .filter(|(_, kept)| !**kept)
        .map(|(h, _)| h.to_string())
        .collect();
    let (headers, rows) = pick(&keep);
    let mut table = build(&headers, rows, color);
    if still_too_wide {
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(u16::try_from(width).unwrap_or(u16::MAX));
    }
    (finish(table), hidden)
}

/// The items of `all` whose flag in `keep` is set (items past `keep` are kept).
fn select<'a, T>(all: &'a [T], keep: &[bool]) -> Vec<&'a T> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| keep.get(*i).copied().unwrap_or(true))
        .map(|(_, item)| item)
        .collect()
}

/// The widest line of `text`, in characters (of a table rendered without colour).
pub fn widest_line(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

fn finish(table: Table) -> String {
    let mut text = table.trim_fmt();
    text.push('\n');
    text
}

fn build(headers: &[&str], rows: Vec<Vec<TableCell>>, color: bool) -> Table {
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
    table
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

    fn sample() -> (Vec<&'static str>, Vec<Vec<TableCell>>) {
        let headers = vec!["Avtal", "Titel", "Leverantör", "Kategori"];
        let rows = vec![vec![
            "skoladmin".into(),
            "Skoladministrativt system för grundskolan och gymnasiet".into(),
            "Edu AB".into(),
            "IT".into(),
        ]];
        (headers, rows)
    }

    #[test]
    fn without_a_width_fitted_is_the_plain_table() {
        let (headers, rows) = sample();
        assert_eq!(
            fit(&headers, rows.clone(), false, None, &[3, 2]).0,
            render(&headers, rows, false)
        );
    }

    #[test]
    fn columns_are_dropped_in_order_until_the_table_fits() {
        let (headers, rows) = sample();
        let full = widest_line(&render(&headers, rows.clone(), false));
        let (text, hidden) = fit(&headers, rows.clone(), false, Some(full - 3), &[3, 2]);
        assert_eq!(hidden, ["Kategori"]);
        assert!(
            !text.contains("Kategori") && text.contains("Leverantör"),
            "{text}"
        );
        assert!(widest_line(&text) <= full - 3);
        let (text, hidden) = fit(&headers, rows, false, Some(full - 15), &[3, 2]);
        assert_eq!(hidden, ["Leverantör", "Kategori"]);
        assert!(
            !text.contains("Leverantör") && text.contains("Titel"),
            "{text}"
        );
    }

    #[test]
    fn long_cells_wrap_when_dropping_is_not_enough() {
        let (headers, rows) = sample();
        let text = render_fitted(
            &headers,
            rows,
            false,
            Some(40),
            &[3, 2],
            crate::messages::of(crate::model::Language::Sv),
        );
        assert!(
            text.ends_with("2 kolumner dolda: Leverantör, Kategori —\nvisa alla med --wide\n"),
            "{text}"
        );
        assert!(widest_line(&text) <= 40, "{text}");
        assert!(
            text.contains("skoladmin") && text.contains("Skoladministrativt"),
            "{text}"
        );
    }
}
