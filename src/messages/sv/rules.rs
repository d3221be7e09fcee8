use crate::messages::{LadderText, Rules, Swedish};

impl Rules for Swedish {
    fn start_meeting_overdue(&self, date: &str) -> String {
        format!("Startmöte saknas – skulle ha hållits senast {date}")
    }
    fn followup_overdue(&self, date: &str) -> String {
        format!("Uppföljning försenad – förföll {date}")
    }
    fn qualification_check_overdue(&self, date: &str) -> String {
        format!("Kontroll av kvalificeringskrav försenad – förföll {date}")
    }
    fn action_overdue(&self, reference: &str, date: &str) -> String {
        format!("Åtgärd för avvikelse {reference} försenad – skulle vara klar {date}")
    }
    fn option_decision_missed(&self, date: &str) -> String {
        format!("Sista dag att meddela beslut om förlängningsoption har passerat ({date})")
    }
    fn option_decision_due(&self, date: &str) -> String {
        format!("Beslut om förlängningsoption ska meddelas senast {date}")
    }
    fn contract_ending(&self, date: &str) -> String {
        format!("Avtalet upphör {date} utan förlängningsoption eller efterföljare")
    }
    fn kpi_missing(&self, kpi: &str, period: &str) -> String {
        format!("Värde saknas för nyckeltal {kpi}, period {period}")
    }
    fn price_adjustment_due(&self, date: &str) -> String {
        format!("Indexreglering av priset {date}")
    }
    fn index_missing(&self, index: &str, period: &str) -> String {
        format!("Indexvärde saknas: {index} för {period}")
    }
    fn escalation_level(&self, step: u8) -> &'static str {
        match step {
            0 | 1 => "normal nivå",
            2 => "avvikelser",
            _ => "fortgående avvikelser",
        }
    }
    fn escalation_finding(&self, step: u8, level: &str) -> String {
        format!("Eskaleringssteg {step} ({level})")
    }
    fn term_years(&self, years: u32) -> String {
        format!("{years} år")
    }
    fn term_months(&self, months: u32) -> String {
        format!("{months} månader")
    }
    fn framework_term_exceeded(&self, term: &str, date: &str) -> String {
        format!(
            "Ramavtalet löper längre än {term} utan angivna särskilda skäl – sista tillåtna dag är {date}"
        )
    }
    fn framework_option_exceeds_term(&self, term: &str, date: &str) -> String {
        format!(
            "Nästa option skulle förlänga ramavtalet bortom {term} – sista tillåtna dag är {date}"
        )
    }
    fn change_room_left(&self, room: &str) -> String {
        format!("{room} kvar")
    }
    fn change_limit_reached(&self) -> &'static str {
        "gränsen är nådd"
    }
    fn change_over_limit(&self, over: &str) -> String {
        format!("{over} över gränsen")
    }
    fn change_limit(&self, amount: &str, limit: &str, basis: &str, rest: &str) -> String {
        format!("Ändringar netto {amount} av högst {limit} ({basis}) — {rest}")
    }
    fn basis_max_value(&self) -> &'static str {
        "takvolymen"
    }
    fn basis_contract_value(&self) -> &'static str {
        "avtalsvärdet"
    }
    fn basis_share(&self, percent: i64, base: &str) -> String {
        format!("{percent} % av {base}")
    }
    fn basis_share_works(&self, percent: i64, base: &str) -> String {
        format!("{percent} % av {base}, byggentreprenad")
    }
    fn basis_threshold(&self) -> &'static str {
        "tröskelvärdet"
    }
    fn basis_threshold_works(&self) -> &'static str {
        "tröskelvärdet för byggentreprenader"
    }
    fn ceiling_reached(&self, amount: &str, limit: &str) -> String {
        format!("Takvolymen är nådd: {amount} av {limit} har köpts på avtalet")
    }
    fn ceiling_near(&self, amount: &str, limit: &str) -> String {
        format!("Takvolymen är snart nådd: {amount} av {limit} (minst 80 %)")
    }
    fn next_start_meeting(&self, key: &str) -> String {
        format!("Håll startmötet med leverantören och logga det: avtal log {key} start-meeting")
    }
    fn next_followup(&self, key: &str) -> String {
        format!(
            "Gör statistikuppföljningen, håll mötet med leverantören och logga det: avtal log {key} followup"
        )
    }
    fn next_qualification_check(&self, key: &str) -> String {
        format!(
            "Kontrollera kvalificeringskraven (kreditvärdighet, betalda skatter, certifikat) och logga: avtal log {key} qualification-check"
        )
    }
    fn next_action_overdue(&self, key: &str, reference: &str) -> String {
        format!(
            "Kräv besked av leverantören om handlingsplanen; när avvikelsen är åtgärdad: avtal log {key} resolved --ref {reference}"
        )
    }
    fn next_option_decision_missed(&self) -> &'static str {
        "Ta reda på tillsammans med jurist om en förlängning ändå kan avtalas; ange sedan exercised eller declined för optionen i contract.toml"
    }
    fn next_option_decision_due(&self) -> &'static str {
        "Ta fram underlag, besluta om förlängning och meddela leverantören skriftligt; ange sedan exercised eller declined i contract.toml"
    }
    fn next_contract_ending(&self) -> &'static str {
        "Starta nästa upphandling i tid, eller ange successor i contract.toml"
    }
    fn next_kpi_missing(&self, key: &str) -> String {
        format!(
            "Begär värdet av leverantören och läs in det: avtal kpi import FIL --contract {key}"
        )
    }
    fn next_price_adjustment(&self, key: &str) -> String {
        format!(
            "Räkna ut vad indexklausulen medger och pröva leverantörens begäran: avtal price {key} --claim PROCENT"
        )
    }
    fn series_placeholder(&self) -> &'static str {
        "SERIE"
    }
    fn next_index_missing(&self, series: &str) -> String {
        format!(
            "Hämta indexserien från källan (t.ex. SCB) och läs in den: avtal index import FIL --series {series}"
        )
    }
    fn next_escalation(&self, key: &str) -> String {
        format!("Se vem som ansvarar och vad som ska göras: avtal escalation {key}")
    }
    fn next_framework_term_exceeded(&self) -> &'static str {
        "Dokumentera särskilda skäl (special_reasons) i contract.toml om de finns; annars avropa inte efter sista dagen och upphandla ett nytt ramavtal"
    }
    fn next_framework_option_exceeds_term(&self) -> &'static str {
        "Avstå optionen (declined = true) eller korta den, eller dokumentera särskilda skäl (special_reasons) innan beslutet"
    }
    fn next_change_limit_exceeded(&self, key: &str) -> String {
        format!(
            "Gör inga fler ändringar utan ny upphandling; låt jurist bedöma om ändringarna ryms i 17 kap. LOU och logga beslutet: avtal log {key} decision"
        )
    }
    fn next_change_limit_near(&self, key: &str) -> String {
        format!(
            "Stäm av utrymmet före nästa ändring och logga varje ändring: avtal log {key} change --amount SEK --note TEXT"
        )
    }
    fn next_ceiling_reached(&self) -> &'static str {
        "Avropa inte mer på avtalet; starta en ny upphandling (köp över takvolymen är en otillåten direktupphandling)"
    }
    fn next_ceiling_near(&self) -> &'static str {
        "Planera en ny upphandling och följ avropen: avtal spend"
    }
    fn streak_latest_period(&self) -> &'static str {
        "senaste perioden"
    }
    fn streak_periods(&self, periods: usize) -> String {
        format!("{periods} perioder i rad")
    }
    fn trigger_streak(&self, kpi: &str, times: &str, last_period: &str) -> String {
        format!("nyckeltal {kpi} sämre än målet {times} (senast {last_period})")
    }
    fn trigger_open_deviation(&self, reference: &str, since: &str) -> String {
        format!("avvikelse {reference} öppen sedan {since}")
    }
    fn trigger_action_overdue(&self, reference: &str, due: &str) -> String {
        format!("åtgärd för avvikelse {reference} försenad (skulle vara klar {due})")
    }
    fn default_ladder(&self) -> &'static [LadderText] {
        &[
            LadderText {
                step: 0,
                name: "Normal nivå",
                responsible: &["Avtalscontroller"],
                input: &["Verksamheten"],
                actions: &["Uppföljning med leverantören enligt avtalet"],
                inform: &[],
                document: &["Avtalsförvaltningssystemet"],
            },
            LadderText {
                step: 1,
                name: "Normal nivå – dialog",
                responsible: &["Avtalscontroller"],
                input: &["Verksamheten"],
                actions: &["Dialog med leverantören enligt avtalet"],
                inform: &[],
                document: &["Avtalsförvaltningssystemet"],
            },
            LadderText {
                step: 2,
                name: "Avvikelser",
                responsible: &[
                    "Avtalscontroller",
                    "Teamledare",
                    "Inköpschef",
                    "Ledningsgrupp",
                ],
                input: &["Verksamheten", "Avtalscontroller"],
                actions: &[
                    "Möte med leverantören",
                    "Skapa handlingsplan",
                    "Pröva avtalets konsekvenser, t.ex. vite",
                ],
                inform: &["Avtalscontroller informerar berörd verksamhet"],
                document: &["Avtalsförvaltningssystemet", "Diariet"],
            },
            LadderText {
                step: 3,
                name: "Fortgående avvikelser",
                responsible: &["Teamledare", "Jurist", "Inköpschef", "Ledningsgrupp"],
                input: &["Verksamheten", "Avtalscontroller"],
                actions: &[
                    "Leverantörsmöte med jurist",
                    "Hävning?",
                    "Spärra orderläggning?",
                    "Vite har utgått",
                ],
                inform: &["Avtalscontroller informerar berörd verksamhet"],
                document: &["Avtalsförvaltningssystemet", "Diariet"],
            },
            LadderText {
                step: 4,
                name: "Hävning",
                responsible: &["Teamledare", "Jurist", "Inköpschef", "Ledningsgrupp"],
                input: &["Verksamheten", "Avtalscontroller"],
                actions: &[
                    "Häv avtalet",
                    "Avsluta samarbetet",
                    "LOU reglerar framtida anbud och eventuellt samarbete",
                ],
                inform: &["Avtalscontroller informerar berörd verksamhet"],
                document: &["Avtalsförvaltningssystemet", "Diariet"],
            },
        ]
    }
    fn ladder_step_name(&self, step: u8) -> String {
        format!("Steg {step}")
    }
    fn trend_better(&self) -> &'static str {
        "bättre"
    }
    fn trend_worse(&self) -> &'static str {
        "sämre"
    }
    fn trend_same(&self) -> &'static str {
        "oförändrat"
    }
    fn count_word(&self, n: usize) -> Option<&'static str> {
        [
            "", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
        ]
        .get(n)
        .copied()
    }
    fn agenda_periods_in_a_row(&self, count: &str) -> String {
        format!("{count} perioder i rad")
    }
    fn agenda_contract_ended(&self, end: &str) -> String {
        format!(
            "Avtalet upphörde {end}: slutlig uppföljning och erfarenheter inför nästa upphandling"
        )
    }
    fn agenda_previous_minutes(&self) -> &'static str {
        "Genomgång av föregående protokoll"
    }
    fn agenda_start_meeting(&self) -> &'static str {
        "Startmöte: avtalet, samarbetsmodellen, kontaktvägar och nyckeltal"
    }
    fn agenda_below_target(&self) -> &'static str {
        "under målet"
    }
    fn agenda_above_target(&self) -> &'static str {
        "över målet"
    }
    fn agenda_kpi(&self, name: &str, side: &str, times: &str) -> String {
        format!("Nyckeltal: {name} {side} {times}")
    }
    fn agenda_missing_kpis(&self, kpis: &str) -> String {
        format!("Nyckeltal som saknas: {kpis}")
    }
    fn agenda_kpis_and_trends(&self) -> &'static str {
        "Nyckeltal och trender"
    }
    fn agenda_deviation(&self, reference: &str) -> String {
        format!("Avvikelse {reference} och handlingsplan")
    }
    fn agenda_deviation_overdue(&self, deviation: &str, dates: &str) -> String {
        format!("{deviation} (åtgärd förfallen {dates})")
    }
    fn agenda_escalation_step(&self, step: u8, name: &str) -> String {
        format!("Eskaleringssteg {step} – {name}")
    }
    fn agenda_supplier_action_plan(&self, heading: &str) -> String {
        format!("{heading}: leverantörens handlingsplan")
    }
    fn agenda_sanctions(&self, total: &str) -> String {
        format!("Krävda viten: {total}")
    }
    fn agenda_option_missed(&self, number: usize, deadline: &str) -> String {
        format!("Option {number}: sista dag för beslut {deadline} har passerat")
    }
    fn agenda_option_due(&self, number: usize, deadline: &str) -> String {
        format!("Beslut om option {number} senast {deadline}")
    }
    fn agenda_new_procurement(&self, date: &str) -> String {
        format!("Ny upphandling: påbörja senast {date}")
    }
    fn agenda_contract_ends(&self, end: &str) -> String {
        format!("Avtalet upphör {end}: ny upphandling eller avveckling")
    }
    fn agenda_qualification_check(&self) -> &'static str {
        "Kontroll av kvalificeringskrav (försenad)"
    }
    fn agenda_phase_out(&self) -> &'static str {
        "Avveckling: slutleveranser, överlämning och slutfaktura"
    }
    fn agenda_focus(&self, segment: &str, focus: &str) -> String {
        format!("Fokus ({segment}): {focus}")
    }
    fn agenda_other_business(&self) -> &'static str {
        "Övriga frågor"
    }
    fn agenda_next_meeting(&self) -> &'static str {
        "Nästa möte"
    }
    fn agenda_next_meeting_due(&self, date: &str) -> String {
        format!("Nästa möte (uppföljning senast {date})")
    }
    fn reason_manual(&self) -> &'static str {
        "manuellt satt"
    }
    fn reason_national_call_off(&self) -> &'static str {
        "avrop från nationellt ramavtal"
    }
    fn reason_business_critical(&self) -> &'static str {
        "verksamhetskritiskt"
    }
    fn reason_critical_group_1_full(&self) -> &'static str {
        "verksamhetskritiskt, men grupp 1 är full"
    }
    fn reason_critical_groups_full(&self) -> &'static str {
        "verksamhetskritiskt, men grupp 1 och 2 är fulla"
    }
    fn reason_top_value(&self, value: &str, share: u32) -> String {
        format!("årsvärde {value} — topp {share}\u{a0}%")
    }
    fn reason_rest(&self, value: &str, share: u32) -> String {
        format!("årsvärde {value} — övriga {share}\u{a0}%")
    }
    fn quota_overflow(&self, pinned: usize, group: u8, quota: usize) -> String {
        format!("{pinned} avtal är manuellt satta till grupp {group} men kvoten är {quota}")
    }
    fn due_start_meeting(&self) -> &'static str {
        "Startmöte"
    }
    fn due_followup(&self) -> &'static str {
        "Uppföljningsmöte"
    }
    fn due_qualification_check(&self) -> &'static str {
        "Kontroll av kvalificeringskrav"
    }
    fn due_option_decision(&self) -> &'static str {
        "Beslut om förlängningsoption"
    }
    fn due_new_procurement(&self) -> &'static str {
        "Starta ny upphandling"
    }
    fn due_price_adjustment(&self) -> &'static str {
        "Indexreglering av pris"
    }
    fn focus_strategic(&self) -> &'static str {
        "affärsutveckling och samarbete"
    }
    fn focus_leverage(&self) -> &'static str {
        "pris- och fakturakontroll"
    }
    fn focus_bottleneck(&self) -> &'static str {
        "leveranssäkerhet"
    }
    fn focus_non_critical(&self) -> &'static str {
        "kontrollera att allt fungerar"
    }
    fn month_name(&self, month: u32) -> &'static str {
        [
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
        ][(month.clamp(1, 12) - 1) as usize]
    }
    fn month_abbreviation(&self, month: u32) -> &'static str {
        [
            "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ][(month.clamp(1, 12) - 1) as usize]
    }
    fn status_done(&self) -> &'static str {
        "klar"
    }
    fn status_overdue(&self) -> &'static str {
        "FÖRSENAD"
    }
    fn status_missed(&self) -> &'static str {
        "missad"
    }
    fn status_upcoming(&self) -> &'static str {
        "kommande"
    }
}
