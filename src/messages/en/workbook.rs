use crate::messages::{English, Workbook};

impl Workbook for English {
    fn as_of(&self) -> &'static str {
        "as of"
    }
    fn buyer(&self) -> &'static str {
        "buyer"
    }
    fn supplier(&self) -> &'static str {
        "supplier"
    }
    fn workbook_monthly(&self) -> &'static str {
        "monthly"
    }
    fn workbook_quarterly(&self) -> &'static str {
        "quarterly"
    }
    fn workbook_yearly(&self) -> &'static str {
        "yearly"
    }
    fn cooperation_model(&self) -> &'static str {
        "Cooperation model"
    }
    fn segmentation(&self) -> &'static str {
        "Segmentation"
    }
    fn kraljic_segment(&self) -> &'static str {
        "Kraljic segment"
    }
    fn focus_of_the_follow_up(&self) -> &'static str {
        "Focus of the follow-up"
    }
    fn priority_group(&self) -> &'static str {
        "Priority group"
    }
    fn meeting_forms_and_frequency(&self) -> &'static str {
        "Meeting forms and frequency"
    }
    fn meeting_form(&self) -> &'static str {
        "Meeting"
    }
    fn frequency(&self) -> &'static str {
        "Frequency"
    }
    fn participants(&self) -> &'static str {
        "Participants"
    }
    fn start_meeting(&self) -> &'static str {
        "Start meeting"
    }
    fn follow_up_and_development_meeting_first_year(&self) -> &'static str {
        "Follow-up and development meeting, first year"
    }
    fn follow_up_and_development_meeting_thereafter(&self) -> &'static str {
        "Follow-up and development meeting, thereafter"
    }
    fn kpi_statistics_follow_up(&self) -> &'static str {
        "KPI statistics follow-up"
    }
    fn qualification_requirements_check(&self) -> &'static str {
        "Qualification requirements check"
    }
    fn roles_in_the_follow_up_team(&self) -> &'static str {
        "Roles in the follow-up team"
    }
    fn role(&self) -> &'static str {
        "Role"
    }
    fn name(&self) -> &'static str {
        "Name"
    }
    fn responsibility(&self) -> &'static str {
        "Responsibility"
    }
    fn contract_controller_process_coordinator(&self) -> &'static str {
        "Contract controller / process coordinator"
    }
    fn compiles_kpis_books_follow_up_meetings(&self) -> &'static str {
        "Compiles KPIs, books follow-up meetings"
    }
    fn process_owner_department(&self) -> &'static str {
        "Process owner (department)"
    }
    fn owns_the_contract_and_the_follow_up(&self) -> &'static str {
        "Owns the contract and the follow-up, gives input on delivery"
    }
    fn partner_owner(&self) -> &'static str {
        "Partner owner"
    }
    fn owns_the_relationship_with_the_supplier(&self) -> &'static str {
        "Owns the relationship with the supplier"
    }
    fn supplier_title(&self) -> &'static str {
        "Supplier"
    }
    fn provides_statistics_attends_follow_up_meetings(&self) -> &'static str {
        "Provides statistics, attends follow-up meetings"
    }
    fn escalation_ladder(&self) -> &'static str {
        "Escalation ladder"
    }
    fn step(&self) -> &'static str {
        "Step"
    }
    fn responsible(&self) -> &'static str {
        "Responsible"
    }
    fn input_from(&self) -> &'static str {
        "Input from"
    }
    fn actions(&self) -> &'static str {
        "Actions"
    }
    fn inform(&self) -> &'static str {
        "Inform"
    }
    fn document_in(&self) -> &'static str {
        "Document in"
    }
    fn current(&self) -> &'static str {
        "current"
    }
    fn workbook_escalation_path(&self) -> &'static str {
        "Escalation path"
    }
    fn delivery_and_performance(&self) -> &'static str {
        "Delivery and performance"
    }
    fn kpi_values_by_period(&self) -> &'static str {
        "KPI values by period"
    }
    fn the_contract_has_no_kpis(&self) -> &'static str {
        "The contract has no KPIs."
    }
    fn supplier_rating(&self) -> &'static str {
        "Supplier rating"
    }
    fn rating_1_5_5_very_good(&self) -> &'static str {
        "Rating 1–5 (5 = very good)"
    }
    fn rating(&self) -> &'static str {
        "Rating"
    }
    fn choose_1_5(&self) -> &'static str {
        "Choose 1–5"
    }
    fn the_department_s_view_of_the_delivery(&self) -> &'static str {
        "The department's view of the delivery"
    }
    fn action_plan_and_activities(&self) -> &'static str {
        "Action plan and activities"
    }
    fn activity(&self) -> &'static str {
        "Activity"
    }
    fn date(&self) -> &'static str {
        "Date"
    }
    fn owner(&self) -> &'static str {
        "Owner"
    }
    fn the_supplier(&self) -> &'static str {
        "The supplier"
    }
    fn overdue(&self) -> &'static str {
        "overdue"
    }
    fn in_progress(&self) -> &'static str {
        "in progress"
    }
    fn planned(&self) -> &'static str {
        "planned"
    }
    fn deviations_and_sanctions(&self) -> &'static str {
        "Deviations and sanctions"
    }
    fn type_label(&self) -> &'static str {
        "Type"
    }
    fn amount_sek(&self) -> &'static str {
        "Amount (SEK)"
    }
    fn note(&self) -> &'static str {
        "Note"
    }
    fn deviation_open(&self) -> &'static str {
        "deviation (open)"
    }
    fn sanction(&self) -> &'static str {
        "sanction"
    }
    fn total_sanctions(&self) -> &'static str {
        "Total sanctions"
    }
    fn decision_log(&self) -> &'static str {
        "Decision log"
    }
    fn decision(&self) -> &'static str {
        "Decision"
    }
    fn strengths(&self) -> &'static str {
        "Strengths"
    }
    fn weaknesses(&self) -> &'static str {
        "Weaknesses"
    }
    fn opportunities(&self) -> &'static str {
        "Opportunities"
    }
    fn threats(&self) -> &'static str {
        "Threats"
    }
    fn target(&self) -> &'static str {
        "Target"
    }
    fn outside_the_target(&self) -> &'static str {
        "Outside the target"
    }
    fn facts_and_contract_information(&self) -> &'static str {
        "Facts and contract information"
    }
    fn contract_information(&self) -> &'static str {
        "Contract information"
    }
    fn exercised(&self) -> &'static str {
        "exercised"
    }
    fn declined(&self) -> &'static str {
        "declined"
    }
    fn not_decided(&self) -> &'static str {
        "not decided"
    }
    fn months_abbreviated(&self) -> &'static str {
        "months"
    }
    fn contract_start(&self) -> &'static str {
        "Start"
    }
    fn end_of_initial_term(&self) -> &'static str {
        "End of initial term"
    }
    fn end_with_exercised_options(&self) -> &'static str {
        "End with exercised options"
    }
    fn options(&self) -> &'static str {
        "Options"
    }
    fn next_option_notice_by(&self) -> &'static str {
        "Next option, notice by"
    }
    fn business_critical(&self) -> &'static str {
        "Business-critical"
    }
    fn key_people_and_roles(&self) -> &'static str {
        "Key people and roles"
    }
    fn party(&self) -> &'static str {
        "Party"
    }
    fn email(&self) -> &'static str {
        "Email"
    }
    fn phone(&self) -> &'static str {
        "Phone"
    }
    fn contract_controller(&self) -> &'static str {
        "Contract controller"
    }
    fn owner_department(&self) -> &'static str {
        "Owner (department)"
    }
    fn kpis_decided(&self) -> &'static str {
        "KPIs decided"
    }
    fn kpi(&self) -> &'static str {
        "KPI"
    }
    fn unit(&self) -> &'static str {
        "Unit"
    }
    fn better_when(&self) -> &'static str {
        "Better when"
    }
    fn reported(&self) -> &'static str {
        "Reported"
    }
    fn higher(&self) -> &'static str {
        "higher"
    }
    fn lower(&self) -> &'static str {
        "lower"
    }
    fn spend_per_year(&self) -> &'static str {
        "Spend per year"
    }
    fn year(&self) -> &'static str {
        "Year"
    }
    fn estimated_annual_value_sek(&self) -> &'static str {
        "Estimated annual value (SEK)"
    }
    fn actual_spend_sek(&self) -> &'static str {
        "Actual spend (SEK)"
    }
    fn comment(&self) -> &'static str {
        "Comment"
    }
    fn maximum_value_used(&self) -> &'static str {
        "Maximum value used"
    }
    fn price_adjustment(&self) -> &'static str {
        "Price adjustment"
    }
    fn clause(&self) -> &'static str {
        "Clause"
    }
    fn rule(&self) -> &'static str {
        "Rule"
    }
    fn summary(&self) -> &'static str {
        "Summary"
    }
    fn contract_follow_up(&self) -> &'static str {
        "Contract follow-up"
    }
    fn follow_up_of_contract(&self) -> &'static str {
        "Follow-up of contract"
    }
    fn status_today(&self) -> &'static str {
        "Status today"
    }
    fn escalation_step(&self) -> &'static str {
        "Escalation step"
    }
    fn open_deviations(&self) -> &'static str {
        "Open deviations"
    }
    fn overdue_actions(&self) -> &'static str {
        "Overdue actions"
    }
    fn sanctions_claimed(&self) -> &'static str {
        "Sanctions claimed"
    }
    fn latest_follow_up_meeting(&self) -> &'static str {
        "Latest follow-up meeting"
    }
    fn kpis(&self) -> &'static str {
        "KPIs"
    }
    fn latest(&self) -> &'static str {
        "Latest"
    }
    fn missed_target(&self) -> &'static str {
        "Missed target"
    }
    fn in_a_row(&self) -> &'static str {
        "In a row"
    }
    fn to_act_on(&self) -> &'static str {
        "To act on"
    }
    fn nothing_to_act_on(&self) -> &'static str {
        "Nothing to act on."
    }
    fn suggested_agenda(&self) -> &'static str {
        "Suggested agenda"
    }
    fn overall_assessment(&self) -> &'static str {
        "Overall assessment"
    }
    fn kpi_reporting_for_contract(&self) -> &'static str {
        "KPI reporting for contract"
    }
    fn fill_in_the_yellow_cells_with_one(&self) -> &'static str {
        "Fill in the yellow cells with one number per period, e.g. 93.5. Leave a cell empty if there is no value. Grey cells do not apply."
    }
    fn not_a_number(&self) -> &'static str {
        "Not a number"
    }
    fn enter_a_number_e_g_93_5(&self) -> &'static str {
        "Enter a number, e.g. 93.5, or leave the cell empty."
    }
    fn page_of_pages(&self) -> &'static str {
        "Page &P of &N"
    }
    fn contract_loyalty(&self) -> &'static str {
        "Contract loyalty"
    }
    fn measure(&self) -> &'static str {
        "Measure"
    }
    fn value(&self) -> &'static str {
        "Value"
    }
    fn total(&self) -> &'static str {
        "Total"
    }
    fn under_contract(&self) -> &'static str {
        "Under contract"
    }
    fn contracts(&self) -> &'static str {
        "Contracts"
    }
    fn contract(&self) -> &'static str {
        "Contract"
    }
    fn title(&self) -> &'static str {
        "Title"
    }
    fn spend(&self) -> &'static str {
        "Spend"
    }
    fn annual_value(&self) -> &'static str {
        "Annual value"
    }
    fn since_start(&self) -> &'static str {
        "Since start"
    }
    fn maximum_value(&self) -> &'static str {
        "Maximum value"
    }
    fn outside_contract(&self) -> &'static str {
        "Outside contract"
    }
    fn org_no(&self) -> &'static str {
        "Org. no"
    }
    fn over_the_direct_award_limit(&self) -> &'static str {
        "Over the direct-award limit"
    }
    fn departments(&self) -> &'static str {
        "Departments"
    }
    fn department(&self) -> &'static str {
        "Department"
    }
    fn loyalty(&self) -> &'static str {
        "Loyalty"
    }
    fn contract_loyalty_per_department(&self) -> &'static str {
        "Contract loyalty per department"
    }
    fn ranking(&self) -> &'static str {
        "Ranking"
    }
    fn framework(&self) -> &'static str {
        "Framework"
    }
    fn rank_1_share(&self) -> &'static str {
        "Rank-1 share"
    }
    fn page_of_pages_right(&self) -> &'static str {
        "&RPage &P of &N"
    }
    fn schedule(&self) -> &'static str {
        "Schedule"
    }
    fn workload(&self) -> &'static str {
        "Workload"
    }
    fn follow_up_meetings_per_controller_and_month(&self) -> &'static str {
        "Follow-up meetings per controller and month"
    }
    fn week(&self) -> &'static str {
        "Week"
    }
    fn group(&self) -> &'static str {
        "Group"
    }
    fn focus(&self) -> &'static str {
        "Focus"
    }
    fn owner_column(&self) -> &'static str {
        "Owner"
    }
    fn every_months(&self, months: u32) -> String {
        format!("every {months} months")
    }
    fn start_meeting_within(&self, days: u32) -> String {
        format!("within {days} days of the start")
    }
    fn kpi_sheet_title(&self, year: i32, title: &str) -> String {
        format!("KPIs {year} – {title}")
    }
    fn option_notice(&self, number: usize, months: u32) -> String {
        format!("Extension option {number} ({months} months) – last day for notice")
    }
    fn notice_deadline(&self, label: &str) -> String {
        format!("{label} – last day for notice")
    }
    fn cannot_write_workbook(&self, error: &str) -> String {
        format!("cannot write the workbook: {error}")
    }
    fn date_not_in_excel(&self, date: &str) -> String {
        format!("{date} cannot be written to Excel")
    }
}
