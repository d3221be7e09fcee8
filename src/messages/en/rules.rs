use crate::messages::{English, Rules};

impl Rules for English {
    fn rules_language_name(&self) -> &'static str {
        "English"
    }
}
