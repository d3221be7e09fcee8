//! Messages of the rules (`src/rules/`): findings, meeting agendas, escalation steps, plan items.

/// One step of the default escalation ladder, in one language (seed 004, DOMAIN.md).
pub struct LadderText {
    /// The step's number, 0–4.
    pub step: u8,
    /// The step's name.
    pub name: &'static str,
    /// Who is responsible.
    pub responsible: &'static [&'static str],
    /// Who gives input.
    pub input: &'static [&'static str],
    /// What to do.
    pub actions: &'static [&'static str],
    /// Whom to inform.
    pub inform: &'static [&'static str],
    /// Where to document.
    pub document: &'static [&'static str],
}

/// Messages of the rules (`src/rules/`): findings, meeting agendas, escalation steps, plan items.
pub trait Rules {
    /// Finding `start-meeting-overdue`.
    fn start_meeting_overdue(&self, date: &str) -> String;
    /// Finding `followup-overdue`.
    fn followup_overdue(&self, date: &str) -> String;
    /// Finding `qualification-check-overdue`.
    fn qualification_check_overdue(&self, date: &str) -> String;
    /// Finding `action-overdue`.
    fn action_overdue(&self, reference: &str, date: &str) -> String;
    /// Finding `option-decision-missed`.
    fn option_decision_missed(&self, date: &str) -> String;
    /// Finding `option-decision-due`.
    fn option_decision_due(&self, date: &str) -> String;
    /// Finding `contract-ending`.
    fn contract_ending(&self, date: &str) -> String;
    /// Finding `kpi-missing`.
    fn kpi_missing(&self, kpi: &str, period: &str) -> String;
    /// Finding `price-adjustment-due`.
    fn price_adjustment_due(&self, date: &str) -> String;
    /// Finding `index-missing`.
    fn index_missing(&self, index: &str, period: &str) -> String;
    /// The level of an escalation step in the `escalation` finding: 0–1, 2, 3 and up.
    fn escalation_level(&self, step: u8) -> &'static str;
    /// Finding `escalation`.
    fn escalation_finding(&self, step: u8, level: &str) -> String;
    /// A framework's longest term in whole years.
    fn term_years(&self, years: u32) -> String;
    /// A framework's longest term in months.
    fn term_months(&self, months: u32) -> String;
    /// Finding `framework-term-exceeded`.
    fn framework_term_exceeded(&self, term: &str, date: &str) -> String;
    /// Finding `framework-option-exceeds-term`.
    fn framework_option_exceeds_term(&self, term: &str, date: &str) -> String;
    /// The room left under a change limit.
    fn change_room_left(&self, room: &str) -> String;
    /// A change limit reached exactly.
    fn change_limit_reached(&self) -> &'static str;
    /// How far the changes are over their limit.
    fn change_over_limit(&self, over: &str) -> String;
    /// Findings `change-limit-exceeded` / `-near`.
    fn change_limit(&self, amount: &str, limit: &str, basis: &str, rest: &str) -> String;
    /// The base of a change limit: the framework's maximum value.
    fn basis_max_value(&self) -> &'static str;
    /// The base of a change limit: the contract value.
    fn basis_contract_value(&self) -> &'static str;
    /// A change limit as a share of its base.
    fn basis_share(&self, percent: i64, base: &str) -> String;
    /// A change limit as a share of its base, for works.
    fn basis_share_works(&self, percent: i64, base: &str) -> String;
    /// A change limit at the EU threshold.
    fn basis_threshold(&self) -> &'static str;
    /// A change limit at the EU threshold for works.
    fn basis_threshold_works(&self) -> &'static str;
    /// Finding `framework-ceiling-reached`.
    fn ceiling_reached(&self, amount: &str, limit: &str) -> String;
    /// Finding `framework-ceiling-near`.
    fn ceiling_near(&self, amount: &str, limit: &str) -> String;
    /// Next step of `start-meeting-overdue`.
    fn next_start_meeting(&self, key: &str) -> String;
    /// Next step of `followup-overdue`.
    fn next_followup(&self, key: &str) -> String;
    /// Next step of `qualification-check-overdue`.
    fn next_qualification_check(&self, key: &str) -> String;
    /// Next step of `action-overdue`.
    fn next_action_overdue(&self, key: &str, reference: &str) -> String;
    /// Next step of `option-decision-missed`.
    fn next_option_decision_missed(&self) -> &'static str;
    /// Next step of `option-decision-due`.
    fn next_option_decision_due(&self) -> &'static str;
    /// Next step of `contract-ending`.
    fn next_contract_ending(&self) -> &'static str;
    /// Next step of `kpi-missing`.
    fn next_kpi_missing(&self, key: &str) -> String;
    /// Next step of `price-adjustment-due`.
    fn next_price_adjustment(&self, key: &str) -> String;
    /// The placeholder for an unknown index series in a command.
    fn series_placeholder(&self) -> &'static str;
    /// Next step of `index-missing`.
    fn next_index_missing(&self, series: &str) -> String;
    /// Next step of `escalation`.
    fn next_escalation(&self, key: &str) -> String;
    /// Next step of `framework-term-exceeded`.
    fn next_framework_term_exceeded(&self) -> &'static str;
    /// Next step of `framework-option-exceeds-term`.
    fn next_framework_option_exceeds_term(&self) -> &'static str;
    /// Next step of `change-limit-exceeded`.
    fn next_change_limit_exceeded(&self, key: &str) -> String;
    /// Next step of `change-limit-near`.
    fn next_change_limit_near(&self, key: &str) -> String;
    /// Next step of `framework-ceiling-reached`.
    fn next_ceiling_reached(&self) -> &'static str;
    /// Next step of `framework-ceiling-near`.
    fn next_ceiling_near(&self) -> &'static str;
    /// A KPI's breaches in the latest period only.
    fn streak_latest_period(&self) -> &'static str;
    /// A KPI's breaches in `periods` periods in a row.
    fn streak_periods(&self, periods: usize) -> String;
    /// Escalation trigger: a KPI worse than its target.
    fn trigger_streak(&self, kpi: &str, times: &str, last_period: &str) -> String;
    /// Escalation trigger: an open deviation.
    fn trigger_open_deviation(&self, reference: &str, since: &str) -> String;
    /// Escalation trigger: an overdue action.
    fn trigger_action_overdue(&self, reference: &str, due: &str) -> String;
    /// The default escalation ladder, steps 0–4.
    fn default_ladder(&self) -> &'static [LadderText];
    /// The name of a ladder step added in the settings.
    fn ladder_step_name(&self, step: u8) -> String;
    /// A trend: better.
    fn trend_better(&self) -> &'static str;
    /// A trend: worse.
    fn trend_worse(&self) -> &'static str;
    /// A trend: unchanged.
    fn trend_same(&self) -> &'static str;
    /// A small count in words as minutes write it ("två"), `None` above ten.
    fn count_word(&self, n: usize) -> Option<&'static str>;
    /// Agenda: a KPI's breaches in `count` (a word) periods in a row.
    fn agenda_periods_in_a_row(&self, count: &str) -> String;
    /// Agenda: the contract has ended.
    fn agenda_contract_ended(&self, end: &str) -> String;
    /// Agenda: review of the previous minutes.
    fn agenda_previous_minutes(&self) -> &'static str;
    /// Agenda: the start meeting.
    fn agenda_start_meeting(&self) -> &'static str;
    /// Agenda: a KPI below its target (higher is better).
    fn agenda_below_target(&self) -> &'static str;
    /// Agenda: a KPI above its target (lower is better).
    fn agenda_above_target(&self) -> &'static str;
    /// Agenda: a KPI worse than its target.
    fn agenda_kpi(&self, name: &str, side: &str, times: &str) -> String;
    /// Agenda: the KPIs without values.
    fn agenda_missing_kpis(&self, kpis: &str) -> String;
    /// Agenda: KPIs and trends.
    fn agenda_kpis_and_trends(&self) -> &'static str;
    /// Agenda: a deviation and its action plan.
    fn agenda_deviation(&self, reference: &str) -> String;
    /// Agenda: a deviation whose actions are overdue.
    fn agenda_deviation_overdue(&self, deviation: &str, dates: &str) -> String;
    /// Agenda: the escalation step's heading.
    fn agenda_escalation_step(&self, step: u8, name: &str) -> String;
    /// Agenda: the escalation step, as the supplier's agenda says it.
    fn agenda_supplier_action_plan(&self, heading: &str) -> String;
    /// Agenda: the sanctions claimed.
    fn agenda_sanctions(&self, total: &str) -> String;
    /// Agenda: an option's decision deadline has passed.
    fn agenda_option_missed(&self, number: usize, deadline: &str) -> String;
    /// Agenda: an option's decision is due.
    fn agenda_option_due(&self, number: usize, deadline: &str) -> String;
    /// Agenda: the new procurement.
    fn agenda_new_procurement(&self, date: &str) -> String;
    /// Agenda: the contract ends with no option or successor.
    fn agenda_contract_ends(&self, end: &str) -> String;
    /// Agenda: the qualification check is overdue.
    fn agenda_qualification_check(&self) -> &'static str;
    /// Agenda: the phase-out of an ending contract.
    fn agenda_phase_out(&self) -> &'static str;
    /// Agenda: the Kraljic focus.
    fn agenda_focus(&self, segment: &str, focus: &str) -> String;
    /// Agenda: any other business.
    fn agenda_other_business(&self) -> &'static str;
    /// Agenda: the next meeting.
    fn agenda_next_meeting(&self) -> &'static str;
    /// Agenda: the next meeting with the follow-up's due date.
    fn agenda_next_meeting_due(&self, date: &str) -> String;
    /// Priority reason: the group was set by hand.
    fn reason_manual(&self) -> &'static str;
    /// Priority reason: a call-off from a national framework.
    fn reason_national_call_off(&self) -> &'static str;
    /// Priority reason: business-critical.
    fn reason_business_critical(&self) -> &'static str;
    /// Priority reason: business-critical, but group 1 is full.
    fn reason_critical_group_1_full(&self) -> &'static str;
    /// Priority reason: business-critical, but groups 1 and 2 are full.
    fn reason_critical_groups_full(&self) -> &'static str;
    /// Priority reason: among the top share by annual value.
    fn reason_top_value(&self, value: &str, share: u32) -> String;
    /// Priority reason: among the rest by annual value.
    fn reason_rest(&self, value: &str, share: u32) -> String;
    /// Priority warning: more contracts pinned to a group than its quota.
    fn quota_overflow(&self, pinned: usize, group: u8, quota: usize) -> String;
    /// Due kind: start meeting.
    fn due_start_meeting(&self) -> &'static str;
    /// Due kind: follow-up meeting.
    fn due_followup(&self) -> &'static str;
    /// Due kind: qualification requirements check.
    fn due_qualification_check(&self) -> &'static str;
    /// Due kind: extension option decision.
    fn due_option_decision(&self) -> &'static str;
    /// Due kind: start a new procurement.
    fn due_new_procurement(&self) -> &'static str;
    /// Due kind: price adjustment.
    fn due_price_adjustment(&self) -> &'static str;
    /// Kraljic focus: strategic.
    fn focus_strategic(&self) -> &'static str;
    /// Kraljic focus: leverage.
    fn focus_leverage(&self) -> &'static str;
    /// Kraljic focus: bottleneck.
    fn focus_bottleneck(&self) -> &'static str;
    /// Kraljic focus: non-critical.
    fn focus_non_critical(&self) -> &'static str;
    /// The name of month 1..=12.
    fn month_name(&self, month: u32) -> &'static str;
    /// The three-letter name of month 1..=12.
    fn month_abbreviation(&self, month: u32) -> &'static str;
    /// Status of a plan item: done.
    fn status_done(&self) -> &'static str;
    /// Status of a plan item: overdue.
    fn status_overdue(&self) -> &'static str;
    /// Status of a plan item: missed.
    fn status_missed(&self) -> &'static str;
    /// Status of a plan item: upcoming.
    fn status_upcoming(&self) -> &'static str;
}
