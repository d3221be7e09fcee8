//! Messages of the Excel workbooks: the follow-up workbook, the KPI sheet, the plan and the spend workbooks.
use crate::messages::macros::catalogue;

catalogue! {
    /// Messages of the Excel workbooks: the follow-up workbook, the KPI sheet, the plan and the spend workbooks.
    pub trait Workbook {
        /// Label "as of".
        fn as_of() -> &'static str {
            sv: "per",
            en: "as of",
        }
        /// Label "buyer".
        fn buyer() -> &'static str {
            both: Self::BUYER_PARTY,
        }
        /// Label "supplier".
        fn supplier() -> &'static str {
            both: Self::SUPPLIER_PARTY,
        }
        /// Label "monthly".
        fn workbook_monthly() -> &'static str {
            sv: "per månad",
            en: "monthly",
        }
        /// Label "quarterly".
        fn workbook_quarterly() -> &'static str {
            sv: "per kvartal",
            en: "quarterly",
        }
        /// Label "yearly".
        fn workbook_yearly() -> &'static str {
            sv: "per år",
            en: "yearly",
        }
        /// Label "Cooperation model".
        fn cooperation_model() -> &'static str {
            sv: "Samarbetsmodell",
            en: "Cooperation model",
        }
        /// Label "Segmentation".
        fn segmentation() -> &'static str {
            sv: "Segmentering",
            en: "Segmentation",
        }
        /// Label "Kraljic segment".
        fn kraljic_segment() -> &'static str {
            both: Self::KRALJIC_SEGMENT,
        }
        /// Label "Focus of the follow-up".
        fn focus_of_the_follow_up() -> &'static str {
            sv: "Fokus i uppföljningen",
            en: "Focus of the follow-up",
        }
        /// Label "Priority group".
        fn priority_group() -> &'static str {
            both: Self::PRIORITY_GROUP,
        }
        /// Label "Meeting forms and frequency".
        fn meeting_forms_and_frequency() -> &'static str {
            sv: "Mötesformer och frekvens",
            en: "Meeting forms and frequency",
        }
        /// Label "Meeting".
        fn meeting_form() -> &'static str {
            sv: "Mötesform",
            en: "Meeting",
        }
        /// Label "Frequency".
        fn frequency() -> &'static str {
            sv: "Frekvens",
            en: "Frequency",
        }
        /// Label "Participants".
        fn participants() -> &'static str {
            sv: "Deltagare",
            en: "Participants",
        }
        /// Label "Start meeting".
        fn start_meeting() -> &'static str {
            both: Self::START_MEETING,
        }
        /// Label "Follow-up and development meeting, first year".
        fn follow_up_and_development_meeting_first_year() -> &'static str {
            sv: "Uppföljnings- och utvecklingsmöte, första avtalsåret",
            en: "Follow-up and development meeting, first year",
        }
        /// Label "Follow-up and development meeting, thereafter".
        fn follow_up_and_development_meeting_thereafter() -> &'static str {
            sv: "Uppföljnings- och utvecklingsmöte, därefter",
            en: "Follow-up and development meeting, thereafter",
        }
        /// Label "KPI statistics follow-up".
        fn kpi_statistics_follow_up() -> &'static str {
            sv: "Statistikuppföljning (nyckeltal)",
            en: "KPI statistics follow-up",
        }
        /// Label "Qualification requirements check".
        fn qualification_requirements_check() -> &'static str {
            both: Self::QUALIFICATION_REQUIREMENTS_CHECK,
        }
        /// Label "Roles in the follow-up team".
        fn roles_in_the_follow_up_team() -> &'static str {
            sv: "Roller i uppföljningsteamet",
            en: "Roles in the follow-up team",
        }
        /// Label "Role".
        fn role() -> &'static str {
            both: Self::ROLE,
        }
        /// Label "Name".
        fn name() -> &'static str {
            both: Self::NAME,
        }
        /// Label "Responsibility".
        fn responsibility() -> &'static str {
            sv: "Ansvar",
            en: "Responsibility",
        }
        /// Label "Contract controller / process coordinator".
        fn contract_controller_process_coordinator() -> &'static str {
            sv: "Avtalscontroller / processkoordinator",
            en: "Contract controller / process coordinator",
        }
        /// Label "Compiles KPIs, books follow-up meetings".
        fn compiles_kpis_books_follow_up_meetings() -> &'static str {
            sv: "Sammanställer nyckeltal, bokar uppföljningsmöten",
            en: "Compiles KPIs, books follow-up meetings",
        }
        /// Label "Process owner (department)".
        fn process_owner_department() -> &'static str {
            sv: "Processägare (verksamhet)",
            en: "Process owner (department)",
        }
        /// Label "Owns the contract and the follow-up, gives input on delivery".
        fn owns_the_contract_and_the_follow_up() -> &'static str {
            sv: "Äger avtalet och uppföljningen, ger underlag om leveransen",
            en: "Owns the contract and the follow-up, gives input on delivery",
        }
        /// Label "Partner owner".
        fn partner_owner() -> &'static str {
            both: Self::PARTNER_OWNER,
        }
        /// Label "Owns the relationship with the supplier".
        fn owns_the_relationship_with_the_supplier() -> &'static str {
            sv: "Ansvarar för relationen med leverantören",
            en: "Owns the relationship with the supplier",
        }
        /// Label "Supplier".
        fn supplier_title() -> &'static str {
            both: Self::SUPPLIER,
        }
        /// Label "Provides statistics, attends follow-up meetings".
        fn provides_statistics_attends_follow_up_meetings() -> &'static str {
            sv: "Bistår med statistik, deltar i uppföljningsmötena",
            en: "Provides statistics, attends follow-up meetings",
        }
        /// Label "Escalation ladder".
        fn escalation_ladder() -> &'static str {
            sv: "Eskaleringstrappa",
            en: "Escalation ladder",
        }
        /// Label "Step".
        fn step() -> &'static str {
            both: Self::STEP,
        }
        /// Label "Responsible".
        fn responsible() -> &'static str {
            both: Self::RESPONSIBLE_PLURAL,
        }
        /// Label "Input from".
        fn input_from() -> &'static str {
            both: Self::INPUT_FROM,
        }
        /// Label "Actions".
        fn actions() -> &'static str {
            both: Self::ACTIONS,
        }
        /// Label "Inform".
        fn inform() -> &'static str {
            both: Self::INFORM,
        }
        /// Label "Document in".
        fn document_in() -> &'static str {
            both: Self::DOCUMENT_IN,
        }
        /// Label "current".
        fn current() -> &'static str {
            sv: "nuvarande",
            en: "current",
        }
        /// Label "Escalation path".
        fn workbook_escalation_path() -> &'static str {
            both: Self::ESCALATION_PATH,
        }
        /// Label "Delivery and performance".
        fn delivery_and_performance() -> &'static str {
            sv: "Leverans och prestation",
            en: "Delivery and performance",
        }
        /// Label "KPI values by period".
        fn kpi_values_by_period() -> &'static str {
            sv: "Nyckeltal per period",
            en: "KPI values by period",
        }
        /// Label "The contract has no KPIs.".
        fn the_contract_has_no_kpis() -> &'static str {
            both: Self::THE_CONTRACT_HAS_NO_KPIS,
        }
        /// Label "Supplier rating".
        fn supplier_rating() -> &'static str {
            sv: "Leverantörsbedömning",
            en: "Supplier rating",
        }
        /// Label "Rating 1–5 (5 = very good)".
        fn rating_1_5_5_very_good() -> &'static str {
            sv: "Betyg 1–5 (5 = mycket bra)",
            en: "Rating 1–5 (5 = very good)",
        }
        /// Label "Rating".
        fn rating() -> &'static str {
            sv: "Betyg",
            en: "Rating",
        }
        /// Label "Choose 1–5".
        fn choose_1_5() -> &'static str {
            sv: "Välj 1–5",
            en: "Choose 1–5",
        }
        /// Label "The department's view of the delivery".
        fn the_department_s_view_of_the_delivery() -> &'static str {
            sv: "Verksamhetens syn på leveransen",
            en: "The department's view of the delivery",
        }
        /// Label "Action plan and activities".
        fn action_plan_and_activities() -> &'static str {
            sv: "Handlingsplan och aktiviteter",
            en: "Action plan and activities",
        }
        /// Label "Activity".
        fn activity() -> &'static str {
            both: Self::ACTIVITY,
        }
        /// Label "Date".
        fn date() -> &'static str {
            both: Self::DATE,
        }
        /// Label "Owner".
        fn owner() -> &'static str {
            both: Self::OWNER_RESPONSIBLE,
        }
        /// Label "The supplier".
        fn the_supplier() -> &'static str {
            both: Self::THE_SUPPLIER,
        }
        /// Label "overdue".
        fn overdue() -> &'static str {
            sv: "förfallen",
            en: "overdue",
        }
        /// Label "in progress".
        fn in_progress() -> &'static str {
            both: Self::IN_PROGRESS,
        }
        /// Label "planned".
        fn planned() -> &'static str {
            sv: "planerad",
            en: "planned",
        }
        /// Label "Deviations and sanctions".
        fn deviations_and_sanctions() -> &'static str {
            sv: "Avvikelser och viten",
            en: "Deviations and sanctions",
        }
        /// Label "Type".
        fn type_label() -> &'static str {
            both: Self::TYPE,
        }
        /// Label "Amount (SEK)".
        fn amount_sek() -> &'static str {
            sv: "Belopp (kr)",
            en: "Amount (SEK)",
        }
        /// Label "Note".
        fn note() -> &'static str {
            both: Self::NOTE,
        }
        /// Label "deviation (open)".
        fn deviation_open() -> &'static str {
            sv: "avvikelse (öppen)",
            en: "deviation (open)",
        }
        /// Label "sanction".
        fn sanction() -> &'static str {
            sv: "vite",
            en: "sanction",
        }
        /// Label "Total sanctions".
        fn total_sanctions() -> &'static str {
            sv: "Summa viten",
            en: "Total sanctions",
        }
        /// Label "Decision log".
        fn decision_log() -> &'static str {
            both: Self::DECISION_LOG,
        }
        /// Label "Decision".
        fn decision() -> &'static str {
            both: Self::DECISION,
        }
        /// Label "Strengths".
        fn strengths() -> &'static str {
            sv: "Styrkor",
            en: "Strengths",
        }
        /// Label "Weaknesses".
        fn weaknesses() -> &'static str {
            sv: "Svagheter",
            en: "Weaknesses",
        }
        /// Label "Opportunities".
        fn opportunities() -> &'static str {
            sv: "Möjligheter",
            en: "Opportunities",
        }
        /// Label "Threats".
        fn threats() -> &'static str {
            sv: "Hot",
            en: "Threats",
        }
        /// Label "Target".
        fn target() -> &'static str {
            both: Self::TARGET,
        }
        /// Label "Outside the target".
        fn outside_the_target() -> &'static str {
            sv: "Utanför målet",
            en: "Outside the target",
        }
        /// Label "Facts and contract information".
        fn facts_and_contract_information() -> &'static str {
            sv: "Fakta och avtalsinformation",
            en: "Facts and contract information",
        }
        /// Label "Contract information".
        fn contract_information() -> &'static str {
            sv: "Avtalsinformation",
            en: "Contract information",
        }
        /// Label "exercised".
        fn exercised() -> &'static str {
            both: Self::EXERCISED,
        }
        /// Label "declined".
        fn declined() -> &'static str {
            both: Self::DECLINED,
        }
        /// Label "not decided".
        fn not_decided() -> &'static str {
            both: Self::NOT_DECIDED,
        }
        /// Label "months".
        fn months_abbreviated() -> &'static str {
            sv: "mån",
            en: "months",
        }
        /// Label "Start".
        fn contract_start() -> &'static str {
            both: Self::START,
        }
        /// Label "End of initial term".
        fn end_of_initial_term() -> &'static str {
            sv: "Avtalsslut (ursprunglig)",
            en: "End of initial term",
        }
        /// Label "End with exercised options".
        fn end_with_exercised_options() -> &'static str {
            both: Self::END_WITH_EXERCISED_OPTIONS,
        }
        /// Label "Options".
        fn options() -> &'static str {
            both: Self::OPTIONS,
        }
        /// Label "Next option, notice by".
        fn next_option_notice_by() -> &'static str {
            sv: "Nästa option, besked senast",
            en: "Next option, notice by",
        }
        /// Label "Business-critical".
        fn business_critical() -> &'static str {
            both: Self::BUSINESS_CRITICAL,
        }
        /// Label "Key people and roles".
        fn key_people_and_roles() -> &'static str {
            sv: "Nyckelpersoner och roller",
            en: "Key people and roles",
        }
        /// Label "Party".
        fn party() -> &'static str {
            both: Self::PARTY,
        }
        /// Label "Email".
        fn email() -> &'static str {
            both: Self::EMAIL,
        }
        /// Label "Phone".
        fn phone() -> &'static str {
            both: Self::PHONE,
        }
        /// Label "Contract controller".
        fn contract_controller() -> &'static str {
            both: Self::CONTRACT_CONTROLLER,
        }
        /// Label "Owner (department)".
        fn owner_department() -> &'static str {
            both: Self::OWNER_DEPARTMENT,
        }
        /// Label "KPIs decided".
        fn kpis_decided() -> &'static str {
            sv: "Beslutade nyckeltal (KPI)",
            en: "KPIs decided",
        }
        /// Label "KPI".
        fn kpi() -> &'static str {
            both: Self::KPI,
        }
        /// Label "Unit".
        fn unit() -> &'static str {
            sv: "Enhet",
            en: "Unit",
        }
        /// Label "Better when".
        fn better_when() -> &'static str {
            sv: "Bättre när",
            en: "Better when",
        }
        /// Label "Reported".
        fn reported() -> &'static str {
            sv: "Rapporteras",
            en: "Reported",
        }
        /// Label "higher".
        fn higher() -> &'static str {
            sv: "högre",
            en: "higher",
        }
        /// Label "lower".
        fn lower() -> &'static str {
            sv: "lägre",
            en: "lower",
        }
        /// Label "Spend per year".
        fn spend_per_year() -> &'static str {
            sv: "Spend per år",
            en: "Spend per year",
        }
        /// Label "Year".
        fn year() -> &'static str {
            both: Self::YEAR,
        }
        /// Label "Estimated annual value (SEK)".
        fn estimated_annual_value_sek() -> &'static str {
            sv: "Uppskattat årsvärde (kr)",
            en: "Estimated annual value (SEK)",
        }
        /// Label "Actual spend (SEK)".
        fn actual_spend_sek() -> &'static str {
            sv: "Faktisk spend (kr)",
            en: "Actual spend (SEK)",
        }
        /// Label "Comment".
        fn comment() -> &'static str {
            sv: "Kommentar",
            en: "Comment",
        }
        /// Label "Maximum value used".
        fn maximum_value_used() -> &'static str {
            both: Self::MAXIMUM_VALUE_USED,
        }
        /// Label "Price adjustment".
        fn price_adjustment() -> &'static str {
            both: Self::PRICE_ADJUSTMENT,
        }
        /// Label "Clause".
        fn clause() -> &'static str {
            sv: "Klausul",
            en: "Clause",
        }
        /// Label "Rule".
        fn rule() -> &'static str {
            sv: "Regel",
            en: "Rule",
        }
        /// Label "Summary".
        fn summary() -> &'static str {
            sv: "Sammanfattning",
            en: "Summary",
        }
        /// Label "Contract follow-up".
        fn contract_follow_up() -> &'static str {
            sv: "Avtalsuppföljning",
            en: "Contract follow-up",
        }
        /// Label "Follow-up of contract".
        fn follow_up_of_contract() -> &'static str {
            sv: "Uppföljning av avtal",
            en: "Follow-up of contract",
        }
        /// Label "Status today".
        fn status_today() -> &'static str {
            sv: "Läget i dag",
            en: "Status today",
        }
        /// Label "Escalation step".
        fn escalation_step() -> &'static str {
            sv: "Eskaleringssteg",
            en: "Escalation step",
        }
        /// Label "Open deviations".
        fn open_deviations() -> &'static str {
            sv: "Öppna avvikelser",
            en: "Open deviations",
        }
        /// Label "Overdue actions".
        fn overdue_actions() -> &'static str {
            sv: "Förfallna åtgärder",
            en: "Overdue actions",
        }
        /// Label "Sanctions claimed".
        fn sanctions_claimed() -> &'static str {
            sv: "Krävda viten",
            en: "Sanctions claimed",
        }
        /// Label "Latest follow-up meeting".
        fn latest_follow_up_meeting() -> &'static str {
            sv: "Senaste uppföljningsmöte",
            en: "Latest follow-up meeting",
        }
        /// Label "KPIs".
        fn kpis() -> &'static str {
            both: Self::KPIS,
        }
        /// Label "Latest".
        fn latest() -> &'static str {
            both: Self::LATEST,
        }
        /// Label "Missed target".
        fn missed_target() -> &'static str {
            both: Self::MISSED_TARGET,
        }
        /// Label "In a row".
        fn in_a_row() -> &'static str {
            both: Self::IN_A_ROW,
        }
        /// Label "To act on".
        fn to_act_on() -> &'static str {
            sv: "Att åtgärda",
            en: "To act on",
        }
        /// Label "Nothing to act on.".
        fn nothing_to_act_on() -> &'static str {
            both: Self::NOTHING_TO_ACT_ON,
        }
        /// Label "Suggested agenda".
        fn suggested_agenda() -> &'static str {
            both: Self::SUGGESTED_AGENDA,
        }
        /// Label "Overall assessment".
        fn overall_assessment() -> &'static str {
            sv: "Sammanfattande bedömning",
            en: "Overall assessment",
        }
        /// Label "KPI reporting for contract".
        fn kpi_reporting_for_contract() -> &'static str {
            sv: "Rapportering av nyckeltal för avtal",
            en: "KPI reporting for contract",
        }
        /// Label "Fill in the yellow cells with one number per period, e.g. 93.5. Leave a cell empty if there is no value. Grey cells do not apply.".
        fn fill_in_the_yellow_cells_with_one() -> &'static str {
            sv: "Fyll i de gula cellerna med ett tal per period, t.ex. 93,5. Lämna cellen tom om värdet saknas. Grå celler gäller inte.",
            en: "Fill in the yellow cells with one number per period, e.g. 93.5. Leave a cell empty if there is no value. Grey cells do not apply.",
        }
        /// Label "Not a number".
        fn not_a_number() -> &'static str {
            sv: "Inte ett tal",
            en: "Not a number",
        }
        /// Label "Enter a number, e.g. 93.5, or leave the cell empty.".
        fn enter_a_number_e_g_93_5() -> &'static str {
            sv: "Skriv ett tal, t.ex. 93,5, eller lämna cellen tom.",
            en: "Enter a number, e.g. 93.5, or leave the cell empty.",
        }
        /// Label "Page &P of &N".
        fn page_of_pages() -> &'static str {
            sv: "Sida &P av &N",
            en: "Page &P of &N",
        }
        /// Label "Contract loyalty".
        fn contract_loyalty() -> &'static str {
            both: Self::CONTRACT_LOYALTY,
        }
        /// Label "Measure".
        fn measure() -> &'static str {
            sv: "Mått",
            en: "Measure",
        }
        /// Label "Value".
        fn value() -> &'static str {
            both: Self::VALUE,
        }
        /// Label "Total".
        fn total() -> &'static str {
            both: Self::TOTAL,
        }
        /// Label "Under contract".
        fn under_contract() -> &'static str {
            both: Self::UNDER_CONTRACT,
        }
        /// Label "Contracts".
        fn contracts() -> &'static str {
            both: Self::CONTRACTS,
        }
        /// Label "Contract".
        fn contract() -> &'static str {
            both: Self::CONTRACT,
        }
        /// Label "Title".
        fn title() -> &'static str {
            both: Self::DESIGNATION,
        }
        /// Label "Spend".
        fn spend() -> &'static str {
            both: Self::SPEND,
        }
        /// Label "Annual value".
        fn annual_value() -> &'static str {
            both: Self::ANNUAL_VALUE,
        }
        /// Label "Since start".
        fn since_start() -> &'static str {
            both: Self::SINCE_START,
        }
        /// Label "Maximum value".
        fn maximum_value() -> &'static str {
            both: Self::MAXIMUM_VALUE,
        }
        /// Label "Outside contract".
        fn outside_contract() -> &'static str {
            sv: "Utanför avtal",
            en: "Outside contract",
        }
        /// Label "Org. no".
        fn org_no() -> &'static str {
            both: Self::ORG_NO,
        }
        /// Label "Over the direct-award limit".
        fn over_the_direct_award_limit() -> &'static str {
            sv: "Över direktupphandlingsgränsen",
            en: "Over the direct-award limit",
        }
        /// Label "Departments".
        fn departments() -> &'static str {
            both: Self::DEPARTMENTS,
        }
        /// Label "Department".
        fn department() -> &'static str {
            both: Self::DEPARTMENT,
        }
        /// Label "Loyalty".
        fn loyalty() -> &'static str {
            both: Self::LOYALTY,
        }
        /// Label "Contract loyalty per department".
        fn contract_loyalty_per_department() -> &'static str {
            sv: "Avtalstrohet per förvaltning",
            en: "Contract loyalty per department",
        }
        /// Label "Ranking".
        fn ranking() -> &'static str {
            both: Self::RANKING,
        }
        /// Label "Framework".
        fn framework() -> &'static str {
            both: Self::FRAMEWORK,
        }
        /// Label "Rank-1 share".
        fn rank_1_share() -> &'static str {
            both: Self::RANK_1_SHARE,
        }
        /// Label "&RPage &P of &N".
        fn page_of_pages_right() -> &'static str {
            sv: "&RSida &P av &N",
            en: "&RPage &P of &N",
        }
        /// Label "Schedule".
        fn schedule() -> &'static str {
            sv: "Plan",
            en: "Schedule",
        }
        /// Label "Workload".
        fn workload() -> &'static str {
            sv: "Arbetsbelastning",
            en: "Workload",
        }
        /// Label "Follow-up meetings per controller and month".
        fn follow_up_meetings_per_controller_and_month() -> &'static str {
            sv: "Uppföljningsmöten per controller och månad",
            en: "Follow-up meetings per controller and month",
        }
        /// Label "Week".
        fn week() -> &'static str {
            sv: "Vecka",
            en: "Week",
        }
        /// Label "Group".
        fn group() -> &'static str {
            both: Self::GROUP,
        }
        /// Label "Focus".
        fn focus() -> &'static str {
            both: Self::FOCUS,
        }
        /// Label "Owner".
        fn owner_column() -> &'static str {
            both: Self::OWNER,
        }
        /// A meeting frequency: every `months` months.
        fn every_months(months: u32) -> String {
            sv: format!("var {months}:e månad"),
            en: format!("every {months} months"),
        }
        /// When the start meeting is held.
        fn start_meeting_within(days: u32) -> String {
            sv: format!("senast {days} dagar efter avtalsstart"),
            en: format!("within {days} days of the start"),
        }
        /// The title of the KPI reporting sheet.
        fn kpi_sheet_title(year: i32, title: &str) -> String {
            sv: format!("Nyckeltal {year} – {title}"),
            en: format!("KPIs {year} – {title}"),
        }
        /// A plan item: the notice deadline of an extension option.
        fn option_notice(number: usize, months: u32) -> String {
            sv: format!("Förlängningsoption {number} ({months} mån) – sista dag för besked"),
            en: format!("Extension option {number} ({months} months) – last day for notice"),
        }
        /// A plan item: the notice deadline of `label`.
        fn notice_deadline(label: &str) -> String {
            sv: format!("{label} – sista dag för besked"),
            en: format!("{label} – last day for notice"),
        }
        /// The workbook writer failed.
        fn cannot_write_workbook(error: &str) -> String {
            sv: format!("kan inte skriva arbetsboken: {error}"),
            en: format!("cannot write the workbook: {error}"),
        }
        /// A date outside Excel's years 1900–9999.
        fn date_not_in_excel(date: &str) -> String {
            sv: format!("{date} kan inte skrivas i Excel"),
            en: format!("{date} cannot be written to Excel"),
        }
    }
}
