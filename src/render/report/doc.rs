//! A small, format-neutral document: titled sections of fields, tables, lists and charts. The
//! meeting pack is laid out once into this shape ([`super::build`]) and then written as text,
//! Markdown or HTML, so the three formats can never disagree about content.
//!
//! Every string here is plain text from the register or from avtal; the writers escape it for
//! their format.

use crate::dates::Period;

/// A whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub title: String,
    /// One line under the title (organisation, supplier, date).
    pub subtitle: String,
    /// The document's language code (`sv`/`en`) for HTML's `lang`.
    pub lang: &'static str,
    pub sections: Vec<Section>,
}

/// A titled part of the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A table cell: its text, whether it is a number, and whether it needs attention.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub right: bool,
    pub alert: bool,
}

impl Cell {
    /// A left-aligned plain cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            right: false,
            alert: false,
        }
    }

    /// A right-aligned (numeric) cell.
    pub fn number(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            right: true,
            alert: false,
        }
    }

    /// Marks the cell as needing attention when `alert` is true.
    pub fn alert(mut self, alert: bool) -> Cell {
        self.alert = alert;
        self
    }
}

/// A list item, optionally marked as needing attention.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub text: String,
    pub alert: bool,
}

/// A line chart of one KPI against its target (drawn only in HTML).
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// "Leveransprecision (%)".
    pub title: String,
    pub target: f64,
    /// "Mål" / "Target".
    pub target_label: String,
    /// Chronological; `None` for a period without a value.
    pub points: Vec<(Period, Option<f64>, bool)>,
    /// Numbers in the document's language, for axis labels.
    pub lang: crate::model::Language,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Label–value pairs.
    Fields(Vec<(String, String)>),
    /// A table with a header row.
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<Cell>>,
    },
    /// A bullet list.
    List(Vec<Item>),
    /// A numbered list.
    Ordered(Vec<String>),
    /// A paragraph.
    Paragraph(String),
    /// A sub-heading inside a section.
    Heading(String),
    /// A KPI chart (HTML only; the other formats show the table instead).
    Chart(Chart),
}
