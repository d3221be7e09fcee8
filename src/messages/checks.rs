//! Descriptions of the finding codes (`src/rules/checks/codes.rs`): one line per code on what
//! it checks, for `avtal check --list` (SPEC §22).

/// What each finding code checks, in one line. A code added later keeps its message and next
/// step here too, so that all of a new code's texts are in one area.
pub trait Checks {
    /// What `start-meeting-overdue` checks.
    fn describe_start_meeting_overdue(&self) -> &'static str;
    /// What `followup-overdue` checks.
    fn describe_followup_overdue(&self) -> &'static str;
    /// What `qualification-check-overdue` checks.
    fn describe_qualification_check_overdue(&self) -> &'static str;
    /// What `action-overdue` checks.
    fn describe_action_overdue(&self) -> &'static str;
    /// What `option-decision-missed` checks.
    fn describe_option_decision_missed(&self) -> &'static str;
    /// What `option-decision-due` checks.
    fn describe_option_decision_due(&self) -> &'static str;
    /// What `contract-ending` checks.
    fn describe_contract_ending(&self) -> &'static str;
    /// What `kpi-missing` checks.
    fn describe_kpi_missing(&self) -> &'static str;
    /// What `escalation` checks.
    fn describe_escalation(&self) -> &'static str;
    /// What `framework-term-exceeded` checks.
    fn describe_framework_term_exceeded(&self) -> &'static str;
    /// What `framework-option-exceeds-term` checks.
    fn describe_framework_option_exceeds_term(&self) -> &'static str;
    /// What `change-limit-exceeded` checks.
    fn describe_change_limit_exceeded(&self) -> &'static str;
    /// What `change-limit-near` checks.
    fn describe_change_limit_near(&self) -> &'static str;
    /// What `framework-ceiling-reached` checks.
    fn describe_framework_ceiling_reached(&self) -> &'static str;
    /// What `framework-ceiling-near` checks.
    fn describe_framework_ceiling_near(&self) -> &'static str;
    /// What `price-adjustment-due` checks.
    fn describe_price_adjustment_due(&self) -> &'static str;
    /// What `index-missing` checks.
    fn describe_index_missing(&self) -> &'static str;
}
