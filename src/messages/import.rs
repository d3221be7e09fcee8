//! Messages of the importers (`kpi`, `spend`, `index` and `contracts import`): errors, warnings and summaries.

/// Messages of the importers (`kpi`, `spend`, `index` and `contracts import`): errors, warnings and summaries.
pub trait Import {
    /// A file over the 50 MB limit.
    fn file_too_large(&self, file: &str, mb: u64) -> String;

    /// A workbook that would unpack to more than 500 MB.
    fn archive_too_large(&self, file: &str, mb: u64) -> String;

    /// A password-protected workbook.
    fn workbook_encrypted(&self, file: &str) -> String;

    /// `--sheet` names no sheet of the workbook.
    fn no_such_sheet(&self, file: &str, sheet: &str, sheets: &str) -> String;

    /// No header row with a period column and a KPI column.
    fn kpi_no_header(&self, file: &str) -> String;

    /// A sheet without any text cell, in the list of headers seen.
    fn seen_no_text_cells(&self) -> &'static str;

    /// How many more headers were seen than are listed.
    fn seen_more(&self, count: usize) -> String;

    /// The headers seen in a CSV file, on a line of its own.
    fn saw_headers(&self, headers: &str) -> String;

    /// The headers seen in one sheet, on a line of its own.
    fn sheet_saw_headers(&self, sheet: &str, headers: &str) -> String;

    /// How many more cell problems there are than are listed.
    fn more_cells(&self, file: &str, count: usize) -> String;

    /// Imported KPI values that differ from the stored ones.
    fn kpi_conflicts(&self, file: &str, count: usize) -> String;

