use crate::messages::{Load, Swedish};

impl Load for Swedish {
    fn load_language_name(&self) -> &'static str {
        "svenska"
    }
}
