use crate::messages::{Import, Swedish};

impl Import for Swedish {
    fn import_language_name(&self) -> &'static str {
        "svenska"
    }
}
