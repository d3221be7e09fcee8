//! Messages of the Excel workbooks: the follow-up workbook, the KPI sheet, the plan and the spend workbooks.

/// Messages of the Excel workbooks: the follow-up workbook, the KPI sheet, the plan and the spend workbooks.
pub trait Workbook {
    /// Label "as of".
    fn as_of(&self) -> &'static str;
    /// Label "buyer".
    fn buyer(&self) -> &'static str;
    /// Label "supplier".
    fn supplier(&self) -> &'static str;
    /// Label "monthly".
    fn workbook_monthly(&self) -> &'static str;
    /// Label "quarterly".
    fn workbook_quarterly(&self) -> &'static str;
    /// Label "yearly".
    fn workbook_yearly(&self) -> &'static str;
    /// Label "Cooperation model".
    fn cooperation_model(&self) -> &'static str;
    /// Label "Segmentation".
    fn segmentation(&self) -> &'static str;
    /// Label "Kraljic segment".
    fn kraljic_segment(&self) -> &'static str;
    /// Label "Focus of the follow-up".
    fn focus_of_the_follow_up(&self) -> &'static str;
    /// Label "Priority group".
    fn priority_group(&self) -> &'static str;
    /// Label "Meeting forms and frequency".
    fn meeting_forms_and_frequency(&self) -> &'static str;
    /// Label "Meeting".
    fn meeting_form(&self) -> &'static str;
    /// Label "Frequency".
    fn frequency(&self) -> &'static str;
    /// Label "Participants".
    fn participants(&self) -> &'static str;
    /// Label "Start meeting".
    fn start_meeting(&self) -> &'static str;
    /// Label "Follow-up and development meeting, first year".
    fn follow_up_and_development_meeting_first_year(&self) -> &'static str;
    /// Label "Follow-up and development meeting, thereafter".
    fn follow_up_and_development_meeting_thereafter(&self) -> &'static str;
    /// Label "KPI statistics follow-up".
    fn kpi_statistics_follow_up(&self) -> &'static str;
    /// Label "Qualification requirements check".
    fn qualification_requirements_check(&self) -> &'static str;
    /// Label "Roles in the follow-up team".
    fn roles_in_the_follow_up_team(&self) -> &'static str;
    /// Label "Role".
    fn role(&self) -> &'static str;
    /// Label "Name".
    fn name(&self) -> &'static str;
    /// Label "Responsibility".
    fn responsibility(&self) -> &'static str;
    /// Label "Contract controller / process coordinator".
    fn contract_controller_process_coordinator(&self) -> &'static str;
    /// Label "Compiles KPIs, books follow-up meetings".
    fn compiles_kpis_books_follow_up_meetings(&self) -> &'static str;
    /// Label "Process owner (department)".
    fn process_owner_department(&self) -> &'static str;
    /// Label "Owns the contract and the follow-up, gives input on delivery".
    fn owns_the_contract_and_the_follow_up(&self) -> &'static str;
    /// Label "Partner owner".
    fn partner_owner(&self) -> &'static str;
    /// Label "Owns the relationship with the supplier".
    fn owns_the_relationship_with_the_supplier(&self) -> &'static str;
    /// Label "Supplier".
    fn supplier_title(&self) -> &'static str;
    /// Label "Provides statistics, attends follow-up meetings".
    fn provides_statistics_attends_follow_up_meetings(&self) -> &'static str;
    /// Label "Escalation ladder".
    fn escalation_ladder(&self) -> &'static str;
    /// Label "Step".
    fn step(&self) -> &'static str;
    /// Label "Responsible".
    fn responsible(&self) -> &'static str;
    /// Label "Input from".
    fn input_from(&self) -> &'static str;
    /// Label "Actions".
    fn actions(&self) -> &'static str;
    /// Label "Inform".
    fn inform(&self) -> &'static str;
    /// Label "Document in".
    fn document_in(&self) -> &'static str;
    /// Label "current".
    fn current(&self) -> &'static str;
    /// Label "Escalation path".
    fn workbook_escalation_path(&self) -> &'static str;
    /// Label "Delivery and performance".
    fn delivery_and_performance(&self) -> &'static str;
    /// Label "KPI values by period".
    fn kpi_values_by_period(&self) -> &'static str;
    /// Label "The contract has no KPIs.".
    fn the_contract_has_no_kpis(&self) -> &'static str;
    /// Label "Supplier rating".
    fn supplier_rating(&self) -> &'static str;
    /// Label "Rating 1–5 (5 = very good)".
    fn rating_1_5_5_very_good(&self) -> &'static str;
    /// Label "Rating".
    fn rating(&self) -> &'static str;
    /// Label "Choose 1–5".
    fn choose_1_5(&self) -> &'static str;
    /// Label "The department's view of the delivery".
    fn the_department_s_view_of_the_delivery(&self) -> &'static str;
    /// Label "Action plan and activities".
    fn action_plan_and_activities(&self) -> &'static str;
    /// Label "Activity".
    fn activity(&self) -> &'static str;
    /// Label "Date".
    fn date(&self) -> &'static str;
    /// Label "Owner".
    fn owner(&self) -> &'static str;
    /// Label "The supplier".
    fn the_supplier(&self) -> &'static str;
    /// Label "overdue".
    fn overdue(&self) -> &'static str;
    /// Label "in progress".
    fn in_progress(&self) -> &'static str;
    /// Label "planned".
    fn planned(&self) -> &'static str;
    /// Label "Deviations and sanctions".
    fn deviations_and_sanctions(&self) -> &'static str;
    /// Label "Type".
    fn type_label(&self) -> &'static str;
    /// Label "Amount (SEK)".
    fn amount_sek(&self) -> &'static str;
    /// Label "Note".
    fn note(&self) -> &'static str;
    /// Label "deviation (open)".
    fn deviation_open(&self) -> &'static str;
    /// Label "sanction".
    fn sanction(&self) -> &'static str;
    /// Label "Total sanctions".
    fn total_sanctions(&self) -> &'static str;
    /// Label "Decision log".
    fn decision_log(&self) -> &'static str;
    /// Label "Decision".
    fn decision(&self) -> &'static str;
    /// Label "Strengths".
    fn strengths(&self) -> &'static str;
    /// Label "Weaknesses".
    fn weaknesses(&self) -> &'static str;
    /// Label "Opportunities".
    fn opportunities(&self) -> &'static str;
    /// Label "Threats".
    fn threats(&self) -> &'static str;
    /// Label "Target".
    fn target(&self) -> &'static str;
    /// Label "Outside the target".
    fn outside_the_target(&self) -> &'static str;
    /// Label "Facts and contract information".
    fn facts_and_contract_information(&self) -> &'static str;
    /// Label "Contract information".
    fn contract_information(&self) -> &'static str;
    /// Label "exercised".
    fn exercised(&self) -> &'static str;
    /// Label "declined".
    fn declined(&self) -> &'static str;
    /// Label "not decided".
    fn not_decided(&self) -> &'static str;
    /// Label "months".
    fn months_abbreviated(&self) -> &'static str;
    /// Label "Start".
    fn contract_start(&self) -> &'static str;
    /// Label "End of initial term".
    fn end_of_initial_term(&self) -> &'static str;
    /// Label "End with exercised options".
    fn end_with_exercised_options(&self) -> &'static str;
    /// Label "Options".
    fn options(&self) -> &'static str;
    /// Label "Next option, notice by".
    fn next_option_notice_by(&self) -> &'static str;
    /// Label "Business-critical".
    fn business_critical(&self) -> &'static str;
    /// Label "Key people and roles".
    fn key_people_and_roles(&self) -> &'static str;
    /// Label "Party".
    fn party(&self) -> &'static str;
    /// Label "Email".
    fn email(&self) -> &'static str;
    /// Label "Phone".
    fn phone(&self) -> &'static str;
    /// Label "Contract controller".
    fn contract_controller(&self) -> &'static str;
    /// Label "Owner (department)".
    fn owner_department(&self) -> &'static str;
    /// Label "KPIs decided".
    fn kpis_decided(&self) -> &'static str;
    /// Label "KPI".
    fn kpi(&self) -> &'static str;
    /// Label "Unit".
    fn unit(&self) -> &'static str;
    /// Label "Better when".
    fn better_when(&self) -> &'static str;
    /// Label "Reported".
    fn reported(&self) -> &'static str;
    /// Label "higher".
    fn higher(&self) -> &'static str;
    /// Label "lower".
    fn lower(&self) -> &'static str;
    /// Label "Spend per year".
    fn spend_per_year(&self) -> &'static str;
    /// Label "Year".
    fn year(&self) -> &'static str;
    /// Label "Estimated annual value (SEK)".
    fn estimated_annual_value_sek(&self) -> &'static str;
    /// Label "Actual spend (SEK)".
    fn actual_spend_sek(&self) -> &'static str;
    /// Label "Comment".
    fn comment(&self) -> &'static str;
    /// Label "Maximum value used".
    fn maximum_value_used(&self) -> &'static str;
    /// Label "Price adjustment".
    fn price_adjustment(&self) -> &'static str;
    /// Label "Clause".
    fn clause(&self) -> &'static str;
    /// Label "Rule".
    fn rule(&self) -> &'static str;
    /// Label "Summary".
    fn summary(&self) -> &'static str;
    /// Label "Contract follow-up".
    fn contract_follow_up(&self) -> &'static str;
    /// Label "Follow-up of contract".
    fn follow_up_of_contract(&self) -> &'static str;
    /// Label "Status today".
    fn status_today(&self) -> &'static str;
    /// Label "Escalation step".
    fn escalation_step(&self) -> &'static str;
    /// Label "Open deviations".
    fn open_deviations(&self) -> &'static str;
    /// Label "Overdue actions".
    fn overdue_actions(&self) -> &'static str;
    /// Label "Sanctions claimed".
    fn sanctions_claimed(&self) -> &'static str;
    /// Label "Latest follow-up meeting".
    fn latest_follow_up_meeting(&self) -> &'static str;
    /// Label "KPIs".
    fn kpis(&self) -> &'static str;
    /// Label "Latest".
    fn latest(&self) -> &'static str;
    /// Label "Missed target".
    fn missed_target(&self) -> &'static str;
    /// Label "In a row".
    fn in_a_row(&self) -> &'static str;
    /// Label "To act on".
    fn to_act_on(&self) -> &'static str;
    /// Label "Nothing to act on.".
    fn nothing_to_act_on(&self) -> &'static str;
    /// Label "Suggested agenda".
    fn suggested_agenda(&self) -> &'static str;
    /// Label "Overall assessment".
    fn overall_assessment(&self) -> &'static str;
    /// Label "KPI reporting for contract".
    fn kpi_reporting_for_contract(&self) -> &'static str;
    /// Label "Fill in the yellow cells with one number per period, e.g. 93.5. Leave a cell empty if there is no value. Grey cells do not apply.".
    fn fill_in_the_yellow_cells_with_one(&self) -> &'static str;
    /// Label "Not a number".
    fn not_a_number(&self) -> &'static str;
    /// Label "Enter a number, e.g. 93.5, or leave the cell empty.".
    fn enter_a_number_e_g_93_5(&self) -> &'static str;
    /// Label "Page &P of &N".
    fn page_of_pages(&self) -> &'static str;
    /// Label "Contract loyalty".
    fn contract_loyalty(&self) -> &'static str;
    /// Label "Measure".
    fn measure(&self) -> &'static str;
    /// Label "Value".
    fn value(&self) -> &'static str;
    /// Label "Total".
    fn total(&self) -> &'static str;
    /// Label "Under contract".
    fn under_contract(&self) -> &'static str;
    /// Label "Contracts".
    fn contracts(&self) -> &'static str;
    /// Label "Contract".
    fn contract(&self) -> &'static str;
    /// Label "Title".
    fn title(&self) -> &'static str;
    /// Label "Spend".
    fn spend(&self) -> &'static str;
    /// Label "Annual value".
    fn annual_value(&self) -> &'static str;
    /// Label "Since start".
    fn since_start(&self) -> &'static str;
    /// Label "Maximum value".
    fn maximum_value(&self) -> &'static str;
    /// Label "Outside contract".
    fn outside_contract(&self) -> &'static str;
    /// Label "Org. no".
    fn org_no(&self) -> &'static str;
    /// Label "Over the direct-award limit".
    fn over_the_direct_award_limit(&self) -> &'static str;
    /// Label "Departments".
    fn departments(&self) -> &'static str;
    /// Label "Department".
    fn department(&self) -> &'static str;
    /// Label "Loyalty".
    fn loyalty(&self) -> &'static str;
    /// Label "Contract loyalty per department".
    fn contract_loyalty_per_department(&self) -> &'static str;
    /// Label "Ranking".
    fn ranking(&self) -> &'static str;
    /// Label "Framework".
    fn framework(&self) -> &'static str;
    /// Label "Rank-1 share".
    fn rank_1_share(&self) -> &'static str;
    /// Label "&RPage &P of &N".
    fn page_of_pages_right(&self) -> &'static str;
    /// Label "Schedule".
    fn schedule(&self) -> &'static str;
    /// Label "Workload".
    fn workload(&self) -> &'static str;
    /// Label "Follow-up meetings per controller and month".
    fn follow_up_meetings_per_controller_and_month(&self) -> &'static str;
    /// Label "Week".
    fn week(&self) -> &'static str;
    /// Label "Group".
    fn group(&self) -> &'static str;
    /// Label "Focus".
    fn focus(&self) -> &'static str;
    /// Label "Owner".
    fn owner_column(&self) -> &'static str;
    /// A meeting frequency: every `months` months.
    fn every_months(&self, months: u32) -> String;
    /// When the start meeting is held.
    fn start_meeting_within(&self, days: u32) -> String;
    /// The title of the KPI reporting sheet.
    fn kpi_sheet_title(&self, year: i32, title: &str) -> String;
    /// A plan item: the notice deadline of an extension option.
    fn option_notice(&self, number: usize, months: u32) -> String;
    /// A plan item: the notice deadline of `label`.
    fn notice_deadline(&self, label: &str) -> String;
    /// The workbook writer failed.
    fn cannot_write_workbook(&self, error: &str) -> String;
    /// A date outside Excel's years 1900–9999.
    fn date_not_in_excel(&self, date: &str) -> String;
}
