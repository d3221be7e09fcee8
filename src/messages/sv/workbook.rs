use crate::messages::{Swedish, Workbook};

impl Workbook for Swedish {
    fn workbook_language_name(&self) -> &'static str {
        "svenska"
    }
}
