use crate::messages::{Commands, English};
use chrono::NaiveDate;

impl Commands for English {
    fn no_contract(&self, key: &str) -> String {
        format!("no contract `{key}` in the register")
    }

    fn did_you_mean(&self, close: &str) -> String {
        format!("did you mean `{close}`?")
    }

    fn see_keys_with_list(&self) -> &'static str {
        "see the keys with `avtal list`"
    }

    fn did_you_mean_or_list(&self, close: &str) -> String {
        format!("did you mean `{close}`? `avtal list` shows every contract")
    }

    fn list_shows_every_contract(&self) -> &'static str {
        "`avtal list` shows every contract"
    }

    fn file_not_folder(&self, path: &str) -> String {
        format!("{path} is a file, not a folder")
    }

    fn warning_prefix(&self) -> &'static str {
        "warning: "
    }

    fn columns_hidden(&self, count: usize, names: &str) -> String {
        if count == 1 {
            format!("{count} column hidden: {names} — show all with --wide")
        } else {
            format!("{count} columns hidden: {names} — show all with --wide")
        }
    }

    fn contract_label(&self) -> &'static str {
        "Contract"
    }

    fn title_label(&self) -> &'static str {
        "Title"
    }

    fn supplier_label(&self) -> &'static str {
        "Supplier"
    }

    fn annual_value_label(&self) -> &'static str {
        "Annual value"
    }

    fn effective_end_label(&self) -> &'static str {
        "Effective end"
    }

    fn controller_label(&self) -> &'static str {
        "Controller"
    }

    fn group_label(&self) -> &'static str {
        "Group"
    }

    fn register_exists(&self, dir: &str) -> String {
        format!("{dir} already has an avtal.toml")
    }

    fn register_exists_hint(&self) -> &'static str {
        "the register exists; add contracts with `avtal new`"
    }

    fn example_contract_title(&self) -> &'static str {
        "Example contract"
    }

    fn example_supplier(&self) -> &'static str {
        "Example Supplier AB"
    }

    fn register_created(&self, dir: &str) -> String {
        format!(
            "Created the register {dir} with avtal.toml and the example contract exempelavtal/.\nNext: avtal -C {dir} new KEY --title ... --supplier ... --start YYYY-MM-DD --end YYYY-MM-DD\n"
        )
    }

    fn invalid_key(&self, key: &str) -> String {
        format!("`{key}` is not a valid contract key")
    }

    fn invalid_key_hint(&self) -> &'static str {
        "use lower-case a-z, digits, `.`, `_` and `-`, starting with a letter or digit, e.g. skoladmin-2028"
    }

    fn end_before_start(&self, end: NaiveDate, start: NaiveDate) -> String {
        format!("--end {end} is before --start {start}")
    }

    fn contract_exists(&self, key: &str, folder: &str) -> String {
        format!("contract `{key}` already exists ({folder})")
    }

    fn contract_exists_hint(&self) -> &'static str {
        "choose another key, or edit the existing contract.toml"
    }

    fn new_contract_invalid(&self, problems: &str) -> String {
        format!("the new contract would not be valid: {problems}")
    }

    fn created_file(&self, path: &str) -> String {
        format!("Created {path}\n")
    }

    fn entry_needs_reference(&self, kind: &str) -> String {
        format!("a `{kind}` entry needs a reference")
    }

    fn add_reference_hint(&self) -> &'static str {
        "add --ref, e.g. --ref AV-1"
    }

    fn deviation_reference_taken(&self, key: &str, reference: &str) -> String {
        format!(
            "{key} already has a deviation `{reference}`; a deviation's reference must be unique"
        )
    }

    fn choose_another_reference(&self, refs: &str) -> String {
        format!("choose another reference; references in use: {refs}")
    }

    fn no_deviation_to_attach(&self, key: &str, reference: &str, kind: &str) -> String {
        format!("{key} has no deviation `{reference}` to attach this `{kind}` to")
    }

    fn register_deviation_first(&self, key: &str, reference: &str) -> String {
        format!("register the deviation first: avtal log {key} deviation --ref {reference}")
    }

    fn deviations_of(&self, key: &str, refs: &str) -> String {
        format!("deviations of {key}: {refs}")
    }

    fn action_needs_due(&self) -> &'static str {
        "an `action` entry needs a due date"
    }

    fn add_due_hint(&self) -> &'static str {
        "add --due YYYY-MM-DD"
    }

    fn due_only_for_action(&self, kind: &str) -> String {
        format!("--due is only used by `action` entries, not by `{kind}`")
    }

    fn change_needs_amount(&self) -> &'static str {
        "a `change` entry needs an amount"
    }

    fn change_amount_hint(&self) -> &'static str {
        "add --amount SEK, the net change, negative for a reduction, e.g. --amount 250000 or --amount -40000"
    }

    fn not_an_amount(&self, text: &str) -> String {
        format!("`{text}` is not an amount in SEK")
    }

    fn negative_amount_hint(&self) -> &'static str {
        "write a number with `.` or `,` for decimals, e.g. --amount -40000"
    }

    fn amount_hint(&self) -> &'static str {
        "write a number with `.` or `,` for decimals, e.g. --amount 25000 or --amount 1250.50"
    }

    fn entry_before_deviation(
        &self,
        kind: &str,
        date: NaiveDate,
        reference: &str,
        registered: NaiveDate,
    ) -> String {
        format!("`{kind}` dated {date} is before deviation {reference} ({registered})")
    }

    fn date_or_later_hint(&self, registered: NaiveDate) -> String {
        format!("give --date {registered} or later")
    }

    fn date_after_today(&self, date: NaiveDate, today: NaiveDate) -> String {
        format!("{date} is after today ({today}); the journal records what has happened")
    }

    fn date_after_today_hint(&self) -> &'static str {
        "check --date, or add --force to log that date anyway"
    }

    fn not_in_force_on(
        &self,
        key: &str,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    ) -> String {
        format!("{key} is not in force on {date} (term {start} – {end})")
    }

    fn not_in_force_hint(&self) -> &'static str {
        "check --date and the contract, or add --force to log it anyway"
    }

    fn unknown_entry_type(&self, text: &str) -> String {
        format!("unknown journal entry type `{text}`")
    }

    fn entry_types_are(&self, types: &str) -> String {
        format!("the types are: {types}")
    }

    fn log_header_unreadable(&self, error: &str) -> String {
        format!("cannot read the header: {error}")
    }

    fn log_header_missing(&self) -> &'static str {
        "the header row is missing"
    }

    fn log_unreadable(&self, error: &str) -> String {
        format!("cannot read the file: {error}")
    }

    fn nothing_changed(&self, file: &str, problem: &str) -> String {
        format!("{file}: {problem}; nothing was changed")
    }

    fn log_line_written(&self, line: usize, key: &str, row: &str) -> String {
        format!("Wrote line {line} of {key}/log.csv:\n{row}\n")
    }

    fn list_headers(&self) -> [&'static str; 10] {
        [
            "Contract",
            "Title",
            "Supplier",
            "Category",
            "Kind",
            "Term",
            "Effective end",
            "Annual value",
            "Kraljic",
            "Controller",
        ]
    }

    fn contract_count(&self, count: usize) -> String {
        format!("{count} contract(s)\n")
    }

    fn yes(&self) -> &'static str {
        "yes"
    }

    fn no(&self) -> &'static str {
        "no"
    }

    fn start_label(&self) -> &'static str {
        "Start"
    }

    fn initial_end_label(&self) -> &'static str {
        "End of initial term"
    }

    fn ended_early_label(&self) -> &'static str {
        "Ended early"
    }

    fn option_exercised(&self) -> &'static str {
        "exercised"
    }

    fn option_declined(&self) -> &'static str {
        "declined"
    }

    fn option_not_decided(&self) -> &'static str {
        "not decided"
    }

    fn option_terms(&self, months: u32, notice_months: u32, state: &str) -> String {
        format!(
            "extension of {months} months, notice at the latest {notice_months} months before the end — {state}"
        )
    }

    fn option_label(&self, number: usize) -> String {
        format!("Option {number}")
    }

    fn next_option_notice(&self, number: usize, deadline: NaiveDate) -> String {
        format!("option {number} — notice by {deadline}")
    }

    fn no_option_left(&self) -> &'static str {
        "no option left"
    }

    fn next_option_label(&self) -> &'static str {
        "Next option"
    }

    fn successor_label(&self) -> &'static str {
        "Successor"
    }

    fn business_critical_label(&self) -> &'static str {
        "Business-critical"
    }

    fn manual_priority_label(&self) -> &'static str {
        "Manual priority"
    }

    fn owner_label(&self) -> &'static str {
        "Owner"
    }

    fn partner_owner_label(&self) -> &'static str {
        "Partner owner"
    }

    fn keywords_label(&self) -> &'static str {
        "Keywords"
    }

    fn buyer_party(&self) -> &'static str {
        "buyer"
    }

    fn supplier_party(&self) -> &'static str {
        "supplier"
    }

    fn escalation_path(&self) -> &'static str {
        "escalation path"
    }

    fn contact_label(&self) -> &'static str {
        "Contact"
    }

    fn higher_is_better(&self) -> &'static str {
        "higher is better"
    }

    fn lower_is_better(&self) -> &'static str {
        "lower is better"
    }

    fn monthly(&self) -> &'static str {
        "monthly"
    }

    fn quarterly(&self) -> &'static str {
        "quarterly"
    }

    fn yearly(&self) -> &'static str {
        "yearly"
    }

    fn target_word(&self) -> &'static str {
        "target"
    }

    fn kpi_label(&self) -> &'static str {
        "KPI"
    }

    fn requirement_label(&self) -> &'static str {
        "Qualification requirement"
    }

    fn kpi_rows_label(&self) -> &'static str {
        "KPI rows"
    }

    fn journal_entries_label(&self) -> &'static str {
        "Journal entries"
    }

    fn spend_label(&self, year: i32) -> String {
        format!("Spend {year}")
    }

    fn spend_of_annual_value(&self, spend: &str, annual_value: &str) -> String {
        format!("{spend} of the annual value {annual_value}")
    }

    fn max_value_used(&self, spend: &str, max_value: &str, percent: &str) -> String {
        format!("{spend} of {max_value} ({percent} %)")
    }

    fn max_value_used_label(&self) -> &'static str {
        "Maximum value used"
    }

    fn error_label(&self) -> &'static str {
        "ERROR"
    }

    fn warning_label(&self) -> &'static str {
        "WARNING"
    }

    fn kpi_values_missing(&self, kpi: &str, periods: &str) -> String {
        format!("No values for KPI {kpi}, periods {periods}")
    }

    fn check_clean(&self, active: usize, today: NaiveDate) -> String {
        let active_word = if active == 1 { "contract" } else { "contracts" };
        format!("No findings: {active} active {active_word} checked on {today}.")
    }

    fn check_summary(
        &self,
        errors: usize,
        warnings: usize,
        contracts: usize,
        active: usize,
        today: NaiveDate,
    ) -> String {
        let errors_word = if errors == 1 { "error" } else { "errors" };
        let warnings_word = if warnings == 1 { "warning" } else { "warnings" };
        let active_word = if active == 1 { "contract" } else { "contracts" };
        format!(
            "{errors} {errors_word} and {warnings} {warnings_word} in {contracts} of {active} active {active_word}, checked on {today}."
        )
    }

    fn year_cannot_be_planned(&self, year: i32) -> String {
        format!("the year {year} cannot be planned")
    }

    fn plan_span_too_long(&self, from: NaiveDate, to: NaiveDate, max_years: i32) -> String {
        format!("{from} to {to} spans more than {max_years} years")
    }

    fn narrow_plan_hint(&self) -> &'static str {
        "narrow it with --year, --from or a smaller --within"
    }

    fn follow_up_plan(&self) -> &'static str {
        "Follow-up plan"
    }

    fn nothing_to_plan(&self, span: &str) -> String {
        format!("Nothing to plan in {span}.\n")
    }

    fn plan_headers(&self) -> [&'static str; 8] {
        [
            "Date",
            "Contract",
            "Supplier",
            "Activity",
            "Group",
            "Focus",
            "Controller",
            "Status",
        ]
    }

    fn workload_heading(&self) -> &'static str {
        "Workload: follow-up meetings per controller and month\n"
    }

    fn no_follow_up_meetings(&self) -> &'static str {
        "No follow-up meetings.\n"
    }

    fn total_label(&self) -> &'static str {
        "Total"
    }

    fn no_controller(&self) -> &'static str {
        "(no controller)"
    }

    fn priority_heading(&self, year: i32) -> String {
        format!("Priority groups {year}")
    }

    fn no_active_contracts(&self, year: i32) -> String {
        format!("No contracts are active in {year}.\n")
    }

    fn priority_headers(&self) -> [&'static str; 7] {
        [
            "Rank",
            "Group",
            "Contract",
            "Title",
            "Supplier",
            "Annual value",
            "Reason",
        ]
    }

    fn group_share(&self, group: usize, count: usize, share: usize) -> String {
        format!("group {group}: {count} ({share}\u{a0}%)")
    }

    fn priority_summary(&self, count: usize, year: i32, groups: &str) -> String {
        format!("{count} contracts active in {year} — {groups}")
    }

    fn not_a_percentage(&self, text: &str) -> String {
        format!("`{text}` is not a percentage; write the claimed increase as a number, e.g. 3.2")
    }

    fn no_index_clause(&self, key: &str) -> String {
        format!("contract `{key}` has no index clause")
    }

    fn add_index_clause_hint(&self, file: &str) -> String {
        format!("add [price_adjustment] with index and base to {file}")
    }

    fn no_adjustment_date(&self, on: NaiveDate, first: &str) -> String {
        format!("no adjustment date on or before {on}: the first is {first}")
    }

    fn claim_date_hint(&self) -> &'static str {
        "give the date the claim is for with --date YYYY-MM-DD"
    }

    fn claim_unverifiable(&self, date: NaiveDate, index: &str, months: &str) -> String {
        format!("the claim for {date} cannot be checked: index {index} has no value for {months}")
    }

    fn import_series_hint(&self, index: &str) -> String {
        format!("import the series: avtal index import FILE --series {index}")
    }

    fn claim_within(&self, claimed: &str, date: NaiveDate, allowed: &str) -> String {
        format!(
            "The claimed increase of {claimed} for {date} is within the index (allowed change {allowed})."
        )
    }

    fn claim_too_high(
        &self,
        claimed: &str,
        date: NaiveDate,
        points: &str,
        allowed: &str,
    ) -> String {
        format!(
            "The claimed increase of {claimed} for {date} is {points} percentage points too high (allowed change {allowed})."
        )
    }

    fn price_adjustment_heading(&self) -> &'static str {
        "Price adjustment"
    }

    fn no_adjustment_dates(&self) -> &'static str {
        "No adjustment dates within the term.\n"
    }

    fn calculation_heading(&self) -> &'static str {
        "\nCalculation:\n"
    }

    fn escalation_labels(&self) -> [&'static str; 5] {
        [
            "Responsible",
            "Input from",
            "Actions",
            "Inform",
            "Document in",
        ]
    }

    fn step_label(&self, step: u8, name: &str) -> String {
        format!("Step {step}: {name}")
    }

    fn contract_not_active_today(&self) -> &'static str {
        "The contract is not active today."
    }

    fn triggered_by(&self) -> &'static str {
        "Triggered by:"
    }

    fn contacts_label(&self) -> &'static str {
        "Contacts"
    }

    fn controller_role(&self) -> &'static str {
        "contract controller"
    }

    fn step_count(&self, step: u8, count: usize) -> String {
        format!("step {step}: {count}")
    }

    fn no_escalations(&self, today: NaiveDate) -> String {
        format!("No contracts on the escalation ladder on {today} (step 0).")
    }

    fn escalation_summary(&self, count: usize, today: NaiveDate, steps: &str) -> String {
        if count == 1 {
            format!(
                "{count} contract on step 1 or higher on {today} ({steps}). Step 4 (termination) is a decision and never computed."
            )
        } else {
            format!(
                "{count} contracts on step 1 or higher on {today} ({steps}). Step 4 (termination) is a decision and never computed."
            )
        }
    }

    fn no_controller_in_register(&self) -> &'static str {
        "no contract names a controller in [roles]"
    }

    fn controllers_in_register(&self, names: &str) -> String {
        format!("controllers in the register: {names}")
    }

    fn no_contract_with_controller(&self, name: &str) -> String {
        format!("no contract has the controller `{name}`")
    }

    fn mail_from_invalid(&self) -> &'static str {
        "--mail-from is not an e-mail address"
    }

    fn mail_from_hint(&self) -> &'static str {
        "for example --mail-from avtal@sjovik.example"
    }

    fn files_written(&self, count: usize, dir: &str) -> String {
        format!("Wrote {count} files in {dir}:\n")
    }

    fn no_recipient(&self) -> &'static str {
        " (no recipient: add the controller as a contact with party = \"buyer\" and email)"
    }

    fn not_xlsx(&self, path: &str) -> String {
        format!("{path} is not an .xlsx file")
    }

    fn name_output_xlsx_hint(&self) -> &'static str {
        "name the output FILE.xlsx"
    }

    fn wrote_to(&self, what: &str, path: &str) -> String {
        format!("Wrote the {what} to {path}\n")
    }

    fn followup_workbook_of(&self, key: &str) -> String {
        format!("follow-up workbook of {key}")
    }

    fn kpi_sheet_of(&self, year: i32, key: &str) -> String {
        format!("KPI sheet {year} of {key}")
    }

    fn no_kpis_to_report(&self, key: &str) -> String {
        format!("contract `{key}` has no KPIs to report")
    }

    fn add_kpis_hint(&self, file: &str) -> String {
        format!("add [[kpis]] to {file}")
    }

    fn year_out_of_range(&self, year: i32) -> String {
        format!("--year {year} is out of range")
    }

    fn year_range_hint(&self) -> &'static str {
        "give a year between 1900 and 9999, e.g. --year 2027"
    }

    fn site_written(&self, dir: &str, pages: usize) -> String {
        format!("Wrote the site to {dir}: {pages} pages.\n")
    }

    fn name_new_folder_hint(&self) -> &'static str {
        "name a new or empty folder with -o DIR"
    }

    fn folder_not_a_site(&self, dir: &str, marker: &str) -> String {
        format!(
            "{dir} is not empty and is not a site written by avtal (no {marker} file); nothing was changed"
        )
    }

    fn site_replaces_folder_hint(&self) -> &'static str {
        "name a new or empty folder; avtal site replaces the whole folder"
    }

    fn cannot_write_site(&self, dir: &str, error: &str) -> String {
        format!("cannot write the site to {dir}: {error}")
    }

    fn man_folder_hint(&self) -> &'static str {
        "`avtal man -o DIR` writes one page per command into DIR, e.g. -o man/man1"
    }
}
