//! Messages of the rules (`src/rules/`): findings, meeting agendas, escalation steps, plan items.

use crate::messages::macros::{catalogue, words};

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

// The texts of the default escalation ladder (`default_ladder`): step names and actions. The
// ladder itself is written once for both languages, from these and the shared words.
words! {
    /// Ladder step 0: the normal level.
    LADDER_NORMAL { sv: "Normal nivå", en: "Normal" }
    /// Ladder step 1: the normal level with a dialogue.
    LADDER_DIALOGUE { sv: "Normal nivå – dialog", en: "Normal – dialogue" }
    /// Ladder step 2: deviations.
    LADDER_DEVIATIONS { sv: "Avvikelser", en: "Deviations" }
    /// Ladder step 3: persistent deviations.
    LADDER_PERSISTENT_DEVIATIONS { sv: "Fortgående avvikelser", en: "Persistent deviations" }
    /// Ladder step 4: termination.
    LADDER_TERMINATION { sv: "Hävning", en: "Termination" }
    /// Ladder action, step 0: follow up as the contract says.
    LADDER_FOLLOW_UP {
        sv: "Uppföljning med leverantören enligt avtalet",
        en: "Follow up with the supplier as the contract says",
    }
    /// Ladder action, step 1: a dialogue as the contract says.
    LADDER_DIALOGUE_WITH_SUPPLIER {
        sv: "Dialog med leverantören enligt avtalet",
        en: "Dialogue with the supplier as the contract says",
    }
    /// Ladder action, step 2: a meeting with the supplier.
    LADDER_MEETING { sv: "Möte med leverantören", en: "Meeting with the supplier" }
    /// Ladder action, step 2: an action plan.
    LADDER_ACTION_PLAN { sv: "Skapa handlingsplan", en: "Draw up an action plan" }
    /// Ladder action, step 2: the contract's consequences.
    LADDER_CONSIDER_CONSEQUENCES {
        sv: "Pröva avtalets konsekvenser, t.ex. vite",
        en: "Consider the contract's consequences, e.g. liquidated damages",
    }
    /// Ladder action, step 3: a supplier meeting with legal counsel.
    LADDER_MEETING_WITH_COUNSEL {
        sv: "Leverantörsmöte med jurist",
        en: "Supplier meeting with legal counsel",
    }
    /// Ladder action, step 3: whether to terminate.
    LADDER_TERMINATION_QUESTION { sv: "Hävning?", en: "Termination?" }
    /// Ladder action, step 3: whether to block ordering.
    LADDER_BLOCK_ORDERING { sv: "Spärra orderläggning?", en: "Block ordering?" }
    /// Ladder action, step 3: liquidated damages claimed.
    LADDER_DAMAGES_CLAIMED { sv: "Vite har utgått", en: "Liquidated damages have been claimed" }
    /// Ladder action, step 4: terminate the contract.
    LADDER_TERMINATE { sv: "Häv avtalet", en: "Terminate the contract (hävning)" }
    /// Ladder action, step 4: end the cooperation.
    LADDER_END_COOPERATION { sv: "Avsluta samarbetet", en: "End the cooperation" }
    /// Ladder action, step 4: what LOU governs afterwards.
    LADDER_LOU_GOVERNS {
        sv: "LOU reglerar framtida anbud och eventuellt samarbete",
        en: "LOU governs future tenders and any cooperation",
    }
}

