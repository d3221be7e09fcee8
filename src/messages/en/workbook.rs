use crate::messages::{English, Workbook};

impl Workbook for English {
    fn workbook_language_name(&self) -> &'static str {
        "English"
    }
}
