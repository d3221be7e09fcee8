//! Messages of documents: labels and sentences of meeting packs, the site, digests, calendars and price adjustments.

use crate::messages::macros::catalogue;
use crate::model::PriceAdjustment;
use chrono::NaiveDate;

catalogue! {
    /// Messages of documents: labels and sentences of meeting packs, the site, digests, calendars and price adjustments.
    pub trait Render {
        /// "Today's findings"
        fn site_today_findings() -> &'static str {
            sv: "Att göra i dag",
            en: "Today's findings",
        }
        /// "The year's plan"
        fn site_year_plan() -> &'static str {
            sv: "Årets plan",
            en: "The year's plan",
        }
        /// "Escalation"
        fn doc_escalation() -> &'static str {
            sv: "Eskalering",
            en: "Escalation",
        }
        /// "Spend and loyalty"
        fn site_spend_loyalty() -> &'static str {
            sv: "Inköp och avtalstrohet",
            en: "Spend and loyalty",
        }
        /// "No contract controller"
        fn site_no_contract_controller() -> &'static str {
            sv: "Ingen avtalscontroller angiven",
            en: "No contract controller",
        }
        /// "Error"
        fn site_error() -> &'static str {
            sv: "Fel",
            en: "Error",
        }
        /// "Warning"
        fn site_warning() -> &'static str {
            sv: "Varning",
            en: "Warning",
        }
        /// The findings page's title, with today's date.
        fn site_findings_on(today: NaiveDate) -> String {
            sv: format!("Att göra i dag, {today}"),
            en: format!("Findings on {today}"),
        }
        /// The plan page's title, with its year.
        fn site_follow_up_plan(year: i32) -> String {
            sv: format!("Uppföljningsplan {year}"),
            en: format!("Follow-up plan {year}"),
        }
        /// The escalation page's title, with today's date.
        fn site_escalation_on(today: NaiveDate) -> String {
            sv: format!("Eskaleringstrappan {today}"),
            en: format!("Escalation on {today}"),
        }
        /// "Largest purchases outside contract"
        fn site_largest_purchases_outside_contract() -> &'static str {
            sv: "Störst utanför avtal",
            en: "Largest purchases outside contract",
        }
        /// "over the direct-award limit"
        fn site_over_direct_award_limit() -> &'static str {
            sv: "över direktupphandlingsgränsen",
            en: "over the direct-award limit",
        }
        /// "Marked suppliers were bought from for more than the direct-award limit"
        fn site_over_limit_note() -> &'static str {
            sv: "Markerade leverantörer har köpts för mer än direktupphandlingsgränsen",
            en: "Marked suppliers were bought from for more than the direct-award limit",
        }
        /// "Org. no."
        fn site_org_no() -> &'static str {
            both: Self::ORG_NO_DOTTED,
        }
        /// "Supplier"
        fn doc_supplier() -> &'static str {
            both: Self::SUPPLIER,
        }
        /// "Amount"
        fn doc_amount() -> &'static str {
            both: Self::AMOUNT,
        }
        /// "Contracts"
        fn site_contracts() -> &'static str {
            both: Self::CONTRACTS,
        }
        /// "Spend this year"
        fn site_spend_this_year() -> &'static str {
            both: Self::SPEND_THIS_YEAR,
        }
        /// "Annual value"
        fn doc_annual_value() -> &'static str {
            both: Self::ANNUAL_VALUE,
        }
        /// "Since start"
        fn site_since_start() -> &'static str {
            both: Self::SINCE_START,
        }
        /// "Maximum value (used)"
        fn site_maximum_value_used() -> &'static str {
            both: Self::MAXIMUM_VALUE_BRACKET_USED,
        }
        /// "above the annual value"
        fn site_above_annual_value() -> &'static str {
            both: Self::ABOVE_THE_ANNUAL_VALUE,
        }
        /// "Departments"
        fn site_departments() -> &'static str {
            both: Self::DEPARTMENTS,
        }
        /// "Department"
        fn site_department() -> &'static str {
            both: Self::DEPARTMENT,
        }
        /// "Total"
        fn site_total() -> &'static str {
            both: Self::TOTAL,
        }
        /// "Under contract"
        fn site_under_contract() -> &'static str {
            both: Self::UNDER_CONTRACT,
        }
        /// "Loyalty"
        fn site_loyalty() -> &'static str {
            both: Self::LOYALTY,
        }
        /// "Ranked frameworks"
        fn site_ranked_frameworks() -> &'static str {
            sv: "Rangordnade ramavtal",
            en: "Ranked frameworks",
        }
        /// "Rank-1 share"
        fn site_rank_one_share() -> &'static str {
            both: Self::RANK_1_SHARE,
        }
        /// "yes"
        fn doc_yes() -> &'static str {
            both: Self::YES,
        }
        /// "Nothing to show."
        fn site_nothing_to_show() -> &'static str {
            sv: "Inget att visa.",
            en: "Nothing to show.",
        }
        /// "What"
        fn doc_what() -> &'static str {
            sv: "Vad",
            en: "What",
        }
        /// "Date"
        fn doc_date() -> &'static str {
            both: Self::DATE,
        }
        /// "Group"
        fn site_group() -> &'static str {
            both: Self::GROUP,
        }
        /// "Controller"
        fn site_controller() -> &'static str {
            both: Self::CONTROLLER,
        }
        /// "Step"
        fn site_step() -> &'static str {
            both: Self::STEP,
        }
        /// "Triggered by"
        fn doc_triggered_by() -> &'static str {
            sv: "Utlöst av",
            en: "Triggered by",
        }
        /// "Responsible"
        fn site_responsible() -> &'static str {
            both: Self::RESPONSIBLE,
        }
        /// "Actions"
        fn doc_actions() -> &'static str {
            both: Self::ACTIONS,
        }
        /// "errors"
        fn site_errors() -> &'static str {
            both: Self::ERRORS,
        }
        /// "warnings"
        fn site_warnings() -> &'static str {
            both: Self::WARNINGS,
        }
        /// The heading of the acknowledged findings on the dashboard (SPEC §22).
        fn site_acknowledged() -> &'static str {
            sv: "Kvitterade anmärkningar",
            en: "Acknowledged findings",
        }
        /// The column of an acknowledgement's until-date.
        fn site_acknowledged_until() -> &'static str {
            sv: "Kvitterad till och med",
            en: "Acknowledged until",
        }
        /// The column of an acknowledgement's reason.
        fn site_acknowledged_reason() -> &'static str {
            sv: "Skäl för att vänta",
            en: "Why it can wait",
        }
        /// "Contract catalogue"
        fn site_contract_catalogue() -> &'static str {
            sv: "Avtalskatalog",
            en: "Contract catalogue",
        }
        /// "Skip to content"
        fn site_skip_to_content() -> &'static str {
            sv: "Hoppa till innehållet",
            en: "Skip to content",
        }
        /// "Menu"
        fn site_menu() -> &'static str {
            sv: "Meny",
            en: "Menu",
        }
        /// "Generated by avtal"
        fn site_generated_by() -> &'static str {
            sv: "Skapad av avtal",
            en: "Generated by avtal",
        }
        /// "Search contracts"
        fn site_search_contracts() -> &'static str {
            sv: "Sök avtal",
            en: "Search contracts",
        }
        /// "Search by title, supplier, keyword, category or registry number."
        fn site_search_hint() -> &'static str {
            sv: "Sök på avtalsnamn, leverantör, sökord, kategori eller diarienummer.",
            en: "Search by title, supplier, keyword, category or registry number.",
        }
        /// "Category"
        fn doc_category() -> &'static str {
            both: Self::CATEGORY,
        }
        /// "Type"
        fn site_kind() -> &'static str {
            sv: "Avtalstyp",
            en: "Type",
        }
        /// "All"
        fn site_all() -> &'static str {
            sv: "Alla",
            en: "All",
        }
        /// "Contract"
        fn doc_contract() -> &'static str {
            both: Self::CONTRACT,
        }
        /// "Suppliers"
        fn site_suppliers() -> &'static str {
            sv: "Leverantörer",
            en: "Suppliers",
        }
        /// "Valid until"
        fn site_valid_until() -> &'static str {
            both: Self::VALID_UNTIL,
        }
        /// "1 contract shown"
        fn site_count_one() -> &'static str {
            sv: "1 avtal visas",
            en: "1 contract shown",
        }
        /// "{n} contracts shown"
        fn site_count_many() -> &'static str {
            sv: "{n} avtal visas",
            en: "{n} contracts shown",
        }
        /// "No contracts match the search."
        fn site_no_contracts_match_search() -> &'static str {
            sv: "Inga avtal matchar sökningen.",
            en: "No contracts match the search.",
        }
        /// "About the contract"
        fn site_about_contract() -> &'static str {
            sv: "Om avtalet",
            en: "About the contract",
        }
        /// "Registry number"
        fn doc_registry_number() -> &'static str {
            sv: "Diarienummer",
            en: "Registry number",
        }
        /// "Call-off method"
        fn site_call_off_method() -> &'static str {
            sv: "Avropsordning",
            en: "Call-off method",
        }
        /// "Term"
        fn doc_term() -> &'static str {
            both: Self::TERM,
        }
        /// "Start"
        fn site_start() -> &'static str {
            both: Self::START,
        }
        /// "End of the initial term"
        fn site_end_initial_term() -> &'static str {
            sv: "Slut på ursprunglig avtalstid",
            en: "End of the initial term",
        }
        /// "Current end"
        fn site_current_end() -> &'static str {
            both: Self::CURRENT_END,
        }
        /// "Latest possible end with extensions"
        fn site_latest_possible_end_extensions() -> &'static str {
            sv: "Senast möjliga slut med förlängningar",
            en: "Latest possible end with extensions",
        }
        /// "Extension options left"
        fn site_extension_options_left() -> &'static str {
            sv: "Förlängningsoptioner kvar",
            en: "Extension options left",
        }
        /// "How to order"
        fn site_how_to_order() -> &'static str {
            sv: "Så beställer du",
            en: "How to order",
        }
        /// "Keywords"
        fn site_keywords() -> &'static str {
            sv: "Sökord",
            en: "Keywords",
        }
        /// "Contacts"
        fn site_contacts() -> &'static str {
            both: Self::CONTACTS,
        }
        /// "Name"
        fn doc_name() -> &'static str {
            both: Self::NAME,
        }
        /// "Role"
        fn doc_role() -> &'static str {
            both: Self::ROLE,
        }
        /// "Party"
        fn doc_party() -> &'static str {
            both: Self::PARTY,
        }
        /// "E-mail"
        fn site_email() -> &'static str {
            both: Self::EMAIL_HYPHENATED,
        }
        /// "Phone"
        fn doc_phone() -> &'static str {
            both: Self::PHONE,
        }
        /// "Rank"
        fn site_rank() -> &'static str {
            both: Self::RANK,
        }
        /// "Organisation number"
        fn site_organisation_number() -> &'static str {
            both: Self::ORGANISATION_NUMBER,
        }
        /// "Value"
        fn site_value() -> &'static str {
            both: Self::VALUE,
        }
        /// "Estimated annual value"
        fn doc_estimated_annual_value() -> &'static str {
            sv: "Uppskattat årsvärde",
            en: "Estimated annual value",
        }
        /// "Maximum value"
        fn doc_maximum_value() -> &'static str {
            both: Self::MAXIMUM_VALUE,
        }
        /// "All contracts"
        fn site_all_contracts() -> &'static str {
            sv: "Alla avtal",
            en: "All contracts",
        }
        /// "Status"
        fn doc_status() -> &'static str {
            both: Self::STATUS,
        }
        /// "Starts"
        fn site_starts() -> &'static str {
            sv: "Startar",
            en: "Starts",
        }
        /// "The contract starts on"
        fn site_contract_starts() -> &'static str {
            sv: "Avtalet börjar gälla",
            en: "The contract starts on",
        }
        /// "Ranking: call off from the highest-ranked supplier that can deliver"
        fn site_call_off_ranking() -> &'static str {
            sv: "Rangordning: avropa från den högst rangordnade leverantören som kan leverera",
            en: "Ranking: call off from the highest-ranked supplier that can deliver",
        }
        /// "Renewed competition between the suppliers"
        fn site_call_off_competition() -> &'static str {
            sv: "Förnyad konkurrensutsättning mellan leverantörerna",
            en: "Renewed competition between the suppliers",
        }
        /// "Ranking or renewed competition, as the framework says"
        fn site_call_off_combined() -> &'static str {
            sv: "Rangordning eller förnyad konkurrensutsättning, enligt ramavtalet",
            en: "Ranking or renewed competition, as the framework says",
        }
        /// "Buyer"
        fn site_party_buyer() -> &'static str {
            sv: "Kommunen",
            en: "Buyer",
        }
        /// "Supplier"
        fn site_party_supplier() -> &'static str {
            both: Self::SUPPLIER_DEFINITE,
        }
        /// The meeting pack's date in its subtitle.
        fn report_as_of(today: NaiveDate) -> String {
            sv: format!("per {today}"),
            en: format!("as of {today}"),
        }
        /// "Meeting pack"
        fn report_meeting_pack() -> &'static str {
            sv: "Mötesunderlag",
            en: "Meeting pack",
        }
        /// "Suggested agenda"
        fn report_suggested_agenda() -> &'static str {
            both: Self::SUGGESTED_AGENDA,
        }
        /// "No adjustment dates within the term."
        fn report_no_adjustment_dates_within() -> &'static str {
            sv: "Inga justeringsdatum inom avtalstiden.",
            en: "No adjustment dates within the term.",
        }
        /// "no"
        fn doc_no() -> &'static str {
            both: Self::NO,
        }
        /// "Price adjustment"
        fn report_price_adjustment() -> &'static str {
            both: Self::PRICE_ADJUSTMENT,
        }
        /// "active"
        fn report_active() -> &'static str {
            both: Self::ACTIVE,
        }
        /// "starts"
        fn report_starts() -> &'static str {
            sv: "börjar",
            en: "starts",
        }
        /// "ended"
        fn report_ended() -> &'static str {
            sv: "upphörde",
            en: "ended",
        }
        /// "Terminated"
        fn report_terminated() -> &'static str {
            sv: "Avslutat",
            en: "Terminated",
        }
        /// "End with exercised options"
        fn report_end_exercised_options() -> &'static str {
            both: Self::END_WITH_EXERCISED_OPTIONS,
        }
        /// "Latest possible end"
        fn report_latest_possible_end() -> &'static str {
            sv: "Senast möjliga slutdatum",
            en: "Latest possible end",
        }
        /// "exercised"
        fn report_exercised() -> &'static str {
            both: Self::EXERCISED,
        }
        /// "declined"
        fn report_declined() -> &'static str {
            both: Self::DECLINED,
        }
        /// "not decided"
        fn report_not_decided() -> &'static str {
            both: Self::NOT_DECIDED,
        }
        /// "Options"
        fn report_options() -> &'static str {
            both: Self::OPTIONS,
        }
        /// "Next option"
        fn report_next_option() -> &'static str {
            both: Self::NEXT_OPTION,
        }
        /// "Business-critical"
        fn report_business_critical() -> &'static str {
            both: Self::BUSINESS_CRITICAL,
        }
        /// "Successor"
        fn report_successor() -> &'static str {
            sv: "Efterträdare",
            en: "Successor",
        }
        /// "Contract and term"
        fn report_contract_term() -> &'static str {
            sv: "Avtal och avtalstid",
            en: "Contract and term",
        }
        /// The year of a priority group that is not this year's.
        fn report_in_year(year: i32) -> String {
            sv: format!("år {year}"),
            en: format!("in {year}"),
        }
        /// "not active this year"
        fn report_not_active_this_year() -> &'static str {
            sv: "ej aktivt i år",
            en: "not active this year",
        }
        /// "Priority and segment"
        fn report_priority_segment() -> &'static str {
            sv: "Prioritet och segment",
            en: "Priority and segment",
        }
        /// "Priority group"
        fn report_priority_group() -> &'static str {
            both: Self::PRIORITY_GROUP,
        }
        /// "Kraljic segment"
        fn report_kraljic_segment() -> &'static str {
            both: Self::KRALJIC_SEGMENT,
        }
        /// "Focus"
        fn report_focus() -> &'static str {
            both: Self::FOCUS,
        }
        /// "buyer"
        fn report_party_buyer() -> &'static str {
            both: Self::BUYER_PARTY,
        }
        /// "supplier"
        fn report_party_supplier() -> &'static str {
            both: Self::SUPPLIER_PARTY,
        }
        /// "Contract controller"
        fn report_contract_controller() -> &'static str {
            both: Self::CONTRACT_CONTROLLER,
        }
        /// "Owner (department)"
        fn report_owner_department() -> &'static str {
            both: Self::OWNER_DEPARTMENT,
        }
        /// "Partner owner"
        fn report_partner_owner() -> &'static str {
            both: Self::PARTNER_OWNER,
        }
        /// "Email"
        fn report_email() -> &'static str {
            both: Self::EMAIL,
        }
        /// "Escalation path"
        fn report_escalation_path() -> &'static str {
            both: Self::ESCALATION_PATH,
        }
        /// "Contacts and escalation path"
        fn report_contacts_escalation_path() -> &'static str {
            sv: "Kontakter och eskaleringsväg",
            en: "Contacts and escalation path",
        }
        /// "Monthly"
        fn report_monthly() -> &'static str {
            sv: "Per månad",
            en: "Monthly",
        }
        /// "Quarterly"
        fn report_quarterly() -> &'static str {
            sv: "Per kvartal",
            en: "Quarterly",
        }
        /// "Yearly"
        fn report_yearly() -> &'static str {
            sv: "Per år",
            en: "Yearly",
        }
        /// "The contract has no KPIs."
        fn report_contract_no_kpis() -> &'static str {
            both: Self::THE_CONTRACT_HAS_NO_KPIS,
        }
        /// "KPI"
        fn report_kpi() -> &'static str {
            both: Self::KPI,
        }
        /// "Target"
        fn report_target() -> &'static str {
            both: Self::TARGET,
        }
        /// "Latest"
        fn report_latest() -> &'static str {
            both: Self::LATEST,
        }
        /// "Trend"
        fn report_trend() -> &'static str {
            sv: "Trend",
            en: "Trend",
        }
        /// "Missed target"
        fn report_missed_target() -> &'static str {
            both: Self::MISSED_TARGET,
        }
        /// "In a row"
        fn report_in_a_row() -> &'static str {
            both: Self::IN_A_ROW,
        }
        /// "Missing"
        fn report_missing_header() -> &'static str {
            sv: "Saknas",
            en: "Missing",
        }
        /// "Period"
        fn report_period() -> &'static str {
            both: Self::PERIOD,
        }
        /// "missing"
        fn report_missing_cell() -> &'static str {
            both: Self::MISSING,
        }
        /// "✗ = worse than the target; missing = overdue; – = not reported yet."
        fn report_kpi_legend() -> &'static str {
            sv: "✗ = sämre än målet; saknas = skulle ha rapporterats; – = inte rapporterat ännu.",
            en: "✗ = worse than the target; missing = overdue; – = not reported yet.",
        }
        /// "Responsible"
        fn report_responsible() -> &'static str {
            both: Self::RESPONSIBLE_PLURAL,
        }
        /// "Input from"
        fn report_input_from() -> &'static str {
            both: Self::INPUT_FROM,
        }
        /// "Inform"
        fn report_inform() -> &'static str {
            both: Self::INFORM,
        }
        /// "Document in"
        fn report_document_in() -> &'static str {
            both: Self::DOCUMENT_IN,
        }
        /// "No open deviations."
        fn report_no_open_deviations() -> &'static str {
            sv: "Inga öppna avvikelser.",
            en: "No open deviations.",
        }
        /// "Deviation"
        fn report_deviation() -> &'static str {
            sv: "Avvikelse",
            en: "Deviation",
        }
        /// "open"
        fn report_open() -> &'static str {
            sv: "öppen",
            en: "open",
        }
        /// "Action"
        fn report_action() -> &'static str {
            sv: "Åtgärd",
            en: "Action",
        }
        /// "OVERDUE"
        fn report_overdue() -> &'static str {
            sv: "FÖRFALLEN",
            en: "OVERDUE",
        }
        /// "in progress"
        fn report_in_progress() -> &'static str {
            both: Self::IN_PROGRESS,
        }
        /// "Ref"
        fn report_ref() -> &'static str {
            sv: "Ref",
            en: "Ref",
        }
        /// "Type"
        fn report_type() -> &'static str {
            both: Self::TYPE,
        }
        /// "Description"
        fn report_description() -> &'static str {
            sv: "Beskrivning",
            en: "Description",
        }
        /// "Due"
        fn report_due() -> &'static str {
            sv: "Förfaller",
            en: "Due",
        }
        /// "Open deviations and actions"
        fn report_open_deviations_actions() -> &'static str {
            sv: "Öppna avvikelser och åtgärder",
            en: "Open deviations and actions",
        }
        /// "No sanctions have been claimed."
        fn report_no_sanctions_claimed() -> &'static str {
            sv: "Inga viten eller sanktioner har krävts.",
            en: "No sanctions have been claimed.",
        }
        /// "Total"
        fn report_total() -> &'static str {
            sv: "Summa",
            en: "Total",
        }
        /// "Note"
        fn report_note() -> &'static str {
            both: Self::NOTE,
        }
        /// "Sanctions claimed"
        fn report_sanctions_claimed() -> &'static str {
            sv: "Krävda viten och sanktioner",
            en: "Sanctions claimed",
        }
        /// "No decisions have been logged."
        fn report_no_decisions_logged() -> &'static str {
            sv: "Inga beslut har loggats.",
            en: "No decisions have been logged.",
        }
        /// "Decision"
        fn report_decision() -> &'static str {
            both: Self::DECISION,
        }
        /// "Decision log"
        fn report_decision_log() -> &'static str {
            both: Self::DECISION_LOG,
        }
        /// "Nothing scheduled ahead."
        fn report_nothing_scheduled_ahead() -> &'static str {
            sv: "Inget planerat framåt.",
            en: "Nothing scheduled ahead.",
        }
        /// "Findings from avtal check"
        fn report_findings_avtal_check() -> &'static str {
            sv: "Anmärkningar från avtal check",
            en: "Findings from avtal check",
        }
        /// "Nothing to act on."
        fn report_nothing_to_act_on() -> &'static str {
            both: Self::NOTHING_TO_ACT_ON,
        }
        /// "What is due next"
        fn report_due_next() -> &'static str {
            sv: "Det som väntar",
            en: "What is due next",
        }
        /// "Year"
        fn report_year() -> &'static str {
            both: Self::YEAR,
        }
        /// "Spend under the contract"
        fn report_spend_under_contract() -> &'static str {
            sv: "Inköp på avtalet",
            en: "Spend under the contract",
        }
        /// "Spend and maximum value"
        fn report_spend_maximum_value() -> &'static str {
            sv: "Inköp och takvolym",
            en: "Spend and maximum value",
        }
        /// "ask"
        fn digest_ask() -> &'static str {
            sv: "begär av",
            en: "ask",
        }
        /// "— no supplier e-mail in contract.toml"
        fn digest_no_supplier_email() -> &'static str {
            sv: " — ingen e-post till leverantören i contract.toml",
            en: " — no supplier e-mail in contract.toml",
        }
        /// The digest's first part.
        fn digest_part_overdue() -> &'static str {
            sv: "Försenat",
            en: "Overdue",
        }
        /// The digest's second part.
        fn digest_part_due(days: u64) -> String {
            sv: format!("Förfaller inom {days} dagar"),
            en: format!("Due within {days} days"),
        }
        /// The digest's third part.
        fn digest_part_handle() -> &'static str {
            sv: "Att hantera",
            en: "To handle",
        }
        /// The mark of `contract-ending` in the digest: the date is the contract's last day.
        fn digest_ends_on() -> &'static str {
            sv: "upphör",
            en: "ends",
        }
        /// The digest for contracts that name no controller.
        fn digest_no_controller() -> &'static str {
            sv: "avtal utan avtalscontroller",
            en: "contracts without a controller",
        }
        /// "OVERDUE"
        fn digest_overdue() -> &'static str {
            both: Self::OVERDUE,
        }
        /// "due by"
        fn digest_due_by() -> &'static str {
            sv: "senast",
            en: "due by",
        }
        /// "Log what is done with `avtal log`; `avtal check` shows where things stand."
        fn digest_closing_hint() -> &'static str {
            sv: "Logga det som är gjort med `avtal log`; `avtal check` visar läget.",
            en: "Log what is done with `avtal log`; `avtal check` shows where things stand.",
        }
        /// "Change = share × (I(M) / I(B) − 1) × 100; made when |change| ≥ the thr…"
        fn price_rule_line() -> &'static str {
            sv: "Ändring = andel × (I(M) / I(B) − 1) × 100; görs när |ändring| ≥ tröskeln, annars förs den vidare och basmånaden B står kvar.",
            en: "Change = share × (I(M) / I(B) − 1) × 100; made when |change| ≥ the threshold, otherwise it carries forward and the base month B stays.",
        }
        /// "Title"
        fn facts_title() -> &'static str {
            both: Self::TITLE,
        }
        /// "Kind"
        fn facts_kind() -> &'static str {
            both: Self::KIND,
        }
        /// "ranking order"
        fn facts_call_off_ranking() -> &'static str {
            sv: "rangordning",
            en: "ranking order",
        }
        /// "renewed competition"
        fn facts_call_off_competition() -> &'static str {
            sv: "förnyad konkurrensutsättning",
            en: "renewed competition",
        }
        /// "combined (ranking order or renewed competition)"
        fn facts_call_off_combined() -> &'static str {
            sv: "kombinerad (rangordning eller förnyad konkurrensutsättning)",
            en: "combined (ranking order or renewed competition)",
        }
        /// "Company number"
        fn facts_company_number() -> &'static str {
            both: Self::COMPANY_NUMBER,
        }
        /// "Call-off"
        fn facts_call_off() -> &'static str {
            sv: "Avropsform",
            en: "Call-off",
        }
        /// "Works contract"
        fn facts_works_contract() -> &'static str {
            sv: "Byggentreprenad",
            en: "Works contract",
        }
        /// "Special reasons for a longer term"
        fn facts_special_reasons_longer_term() -> &'static str {
            sv: "Särskilda skäl för längre löptid",
            en: "Special reasons for a longer term",
        }
        /// "(estimated from the annual value)"
        fn facts_estimated_from_annual_value() -> &'static str {
            sv: " (uppskattat av årsvärdet)",
            en: " (estimated from the annual value)",
        }
        /// "Contract value"
        fn facts_contract_value() -> &'static str {
            sv: "Avtalsvärde",
            en: "Contract value",
        }
        /// "Net changes"
        fn facts_net_changes() -> &'static str {
            sv: "Ändringar netto",
            en: "Net changes",
        }
        /// "Change limit"
        fn facts_change_limit() -> &'static str {
            sv: "Ändringsgräns",
            en: "Change limit",
        }
        /// "LOU 17:9"
        fn facts_lou_17_9() -> &'static str {
            sv: "LOU 17 kap. 9 §",
            en: "LOU 17:9",
        }
        /// "Room left"
        fn facts_room_left() -> &'static str {
            sv: "Kvar till gränsen",
            en: "Room left",
        }
        /// "contract"
        fn kind_contract() -> &'static str {
            sv: "avtal",
            en: "contract",
        }
        /// "framework agreement"
        fn kind_framework() -> &'static str {
            sv: "ramavtal",
            en: "framework agreement",
        }
        /// "call-off from a national framework"
        fn kind_national_call_off() -> &'static str {
            both: Self::NATIONAL_CALL_OFF,
        }
        /// "strategic"
        fn kraljic_strategic() -> &'static str {
            sv: "strategisk",
            en: "strategic",
        }
        /// "leverage"
        fn kraljic_leverage() -> &'static str {
            sv: "hävstång",
            en: "leverage",
        }
        /// "bottleneck"
        fn kraljic_bottleneck() -> &'static str {
            sv: "flaskhals",
            en: "bottleneck",
        }
        /// "non-critical"
        fn kraljic_non_critical() -> &'static str {
            sv: "icke-kritisk",
            en: "non-critical",
        }
        /// The digest's subject line: the controller, how much is overdue and how much falls due.
        fn digest_subject(name: &str, overdue: usize, coming: usize, days: u64) -> String {
            sv: format!(
                "Avtalsuppföljning för {name}: {overdue} försenade, {coming} inom {days} dagar"
            ),
            en: format!(
                "Contract follow-up for {name}: {overdue} overdue, {coming} within {days} days"
            ),
        }
        /// A digest item: an action under a deviation.
        fn digest_action_for_deviation(reference: &str) -> String {
            sv: format!("Åtgärd för avvikelse {reference}"),
            en: format!("Action for deviation {reference}"),
        }
        /// A digest item: the contract's escalation step.
        fn digest_escalation_step(step: u8, key: &str) -> String {
            sv: format!("Eskaleringssteg {step}: se avtal escalation {key}"),
            en: format!("Escalation step {step}: see avtal escalation {key}"),
        }
        /// The digest's greeting and what it covers.
        fn digest_intro(
            name: &str,
            org: &str,
            today: NaiveDate,
            until: NaiveDate,
            days: u64,
        ) -> String {
            sv: format!(
                "Hej {name}!\n\nDet här är försenat{org} per {today} och det som förfaller till och med {until} ({days} dagar)."
            ),
            en: format!(
                "Hello {name},\n\nThis is what is overdue{org} on {today} and what falls due up to {until} ({days} days)."
            ),
        }
        /// The opening of the digest for contracts that name no controller.
        fn digest_intro_no_controller(
            org: &str,
            today: NaiveDate,
            until: NaiveDate,
            days: u64,
        ) -> String {
            sv: format!(
                "Avtalen nedan har ingen avtalscontroller i registret{org}. Ange en i `[roles]` så att någon får påminnelserna.\n\nLäget per {today} och det som förfaller till och med {until} ({days} dagar)."
            ),
            en: format!(
                "The contracts below name no controller in the register{org}. Set one in `[roles]` so that someone gets the reminders.\n\nWhere things stand on {today} and what falls due up to {until} ({days} days)."
            ),
        }
        /// The digest when no controller has anything overdue or due.
        fn digest_nothing_due(days: u64) -> String {
            sv: format!("Inget försenat och inget som förfaller de närmaste {days} dagarna.\n"),
            en: format!("Nothing overdue and nothing falling due in the next {days} days.\n"),
        }
        /// A calendar event's description: contract, group, focus and controller.
        fn ics_description(key: &str, group: u8, focus: &str, controller: &str) -> String {
            sv: format!("Avtal: {key}\nGrupp: {group}\nFokus: {focus}\nController: {controller}"),
            en: format!(
                "Contract: {key}\nGroup: {group}\nFocus: {focus}\nController: {controller}"
            ),
        }
        /// A calendar reminder's text, days before the event.
        fn ics_reminder(days: u32, summary: &str) -> String {
            sv: format!("Om {days} dagar: {summary}"),
            en: format!("In {days} days: {summary}"),
        }
        /// The index clause in one line.
        fn price_clause_line(clause: &PriceAdjustment, share: &str, threshold: &str) -> String {
            sv: {
                let (index, base, first) = (&clause.index, clause.base, clause.first);
                let (lag, interval) = (clause.lag_months, clause.interval_months);
                format!(
                    "Index {index}, basmånad {base}, indexerad andel {share}\u{a0}%, tröskel {threshold}\u{a0}%, jämförelsemånad {lag} mån före justeringen, högst var {interval}:e månad, första gången {first}"
                )
            },
            en: {
                let (index, base, first) = (&clause.index, clause.base, clause.first);
                let (lag, interval) = (clause.lag_months, clause.interval_months);
                format!(
                    "Index {index}, base month {base}, indexed share {share}\u{a0}%, threshold {threshold}\u{a0}%, comparison month {lag} months before the adjustment, at most every {interval} months, first on {first}"
                )
            },
        }
        /// An adjustment date that cannot be computed for want of index values.
        fn price_index_missing(date: NaiveDate, months: &str, index: &str) -> String {
            sv: format!("{date}: kan inte räknas – indexvärde saknas för {months} ({index})"),
            en: format!("{date}: cannot be computed – no index value for {months} ({index})"),
        }
        /// An adjustment date that cannot be computed because an earlier one could not.
        fn price_earlier_missing(date: NaiveDate) -> String {
            sv: format!("{date}: kan inte räknas – en tidigare justering saknar indexvärden"),
            en: format!("{date}: cannot be computed – an earlier adjustment lacks index values"),
        }
        /// The outcome of an adjustment that is made.
        fn price_made(factor: &str) -> String {
            sv: format!("görs, faktor {factor}"),
            en: format!("made, factor {factor}"),
        }
        /// The outcome of an adjustment under the threshold.
        fn price_carried_forward(threshold: &str, factor: &str) -> String {
            sv: format!(
                "under tröskeln {threshold}\u{a0}%: görs inte, förs vidare (faktor {factor})"
            ),
            en: format!(
                "under the threshold of {threshold}\u{a0}%: not made, carried forward (factor {factor})"
            ),
        }
        /// The label of a ranked framework supplier.
        fn facts_supplier_rank(rank: u32) -> String {
            sv: format!("Leverantör, rang {rank}"),
            en: format!("Supplier, rank {rank}"),
        }
        /// How far net changes are over the change limit.
        fn facts_over_the_limit(amount: &str) -> String {
            sv: format!("{amount} över gränsen"),
            en: format!("{amount} over the limit"),
        }
        /// The spend page's headline: all spend, spend under contract and loyalty.
        fn site_spend_headline(total: &str, matched: &str, loyalty: &str) -> String {
            sv: format!("{total} totalt, varav {matched} på avtal – avtalstrohet {loyalty}."),
            en: format!("{total} in all, {matched} under contract – contract loyalty {loyalty}."),
        }
        /// An extension option left, with its notice.
        fn site_option_left(months: u32, notice: u32) -> String {
            sv: format!("{months} månader (besked senast {notice} månader före slut)"),
            en: format!("{months} months (notice {notice} months before the end)"),
        }
        /// The site's templates failed (a defect of avtal).
        fn site_cannot_render(error: &str) -> String {
            sv: format!("kan inte skapa webbplatsen: {error}"),
            en: format!("cannot render the site: {error}"),
        }
        /// How much of the maximum value the spend has used.
        fn report_spend_ceiling_used(spent: &str, max: &str, used: &str) -> String {
            sv: format!("Förbrukat av takvolymen: {spent} av {max} ({used} %)."),
            en: format!("Maximum value used: {spent} of {max} ({used} %)."),
        }
        /// A number of months, as the pack writes option lengths.
        fn report_months(n: u32) -> String {
            sv: format!("{n} mån"),
            en: format!("{n} months"),
        }
        /// The next option: its number, length and the last day for notice.
        fn report_next_option_text(
            number: usize,
            months: &str,
            deadline: NaiveDate,
            notice: &str,
        ) -> String {
            sv: format!(
                "option {number} ({months}), besked senast {deadline} ({notice} före slut)"
            ),
            en: format!(
                "option {number} ({months}), notice by {deadline} ({notice} before the end)"
            ),
        }
        /// The contract's priority group with its rank and reason.
        fn report_group(group: u8, year: &str, rank: usize, reason: &str) -> String {
            sv: format!("grupp {group}{year} (rang {rank}) – {reason}"),
            en: format!("group {group}{year} (rank {rank}) – {reason}"),
        }
        /// The KPI section's title.
        fn report_kpis_title(periods: usize) -> String {
            sv: format!("Nyckeltal (senaste {periods} perioderna)"),
            en: format!("KPIs (last {periods} periods)"),
        }
        /// The KPI section before the contract has started.
        fn report_no_periods_yet(start: NaiveDate) -> String {
            sv: format!("Inga perioder att visa ännu: avtalet börjar {start}."),
            en: format!("No periods to show yet: the contract starts {start}."),
        }
        /// The contract's escalation step and its name.
        fn report_step(step: u8, name: &str) -> String {
            sv: format!("Steg {step} – {name}"),
            en: format!("Step {step} – {name}"),
        }
        /// The marker file of an internal site: what wrote the folder.
        fn site_marker_internal() -> &'static str {
            sv: "Den här mappen skrivs av `avtal site` (intern); den ersätts i sin helhet vid varje körning.\n",
            en: "This folder is written by `avtal site` (internal); it is replaced as a whole on every run.\n",
        }
        /// The marker file of a public site: what wrote the folder.
        fn site_marker_public() -> &'static str {
            sv: "Den här mappen skrivs av `avtal site` (publik); den ersätts i sin helhet vid varje körning.\n",
            en: "This folder is written by `avtal site` (public); it is replaced as a whole on every run.\n",
        }
        /// One month, as the pack writes option lengths.
        fn report_one_month() -> &'static str {
            sv: "1 mån",
            en: "1 month",
        }
        /// Header of the adjustment table: the date.
        fn price_header_date() -> &'static str {
            both: Self::DATE,
        }
        /// Header of the adjustment table: the base month B.
        fn price_header_base() -> &'static str {
            sv: "Bas B",
            en: "Base B",
        }
        /// Header of the adjustment table: the comparison month M.
        fn price_header_month() -> &'static str {
            sv: "Månad M",
            en: "Month M",
        }
        /// Header of the adjustment table: the change in percent.
        fn price_header_change() -> &'static str {
            sv: "Ändring",
            en: "Change",
        }
        /// Header of the adjustment table: whether the adjustment is made.
        fn price_header_made() -> &'static str {
            sv: "Görs",
            en: "Made",
        }
        /// Header of the adjustment table: the price factor.
        fn price_header_factor() -> &'static str {
            sv: "Faktor",
            en: "Factor",
        }
        /// The printed page's footer: the word before the page number.
        fn report_footer_page() -> &'static str {
            sv: "Sida",
            en: "Page",
        }
        /// The printed page's footer: the word between the page number and the page count.
        fn report_footer_of() -> &'static str {
            sv: "av",
            en: "of",
        }
    }
}