catalogue! {
    /// Messages of the rules (`src/rules/`): findings, meeting agendas, escalation steps, plan items.
    pub trait Rules {
        /// Finding `start-meeting-overdue`.
        fn start_meeting_overdue(date: &str) -> String {
            sv: format!("Startmöte saknas – skulle ha hållits senast {date}"),
            en: format!("No start meeting logged – it was due {date}"),
        }
        /// Finding `followup-overdue`.
        fn followup_overdue(date: &str) -> String {
            sv: format!("Uppföljning försenad – förföll {date}"),
            en: format!("Follow-up overdue – it was due {date}"),
        }
        /// Finding `qualification-check-overdue`.
        fn qualification_check_overdue(date: &str) -> String {
            sv: format!("Kontroll av kvalificeringskrav försenad – förföll {date}"),
            en: format!("Qualification check overdue – it was due {date}"),
        }
        /// Finding `action-overdue`.
        fn action_overdue(reference: &str, date: &str) -> String {
            sv: format!("Åtgärd för avvikelse {reference} försenad – skulle vara klar {date}"),
            en: format!("Action for deviation {reference} overdue – it was due {date}"),
        }
        /// Finding `option-decision-missed`.
        fn option_decision_missed(date: &str) -> String {
            sv: format!("Sista dag att meddela beslut om förlängningsoption har passerat ({date})"),
            en: format!("The notice deadline of the extension option has passed ({date})"),
        }
        /// Finding `option-decision-due`.
        fn option_decision_due(date: &str) -> String {
            sv: format!("Beslut om förlängningsoption ska meddelas senast {date}"),
            en: format!("Decide on the extension option and give notice by {date}"),
        }
        /// Finding `contract-ending`.
        fn contract_ending(date: &str) -> String {
            sv: format!("Avtalet upphör {date} utan förlängningsoption eller efterföljare"),
            en: format!("The contract ends {date} with no extension option and no successor"),
        }
        /// Finding `kpi-missing`.
        fn kpi_missing(kpi: &str, period: &str) -> String {
            sv: format!("Värde saknas för nyckeltal {kpi}, period {period}"),
            en: format!("No value for KPI {kpi}, period {period}"),
        }
        /// Finding `price-adjustment-due`.
        fn price_adjustment_due(date: &str) -> String {
            sv: format!("Indexreglering av priset {date}"),
            en: format!("Price adjustment against the index on {date}"),
        }
        /// Finding `index-missing`.
        fn index_missing(index: &str, period: &str) -> String {
            sv: format!("Indexvärde saknas: {index} för {period}"),
            en: format!("Index value missing: {index} for {period}"),
        }
        /// The level of an escalation step in the `escalation` finding: 0–1, 2, 3 and up.
        fn escalation_level(step: u8) -> &'static str {
            sv: match step {
                0 | 1 => "normal nivå",
                2 => "avvikelser",
                _ => "fortgående avvikelser",
            },
            en: match step {
                0 | 1 => "normal",
                2 => "deviations",
                _ => "persistent deviations",
            },
        }
        /// Finding `escalation`.
        fn escalation_finding(step: u8, level: &str) -> String {
            sv: format!("Eskaleringssteg {step} ({level})"),
            en: format!("Escalation step {step} ({level})"),
        }
        /// A framework's longest term in whole years.
        fn term_years(years: u32) -> String {
            sv: format!("{years} år"),
            en: format!("{years} years"),
        }
        /// A framework's longest term in months.
        fn term_months(months: u32) -> String {
            sv: format!("{months} månader"),
            en: format!("{months} months"),
        }
        /// Finding `framework-term-exceeded`.
        fn framework_term_exceeded(term: &str, date: &str) -> String {
            sv: format!(
                "Ramavtalet löper längre än {term} utan angivna särskilda skäl – sista tillåtna dag är {date}"
            ),
            en: format!(
                "The framework runs longer than {term} without stated special reasons – the last allowed day is {date}"
            ),
        }
        /// Finding `framework-option-exceeds-term`.
        fn framework_option_exceeds_term(term: &str, date: &str) -> String {
            sv: format!(
                "Nästa option skulle förlänga ramavtalet bortom {term} – sista tillåtna dag är {date}"
            ),
            en: format!(
                "The next option would extend the framework beyond {term} – the last allowed day is {date}"
            ),
        }
        /// The room left under a change limit.
        fn change_room_left(room: &str) -> String {
            sv: format!("{room} kvar"),
            en: format!("{room} left"),
        }
        /// A change limit reached exactly.
        fn change_limit_reached() -> &'static str {
            sv: "gränsen är nådd",
            en: "the limit is reached",
        }
        /// How far the changes are over their limit.
        fn change_over_limit(over: &str) -> String {
            sv: format!("{over} över gränsen"),
            en: format!("{over} over the limit"),
        }
        /// Findings `change-limit-exceeded` / `-near`.
        fn change_limit(amount: &str, limit: &str, basis: &str, rest: &str) -> String {
            sv: format!("Ändringar netto {amount} av högst {limit} ({basis}) — {rest}"),
            en: format!("Net changes {amount} of at most {limit} ({basis}) — {rest}"),
        }
        /// The base of a change limit: the framework's maximum value.
        fn basis_max_value() -> &'static str {
            sv: "takvolymen",
            en: "the maximum value",
        }
        /// The base of a change limit: the contract value.
        fn basis_contract_value() -> &'static str {
            sv: "avtalsvärdet",
            en: "the contract value",
        }
        /// A change limit as a share of its base.
        fn basis_share(percent: i64, base: &str) -> String {
            sv: format!("{percent} % av {base}"),
            en: format!("{percent} % of {base}"),
        }
        /// A change limit as a share of its base, for works.
        fn basis_share_works(percent: i64, base: &str) -> String {
            sv: format!("{percent} % av {base}, byggentreprenad"),
            en: format!("{percent} % of {base}, works"),
        }
        /// A change limit at the EU threshold.
        fn basis_threshold() -> &'static str {
            sv: "tröskelvärdet",
            en: "the EU threshold",
        }
        /// A change limit at the EU threshold for works.
        fn basis_threshold_works() -> &'static str {
            sv: "tröskelvärdet för byggentreprenader",
            en: "the EU threshold for works",
        }
        /// Finding `framework-ceiling-reached`.
        fn ceiling_reached(amount: &str, limit: &str) -> String {
            sv: format!("Takvolymen är nådd: {amount} av {limit} har köpts på avtalet"),
            en: format!("The maximum value is reached: {amount} of {limit} has been bought"),
        }
        /// Finding `framework-ceiling-near`.
        fn ceiling_near(amount: &str, limit: &str) -> String {
            sv: format!("Takvolymen är snart nådd: {amount} av {limit} (minst 80 %)"),
            en: format!("Close to the maximum value: {amount} of {limit} (80 % or more)"),
        }
        /// Next step of `start-meeting-overdue`.
        fn next_start_meeting(key: &str) -> String {
            sv: format!(
                "Håll startmötet med leverantören och logga det: avtal log {key} start-meeting"
            ),
            en: format!(
                "Hold the start meeting with the supplier and log it: avtal log {key} start-meeting"
            ),
        }
        /// Next step of `followup-overdue`.
        fn next_followup(key: &str) -> String {
            sv: format!(
                "Gör statistikuppföljningen, håll mötet med leverantören och logga det: avtal log {key} followup"
            ),
            en: format!(
                "Follow up the statistics, meet the supplier and log it: avtal log {key} followup"
            ),
        }
        /// Next step of `qualification-check-overdue`.
        fn next_qualification_check(key: &str) -> String {
            sv: format!(
                "Kontrollera kvalificeringskraven (kreditvärdighet, betalda skatter, certifikat) och logga: avtal log {key} qualification-check"
            ),
            en: format!(
                "Re-check the qualification requirements (credit rating, taxes paid, certificates) and log it: avtal log {key} qualification-check"
            ),
        }
        /// Next step of `action-overdue`.
        fn next_action_overdue(key: &str, reference: &str) -> String {
            sv: format!(
                "Kräv besked av leverantören om handlingsplanen; när avvikelsen är åtgärdad: avtal log {key} resolved --ref {reference}"
            ),
            en: format!(
                "Ask the supplier where the action plan stands; when the deviation is closed: avtal log {key} resolved --ref {reference}"
            ),
        }
        /// Next step of `option-decision-missed`.
        fn next_option_decision_missed() -> &'static str {
            sv: "Ta reda på tillsammans med jurist om en förlängning ändå kan avtalas; ange sedan exercised eller declined för optionen i contract.toml",
            en: "Ask legal counsel whether an extension can still be agreed; set exercised or declined on the option in contract.toml",
        }
        /// Next step of `option-decision-due`.
        fn next_option_decision_due() -> &'static str {
            sv: "Ta fram underlag, besluta om förlängning och meddela leverantören skriftligt; ange sedan exercised eller declined i contract.toml",
            en: "Prepare the decision, decide on the extension and notify the supplier in writing; then set exercised or declined in contract.toml",
        }
        /// Next step of `contract-ending`.
        fn next_contract_ending() -> &'static str {
            sv: "Starta nästa upphandling i tid, eller ange successor i contract.toml",
            en: "Start the next procurement in time, or set successor in contract.toml",
        }
        /// Next step of `kpi-missing`.
        fn next_kpi_missing(key: &str) -> String {
            sv: format!(
                "Begär värdet av leverantören och läs in det: avtal kpi import FIL --contract {key}"
            ),
            en: format!(
                "Ask the supplier for the value and import it: avtal kpi import FILE --contract {key}"
            ),
        }
        /// Next step of `price-adjustment-due`.
        fn next_price_adjustment(key: &str) -> String {
            sv: format!(
                "Räkna ut vad indexklausulen medger och pröva leverantörens begäran: avtal price {key} --claim PROCENT"
            ),
            en: format!(
                "Compute what the index clause allows and check the supplier's claim: avtal price {key} --claim PERCENT"
            ),
        }
        /// The placeholder for an unknown index series in a command.
        fn series_placeholder() -> &'static str {
            sv: "SERIE",
            en: "SERIES",
        }
        /// Next step of `index-missing`.
        fn next_index_missing(series: &str) -> String {
            sv: format!(
                "Hämta indexserien från källan (t.ex. SCB) och läs in den: avtal index import FIL --series {series}"
            ),
            en: format!(
                "Download the series from its source (e.g. SCB) and import it: avtal index import FILE --series {series}"
            ),
        }
        /// Next step of `escalation`.
        fn next_escalation(key: &str) -> String {
            sv: format!("Se vem som ansvarar och vad som ska göras: avtal escalation {key}"),
            en: format!("See who is responsible and what to do: avtal escalation {key}"),
        }
        /// Next step of `framework-term-exceeded`.
        fn next_framework_term_exceeded() -> &'static str {
            sv: "Dokumentera särskilda skäl (special_reasons) i contract.toml om de finns; annars avropa inte efter sista dagen och upphandla ett nytt ramavtal",
            en: "Record the special reasons (special_reasons) in contract.toml if there are any; otherwise make no call-offs after the last day and procure a new framework",
        }
        /// Next step of `framework-option-exceeds-term`.
        fn next_framework_option_exceeds_term() -> &'static str {
            sv: "Avstå optionen (declined = true) eller korta den, eller dokumentera särskilda skäl (special_reasons) innan beslutet",
            en: "Decline the option (declined = true) or shorten it, or record the special reasons (special_reasons) before deciding",
        }
        /// Next step of `change-limit-exceeded`.
        fn next_change_limit_exceeded(key: &str) -> String {
            sv: format!(
                "Gör inga fler ändringar utan ny upphandling; låt jurist bedöma om ändringarna ryms i 17 kap. LOU och logga beslutet: avtal log {key} decision"
            ),
            en: format!(
                "Make no further changes without a new procurement; have legal counsel assess whether the changes fit LOU chapter 17 and log the decision: avtal log {key} decision"
            ),
        }
        /// Next step of `change-limit-near`.
        fn next_change_limit_near(key: &str) -> String {
            sv: format!(
                "Stäm av utrymmet före nästa ändring och logga varje ändring: avtal log {key} change --amount SEK --note TEXT"
            ),
            en: format!(
                "Check the room left before the next change and log every change: avtal log {key} change --amount SEK --note TEXT"
            ),
        }
        /// Next step of `framework-ceiling-reached`.
        fn next_ceiling_reached() -> &'static str {
            sv: "Avropa inte mer på avtalet; starta en ny upphandling (köp över takvolymen är en otillåten direktupphandling)",
            en: "Stop call-offs under the agreement and start a new procurement (buying beyond the maximum value is an unlawful direct award)",
        }
        /// Next step of `framework-ceiling-near`.
        fn next_ceiling_near() -> &'static str {
            sv: "Planera en ny upphandling och följ avropen: avtal spend",
            en: "Plan a new procurement and watch the call-offs: avtal spend",
        }
        /// A KPI's breaches in the latest period only.
        fn streak_latest_period() -> &'static str {
            sv: "senaste perioden",
            en: "in the latest period",
        }
        /// A KPI's breaches in `periods` periods in a row.
        fn streak_periods(periods: usize) -> String {
            sv: format!("{periods} perioder i rad"),
            en: format!("{periods} periods in a row"),
        }
        /// Escalation trigger: a KPI worse than its target.
        fn trigger_streak(kpi: &str, times: &str, last_period: &str) -> String {
            sv: format!("nyckeltal {kpi} sämre än målet {times} (senast {last_period})"),
            en: format!("KPI {kpi} worse than its target {times} (latest {last_period})"),
        }
        /// Escalation trigger: an open deviation.
        fn trigger_open_deviation(reference: &str, since: &str) -> String {
            sv: format!("avvikelse {reference} öppen sedan {since}"),
            en: format!("deviation {reference} open since {since}"),
        }
        /// Escalation trigger: an overdue action.
        fn trigger_action_overdue(reference: &str, due: &str) -> String {
            sv: format!("åtgärd för avvikelse {reference} försenad (skulle vara klar {due})"),
            en: format!("action for deviation {reference} overdue (due {due})"),
        }
        /// The default escalation ladder, steps 0–4.
        fn default_ladder() -> &'static [LadderText] {
            both: &[
                LadderText {
                    step: 0,
                    name: Self::LADDER_NORMAL,
                    responsible: &[Self::CONTRACT_CONTROLLER],
                    input: &[Self::OPERATING_DEPARTMENT],
                    actions: &[Self::LADDER_FOLLOW_UP],
                    inform: &[],
                    document: &[Self::CONTRACT_MANAGEMENT_SYSTEM],
                },
                LadderText {
                    step: 1,
                    name: Self::LADDER_DIALOGUE,
                    responsible: &[Self::CONTRACT_CONTROLLER],
                    input: &[Self::OPERATING_DEPARTMENT],
                    actions: &[Self::LADDER_DIALOGUE_WITH_SUPPLIER],
                    inform: &[],
                    document: &[Self::CONTRACT_MANAGEMENT_SYSTEM],
                },
                LadderText {
                    step: 2,
                    name: Self::LADDER_DEVIATIONS,
                    responsible: &[
                        Self::CONTRACT_CONTROLLER,
                        Self::TEAM_LEADER,
                        Self::HEAD_OF_PROCUREMENT,
                        Self::MANAGEMENT,
                    ],
                    input: &[Self::OPERATING_DEPARTMENT, Self::CONTRACT_CONTROLLER],
                    actions: &[
                        Self::LADDER_MEETING,
                        Self::LADDER_ACTION_PLAN,
                        Self::LADDER_CONSIDER_CONSEQUENCES,
                    ],
                    inform: &[Self::CONTROLLER_INFORMS_DEPARTMENT],
                    document: &[Self::CONTRACT_MANAGEMENT_SYSTEM, Self::OFFICIAL_RECORDS],
                },
                LadderText {
                    step: 3,
                    name: Self::LADDER_PERSISTENT_DEVIATIONS,
                    responsible: &[
                        Self::TEAM_LEADER,
                        Self::LEGAL_COUNSEL,
                        Self::HEAD_OF_PROCUREMENT,
                        Self::MANAGEMENT,
                    ],
                    input: &[Self::OPERATING_DEPARTMENT, Self::CONTRACT_CONTROLLER],
                    actions: &[
                        Self::LADDER_MEETING_WITH_COUNSEL,
                        Self::LADDER_TERMINATION_QUESTION,
                        Self::LADDER_BLOCK_ORDERING,
                        Self::LADDER_DAMAGES_CLAIMED,
                    ],
                    inform: &[Self::CONTROLLER_INFORMS_DEPARTMENT],
                    document: &[Self::CONTRACT_MANAGEMENT_SYSTEM, Self::OFFICIAL_RECORDS],
                },
                LadderText {
                    step: 4,
                    name: Self::LADDER_TERMINATION,
                    responsible: &[
                        Self::TEAM_LEADER,
                        Self::LEGAL_COUNSEL,
                        Self::HEAD_OF_PROCUREMENT,
                        Self::MANAGEMENT,
                    ],
                    input: &[Self::OPERATING_DEPARTMENT, Self::CONTRACT_CONTROLLER],
                    actions: &[
                        Self::LADDER_TERMINATE,
                        Self::LADDER_END_COOPERATION,
                        Self::LADDER_LOU_GOVERNS,
                    ],
                    inform: &[Self::CONTROLLER_INFORMS_DEPARTMENT],
                    document: &[Self::CONTRACT_MANAGEMENT_SYSTEM, Self::OFFICIAL_RECORDS],
                },
            ],
        }
        /// The name of a ladder step added in the settings.
        fn ladder_step_name(step: u8) -> String {
            sv: format!("Steg {step}"),
            en: format!("Step {step}"),
        }
        /// A trend: better.
        fn trend_better() -> &'static str {
            sv: "bättre",
            en: "better",
        }
        /// A trend: worse.
        fn trend_worse() -> &'static str {
            sv: "sämre",
            en: "worse",
        }
        /// A trend: unchanged.
        fn trend_same() -> &'static str {
            sv: "oförändrat",
            en: "unchanged",
        }
        /// A small count in words as minutes write it ("två"), `None` above ten.
        fn count_word(n: usize) -> Option<&'static str> {
            sv: [
                "", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
            ]
            .get(n)
            .copied(),
            en: [
                "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ]
            .get(n)
            .copied(),
        }
        /// Agenda: a KPI's breaches in `count` (a word) periods in a row.
        fn agenda_periods_in_a_row(count: &str) -> String {
            sv: format!("{count} perioder i rad"),
            en: format!("{count} periods in a row"),
        }
        /// Agenda: the contract has ended.
        fn agenda_contract_ended(end: &str) -> String {
            sv: format!(
                "Avtalet upphörde {end}: slutlig uppföljning och erfarenheter inför nästa upphandling"
            ),
            en: format!(
                "The contract ended {end}: final follow-up and lessons for the next procurement"
            ),
        }
        /// Agenda: review of the previous minutes.
        fn agenda_previous_minutes() -> &'static str {
            sv: "Genomgång av föregående protokoll",
            en: "Review of the previous minutes",
        }
        /// Agenda: the start meeting.
        fn agenda_start_meeting() -> &'static str {
            sv: "Startmöte: avtalet, samarbetsmodellen, kontaktvägar och nyckeltal",
            en: "Start meeting: the contract, cooperation model, contacts and KPIs",
        }
        /// Agenda: a KPI below its target (higher is better).
        fn agenda_below_target() -> &'static str {
            sv: "under målet",
            en: "below target",
        }
        /// Agenda: a KPI above its target (lower is better).
        fn agenda_above_target() -> &'static str {
            sv: "över målet",
            en: "above target",
        }
        /// Agenda: a KPI worse than its target.
        fn agenda_kpi(name: &str, side: &str, times: &str) -> String {
            sv: format!("Nyckeltal: {name} {side} {times}"),
            en: format!("KPI: {name} {side} {times}"),
        }
        /// Agenda: the KPIs without values.
        fn agenda_missing_kpis(kpis: &str) -> String {
            sv: format!("Nyckeltal som saknas: {kpis}"),
            en: format!("Missing KPI values: {kpis}"),
        }
        /// Agenda: KPIs and trends.
        fn agenda_kpis_and_trends() -> &'static str {
            sv: "Nyckeltal och trender",
            en: "KPIs and trends",
        }
        /// Agenda: a deviation and its action plan.
        fn agenda_deviation(reference: &str) -> String {
            sv: format!("Avvikelse {reference} och handlingsplan"),
            en: format!("Deviation {reference} and action plan"),
        }
        /// Agenda: a deviation whose actions are overdue.
        fn agenda_deviation_overdue(deviation: &str, dates: &str) -> String {
            sv: format!("{deviation} (åtgärd förfallen {dates})"),
            en: format!("{deviation} (action overdue since {dates})"),
        }
        /// Agenda: the escalation step's heading.
        fn agenda_escalation_step(step: u8, name: &str) -> String {
            sv: format!("Eskaleringssteg {step} – {name}"),
            en: format!("Escalation step {step} – {name}"),
        }
        /// Agenda: the escalation step, as the supplier's agenda says it.
        fn agenda_supplier_action_plan(heading: &str) -> String {
            sv: format!("{heading}: leverantörens handlingsplan"),
            en: format!("{heading}: the supplier's action plan"),
        }
        /// Agenda: the sanctions claimed.
        fn agenda_sanctions(total: &str) -> String {
            sv: format!("Krävda viten: {total}"),
            en: format!("Sanctions claimed: {total}"),
        }
        /// Agenda: an option's decision deadline has passed.
        fn agenda_option_missed(number: usize, deadline: &str) -> String {
            sv: format!("Option {number}: sista dag för beslut {deadline} har passerat"),
            en: format!("Option {number}: the decision deadline {deadline} has passed"),
        }
        /// Agenda: an option's decision is due.
        fn agenda_option_due(number: usize, deadline: &str) -> String {
            sv: format!("Beslut om option {number} senast {deadline}"),
            en: format!("Decision on option {number} by {deadline}"),
        }
        /// Agenda: the new procurement.
        fn agenda_new_procurement(date: &str) -> String {
            sv: format!("Ny upphandling: påbörja senast {date}"),
            en: format!("New procurement: start by {date}"),
        }
        /// Agenda: the contract ends with no option or successor.
        fn agenda_contract_ends(end: &str) -> String {
            sv: format!("Avtalet upphör {end}: ny upphandling eller avveckling"),
            en: format!("The contract ends {end}: new procurement or phase-out"),
        }
        /// Agenda: the qualification check is overdue.
        fn agenda_qualification_check() -> &'static str {
            sv: "Kontroll av kvalificeringskrav (försenad)",
            en: "Qualification requirements check (overdue)",
        }
        /// Agenda: the phase-out of an ending contract.
        fn agenda_phase_out() -> &'static str {
            sv: "Avveckling: slutleveranser, överlämning och slutfaktura",
            en: "Phase-out: final deliveries, handover and final invoice",
        }
        /// Agenda: the Kraljic focus.
        fn agenda_focus(segment: &str, focus: &str) -> String {
            sv: format!("Fokus ({segment}): {focus}"),
            en: format!("Focus ({segment}): {focus}"),
        }
        /// Agenda: any other business.
        fn agenda_other_business() -> &'static str {
            sv: "Övriga frågor",
            en: "Any other business",
        }
        /// Agenda: the next meeting.
        fn agenda_next_meeting() -> &'static str {
            sv: "Nästa möte",
            en: "Next meeting",
        }
        /// Agenda: the next meeting with the follow-up's due date.
        fn agenda_next_meeting_due(date: &str) -> String {
            sv: format!("Nästa möte (uppföljning senast {date})"),
            en: format!("Next meeting (follow-up due {date})"),
        }
        /// Priority reason: the group was set by hand.
        fn reason_manual() -> &'static str {
            sv: "manuellt satt",
            en: "set manually",
        }
        /// Priority reason: a call-off from a national framework.
        fn reason_national_call_off() -> &'static str {
            both: Self::NATIONAL_CALL_OFF_AGREEMENT,
        }
        /// Priority reason: business-critical.
        fn reason_business_critical() -> &'static str {
            both: Self::BUSINESS_CRITICAL_LOWER,
        }
        /// Priority reason: business-critical, but group 1 is full.
        fn reason_critical_group_1_full() -> &'static str {
            sv: "verksamhetskritiskt, men grupp 1 är full",
            en: "business-critical, but group 1 is full",
        }
        /// Priority reason: business-critical, but groups 1 and 2 are full.
        fn reason_critical_groups_full() -> &'static str {
            sv: "verksamhetskritiskt, men grupp 1 och 2 är fulla",
            en: "business-critical, but groups 1 and 2 are full",
        }
        /// Priority reason: among the top share by annual value.
        fn reason_top_value(value: &str, share: u32) -> String {
            sv: format!("årsvärde {value} — topp {share}\u{a0}%"),
            en: format!("annual value {value} — top {share}\u{a0}%"),
        }
        /// Priority reason: among the rest by annual value.
        fn reason_rest(value: &str, share: u32) -> String {
            sv: format!("årsvärde {value} — övriga {share}\u{a0}%"),
            en: format!("annual value {value} — remaining {share}\u{a0}%"),
        }
        /// Priority warning: more contracts pinned to a group than its quota.
        fn quota_overflow(pinned: usize, group: u8, quota: usize) -> String {
            sv: format!(
                "{pinned} avtal är manuellt satta till grupp {group} men kvoten är {quota}"
            ),
            en: format!("{pinned} contracts are pinned to group {group} but its quota is {quota}"),
        }
        /// Due kind: start meeting.
        fn due_start_meeting() -> &'static str {
            both: Self::START_MEETING,
        }
        /// Due kind: follow-up meeting.
        fn due_followup() -> &'static str {
            sv: "Uppföljningsmöte",
            en: "Follow-up meeting",
        }
        /// Due kind: qualification requirements check.
        fn due_qualification_check() -> &'static str {
            both: Self::QUALIFICATION_REQUIREMENTS_CHECK,
        }
        /// Due kind: extension option decision.
        fn due_option_decision() -> &'static str {
            sv: "Beslut om förlängningsoption",
            en: "Extension option decision",
        }
        /// Due kind: start a new procurement.
        fn due_new_procurement() -> &'static str {
            sv: "Starta ny upphandling",
            en: "Start new procurement",
        }
        /// Due kind: price adjustment.
        fn due_price_adjustment() -> &'static str {
            both: Self::PRICE_ADJUSTMENT,
        }
        /// Kraljic focus: strategic.
        fn focus_strategic() -> &'static str {
            sv: "affärsutveckling och samarbete",
            en: "business development and cooperation",
        }
        /// Kraljic focus: leverage.
        fn focus_leverage() -> &'static str {
            sv: "pris- och fakturakontroll",
            en: "price and invoice control",
        }
        /// Kraljic focus: bottleneck.
        fn focus_bottleneck() -> &'static str {
            sv: "leveranssäkerhet",
            en: "secure delivery",
        }
        /// Kraljic focus: non-critical.
        fn focus_non_critical() -> &'static str {
            sv: "kontrollera att allt fungerar",
            en: "check that everything works",
        }
        /// The name of month 1..=12.
        fn month_name(month: u32) -> &'static str {
            sv: [
                "januari",
                "februari",
                "mars",
                "april",
                "maj",
                "juni",
                "juli",
                "augusti",
                "september",
                "oktober",
                "november",
                "december",
            ][(month.clamp(1, 12) - 1) as usize],
            en: [
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
            ][(month.clamp(1, 12) - 1) as usize],
        }
        /// The three-letter name of month 1..=12.
        fn month_abbreviation(month: u32) -> &'static str {
            // The first three letters of the name, in both languages.
            both: &Self.month_name(month)[..3],
        }
        /// Status of a plan item: done.
        fn status_done() -> &'static str {
            sv: "klar",
            en: "done",
        }
        /// Status of a plan item: overdue.
        fn status_overdue() -> &'static str {
            both: Self::OVERDUE,
        }
        /// Status of a plan item: missed.
        fn status_missed() -> &'static str {
            sv: "missad",
            en: "missed",
        }
        /// Status of a plan item: upcoming.
        fn status_upcoming() -> &'static str {
            sv: "kommande",
            en: "upcoming",
        }
    }
}
