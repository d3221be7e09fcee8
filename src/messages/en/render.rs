use crate::messages::{English, Render};

impl Render for English {
    fn render_language_name(&self) -> &'static str {
        "English"
    }
}
