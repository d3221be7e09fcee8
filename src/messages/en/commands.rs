use crate::messages::{Commands, English};

impl Commands for English {
    fn commands_language_name(&self) -> &'static str {
        "English"
    }
}
