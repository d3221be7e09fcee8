use crate::messages::{Rules, Swedish};

impl Rules for Swedish {
    fn rules_language_name(&self) -> &'static str {
        "svenska"
    }
}
