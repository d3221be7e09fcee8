use crate::messages::{Swedish, Workbook};

impl Workbook for Swedish {
    fn as_of(&self) -> &'static str {
        "per"
    }
    fn buyer(&self) -> &'static str {
        "beställare"
    }
    fn supplier(&self) -> &'static str {
        "leverantör"
    }
    fn workbook_monthly(&self) -> &'static str {
        "per månad"
    }
    fn workbook_quarterly(&self) -> &'static str {
        "per kvartal"
    }
    fn workbook_yearly(&self) -> &'static str {
        "per år"
    }
    fn cooperation_model(&self) -> &'static str {
        "Samarbetsmodell"
    }
    fn segmentation(&self) -> &'static str {
        "Segmentering"
    }
    fn kraljic_segment(&self) -> &'static str {
        "Kraljic-segment"
    }
    fn focus_of_the_follow_up(&self) -> &'static str {
        "Fokus i uppföljningen"
    }
    fn priority_group(&self) -> &'static str {
        "Prioritetsgrupp"
    }
    fn meeting_forms_and_frequency(&self) -> &'static str {
        "Mötesformer och frekvens"
    }
    fn meeting_form(&self) -> &'static str {
        "Mötesform"
    }
    fn frequency(&self) -> &'static str {
        "Frekvens"
    }
    fn participants(&self) -> &'static str {
        "Deltagare"
    }
    fn start_meeting(&self) -> &'static str {
        "Startmöte"
    }
    fn follow_up_and_development_meeting_first_year(&self) -> &'static str {
        "Uppföljnings- och utvecklingsmöte, första avtalsåret"
    }
    fn follow_up_and_development_meeting_thereafter(&self) -> &'static str {
        "Uppföljnings- och utvecklingsmöte, därefter"
    }
    fn kpi_statistics_follow_up(&self) -> &'static str {
        "Statistikuppföljning (nyckeltal)"
    }
    fn qualification_requirements_check(&self) -> &'static str {
        "Kontroll av kvalificeringskrav"
    }
    fn roles_in_the_follow_up_team(&self) -> &'static str {
        "Roller i uppföljningsteamet"
    }
    fn role(&self) -> &'static str {
        "Roll"
    }
    fn name(&self) -> &'static str {
        "Namn"
    }
    fn responsibility(&self) -> &'static str {
        "Ansvar"
    }
    fn contract_controller_process_coordinator(&self) -> &'static str {
        "Avtalscontroller / processkoordinator"
    }
    fn compiles_kpis_books_follow_up_meetings(&self) -> &'static str {
        "Sammanställer nyckeltal, bokar uppföljningsmöten"
    }
    fn process_owner_department(&self) -> &'static str {
        "Processägare (verksamhet)"
    }
    fn owns_the_contract_and_the_follow_up(&self) -> &'static str {
        "Äger avtalet och uppföljningen, ger underlag om leveransen"
    }
    fn partner_owner(&self) -> &'static str {
        "Partneransvarig"
    }
    fn owns_the_relationship_with_the_supplier(&self) -> &'static str {
        "Ansvarar för relationen med leverantören"
    }
    fn supplier_title(&self) -> &'static str {
        "Leverantör"
    }
    fn provides_statistics_attends_follow_up_meetings(&self) -> &'static str {
        "Bistår med statistik, deltar i uppföljningsmötena"
    }
    fn escalation_ladder(&self) -> &'static str {
        "Eskaleringstrappa"
    }
    fn step(&self) -> &'static str {
        "Steg"
    }
    fn responsible(&self) -> &'static str {
        "Ansvariga"
    }
    fn input_from(&self) -> &'static str {
        "Ger underlag"
    }
    fn actions(&self) -> &'static str {
        "Åtgärder"
    }
    fn inform(&self) -> &'static str {
        "Informera"
    }
    fn document_in(&self) -> &'static str {
        "Dokumentera"
    }
    fn current(&self) -> &'static str {
        "nuvarande"
    }
    fn workbook_escalation_path(&self) -> &'static str {
        "Eskaleringsväg"
    }
    fn delivery_and_performance(&self) -> &'static str {
        "Leverans och prestation"
    }
    fn kpi_values_by_period(&self) -> &'static str {
        "Nyckeltal per period"
    }
    fn the_contract_has_no_kpis(&self) -> &'static str {
        "Avtalet har inga nyckeltal."
    }
    fn supplier_rating(&self) -> &'static str {
        "Leverantörsbedömning"
    }
    fn rating_1_5_5_very_good(&self) -> &'static str {
        "Betyg 1–5 (5 = mycket bra)"
    }
    fn rating(&self) -> &'static str {
        "Betyg"
    }
    fn choose_1_5(&self) -> &'static str {
        "Välj 1–5"
    }
    fn the_department_s_view_of_the_delivery(&self) -> &'static str {
        "Verksamhetens syn på leveransen"
    }
    fn action_plan_and_activities(&self) -> &'static str {
        "Handlingsplan och aktiviteter"
    }
    fn activity(&self) -> &'static str {
        "Aktivitet"
    }
    fn date(&self) -> &'static str {
        "Datum"
    }
    fn owner(&self) -> &'static str {
        "Ansvarig"
    }
    fn the_supplier(&self) -> &'static str {
        "Leverantören"
    }
    fn overdue(&self) -> &'static str {
        "förfallen"
    }
    fn in_progress(&self) -> &'static str {
        "pågår"
    }
    fn planned(&self) -> &'static str {
        "planerad"
    }
    fn deviations_and_sanctions(&self) -> &'static str {
        "Avvikelser och viten"
    }
    fn type_label(&self) -> &'static str {
        "Typ"
    }
    fn amount_sek(&self) -> &'static str {
        "Belopp (kr)"
    }
    fn note(&self) -> &'static str {
        "Notering"
    }
    fn deviation_open(&self) -> &'static str {
        "avvikelse (öppen)"
    }
    fn sanction(&self) -> &'static str {
        "vite"
    }
    fn total_sanctions(&self) -> &'static str {
        "Summa viten"
    }
    fn decision_log(&self) -> &'static str {
        "Beslutslogg"
    }
    fn decision(&self) -> &'static str {
        "Beslut"
    }
    fn strengths(&self) -> &'static str {
        "Styrkor"
    }
    fn weaknesses(&self) -> &'static str {
        "Svagheter"
    }
    fn opportunities(&self) -> &'static str {
        "Möjligheter"
    }
    fn threats(&self) -> &'static str {
        "Hot"
    }
    fn target(&self) -> &'static str {
        "Mål"
    }
    fn outside_the_target(&self) -> &'static str {
        "Utanför målet"
    }
    fn facts_and_contract_information(&self) -> &'static str {
        "Fakta och avtalsinformation"
    }
    fn contract_information(&self) -> &'static str {
        "Avtalsinformation"
    }
    fn exercised(&self) -> &'static str {
        "utnyttjad"
    }
    fn declined(&self) -> &'static str {
        "avböjd"
    }
    fn not_decided(&self) -> &'static str {
        "ej beslutad"
    }
    fn months_abbreviated(&self) -> &'static str {
        "mån"
    }
    fn contract_start(&self) -> &'static str {
        "Avtalsstart"
    }
    fn end_of_initial_term(&self) -> &'static str {
        "Avtalsslut (ursprunglig)"
    }
    fn end_with_exercised_options(&self) -> &'static str {
        "Slutdatum inkl. utnyttjade optioner"
    }
    fn options(&self) -> &'static str {
        "Optioner"
    }
    fn next_option_notice_by(&self) -> &'static str {
        "Nästa option, besked senast"
    }
    fn business_critical(&self) -> &'static str {
        "Verksamhetskritiskt"
    }
    fn key_people_and_roles(&self) -> &'static str {
        "Nyckelpersoner och roller"
    }
    fn party(&self) -> &'static str {
        "Part"
    }
    fn email(&self) -> &'static str {
        "E-post"
    }
    fn phone(&self) -> &'static str {
        "Telefon"
    }
    fn contract_controller(&self) -> &'static str {
        "Avtalscontroller"
    }
    fn owner_department(&self) -> &'static str {
        "Avtalsägare (verksamhet)"
    }
    fn kpis_decided(&self) -> &'static str {
        "Beslutade nyckeltal (KPI)"
    }
    fn kpi(&self) -> &'static str {
        "Nyckeltal"
    }
    fn unit(&self) -> &'static str {
        "Enhet"
    }
    fn better_when(&self) -> &'static str {
        "Bättre när"
    }
    fn reported(&self) -> &'static str {
        "Rapporteras"
    }
    fn higher(&self) -> &'static str {
        "högre"
    }
    fn lower(&self) -> &'static str {
        "lägre"
    }
    fn spend_per_year(&self) -> &'static str {
        "Spend per år"
    }
    fn year(&self) -> &'static str {
        "År"
    }
    fn estimated_annual_value_sek(&self) -> &'static str {
        "Uppskattat årsvärde (kr)"
    }
    fn actual_spend_sek(&self) -> &'static str {
        "Faktisk spend (kr)"
    }
    fn comment(&self) -> &'static str {
        "Kommentar"
    }
    fn maximum_value_used(&self) -> &'static str {
        "Förbrukat av takvolym"
    }
    fn price_adjustment(&self) -> &'static str {
        "Indexreglering av pris"
    }
    fn clause(&self) -> &'static str {
        "Klausul"
    }
    fn rule(&self) -> &'static str {
        "Regel"
    }
    fn summary(&self) -> &'static str {
        "Sammanfattning"
    }
    fn contract_follow_up(&self) -> &'static str {
        "Avtalsuppföljning"
    }
    fn follow_up_of_contract(&self) -> &'static str {
        "Uppföljning av avtal"
    }
    fn status_today(&self) -> &'static str {
        "Läget i dag"
    }
    fn escalation_step(&self) -> &'static str {
        "Eskaleringssteg"
    }
    fn open_deviations(&self) -> &'static str {
        "Öppna avvikelser"
    }
    fn overdue_actions(&self) -> &'static str {
        "Förfallna åtgärder"
    }
    fn sanctions_claimed(&self) -> &'static str {
        "Krävda viten"
    }
    fn latest_follow_up_meeting(&self) -> &'static str {
        "Senaste uppföljningsmöte"
    }
    fn kpis(&self) -> &'static str {
        "Nyckeltal"
    }
    fn latest(&self) -> &'static str {
        "Senast"
    }
    fn missed_target(&self) -> &'static str {
        "Missat mål"
    }
    fn in_a_row(&self) -> &'static str {
        "I rad"
    }
    fn to_act_on(&self) -> &'static str {
        "Att åtgärda"
    }
    fn nothing_to_act_on(&self) -> &'static str {
        "Inget att åtgärda."
    }
    fn suggested_agenda(&self) -> &'static str {
        "Förslag till dagordning"
    }
    fn overall_assessment(&self) -> &'static str {
        "Sammanfattande bedömning"
    }
    fn kpi_reporting_for_contract(&self) -> &'static str {
        "Rapportering av nyckeltal för avtal"
    }
    fn fill_in_the_yellow_cells_with_one(&self) -> &'static str {
        "Fyll i de gula cellerna med ett tal per period, t.ex. 93,5. Lämna cellen tom om värdet saknas. Grå celler gäller inte."
    }
    fn not_a_number(&self) -> &'static str {
        "Inte ett tal"
    }
    fn enter_a_number_e_g_93_5(&self) -> &'static str {
        "Skriv ett tal, t.ex. 93,5, eller lämna cellen tom."
    }
    fn page_of_pages(&self) -> &'static str {
        "Sida &P av &N"
    }
    fn contract_loyalty(&self) -> &'static str {
        "Avtalstrohet"
    }
    fn measure(&self) -> &'static str {
        "Mått"
    }
    fn value(&self) -> &'static str {
        "Värde"
    }
    fn total(&self) -> &'static str {
        "Totalt"
    }
    fn under_contract(&self) -> &'static str {
        "På avtal"
    }
    fn contracts(&self) -> &'static str {
        "Avtal"
    }
    fn contract(&self) -> &'static str {
        "Avtal"
    }
    fn title(&self) -> &'static str {
        "Benämning"
    }
    fn spend(&self) -> &'static str {
        "Inköp"
    }
    fn annual_value(&self) -> &'static str {
        "Årsvärde"
    }
    fn since_start(&self) -> &'static str {
        "Sedan start"
    }
    fn maximum_value(&self) -> &'static str {
        "Takvolym"
    }
    fn outside_contract(&self) -> &'static str {
        "Utanför avtal"
    }
    fn org_no(&self) -> &'static str {
        "Org.nr"
    }
    fn over_the_direct_award_limit(&self) -> &'static str {
        "Över direktupphandlingsgränsen"
    }
    fn departments(&self) -> &'static str {
        "Förvaltningar"
    }
    fn department(&self) -> &'static str {
        "Förvaltning"
    }
    fn loyalty(&self) -> &'static str {
        "Avtalstrohet"
    }
    fn contract_loyalty_per_department(&self) -> &'static str {
        "Avtalstrohet per förvaltning"
    }
    fn ranking(&self) -> &'static str {
        "Rangordning"
    }
    fn framework(&self) -> &'static str {
        "Ramavtal"
    }
    fn rank_1_share(&self) -> &'static str {
        "Andel rang 1"
    }
    fn page_of_pages_right(&self) -> &'static str {
        "&RSida &P av &N"
    }
    fn schedule(&self) -> &'static str {
        "Plan"
    }
    fn workload(&self) -> &'static str {
        "Arbetsbelastning"
    }
    fn follow_up_meetings_per_controller_and_month(&self) -> &'static str {
        "Uppföljningsmöten per controller och månad"
    }
    fn week(&self) -> &'static str {
        "Vecka"
    }
    fn group(&self) -> &'static str {
        "Grupp"
    }
    fn focus(&self) -> &'static str {
        "Fokus"
    }
    fn owner_column(&self) -> &'static str {
        "Verksamhet"
    }
    fn every_months(&self, months: u32) -> String {
        format!("var {months}:e månad")
    }
    fn start_meeting_within(&self, days: u32) -> String {
        format!("senast {days} dagar efter avtalsstart")
    }
    fn kpi_sheet_title(&self, year: i32, title: &str) -> String {
        format!("Nyckeltal {year} – {title}")
    }
    fn option_notice(&self, number: usize, months: u32) -> String {
        format!("Förlängningsoption {number} ({months} mån) – sista dag för besked")
    }
    fn notice_deadline(&self, label: &str) -> String {
        format!("{label} – sista dag för besked")
    }
    fn cannot_write_workbook(&self, error: &str) -> String {
        format!("kan inte skriva arbetsboken: {error}")
    }
    fn date_not_in_excel(&self, date: &str) -> String {
        format!("{date} kan inte skrivas i Excel")
    }
}
