//! Shared cell formats and page setup of avtal's workbooks.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

/// Paper size code of A4 in the OOXML page setup.
pub const A4: u8 = 9;

/// Fill of cells a person is expected to fill in (light yellow, as in most municipal templates).
pub const INPUT_FILL: u32 = 0xFFF6C2;
/// Fill of header cells.
pub const HEADER_FILL: u32 = 0xDCE6F0;
/// Fill of cells that do not apply.
pub const NOT_APPLICABLE_FILL: u32 = 0xE7E7E7;
/// Fill of breached KPI values (conditional formatting).
pub const BREACH_FILL: u32 = 0xF8D7DA;
/// Font colour of breached KPI values.
pub const BREACH_FONT: u32 = 0x9C0006;

/// Whole kronor with a space between thousands, "4 500 000 kr", in every program and locale:
/// `[$-41D]` (Swedish) makes LibreOffice use Swedish separators even on an English system, and
/// Excel takes the separators from the system, which in Sweden is the space.
pub const MONEY: &str = "[$-41D]#,##0 \"kr\"";

/// Height of one line of 11 pt text in points.
pub const LINE_HEIGHT: f64 = 15.0;

/// How many lines `text` takes in a wrapped cell `width` characters wide: words are laid out
/// as a spreadsheet program breaks them, with a margin for fonts wider than Calibri (LibreOffice
/// without Carlito, bold text).
pub fn lines(text: &str, width: f64) -> usize {
    let width = (width / 1.05).max(1.0);
    text.split('\n')
        .map(|paragraph| {
            let mut count = 1usize;
            let mut used = 0.0f64;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let len = word.chars().count() as f64;
                let needed = if used == 0.0 { len } else { used + 1.0 + len };
                if needed <= width {
                    used = needed;
                } else if used == 0.0 {
                    // A word longer than the cell is broken over lines.
                    count += ((len / width).ceil() as usize).saturating_sub(1);
                    used = len % width;
                } else {
                    count += 1 + ((len / width).ceil() as usize).saturating_sub(1);
                    used = if len > width { len % width } else { len };
                }
            }
            count
        })
        .sum()
}

/// The narrowest cell width (in characters) in which the longest word of `text` fits on one
/// line, with the margin [`lines`] allows for wider fonts; long words are names people write.
pub fn word_width(text: &str) -> f64 {
    let longest = text
        .split([' ', '\n'])
        .map(|word| word.chars().count())
        .max()
        .unwrap_or(0);
    // At most 60 characters: a longer word breaks anyway, and the page must stay readable.
    (longest.min(60) as f64 * 1.05 + 0.5).ceil()
}

/// Sets the row height so wrapped text shows in full: spreadsheet programs do not grow a row
/// for wrapped text by themselves when the file is written by a library. `cells` are the texts
/// of the row with the widths of their cells in characters.
pub fn fit(sheet: &mut Worksheet, row: u32, cells: &[(&str, f64)]) -> Result<(), XlsxError> {
    let most = cells
        .iter()
        .map(|(text, width)| lines(text, *width))
        .max()
        .unwrap_or(1);
    if most > 1 {
        sheet.set_row_height(row, LINE_HEIGHT * most as f64)?;
    }
    Ok(())
}

/// The formats of one workbook.
pub struct Styles {
    pub title: Format,
    pub subtitle: Format,
    pub section: Format,
    pub header: Format,
    pub label: Format,
    pub text: Format,
    pub wrap: Format,
    pub number: Format,
    pub money: Format,
    pub input: Format,
    pub input_wrap: Format,
    pub input_number: Format,
    pub not_applicable: Format,
    pub breach: Format,
    pub alert: Format,
}

impl Styles {
    /// The formats, with system fonts only.
    pub fn new() -> Styles {
        let bordered = || {
            Format::new()
                .set_border(FormatBorder::Thin)
                .set_border_color(0xA6A6A6)
        };
        let input = || {
            bordered()
                .set_background_color(INPUT_FILL)
                .set_unlocked()
                .set_align(FormatAlign::Top)
        };
        Styles {
            title: Format::new().set_bold().set_font_size(16),
            subtitle: Format::new().set_font_color(0x55606B),
            section: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(0x1F5F8B),
            header: bordered()
                .set_bold()
                .set_background_color(HEADER_FILL)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            label: bordered()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            text: bordered().set_align(FormatAlign::Top),
            wrap: bordered().set_text_wrap().set_align(FormatAlign::Top),
            number: bordered(),
            money: bordered().set_num_format(MONEY),
            input: input(),
            input_wrap: input().set_text_wrap(),
            input_number: input(),
            not_applicable: bordered().set_background_color(NOT_APPLICABLE_FILL),
            breach: Format::new()
                .set_background_color(BREACH_FILL)
                .set_font_color(BREACH_FONT),
            alert: bordered()
                .set_bold()
                .set_text_wrap()
                .set_font_color(BREACH_FONT)
                .set_align(FormatAlign::Top),
        }
    }
}

impl Default for Styles {
    fn default() -> Self {
        Styles::new()
    }
}

/// A4, fit to one page wide, portrait or landscape.
pub fn a4(sheet: &mut Worksheet, landscape: bool) {
    sheet.set_paper_size(A4);
    if landscape {
        sheet.set_landscape();
    } else {
        sheet.set_portrait();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
}

/// The text of a print footer: `left` on the left (register text, so `&` is doubled: it starts
/// a control code in headers and footers), "Sida 1 av 3" / "Page 1 of 3" on the right.
pub fn footer_text(left: &str, lang: crate::model::Language) -> String {
    let left: String = left
        .replace('&', "&&")
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect();
    let pages = crate::messages::of(lang).page_of_pages();
    format!("&L{left}&R{pages}")
}

/// Sets the print footer of `sheet` (see [`footer_text`]).
pub fn footer(sheet: &mut Worksheet, left: &str, lang: crate::model::Language) {
    sheet.set_footer(footer_text(left, lang));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn lines_follow_word_wrapping() {
        assert_eq!(lines("kort", 20.0), 1);
        assert_eq!(lines("", 20.0), 1);
        assert_eq!(lines("a\nb", 20.0), 2);
        // 48 characters in a cell 30 wide: two lines.
        assert_eq!(
            lines("Bistår med statistik, deltar i uppföljningsmötena", 30.0),
            2
        );
        // A word that does not fit on the line starts the next one.
        assert_eq!(lines("aaaa bbbb cccc", 10.0), 2);
        assert_eq!(lines(&"x".repeat(50), 11.5), 5);
    }

    #[test]
    fn the_longest_word_fits_in_its_width() {
        for text in [
            "Utbildningsförvaltningen",
            "Vård- och omsorgsförvaltningen",
            "erik.nystrom@grundskoleforvaltningen.example",
            "kort",
        ] {
            // No word is broken: each one alone takes one line.
            for word in text.split(' ') {
                assert_eq!(lines(word, word_width(text)), 1, "{word} in {text}");
            }
        }
        assert_eq!(word_width(""), 1.0);
        // Longer words are capped: they wrap rather than make the page unreadable.
        assert_eq!(word_width(&"x".repeat(500)), word_width(&"x".repeat(60)));
    }

    #[test]
    fn footer_text_cannot_inject_control_codes() {
        assert_eq!(
            footer_text("A&B &P\n", Language::Sv),
            "&LA&&B &&P&RSida &P av &N"
        );
        assert_eq!(footer_text("x", Language::En), "&Lx&RPage &P of &N");
    }
}