    /// One stored KPI value and the file's, on a line of its own.
    fn kpi_conflict(
        &self,
        kpi: &str,
        period: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String;

    /// How many more lines there are than are listed, on a line of its own.
    fn listed_more(&self, count: usize) -> String;

    /// What to do about a file over the size limit.
    fn hint_split_file(&self) -> &'static str;

    /// What to do about a workbook that unpacks too large.
    fn hint_new_file_or_csv(&self) -> &'static str;

    /// What to do about a password-protected workbook.
    fn hint_remove_password(&self) -> &'static str;

    /// What to do about a `--sheet` that names no sheet.
    fn hint_check_sheet(&self) -> &'static str;

    /// What the header row of a KPI report needs.
    fn hint_kpi_header(&self, expected: &str) -> String;

    /// Nothing was written because of cells that cannot be read.
    fn hint_correct_cells(&self) -> &'static str;

    /// Nothing was written because stored KPI values would change.
    fn hint_kpi_replace(&self) -> &'static str;

    /// The path is a folder or something else than a file.
    fn not_a_file(&self) -> &'static str;

    /// The file has no bytes.
    fn file_empty(&self) -> &'static str;

    /// What to do about an empty file.
    fn hint_send_again(&self) -> &'static str;

    /// The file is damaged, and how.
    fn file_damaged(&self, reason: &str) -> String;

    /// What to do about a damaged workbook.
    fn hint_save_again(&self) -> &'static str;

    /// A workbook named like a text file.
    fn workbook_not_text(&self) -> &'static str;

    /// What to do about a workbook named like a text file.
    fn hint_rename_to_workbook(&self) -> &'static str;

    /// A zip archive (.xlsx, .ods) that cannot be opened.
    fn zip_damaged(&self, error: &str) -> String;

    /// A file refused before reading, and why.
    fn file_refused(&self, reason: &str) -> String;

    /// What to do about an .ods file that expands too large.
    fn hint_ods_save_again(&self) -> &'static str;

    /// An old .xls workbook with an .xlsx name.
    fn xls_named_xlsx(&self) -> &'static str;

    /// What to do about an .xls workbook named .xlsx.
    fn hint_rename_to_xls(&self) -> &'static str;

    /// A zip archive named like another kind of workbook.
    fn not_workbook_zip(&self, kind: &str) -> String;

    /// What to do about a zip archive with the wrong name.
    fn hint_rename_to_xlsx_or_ods(&self) -> &'static str;

    /// A web page or XML file named like a workbook.
    fn not_workbook_markup(&self, kind: &str) -> String;

    /// What to do about a web page named like a workbook.
    fn hint_save_as_xlsx(&self) -> &'static str;

    /// A text file named like a workbook.
    fn not_workbook_text(&self, kind: &str) -> String;

    /// What to do about a text file named like a workbook.
    fn hint_rename_to_csv(&self) -> &'static str;

    /// A file named like a workbook that is something else.
    fn not_workbook_other(&self, kind: &str) -> String;

    /// A CSV file refused for its size, and why.
    fn csv_refused(&self, reason: &str) -> String;

    /// What to do about a CSV file that is too large.
    fn hint_split_csv(&self) -> &'static str;

    /// A file that the CSV reader cannot read.
    fn csv_unreadable(&self, error: &str) -> String;

    /// A CSV file with more lines than any reader takes.
    fn too_many_lines(&self, max: u64) -> String;

    /// A CSV file with more filled cells than any reader takes.
    fn too_many_filled_cells(&self, max: u64) -> String;

    /// The sheet content of an .ods file is not XML.
    fn sheet_not_xml(&self, error: &str) -> String;

    /// An .ods sheet whose repeated rows pass the row limit.
    fn ods_too_many_rows(&self, max: u64, repeat: u64) -> String;

    /// An .ods workbook whose repeated cells pass the cell limit.
    fn ods_too_many_cells(&self, max: u64) -> String;

    /// An .xlsx sheet over the cell or row limit.
    fn xlsx_too_large(&self, cells: u64, rows: u64) -> String;

    /// A workbook that the reader cannot open.
    fn workbook_unreadable(&self, kind: &str, error: &str) -> String;

    /// A text file opened as a workbook.
    fn not_a_workbook(&self) -> &'static str;

    /// A sheet that cannot be read.
    fn sheet_unreadable(&self, sheet: &str, error: &str) -> String;

    /// An .xls file cut short before its header ends.
    fn cfb_header_short(&self) -> &'static str;

    /// An .xls file with an impossible sector size.
    fn cfb_sector_size(&self, shift: u16) -> String;

    /// An .xls file with an impossible mini-sector size.
    fn cfb_mini_sector_size(&self, shift: u16) -> String;

    /// An .xls file that claims more FAT sectors than it has sectors.
    fn cfb_fat_count(&self, fat_count: usize, sectors: usize) -> String;

    /// A stream larger than the whole file.
    fn cfb_stream_size(&self, name: &str, size: u64, bytes: usize) -> String;

    /// A stream whose sector chain is shorter than the stream.
    fn cfb_chain_short(&self, name: &str) -> String;

    /// A stream whose mini-sector chain does not match its size.
    fn cfb_mini_chain_size(&self, name: &str) -> String;

    /// A sector chain that points outside the file.
    fn cfb_chain_outside(&self, what: &str, sector: u32) -> String;

    /// A sector chain that comes back to a sector.
    fn cfb_chain_loops(&self, what: &str, sector: u32) -> String;

    /// A sector chain that leaves the sector table.
    fn cfb_chain_leaves_fat(&self, what: &str, sector: u32) -> String;

    /// A mini-sector chain that points outside the mini table.
    fn cfb_mini_chain_outside(&self, what: &str) -> String;

    /// A mini-sector chain that comes back to a sector.
    fn cfb_mini_chain_loops(&self, what: &str) -> String;

    /// The directory of a compound file, as named in the chain messages.
    fn cfb_directory(&self) -> &'static str;

    /// Two columns of the header match the same KPI.
    fn two_columns_one_kpi(&self, text: &str, first: &str, kpi: &str) -> String;

    /// A header matches more than one KPI.
    fn column_matches_several_kpis(&self, text: &str, kpis: &str) -> String;

    /// A row with KPI values but an empty period cell.
    fn row_without_period(&self) -> &'static str;

    /// A totals row, skipped.
    fn total_row_skipped(&self, text: &str) -> String;

    /// A period cell holding a spreadsheet error value; the row is skipped.
    fn period_error_value(&self, text: &str) -> String;

    /// A period cell that cannot be read, with examples.
    fn not_a_period(&self, text: &str) -> String;

    /// A KPI cell whose text is not a number, with examples.
    fn kpi_value_not_a_number(&self, text: &str, kpi: &str) -> String;

    /// A KPI cell holding a date or a truth value.
    fn kpi_cell_not_a_number(&self, text: &str, kpi: &str) -> String;

    /// A KPI value that is infinite or not a number.
    fn value_not_finite(&self) -> &'static str;

    /// What a period cell is: a date.
    fn period_kind_date(&self) -> &'static str;

    /// What a period cell is: a month.
    fn period_kind_month(&self) -> &'static str;

    /// What a period cell is: a quarter.
    fn period_kind_quarter(&self) -> &'static str;

    /// What a period cell is: a year.
    fn period_kind_year(&self) -> &'static str;

    /// A period of another length than the KPI is reported in.
    fn period_not_the_kpi_frequency(
        &self,
        text: &str,
        kind: &str,
        kpi: &str,
        frequency: &str,
    ) -> String;

    /// A value for a period outside the contract term; skipped.
    fn outside_contract_term(&self, kpi: &str, period: &str, start: &str, end: &str) -> String;

    /// A value for a month the seasonal KPI is not reported in; skipped.
    fn outside_reporting_months(&self, kpi: &str, period: &str) -> String;

    /// Every value of a percent KPI lies between 0 and 1 in a file without cell formats.
    fn values_look_like_fractions(&self, kpi: &str) -> String;

    /// A value read with a decimal comma that looks like it has a thousands separator.
    fn comma_maybe_thousands(
        &self,
        text: &str,
        value: &str,
        kpi: &str,
        median: &str,
        thousands: &str,
    ) -> String;

    /// A cell holding a spreadsheet error value, skipped.
    fn error_value_skipped(&self, text: &str) -> String;

    /// A long-format row naming no KPI of the contract.
    fn not_a_kpi_of(&self, text: &str, contract: &str, kpis: &str) -> String;

    /// A long-format row whose KPI name matches more than one KPI.
    fn matches_several_kpis(&self, text: &str, kpis: &str) -> String;

    /// Two different values for the same KPI and period.
    fn second_value(
        &self,
        kpi: &str,
        period: &str,
        here: &str,
        earlier: &str,
        cell: &str,
    ) -> String;

    /// The header a stored kpi.csv must have.
    fn kpi_csv_header(&self) -> &'static str;

    /// A row of kpi.csv that the CSV reader cannot read.
    fn kpi_csv_row_unreadable(&self, error: &str) -> String;

    /// A period in kpi.csv that cannot be read.
    fn kpi_csv_not_a_period(&self, text: &str) -> String;

    /// A value in kpi.csv that is not a number.
    fn kpi_csv_not_a_number(&self, text: &str) -> String;

    /// A month cell of an index file that cannot be read.
    fn not_a_month(&self, text: &str) -> String;

    /// A value cell that is not a number.
    fn import_not_a_number(&self, text: &str) -> String;

    /// An index value cell holding a date or a truth value.
    fn index_value_not_number(&self) -> &'static str;

    /// An index value of zero or below.
    fn index_value_not_positive(&self, value: &str) -> String;

    /// A month given twice with different index values.
    fn month_twice(&self, month: &str, first: &str, first_cell: &str, value: &str) -> String;

    /// How to download an index series from SCB.
    fn hint_json_stat(&self) -> &'static str;

    /// A JSON-stat file that is not JSON.
    fn json_invalid(&self, error: &str) -> String;

    /// A JSON file without the `dimension` of a JSON-stat dataset.
    fn json_stat_no_dimension(&self) -> &'static str;

    /// A JSON file without the `size` of a JSON-stat dataset.
    fn json_stat_no_size(&self) -> &'static str;

    /// A JSON-stat dataset whose `id` and `size` disagree.
    fn json_stat_sizes(&self, ids: usize, sizes: usize) -> String;

    /// A JSON-stat dataset without the months (`Tid`).
    fn json_stat_no_time(&self, dimensions: &str) -> String;

    /// A JSON-stat dataset with more than one series.
    fn json_stat_several_series(&self, id: &str, size: usize) -> String;

    /// The `Tid` dimension lacks its category index.
    fn json_stat_no_time_index(&self) -> &'static str;

    /// The `Tid` category index has the wrong shape.
    fn json_stat_bad_time_index(&self) -> &'static str;

    /// A JSON-stat dataset without values.
    fn json_stat_no_value(&self) -> &'static str;

    /// A `Tid` category that is not a month.
    fn json_stat_not_a_month(&self, id: &str) -> String;

    /// A JSON-stat index value of zero or below.
    fn json_stat_not_positive(&self, place: &str, value: f64) -> String;

    /// A JSON-stat value that is not a number.
    fn json_stat_not_a_number(&self, place: &str, value: &str) -> String;

    /// Why an org number starting with SE cannot be read.
    fn org_no_vat(&self) -> &'static str;

    /// Why a twelve-digit org number cannot be read.
    fn org_no_twelve_digits(&self) -> &'static str;

    /// A spend file whose extension no reader takes.
    fn spend_unknown_file_type(&self) -> &'static str;

    /// The kinds of file `spend import` reads.
    fn hint_spend_file_types(&self) -> &'static str;

    /// A spend CSV file over the 500 MB limit.
    fn spend_csv_too_large(&self, mb: u64) -> String;

    /// What to do about a spend export that is too large.
    fn hint_split_export(&self) -> &'static str;

    /// A UTF-16 text file without a byte-order mark.
    fn utf16_without_bom(&self) -> &'static str;

    /// What to do about a UTF-16 file without a byte-order mark.
    fn hint_save_as_utf8(&self) -> &'static str;

    /// The best header row of a spend file and the required columns it lacks.
    fn spend_header_lacks(&self, cell: &str, columns: &str) -> String;

    /// Joins the required columns a spend header lacks.
    fn spend_lacks_separator(&self) -> &'static str;

    /// A spend sheet without anything like a header row.
    fn spend_no_header_row(&self) -> &'static str;

    /// Why one sheet was not read.
    fn sheet_reason(&self, sheet: &str, reason: &str) -> String;

    /// No sheet of a spend file has a header row.
    fn spend_no_header(&self, reasons: &str) -> String;

    /// The column names a spend export needs.
    fn hint_spend_columns(&self) -> &'static str;

    /// A spend file without an org number column.
    fn spend_no_org_no_column(&self) -> &'static str;

    /// A totals row of a spend file, skipped.
    fn spend_totals_row_skipped(&self, text: &str) -> String;

    /// A spend row without a date.
    fn spend_date_missing(&self) -> &'static str;

    /// A spend date that cannot be read.
    fn spend_not_a_date(&self, text: &str) -> String;

    /// A spend row with an org number that cannot be read.
    fn spend_invalid_org_no(&self, text: &str, reason: &str) -> String;

    /// A spend row without supplier name and org number.
    fn spend_supplier_missing(&self) -> &'static str;

    /// A spend row without an amount.
    fn spend_amount_missing(&self) -> &'static str;

    /// A spend amount that cannot be read.
    fn spend_not_an_amount(&self, text: &str) -> String;

    /// The e-invoices `spend import` reads.
    fn hint_ubl(&self) -> &'static str;

    /// An e-invoice that is not XML.
    fn ubl_not_xml(&self, error: &str) -> String;

    /// An XML file whose root is no UBL invoice or credit note.
    fn ubl_not_an_invoice(&self, name: &str) -> String;

    /// An e-invoice that lacks an element.
    fn ubl_incomplete(&self, path: &str) -> String;

    /// An e-invoice whose issue date cannot be read.
    fn ubl_not_a_date(&self, date: &str) -> String;

    /// An e-invoice whose amount cannot be read.
    fn ubl_not_an_amount(&self, amount: &str) -> String;

    /// An e-invoice whose supplier org number cannot be read.
    fn ubl_invalid_org_no(&self, id: &str, reason: &str) -> String;

    /// No header row with the columns of a contract register.
    fn contracts_no_header(&self, file: &str) -> String;

    /// A sheet without any text, in the list of headers seen by `contracts import`.
    fn seen_no_text(&self) -> &'static str;

    /// The header row lacks required columns of a contract register.
    fn header_lacks_columns(&self, file: &str, header: &str, columns: &str) -> String;

    /// A header row with no contract under it.
    fn no_contract_rows(&self, file: &str, header: &str) -> String;

    /// More rows than one contract import takes.
    fn too_many_contract_rows(&self, file: &str, rows: usize) -> String;

    /// How many more cell problems there are than are listed.
    fn more_contract_cells(&self, file: &str, count: usize) -> String;

    /// Rows that differ from the contracts in the register.
    fn contract_conflicts(&self, file: &str, count: usize, fields: usize) -> String;

    /// One field that differs, on a line of its own.
    fn contract_conflict(
        &self,
        key: &str,
        field: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String;

    /// How many more contracts differ than are listed, on a line of its own.
    fn contracts_more(&self, count: usize) -> String;

    /// The columns the header row of a contract register needs.
    fn hint_contracts_header(&self) -> &'static str;

    /// What to do about a contract register without rows.
    fn hint_contract_rows(&self) -> &'static str;

    /// What to do about a contract register with too many rows.
    fn hint_split_contracts(&self) -> &'static str;

    /// Nothing was written because existing contracts would change.
    fn hint_contracts_update(&self) -> &'static str;

    /// A key given on two rows.
    fn key_used_on_row(&self, key: &str, row: usize) -> String;

    /// Two rows naming the same existing contract.
    fn same_contract_as_row(&self, key: &str, row: usize) -> String;

    /// A key whose folder exists but holds no contract.
    fn folder_without_contract(&self, key: &str) -> String;

    /// A contract without options, in a comparison.
    fn no_options(&self) -> &'static str;

    /// The options of a contract and their notice, in a comparison.
    fn options_summary(&self, months: &str, notice: &str) -> String;

    /// An options cell that cannot be read, with examples.
    fn options_unreadable(&self, text: &str) -> String;

    /// A contract row without a title.
    fn row_without_title(&self) -> &'static str;

    /// A contract row without a supplier.
    fn row_without_supplier(&self) -> &'static str;

    /// A contract row without a start date.
    fn row_without_start(&self) -> &'static str;

    /// A contract row without an end date.
    fn row_without_end(&self) -> &'static str;

    /// A key that is not a valid folder name.
    fn import_invalid_key(&self, key: &str) -> String;

    /// A contract row with an org number that cannot be read.
    fn invalid_org_no(&self, text: &str, reason: &str) -> String;

    /// A contract row without an org number.
    fn no_org_no(&self) -> &'static str;

    /// A contract row that ends before it starts.
    fn import_end_before_start(&self, end: &str, start: &str) -> String;

    /// A kind of contract that avtal does not know, read as `contract`.
    fn unknown_kind(&self, text: &str, cell: &str) -> String;

    /// Options without a notice period got the default.
    fn no_notice_period(&self, months: u32) -> String;

    /// A date cell holding a plain number.
    fn number_not_a_date(&self, value: f64) -> String;

    /// A date that does not exist.
    fn import_impossible_date(&self, text: &str) -> String;

    /// A date cell that cannot be read.
    fn not_a_date(&self, text: &str) -> String;

    /// An amount cell that cannot be read, with examples.
    fn import_not_an_amount(&self, text: &str) -> String;

    /// A negative amount.
    fn negative_amount(&self, text: &str) -> String;

    /// A notice period that cannot be read.
    fn notice_unreadable(&self, text: &str) -> String;

    /// A yes/no cell that is neither.
    fn not_yes_or_no(&self, text: &str) -> String;

    /// A file whose extension no reader takes.
    fn unknown_file_type(&self, file: &str) -> String;

    /// The kinds of file `kpi import` reads.
    fn hint_kpi_file_types(&self) -> &'static str;

    /// `kpi import` for a contract without KPIs.
    fn contract_has_no_kpis(&self, key: &str) -> String;

    /// How many more warnings there are than are shown.
    fn more_warnings(&self, file: &str, count: usize) -> String;

    /// A KPI report with a header row but no values under it.
    fn no_kpi_values(&self, file: &str, header: &str) -> String;

    /// `--dry-run` when the file would not change.
    fn dry_run_no_change(&self, name: &str) -> String;

    /// `--dry-run` before the diff of what would change.
    fn dry_run_diff(&self, name: &str) -> String;

    /// The file an import wrote.
    fn wrote(&self, name: &str) -> String;

    /// An import that changed nothing.
    fn nothing_new(&self, name: &str) -> String;

    /// The progress line while a large file is read (indicatif's template).
    fn progress_template(&self) -> &'static str;

    /// What the progress line says is going on.
    fn progress_reading(&self) -> &'static str;

    /// A workbook and the sheet read from it.
    fn file_and_sheet(&self, file: &str, sheet: &str) -> String;

    /// The first line of the `kpi import` summary.
    fn kpi_import_heading(&self, key: &str, source: &str) -> String;

    /// Column header: the KPI.
    fn column_kpi(&self) -> &'static str;

    /// Column header: values or rows that are new.
    fn column_new(&self) -> &'static str;

    /// Column header: values or rows already stored.
    fn column_unchanged(&self) -> &'static str;

    /// Column header: stored values replaced.
    fn column_replaced(&self) -> &'static str;

    /// Column header: values or rows skipped.
    fn column_skipped(&self) -> &'static str;

    /// A stored KPI value that `--replace` changes, with both values.
    fn replacing_value(
        &self,
        kpi: &str,
        period: &str,
        stored: &str,
        imported: &str,
        cell: &str,
    ) -> String;

    /// A KPI period that breaches the target.
    fn state_breach(&self) -> &'static str;

    /// A KPI period whose value is missing.
    fn state_missing(&self) -> &'static str;

    /// A KPI period whose value is not due yet.
    fn state_not_due(&self) -> &'static str;

    /// `kpi show` for a contract without KPIs.
    fn contract_without_kpis(&self) -> &'static str;

    /// A KPI and its target, above its table.
    fn kpi_target(&self, name: &str, id: &str, target: &str) -> String;

    /// Column header: the period.
    fn column_period(&self) -> &'static str;

    /// Column header: the value.
    fn column_value(&self) -> &'static str;

    /// Column header: the status.
    fn column_status(&self) -> &'static str;

    /// How many periods in a row breach the target.
    fn breaches_in_a_row(&self, count: u32) -> String;

    /// The periods whose value is missing.
    fn missing_periods(&self, periods: &str) -> String;

    /// No period is missing.
    fn no_missing_periods(&self) -> &'static str;

    /// An index series name that cannot be a file name.
    fn import_invalid_series_name(&self, name: &str) -> String;

    /// What an index series name may hold.
    fn hint_series_name(&self) -> &'static str;

    /// An index file without values.
    fn no_index_values(&self, file: &str) -> String;

    /// The kinds of file `index import` reads.
    fn hint_index_file_types(&self) -> &'static str;

    /// No header row with a month column and a value column.
    fn index_no_header(&self, file: &str) -> String;

    /// What the header row of an index file needs.
    fn hint_index_header(&self) -> &'static str;

    /// Imported index values that differ from the stored ones.
    fn index_conflicts(&self, file: &str, count: usize, name: &str) -> String;

    /// One stored index value and the file's, on a line of its own.
    fn index_conflict(&self, month: &str, stored: &str, imported: &str, place: &str) -> String;

    /// Nothing was written because stored index values would change.
    fn hint_index_replace(&self) -> &'static str;

    /// The first line of the `index import` summary.
    fn index_summary(&self, series: &str, file: &str) -> String;

    /// What `index import` did to the months of the series.
    fn index_counts(&self, new: usize, unchanged: usize, replaced: usize) -> String;

    /// How many months the series holds after the import, and from when to when.
    fn index_series_months(&self, months: usize, span: &str) -> String;

    /// A stored index value that `--replace` changes.
    fn replacing_month(&self, month: &str, stored: &str, imported: &str) -> String;

    /// `--dry-run` with the whole file as it would be written.
    fn dry_run_would_be(&self, name: &str, content: &str) -> String;

    /// The first line of the spend summary.
    fn spend_heading(&self, year: i32, total: &str, matched: &str, loyalty: &str) -> String;

    /// The heading of the largest suppliers outside contract.
    fn largest_outside_contract(&self, limit: &str) -> String;

    /// Column header: the organisation number.
    fn column_org_no(&self) -> &'static str;

    /// Column header: the supplier.
    fn column_supplier(&self) -> &'static str;

    /// Column header: the amount.
    fn column_amount(&self) -> &'static str;

    /// A contract whose spend this year is above its annual value.
    fn above_annual_value(&self) -> &'static str;

    /// A framework whose spend nears its maximum value.
    fn near_maximum_value(&self) -> &'static str;

    /// The heading of the contracts table.
    fn contracts_heading(&self) -> &'static str;

    /// Column header: the contract.
    fn column_contract(&self) -> &'static str;

    /// Column header: the spend this year.
    fn column_spend_this_year(&self) -> &'static str;

    /// Column header: the annual value.
    fn column_annual_value(&self) -> &'static str;

    /// Column header: the spend since the contract started.
    fn column_since_start(&self) -> &'static str;

    /// Column header: the maximum value and how much of it is used.
    fn column_maximum_value_used(&self) -> &'static str;

    /// The heading of the departments table.
    fn departments_heading(&self) -> &'static str;

    /// Column header: the department.
    fn column_department(&self) -> &'static str;

    /// Column header: the total.
    fn column_total(&self) -> &'static str;

    /// Column header: the spend under contract.
    fn column_under_contract(&self) -> &'static str;

    /// Column header: the contract loyalty.
    fn column_loyalty(&self) -> &'static str;

    /// The heading of the ranked frameworks table.
    fn ranked_frameworks_heading(&self) -> &'static str;

    /// Column header: the framework agreement.
    fn column_framework(&self) -> &'static str;

    /// Column header: the spend.
    fn column_spend(&self) -> &'static str;

    /// Column header: the share bought from the supplier ranked first.
    fn column_rank1_share(&self) -> &'static str;

    /// A folder given to `spend import` without e-invoices.
    fn folder_without_xml(&self, folder: &str) -> String;

    /// What `spend import` did to one year's file.
    fn spend_year_counts(&self, file: &str, new: usize, unchanged: usize, skipped: usize)
    -> String;

    /// What `spend import` did in all.
    fn spend_total_counts(&self, new: usize, unchanged: usize, skipped: usize) -> String;

    /// `--dry-run`: nothing was written.
    fn dry_run(&self) -> &'static str;

    /// A spend import that changed nothing.
    fn spend_nothing_new(&self) -> &'static str;

    /// A thread writing contract files stopped unexpectedly.
    fn writer_thread_failed(&self) -> &'static str;

    /// A workbook and the sheet read from it, in the contracts summary.
    fn file_with_sheet(&self, file: &str, sheet: &str) -> String;

    /// The first line of the `contracts import` summary.
    fn contracts_summary(
        &self,
        source: &str,
        count: usize,
        new: usize,
        unchanged: usize,
        updated: usize,
        skipped: usize,
    ) -> String;

    /// A contract `--dry-run` would create.
    fn would_create(&self, file: &str, title: &str) -> String;

    /// A contract `--dry-run` would update, and its fields.
    fn would_update(&self, file: &str, fields: &str) -> String;

    /// A contract the import created.
    fn created(&self, file: &str, title: &str) -> String;

    /// A contract the import updated, and its fields.
    fn updated(&self, file: &str, fields: &str) -> String;

    /// A contracts import that changed nothing.
    fn register_nothing_new(&self) -> &'static str;

    /// After a contracts import: what to run next.
    fn check_the_register(&self) -> &'static str;
}
