//! The meeting pack as one self-contained, printable HTML file: no scripts, no external fonts,
//! images, stylesheets or links; KPI charts are inline SVG. Every piece of text passes through
//! [`escape`](crate::render::markup::escape); only the fixed markup below is written unescaped.

use super::doc::{Block, Document};
use super::svg;
use crate::messages;
use crate::model::Language;
use crate::render::markup::escape;

/// The pack's stylesheet (also used by the internal site's contract pages).
pub const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1d232a; background: #fff; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem;
  font-size: 11pt; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
.subtitle { color: #55606b; margin: 0 0 1.2rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #1f5f8b; color: #1f5f8b; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .4rem 0; }
dt { font-weight: 600; color: #38424c; }
dd { margin: 0; }
table { border-collapse: collapse; margin: .4rem 0; width: 100%; font-size: .95em; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #d5dbe1; vertical-align: top; }
th { background: #eef2f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.alert { color: #b3261e; font-weight: 600; }
td.alert { background: #fdecea; }
td.nw { white-space: nowrap; }
table.narrow { width: auto; min-width: 45%; }
ol li, ul li { margin: .15rem 0; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; margin-top: .8rem; }
figure { margin: 0; border: 1px solid #d5dbe1; border-radius: 4px; padding: .4rem; }
figcaption { font-weight: 600; font-size: .9em; margin-bottom: .2rem; }
svg { width: 100%; height: auto; display: block; }
.note { color: #55606b; font-size: .9em; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table, figure, dl, .charts { break-inside: avoid; page-break-inside: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
"#;

/// Table cells of at most this many characters never break over lines ("Erik Nyström",
/// "+46 70 174 06 07", "1 801 232,90 kr").
const NOWRAP_CHARS: usize = 22;

/// Text as a CSS string literal: everything but letters, digits and spaces is written as a
/// hexadecimal escape, so register text cannot end the string or the `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars().take(120) {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else if !c.is_control() {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The printed page's footer: the document's title on the left, "Sida 2 av 5" on the right
/// (CSS page-margin boxes, which Chromium prints).
fn page_footer(doc: &Document) -> String {
    let m = messages::of(if doc.lang == Language::En.code() {
        Language::En
    } else {
        Language::Sv
    });
    let (page, of) = (m.report_footer_page(), m.report_footer_of());
    format!(
        "@page {{ margin: 15mm 15mm 18mm;\n  @bottom-left {{ content: {}; font: 8pt system-ui, Arial, sans-serif; color: #55606b; }}\n  @bottom-right {{ content: \"{page} \" counter(page) \" {of} \" counter(pages); font: 8pt system-ui, Arial, sans-serif; color: #55606b; }} }}\n",
        css_string(&doc.title)
    )
}

/// Writes `doc` as an HTML5 document.
pub fn write(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", escape(doc.lang)));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&doc.title)));
    out.push_str(&format!(
        "<style>{STYLE}{}</style>\n</head>\n<body>\n",
        page_footer(doc)
    ));
    out.push_str(&body(doc));
    out.push_str("</body>\n</html>\n");
    out
}

/// The pack's content (heading, subtitle and sections) without the page around it, so that
/// the internal site (`avtal site --internal`) can show it inside its own page.
pub fn body(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    out.push_str(&format!(
        "<p class=\"subtitle\">{}</p>\n",
        escape(&doc.subtitle)
    ));
    for section in &doc.sections {
        out.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(&section.title)));
        let mut charts = String::new();
        for block in &section.blocks {
            match block {
                Block::Chart(chart) => charts.push_str(&svg::figure(chart)),
                other => block_html(other, &mut out),
            }
        }
        if !charts.is_empty() {
            out.push_str(&format!("<div class=\"charts\">\n{charts}</div>\n"));
        }
        out.push_str("</section>\n");
    }
    out
}

fn block_html(block: &Block, out: &mut String) {
    match block {
        Block::Fields(fields) => {
            out.push_str("<dl>\n");
            for (label, value) in fields {
                out.push_str(&format!(
                    "<dt>{}</dt><dd>{}</dd>\n",
                    escape(label),
                    escape(value)
                ));
            }
            out.push_str("</dl>\n");
        }
        Block::Table { headers, rows } => {
            // Tables of a few columns read better at their natural width.
            if headers.len() <= 3 {
                out.push_str("<table class=\"narrow\">\n<thead><tr>");
            } else {
                out.push_str("<table>\n<thead><tr>");
            }
            for (i, header) in headers.iter().enumerate() {
                let right = rows.first().and_then(|r| r.get(i)).is_some_and(|c| c.right);
                let class = if right { " class=\"num\"" } else { "" };
                out.push_str(&format!("<th{class}>{}</th>", escape(header)));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for row in rows {
                out.push_str("<tr>");
                for cell in row {
                    let mut classes = Vec::new();
                    if cell.right {
                        classes.push("num");
                    }
                    if cell.alert {
                        classes.push("alert");
                    }
                    // Dates, references, amounts, names and phone numbers read badly when
                    // broken over lines; only longer texts wrap.
                    if cell.text.chars().count() <= NOWRAP_CHARS {
                        classes.push("nw");
                    }
                    let class = if classes.is_empty() {
                        String::new()
                    } else {
                        format!(" class=\"{}\"", classes.join(" "))
                    };
                    out.push_str(&format!("<td{class}>{}</td>", escape(&cell.text)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        Block::List(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let class = if item.alert { " class=\"alert\"" } else { "" };
                out.push_str(&format!("<li{class}>{}</li>\n", escape(&item.text)));
            }
            out.push_str("</ul>\n");
        }
        Block::Ordered(items) => {
            out.push_str("<ol>\n");
            for item in items {
                out.push_str(&format!("<li>{}</li>\n", escape(item)));
            }
            out.push_str("</ol>\n");
        }
        Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
        Block::Heading(text) => out.push_str(&format!("<h3>{}</h3>\n", escape(text))),
        Block::Chart(chart) => out.push_str(&svg::figure(chart)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_footer_is_in_the_documents_language() {
        let doc = |lang: Language| Document {
            title: "Mötesunderlag".into(),
            subtitle: String::new(),
            lang: lang.code(),
            sections: Vec::new(),
        };
        let sv = page_footer(&doc(Language::Sv));
        assert!(
            sv.contains("\"Sida \" counter(page) \" av \" counter(pages)"),
            "{sv}"
        );
        let en = page_footer(&doc(Language::En));
        assert!(
            en.contains("\"Page \" counter(page) \" of \" counter(pages)"),
            "{en}"
        );
    }

    #[test]
    fn css_strings_cannot_end_the_string_or_the_style() {
        assert_eq!(css_string("Kök & Bad"), "\"Kök \\26  Bad\"");
        let nasty = css_string("\"</style><script>\\");
        assert!(!nasty[1..nasty.len() - 1].contains(['"', '<', '>']));
    }
}
