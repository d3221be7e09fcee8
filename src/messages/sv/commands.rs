use crate::messages::{Commands, Swedish};
use chrono::NaiveDate;

impl Commands for Swedish {
    fn no_contract(&self, key: &str) -> String {
        format!("inget avtal `{key}` i registret")
    }

    fn did_you_mean(&self, close: &str) -> String {
        format!("menade du `{close}`?")
    }

    fn see_keys_with_list(&self) -> &'static str {
        "se nycklarna med `avtal list`"
    }

    fn did_you_mean_or_list(&self, close: &str) -> String {
        format!("menade du `{close}`? `avtal list` visar alla avtal")
    }

    fn list_shows_every_contract(&self) -> &'static str {
        "`avtal list` visar alla avtal"
    }

    fn file_not_folder(&self, path: &str) -> String {
        format!("{path} är en fil, inte en mapp")
    }

    fn warning_prefix(&self) -> &'static str {
        "varning: "
    }

    fn columns_hidden(&self, count: usize, names: &str) -> String {
        if count == 1 {
            format!("{count} kolumn dold: {names} — visa alla med --wide")
        } else {
            format!("{count} kolumner dolda: {names} — visa alla med --wide")
        }
    }

    fn contract_label(&self) -> &'static str {
        "Avtal"
    }

    fn title_label(&self) -> &'static str {
        "Titel"
    }

    fn supplier_label(&self) -> &'static str {
        "Leverantör"
    }

    fn annual_value_label(&self) -> &'static str {
        "Årsvärde"
    }

    fn effective_end_label(&self) -> &'static str {
        "Gäller t.o.m."
    }

    fn controller_label(&self) -> &'static str {
        "Avtalscontroller"
    }

    fn group_label(&self) -> &'static str {
        "Grupp"
    }

    fn register_exists(&self, dir: &str) -> String {
        format!("{dir} har redan en avtal.toml")
    }

    fn register_exists_hint(&self) -> &'static str {
        "registret finns redan; lägg till avtal med `avtal new`"
    }

    fn example_contract_title(&self) -> &'static str {
        "Exempelavtal"
    }

    fn example_supplier(&self) -> &'static str {
        "Exempelleverantören AB"
    }

    fn register_created(&self, dir: &str) -> String {
        format!(
            "Skapade registret {dir} med avtal.toml och exempelavtalet exempelavtal/.\nNästa steg: avtal -C {dir} new NYCKEL --title ... --supplier ... --start ÅÅÅÅ-MM-DD --end ÅÅÅÅ-MM-DD\n"
        )
    }

    fn invalid_key(&self, key: &str) -> String {
        format!("`{key}` är ingen giltig avtalsnyckel")
    }

    fn invalid_key_hint(&self) -> &'static str {
        "använd gemena a-z, siffror, `.`, `_` och `-` och börja med en bokstav eller siffra, t.ex. skoladmin-2028"
    }

    fn end_before_start(&self, end: NaiveDate, start: NaiveDate) -> String {
        format!("--end {end} ligger före --start {start}")
    }

    fn contract_exists(&self, key: &str, folder: &str) -> String {
        format!("avtalet `{key}` finns redan ({folder})")
    }

    fn contract_exists_hint(&self) -> &'static str {
        "välj en annan nyckel, eller redigera den befintliga contract.toml"
    }

    fn new_contract_invalid(&self, problems: &str) -> String {
        format!("det nya avtalet skulle inte vara giltigt: {problems}")
    }

    fn created_file(&self, path: &str) -> String {
        format!("Skapade {path}\n")
    }

    fn entry_needs_reference(&self, kind: &str) -> String {
        format!("en `{kind}`-rad behöver en referens")
    }

    fn add_reference_hint(&self) -> &'static str {
        "lägg till --ref, t.ex. --ref AV-1"
    }

    fn deviation_reference_taken(&self, key: &str, reference: &str) -> String {
        format!(
            "{key} har redan en avvikelse `{reference}`; en avvikelses referens måste vara unik"
        )
    }

    fn choose_another_reference(&self, refs: &str) -> String {
        format!("välj en annan referens; referenser som används: {refs}")
    }

    fn no_deviation_to_attach(&self, key: &str, reference: &str, kind: &str) -> String {
        format!("{key} har ingen avvikelse `{reference}` att knyta denna `{kind}` till")
    }

    fn register_deviation_first(&self, key: &str, reference: &str) -> String {
        format!("registrera avvikelsen först: avtal log {key} deviation --ref {reference}")
    }

    fn deviations_of(&self, key: &str, refs: &str) -> String {
        format!("avvikelser i {key}: {refs}")
    }

    fn action_needs_due(&self) -> &'static str {
        "en `action`-rad behöver ett datum när åtgärden ska vara klar"
    }

    fn add_due_hint(&self) -> &'static str {
        "lägg till --due ÅÅÅÅ-MM-DD"
    }

    fn due_only_for_action(&self, kind: &str) -> String {
        format!("--due används bara av `action`-rader, inte av `{kind}`")
    }

    fn change_needs_amount(&self) -> &'static str {
        "en `change`-rad behöver ett belopp"
    }

    fn change_amount_hint(&self) -> &'static str {
        "lägg till --amount KR, nettoändringen och negativ vid en minskning, t.ex. --amount 250000 eller --amount -40000"
    }

    fn not_an_amount(&self, text: &str) -> String {
        format!("`{text}` är inget belopp i kronor")
    }

    fn negative_amount_hint(&self) -> &'static str {
        "skriv ett tal med `.` eller `,` för decimaler, t.ex. --amount -40000"
    }

    fn amount_hint(&self) -> &'static str {
        "skriv ett tal med `.` eller `,` för decimaler, t.ex. --amount 25000 eller --amount 1250.50"
    }

    fn entry_before_deviation(
        &self,
        kind: &str,
        date: NaiveDate,
        reference: &str,
        registered: NaiveDate,
    ) -> String {
        format!("`{kind}` daterad {date} ligger före avvikelsen {reference} ({registered})")
    }

    fn date_or_later_hint(&self, registered: NaiveDate) -> String {
        format!("ange --date {registered} eller senare")
    }

    fn date_after_today(&self, date: NaiveDate, today: NaiveDate) -> String {
        format!("{date} ligger efter i dag ({today}); journalen beskriver det som har hänt")
    }

    fn date_after_today_hint(&self) -> &'static str {
        "kontrollera --date, eller lägg till --force för att ändå logga datumet"
    }

    fn not_in_force_on(
        &self,
        key: &str,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    ) -> String {
        format!("{key} gäller inte {date} (avtalstid {start} – {end})")
    }

    fn not_in_force_hint(&self) -> &'static str {
        "kontrollera --date och avtalet, eller lägg till --force för att ändå logga"
    }

    fn unknown_entry_type(&self, text: &str) -> String {
        format!("okänd typ av journalrad `{text}`")
    }

    fn entry_types_are(&self, types: &str) -> String {
        format!("typerna är: {types}")
    }

    fn log_header_unreadable(&self, error: &str) -> String {
        format!("kan inte läsa rubrikraden: {error}")
    }

    fn log_header_missing(&self) -> &'static str {
        "rubrikraden saknas"
    }

    fn log_unreadable(&self, error: &str) -> String {
        format!("kan inte läsa filen: {error}")
    }

    fn nothing_changed(&self, file: &str, problem: &str) -> String {
        format!("{file}: {problem}; inget har ändrats")
    }

    fn log_line_written(&self, line: usize, key: &str, row: &str) -> String {
        format!("Skrev rad {line} i {key}/log.csv:\n{row}\n")
    }

    fn list_headers(&self) -> [&'static str; 10] {
        [
            "Avtal",
            "Titel",
            "Leverantör",
            "Kategori",
            "Typ",
            "Avtalstid",
            "Gäller t.o.m.",
            "Årsvärde",
            "Kraljic",
            "Avtalscontroller",
        ]
    }

    fn contract_count(&self, count: usize) -> String {
        format!("{count} avtal\n")
    }

    fn yes(&self) -> &'static str {
        "ja"
    }

    fn no(&self) -> &'static str {
        "nej"
    }

    fn start_label(&self) -> &'static str {
        "Avtalsstart"
    }

    fn initial_end_label(&self) -> &'static str {
        "Avtalsslut (initialt)"
    }

    fn ended_early_label(&self) -> &'static str {
        "Avslutat i förtid"
    }

    fn option_exercised(&self) -> &'static str {
        "utnyttjad"
    }

    fn option_declined(&self) -> &'static str {
        "avböjd"
    }

    fn option_not_decided(&self) -> &'static str {
        "ej beslutad"
    }

    fn option_terms(&self, months: u32, notice_months: u32, state: &str) -> String {
        format!(
            "förlängning {months} mån, besked senast {notice_months} mån före avtalets slut — {state}"
        )
    }

    fn option_label(&self, number: usize) -> String {
        format!("Option {number}")
    }

    fn next_option_notice(&self, number: usize, deadline: NaiveDate) -> String {
        format!("option {number} — besked senast {deadline}")
    }

    fn no_option_left(&self) -> &'static str {
        "ingen option kvar"
    }

    fn next_option_label(&self) -> &'static str {
        "Nästa option"
    }

    fn successor_label(&self) -> &'static str {
        "Ersätts av"
    }

    fn business_critical_label(&self) -> &'static str {
        "Verksamhetskritiskt"
    }

    fn manual_priority_label(&self) -> &'static str {
        "Manuell prioritet"
    }

    fn owner_label(&self) -> &'static str {
        "Verksamhet"
    }

    fn partner_owner_label(&self) -> &'static str {
        "Partneransvarig"
    }

    fn keywords_label(&self) -> &'static str {
        "Nyckelord"
    }

    fn buyer_party(&self) -> &'static str {
        "beställare"
    }

    fn supplier_party(&self) -> &'static str {
        "leverantör"
    }

    fn escalation_path(&self) -> &'static str {
        "eskaleringsväg"
    }

    fn contact_label(&self) -> &'static str {
        "Kontakt"
    }

    fn higher_is_better(&self) -> &'static str {
        "högre är bättre"
    }

    fn lower_is_better(&self) -> &'static str {
        "lägre är bättre"
    }

    fn monthly(&self) -> &'static str {
        "månadsvis"
    }

    fn quarterly(&self) -> &'static str {
        "kvartalsvis"
    }

    fn yearly(&self) -> &'static str {
        "årsvis"
    }

    fn target_word(&self) -> &'static str {
        "mål"
    }

    fn kpi_label(&self) -> &'static str {
        "Nyckeltal"
    }

    fn requirement_label(&self) -> &'static str {
        "Kvalificeringskrav"
    }

    fn kpi_rows_label(&self) -> &'static str {
        "KPI-rader"
    }

    fn journal_entries_label(&self) -> &'static str {
        "Journalrader"
    }

    fn spend_label(&self, year: i32) -> String {
        format!("Inköp {year}")
    }

    fn spend_of_annual_value(&self, spend: &str, annual_value: &str) -> String {
        format!("{spend} av årsvärdet {annual_value}")
    }

    fn max_value_used(&self, spend: &str, max_value: &str, percent: &str) -> String {
        format!("{spend} av {max_value} ({percent} %)")
    }

    fn max_value_used_label(&self) -> &'static str {
        "Förbrukat av takvolym"
    }

    fn error_label(&self) -> &'static str {
        "FEL"
    }

    fn warning_label(&self) -> &'static str {
        "VARNING"
    }

    fn kpi_values_missing(&self, kpi: &str, periods: &str) -> String {
        format!("Värden saknas för nyckeltal {kpi}, perioderna {periods}")
    }

    fn check_clean(&self, active: usize, today: NaiveDate) -> String {
        let active_word = if active == 1 { "aktivt" } else { "aktiva" };
        format!("Inga anmärkningar: {active} {active_word} avtal kontrollerade {today}.")
    }

    fn check_summary(
        &self,
        errors: usize,
        warnings: usize,
        contracts: usize,
        active: usize,
        today: NaiveDate,
    ) -> String {
        // "fel" is the same in singular and plural.
        let errors_word = "fel";
        let warnings_word = if warnings == 1 {
            "varning"
        } else {
            "varningar"
        };
        let active_word = if active == 1 { "aktivt" } else { "aktiva" };
        format!(
            "{errors} {errors_word} och {warnings} {warnings_word} i {contracts} av {active} {active_word} avtal, kontrollerat {today}."
        )
    }

    fn year_cannot_be_planned(&self, year: i32) -> String {
        format!("året {year} kan inte planeras")
    }

    fn plan_span_too_long(&self, from: NaiveDate, to: NaiveDate, max_years: i32) -> String {
        format!("{from} till {to} spänner över mer än {max_years} år")
    }

    fn narrow_plan_hint(&self) -> &'static str {
        "begränsa med --year, --from eller en mindre --within"
    }

    fn follow_up_plan(&self) -> &'static str {
        "Uppföljningsplan"
    }

    fn nothing_to_plan(&self, span: &str) -> String {
        format!("Inget att planera {span}.\n")
    }

    fn plan_headers(&self) -> [&'static str; 8] {
        [
            "Datum",
            "Avtal",
            "Leverantör",
            "Aktivitet",
            "Grupp",
            "Fokus",
            "Controller",
            "Status",
        ]
    }

    fn workload_heading(&self) -> &'static str {
        "Arbetsbelastning: uppföljningsmöten per controller och månad\n"
    }

    fn no_follow_up_meetings(&self) -> &'static str {
        "Inga uppföljningsmöten.\n"
    }

    fn total_label(&self) -> &'static str {
        "Totalt"
    }

    fn no_controller(&self) -> &'static str {
        "(ingen controller)"
    }

    fn priority_heading(&self, year: i32) -> String {
        format!("Prioriteringsgrupper {year}")
    }

    fn no_active_contracts(&self, year: i32) -> String {
        format!("Inga avtal är aktiva {year}.\n")
    }

    fn priority_headers(&self) -> [&'static str; 7] {
        [
            "Rang",
            "Grupp",
            "Avtal",
            "Benämning",
            "Leverantör",
            "Årsvärde",
            "Motivering",
        ]
    }

    fn group_share(&self, group: usize, count: usize, share: usize) -> String {
        format!("grupp {group}: {count} ({share}\u{a0}%)")
    }

    fn priority_summary(&self, count: usize, year: i32, groups: &str) -> String {
        format!("{count} avtal aktiva {year} — {groups}")
    }

    fn not_a_percentage(&self, text: &str) -> String {
        format!("`{text}` är ingen procentsats; skriv den begärda höjningen som ett tal, t.ex. 3,2")
    }

    fn no_index_clause(&self, key: &str) -> String {
        format!("avtalet `{key}` har ingen indexklausul")
    }

    fn add_index_clause_hint(&self, file: &str) -> String {
        format!("lägg till [price_adjustment] med index och base i {file}")
    }

    fn no_adjustment_date(&self, on: NaiveDate, first: &str) -> String {
        format!("inget justeringsdatum på eller före {on}: det första är {first}")
    }

    fn claim_date_hint(&self) -> &'static str {
        "ange dagen som begäran gäller med --date ÅÅÅÅ-MM-DD"
    }

    fn claim_unverifiable(&self, date: NaiveDate, index: &str, months: &str) -> String {
        format!(
            "begäran för {date} kan inte kontrolleras: indexet {index} saknar värde för {months}"
        )
    }

    fn import_series_hint(&self, index: &str) -> String {
        format!("importera serien: avtal index import FIL --series {index}")
    }

    fn claim_within(&self, claimed: &str, date: NaiveDate, allowed: &str) -> String {
        format!("Begärd höjning {claimed} för {date} är inom indexet (medgiven ändring {allowed}).")
    }

    fn claim_too_high(
        &self,
        claimed: &str,
        date: NaiveDate,
        points: &str,
        allowed: &str,
    ) -> String {
        format!(
            "Begärd höjning {claimed} för {date} är {points} procentenheter för hög (medgiven ändring {allowed})."
        )
    }

    fn price_adjustment_heading(&self) -> &'static str {
        "Indexreglering"
    }

    fn no_adjustment_dates(&self) -> &'static str {
        "Inga justeringsdatum inom avtalstiden.\n"
    }

    fn calculation_heading(&self) -> &'static str {
        "\nUträkning:\n"
    }

    fn escalation_labels(&self) -> [&'static str; 5] {
        [
            "Ansvarig",
            "Ger underlag",
            "Åtgärder",
            "Informera",
            "Dokumentera i",
        ]
    }

    fn step_label(&self, step: u8, name: &str) -> String {
        format!("Steg {step}: {name}")
    }

    fn contract_not_active_today(&self) -> &'static str {
        "Avtalet är inte aktivt i dag."
    }

    fn triggered_by(&self) -> &'static str {
        "Utlöst av:"
    }

    fn contacts_label(&self) -> &'static str {
        "Kontakter"
    }

    fn controller_role(&self) -> &'static str {
        "avtalscontroller"
    }

    fn step_count(&self, step: u8, count: usize) -> String {
        format!("steg {step}: {count}")
    }

    fn no_escalations(&self, today: NaiveDate) -> String {
        format!("Inga avtal på eskaleringstrappan {today} (steg 0).")
    }

    fn escalation_summary(&self, count: usize, today: NaiveDate, steps: &str) -> String {
        format!(
            "{count} avtal på steg 1 eller högre {today} ({steps}). Steg 4 (hävning) är ett beslut och beräknas aldrig."
        )
    }

    fn no_controller_in_register(&self) -> &'static str {
        "inget avtal anger en controller under [roles]"
    }

    fn controllers_in_register(&self, names: &str) -> String {
        format!("controllers i registret: {names}")
    }

    fn no_contract_with_controller(&self, name: &str) -> String {
        format!("inget avtal har controllern `{name}`")
    }

    fn mail_from_invalid(&self) -> &'static str {
        "--mail-from är ingen e-postadress"
    }

    fn mail_from_hint(&self) -> &'static str {
        "till exempel --mail-from avtal@sjovik.example"
    }

    fn files_written(&self, count: usize, dir: &str) -> String {
        format!("Skrev {count} filer i {dir}:\n")
    }

    fn no_recipient(&self) -> &'static str {
        " (ingen mottagare: lägg till controllern som kontakt med party = \"buyer\" och email)"
    }

    fn not_xlsx(&self, path: &str) -> String {
        format!("{path} är ingen .xlsx-fil")
    }

    fn name_output_xlsx_hint(&self) -> &'static str {
        "ge utfilen namnet FIL.xlsx"
    }

    fn wrote_to(&self, what: &str, path: &str) -> String {
        format!("Skrev {what} till {path}\n")
    }

    fn followup_workbook_of(&self, key: &str) -> String {
        format!("uppföljningsarbetsbok för {key}")
    }

    fn kpi_sheet_of(&self, year: i32, key: &str) -> String {
        format!("nyckeltalsblad {year} för {key}")
    }

    fn no_kpis_to_report(&self, key: &str) -> String {
        format!("avtalet `{key}` har inga nyckeltal att rapportera")
    }

    fn add_kpis_hint(&self, file: &str) -> String {
        format!("lägg till [[kpis]] i {file}")
    }

    fn year_out_of_range(&self, year: i32) -> String {
        format!("--year {year} ligger utanför det tillåtna intervallet")
    }

    fn year_range_hint(&self) -> &'static str {
        "ange ett år mellan 1900 och 9999, t.ex. --year 2027"
    }

    fn site_written(&self, dir: &str, pages: usize) -> String {
        format!("Webbplatsen skrevs till {dir}: {pages} sidor.\n")
    }

    fn name_new_folder_hint(&self) -> &'static str {
        "ange en ny eller tom mapp med -o DIR"
    }

    fn folder_not_a_site(&self, dir: &str, marker: &str) -> String {
        format!(
            "{dir} är inte tom och är ingen webbplats från avtal (filen {marker} saknas); inget har ändrats"
        )
    }

    fn site_replaces_folder_hint(&self) -> &'static str {
        "ange en ny eller tom mapp; avtal site ersätter hela mappen"
    }

    fn cannot_write_site(&self, dir: &str, error: &str) -> String {
        format!("kan inte skriva webbplatsen till {dir}: {error}")
    }

    fn man_folder_hint(&self) -> &'static str {
        "`avtal man -o DIR` skriver en sida per kommando i DIR, t.ex. -o man/man1"
    }
}
