use crate::messages::{English, Import};

impl Import for English {
    fn import_language_name(&self) -> &'static str {
        "English"
    }
}
