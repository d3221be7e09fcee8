//! Messages of the rules (`src/rules/`): findings, meeting agendas, escalation steps, plan items.

/// Messages of the rules (`src/rules/`): findings, meeting agendas, escalation steps, plan items.
pub trait Rules {
    /// Placeholder until the area has messages; remove when the first real one is added.
    fn rules_language_name(&self) -> &'static str;
}
