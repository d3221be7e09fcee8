use crate::messages::{Checks, English};

impl Checks for English {
    fn describe_start_meeting_overdue(&self) -> &'static str {
        "A start meeting that should have been held but is not in the log"
    }
    fn describe_followup_overdue(&self) -> &'static str {
        "A follow-up meeting that should have been held but is not in the log"
    }
    fn describe_qualification_check_overdue(&self) -> &'static str {
        "A check of the qualification requirements that should have been made but is not in the log"
    }
    fn describe_action_overdue(&self) -> &'static str {
        "An action on a deviation that is past its due date while the deviation is still open"
    }
    fn describe_option_decision_missed(&self) -> &'static str {
        "The notice deadline for the next extension option has passed"
    }
    fn describe_option_decision_due(&self) -> &'static str {
        "The notice deadline for the next extension option is near"
    }
    fn describe_contract_ending(&self) -> &'static str {
        "The contract ends without an extension option or successor, and a new procurement should have started"
    }
    fn describe_kpi_missing(&self) -> &'static str {
        "A KPI value that should have been reported but is missing, per KPI and period"
    }
    fn describe_escalation(&self) -> &'static str {
        "The contract is on escalation step 2 or higher"
    }
    fn describe_framework_term_exceeded(&self) -> &'static str {
        "A framework agreement that runs longer than LOU allows, without stated special reasons"
    }
    fn describe_framework_option_exceeds_term(&self) -> &'static str {
        "A framework agreement whose next option would extend it beyond what LOU allows"
    }
    fn describe_change_limit_exceeded(&self) -> &'static str {
        "Net changes have reached the limit for permitted changes under LOU"
    }
    fn describe_change_limit_near(&self) -> &'static str {
        "Net changes have reached 80 % of the limit for permitted changes"
    }
    fn describe_framework_ceiling_reached(&self) -> &'static str {
        "Purchases under the contract have reached its maximum value"
    }
    fn describe_framework_ceiling_near(&self) -> &'static str {
        "Purchases under the contract have reached 80 % of its maximum value"
    }
    fn describe_price_adjustment_due(&self) -> &'static str {
        "A price adjustment by index falls within 60 days"
    }
    fn describe_index_missing(&self) -> &'static str {
        "An index value that a coming price adjustment needs is missing from the series"
    }
}
