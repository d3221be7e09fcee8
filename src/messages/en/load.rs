use crate::messages::{English, Load};

impl Load for English {
    fn load_language_name(&self) -> &'static str {
        "English"
    }
}
