use crate::messages::{English, Import};

impl Import for English {
    fn file_too_large(&self, file: &str, mb: u64) -> String {
        format!("{file}: the file is {mb} MB; files over 50 MB are not imported")
    }

    fn archive_too_large(&self, file: &str, mb: u64) -> String {
        format!(
            "{file}: the workbook would unpack to {mb} MB, over the limit of 500 MB (a damaged file or a zip bomb); it was not read"
        )
    }

    fn workbook_encrypted(&self, file: &str) -> String {
        format!("{file}: the workbook is password-protected and cannot be read")
    }

    fn no_such_sheet(&self, file: &str, sheet: &str, sheets: &str) -> String {
        format!("{file}: there is no sheet named `{sheet}`; the sheets are: {sheets}")
    }

    fn kpi_no_header(&self, file: &str) -> String {
        format!("{file}: no header row with a period column and a KPI column in the first 20 rows")
    }

    fn seen_no_text_cells(&self) -> &'static str {
        "no text cells"
    }

    fn seen_more(&self, count: usize) -> String {
        format!("… and {count} more")
    }

    fn saw_headers(&self, headers: &str) -> String {
        format!("\n  saw {headers}")
    }

    fn sheet_saw_headers(&self, sheet: &str, headers: &str) -> String {
        format!("\n  sheet {sheet}: saw {headers}")
    }

    fn more_cells(&self, file: &str, count: usize) -> String {
        format!("{file}: … and {count} more cells")
    }

    fn kpi_conflicts(&self, file: &str, count: usize) -> String {
        format!("{file}: {count} value(s) differ from those stored in kpi.csv:")
    }

    fn kpi_conflict(
        &self,
        kpi: &str,
        period: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String {
        format!("\n  {kpi} {period}: stored {stored}, file has {imported} ({cell})")
    }

    fn listed_more(&self, count: usize) -> String {
        format!("\n  … and {count} more")
    }

    fn hint_split_file(&self) -> &'static str {
        "split the file, or copy the sheet with the KPIs into a new workbook"
    }

    fn hint_new_file_or_csv(&self) -> &'static str {
        "ask the supplier for a new file, or save the sheet as CSV"
    }

    fn hint_remove_password(&self) -> &'static str {
        "open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy"
    }

    fn hint_check_sheet(&self) -> &'static str {
        "check --sheet"
    }

    fn hint_kpi_header(&self, expected: &str) -> String {
        format!(
            "the header row needs a period column (Period, Månad, Datum, Kvartal, År …) and a column named after a KPI: {expected}; add an alias to the KPI in contract.toml if the supplier uses another name"
        )
    }

    fn hint_correct_cells(&self) -> &'static str {
        "nothing was written; correct the cells and import again"
    }

    fn hint_kpi_replace(&self) -> &'static str {
        "nothing was written; add --replace to overwrite the stored values"
    }

    fn not_a_file(&self) -> &'static str {
        "is not a file"
    }

    fn file_empty(&self) -> &'static str {
        "the file is empty"
    }

    fn hint_send_again(&self) -> &'static str {
        "ask the supplier to send the report again"
    }

    fn file_damaged(&self, reason: &str) -> String {
        format!("is damaged: {reason}")
    }

    fn hint_save_again(&self) -> &'static str {
        "open it in Excel or LibreOffice and save it again"
    }

    fn workbook_not_text(&self) -> &'static str {
        "is a workbook, not a text file"
    }

    fn hint_rename_to_workbook(&self) -> &'static str {
        "rename it to .xlsx (or .xls/.ods) to import it as a workbook"
    }

    fn zip_damaged(&self, error: &str) -> String {
        format!("is damaged: not a readable zip archive ({error})")
    }

    fn file_refused(&self, reason: &str) -> String {
        format!("is refused: {reason}")
    }

    fn hint_ods_save_again(&self) -> &'static str {
        "open it in LibreOffice and save it again, or save the sheet as CSV"
    }

    fn xls_named_xlsx(&self) -> &'static str {
        "is an old-style Excel workbook (.xls) with an .xlsx name"
    }

    fn hint_rename_to_xls(&self) -> &'static str {
        "rename it to .xls and import it again"
    }

    fn not_workbook_zip(&self, kind: &str) -> String {
        format!("is not a {kind} workbook: it is a zip archive (an .xlsx or .ods file?)")
    }

    fn hint_rename_to_xlsx_or_ods(&self) -> &'static str {
        "rename it to .xlsx (or .ods) and import it again"
    }

    fn not_workbook_markup(&self, kind: &str) -> String {
        format!("is not a {kind} workbook: it is a web page or XML file")
    }

    fn hint_save_as_xlsx(&self) -> &'static str {
        "open it in Excel or LibreOffice and save it as .xlsx, then import that file"
    }

    fn not_workbook_text(&self, kind: &str) -> String {
        format!("is not a {kind} workbook: it is a text file")
    }

    fn hint_rename_to_csv(&self) -> &'static str {
        "if it is a CSV export, rename it to .csv and import it again"
    }

    fn not_workbook_other(&self, kind: &str) -> String {
        format!("is not a {kind} workbook (damaged, or another format)")
    }

    fn csv_refused(&self, reason: &str) -> String {
        format!("is refused: {reason}; it is damaged or not a report or export avtal reads")
    }

    fn hint_split_csv(&self) -> &'static str {
        "split the file, or keep only the KPI columns"
    }

    fn csv_unreadable(&self, error: &str) -> String {
        format!("cannot be read as CSV: {error}")
    }

    fn too_many_lines(&self, max: u64) -> String {
        format!("it has more than {max} lines")
    }

    fn too_many_filled_cells(&self, max: u64) -> String {
        format!("it has more than {max} filled cells")
    }

    fn sheet_not_xml(&self, error: &str) -> String {
        format!("the sheet content is not valid XML ({error})")
    }

    fn ods_too_many_rows(&self, max: u64, repeat: u64) -> String {
        format!(
            "a sheet has more than {max} filled rows (a row repeated {repeat} times); it is damaged or not a report or export avtal reads"
        )
    }

    fn ods_too_many_cells(&self, max: u64) -> String {
        format!(
            "the workbook has more than {max} filled cells, repeats included; it is damaged or not a report or export avtal reads"
        )
    }

    fn xlsx_too_large(&self, cells: u64, rows: u64) -> String {
        format!(
            "it has more than {cells} cells or {rows} rows; it is damaged or not a report or export avtal reads"
        )
    }

    fn workbook_unreadable(&self, kind: &str, error: &str) -> String {
        format!("is not a readable {kind} workbook ({error})")
    }

    fn not_a_workbook(&self) -> &'static str {
        "is not a workbook"
    }

    fn sheet_unreadable(&self, sheet: &str, error: &str) -> String {
        format!("sheet {sheet} cannot be read: {error}")
    }

    fn cfb_header_short(&self) -> &'static str {
        "the compound-file header is cut short"
    }

    fn cfb_sector_size(&self, shift: u16) -> String {
        format!("the compound file has an invalid sector size (2^{shift})")
    }

    fn cfb_mini_sector_size(&self, shift: u16) -> String {
        format!("the compound file has an invalid mini-sector size (2^{shift})")
    }

    fn cfb_fat_count(&self, fat_count: usize, sectors: usize) -> String {
        format!("the compound file claims {fat_count} FAT sectors in a file of {sectors}")
    }

    fn cfb_stream_size(&self, name: &str, size: u64, bytes: usize) -> String {
        format!("stream {name} claims {size} bytes in a file of {bytes}")
    }

    fn cfb_chain_short(&self, name: &str) -> String {
        format!("the sector chain of stream {name} is shorter than its size")
    }

    fn cfb_mini_chain_size(&self, name: &str) -> String {
        format!("the mini-sector chain of stream {name} does not fit its size")
    }

    fn cfb_chain_outside(&self, what: &str, sector: u32) -> String {
        format!("the {what} chain points outside the file (sector {sector})")
    }

    fn cfb_chain_loops(&self, what: &str, sector: u32) -> String {
        format!("the {what} chain loops (sector {sector} comes twice)")
    }

    fn cfb_chain_leaves_fat(&self, what: &str, sector: u32) -> String {
        format!("the {what} chain leaves the FAT (sector {sector})")
    }

    fn cfb_mini_chain_outside(&self, what: &str) -> String {
        format!("the mini-sector chain of {what} points outside the mini FAT")
    }

    fn cfb_mini_chain_loops(&self, what: &str) -> String {
        format!("the mini-sector chain of {what} loops")
    }

    fn cfb_directory(&self) -> &'static str {
        "directory"
    }

    fn two_columns_one_kpi(&self, text: &str, first: &str, kpi: &str) -> String {
        format!("column \"{text}\" and column {first} both match KPI `{kpi}`; remove or rename one")
    }

    fn column_matches_several_kpis(&self, text: &str, kpis: &str) -> String {
        format!(
            "column \"{text}\" matches more than one KPI: {kpis}; give the KPIs distinct names and aliases"
        )
    }

    fn row_without_period(&self) -> &'static str {
        "this row has KPI values but no period"
    }

    fn total_row_skipped(&self, text: &str) -> String {
        format!("row \"{text}\" looks like a total and was skipped")
    }

    fn period_error_value(&self, text: &str) -> String {
        format!("the period cell is the error value {text}; row skipped")
    }

    fn not_a_period(&self, text: &str) -> String {
        format!(
            "\"{text}\" is not a period; write e.g. 2026-01, jan 2026, 2026-Q1, K1 2026 or 2026"
        )
    }

    fn kpi_value_not_a_number(&self, text: &str, kpi: &str) -> String {
        format!("\"{text}\" is not a number (KPI `{kpi}`); write e.g. 93,5 or leave the cell empty")
    }

    fn kpi_cell_not_a_number(&self, text: &str, kpi: &str) -> String {
        format!("\"{text}\" is not a number (KPI `{kpi}`)")
    }

    fn value_not_finite(&self) -> &'static str {
        "the value is not a finite number"
    }

    fn period_kind_date(&self) -> &'static str {
        "a date"
    }

    fn period_kind_month(&self) -> &'static str {
        "a month"
    }

    fn period_kind_quarter(&self) -> &'static str {
        "a quarter"
    }

    fn period_kind_year(&self) -> &'static str {
        "a year"
    }

    fn period_not_the_kpi_frequency(
        &self,
        text: &str,
        kind: &str,
        kpi: &str,
        frequency: &str,
    ) -> String {
        format!("\"{text}\" is {kind}, but KPI `{kpi}` is reported {frequency}")
    }

    fn outside_contract_term(&self, kpi: &str, period: &str, start: &str, end: &str) -> String {
        format!("{kpi} {period} is outside the contract term {start} – {end}; skipped")
    }

    fn outside_reporting_months(&self, kpi: &str, period: &str) -> String {
        format!("{kpi} {period} is outside the KPI's reporting months; skipped")
    }

    fn values_look_like_fractions(&self, kpi: &str) -> String {
        format!(
            "every value of `{kpi}` lies between 0 and 1: they look like fractions, not percent; the file's cell formats cannot be read, so they were taken as they are (save the file as .xlsx, or write 93,5 for 93,5 %)"
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
            "{text} was read as {value} (decimal comma), but the other values of `{kpi}` are around {median}: if `,` separates thousands here, write {thousands} and import again"
        )
    }

    fn error_value_skipped(&self, text: &str) -> String {
        format!("error value {text} skipped")
    }

    fn not_a_kpi_of(&self, text: &str, contract: &str, kpis: &str) -> String {
        format!("\"{text}\" is not a KPI of contract `{contract}`; the KPIs are: {kpis}")
    }

    fn matches_several_kpis(&self, text: &str, kpis: &str) -> String {
        format!("\"{text}\" matches more than one KPI: {kpis}")
    }

    fn second_value(
        &self,
        kpi: &str,
        period: &str,
        here: &str,
        earlier: &str,
        cell: &str,
    ) -> String {
        format!("a second value for `{kpi}` {period}: {here} here, {earlier} in {cell}")
    }

    fn kpi_csv_header(&self) -> &'static str {
        "the header must be period,kpi,value,source,note"
    }

    fn kpi_csv_row_unreadable(&self, error: &str) -> String {
        format!("cannot read the row: {error}")
    }

    fn kpi_csv_not_a_period(&self, text: &str) -> String {
        format!("`{text}` is not a period")
    }

    fn kpi_csv_not_a_number(&self, text: &str) -> String {
        format!("`{text}` is not a number")
    }

    fn not_a_month(&self, text: &str) -> String {
        format!("\"{text}\" is not a month (write 2024-01, 2024M01 or januari 2024)")
    }

    fn import_not_a_number(&self, text: &str) -> String {
        format!("\"{text}\" is not a number")
    }

    fn index_value_not_number(&self) -> &'static str {
        "an index value must be a number"
    }

    fn index_value_not_positive(&self, value: &str) -> String {
        format!("index value {value} must be greater than 0")
    }

    fn month_twice(&self, month: &str, first: &str, first_cell: &str, value: &str) -> String {
        format!("{month} appears twice with different values: {first} at {first_cell} and {value}")
    }

    fn hint_json_stat(&self) -> &'static str {
        "download the table from SCB's statistical database as JSON-stat 2.0, with one series and the months (Tid) selected"
    }

    fn json_invalid(&self, error: &str) -> String {
        format!("is not valid JSON: {error}")
    }

    fn json_stat_no_dimension(&self) -> &'static str {
        "is not a JSON-stat dataset: it has no `dimension`"
    }

    fn json_stat_no_size(&self) -> &'static str {
        "is not a JSON-stat dataset: it has no `size`"
    }

    fn json_stat_sizes(&self, ids: usize, sizes: usize) -> String {
        format!("`id` names {ids} dimensions but `size` gives {sizes}")
    }

    fn json_stat_no_time(&self, dimensions: &str) -> String {
        format!("has no `Tid` dimension (the months); its dimensions are: {dimensions}")
    }

    fn json_stat_several_series(&self, id: &str, size: usize) -> String {
        format!("holds several series: dimension `{id}` has {size} categories; select one")
    }

    fn json_stat_no_time_index(&self) -> &'static str {
        "the `Tid` dimension has no category index"
    }

    fn json_stat_bad_time_index(&self) -> &'static str {
        "the `Tid` category index is neither an object nor an array"
    }

    fn json_stat_no_value(&self) -> &'static str {
        "has no `value`"
    }

    fn json_stat_not_a_month(&self, id: &str) -> String {
        format!("Tid category `{id}` is not a month")
    }

    fn json_stat_not_positive(&self, place: &str, value: f64) -> String {
        format!("{place}: index value {value} must be greater than 0")
    }

    fn json_stat_not_a_number(&self, place: &str, value: &str) -> String {
        format!("{place}: value {value} is not a number")
    }

    fn org_no_vat(&self) -> &'static str {
        "a Swedish VAT number is SE, ten digits and 01"
    }

    fn org_no_twelve_digits(&self) -> &'static str {
        "a twelve-digit organisation number starts with 16"
    }

    fn spend_unknown_file_type(&self) -> &'static str {
        "unknown file type"
    }

    fn hint_spend_file_types(&self) -> &'static str {
        "avtal reads .xlsx, .xlsm, .xls, .ods, .csv, .txt and .xml files"
    }

    fn spend_csv_too_large(&self, mb: u64) -> String {
        format!("the file is {mb} MB; CSV files over 500 MB are not imported")
    }

    fn hint_split_export(&self) -> &'static str {
        "split the export by month or by year"
    }

    fn utf16_without_bom(&self) -> &'static str {
        "is not a text file avtal can read (it looks like UTF-16 without a byte-order mark)"
    }

    fn hint_save_as_utf8(&self) -> &'static str {
        "save it as \"CSV UTF-8\" or with a BOM (Excel: \"Unicode text\")"
    }

    fn spend_header_lacks(&self, cell: &str, columns: &str) -> String {
        format!("the header row at {cell} has no {columns} column")
    }

    fn spend_lacks_separator(&self) -> &'static str {
        " and no "
    }

    fn spend_no_header_row(&self) -> &'static str {
        "no header row in the first 20 rows"
    }

    fn sheet_reason(&self, sheet: &str, reason: &str) -> String {
        format!("sheet {sheet}: {reason}")
    }

    fn spend_no_header(&self, reasons: &str) -> String {
        format!("no header row with a date, a supplier and an amount column: {reasons}")
    }

    fn hint_spend_columns(&self) -> &'static str {
        "the columns are named e.g. Bokföringsdatum, Leverantör, Organisationsnummer, Belopp exkl. moms"
    }

    fn spend_no_org_no_column(&self) -> &'static str {
        "there is no org_no column (Organisationsnummer, Org.nr): the rows are imported without organisation numbers and cannot be matched to contracts"
    }

    fn spend_totals_row_skipped(&self, text: &str) -> String {
        format!("skipped a totals row (\"{text}\")")
    }

    fn spend_date_missing(&self) -> &'static str {
        "the date is missing"
    }

    fn spend_not_a_date(&self, text: &str) -> String {
        format!("\"{text}\" is not a date (write 2026-01-15)")
    }

    fn spend_invalid_org_no(&self, text: &str, reason: &str) -> String {
        format!("\"{text}\" is not a valid organisation number: {reason}")
    }

    fn spend_supplier_missing(&self) -> &'static str {
        "the supplier is missing (no name and no organisation number)"
    }

    fn spend_amount_missing(&self) -> &'static str {
        "the amount is missing"
    }

    fn spend_not_an_amount(&self, text: &str) -> String {
        format!("\"{text}\" is not an amount")
    }

    fn hint_ubl(&self) -> &'static str {
        "avtal reads PEPPOL BIS Billing 3 invoices and credit notes (UBL 2.1 XML)"
    }

    fn ubl_not_xml(&self, error: &str) -> String {
        format!("is not a readable XML file ({error})")
    }

    fn ubl_not_an_invoice(&self, name: &str) -> String {
        format!(
            "is not an invoice: its root element is <{name}>, not a UBL <Invoice> or <CreditNote>"
        )
    }

    fn ubl_incomplete(&self, path: &str) -> String {
        format!("is not a complete invoice: it has no {path}")
    }

    fn ubl_not_a_date(&self, date: &str) -> String {
        format!("cbc:IssueDate \"{date}\" is not a date (YYYY-MM-DD)")
    }

    fn ubl_not_an_amount(&self, amount: &str) -> String {
        format!("cbc:TaxExclusiveAmount \"{amount}\" is not an amount")
    }

    fn ubl_invalid_org_no(&self, id: &str, reason: &str) -> String {
        format!(
            "cac:PartyLegalEntity/cbc:CompanyID \"{id}\" is not a valid organisation number: {reason}"
        )
    }

    fn contracts_no_header(&self, file: &str) -> String {
        format!("{file}: no header row with title, supplier, start and end in the first 20 rows")
    }

    fn seen_no_text(&self) -> &'static str {
        "no text"
    }

    fn header_lacks_columns(&self, file: &str, header: &str, columns: &str) -> String {
        format!("{file}: {header}: the header row has no column {columns}")
    }

    fn no_contract_rows(&self, file: &str, header: &str) -> String {
        format!("{file}: {header}: no contracts under the header row")
    }

    fn too_many_contract_rows(&self, file: &str, rows: usize) -> String {
        format!("{file}: {rows} rows – more than 20,000 contracts in one file are not imported")
    }

    fn more_contract_cells(&self, file: &str, count: usize) -> String {
        format!("{file}: … {count} more")
    }

    fn contract_conflicts(&self, file: &str, count: usize, fields: usize) -> String {
        format!("{file}: {count} contract(s) differ from the register ({fields} field(s)):")
    }

    fn contract_conflict(
        &self,
        key: &str,
        field: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String {
        format!("\n  {key}: {field}: register \"{stored}\", file \"{imported}\" ({cell})")
    }

    fn contracts_more(&self, count: usize) -> String {
        format!("\n  … {count}")
    }

    fn hint_contracts_header(&self) -> &'static str {
        "the header row (within the first 20 rows) needs the columns Avtalsnamn, Leverantör, Startdatum and Slutdatum; see docs/reference.md §15 for other names"
    }

    fn hint_contract_rows(&self) -> &'static str {
        "export the contracts with one row per contract under the header row"
    }

    fn hint_split_contracts(&self) -> &'static str {
        "split the export, for example by department, and import the parts one at a time"
    }

    fn hint_contracts_update(&self) -> &'static str {
        "nothing was written; add --update to write the file's values into the existing contracts"
    }

    fn key_used_on_row(&self, key: &str, row: usize) -> String {
        format!("the key `{key}` is already used on row {row}")
    }

    fn same_contract_as_row(&self, key: &str, row: usize) -> String {
        format!("the row names the same contract `{key}` as row {row}")
    }

    fn folder_without_contract(&self, key: &str) -> String {
        format!("the folder `{key}` already exists in the register but holds no contract")
    }

    fn no_options(&self) -> &'static str {
        "none"
    }

    fn options_summary(&self, months: &str, notice: &str) -> String {
        format!("{months} months (notice {notice} months)")
    }

    fn options_unreadable(&self, text: &str) -> String {
        format!(
            "the options \"{text}\" cannot be read; write e.g. 2+1+1, 1+1 år, 2 x 12 mån, 24 mån or nej"
        )
    }

    fn row_without_title(&self) -> &'static str {
        "the row has no title"
    }

    fn row_without_supplier(&self) -> &'static str {
        "the row has no supplier"
    }

    fn row_without_start(&self) -> &'static str {
        "the row has no start date"
    }

    fn row_without_end(&self) -> &'static str {
        "the row has no end date"
    }

    fn import_invalid_key(&self, key: &str) -> String {
        format!(
            "\"{key}\" is not a valid key: use a-z, 0-9, `.`, `_` and `-`, starting with a letter or digit"
        )
    }

    fn invalid_org_no(&self, text: &str, reason: &str) -> String {
        format!("invalid organisation number \"{text}\": {reason}")
    }

    fn no_org_no(&self) -> &'static str {
        "no organisation number"
    }

    fn import_end_before_start(&self, end: &str, start: &str) -> String {
        format!("the end {end} is before the start {start}")
    }

    fn unknown_kind(&self, text: &str, cell: &str) -> String {
        format!("unknown kind \"{text}\" ({cell}), read as contract")
    }

    fn no_notice_period(&self, months: u32) -> String {
        format!(
            "no notice period: the options got notice_months = {months}; check against the contract"
        )
    }

    fn number_not_a_date(&self, value: f64) -> String {
        format!("the number {value} is not a date; write the date as YYYY-MM-DD")
    }

    fn import_impossible_date(&self, text: &str) -> String {
        format!("\"{text}\" is an impossible date")
    }

    fn not_a_date(&self, text: &str) -> String {
        format!("\"{text}\" is not a date; write it as YYYY-MM-DD")
    }

    fn import_not_an_amount(&self, text: &str) -> String {
        format!("\"{text}\" is not an amount; write e.g. 4 500 000 kr, 850 tkr or 4,5 Mkr")
    }

    fn negative_amount(&self, text: &str) -> String {
        format!("the amount \"{text}\" is negative")
    }

    fn notice_unreadable(&self, text: &str) -> String {
        format!("the notice period \"{text}\" cannot be read; write e.g. 9 mån")
    }

    fn not_yes_or_no(&self, text: &str) -> String {
        format!("\"{text}\" is neither yes nor no; write ja, nej or x")
    }

    fn unknown_file_type(&self, file: &str) -> String {
        format!("{file}: unknown file type")
    }

    fn hint_kpi_file_types(&self) -> &'static str {
        "avtal reads .xlsx, .xlsm, .xls, .ods, .csv and .txt files"
    }

    fn contract_has_no_kpis(&self, key: &str) -> String {
        format!("contract `{key}` has no KPIs")
    }

    fn more_warnings(&self, file: &str, count: usize) -> String {
        format!("{file}: … and {count} more warning(s) not shown")
    }

    fn no_kpi_values(&self, file: &str, header: &str) -> String {
        format!("{file}: there are no KPI values under the header row at {header}")
    }

    fn dry_run_no_change(&self, name: &str) -> String {
        format!("Dry run: nothing was written. {name} would not change.\n")
    }

    fn dry_run_diff(&self, name: &str) -> String {
        format!("Dry run: nothing was written. {name} would change as follows:\n")
    }

    fn wrote(&self, name: &str) -> String {
        format!("Wrote {name}.\n")
    }

    fn nothing_new(&self, name: &str) -> String {
        format!("Nothing new: {name} was not changed.\n")
    }

    fn progress_template(&self) -> &'static str {
        "{spinner} {msg} {pos} rows"
    }

    fn progress_reading(&self) -> &'static str {
        "reading"
    }

    fn file_and_sheet(&self, file: &str, sheet: &str) -> String {
        format!("{file}, sheet {sheet}")
    }

    fn kpi_import_heading(&self, key: &str, source: &str) -> String {
        format!("Import into {key} from {source}\n")
    }

    fn column_kpi(&self) -> &'static str {
        "KPI"
    }

    fn column_new(&self) -> &'static str {
        "New"
    }

    fn column_unchanged(&self) -> &'static str {
        "Unchanged"
    }

    fn column_replaced(&self) -> &'static str {
        "Replaced"
    }

    fn column_skipped(&self) -> &'static str {
        "Skipped"
    }

    fn replacing_value(
        &self,
        kpi: &str,
        period: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String {
        format!("Replacing {kpi} {period}: {stored} → {imported} ({cell})\n")
    }

    fn state_breach(&self) -> &'static str {
        "breach"
    }

    fn state_missing(&self) -> &'static str {
        "missing"
    }

    fn state_not_due(&self) -> &'static str {
        "not due yet"
    }

    fn contract_without_kpis(&self) -> &'static str {
        "The contract has no KPIs.\n"
    }

    fn kpi_target(&self, name: &str, id: &str, target: &str) -> String {
        format!("{name} ({id}), target {target}\n")
    }

    fn column_period(&self) -> &'static str {
        "Period"
    }

    fn column_value(&self) -> &'static str {
        "Value"
    }

    fn column_status(&self) -> &'static str {
        "Status"
    }

    fn breaches_in_a_row(&self, count: u32) -> String {
        format!("Breaches in a row: {count}\n")
    }

    fn missing_periods(&self, periods: &str) -> String {
        format!("Missing periods: {periods}\n")
    }

    fn no_missing_periods(&self) -> &'static str {
        "none"
    }

    fn import_invalid_series_name(&self, name: &str) -> String {
        format!("`{name}` is not a valid series name")
    }

    fn hint_series_name(&self) -> &'static str {
        "use letters, digits, `.`, `_` and `-`, e.g. --series KPI"
    }

    fn no_index_values(&self, file: &str) -> String {
        format!("{file}: there are no index values in the file")
    }

    fn hint_index_file_types(&self) -> &'static str {
        "avtal reads .xlsx, .xlsm, .xls, .ods, .csv, .txt and JSON-stat .json files"
    }

    fn index_no_header(&self, file: &str) -> String {
        format!("{file}: no header row with a month column and a value column in the first 20 rows")
    }

    fn hint_index_header(&self) -> &'static str {
        "the month column is headed Månad, Period, Datum, Month or Tid; the values are in the next column"
    }

    fn index_conflicts(&self, file: &str, count: usize, name: &str) -> String {
        format!("{file}: {count} value(s) differ from those stored in {name}:")
    }

    fn index_conflict(&self, month: &str, stored: &str, imported: &str, place: &str) -> String {
        format!("\n  {month}: stored {stored}, file has {imported} ({place})")
    }

    fn hint_index_replace(&self) -> &'static str {
        "nothing was written; SCB revises some series: check the source, then add --replace to overwrite the stored values"
    }

    fn index_summary(&self, series: &str, file: &str) -> String {
        format!("Index series {series} from {file}\n")
    }

    fn index_counts(&self, new: usize, unchanged: usize, replaced: usize) -> String {
        format!("  new months: {new}, unchanged: {unchanged}, replaced: {replaced}\n")
    }

    fn index_series_months(&self, months: usize, span: &str) -> String {
        format!("  the series now has {months} months{span}\n")
    }

    fn replacing_month(&self, month: &str, stored: &str, imported: &str) -> String {
        format!("  replacing {month}: {stored} → {imported}\n")
    }

    fn dry_run_would_be(&self, name: &str, content: &str) -> String {
        format!("Dry run: nothing was written. {name} would be:\n{content}")
    }

    fn spend_heading(&self, year: i32, total: &str, matched: &str, loyalty: &str) -> String {
        format!(
            "Spend {year}: {total} in total, {matched} under contract – contract loyalty {loyalty}\n"
        )
    }

    fn largest_outside_contract(&self, limit: &str) -> String {
        format!("\nLargest outside contract (* = over the direct-award limit {limit}):\n")
    }

    fn column_org_no(&self) -> &'static str {
        "Org. no"
    }

    fn column_supplier(&self) -> &'static str {
        "Supplier"
    }

    fn column_amount(&self) -> &'static str {
        "Amount"
    }

    fn above_annual_value(&self) -> &'static str {
        "above annual value"
    }

    fn near_maximum_value(&self) -> &'static str {
        "near maximum value"
    }

    fn contracts_heading(&self) -> &'static str {
        "\nContracts:\n"
    }

    fn column_contract(&self) -> &'static str {
        "Contract"
    }

    fn column_spend_this_year(&self) -> &'static str {
        "Spend this year"
    }

    fn column_annual_value(&self) -> &'static str {
        "Annual value"
    }

    fn column_since_start(&self) -> &'static str {
        "Since start"
    }

    fn column_maximum_value_used(&self) -> &'static str {
        "Maximum value (used)"
    }

    fn departments_heading(&self) -> &'static str {
        "\nDepartments:\n"
    }

    fn column_department(&self) -> &'static str {
        "Department"
    }

    fn column_total(&self) -> &'static str {
        "Total"
    }

    fn column_under_contract(&self) -> &'static str {
        "Under contract"
    }

    fn column_loyalty(&self) -> &'static str {
        "Loyalty"
    }

    fn ranked_frameworks_heading(&self) -> &'static str {
        "\nRanked frameworks:\n"
    }

    fn column_framework(&self) -> &'static str {
        "Framework"
    }

    fn column_spend(&self) -> &'static str {
        "Spend"
    }

    fn column_rank1_share(&self) -> &'static str {
        "Rank-1 share"
    }

    fn folder_without_xml(&self, folder: &str) -> String {
        format!("{folder}: the folder has no .xml files")
    }

    fn spend_year_counts(
        &self,
        file: &str,
        new: usize,
        unchanged: usize,
        skipped: usize,
    ) -> String {
        format!("{file}: {new} new, {unchanged} unchanged, {skipped} skipped\n")
    }

    fn spend_total_counts(&self, new: usize, unchanged: usize, skipped: usize) -> String {
        format!("Total: {new} new, {unchanged} unchanged, {skipped} skipped\n")
    }

    fn dry_run(&self) -> &'static str {
        "Dry run: nothing was written.\n"
    }

    fn spend_nothing_new(&self) -> &'static str {
        "Nothing new: spend/ was not changed.\n"
    }

    fn writer_thread_failed(&self) -> &'static str {
        "a writer thread failed"
    }

    fn file_with_sheet(&self, file: &str, sheet: &str) -> String {
        format!("{file} (sheet {sheet})")
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
            "{source}: {count} contracts. New {new}, unchanged {unchanged}, updated {updated}, skipped rows {skipped}.\n"
        )
    }

    fn would_create(&self, file: &str, title: &str) -> String {
        format!("  Would create {file}  {title}\n")
    }

    fn would_update(&self, file: &str, fields: &str) -> String {
        format!("  Would update {file}: {fields}\n")
    }

    fn created(&self, file: &str, title: &str) -> String {
        format!("  Created {file}  {title}\n")
    }

    fn updated(&self, file: &str, fields: &str) -> String {
        format!("  Updated {file}: {fields}\n")
    }

    fn register_nothing_new(&self) -> &'static str {
        "Nothing new: the register was not changed.\n"
    }

    fn check_the_register(&self) -> &'static str {
        "Check the register with `avtal check`.\n"
    }
}
