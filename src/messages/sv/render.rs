use crate::messages::{Render, Swedish};
use crate::model::PriceAdjustment;
use chrono::NaiveDate;

impl Render for Swedish {
    fn site_today_findings(&self) -> &'static str {
        "Att göra i dag"
    }
    fn site_year_plan(&self) -> &'static str {
        "Årets plan"
    }
    fn doc_escalation(&self) -> &'static str {
        "Eskalering"
    }
    fn site_spend_loyalty(&self) -> &'static str {
        "Inköp och avtalstrohet"
    }
    fn site_no_contract_controller(&self) -> &'static str {
        "Ingen avtalscontroller angiven"
    }
    fn site_error(&self) -> &'static str {
        "Fel"
    }
    fn site_warning(&self) -> &'static str {
        "Varning"
    }
    fn site_findings_on(&self, today: NaiveDate) -> String {
        format!("Att göra i dag, {today}")
    }
    fn site_follow_up_plan(&self, year: i32) -> String {
        format!("Uppföljningsplan {year}")
    }
    fn site_escalation_on(&self, today: NaiveDate) -> String {
        format!("Eskaleringstrappan {today}")
    }
    fn site_largest_purchases_outside_contract(&self) -> &'static str {
        "Störst utanför avtal"
    }
    fn site_over_direct_award_limit(&self) -> &'static str {
        "över direktupphandlingsgränsen"
    }
    fn site_over_limit_note(&self) -> &'static str {
        "Markerade leverantörer har köpts för mer än direktupphandlingsgränsen"
    }
    fn site_org_no(&self) -> &'static str {
        "Org.nr"
    }
    fn doc_supplier(&self) -> &'static str {
        "Leverantör"
    }
    fn doc_amount(&self) -> &'static str {
        "Belopp"
    }
    fn site_contracts(&self) -> &'static str {
        "Avtal"
    }
    fn site_spend_this_year(&self) -> &'static str {
        "Inköp i år"
    }
    fn doc_annual_value(&self) -> &'static str {
        "Årsvärde"
    }
    fn site_since_start(&self) -> &'static str {
        "Sedan start"
    }
    fn site_maximum_value_used(&self) -> &'static str {
        "Takvolym (förbrukat)"
    }
    fn site_above_annual_value(&self) -> &'static str {
        "över årsvärdet"
    }
    fn site_departments(&self) -> &'static str {
        "Förvaltningar"
    }
    fn site_department(&self) -> &'static str {
        "Förvaltning"
    }
    fn site_total(&self) -> &'static str {
        "Totalt"
    }
    fn site_under_contract(&self) -> &'static str {
        "På avtal"
    }
    fn site_loyalty(&self) -> &'static str {
        "Avtalstrohet"
    }
    fn site_ranked_frameworks(&self) -> &'static str {
        "Rangordnade ramavtal"
    }
    fn site_rank_one_share(&self) -> &'static str {
        "Andel rang 1"
    }
    fn doc_yes(&self) -> &'static str {
        "ja"
    }
    fn site_nothing_to_show(&self) -> &'static str {
        "Inget att visa."
    }
    fn doc_what(&self) -> &'static str {
        "Vad"
    }
    fn doc_date(&self) -> &'static str {
        "Datum"
    }
    fn site_group(&self) -> &'static str {
        "Grupp"
    }
    fn site_controller(&self) -> &'static str {
        "Avtalscontroller"
    }
    fn site_step(&self) -> &'static str {
        "Steg"
    }
    fn doc_triggered_by(&self) -> &'static str {
        "Utlöst av"
    }
    fn site_responsible(&self) -> &'static str {
        "Ansvarig"
    }
    fn doc_actions(&self) -> &'static str {
        "Åtgärder"
    }
    fn site_errors(&self) -> &'static str {
        "fel"
    }
    fn site_warnings(&self) -> &'static str {
        "varningar"
    }
    fn site_contract_catalogue(&self) -> &'static str {
        "Avtalskatalog"
    }
    fn site_skip_to_content(&self) -> &'static str {
        "Hoppa till innehållet"
    }
    fn site_menu(&self) -> &'static str {
        "Meny"
    }
    fn site_generated_by(&self) -> &'static str {
        "Skapad av avtal"
    }
    fn site_search_contracts(&self) -> &'static str {
        "Sök avtal"
    }
    fn site_search_hint(&self) -> &'static str {
        "Sök på avtalsnamn, leverantör, sökord, kategori eller diarienummer."
    }
    fn doc_category(&self) -> &'static str {
        "Kategori"
    }
    fn site_kind(&self) -> &'static str {
        "Avtalstyp"
    }
    fn site_all(&self) -> &'static str {
        "Alla"
    }
    fn doc_contract(&self) -> &'static str {
        "Avtal"
    }
    fn site_suppliers(&self) -> &'static str {
        "Leverantörer"
    }
    fn site_valid_until(&self) -> &'static str {
        "Gäller till"
    }
    fn site_count_one(&self) -> &'static str {
        "1 avtal visas"
    }
    fn site_count_many(&self) -> &'static str {
        "{n} avtal visas"
    }
    fn site_no_contracts_match_search(&self) -> &'static str {
        "Inga avtal matchar sökningen."
    }
    fn site_about_contract(&self) -> &'static str {
        "Om avtalet"
    }
    fn doc_registry_number(&self) -> &'static str {
        "Diarienummer"
    }
    fn site_call_off_method(&self) -> &'static str {
        "Avropsordning"
    }
    fn doc_term(&self) -> &'static str {
        "Avtalstid"
    }
    fn site_start(&self) -> &'static str {
        "Avtalsstart"
    }
    fn site_end_initial_term(&self) -> &'static str {
        "Slut på ursprunglig avtalstid"
    }
    fn site_current_end(&self) -> &'static str {
        "Gäller till"
    }
    fn site_latest_possible_end_extensions(&self) -> &'static str {
        "Senast möjliga slut med förlängningar"
    }
    fn site_extension_options_left(&self) -> &'static str {
        "Förlängningsoptioner kvar"
    }
    fn site_how_to_order(&self) -> &'static str {
        "Så beställer du"
    }
    fn site_keywords(&self) -> &'static str {
        "Sökord"
    }
    fn site_contacts(&self) -> &'static str {
        "Kontakt"
    }
    fn doc_name(&self) -> &'static str {
        "Namn"
    }
    fn doc_role(&self) -> &'static str {
        "Roll"
    }
    fn doc_party(&self) -> &'static str {
        "Part"
    }
    fn site_email(&self) -> &'static str {
        "E-post"
    }
    fn doc_phone(&self) -> &'static str {
        "Telefon"
    }
    fn site_rank(&self) -> &'static str {
        "Rangordning"
    }
    fn site_organisation_number(&self) -> &'static str {
        "Organisationsnummer"
    }
    fn site_value(&self) -> &'static str {
        "Värde"
    }
    fn doc_estimated_annual_value(&self) -> &'static str {
        "Uppskattat årsvärde"
    }
    fn doc_maximum_value(&self) -> &'static str {
        "Takvolym"
    }
    fn site_all_contracts(&self) -> &'static str {
        "Alla avtal"
    }
    fn doc_status(&self) -> &'static str {
        "Status"
    }
    fn site_starts(&self) -> &'static str {
        "Startar"
    }
    fn site_contract_starts(&self) -> &'static str {
        "Avtalet börjar gälla"
    }
    fn site_call_off_ranking(&self) -> &'static str {
        "Rangordning: avropa från den högst rangordnade leverantören som kan leverera"
    }
    fn site_call_off_competition(&self) -> &'static str {
        "Förnyad konkurrensutsättning mellan leverantörerna"
    }
    fn site_call_off_combined(&self) -> &'static str {
        "Rangordning eller förnyad konkurrensutsättning, enligt ramavtalet"
    }
    fn site_party_buyer(&self) -> &'static str {
        "Kommunen"
    }
    fn site_party_supplier(&self) -> &'static str {
        "Leverantören"
    }
    fn report_as_of(&self, today: NaiveDate) -> String {
        format!("per {today}")
    }
    fn report_meeting_pack(&self) -> &'static str {
        "Mötesunderlag"
    }
    fn report_suggested_agenda(&self) -> &'static str {
        "Förslag till dagordning"
    }
    fn report_no_adjustment_dates_within(&self) -> &'static str {
        "Inga justeringsdatum inom avtalstiden."
    }
    fn doc_no(&self) -> &'static str {
        "nej"
    }
    fn report_price_adjustment(&self) -> &'static str {
        "Indexreglering av pris"
    }
    fn report_active(&self) -> &'static str {
        "aktivt"
    }
    fn report_starts(&self) -> &'static str {
        "börjar"
    }
    fn report_ended(&self) -> &'static str {
        "upphörde"
    }
    fn report_terminated(&self) -> &'static str {
        "Avslutat"
    }
    fn report_end_exercised_options(&self) -> &'static str {
        "Slutdatum inkl. utnyttjade optioner"
    }
    fn report_latest_possible_end(&self) -> &'static str {
        "Senast möjliga slutdatum"
    }
    fn report_exercised(&self) -> &'static str {
        "utnyttjad"
    }
    fn report_declined(&self) -> &'static str {
        "avböjd"
    }
    fn report_not_decided(&self) -> &'static str {
        "ej beslutad"
    }
    fn report_options(&self) -> &'static str {
        "Optioner"
    }
    fn report_next_option(&self) -> &'static str {
        "Nästa option"
    }
    fn report_business_critical(&self) -> &'static str {
        "Verksamhetskritiskt"
    }
    fn report_successor(&self) -> &'static str {
        "Efterträdare"
    }
    fn report_contract_term(&self) -> &'static str {
        "Avtal och avtalstid"
    }
    fn report_in_year(&self, year: i32) -> String {
        format!("år {year}")
    }
    fn report_not_active_this_year(&self) -> &'static str {
        "ej aktivt i år"
    }
    fn report_priority_segment(&self) -> &'static str {
        "Prioritet och segment"
    }
    fn report_priority_group(&self) -> &'static str {
        "Prioritetsgrupp"
    }
    fn report_kraljic_segment(&self) -> &'static str {
        "Kraljic-segment"
    }
    fn report_focus(&self) -> &'static str {
        "Fokus"
    }
    fn report_party_buyer(&self) -> &'static str {
        "beställare"
    }
    fn report_party_supplier(&self) -> &'static str {
        "leverantör"
    }
    fn report_contract_controller(&self) -> &'static str {
        "Avtalscontroller"
    }
    fn report_owner_department(&self) -> &'static str {
        "Avtalsägare (verksamhet)"
    }
    fn report_partner_owner(&self) -> &'static str {
        "Partneransvarig"
    }
    fn report_email(&self) -> &'static str {
        "E-post"
    }
    fn report_escalation_path(&self) -> &'static str {
        "Eskaleringsväg"
    }
    fn report_contacts_escalation_path(&self) -> &'static str {
        "Kontakter och eskaleringsväg"
    }
    fn report_monthly(&self) -> &'static str {
        "Per månad"
    }
    fn report_quarterly(&self) -> &'static str {
        "Per kvartal"
    }
    fn report_yearly(&self) -> &'static str {
        "Per år"
    }
    fn report_contract_no_kpis(&self) -> &'static str {
        "Avtalet har inga nyckeltal."
    }
    fn report_kpi(&self) -> &'static str {
        "Nyckeltal"
    }
    fn report_target(&self) -> &'static str {
        "Mål"
    }
    fn report_latest(&self) -> &'static str {
        "Senast"
    }
    fn report_trend(&self) -> &'static str {
        "Trend"
    }
    fn report_missed_target(&self) -> &'static str {
        "Missat mål"
    }
    fn report_in_a_row(&self) -> &'static str {
        "I rad"
    }
    fn report_missing_header(&self) -> &'static str {
        "Saknas"
    }
    fn report_period(&self) -> &'static str {
        "Period"
    }
    fn report_missing_cell(&self) -> &'static str {
        "saknas"
    }
    fn report_kpi_legend(&self) -> &'static str {
        "✗ = sämre än målet; saknas = skulle ha rapporterats; – = inte rapporterat ännu."
    }
    fn report_responsible(&self) -> &'static str {
        "Ansvariga"
    }
    fn report_input_from(&self) -> &'static str {
        "Ger underlag"
    }
    fn report_inform(&self) -> &'static str {
        "Informera"
    }
    fn report_document_in(&self) -> &'static str {
        "Dokumentera"
    }
    fn report_no_open_deviations(&self) -> &'static str {
        "Inga öppna avvikelser."
    }
    fn report_deviation(&self) -> &'static str {
        "Avvikelse"
    }
    fn report_open(&self) -> &'static str {
        "öppen"
    }
    fn report_action(&self) -> &'static str {
        "Åtgärd"
    }
    fn report_overdue(&self) -> &'static str {
        "FÖRFALLEN"
    }
    fn report_in_progress(&self) -> &'static str {
        "pågår"
    }
    fn report_ref(&self) -> &'static str {
        "Ref"
    }
    fn report_type(&self) -> &'static str {
        "Typ"
    }
    fn report_description(&self) -> &'static str {
        "Beskrivning"
    }
    fn report_due(&self) -> &'static str {
        "Förfaller"
    }
    fn report_open_deviations_actions(&self) -> &'static str {
        "Öppna avvikelser och åtgärder"
    }
    fn report_no_sanctions_claimed(&self) -> &'static str {
        "Inga viten eller sanktioner har krävts."
    }
    fn report_total(&self) -> &'static str {
        "Summa"
    }
    fn report_note(&self) -> &'static str {
        "Notering"
    }
    fn report_sanctions_claimed(&self) -> &'static str {
        "Krävda viten och sanktioner"
    }
    fn report_no_decisions_logged(&self) -> &'static str {
        "Inga beslut har loggats."
    }
    fn report_decision(&self) -> &'static str {
        "Beslut"
    }
    fn report_decision_log(&self) -> &'static str {
        "Beslutslogg"
    }
    fn report_nothing_scheduled_ahead(&self) -> &'static str {
        "Inget planerat framåt."
    }
    fn report_findings_avtal_check(&self) -> &'static str {
        "Anmärkningar från avtal check"
    }
    fn report_nothing_to_act_on(&self) -> &'static str {
        "Inget att åtgärda."
    }
    fn report_due_next(&self) -> &'static str {
        "Det som väntar"
    }
    fn report_year(&self) -> &'static str {
        "År"
    }
    fn report_spend_under_contract(&self) -> &'static str {
        "Inköp på avtalet"
    }
    fn report_spend_maximum_value(&self) -> &'static str {
        "Inköp och takvolym"
    }
    fn digest_meetings_to_book(&self) -> &'static str {
        "Möten att boka"
    }
    fn digest_option_deadlines(&self) -> &'static str {
        "Optioner att besluta om"
    }
    fn digest_kpis_to_ask_for(&self) -> &'static str {
        "Nyckeltal att begära av leverantören"
    }
    fn digest_actions_due(&self) -> &'static str {
        "Åtgärder"
    }
    fn digest_other_section(&self) -> &'static str {
        "Kontroller, upphandlingar och eskalering"
    }
    fn digest_ask(&self) -> &'static str {
        "begär av"
    }
    fn digest_no_supplier_email(&self) -> &'static str {
        " — ingen e-post till leverantören i contract.toml"
    }
    fn digest_new_procurement_note(&self) -> &'static str {
        "avtalet upphör då utan option eller efterföljare – starta ny upphandling"
    }
    fn digest_overdue(&self) -> &'static str {
        "FÖRSENAD"
    }
    fn digest_due_by(&self) -> &'static str {
        "senast"
    }
    fn digest_closing_hint(&self) -> &'static str {
        "Logga det som är gjort med `avtal log`; `avtal check` visar läget."
    }
    fn price_rule_line(&self) -> &'static str {
        "Ändring = andel × (I(M) / I(B) − 1) × 100; görs när |ändring| ≥ tröskeln, annars förs den vidare och basmånaden B står kvar."
    }
    fn facts_title(&self) -> &'static str {
        "Titel"
    }
    fn facts_kind(&self) -> &'static str {
        "Typ"
    }
    fn facts_call_off_ranking(&self) -> &'static str {
        "rangordning"
    }
    fn facts_call_off_competition(&self) -> &'static str {
        "förnyad konkurrensutsättning"
    }
    fn facts_call_off_combined(&self) -> &'static str {
        "kombinerad (rangordning eller förnyad konkurrensutsättning)"
    }
    fn facts_company_number(&self) -> &'static str {
        "Organisationsnummer"
    }
    fn facts_call_off(&self) -> &'static str {
        "Avropsform"
    }
    fn facts_works_contract(&self) -> &'static str {
        "Byggentreprenad"
    }
    fn facts_special_reasons_longer_term(&self) -> &'static str {
        "Särskilda skäl för längre löptid"
    }
    fn facts_estimated_from_annual_value(&self) -> &'static str {
        " (uppskattat av årsvärdet)"
    }
    fn facts_contract_value(&self) -> &'static str {
        "Avtalsvärde"
    }
    fn facts_net_changes(&self) -> &'static str {
        "Ändringar netto"
    }
    fn facts_change_limit(&self) -> &'static str {
        "Ändringsgräns"
    }
    fn facts_lou_17_9(&self) -> &'static str {
        "LOU 17 kap. 9 §"
    }
    fn facts_room_left(&self) -> &'static str {
        "Kvar till gränsen"
    }
    fn kind_contract(&self) -> &'static str {
        "avtal"
    }
    fn kind_framework(&self) -> &'static str {
        "ramavtal"
    }
    fn kind_national_call_off(&self) -> &'static str {
        "avrop från nationellt ramavtal"
    }
    fn kraljic_strategic(&self) -> &'static str {
        "strategisk"
    }
    fn kraljic_leverage(&self) -> &'static str {
        "hävstång"
    }
    fn kraljic_bottleneck(&self) -> &'static str {
        "flaskhals"
    }
    fn kraljic_non_critical(&self) -> &'static str {
        "icke-kritisk"
    }
    fn digest_subject(&self, name: &str, overdue: usize, coming: usize, days: u64) -> String {
        format!("Avtalsuppföljning för {name}: {overdue} försenade, {coming} inom {days} dagar")
    }
    fn digest_action_for_deviation(&self, reference: &str) -> String {
        format!("Åtgärd för avvikelse {reference}")
    }
    fn digest_escalation_step(&self, step: u8, key: &str) -> String {
        format!("Eskaleringssteg {step}: se avtal escalation {key}")
    }
    fn digest_intro(
        &self,
        name: &str,
        org: &str,
        today: NaiveDate,
        until: NaiveDate,
        days: u64,
    ) -> String {
        format!(
            "Hej {name}!\n\nDet här är försenat{org} per {today} och det som förfaller till och med {until} ({days} dagar)."
        )
    }
    fn digest_nothing_due(&self, days: u64) -> String {
        format!("Inget försenat och inget som förfaller de närmaste {days} dagarna.\n")
    }
    fn ics_description(&self, key: &str, group: u8, focus: &str, controller: &str) -> String {
        format!("Avtal: {key}\nGrupp: {group}\nFokus: {focus}\nController: {controller}")
    }
    fn ics_reminder(&self, days: u32, summary: &str) -> String {
        format!("Om {days} dagar: {summary}")
    }
    fn price_clause_line(&self, clause: &PriceAdjustment, share: &str, threshold: &str) -> String {
        let (index, base, first) = (&clause.index, clause.base, clause.first);
        let (lag, interval) = (clause.lag_months, clause.interval_months);
        format!(
            "Index {index}, basmånad {base}, indexerad andel {share}\u{a0}%, tröskel {threshold}\u{a0}%, jämförelsemånad {lag} mån före justeringen, högst var {interval}:e månad, första gången {first}"
        )
    }
    fn price_index_missing(&self, date: NaiveDate, months: &str, index: &str) -> String {
        format!("{date}: kan inte räknas – indexvärde saknas för {months} ({index})")
    }
    fn price_earlier_missing(&self, date: NaiveDate) -> String {
        format!("{date}: kan inte räknas – en tidigare justering saknar indexvärden")
    }
    fn price_made(&self, factor: &str) -> String {
        format!("görs, faktor {factor}")
    }
    fn price_carried_forward(&self, threshold: &str, factor: &str) -> String {
        format!("under tröskeln {threshold}\u{a0}%: görs inte, förs vidare (faktor {factor})")
    }
    fn facts_supplier_rank(&self, rank: u32) -> String {
        format!("Leverantör, rang {rank}")
    }
    fn facts_over_the_limit(&self, amount: &str) -> String {
        format!("{amount} över gränsen")
    }
    fn site_spend_headline(&self, total: &str, matched: &str, loyalty: &str) -> String {
        format!("{total} totalt, varav {matched} på avtal – avtalstrohet {loyalty}.")
    }
    fn site_option_left(&self, months: u32, notice: u32) -> String {
        format!("{months} månader (besked senast {notice} månader före slut)")
    }
    fn site_cannot_render(&self, error: &str) -> String {
        format!("kan inte skapa webbplatsen: {error}")
    }
    fn report_spend_ceiling_used(&self, spent: &str, max: &str, used: &str) -> String {
        format!("Förbrukat av takvolymen: {spent} av {max} ({used} %).")
    }
    fn report_months(&self, n: u32) -> String {
        format!("{n} mån")
    }
    fn report_next_option_text(
        &self,
        number: usize,
        months: &str,
        deadline: NaiveDate,
        notice: &str,
    ) -> String {
        format!("option {number} ({months}), besked senast {deadline} ({notice} före slut)")
    }
    fn report_group(&self, group: u8, year: &str, rank: usize, reason: &str) -> String {
        format!("grupp {group}{year} (rang {rank}) – {reason}")
    }
    fn report_kpis_title(&self, periods: usize) -> String {
        format!("Nyckeltal (senaste {periods} perioderna)")
    }
    fn report_no_periods_yet(&self, start: NaiveDate) -> String {
        format!("Inga perioder att visa ännu: avtalet börjar {start}.")
    }
    fn report_step(&self, step: u8, name: &str) -> String {
        format!("Steg {step} – {name}")
    }
    fn site_marker_internal(&self) -> &'static str {
        "Den här mappen skrivs av `avtal site` (intern); den ersätts i sin helhet vid varje körning.\n"
    }
    fn site_marker_public(&self) -> &'static str {
        "Den här mappen skrivs av `avtal site` (publik); den ersätts i sin helhet vid varje körning.\n"
    }
    fn report_one_month(&self) -> &'static str {
        "1 mån"
    }
    fn price_header_date(&self) -> &'static str {
        "Datum"
    }
    fn price_header_base(&self) -> &'static str {
        "Bas B"
    }
    fn price_header_month(&self) -> &'static str {
        "Månad M"
    }
    fn price_header_change(&self) -> &'static str {
        "Ändring"
    }
    fn price_header_made(&self) -> &'static str {
        "Görs"
    }
    fn price_header_factor(&self) -> &'static str {
        "Faktor"
    }
    fn report_footer_page(&self) -> &'static str {
        "Sida"
    }
    fn report_footer_of(&self) -> &'static str {
        "av"
    }
}
