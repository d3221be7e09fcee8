//! Messages of the importers (`kpi`, `spend`, `index` and `contracts import`): errors, warnings and summaries.

/// Messages of the importers (`kpi`, `spend`, `index` and `contracts import`): errors, warnings and summaries.
pub trait Import {
    /// Placeholder until the area has messages; remove when the first real one is added.
    fn import_language_name(&self) -> &'static str;
}
