//! Descriptions of the finding codes (`src/rules/checks/codes.rs`): one line per code on what
//! it checks, for `avtal check --list` (SPEC §22).

use crate::messages::macros::catalogue;
use chrono::NaiveDate;

catalogue! {
    /// What each finding code checks, in one line. A code added later keeps its message and next
    /// step here too, so that all of a new code's texts are in one area.
    pub trait Checks {
        /// What `start-meeting-overdue` checks.
        fn describe_start_meeting_overdue() -> &'static str {
            sv: "Startmöte som skulle ha hållits men saknas i loggen",
            en: "A start meeting that should have been held but is not in the log",
        }
        /// What `followup-overdue` checks.
        fn describe_followup_overdue() -> &'static str {
            sv: "Uppföljningsmöte som skulle ha hållits men saknas i loggen",
            en: "A follow-up meeting that should have been held but is not in the log",
        }
        /// What `qualification-check-overdue` checks.
        fn describe_qualification_check_overdue() -> &'static str {
            sv: "Kontroll av kvalificeringskrav som skulle ha gjorts men saknas i loggen",
            en: "A check of the qualification requirements that should have been made but is not in the log",
        }
        /// What `action-overdue` checks.
        fn describe_action_overdue() -> &'static str {
            sv: "Åtgärd för en avvikelse som skulle ha varit klar men där avvikelsen inte är löst",
            en: "An action on a deviation that is past its due date while the deviation is still open",
        }
        /// What `option-decision-missed` checks.
        fn describe_option_decision_missed() -> &'static str {
            sv: "Sista dag att meddela beslut om nästa förlängningsoption har passerat",
            en: "The notice deadline for the next extension option has passed",
        }
        /// What `option-decision-due` checks.
        fn describe_option_decision_due() -> &'static str {
            sv: "Sista dag att meddela beslut om nästa förlängningsoption närmar sig",
            en: "The notice deadline for the next extension option is near",
        }
        /// What `contract-ending` checks.
        fn describe_contract_ending() -> &'static str {
            sv: "Avtalet upphör utan förlängningsoption eller efterföljare, och en ny upphandling borde ha påbörjats",
            en: "The contract ends without an extension option or successor, and a new procurement should have started",
        }
        /// What `kpi-missing` checks.
        fn describe_kpi_missing() -> &'static str {
            sv: "Nyckeltalsvärde som skulle ha rapporterats men saknas, per nyckeltal och period",
            en: "A KPI value that should have been reported but is missing, per KPI and period",
        }
        /// What `escalation` checks.
        fn describe_escalation() -> &'static str {
            sv: "Avtalet står på eskaleringssteg 2 eller högre",
            en: "The contract is on escalation step 2 or higher",
        }
        /// What `framework-term-exceeded` checks.
        fn describe_framework_term_exceeded() -> &'static str {
            sv: "Ramavtal som löper längre än LOU tillåter utan angivna särskilda skäl",
            en: "A framework agreement that runs longer than LOU allows, without stated special reasons",
        }
        /// What `framework-option-exceeds-term` checks.
        fn describe_framework_option_exceeds_term() -> &'static str {
            sv: "Ramavtal där nästa option skulle förlänga löptiden längre än LOU tillåter",
            en: "A framework agreement whose next option would extend it beyond what LOU allows",
        }
        /// What `change-limit-exceeded` checks.
        fn describe_change_limit_exceeded() -> &'static str {
            sv: "Ändringar netto har nått gränsen för tillåtna ändringar enligt LOU",
            en: "Net changes have reached the limit for permitted changes under LOU",
        }
        /// What `change-limit-near` checks.
        fn describe_change_limit_near() -> &'static str {
            sv: "Ändringar netto har nått 80 % av gränsen för tillåtna ändringar",
            en: "Net changes have reached 80 % of the limit for permitted changes",
        }
        /// What `framework-ceiling-reached` checks.
        fn describe_framework_ceiling_reached() -> &'static str {
            sv: "Inköpen på avtalet har nått takvolymen",
            en: "Purchases under the contract have reached its maximum value",
        }
        /// What `framework-ceiling-near` checks.
        fn describe_framework_ceiling_near() -> &'static str {
            sv: "Inköpen på avtalet har nått 80 % av takvolymen",
            en: "Purchases under the contract have reached 80 % of its maximum value",
        }
        /// What `price-adjustment-due` checks.
        fn describe_price_adjustment_due() -> &'static str {
            sv: "Indexreglering av priset infaller inom 60 dagar",
            en: "A price adjustment by index falls within 60 days",
        }
        /// What `price-adjustment-unrecorded` checks.
        fn describe_price_adjustment_unrecorded() -> &'static str {
            sv: "Indexreglering de senaste 90 dagarna som skulle hanteras men saknas i loggen",
            en: "A price adjustment of the last 90 days that had to be handled but is not in the log",
        }
        /// Finding `price-adjustment-unrecorded`.
        fn price_adjustment_unrecorded(date: &str) -> String {
            sv: format!("Indexregleringen {date} är inte registrerad som hanterad"),
            en: format!("The price adjustment of {date} is not recorded as handled"),
        }
        /// The next step of `price-adjustment-unrecorded`.
        fn next_price_adjustment_unrecorded(key: &str, date: &str) -> String {
            sv: format!(
                "Justera priset enligt indexklausulen (avtal price {key}) och registrera det: avtal log {key} price-adjustment --ref {date}"
            ),
            en: format!(
                "Adjust the price by the index clause (avtal price {key}) and record it: avtal log {key} price-adjustment --ref {date}"
            ),
        }
        /// What `index-missing` checks.
        fn describe_index_missing() -> &'static str {
            sv: "Indexvärde som en kommande indexreglering behöver saknas i serien",
            en: "An index value that a coming price adjustment needs is missing from the series",
        }
        /// What `lou-values-outdated` checks.
        fn describe_lou_values_outdated() -> &'static str {
            sv: "LOU:s tröskelvärden i avtal.toml har inte uppdaterats för innevarande tvåårsperiod",
            en: "The LOU thresholds in avtal.toml have not been updated for the current two-year period",
        }
        /// `lou-values-outdated` when the latest period started in `latest`.
        fn lou_values_outdated(before: i32, year: i32, latest: NaiveDate) -> String {
            sv: format!("LOU:s tröskelvärden är inaktuella: senaste perioden gäller från {latest}, ingen börjar {before} eller {year}"),
            en: format!("The LOU thresholds are out of date: the latest period applies from {latest}, none starts in {before} or {year}"),
        }
        /// `lou-values-outdated` when avtal.toml gives the values without a date.
        fn lou_values_undated(before: i32, year: i32) -> String {
            sv: format!("LOU:s tröskelvärden i avtal.toml saknar datum: inget visar att de gäller {before}–{year}"),
            en: format!("The LOU thresholds in avtal.toml have no date: nothing shows that they apply in {before}–{year}"),
        }
        /// What to do about `lou-values-outdated`.
        fn next_lou_values_outdated(first: i32, second: i32) -> String {
            sv: format!("Lägg in värdena för {first}–{second} som [[lou.periods]] med from = {first}-01-01 i avtal.toml. Tröskelvärdena ändras den 1 januari varje jämnt år; Upphandlingsmyndigheten publicerar dem på www.upphandlingsmyndigheten.se (Tröskelvärden och direktupphandlingsgränser)."),
            en: format!("Add the values for {first}–{second} as [[lou.periods]] with from = {first}-01-01 in avtal.toml. The thresholds change on 1 January of every even year; the National Agency for Public Procurement publishes them at www.upphandlingsmyndigheten.se (Tröskelvärden och direktupphandlingsgränser)."),
        }
    }
}
