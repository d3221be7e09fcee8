//! Shared cell formats and page setup of avtal's workbooks.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet};

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
            money: bordered().set_num_format("#,##0 \"kr\""),
            input: input(),
            input_wrap: input().set_text_wrap(),
            input_number: input(),
            not_applicable: bordered().set_background_color(NOT_APPLICABLE_FILL),
            breach: Format::new()
                .set_background_color(BREACH_FILL)
                .set_font_color(BREACH_FONT),
            alert: bordered()
                .set_bold()
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
    let pages = lang.pick("Sida &P av &N", "Page &P of &N");
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
    fn footer_text_cannot_inject_control_codes() {
        assert_eq!(
            footer_text("A&B &P\n", Language::Sv),
            "&LA&&B &&P&RSida &P av &N"
        );
        assert_eq!(footer_text("x", Language::En), "&Lx&RPage &P of &N");
    }
}
