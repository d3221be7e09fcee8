use crate::messages::{Import, Swedish};

impl Import for Swedish {
    fn file_too_large(&self, file: &str, mb: u64) -> String {
        format!("{file}: filen är {mb} MB; filer över 50 MB importeras inte")
    }

    fn archive_too_large(&self, file: &str, mb: u64) -> String {
        format!(
            "{file}: arbetsboken skulle packas upp till {mb} MB, över gränsen 500 MB (en skadad fil eller en zip-bomb); den lästes inte"
        )
    }

    fn workbook_encrypted(&self, file: &str) -> String {
        format!("{file}: arbetsboken är lösenordsskyddad och kan inte läsas")
    }

    fn no_such_sheet(&self, file: &str, sheet: &str, sheets: &str) -> String {
        format!("{file}: det finns inget blad som heter `{sheet}`; bladen är: {sheets}")
    }

    fn kpi_no_header(&self, file: &str) -> String {
        format!(
            "{file}: ingen rubrikrad med en periodkolumn och en nyckeltalskolumn bland de 20 första raderna"
        )
    }

    fn seen_no_text_cells(&self) -> &'static str {
        "inga textceller"
    }

    fn seen_more(&self, count: usize) -> String {
        format!("… och {count} till")
    }

    fn saw_headers(&self, headers: &str) -> String {
        format!("\n  såg {headers}")
    }

    fn sheet_saw_headers(&self, sheet: &str, headers: &str) -> String {
        format!("\n  blad {sheet}: såg {headers}")
    }

    fn more_cells(&self, file: &str, count: usize) -> String {
        format!("{file}: … och {count} celler till")
    }

    fn kpi_conflicts(&self, file: &str, count: usize) -> String {
        format!("{file}: {count} värde(n) skiljer sig från dem som redan finns i kpi.csv:")
    }

    fn kpi_conflict(
        &self,
        kpi: &str,
        period: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String {
        format!("\n  {kpi} {period}: sparat {stored}, filen har {imported} ({cell})")
    }

    fn listed_more(&self, count: usize) -> String {
        format!("\n  … och {count} till")
    }

    fn hint_split_file(&self) -> &'static str {
        "dela upp filen, eller kopiera bladet med nyckeltalen till en ny arbetsbok"
    }

    fn hint_new_file_or_csv(&self) -> &'static str {
        "be leverantören om en ny fil, eller spara bladet som CSV"
    }

    fn hint_remove_password(&self) -> &'static str {
        "öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok) och spara en kopia"
    }

    fn hint_check_sheet(&self) -> &'static str {
        "kontrollera --sheet"
    }

    fn hint_kpi_header(&self, expected: &str) -> String {
        format!(
            "rubrikraden behöver en periodkolumn (Period, Månad, Datum, Kvartal, År …) och en kolumn som heter som ett nyckeltal: {expected}; lägg till ett alias på nyckeltalet i contract.toml om leverantören använder ett annat namn"
        )
    }

    fn hint_correct_cells(&self) -> &'static str {
        "inget skrevs; rätta cellerna och importera igen"
    }

    fn hint_kpi_replace(&self) -> &'static str {
        "inget skrevs; lägg till --replace för att skriva över de sparade värdena"
    }

    fn not_a_file(&self) -> &'static str {
        "är ingen fil"
    }

    fn file_empty(&self) -> &'static str {
        "filen är tom"
    }

    fn hint_send_again(&self) -> &'static str {
        "be leverantören skicka rapporten igen"
    }

    fn file_damaged(&self, reason: &str) -> String {
        format!("är skadad: {reason}")
    }

    fn hint_save_again(&self) -> &'static str {
        "öppna den i Excel eller LibreOffice och spara den igen"
    }

    fn workbook_not_text(&self) -> &'static str {
        "är en arbetsbok, inte en textfil"
    }

    fn hint_rename_to_workbook(&self) -> &'static str {
        "byt filändelse till .xlsx (eller .xls/.ods) för att importera den som arbetsbok"
    }

    fn zip_damaged(&self, error: &str) -> String {
        format!("är skadad: inget läsbart zip-arkiv ({error})")
    }

    fn file_refused(&self, reason: &str) -> String {
        format!("avvisas: {reason}")
    }

    fn hint_ods_save_again(&self) -> &'static str {
        "öppna den i LibreOffice och spara den igen, eller spara bladet som CSV"
    }

    fn xls_named_xlsx(&self) -> &'static str {
        "är en äldre Excel-arbetsbok (.xls) med filändelsen .xlsx"
    }

    fn hint_rename_to_xls(&self) -> &'static str {
        "byt filändelse till .xls och importera den igen"
    }

    fn not_workbook_zip(&self, kind: &str) -> String {
        format!("är ingen {kind}-arbetsbok: den är ett zip-arkiv (en .xlsx- eller .ods-fil?)")
    }

    fn hint_rename_to_xlsx_or_ods(&self) -> &'static str {
        "byt filändelse till .xlsx (eller .ods) och importera den igen"
    }

    fn not_workbook_markup(&self, kind: &str) -> String {
        format!("är ingen {kind}-arbetsbok: den är en webbsida eller XML-fil")
    }

    fn hint_save_as_xlsx(&self) -> &'static str {
        "öppna den i Excel eller LibreOffice, spara den som .xlsx och importera den filen"
    }

    fn not_workbook_text(&self, kind: &str) -> String {
        format!("är ingen {kind}-arbetsbok: den är en textfil")
    }

    fn hint_rename_to_csv(&self) -> &'static str {
        "om det är en CSV-export: byt filändelse till .csv och importera den igen"
    }

    fn not_workbook_other(&self, kind: &str) -> String {
        format!("är ingen {kind}-arbetsbok (skadad, eller ett annat format)")
    }

    fn csv_refused(&self, reason: &str) -> String {
        format!(
            "avvisas: {reason}; den är skadad eller inte en rapport eller export som avtal läser"
        )
    }

    fn hint_split_csv(&self) -> &'static str {
        "dela upp filen, eller behåll bara nyckeltalskolumnerna"
    }

    fn csv_unreadable(&self, error: &str) -> String {
        format!("kan inte läsas som CSV: {error}")
    }

    fn too_many_lines(&self, max: u64) -> String {
        format!("den har fler än {max} rader")
    }

    fn too_many_filled_cells(&self, max: u64) -> String {
        format!("den har fler än {max} ifyllda celler")
    }

    fn sheet_not_xml(&self, error: &str) -> String {
        format!("bladets innehåll är inte giltig XML ({error})")
    }

    fn ods_too_many_rows(&self, max: u64, repeat: u64) -> String {
        format!(
            "ett blad har fler än {max} ifyllda rader (en rad upprepad {repeat} gånger); den är skadad eller inte en rapport eller export som avtal läser"
        )
    }

    fn ods_too_many_cells(&self, max: u64) -> String {
        format!(
            "arbetsboken har fler än {max} ifyllda celler, upprepningar medräknade; den är skadad eller inte en rapport eller export som avtal läser"
        )
    }

    fn xlsx_too_large(&self, cells: u64, rows: u64) -> String {
        format!(
            "den har fler än {cells} celler eller {rows} rader; den är skadad eller inte en rapport eller export som avtal läser"
        )
    }

    fn workbook_unreadable(&self, kind: &str, error: &str) -> String {
        format!("är ingen läsbar {kind}-arbetsbok ({error})")
    }

    fn not_a_workbook(&self) -> &'static str {
        "är ingen arbetsbok"
    }

    fn sheet_unreadable(&self, sheet: &str, error: &str) -> String {
        format!("bladet {sheet} kan inte läsas: {error}")
    }

    fn cfb_header_short(&self) -> &'static str {
        "filhuvudet i den sammansatta filen är avkortat"
    }

    fn cfb_sector_size(&self, shift: u16) -> String {
        format!("den sammansatta filen har en ogiltig sektorstorlek (2^{shift})")
    }

    fn cfb_mini_sector_size(&self, shift: u16) -> String {
        format!("den sammansatta filen har en ogiltig minisektorstorlek (2^{shift})")
    }

    fn cfb_fat_count(&self, fat_count: usize, sectors: usize) -> String {
        format!("den sammansatta filen anger {fat_count} FAT-sektorer i en fil med {sectors}")
    }

    fn cfb_stream_size(&self, name: &str, size: u64, bytes: usize) -> String {
        format!("strömmen {name} anger {size} byte i en fil med {bytes}")
    }

    fn cfb_chain_short(&self, name: &str) -> String {
        format!("sektorkedjan för strömmen {name} är kortare än strömmen")
    }

    fn cfb_mini_chain_size(&self, name: &str) -> String {
        format!("minisektorkedjan för strömmen {name} stämmer inte med strömmens storlek")
    }

    fn cfb_chain_outside(&self, what: &str, sector: u32) -> String {
        format!("kedjan för {what} pekar utanför filen (sektor {sector})")
    }

    fn cfb_chain_loops(&self, what: &str, sector: u32) -> String {
        format!("kedjan för {what} går i cirkel (sektor {sector} kommer två gånger)")
    }

    fn cfb_chain_leaves_fat(&self, what: &str, sector: u32) -> String {
        format!("kedjan för {what} hamnar utanför FAT (sektor {sector})")
    }

    fn cfb_mini_chain_outside(&self, what: &str) -> String {
        format!("minisektorkedjan för {what} pekar utanför mini-FAT")
    }

    fn cfb_mini_chain_loops(&self, what: &str) -> String {
        format!("minisektorkedjan för {what} går i cirkel")
    }

    fn cfb_directory(&self) -> &'static str {
        "katalogen"
    }

    fn two_columns_one_kpi(&self, text: &str, first: &str, kpi: &str) -> String {
        format!(
            "kolumnen \"{text}\" och kolumn {first} matchar båda nyckeltalet `{kpi}`; ta bort eller byt namn på den ena"
        )
    }

    fn column_matches_several_kpis(&self, text: &str, kpis: &str) -> String {
        format!(
            "kolumnen \"{text}\" matchar fler än ett nyckeltal: {kpis}; ge nyckeltalen olika namn och alias"
        )
    }

    fn row_without_period(&self) -> &'static str {
        "raden har värden för nyckeltal men ingen period"
    }

    fn total_row_skipped(&self, text: &str) -> String {
        format!("raden \"{text}\" ser ut som en summarad och hoppades över")
    }

    fn period_error_value(&self, text: &str) -> String {
        format!("periodcellen innehåller felvärdet {text}; raden hoppades över")
    }

    fn not_a_period(&self, text: &str) -> String {
        format!(
            "\"{text}\" är ingen period; skriv till exempel 2026-01, jan 2026, 2026-Q1, K1 2026 eller 2026"
        )
    }

    fn kpi_value_not_a_number(&self, text: &str, kpi: &str) -> String {
        format!(
            "\"{text}\" är inget tal (nyckeltal `{kpi}`); skriv till exempel 93,5 eller lämna cellen tom"
        )
    }

    fn kpi_cell_not_a_number(&self, text: &str, kpi: &str) -> String {
        format!("\"{text}\" är inget tal (nyckeltal `{kpi}`)")
    }

    fn value_not_finite(&self) -> &'static str {
        "värdet är inget ändligt tal"
    }

    fn period_kind_date(&self) -> &'static str {
        "ett datum"
    }

    fn period_kind_month(&self) -> &'static str {
        "en månad"
    }

    fn period_kind_quarter(&self) -> &'static str {
        "ett kvartal"
    }

    fn period_kind_year(&self) -> &'static str {
        "ett år"
    }

    fn period_not_the_kpi_frequency(
        &self,
        text: &str,
        kind: &str,
        kpi: &str,
        frequency: &str,
    ) -> String {
        format!(
            "\"{text}\" är {kind}, men nyckeltalet `{kpi}` rapporteras med frequency = \"{frequency}\""
        )
    }

    fn outside_contract_term(&self, kpi: &str, period: &str, start: &str, end: &str) -> String {
        format!("{kpi} {period} ligger utanför avtalsperioden {start} – {end}; hoppades över")
    }

    fn outside_reporting_months(&self, kpi: &str, period: &str) -> String {
        format!("{kpi} {period} ligger utanför nyckeltalets rapportmånader; hoppades över")
    }

    fn values_look_like_fractions(&self, kpi: &str) -> String {
        format!(
            "alla värden för `{kpi}` ligger mellan 0 och 1: de ser ut som andelar, inte procent; filens cellformat kan inte läsas, så de togs som de är (spara filen som .xlsx, eller skriv 93,5 för 93,5 %)"
        )
    }

    fn comma_maybe_thousands(
        &self,
        text: &str,
        value: &str,
        kpi: &str,
        median: &str,
        thousands: &str,
    ) -> String {
        format!(
            "{text} lästes som {value} (decimalkomma), men de andra värdena för `{kpi}` ligger kring {median}: om `,` skiljer tusental här, skriv {thousands} och importera igen"
        )
    }

    fn error_value_skipped(&self, text: &str) -> String {
        format!("felvärdet {text} hoppades över")
    }

    fn not_a_kpi_of(&self, text: &str, contract: &str, kpis: &str) -> String {
        format!("\"{text}\" är inget nyckeltal i avtalet `{contract}`; nyckeltalen är: {kpis}")
    }

    fn matches_several_kpis(&self, text: &str, kpis: &str) -> String {
        format!("\"{text}\" matchar fler än ett nyckeltal: {kpis}")
    }

    fn second_value(
        &self,
        kpi: &str,
        period: &str,
        here: &str,
        earlier: &str,
        cell: &str,
    ) -> String {
        format!("ett andra värde för `{kpi}` {period}: {here} här, {earlier} i {cell}")
    }

    fn kpi_csv_header(&self) -> &'static str {
        "rubrikraden måste vara period,kpi,value,source,note"
    }

    fn kpi_csv_row_unreadable(&self, error: &str) -> String {
        format!("raden kan inte läsas: {error}")
    }

    fn kpi_csv_not_a_period(&self, text: &str) -> String {
        format!("`{text}` är ingen period")
    }

    fn kpi_csv_not_a_number(&self, text: &str) -> String {
        format!("`{text}` är inget tal")
    }

    fn not_a_month(&self, text: &str) -> String {
        format!("\"{text}\" är ingen månad (skriv 2024-01, 2024M01 eller januari 2024)")
    }

    fn import_not_a_number(&self, text: &str) -> String {
        format!("\"{text}\" är inget tal")
    }

    fn index_value_not_number(&self) -> &'static str {
        "ett indexvärde måste vara ett tal"
    }

    fn index_value_not_positive(&self, value: &str) -> String {
        format!("indexvärdet {value} måste vara större än 0")
    }

    fn month_twice(&self, month: &str, first: &str, first_cell: &str, value: &str) -> String {
        format!(
            "{month} förekommer två gånger med olika värden: {first} i {first_cell} och {value}"
        )
    }

    fn hint_json_stat(&self) -> &'static str {
        "ladda ner tabellen från SCB:s statistikdatabas som JSON-stat 2.0, med en serie och månaderna (Tid) valda"
    }

    fn json_invalid(&self, error: &str) -> String {
        format!("är inte giltig JSON: {error}")
    }

    fn json_stat_no_dimension(&self) -> &'static str {
        "är ingen JSON-stat-datamängd: den saknar `dimension`"
    }

    fn json_stat_no_size(&self) -> &'static str {
        "är ingen JSON-stat-datamängd: den saknar `size`"
    }

    fn json_stat_sizes(&self, ids: usize, sizes: usize) -> String {
        format!("`id` anger {ids} dimensioner men `size` anger {sizes}")
    }

    fn json_stat_no_time(&self, dimensions: &str) -> String {
        format!("saknar dimensionen `Tid` (månaderna); dess dimensioner är: {dimensions}")
    }

    fn json_stat_several_series(&self, id: &str, size: usize) -> String {
        format!("innehåller flera serier: dimensionen `{id}` har {size} kategorier; välj en")
    }

    fn json_stat_no_time_index(&self) -> &'static str {
        "dimensionen `Tid` saknar kategoriindex"
    }

    fn json_stat_bad_time_index(&self) -> &'static str {
        "kategoriindexet för `Tid` är varken ett objekt eller en lista"
    }

    fn json_stat_no_value(&self) -> &'static str {
        "saknar `value`"
    }

    fn json_stat_not_a_month(&self, id: &str) -> String {
        format!("Tid-kategorin `{id}` är ingen månad")
    }

    fn json_stat_not_positive(&self, place: &str, value: f64) -> String {
        format!("{place}: indexvärdet {value} måste vara större än 0")
    }

    fn json_stat_not_a_number(&self, place: &str, value: &str) -> String {
        format!("{place}: värdet {value} är inget tal")
    }

    fn org_no_vat(&self) -> &'static str {
        "ett svenskt momsregistreringsnummer är SE, tio siffror och 01"
    }

    fn org_no_twelve_digits(&self) -> &'static str {
        "ett tolvsiffrigt organisationsnummer börjar med 16"
    }

    fn spend_unknown_file_type(&self) -> &'static str {
        "okänd filtyp"
    }

    fn hint_spend_file_types(&self) -> &'static str {
        "avtal läser .xlsx-, .xlsm-, .xls-, .ods-, .csv-, .txt- och .xml-filer"
    }

    fn spend_csv_too_large(&self, mb: u64) -> String {
        format!("filen är {mb} MB; CSV-filer över 500 MB importeras inte")
    }

    fn hint_split_export(&self) -> &'static str {
        "dela upp exporten per månad eller per år"
    }

    fn utf16_without_bom(&self) -> &'static str {
        "är ingen textfil som avtal kan läsa (den ser ut som UTF-16 utan byte-order mark)"
    }

    fn hint_save_as_utf8(&self) -> &'static str {
        "spara den som \"CSV UTF-8\" eller med BOM (Excel: \"Unicode-text\")"
    }

    fn spend_header_lacks(&self, cell: &str, columns: &str) -> String {
        format!("rubrikraden i {cell} saknar kolumnen {columns}")
    }

    fn spend_lacks_separator(&self) -> &'static str {
        " och kolumnen "
    }

    fn spend_no_header_row(&self) -> &'static str {
        "ingen rubrikrad bland de 20 första raderna"
    }

    fn sheet_reason(&self, sheet: &str, reason: &str) -> String {
        format!("blad {sheet}: {reason}")
    }

    fn spend_no_header(&self, reasons: &str) -> String {
        format!("ingen rubrikrad med en datum-, en leverantörs- och en beloppskolumn: {reasons}")
    }

    fn hint_spend_columns(&self) -> &'static str {
        "kolumnerna heter till exempel Bokföringsdatum, Leverantör, Organisationsnummer, Belopp exkl. moms"
    }

    fn spend_no_org_no_column(&self) -> &'static str {
        "det finns ingen kolumn för org_no (Organisationsnummer, Org.nr): raderna importeras utan organisationsnummer och kan inte kopplas till avtal"
    }

    fn spend_totals_row_skipped(&self, text: &str) -> String {
        format!("hoppade över en summarad (\"{text}\")")
    }

    fn spend_date_missing(&self) -> &'static str {
        "datum saknas"
    }

    fn spend_not_a_date(&self, text: &str) -> String {
        format!("\"{text}\" är inget datum (skriv 2026-01-15)")
    }

    fn spend_invalid_org_no(&self, text: &str, reason: &str) -> String {
        format!("\"{text}\" är inget giltigt organisationsnummer: {reason}")
    }

    fn spend_supplier_missing(&self) -> &'static str {
        "leverantör saknas (varken namn eller organisationsnummer)"
    }

    fn spend_amount_missing(&self) -> &'static str {
        "belopp saknas"
    }

    fn spend_not_an_amount(&self, text: &str) -> String {
        format!("\"{text}\" är inget belopp")
    }

    fn hint_ubl(&self) -> &'static str {
        "avtal läser fakturor och kreditnotor enligt PEPPOL BIS Billing 3 (UBL 2.1 XML)"
    }

    fn ubl_not_xml(&self, error: &str) -> String {
        format!("är ingen läsbar XML-fil ({error})")
    }

    fn ubl_not_an_invoice(&self, name: &str) -> String {
        format!(
            "är ingen faktura: rotelementet är <{name}>, inte en UBL-<Invoice> eller -<CreditNote>"
        )
    }

    fn ubl_incomplete(&self, path: &str) -> String {
        format!("är ingen fullständig faktura: {path} saknas")
    }

    fn ubl_not_a_date(&self, date: &str) -> String {
        format!("cbc:IssueDate \"{date}\" är inget datum (ÅÅÅÅ-MM-DD)")
    }

    fn ubl_not_an_amount(&self, amount: &str) -> String {
        format!("cbc:TaxExclusiveAmount \"{amount}\" är inget belopp")
    }

    fn ubl_invalid_org_no(&self, id: &str, reason: &str) -> String {
        format!(
            "cac:PartyLegalEntity/cbc:CompanyID \"{id}\" är inget giltigt organisationsnummer: {reason}"
        )
    }

    fn contracts_no_header(&self, file: &str) -> String {
        format!(
            "{file}: ingen rubrikrad med avtalsnamn, leverantör, startdatum och slutdatum bland de 20 första raderna"
        )
    }

    fn seen_no_text(&self) -> &'static str {
        "ingen text"
    }

    fn header_lacks_columns(&self, file: &str, header: &str, columns: &str) -> String {
        format!("{file}: {header}: rubrikraden saknar kolumn {columns}")
    }

    fn no_contract_rows(&self, file: &str, header: &str) -> String {
        format!("{file}: {header}: inga avtal under rubrikraden")
    }

    fn too_many_contract_rows(&self, file: &str, rows: usize) -> String {
        format!("{file}: {rows} rader – fler än 20 000 avtal i en fil läses inte in")
    }

    fn more_contract_cells(&self, file: &str, count: usize) -> String {
        format!("{file}: … {count} till")
    }

    fn contract_conflicts(&self, file: &str, count: usize, fields: usize) -> String {
        format!("{file}: {count} avtal skiljer sig från registret ({fields} fält):")
    }

    fn contract_conflict(
        &self,
        key: &str,
        field: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String {
        format!("\n  {key}: {field}: registret \"{stored}\", filen \"{imported}\" ({cell})")
    }

    fn contracts_more(&self, count: usize) -> String {
        format!("\n  … {count} till")
    }

    fn hint_contracts_header(&self) -> &'static str {
        "rubrikraden (bland de 20 första raderna) behöver kolumnerna Avtalsnamn, Leverantör, Startdatum och Slutdatum; se docs/reference.md §15 för fler namn"
    }

    fn hint_contract_rows(&self) -> &'static str {
        "exportera avtalen med en rad per avtal under rubrikraden"
    }

    fn hint_split_contracts(&self) -> &'static str {
        "dela upp exporten, till exempel per förvaltning, och importera delarna en i taget"
    }

    fn hint_contracts_update(&self) -> &'static str {
        "inget skrevs; lägg till --update för att skriva filens värden i de befintliga avtalen"
    }

    fn key_used_on_row(&self, key: &str, row: usize) -> String {
        format!("nyckeln `{key}` finns redan på rad {row}")
    }

    fn same_contract_as_row(&self, key: &str, row: usize) -> String {
        format!("raden avser samma avtal `{key}` som rad {row}")
    }

    fn folder_without_contract(&self, key: &str) -> String {
        format!("mappen `{key}` finns redan i registret men har inget avtal")
    }

    fn no_options(&self) -> &'static str {
        "inga"
    }

    fn options_summary(&self, months: &str, notice: &str) -> String {
        format!("{months} mån (besked senast {notice} mån före)")
    }

    fn options_unreadable(&self, text: &str) -> String {
        format!(
            "förlängningen \"{text}\" kan inte läsas; skriv till exempel 2+1+1, 1+1 år, 2 x 12 mån, 24 mån eller nej"
        )
    }

    fn row_without_title(&self) -> &'static str {
        "raden har inget avtalsnamn"
    }

    fn row_without_supplier(&self) -> &'static str {
        "raden har ingen leverantör"
    }

    fn row_without_start(&self) -> &'static str {
        "raden har inget startdatum"
    }

    fn row_without_end(&self) -> &'static str {
        "raden har inget slutdatum"
    }

    fn import_invalid_key(&self, key: &str) -> String {
        format!(
            "\"{key}\" är ingen giltig nyckel: använd a–z, 0–9, `.`, `_` och `-`, med en bokstav eller siffra först"
        )
    }

    fn invalid_org_no(&self, text: &str, reason: &str) -> String {
        format!("ogiltigt organisationsnummer \"{text}\": {reason}")
    }

    fn no_org_no(&self) -> &'static str {
        "organisationsnummer saknas"
    }

    fn import_end_before_start(&self, end: &str, start: &str) -> String {
        format!("slutdatum {end} är före startdatum {start}")
    }

    fn unknown_kind(&self, text: &str, cell: &str) -> String {
        format!("okänd avtalstyp \"{text}\" ({cell}), läst som contract")
    }

    fn no_notice_period(&self, months: u32) -> String {
        format!(
            "uppsägningstid saknas: optionerna fick notice_months = {months}; kontrollera mot avtalet"
        )
    }

    fn number_not_a_date(&self, value: f64) -> String {
        format!("talet {value} är inget datum; skriv datumet som ÅÅÅÅ-MM-DD")
    }

    fn import_impossible_date(&self, text: &str) -> String {
        format!("\"{text}\" är ett omöjligt datum")
    }

    fn not_a_date(&self, text: &str) -> String {
        format!("\"{text}\" är inget datum; skriv det som ÅÅÅÅ-MM-DD")
    }

    fn import_not_an_amount(&self, text: &str) -> String {
        format!(
            "\"{text}\" är inget belopp; skriv till exempel 4 500 000 kr, 850 tkr eller 4,5 Mkr"
        )
    }

    fn negative_amount(&self, text: &str) -> String {
        format!("beloppet \"{text}\" är negativt")
    }

    fn notice_unreadable(&self, text: &str) -> String {
        format!("uppsägningstiden \"{text}\" kan inte läsas; skriv till exempel 9 mån")
    }

    fn not_yes_or_no(&self, text: &str) -> String {
        format!("\"{text}\" är varken ja eller nej; skriv ja, nej eller x")
    }

    fn unknown_file_type(&self, file: &str) -> String {
        format!("{file}: okänd filtyp")
    }

    fn hint_kpi_file_types(&self) -> &'static str {
        "avtal läser .xlsx-, .xlsm-, .xls-, .ods-, .csv- och .txt-filer"
    }

    fn contract_has_no_kpis(&self, key: &str) -> String {
        format!("avtalet `{key}` har inga nyckeltal")
    }

    fn more_warnings(&self, file: &str, count: usize) -> String {
        format!("{file}: … och {count} varning(ar) till som inte visas")
    }

    fn no_kpi_values(&self, file: &str, header: &str) -> String {
        format!("{file}: det finns inga värden för nyckeltalen under rubrikraden i {header}")
    }

    fn dry_run_no_change(&self, name: &str) -> String {
        format!("Provkörning: inget skrevs. {name} skulle inte ändras.\n")
    }

    fn dry_run_diff(&self, name: &str) -> String {
        format!("Provkörning: inget skrevs. Så här skulle {name} ändras:\n")
    }

    fn wrote(&self, name: &str) -> String {
        format!("Skrev {name}.\n")
    }

    fn nothing_new(&self, name: &str) -> String {
        format!("Inget nytt: {name} ändrades inte.\n")
    }

    fn progress_template(&self) -> &'static str {
        "{spinner} {msg} {pos} rader"
    }

    fn progress_reading(&self) -> &'static str {
        "läser"
    }

    fn file_and_sheet(&self, file: &str, sheet: &str) -> String {
        format!("{file}, blad {sheet}")
    }

    fn kpi_import_heading(&self, key: &str, source: &str) -> String {
        format!("Import till {key} från {source}\n")
    }

    fn column_kpi(&self) -> &'static str {
        "Nyckeltal"
    }

    fn column_new(&self) -> &'static str {
        "Nya"
    }

    fn column_unchanged(&self) -> &'static str {
        "Oförändrade"
    }

    fn column_replaced(&self) -> &'static str {
        "Ersatta"
    }

    fn column_skipped(&self) -> &'static str {
        "Överhoppade"
    }

    fn replacing_value(
        &self,
        kpi: &str,
        period: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String {
        format!("Ersätter {kpi} {period}: {stored} → {imported} ({cell})\n")
    }

    fn state_breach(&self) -> &'static str {
        "avvikelse"
    }

    fn state_missing(&self) -> &'static str {
        "saknas"
    }

    fn state_not_due(&self) -> &'static str {
        "ej inrapporterad än"
    }

    fn contract_without_kpis(&self) -> &'static str {
        "Avtalet har inga nyckeltal.\n"
    }

    fn kpi_target(&self, name: &str, id: &str, target: &str) -> String {
        format!("{name} ({id}), mål {target}\n")
    }

    fn column_period(&self) -> &'static str {
        "Period"
    }

    fn column_value(&self) -> &'static str {
        "Värde"
    }

    fn column_status(&self) -> &'static str {
        "Status"
    }

    fn breaches_in_a_row(&self, count: u32) -> String {
        format!("Avvikelser i rad: {count}\n")
    }

    fn missing_periods(&self, periods: &str) -> String {
        format!("Saknade perioder: {periods}\n")
    }

    fn no_missing_periods(&self) -> &'static str {
        "inga"
    }

    fn import_invalid_series_name(&self, name: &str) -> String {
        format!("`{name}` är inget giltigt serienamn")
    }

    fn hint_series_name(&self) -> &'static str {
        "använd bokstäver, siffror, `.`, `_` och `-`, till exempel --series KPI"
    }

    fn no_index_values(&self, file: &str) -> String {
        format!("{file}: filen innehåller inga indexvärden")
    }

    fn hint_index_file_types(&self) -> &'static str {
        "avtal läser .xlsx-, .xlsm-, .xls-, .ods-, .csv- och .txt-filer samt JSON-stat (.json)"
    }

    fn index_no_header(&self, file: &str) -> String {
        format!(
            "{file}: ingen rubrikrad med en månadskolumn och en värdekolumn bland de 20 första raderna"
        )
    }

    fn hint_index_header(&self) -> &'static str {
        "månadskolumnen har rubriken Månad, Period, Datum, Month eller Tid; värdena står i kolumnen efter"
    }

    fn index_conflicts(&self, file: &str, count: usize, name: &str) -> String {
        format!("{file}: {count} värde(n) skiljer sig från dem som redan finns i {name}:")
    }

    fn index_conflict(&self, month: &str, stored: &str, imported: &str, place: &str) -> String {
        format!("\n  {month}: sparat {stored}, filen har {imported} ({place})")
    }

    fn hint_index_replace(&self) -> &'static str {
        "inget skrevs; SCB reviderar vissa serier: kontrollera källan och lägg sedan till --replace för att skriva över de sparade värdena"
    }

    fn index_summary(&self, series: &str, file: &str) -> String {
        format!("Indexserie {series} från {file}\n")
    }

    fn index_counts(&self, new: usize, unchanged: usize, replaced: usize) -> String {
        format!("  nya månader: {new}, oförändrade: {unchanged}, ersatta: {replaced}\n")
    }

    fn index_series_months(&self, months: usize, span: &str) -> String {
        format!("  serien har nu {months} månader{span}\n")
    }

    fn replacing_month(&self, month: &str, stored: &str, imported: &str) -> String {
        format!("  ersätter {month}: {stored} → {imported}\n")
    }

    fn dry_run_would_be(&self, name: &str, content: &str) -> String {
        format!("Provkörning: inget skrevs. Så här skulle {name} se ut:\n{content}")
    }

    fn spend_heading(&self, year: i32, total: &str, matched: &str, loyalty: &str) -> String {
        format!("Inköp {year}: {total} totalt, {matched} på avtal – avtalstrohet {loyalty}\n")
    }

    fn largest_outside_contract(&self, limit: &str) -> String {
        format!("\nStörst utanför avtal (* = över direktupphandlingsgränsen {limit}):\n")
    }

    fn column_org_no(&self) -> &'static str {
        "Org.nr"
    }

    fn column_supplier(&self) -> &'static str {
        "Leverantör"
    }

    fn column_amount(&self) -> &'static str {
        "Belopp"
    }

    fn above_annual_value(&self) -> &'static str {
        "över årsvärdet"
    }

    fn near_maximum_value(&self) -> &'static str {
        "nära takvolymen"
    }

    fn contracts_heading(&self) -> &'static str {
        "\nAvtal:\n"
    }

    fn column_contract(&self) -> &'static str {
        "Avtal"
    }

    fn column_spend_this_year(&self) -> &'static str {
        "Inköp i år"
    }

    fn column_annual_value(&self) -> &'static str {
        "Årsvärde"
    }

    fn column_since_start(&self) -> &'static str {
        "Sedan start"
    }

    fn column_maximum_value_used(&self) -> &'static str {
        "Takvolym (förbrukat)"
    }

    fn departments_heading(&self) -> &'static str {
        "\nFörvaltningar:\n"
    }

    fn column_department(&self) -> &'static str {
        "Förvaltning"
    }

    fn column_total(&self) -> &'static str {
        "Totalt"
    }

    fn column_under_contract(&self) -> &'static str {
        "På avtal"
    }

    fn column_loyalty(&self) -> &'static str {
        "Avtalstrohet"
    }

    fn ranked_frameworks_heading(&self) -> &'static str {
        "\nRangordnade ramavtal:\n"
    }

    fn column_framework(&self) -> &'static str {
        "Ramavtal"
    }

    fn column_spend(&self) -> &'static str {
        "Inköp"
    }

    fn column_rank1_share(&self) -> &'static str {
        "Andel rang 1"
    }

    fn folder_without_xml(&self, folder: &str) -> String {
        format!("{folder}: mappen innehåller inga .xml-filer")
    }

    fn spend_year_counts(
        &self,
        file: &str,
        new: usize,
        unchanged: usize,
        skipped: usize,
    ) -> String {
        format!("{file}: {new} nya, {unchanged} oförändrade, {skipped} överhoppade\n")
    }

    fn spend_total_counts(&self, new: usize, unchanged: usize, skipped: usize) -> String {
        format!("Totalt: {new} nya, {unchanged} oförändrade, {skipped} överhoppade\n")
    }

    fn dry_run(&self) -> &'static str {
        "Provkörning: inget skrevs.\n"
    }

    fn spend_nothing_new(&self) -> &'static str {
        "Inget nytt: spend/ ändrades inte.\n"
    }

    fn writer_thread_failed(&self) -> &'static str {
        "en skrivtråd avbröts oväntat"
    }

    fn file_with_sheet(&self, file: &str, sheet: &str) -> String {
        format!("{file} (blad {sheet})")
    }

    fn contracts_summary(
        &self,
        source: &str,
        count: usize,
        new: usize,
        unchanged: usize,
        updated: usize,
        skipped: usize,
    ) -> String {
        format!(
            "{source}: {count} avtal. Nya {new}, oförändrade {unchanged}, uppdaterade {updated}, överhoppade rader {skipped}.\n"
        )
    }

    fn would_create(&self, file: &str, title: &str) -> String {
        format!("  Skulle skapa {file}  {title}\n")
    }

    fn would_update(&self, file: &str, fields: &str) -> String {
        format!("  Skulle uppdatera {file}: {fields}\n")
    }

    fn created(&self, file: &str, title: &str) -> String {
        format!("  Skapade {file}  {title}\n")
    }

    fn updated(&self, file: &str, fields: &str) -> String {
        format!("  Uppdaterade {file}: {fields}\n")
    }

    fn register_nothing_new(&self) -> &'static str {
        "Inget nytt: registret ändrades inte.\n"
    }

    fn check_the_register(&self) -> &'static str {
        "Kontrollera registret med `avtal check`.\n"
    }
}
