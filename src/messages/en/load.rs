use crate::messages::{English, Load};
use chrono::NaiveDate;

impl Load for English {
    fn invalid_toml(&self, message: &str) -> String {
        format!("invalid TOML: {message}")
    }

    fn text_too_long(&self, name: &str, chars: usize, max: usize) -> String {
        format!("`{name}` is {chars} characters long; at most {max} are allowed")
    }

    fn text_too_long_hint(&self) -> &'static str {
        "a spreadsheet cell holds at most 32,767 characters: shorten the text or keep it in a document"
    }

    fn date_outside_years(&self, name: &str, datetime: &str, min: u16, max: u16) -> String {
        format!("`{name}` ({datetime}) is outside the years {min}–{max}")
    }

    fn date_range_hint(&self) -> &'static str {
        "write a date between 1900-01-01 and 9999-12-31"
    }

    fn unknown_key(&self, name: &str) -> String {
        format!("unknown key `{name}`")
    }

    fn unknown_key_in(&self, name: &str, within: &str) -> String {
        format!("unknown key `{name}` in {within}")
    }

    fn did_you_mean_name(&self, suggestion: &str) -> String {
        format!("did you mean `{suggestion}`?")
    }

    fn known_keys(&self, keys: &str) -> String {
        format!("known keys: {keys}")
    }

    fn missing_required_key(&self, key: &str) -> String {
        format!("missing required key `{key}`")
    }

    fn missing_required_key_in(&self, key: &str, within: &str) -> String {
        format!("missing required key `{key}` in {within}")
    }

    fn wrong_type(&self, key: &str, expected: &str, found: &str) -> String {
        format!("`{key}` must be {expected}, found {found}")
    }

    fn toml_string(&self) -> &'static str {
        "a string"
    }

    fn toml_integer(&self) -> &'static str {
        "an integer"
    }

    fn toml_float(&self) -> &'static str {
        "a float"
    }

    fn toml_boolean(&self) -> &'static str {
        "a boolean"
    }

    fn toml_date(&self) -> &'static str {
        "a date"
    }

    fn toml_array(&self) -> &'static str {
        "an array"
    }

    fn toml_table(&self) -> &'static str {
        "a table"
    }

    fn toml_true_or_false(&self) -> &'static str {
        "true or false"
    }

    fn toml_number(&self) -> &'static str {
        "a number"
    }

    fn toml_date_yyyy_mm_dd(&self) -> &'static str {
        "a date (YYYY-MM-DD)"
    }

    fn toml_array_of_strings(&self) -> &'static str {
        "an array of strings"
    }

    fn toml_array_of_integers(&self) -> &'static str {
        "an array of integers"
    }

    fn toml_array_of_tables(&self) -> &'static str {
        "an array of tables"
    }

    fn value_too_large(&self, key: &str) -> String {
        format!("`{key}` is too large")
    }

    fn toml_at_least(&self, minimum: i64) -> String {
        format!("at least {minimum}")
    }

    fn toml_between(&self, low: i64, high: i64) -> String {
        format!("between {low} and {high}")
    }

    fn out_of_range(&self, key: &str, bound: &str, number: i64) -> String {
        format!("`{key}` must be {bound}, found {number}")
    }

    fn not_finite(&self, key: &str) -> String {
        format!("`{key}` must be a finite number")
    }

    fn impossible_date(&self, key: &str, datetime: &str) -> String {
        format!("`{key}` is an impossible date: {datetime}")
    }

    fn date_with_time(&self, key: &str, datetime: &str) -> String {
        format!("`{key}` must be a date without time, found {datetime}")
    }

    fn local_date_hint(&self) -> &'static str {
        "write a local date such as 2024-03-01"
    }

    fn date_in_quotes(&self, key: &str) -> String {
        format!("`{key}` must be a TOML date, found a string")
    }

    fn remove_quotes_hint(&self, key: &str, text: &str) -> String {
        format!("remove the quotes: {key} = {text}")
    }

    fn english_value_hint(&self, value: &str) -> String {
        format!("write \"{value}\": the values are English words")
    }

    fn did_you_mean_value(&self, suggestion: &str) -> String {
        format!("did you mean \"{suggestion}\"?")
    }

    fn use_one_of_values(&self, values: &str) -> String {
        format!("use one of {values}")
    }

    fn unknown_choice(&self, key: &str, text: &str) -> String {
        format!("unknown {key} \"{text}\"")
    }

    fn only_strings(&self, key: &str, found: &str) -> String {
        format!("`{key}` must contain only strings, found {found}")
    }

    fn array_number_too_large(&self, key: &str) -> String {
        format!("`{key}`: number too large")
    }

    fn only_integers(&self, key: &str, found: &str) -> String {
        format!("`{key}` must contain only integers, found {found}")
    }

    fn only_tables(&self, key: &str, found: &str) -> String {
        format!("`{key}` must contain only tables, found {found}")
    }

    fn contract_empty(&self) -> &'static str {
        "contract.toml is empty"
    }

    fn contract_empty_hint(&self) -> &'static str {
        "a contract needs at least title, start, end and [supplier] name; `avtal new` writes a template"
    }

    fn not_negative(&self, key: &str) -> String {
        format!("`{key}` must be 0 or more")
    }

    fn successor_is_itself(&self) -> &'static str {
        "`successor` names the contract itself"
    }

    fn successor_hint(&self) -> &'static str {
        "the successor must be the folder name of another contract in this register"
    }

    fn successor_unknown(&self, name: &str) -> String {
        format!("`successor` names no contract: `{name}`")
    }

    fn load_end_before_start(&self, end: NaiveDate, start: NaiveDate) -> String {
        format!("`end` ({end}) is before `start` ({start})")
    }

    fn terminated_before_start(&self, terminated: NaiveDate, start: NaiveDate) -> String {
        format!("`terminated` ({terminated}) is before `start` ({start})")
    }

    fn call_off_not_framework(&self) -> &'static str {
        "`call_off` applies only to a framework agreement"
    }

    fn call_off_hint(&self) -> &'static str {
        "set kind = \"framework\", or remove `call_off`"
    }

    fn contract_incomplete(&self) -> &'static str {
        "contract.toml is incomplete"
    }

    fn missing_supplier(&self) -> &'static str {
        "missing required table [supplier]"
    }

    fn missing_supplier_hint(&self) -> &'static str {
        "add [supplier] with name = \"...\""
    }

    fn both_suppliers(&self) -> &'static str {
        "both [supplier] and [[suppliers]]"
    }

    fn both_suppliers_hint(&self) -> &'static str {
        "use [supplier] for one supplier or [[suppliers]] for several, not both"
    }

    fn no_suppliers(&self) -> &'static str {
        "[[suppliers]] lists no supplier"
    }

    fn rank_too_small(&self, rank: i64) -> String {
        format!("`rank` must be 1 or more (1 is the first in the ranking order), found {rank}")
    }

    fn duplicate_rank(&self, rank: u32) -> String {
        format!("duplicate supplier rank {rank}")
    }

    fn duplicate_org_no(&self, org_no: &str) -> String {
        format!("duplicate supplier org_no {org_no}")
    }

    fn invalid_supplier_org_no(&self, text: &str, problem: &str) -> String {
        format!("invalid organisation number \"{text}\": {problem}")
    }

    fn org_no_hint(&self) -> &'static str {
        "write it as NNNNNN-NNNN, e.g. 556677-8899; the last digit is a Luhn check digit"
    }

    fn org_no_shape_problem(&self) -> &'static str {
        "expected ten digits as NNNNNN-NNNN"
    }

    fn org_no_check_digit_problem(&self) -> &'static str {
        "the check digit is wrong"
    }

    fn option_exercised_and_declined(&self, number: usize) -> String {
        format!("option {number} is both exercised and declined")
    }

    fn option_exercised_and_declined_hint(&self) -> &'static str {
        "set only one of `exercised` and `declined`"
    }

    fn option_out_of_order(&self, number: usize, earlier: usize, state: &str) -> String {
        format!("option {number} is exercised but option {earlier} before it was {state}")
    }

    fn load_option_declined(&self) -> &'static str {
        "declined"
    }

    fn option_not_exercised(&self) -> &'static str {
        "not exercised"
    }

    fn option_order_hint(&self) -> &'static str {
        "options are used in order: exercise the earlier option first, or mark this one not exercised"
    }

    fn invalid_kpi_id(&self, id: &str) -> String {
        format!("invalid KPI id \"{id}\"")
    }

    fn kpi_id_hint(&self) -> &'static str {
        "use lower-case letters a-z, digits, `_` and `-`, e.g. \"leveransprecision\""
    }

    fn duplicate_kpi_id(&self, id: &str) -> String {
        format!("duplicate KPI id \"{id}\"")
    }

    fn months_not_monthly(&self, frequency: &str) -> String {
        format!("`months` applies only to a monthly KPI, this one is {frequency}")
    }

    fn months_not_monthly_hint(&self) -> &'static str {
        "remove `months`, or set frequency = \"monthly\""
    }

    fn months_out_of_range(&self, bad: i64) -> String {
        format!("`months` must be between 1 and 12, found {bad}")
    }

    fn months_empty(&self) -> &'static str {
        "`months` is empty: leave it out to report every month"
    }

    fn option_past_9999(&self, number: usize, end: NaiveDate, months: i64) -> String {
        format!(
            "option {number} would end the contract after 9999-12-31 ({end} plus {months} months of options)"
        )
    }

    fn option_past_9999_hint(&self) -> &'static str {
        "check `end` and the options' `months`"
    }

    fn shares_sum(&self, sum: u32) -> String {
        format!("`shares` must sum to 100, found {sum}")
    }

    fn three_values(&self, key: &str, found: usize) -> String {
        format!("`{key}` must have three values, one per priority group, found {found}")
    }

    fn values_at_least(&self, key: &str, minimum: i64) -> String {
        format!("`{key}` values must be at least {minimum}")
    }

    fn escalation_step_twice(&self, step: i64) -> String {
        format!("escalation step {step} is defined twice")
    }

    fn quote_not_closed(&self) -> &'static str {
        "a quoted field is never closed (missing `\"`)"
    }

    fn text_after_quote(&self) -> &'static str {
        "unexpected text after a closing quote"
    }

    fn wrong_csv_header(&self, expected: &str) -> String {
        format!("missing or wrong header; the first line must be `{expected}`")
    }

    fn csv_header_hint(&self, expected: &str) -> String {
        format!("add the header line `{expected}` at the top of the file")
    }

    fn empty_csv_file(&self, expected: &str) -> String {
        format!("empty file; the first line must be `{expected}`")
    }

    fn empty_csv_file_hint(&self) -> &'static str {
        "delete the file if there is nothing to record, or add the header line"
    }

    fn csv_field_count(&self, expected: usize, header: &str, found: usize) -> String {
        format!("expected {expected} fields ({header}), found {found}")
    }

    fn invalid_register_csv(&self, message: &str) -> String {
        format!("invalid CSV: {message}")
    }

    fn invalid_index_month(&self, text: &str) -> String {
        format!("invalid month `{text}`")
    }

    fn month_hint(&self) -> &'static str {
        "write the month as YYYY-MM, e.g. 2024-01"
    }

    fn duplicate_month(&self, period: &str, first: u32) -> String {
        format!("duplicate month {period} (first on line {first})")
    }

    fn one_row_per_month(&self) -> &'static str {
        "keep one row per month"
    }

    fn month_not_sorted(&self, period: &str, latest: &str) -> String {
        format!("month {period} comes after {latest}: the rows are not sorted")
    }

    fn sort_months_hint(&self) -> &'static str {
        "sort the rows by month (`avtal index import` writes them sorted)"
    }

    fn index_not_positive(&self, value: &str) -> String {
        format!("index value `{value}` must be greater than 0")
    }

    fn index_positive_hint(&self) -> &'static str {
        "an index value is a positive number such as 412.34"
    }

    fn index_not_number(&self, value: &str) -> String {
        format!("index value `{value}` is not a number")
    }

    fn index_number_hint(&self) -> &'static str {
        "write a number with a decimal point, e.g. 412.34"
    }

    fn invalid_series_name(&self, name: &str) -> String {
        format!("`{name}` is not a valid series name")
    }

    fn series_name_hint(&self) -> &'static str {
        "use letters a-z, A-Z, digits, `.`, `_` and `-`, e.g. KPI.csv"
    }

    fn invalid_kpi_period(&self, text: &str) -> String {
        format!("invalid period `{text}`")
    }

    fn period_hint(&self) -> &'static str {
        "write YYYY-MM for a monthly KPI, YYYY-Qn for a quarterly one, YYYY for a yearly one"
    }

    fn no_kpis_defined(&self) -> &'static str {
        "the contract defines no [[kpis]]"
    }

    fn kpis_are(&self, ids: &str) -> String {
        format!("the contract's KPIs are: {ids}")
    }

    fn unknown_kpi_in_csv(&self, text: &str) -> String {
        format!("unknown KPI `{text}`")
    }

    fn period_frequency_mismatch(&self, period: &str, kpi: &str, frequency: &str) -> String {
        format!("period `{period}` does not match KPI `{kpi}`, which is reported {frequency}")
    }

    fn reported_monthly(&self) -> &'static str {
        "monthly"
    }

    fn reported_quarterly(&self) -> &'static str {
        "quarterly"
    }

    fn reported_yearly(&self) -> &'static str {
        "yearly"
    }

    fn month_period_form(&self) -> &'static str {
        "YYYY-MM"
    }

    fn quarter_period_form(&self) -> &'static str {
        "YYYY-Qn"
    }

    fn year_period_form(&self) -> &'static str {
        "YYYY"
    }

    fn period_form_hint(&self, form: &str) -> String {
        format!("write the period as {form}")
    }

    fn period_outside_season(&self, period: &str, kpi: &str, months: &str) -> String {
        format!("period `{period}` is outside the months of seasonal KPI `{kpi}` ({months})")
    }

    fn season_hint(&self) -> &'static str {
        "remove the row, or add the month to the KPI's `months` in contract.toml"
    }

    fn decimal_point_hint(&self) -> &'static str {
        "use a decimal point, e.g. 93.5"
    }

    fn kpi_number_hint(&self) -> &'static str {
        "write a number such as 93.5"
    }

    fn kpi_value_not_number(&self, value: &str) -> String {
        format!("value `{value}` is not a number")
    }

    fn duplicate_kpi_row(&self, period: &str, kpi: &str, first: u32) -> String {
        format!("duplicate row for period {period} and KPI `{kpi}` (first on line {first})")
    }

    fn one_row_per_period_hint(&self) -> &'static str {
        "keep one row per period and KPI"
    }

    fn invalid_log_date(&self, text: &str) -> String {
        format!("invalid date `{text}`")
    }

    fn date_example_hint(&self) -> &'static str {
        "write dates as YYYY-MM-DD, e.g. 2026-03-01"
    }

    fn use_one_of_types(&self, names: &str) -> String {
        format!("use one of: {names}")
    }

    fn load_unknown_entry_type(&self, text: &str) -> String {
        format!("unknown type `{text}`")
    }

    fn invalid_due_date(&self, text: &str) -> String {
        format!("invalid due date `{text}`")
    }

    fn log_date_format_hint(&self) -> &'static str {
        "write dates as YYYY-MM-DD"
    }

    fn log_amount_not_number(&self, text: &str) -> String {
        format!("amount `{text}` is not a number")
    }

    fn log_amount_hint(&self) -> &'static str {
        "write SEK as a plain number, e.g. 25000 or 12500.50"
    }

    fn entry_needs_ref(&self, name: &str) -> String {
        format!("a `{name}` entry needs a `ref`")
    }

    fn deviation_ref_hint(&self) -> &'static str {
        "give the deviation an id such as AV-1 and use it on its actions and resolution"
    }

    fn deviation_registered_twice(&self, reference: &str, first: u32) -> String {
        format!("deviation `{reference}` is already registered on line {first}")
    }

    fn own_ref_hint(&self) -> &'static str {
        "each deviation needs its own ref"
    }

    fn deviation_not_registered(&self, name: &str, reference: &str) -> String {
        format!("`{name}` refers to deviation `{reference}`, which is not registered")
    }

    fn register_deviation_first_hint(&self) -> &'static str {
        "register the deviation first: a `deviation` row with this ref"
    }

    fn load_action_needs_due(&self) -> &'static str {
        "an `action` entry needs a `due` date"
    }

    fn action_due_hint(&self) -> &'static str {
        "set the date the action must be done by, YYYY-MM-DD"
    }

    fn load_change_needs_amount(&self) -> &'static str {
        "a `change` entry needs an `amount`"
    }

    fn load_change_amount_hint(&self) -> &'static str {
        "the net change in SEK, negative for a reduction, e.g. 250000 or -40000"
    }

    fn invalid_index_name(&self, name: &str) -> String {
        format!("`index` is not a valid series name: \"{name}\"")
    }

    fn index_name_hint(&self) -> &'static str {
        "name the series like its file in index/, e.g. index = \"KPI\" for index/KPI.csv"
    }

    fn base_not_month(&self, text: &str) -> String {
        format!("`base` must be a month YYYY-MM, found \"{text}\"")
    }

    fn base_hint(&self) -> &'static str {
        "write the base index month, e.g. base = \"2024-01\""
    }

    fn share_out_of_range(&self, share: f64) -> String {
        format!("`share` must be more than 0 and at most 1, found {share}")
    }

    fn share_hint(&self) -> &'static str {
        "the indexed share of the price, e.g. share = 0.8 for 80 %"
    }

    fn min_change_negative(&self, value: f64) -> String {
        format!("`min_change_percent` must be 0 or more, found {value}")
    }

    fn load_import_series_hint(&self, name: &str) -> String {
        format!("import the series first: avtal index import FILE --series {name}")
    }

    fn series_are_hint(&self, folder: &str, known: &str, name: &str) -> String {
        format!(
            "the series in {folder}/ are: {known}; or import it: avtal index import FILE --series {name}"
        )
    }

    fn no_such_series(&self, folder: &str, name: &str) -> String {
        format!("`index` names no series: there is no file {folder}/{name}.csv")
    }

    fn spend_file_name(&self) -> &'static str {
        "a spend file must be named after its year, like `2026.csv`"
    }

    fn spend_file_hint(&self) -> &'static str {
        "rename the file, or move it out of spend/"
    }

    fn date_not_in_year(&self, date: NaiveDate, year: i32) -> String {
        format!("the date {date} is not in {year}, the year of this file")
    }

    fn move_row_hint(&self, year: i32) -> String {
        format!("move the row to spend/{year}.csv, or correct the date")
    }

    fn invalid_spend_date(&self, text: &str) -> String {
        format!("`{text}` is not a valid date (YYYY-MM-DD)")
    }

    fn org_no_written(&self, org_no: &str, normal: &str) -> String {
        format!("org_no `{org_no}` must be written `{normal}`")
    }

    fn invalid_spend_org_no(&self, org_no: &str, reason: &str) -> String {
        format!("`{org_no}` is not a valid organisation number: {reason}")
    }

    fn invalid_spend_amount(&self, text: &str) -> String {
        format!("`{text}` is not an amount in SEK with `.` as decimal point")
    }

    fn reserved_folder(&self, name: &str) -> String {
        format!("the folder name `{name}` is reserved and cannot be a contract")
    }

    fn reserved_folder_hint(&self) -> &'static str {
        "`index/` holds price index series and `spend/` accounts-payable rows; give the contract another key"
    }

    fn invalid_folder_key(&self, name: &str) -> String {
        format!("folder name `{name}` is not a valid contract key")
    }

    fn folder_key_hint(&self) -> &'static str {
        "rename it using lower-case a-z, digits, `.`, `_` and `-`, starting with a letter or digit (or prefix it with `_` to make avtal ignore it)"
    }

    fn cannot_read_file(&self, error: &str) -> String {
        format!("cannot read the file: {error}")
    }

    fn file_not_utf8(&self) -> &'static str {
        "the file is not valid UTF-8"
    }

    fn utf8_hint(&self) -> &'static str {
        "save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in an editor: encoding UTF-8)"
    }

    fn option_control_character(&self, option: &str, character: &str) -> String {
        format!("{option} contains the control character {character}")
    }

    fn line_break_character(&self) -> &'static str {
        "␊ (a line break)"
    }

    fn tab_character(&self) -> &'static str {
        "␉ (a tab)"
    }

    fn control_character_hint(&self) -> &'static str {
        "remove it; line breaks and control characters are not allowed here"
    }

    fn option_too_long(&self, option: &str, max: usize) -> String {
        format!("{option} is longer than {max} characters")
    }

    fn option_date_outside_years(
        &self,
        option: &str,
        date: NaiveDate,
        min: u16,
        max: u16,
    ) -> String {
        format!("{option} {date} is outside the years {min}–{max}")
    }

    fn invalid_date_argument(&self, text: &str) -> String {
        format!("`{text}` is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-22")
    }

    fn register_folder_missing(&self, path: &str) -> String {
        format!("register folder {path} does not exist")
    }

    fn register_folder_missing_hint(&self) -> &'static str {
        "check --register / AVTAL_REGISTER, or create one with `avtal init DIR`"
    }

    fn no_register(&self) -> &'static str {
        "no register found: no avtal.toml here, in any parent folder, or in ./contracts"
    }

    fn no_register_hint(&self) -> &'static str {
        "pass --register DIR (or set AVTAL_REGISTER), or create a register with `avtal init DIR`"
    }

    fn needs_output_file(&self, what: &str) -> String {
        format!("{what} needs an output file")
    }

    fn needs_output_file_hint(&self) -> &'static str {
        "add -o FILE"
    }

    fn cannot_write_output(&self, error: &str) -> String {
        format!("cannot write output: {error}")
    }

    fn is_a_folder(&self, path: &str) -> String {
        format!("{path} is a folder, not a file")
    }

    fn is_a_folder_hint(&self) -> &'static str {
        "give a file name, e.g. -o plan.csv"
    }

    fn symlink_loop(&self) -> &'static str {
        "too many levels of symbolic links"
    }

    fn output_folder_missing(&self) -> &'static str {
        "the folder does not exist"
    }

    fn output_permission_denied(&self) -> &'static str {
        "permission denied"
    }

    fn locked_by(&self, path: &str, holder: &str) -> String {
        format!("{path} is locked by {holder}")
    }

    fn lock_holder_pid(&self, pid: u32) -> String {
        format!("another avtal process (pid {pid})")
    }

    fn lock_holder(&self) -> &'static str {
        "another avtal process"
    }

    fn lock_hint(&self) -> &'static str {
        "wait for it to finish and try again"
    }

    fn errors_not_shown(&self, rest: usize, per_file: usize, all: usize) -> String {
        format!(
            "error: … and {rest} more error(s) not shown (at most {per_file} per file and {all} in all; `avtal check --format json` lists every one)"
        )
    }

    fn problems_found(&self, count: usize) -> String {
        format!("error: {count} problem(s) found in the register")
    }

    fn register_errors(&self, count: usize) -> String {
        format!("{count} error(s) in the register")
    }
}
