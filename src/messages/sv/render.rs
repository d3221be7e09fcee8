use crate::messages::{Render, Swedish};

impl Render for Swedish {
    fn render_language_name(&self) -> &'static str {
        "svenska"
    }
}
