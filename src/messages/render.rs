//! Messages of documents and rules: labels of reports, workbooks, the site, digests, calendars and findings.

/// Messages of documents and rules: labels of reports, workbooks, the site, digests, calendars and findings.
pub trait Render {
    /// Placeholder until the area has messages; remove when the first real one is added.
    fn render_language_name(&self) -> &'static str;
}
