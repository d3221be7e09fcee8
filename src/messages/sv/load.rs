use crate::messages::{Load, Swedish};
use chrono::NaiveDate;

impl Load for Swedish {
    fn invalid_toml(&self, message: &str) -> String {
        format!("ogiltig TOML: {message}")
    }

    fn text_too_long(&self, name: &str, chars: usize, max: usize) -> String {
        format!("`{name}` är {chars} tecken lång; högst {max} tecken är tillåtna")
    }

    fn text_too_long_hint(&self) -> &'static str {
        "en cell i ett kalkylblad rymmer högst 32 767 tecken: korta texten eller lägg den i ett dokument"
    }

    fn date_outside_years(&self, name: &str, datetime: &str, min: u16, max: u16) -> String {
        format!("`{name}` ({datetime}) ligger utanför åren {min}–{max}")
    }

    fn date_range_hint(&self) -> &'static str {
        "skriv ett datum mellan 1900-01-01 och 9999-12-31"
    }

    fn unknown_key(&self, name: &str) -> String {
        format!("okänd nyckel `{name}`")
    }

    fn unknown_key_in(&self, name: &str, within: &str) -> String {
        format!("okänd nyckel `{name}` i {within}")
    }

    fn did_you_mean_name(&self, suggestion: &str) -> String {
        format!("menade du `{suggestion}`?")
    }

    fn known_keys(&self, keys: &str) -> String {
        format!("kända nycklar: {keys}")
    }

    fn missing_required_key(&self, key: &str) -> String {
        format!("obligatorisk nyckel `{key}` saknas")
    }

    fn missing_required_key_in(&self, key: &str, within: &str) -> String {
        format!("obligatorisk nyckel `{key}` saknas i {within}")
    }

    fn wrong_type(&self, key: &str, expected: &str, found: &str) -> String {
        format!("`{key}` ska vara {expected}, inte {found}")
    }

    fn toml_string(&self) -> &'static str {
        "en text"
    }

    fn toml_integer(&self) -> &'static str {
        "ett heltal"
    }

    fn toml_float(&self) -> &'static str {
        "ett decimaltal"
    }

    fn toml_boolean(&self) -> &'static str {
        "ett sanningsvärde"
    }

    fn toml_date(&self) -> &'static str {
        "ett datum"
    }

    fn toml_array(&self) -> &'static str {
        "en lista"
    }

    fn toml_table(&self) -> &'static str {
        "en tabell"
    }

    fn toml_true_or_false(&self) -> &'static str {
        "true eller false"
    }

    fn toml_number(&self) -> &'static str {
        "ett tal"
    }

    fn toml_date_yyyy_mm_dd(&self) -> &'static str {
        "ett datum (ÅÅÅÅ-MM-DD)"
    }

    fn toml_array_of_strings(&self) -> &'static str {
        "en lista med texter"
    }

    fn toml_array_of_integers(&self) -> &'static str {
        "en lista med heltal"
    }

    fn toml_array_of_tables(&self) -> &'static str {
        "en lista med tabeller"
    }

    fn value_too_large(&self, key: &str) -> String {
        format!("`{key}` har ett för stort värde")
    }

    fn toml_at_least(&self, minimum: i64) -> String {
        format!("minst {minimum}")
    }

    fn toml_between(&self, low: i64, high: i64) -> String {
        format!("mellan {low} och {high}")
    }

    fn out_of_range(&self, key: &str, bound: &str, number: i64) -> String {
        format!("`{key}` ska vara {bound}, inte {number}")
    }

    fn not_finite(&self, key: &str) -> String {
        format!("`{key}` ska vara ett ändligt tal")
    }

    fn impossible_date(&self, key: &str, datetime: &str) -> String {
        format!("`{key}` är ett datum som inte finns: {datetime}")
    }

    fn date_with_time(&self, key: &str, datetime: &str) -> String {
        format!("`{key}` ska vara ett datum utan klockslag, inte {datetime}")
    }

    fn local_date_hint(&self) -> &'static str {
        "skriv ett datum som 2024-03-01"
    }

    fn date_in_quotes(&self, key: &str) -> String {
        format!("`{key}` ska vara ett TOML-datum, inte en text")
    }

    fn remove_quotes_hint(&self, key: &str, text: &str) -> String {
        format!("ta bort citattecknen: {key} = {text}")
    }

    fn english_value_hint(&self, value: &str) -> String {
        format!("skriv \"{value}\": värdena är engelska ord")
    }

    fn did_you_mean_value(&self, suggestion: &str) -> String {
        format!("menade du \"{suggestion}\"?")
    }

    fn use_one_of_values(&self, values: &str) -> String {
        format!("använd ett av {values}")
    }

    fn unknown_choice(&self, key: &str, text: &str) -> String {
        format!("okänt värde på {key}: \"{text}\"")
    }

    fn only_strings(&self, key: &str, found: &str) -> String {
        format!("`{key}` får bara innehålla texter, inte {found}")
    }

    fn array_number_too_large(&self, key: &str) -> String {
        format!("`{key}`: talet är för stort")
    }

    fn only_integers(&self, key: &str, found: &str) -> String {
        format!("`{key}` får bara innehålla heltal, inte {found}")
    }

    fn only_tables(&self, key: &str, found: &str) -> String {
        format!("`{key}` får bara innehålla tabeller, inte {found}")
    }

    fn contract_empty(&self) -> &'static str {
        "contract.toml är tom"
    }

    fn contract_empty_hint(&self) -> &'static str {
        "ett avtal behöver minst title, start, end och name under [supplier]; `avtal new` skriver en mall"
    }

    fn not_negative(&self, key: &str) -> String {
        format!("`{key}` ska vara 0 eller mer")
    }

    fn successor_is_itself(&self) -> &'static str {
        "`successor` pekar på avtalet självt"
    }

    fn successor_hint(&self) -> &'static str {
        "efterföljaren ska vara mappnamnet på ett annat avtal i registret"
    }

    fn successor_unknown(&self, name: &str) -> String {
        format!("`successor` pekar inte på något avtal: `{name}`")
    }

    fn load_end_before_start(&self, end: NaiveDate, start: NaiveDate) -> String {
        format!("`end` ({end}) ligger före `start` ({start})")
    }

    fn terminated_before_start(&self, terminated: NaiveDate, start: NaiveDate) -> String {
        format!("`terminated` ({terminated}) ligger före `start` ({start})")
    }

    fn call_off_not_framework(&self) -> &'static str {
        "`call_off` gäller bara ramavtal"
    }

    fn call_off_hint(&self) -> &'static str {
        "sätt kind = \"framework\" eller ta bort `call_off`"
    }

    fn contract_incomplete(&self) -> &'static str {
        "contract.toml är ofullständig"
    }

    fn missing_supplier(&self) -> &'static str {
        "obligatorisk tabell [supplier] saknas"
    }

    fn missing_supplier_hint(&self) -> &'static str {
        "lägg till [supplier] med name = \"...\""
    }

    fn both_suppliers(&self) -> &'static str {
        "både [supplier] och [[suppliers]]"
    }

    fn both_suppliers_hint(&self) -> &'static str {
        "använd [supplier] för en leverantör eller [[suppliers]] för flera, inte båda"
    }

    fn no_suppliers(&self) -> &'static str {
        "[[suppliers]] anger ingen leverantör"
    }

    fn rank_too_small(&self, rank: i64) -> String {
        format!("`rank` ska vara 1 eller mer (1 är först i rangordningen), inte {rank}")
    }

    fn duplicate_rank(&self, rank: u32) -> String {
        format!("leverantörsrang {rank} förekommer två gånger")
    }

    fn duplicate_org_no(&self, org_no: &str) -> String {
        format!("leverantörens org_no {org_no} förekommer två gånger")
    }

    fn invalid_supplier_org_no(&self, text: &str, problem: &str) -> String {
        format!("ogiltigt organisationsnummer \"{text}\": {problem}")
    }

    fn org_no_hint(&self) -> &'static str {
        "skriv det som NNNNNN-NNNN, t.ex. 556677-8899; sista siffran är en kontrollsiffra (Luhn)"
    }

    fn org_no_shape_problem(&self) -> &'static str {
        "skriv tio siffror som NNNNNN-NNNN"
    }

    fn org_no_check_digit_problem(&self) -> &'static str {
        "kontrollsiffran stämmer inte"
    }

    fn option_exercised_and_declined(&self, number: usize) -> String {
        format!("option {number} är både utnyttjad och avböjd")
    }

    fn option_exercised_and_declined_hint(&self) -> &'static str {
        "sätt bara en av `exercised` och `declined`"
    }

    fn option_out_of_order(&self, number: usize, earlier: usize, state: &str) -> String {
        format!("option {number} är utnyttjad men option {earlier} före den är {state}")
    }

    fn load_option_declined(&self) -> &'static str {
        "avböjd"
    }

    fn option_not_exercised(&self) -> &'static str {
        "inte utnyttjad"
    }

    fn option_order_hint(&self) -> &'static str {
        "optioner utnyttjas i ordning: utnyttja den tidigare optionen först, eller markera den här som inte utnyttjad"
    }

    fn invalid_kpi_id(&self, id: &str) -> String {
        format!("ogiltigt id för nyckeltal \"{id}\"")
    }

    fn kpi_id_hint(&self) -> &'static str {
        "använd små bokstäver a-z, siffror, `_` och `-`, t.ex. \"leveransprecision\""
    }

    fn duplicate_kpi_id(&self, id: &str) -> String {
        format!("nyckeltalets id \"{id}\" förekommer två gånger")
    }

    fn months_not_monthly(&self, frequency: &str) -> String {
        format!(
            "`months` gäller bara nyckeltal som rapporteras månadsvis; det här rapporteras {frequency}"
        )
    }

    fn months_not_monthly_hint(&self) -> &'static str {
        "ta bort `months` eller sätt frequency = \"monthly\""
    }

    fn months_out_of_range(&self, bad: i64) -> String {
        format!("`months` ska vara mellan 1 och 12, inte {bad}")
    }

    fn months_empty(&self) -> &'static str {
        "`months` är tom: utelämna den för att rapportera varje månad"
    }

    fn option_past_9999(&self, number: usize, end: NaiveDate, months: i64) -> String {
        format!(
            "option {number} skulle förlänga avtalet förbi 9999-12-31 ({end} plus {months} månaders optioner)"
        )
    }

    fn option_past_9999_hint(&self) -> &'static str {
        "kontrollera `end` och optionernas `months`"
    }

    fn shares_sum(&self, sum: u32) -> String {
        format!("`shares` ska summera till 100, inte {sum}")
    }

    fn three_values(&self, key: &str, found: usize) -> String {
        format!("`{key}` ska ha tre värden, ett per prioritetsgrupp, inte {found}")
    }

    fn values_at_least(&self, key: &str, minimum: i64) -> String {
        format!("värdena i `{key}` ska vara minst {minimum}")
    }

    fn escalation_step_twice(&self, step: i64) -> String {
        format!("eskaleringssteg {step} är angivet två gånger")
    }

    fn quote_not_closed(&self) -> &'static str {
        "ett fält inom citattecken avslutas aldrig (`\"` saknas)"
    }

    fn text_after_quote(&self) -> &'static str {
        "oväntad text efter ett avslutande citattecken"
    }

    fn wrong_csv_header(&self, expected: &str) -> String {
        format!("rubrikraden saknas eller är fel; första raden ska vara `{expected}`")
    }

    fn csv_header_hint(&self, expected: &str) -> String {
        format!("lägg till rubrikraden `{expected}` överst i filen")
    }

    fn empty_csv_file(&self, expected: &str) -> String {
        format!("filen är tom; första raden ska vara `{expected}`")
    }

    fn empty_csv_file_hint(&self) -> &'static str {
        "ta bort filen om det inte finns något att föra in, eller lägg till rubrikraden"
    }

    fn csv_field_count(&self, expected: usize, header: &str, found: usize) -> String {
        format!("raden ska ha {expected} fält ({header}), men har {found}")
    }

    fn invalid_register_csv(&self, message: &str) -> String {
        format!("ogiltig CSV: {message}")
    }

    fn invalid_index_month(&self, text: &str) -> String {
        format!("ogiltig månad `{text}`")
    }

    fn month_hint(&self) -> &'static str {
        "skriv månaden som ÅÅÅÅ-MM, t.ex. 2024-01"
    }

    fn duplicate_month(&self, period: &str, first: u32) -> String {
        format!("månaden {period} förekommer två gånger (första gången på rad {first})")
    }

    fn one_row_per_month(&self) -> &'static str {
        "behåll en rad per månad"
    }

    fn month_not_sorted(&self, period: &str, latest: &str) -> String {
        format!("månaden {period} kommer efter {latest}: raderna är inte sorterade")
    }

    fn sort_months_hint(&self) -> &'static str {
        "sortera raderna efter månad (`avtal index import` skriver dem sorterade)"
    }

    fn index_not_positive(&self, value: &str) -> String {
        format!("indexvärdet `{value}` ska vara större än 0")
    }

    fn index_positive_hint(&self) -> &'static str {
        "ett indexvärde är ett positivt tal som 412.34"
    }

    fn index_not_number(&self, value: &str) -> String {
        format!("indexvärdet `{value}` är inget tal")
    }

    fn index_number_hint(&self) -> &'static str {
        "skriv ett tal med decimalpunkt, t.ex. 412.34"
    }

    fn invalid_series_name(&self, name: &str) -> String {
        format!("`{name}` är inget giltigt namn på en indexserie")
    }

    fn series_name_hint(&self) -> &'static str {
        "använd bokstäverna a-z, A-Z, siffror, `.`, `_` och `-`, t.ex. KPI.csv"
    }

    fn invalid_kpi_period(&self, text: &str) -> String {
        format!("ogiltig period `{text}`")
    }

    fn period_hint(&self) -> &'static str {
        "skriv ÅÅÅÅ-MM för ett nyckeltal per månad, ÅÅÅÅ-Qn per kvartal och ÅÅÅÅ per år"
    }

    fn no_kpis_defined(&self) -> &'static str {
        "avtalet har inga [[kpis]]"
    }

    fn kpis_are(&self, ids: &str) -> String {
        format!("avtalets nyckeltal är: {ids}")
    }

    fn unknown_kpi_in_csv(&self, text: &str) -> String {
        format!("okänt nyckeltal `{text}`")
    }

    fn period_frequency_mismatch(&self, period: &str, kpi: &str, frequency: &str) -> String {
        format!("perioden `{period}` passar inte nyckeltalet `{kpi}`, som rapporteras {frequency}")
    }

    fn reported_monthly(&self) -> &'static str {
        "månadsvis"
    }

    fn reported_quarterly(&self) -> &'static str {
        "kvartalsvis"
    }

    fn reported_yearly(&self) -> &'static str {
        "årsvis"
    }

    fn month_period_form(&self) -> &'static str {
        "ÅÅÅÅ-MM"
    }

    fn quarter_period_form(&self) -> &'static str {
        "ÅÅÅÅ-Qn"
    }

    fn year_period_form(&self) -> &'static str {
        "ÅÅÅÅ"
    }

    fn period_form_hint(&self, form: &str) -> String {
        format!("skriv perioden som {form}")
    }

    fn period_outside_season(&self, period: &str, kpi: &str, months: &str) -> String {
        format!(
            "perioden `{period}` ligger utanför månaderna för säsongsnyckeltalet `{kpi}` ({months})"
        )
    }

    fn season_hint(&self) -> &'static str {
        "ta bort raden, eller lägg till månaden i nyckeltalets `months` i contract.toml"
    }

    fn decimal_point_hint(&self) -> &'static str {
        "använd decimalpunkt, t.ex. 93.5"
    }

    fn kpi_number_hint(&self) -> &'static str {
        "skriv ett tal som 93.5"
    }

    fn kpi_value_not_number(&self, value: &str) -> String {
        format!("värdet `{value}` är inget tal")
    }

    fn duplicate_kpi_row(&self, period: &str, kpi: &str, first: u32) -> String {
        format!(
            "raden för period {period} och nyckeltal `{kpi}` förekommer två gånger (första gången på rad {first})"
        )
    }

    fn one_row_per_period_hint(&self) -> &'static str {
        "behåll en rad per period och nyckeltal"
    }

    fn invalid_log_date(&self, text: &str) -> String {
        format!("ogiltigt datum `{text}`")
    }

    fn date_example_hint(&self) -> &'static str {
        "skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01"
    }

    fn use_one_of_types(&self, names: &str) -> String {
        format!("använd en av: {names}")
    }

    fn load_unknown_entry_type(&self, text: &str) -> String {
        format!("okänd typ `{text}`")
    }

    fn invalid_due_date(&self, text: &str) -> String {
        format!("ogiltigt slutdatum `{text}`")
    }

    fn log_date_format_hint(&self) -> &'static str {
        "skriv datum som ÅÅÅÅ-MM-DD"
    }

    fn log_amount_not_number(&self, text: &str) -> String {
        format!("beloppet `{text}` är inget tal")
    }

    fn log_amount_hint(&self) -> &'static str {
        "skriv kronor som ett tal utan enhet, t.ex. 25000 eller 12500.50"
    }

    fn entry_needs_ref(&self, name: &str) -> String {
        format!("en `{name}`-rad behöver en `ref`")
    }

    fn deviation_ref_hint(&self) -> &'static str {
        "ge avvikelsen ett id som AV-1 och använd det på dess åtgärder och avslut"
    }

    fn deviation_registered_twice(&self, reference: &str, first: u32) -> String {
        format!("avvikelsen `{reference}` är redan registrerad på rad {first}")
    }

    fn own_ref_hint(&self) -> &'static str {
        "varje avvikelse behöver en egen ref"
    }

    fn deviation_not_registered(&self, name: &str, reference: &str) -> String {
        format!("`{name}` hänvisar till avvikelsen `{reference}`, som inte är registrerad")
    }

    fn register_deviation_first_hint(&self) -> &'static str {
        "registrera avvikelsen först: en `deviation`-rad med denna ref"
    }

    fn load_action_needs_due(&self) -> &'static str {
        "en `action`-rad behöver ett `due`-datum"
    }

    fn action_due_hint(&self) -> &'static str {
        "ange datumet då åtgärden ska vara klar, ÅÅÅÅ-MM-DD"
    }

    fn load_change_needs_amount(&self) -> &'static str {
        "en `change`-rad behöver ett `amount`"
    }

    fn load_change_amount_hint(&self) -> &'static str {
        "nettoförändringen i kronor, negativ för en minskning, t.ex. 250000 eller -40000"
    }

    fn invalid_index_name(&self, name: &str) -> String {
        format!("`index` är inget giltigt namn på en indexserie: \"{name}\"")
    }

    fn index_name_hint(&self) -> &'static str {
        "ange serien som dess fil i index/, t.ex. index = \"KPI\" för index/KPI.csv"
    }

    fn base_not_month(&self, text: &str) -> String {
        format!("`base` ska vara en månad ÅÅÅÅ-MM, inte \"{text}\"")
    }

    fn base_hint(&self) -> &'static str {
        "skriv basmånaden för indexet, t.ex. base = \"2024-01\""
    }

    fn share_out_of_range(&self, share: f64) -> String {
        format!("`share` ska vara större än 0 och högst 1, inte {share}")
    }

    fn share_hint(&self) -> &'static str {
        "den indexreglerade andelen av priset, t.ex. share = 0.8 för 80 %"
    }

    fn min_change_negative(&self, value: f64) -> String {
        format!("`min_change_percent` ska vara 0 eller mer, inte {value}")
    }

    fn load_import_series_hint(&self, name: &str) -> String {
        format!("importera serien först: avtal index import FIL --series {name}")
    }

    fn series_are_hint(&self, folder: &str, known: &str, name: &str) -> String {
        format!(
            "serierna i {folder}/ är: {known}; eller importera den: avtal index import FIL --series {name}"
        )
    }

    fn no_such_series(&self, folder: &str, name: &str) -> String {
        format!("`index` pekar inte på någon serie: filen {folder}/{name}.csv finns inte")
    }

    fn spend_file_name(&self) -> &'static str {
        "en fil i spend/ ska heta som sitt år, t.ex. `2026.csv`"
    }

    fn spend_file_hint(&self) -> &'static str {
        "byt namn på filen eller flytta den ur spend/"
    }

    fn date_not_in_year(&self, date: NaiveDate, year: i32) -> String {
        format!("datumet {date} ligger inte i {year}, filens år")
    }

    fn move_row_hint(&self, year: i32) -> String {
        format!("flytta raden till spend/{year}.csv eller rätta datumet")
    }

    fn invalid_spend_date(&self, text: &str) -> String {
        format!("`{text}` är inget giltigt datum (ÅÅÅÅ-MM-DD)")
    }

    fn org_no_written(&self, org_no: &str, normal: &str) -> String {
        format!("org_no `{org_no}` ska skrivas `{normal}`")
    }

    fn invalid_spend_org_no(&self, org_no: &str, reason: &str) -> String {
        format!("`{org_no}` är inget giltigt organisationsnummer: {reason}")
    }

    fn invalid_spend_amount(&self, text: &str) -> String {
        format!("`{text}` är inget belopp i kronor med `.` som decimaltecken")
    }

    fn reserved_folder(&self, name: &str) -> String {
        format!("mappnamnet `{name}` är reserverat och kan inte vara ett avtal")
    }

    fn reserved_folder_hint(&self) -> &'static str {
        "`index/` innehåller prisindexserier och `spend/` utbetalningsrader från leverantörsreskontran; ge avtalet en annan nyckel"
    }

    fn invalid_folder_key(&self, name: &str) -> String {
        format!("mappnamnet `{name}` är ingen giltig avtalsnyckel")
    }

    fn folder_key_hint(&self) -> &'static str {
        "byt namn med små bokstäver a-z, siffror, `.`, `_` och `-`, med en bokstav eller siffra först (eller sätt `_` först så hoppar avtal över mappen)"
    }

    fn cannot_read_file(&self, error: &str) -> String {
        format!("filen kan inte läsas: {error}")
    }

    fn file_not_utf8(&self) -> &'static str {
        "filen är inte giltig UTF-8"
    }

    fn utf8_hint(&self) -> &'static str {
        "spara filen som UTF-8 (i Excel: \"CSV UTF-8\"; i en textredigerare: teckenkodning UTF-8)"
    }

    fn option_control_character(&self, option: &str, character: &str) -> String {
        format!("{option} innehåller styrtecknet {character}")
    }

    fn line_break_character(&self) -> &'static str {
        "␊ (en radbrytning)"
    }

    fn tab_character(&self) -> &'static str {
        "␉ (en tabb)"
    }

    fn control_character_hint(&self) -> &'static str {
        "ta bort det; radbrytningar och styrtecken är inte tillåtna här"
    }

    fn option_too_long(&self, option: &str, max: usize) -> String {
        format!("{option} är längre än {max} tecken")
    }

    fn option_date_outside_years(
        &self,
        option: &str,
        date: NaiveDate,
        min: u16,
        max: u16,
    ) -> String {
        format!("{option} {date} ligger utanför åren {min}–{max}")
    }

    fn invalid_date_argument(&self, text: &str) -> String {
        format!("`{text}` är inget giltigt datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-11-22")
    }

    fn register_folder_missing(&self, path: &str) -> String {
        format!("registermappen {path} finns inte")
    }

    fn register_folder_missing_hint(&self) -> &'static str {
        "kontrollera --register / AVTAL_REGISTER, eller skapa ett register med `avtal init MAPP`"
    }

    fn no_register(&self) -> &'static str {
        "inget register hittades: ingen avtal.toml här, i någon överordnad mapp eller i ./contracts"
    }

    fn no_register_hint(&self) -> &'static str {
        "ange --register MAPP (eller sätt AVTAL_REGISTER), eller skapa ett register med `avtal init MAPP`"
    }

    fn needs_output_file(&self, what: &str) -> String {
        format!("{what} behöver en utdatafil")
    }

    fn needs_output_file_hint(&self) -> &'static str {
        "lägg till -o FIL"
    }

    fn cannot_write_output(&self, error: &str) -> String {
        format!("utdata kan inte skrivas: {error}")
    }

    fn is_a_folder(&self, path: &str) -> String {
        format!("{path} är en mapp, inte en fil")
    }

    fn is_a_folder_hint(&self) -> &'static str {
        "ange ett filnamn, t.ex. -o plan.csv"
    }

    fn symlink_loop(&self) -> &'static str {
        "för många nivåer av symboliska länkar"
    }

    fn output_folder_missing(&self) -> &'static str {
        "mappen finns inte"
    }

    fn output_permission_denied(&self) -> &'static str {
        "åtkomst nekad"
    }

    fn locked_by(&self, path: &str, holder: &str) -> String {
        format!("{path} är låst av {holder}")
    }

    fn lock_holder_pid(&self, pid: u32) -> String {
        format!("en annan avtal-process (pid {pid})")
    }

    fn lock_holder(&self) -> &'static str {
        "en annan avtal-process"
    }

    fn lock_hint(&self) -> &'static str {
        "vänta tills den är klar och försök igen"
    }

    fn errors_not_shown(&self, rest: usize, per_file: usize, all: usize) -> String {
        format!(
            "error: … och ytterligare {rest} fel visas inte (högst {per_file} per fil och {all} totalt; `avtal check --format json` listar alla)"
        )
    }

    fn problems_found(&self, count: usize) -> String {
        format!("error: {count} fel hittades i registret")
    }

    fn register_errors(&self, count: usize) -> String {
        format!("{count} fel i registret")
    }
}
