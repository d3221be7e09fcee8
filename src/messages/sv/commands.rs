use crate::messages::{Commands, Swedish};

impl Commands for Swedish {
    fn commands_language_name(&self) -> &'static str {
        "svenska"
    }
}
