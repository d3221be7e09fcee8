use crate::messages::{English, LadderText, Rules};

impl Rules for English {
    fn start_meeting_overdue(&self, date: &str) -> String {
        format!("No start meeting logged – it was due {date}")
    }
    fn followup_overdue(&self, date: &str) -> String {
        format!("Follow-up overdue – it was due {date}")
    }
    fn qualification_check_overdue(&self, date: &str) -> String {
        format!("Qualification check overdue – it was due {date}")
    }
    fn action_overdue(&self, reference: &str, date: &str) -> String {
        format!("Action for deviation {reference} overdue – it was due {date}")
    }
    fn option_decision_missed(&self, date: &str) -> String {
        format!("The notice deadline of the extension option has passed ({date})")
    }
    fn option_decision_due(&self, date: &str) -> String {
        format!("Decide on the extension option and give notice by {date}")
    }
    fn contract_ending(&self, date: &str) -> String {
        format!("The contract ends {date} with no extension option and no successor")
    }
    fn kpi_missing(&self, kpi: &str, period: &str) -> String {
        format!("No value for KPI {kpi}, period {period}")
    }
    fn price_adjustment_due(&self, date: &str) -> String {
        format!("Price adjustment against the index on {date}")
    }
    fn index_missing(&self, index: &str, period: &str) -> String {
        format!("Index value missing: {index} for {period}")
    }
    fn escalation_level(&self, step: u8) -> &'static str {
        match step {
            0 | 1 => "normal",
            2 => "deviations",
            _ => "persistent deviations",
        }
    }
    fn escalation_finding(&self, step: u8, level: &str) -> String {
        format!("Escalation step {step} ({level})")
    }
    fn term_years(&self, years: u32) -> String {
        format!("{years} years")
    }
    fn term_months(&self, months: u32) -> String {
        format!("{months} months")
    }
    fn framework_term_exceeded(&self, term: &str, date: &str) -> String {
        format!(
            "The framework runs longer than {term} without stated special reasons – the last allowed day is {date}"
        )
    }
    fn framework_option_exceeds_term(&self, term: &str, date: &str) -> String {
        format!(
            "The next option would extend the framework beyond {term} – the last allowed day is {date}"
        )
    }
    fn change_room_left(&self, room: &str) -> String {
        format!("{room} left")
    }
    fn change_limit_reached(&self) -> &'static str {
        "the limit is reached"
    }
    fn change_over_limit(&self, over: &str) -> String {
        format!("{over} over the limit")
    }
    fn change_limit(&self, amount: &str, limit: &str, basis: &str, rest: &str) -> String {
        format!("Net changes {amount} of at most {limit} ({basis}) — {rest}")
    }
    fn basis_max_value(&self) -> &'static str {
        "the maximum value"
    }
    fn basis_contract_value(&self) -> &'static str {
        "the contract value"
    }
    fn basis_share(&self, percent: i64, base: &str) -> String {
        format!("{percent} % of {base}")
    }
    fn basis_share_works(&self, percent: i64, base: &str) -> String {
        format!("{percent} % of {base}, works")
    }
    fn basis_threshold(&self) -> &'static str {
        "the EU threshold"
    }
    fn basis_threshold_works(&self) -> &'static str {
        "the EU threshold for works"
    }
    fn ceiling_reached(&self, amount: &str, limit: &str) -> String {
        format!("The maximum value is reached: {amount} of {limit} has been bought")
    }
    fn ceiling_near(&self, amount: &str, limit: &str) -> String {
        format!("Close to the maximum value: {amount} of {limit} (80 % or more)")
    }
    fn next_start_meeting(&self, key: &str) -> String {
        format!(
            "Hold the start meeting with the supplier and log it: avtal log {key} start-meeting"
        )
    }
    fn next_followup(&self, key: &str) -> String {
        format!("Follow up the statistics, meet the supplier and log it: avtal log {key} followup")
    }
    fn next_qualification_check(&self, key: &str) -> String {
        format!(
            "Re-check the qualification requirements (credit rating, taxes paid, certificates) and log it: avtal log {key} qualification-check"
        )
    }
    fn next_action_overdue(&self, key: &str, reference: &str) -> String {
        format!(
            "Ask the supplier where the action plan stands; when the deviation is closed: avtal log {key} resolved --ref {reference}"
        )
    }
    fn next_option_decision_missed(&self) -> &'static str {
        "Ask legal counsel whether an extension can still be agreed; set exercised or declined on the option in contract.toml"
    }
    fn next_option_decision_due(&self) -> &'static str {
        "Prepare the decision, decide on the extension and notify the supplier in writing; then set exercised or declined in contract.toml"
    }
    fn next_contract_ending(&self) -> &'static str {
        "Start the next procurement in time, or set successor in contract.toml"
    }
    fn next_kpi_missing(&self, key: &str) -> String {
        format!(
            "Ask the supplier for the value and import it: avtal kpi import FILE --contract {key}"
        )
    }
    fn next_price_adjustment(&self, key: &str) -> String {
        format!(
            "Compute what the index clause allows and check the supplier's claim: avtal price {key} --claim PERCENT"
        )
    }
    fn series_placeholder(&self) -> &'static str {
        "SERIES"
    }
    fn next_index_missing(&self, series: &str) -> String {
        format!(
            "Download the series from its source (e.g. SCB) and import it: avtal index import FILE --series {series}"
        )
    }
    fn next_escalation(&self, key: &str) -> String {
        format!("See who is responsible and what to do: avtal escalation {key}")
    }
    fn next_framework_term_exceeded(&self) -> &'static str {
        "Record the special reasons (special_reasons) in contract.toml if there are any; otherwise make no call-offs after the last day and procure a new framework"
    }
    fn next_framework_option_exceeds_term(&self) -> &'static str {
        "Decline the option (declined = true) or shorten it, or record the special reasons (special_reasons) before deciding"
    }
    fn next_change_limit_exceeded(&self, key: &str) -> String {
        format!(
            "Make no further changes without a new procurement; have legal counsel assess whether the changes fit LOU chapter 17 and log the decision: avtal log {key} decision"
        )
    }
    fn next_change_limit_near(&self, key: &str) -> String {
        format!(
            "Check the room left before the next change and log every change: avtal log {key} change --amount SEK --note TEXT"
        )
    }
    fn next_ceiling_reached(&self) -> &'static str {
        "Stop call-offs under the agreement and start a new procurement (buying beyond the maximum value is an unlawful direct award)"
    }
    fn next_ceiling_near(&self) -> &'static str {
        "Plan a new procurement and watch the call-offs: avtal spend"
    }
    fn streak_latest_period(&self) -> &'static str {
        "in the latest period"
    }
    fn streak_periods(&self, periods: usize) -> String {
        format!("{periods} periods in a row")
    }
    fn trigger_streak(&self, kpi: &str, times: &str, last_period: &str) -> String {
        format!("KPI {kpi} worse than its target {times} (latest {last_period})")
    }
    fn trigger_open_deviation(&self, reference: &str, since: &str) -> String {
        format!("deviation {reference} open since {since}")
    }
    fn trigger_action_overdue(&self, reference: &str, due: &str) -> String {
        format!("action for deviation {reference} overdue (due {due})")
    }
    fn default_ladder(&self) -> &'static [LadderText] {
        &[
            LadderText {
                step: 0,
                name: "Normal",
                responsible: &["Contract controller"],
                input: &["Operating department"],
                actions: &["Follow up with the supplier as the contract says"],
                inform: &[],
                document: &["Contract management system"],
            },
            LadderText {
                step: 1,
                name: "Normal – dialogue",
                responsible: &["Contract controller"],
                input: &["Operating department"],
                actions: &["Dialogue with the supplier as the contract says"],
                inform: &[],
                document: &["Contract management system"],
            },
            LadderText {
                step: 2,
                name: "Deviations",
                responsible: &[
                    "Contract controller",
                    "Team leader",
                    "Head of procurement",
                    "Management",
                ],
                input: &["Operating department", "Contract controller"],
                actions: &[
                    "Meeting with the supplier",
                    "Draw up an action plan",
                    "Consider the contract's consequences, e.g. liquidated damages",
                ],
                inform: &["The contract controller informs the affected department"],
                document: &["Contract management system", "Official records (diariet)"],
            },
            LadderText {
                step: 3,
                name: "Persistent deviations",
                responsible: &[
                    "Team leader",
                    "Legal counsel",
                    "Head of procurement",
                    "Management",
                ],
                input: &["Operating department", "Contract controller"],
                actions: &[
                    "Supplier meeting with legal counsel",
                    "Termination?",
                    "Block ordering?",
                    "Liquidated damages have been claimed",
                ],
                inform: &["The contract controller informs the affected department"],
                document: &["Contract management system", "Official records (diariet)"],
            },
            LadderText {
                step: 4,
                name: "Termination",
                responsible: &[
                    "Team leader",
                    "Legal counsel",
                    "Head of procurement",
                    "Management",
                ],
                input: &["Operating department", "Contract controller"],
                actions: &[
                    "Terminate the contract (hävning)",
                    "End the cooperation",
                    "LOU governs future tenders and any cooperation",
                ],
                inform: &["The contract controller informs the affected department"],
                document: &["Contract management system", "Official records (diariet)"],
            },
        ]
    }
    fn ladder_step_name(&self, step: u8) -> String {
        format!("Step {step}")
    }
    fn trend_better(&self) -> &'static str {
        "better"
    }
    fn trend_worse(&self) -> &'static str {
        "worse"
    }
    fn trend_same(&self) -> &'static str {
        "unchanged"
    }
    fn count_word(&self, n: usize) -> Option<&'static str> {
        [
            "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ]
        .get(n)
        .copied()
    }
    fn agenda_periods_in_a_row(&self, count: &str) -> String {
        format!("{count} periods in a row")
    }
    fn agenda_contract_ended(&self, end: &str) -> String {
        format!("The contract ended {end}: final follow-up and lessons for the next procurement")
    }
    fn agenda_previous_minutes(&self) -> &'static str {
        "Review of the previous minutes"
    }
    fn agenda_start_meeting(&self) -> &'static str {
        "Start meeting: the contract, cooperation model, contacts and KPIs"
    }
    fn agenda_below_target(&self) -> &'static str {
        "below target"
    }
    fn agenda_above_target(&self) -> &'static str {
        "above target"
    }
    fn agenda_kpi(&self, name: &str, side: &str, times: &str) -> String {
        format!("KPI: {name} {side} {times}")
    }
    fn agenda_missing_kpis(&self, kpis: &str) -> String {
        format!("Missing KPI values: {kpis}")
    }
    fn agenda_kpis_and_trends(&self) -> &'static str {
        "KPIs and trends"
    }
    fn agenda_deviation(&self, reference: &str) -> String {
        format!("Deviation {reference} and action plan")
    }
    fn agenda_deviation_overdue(&self, deviation: &str, dates: &str) -> String {
        format!("{deviation} (action overdue since {dates})")
    }
    fn agenda_escalation_step(&self, step: u8, name: &str) -> String {
        format!("Escalation step {step} – {name}")
    }
    fn agenda_supplier_action_plan(&self, heading: &str) -> String {
        format!("{heading}: the supplier's action plan")
    }
    fn agenda_sanctions(&self, total: &str) -> String {
        format!("Sanctions claimed: {total}")
    }
    fn agenda_option_missed(&self, number: usize, deadline: &str) -> String {
        format!("Option {number}: the decision deadline {deadline} has passed")
    }
    fn agenda_option_due(&self, number: usize, deadline: &str) -> String {
        format!("Decision on option {number} by {deadline}")
    }
    fn agenda_new_procurement(&self, date: &str) -> String {
        format!("New procurement: start by {date}")
    }
    fn agenda_contract_ends(&self, end: &str) -> String {
        format!("The contract ends {end}: new procurement or phase-out")
    }
    fn agenda_qualification_check(&self) -> &'static str {
        "Qualification requirements check (overdue)"
    }
    fn agenda_phase_out(&self) -> &'static str {
        "Phase-out: final deliveries, handover and final invoice"
    }
    fn agenda_focus(&self, segment: &str, focus: &str) -> String {
        format!("Focus ({segment}): {focus}")
    }
    fn agenda_other_business(&self) -> &'static str {
        "Any other business"
    }
    fn agenda_next_meeting(&self) -> &'static str {
        "Next meeting"
    }
    fn agenda_next_meeting_due(&self, date: &str) -> String {
        format!("Next meeting (follow-up due {date})")
    }
    fn reason_manual(&self) -> &'static str {
        "set manually"
    }
    fn reason_national_call_off(&self) -> &'static str {
        "call-off from a national framework agreement"
    }
    fn reason_business_critical(&self) -> &'static str {
        "business-critical"
    }
    fn reason_critical_group_1_full(&self) -> &'static str {
        "business-critical, but group 1 is full"
    }
    fn reason_critical_groups_full(&self) -> &'static str {
        "business-critical, but groups 1 and 2 are full"
    }
    fn reason_top_value(&self, value: &str, share: u32) -> String {
        format!("annual value {value} — top {share}\u{a0}%")
    }
    fn reason_rest(&self, value: &str, share: u32) -> String {
        format!("annual value {value} — remaining {share}\u{a0}%")
    }
    fn quota_overflow(&self, pinned: usize, group: u8, quota: usize) -> String {
        format!("{pinned} contracts are pinned to group {group} but its quota is {quota}")
    }
    fn due_start_meeting(&self) -> &'static str {
        "Start meeting"
    }
    fn due_followup(&self) -> &'static str {
        "Follow-up meeting"
    }
    fn due_qualification_check(&self) -> &'static str {
        "Qualification requirements check"
    }
    fn due_option_decision(&self) -> &'static str {
        "Extension option decision"
    }
    fn due_new_procurement(&self) -> &'static str {
        "Start new procurement"
    }
    fn due_price_adjustment(&self) -> &'static str {
        "Price adjustment"
    }
    fn focus_strategic(&self) -> &'static str {
        "business development and cooperation"
    }
    fn focus_leverage(&self) -> &'static str {
        "price and invoice control"
    }
    fn focus_bottleneck(&self) -> &'static str {
        "secure delivery"
    }
    fn focus_non_critical(&self) -> &'static str {
        "check that everything works"
    }
    fn month_name(&self, month: u32) -> &'static str {
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][(month.clamp(1, 12) - 1) as usize]
    }
    fn month_abbreviation(&self, month: u32) -> &'static str {
        [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ][(month.clamp(1, 12) - 1) as usize]
    }
    fn status_done(&self) -> &'static str {
        "done"
    }
    fn status_overdue(&self) -> &'static str {
        "OVERDUE"
    }
    fn status_missed(&self) -> &'static str {
        "missed"
    }
    fn status_upcoming(&self) -> &'static str {
        "upcoming"
    }
}
