//! Messages of the subcommands: what `init`, `new`, `log`, `list`, `show`, … print, and their errors.

use chrono::NaiveDate;

/// Messages of the subcommands: what `init`, `new`, `log`, `list`, `show`, … print, and their errors.
pub trait Commands {
    /// No contract with this key in the register.
    fn no_contract(&self, key: &str) -> String;
    /// Hint: the closest known name.
    fn did_you_mean(&self, close: &str) -> String;
    /// Hint: where the contract keys are listed.
    fn see_keys_with_list(&self) -> &'static str;
    /// Hint of `show`: the closest key, and where every key is.
    fn did_you_mean_or_list(&self, close: &str) -> String;
    /// Hint of `show`: where every key is.
    fn list_shows_every_contract(&self) -> &'static str;
    /// An output folder that is a file.
    fn file_not_folder(&self, path: &str) -> String;
    /// The prefix of a warning line in a table's footer.
    fn warning_prefix(&self) -> &'static str;
    /// Under a table fitted to the terminal: the columns left out.
    fn columns_hidden(&self, count: usize, names: &str) -> String;
    /// Column or field: the contract.
    fn contract_label(&self) -> &'static str;
    /// Column: the contract's title.
    fn title_label(&self) -> &'static str;
    /// Column: the supplier.
    fn supplier_label(&self) -> &'static str;
    /// Column or field: the annual value.
    fn annual_value_label(&self) -> &'static str;
    /// Column or field: the last day in force.
    fn effective_end_label(&self) -> &'static str;
    /// Column or field: the contract controller.
    fn controller_label(&self) -> &'static str;
    /// Column: the priority group.
    fn group_label(&self) -> &'static str;
    /// `init` into a folder that already has a register.
    fn register_exists(&self, dir: &str) -> String;
    /// Hint when the register exists.
    fn register_exists_hint(&self) -> &'static str;
    /// The title of the example contract of a new register.
    fn example_contract_title(&self) -> &'static str;
    /// The supplier of the example contract of a new register.
    fn example_supplier(&self) -> &'static str;
    /// What `init` created, and the next step.
    fn register_created(&self, dir: &str) -> String;
    /// A contract key that is not a valid folder name.
    fn invalid_key(&self, key: &str) -> String;
    /// How a contract key is written.
    fn invalid_key_hint(&self) -> &'static str;
    /// `--end` before `--start`.
    fn end_before_start(&self, end: NaiveDate, start: NaiveDate) -> String;
    /// `new` with a key already in use.
    fn contract_exists(&self, key: &str, folder: &str) -> String;
    /// Hint when the key is in use.
    fn contract_exists_hint(&self) -> &'static str;
    /// The options would make a contract the loader rejects.
    fn new_contract_invalid(&self, problems: &str) -> String;
    /// What `new` created.
    fn created_file(&self, path: &str) -> String;
    /// A journal entry type that needs `--ref`.
    fn entry_needs_reference(&self, kind: &str) -> String;
    /// Hint: how to give the reference.
    fn add_reference_hint(&self) -> &'static str;
    /// A second deviation with the same reference.
    fn deviation_reference_taken(&self, key: &str, reference: &str) -> String;
    /// Hint: the references in use.
    fn choose_another_reference(&self, refs: &str) -> String;
    /// An action or resolution for a deviation that is not in the journal.
    fn no_deviation_to_attach(&self, key: &str, reference: &str, kind: &str) -> String;
    /// Hint: log the deviation before its action.
    fn register_deviation_first(&self, key: &str, reference: &str) -> String;
    /// Hint: the deviations of the contract.
    fn deviations_of(&self, key: &str, refs: &str) -> String;
    /// An action without `--due`.
    fn action_needs_due(&self) -> &'static str;
    /// Hint: how to give the due date.
    fn add_due_hint(&self) -> &'static str;
    /// `--due` on an entry that is not an action.
    fn due_only_for_action(&self, kind: &str) -> String;
    /// A change without `--amount`.
    fn change_needs_amount(&self) -> &'static str;
    /// Hint: how a change's amount is written.
    fn change_amount_hint(&self) -> &'static str;
    /// An `--amount` that is not a number of kronor.
    fn not_an_amount(&self, text: &str) -> String;
    /// Hint: how a reduction is written.
    fn negative_amount_hint(&self) -> &'static str;
    /// Hint: how an amount is written.
    fn amount_hint(&self) -> &'static str;
    /// An action or resolution dated before its deviation.
    fn entry_before_deviation(
        &self,
        kind: &str,
        date: NaiveDate,
        reference: &str,
        registered: NaiveDate,
    ) -> String;
    /// Hint: the earliest date allowed.
    fn date_or_later_hint(&self, registered: NaiveDate) -> String;
    /// A journal entry dated after today.
    fn date_after_today(&self, date: NaiveDate, today: NaiveDate) -> String;
    /// Hint: check the date or force it.
    fn date_after_today_hint(&self) -> &'static str;
    /// A journal entry outside the contract's term.
    fn not_in_force_on(
        &self,
        key: &str,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    ) -> String;
    /// Hint: check the date or force it.
    fn not_in_force_hint(&self) -> &'static str;
    /// A journal entry type avtal does not know.
    fn unknown_entry_type(&self, text: &str) -> String;
    /// Hint: the journal entry types.
    fn entry_types_are(&self, types: &str) -> String;
    /// `log.csv` whose header cannot be read.
    fn log_header_unreadable(&self, error: &str) -> String;
    /// `log.csv` without a header row.
    fn log_header_missing(&self) -> &'static str;
    /// `log.csv` that cannot be read.
    fn log_unreadable(&self, error: &str) -> String;
    /// A file that was left as it was because of a problem.
    fn nothing_changed(&self, file: &str, problem: &str) -> String;
    /// What `log` wrote, and where.
    fn log_line_written(&self, line: usize, key: &str, row: &str) -> String;
    /// The columns of `list` (Kraljic is a name).
    fn list_headers(&self) -> [&'static str; 10];
    /// The line under `list`.
    fn contract_count(&self, count: usize) -> String;
    /// A flag that is set.
    fn yes(&self) -> &'static str;
    /// A flag that is not set.
    fn no(&self) -> &'static str;
    /// Field: the start of the contract.
    fn start_label(&self) -> &'static str;
    /// Field: the end of the initial term.
    fn initial_end_label(&self) -> &'static str;
    /// Field: the day a terminated contract ended.
    fn ended_early_label(&self) -> &'static str;
    /// An option that was used.
    fn option_exercised(&self) -> &'static str;
    /// An option that was declined.
    fn option_declined(&self) -> &'static str;
    /// An option not yet decided.
    fn option_not_decided(&self) -> &'static str;
    /// An extension option: its length, notice and state.
    fn option_terms(&self, months: u32, notice_months: u32, state: &str) -> String;
    /// Field: the option with this number.
    fn option_label(&self, number: usize) -> String;
    /// The next option and its notice deadline.
    fn next_option_notice(&self, number: usize, deadline: NaiveDate) -> String;
    /// No option is left to decide.
    fn no_option_left(&self) -> &'static str;
    /// Field: the next option.
    fn next_option_label(&self) -> &'static str;
    /// Field: the contract that replaces this one.
    fn successor_label(&self) -> &'static str;
    /// Field: business-critical.
    fn business_critical_label(&self) -> &'static str;
    /// Field: a priority group set by hand.
    fn manual_priority_label(&self) -> &'static str;
    /// Field: the contract owner in the organisation.
    fn owner_label(&self) -> &'static str;
    /// Field: the partner owner.
    fn partner_owner_label(&self) -> &'static str;
    /// Field: the keywords.
    fn keywords_label(&self) -> &'static str;
    /// A contact of the buyer's side.
    fn buyer_party(&self) -> &'static str;
    /// A contact of the supplier's side.
    fn supplier_party(&self) -> &'static str;
    /// A contact on the escalation path.
    fn escalation_path(&self) -> &'static str;
    /// Field: a contact.
    fn contact_label(&self) -> &'static str;
    /// A KPI whose higher values are better.
    fn higher_is_better(&self) -> &'static str;
    /// A KPI whose lower values are better.
    fn lower_is_better(&self) -> &'static str;
    /// Reported every month.
    fn monthly(&self) -> &'static str;
    /// Reported every quarter.
    fn quarterly(&self) -> &'static str;
    /// Reported every year.
    fn yearly(&self) -> &'static str;
    /// Before a KPI's target value.
    fn target_word(&self) -> &'static str;
    /// Field: a KPI.
    fn kpi_label(&self) -> &'static str;
    /// Field: a qualification requirement.
    fn requirement_label(&self) -> &'static str;
    /// Field: the number of KPI values.
    fn kpi_rows_label(&self) -> &'static str;
    /// Field: the number of journal entries.
    fn journal_entries_label(&self) -> &'static str;
    /// Field: the spend of a year.
    fn spend_label(&self, year: i32) -> String;
    /// A year's spend against the annual value.
    fn spend_of_annual_value(&self, spend: &str, annual_value: &str) -> String;
    /// The spend to date against the maximum value.
    fn max_value_used(&self, spend: &str, max_value: &str, percent: &str) -> String;
    /// Field: the share of the maximum value used.
    fn max_value_used_label(&self) -> &'static str;
    /// The severity column of an error.
    fn error_label(&self) -> &'static str;
    /// The severity column of a warning.
    fn warning_label(&self) -> &'static str;
    /// Several missing periods of one KPI, on one line.
    fn kpi_values_missing(&self, kpi: &str, periods: &str) -> String;
    /// `check` found nothing.
    fn check_clean(&self, active: usize, today: NaiveDate) -> String;
    /// What `check` found, and in how many contracts.
    fn check_summary(
        &self,
        errors: usize,
        warnings: usize,
        contracts: usize,
        active: usize,
        today: NaiveDate,
    ) -> String;
    /// A year outside the calendar.
    fn year_cannot_be_planned(&self, year: i32) -> String;
    /// A plan over too many years.
    fn plan_span_too_long(&self, from: NaiveDate, to: NaiveDate, max_years: i32) -> String;
    /// Hint: how to plan a shorter span.
    fn narrow_plan_hint(&self) -> &'static str;
    /// The heading of the plan.
    fn follow_up_plan(&self) -> &'static str;
    /// A plan without items.
    fn nothing_to_plan(&self, span: &str) -> String;
    /// The columns of the plan table.
    fn plan_headers(&self) -> [&'static str; 8];
    /// The heading of the workload table.
    fn workload_heading(&self) -> &'static str;
    /// A workload table without meetings.
    fn no_follow_up_meetings(&self) -> &'static str;
    /// The row and column of totals.
    fn total_label(&self) -> &'static str;
    /// Contracts without a controller.
    fn no_controller(&self) -> &'static str;
    /// The heading of `priority`.
    fn priority_heading(&self, year: i32) -> String;
    /// No contract is active in the year.
    fn no_active_contracts(&self, year: i32) -> String;
    /// The columns of `priority`.
    fn priority_headers(&self) -> [&'static str; 7];
    /// One priority group's count and share.
    fn group_share(&self, group: usize, count: usize, share: usize) -> String;
    /// The line under `priority`.
    fn priority_summary(&self, count: usize, year: i32, groups: &str) -> String;
    /// A `--claim` that is not a number.
    fn not_a_percentage(&self, text: &str) -> String;
    /// `price` for a contract without an index clause.
    fn no_index_clause(&self, key: &str) -> String;
    /// Hint: where the index clause goes.
    fn add_index_clause_hint(&self, file: &str) -> String;
    /// A claim dated before the first adjustment date.
    fn no_adjustment_date(&self, on: NaiveDate, first: &str) -> String;
    /// Hint: how to date the claim.
    fn claim_date_hint(&self) -> &'static str;
    /// A claim whose index values are missing.
    fn claim_unverifiable(&self, date: NaiveDate, index: &str, months: &str) -> String;
    /// Hint: how to import the index series.
    fn import_series_hint(&self, index: &str) -> String;
    /// A claim the index allows.
    fn claim_within(&self, claimed: &str, date: NaiveDate, allowed: &str) -> String;
    /// A claim above what the index allows.
    fn claim_too_high(&self, claimed: &str, date: NaiveDate, points: &str, allowed: &str)
    -> String;
    /// The heading of `price`.
    fn price_adjustment_heading(&self) -> &'static str;
    /// An index clause without dates in the term.
    fn no_adjustment_dates(&self) -> &'static str;
    /// The heading of the formulas.
    fn calculation_heading(&self) -> &'static str;
    /// The fields of an escalation step: responsible, input, actions, inform, document.
    fn escalation_labels(&self) -> [&'static str; 5];
    /// The escalation step of a contract.
    fn step_label(&self, step: u8, name: &str) -> String;
    /// An escalated contract that is not active.
    fn contract_not_active_today(&self) -> &'static str;
    /// Before the triggers of a step.
    fn triggered_by(&self) -> &'static str;
    /// Field: the people to contact.
    fn contacts_label(&self) -> &'static str;
    /// The controller's role among the contacts.
    fn controller_role(&self) -> &'static str;
    /// How many contracts are on a step.
    fn step_count(&self, step: u8, count: usize) -> String;
    /// No contract is escalated.
    fn no_escalations(&self, today: NaiveDate) -> String;
    /// How many contracts are escalated, per step.
    fn escalation_summary(&self, count: usize, today: NaiveDate, steps: &str) -> String;
    /// Hint: no contract names a controller.
    fn no_controller_in_register(&self) -> &'static str;
    /// Hint: the controllers of the register.
    fn controllers_in_register(&self, names: &str) -> String;
    /// `--controller` naming nobody in the register.
    fn no_contract_with_controller(&self, name: &str) -> String;
    /// A `--mail-from` that is not an address.
    fn mail_from_invalid(&self) -> &'static str;
    /// Hint: an example sender address.
    fn mail_from_hint(&self) -> &'static str;
    /// What `digest` wrote, and where.
    fn files_written(&self, count: usize, dir: &str) -> String;
    /// After a message without a recipient: how to add one.
    fn no_recipient(&self) -> &'static str;
    /// A workbook output without `.xlsx`.
    fn not_xlsx(&self, path: &str) -> String;
    /// Hint: how to name the workbook.
    fn name_output_xlsx_hint(&self) -> &'static str;
    /// What an export wrote, and where.
    fn wrote_to(&self, what: &str, path: &str) -> String;
    /// What `export followup` wrote.
    fn followup_workbook_of(&self, key: &str) -> String;
    /// What `export kpi-sheet` wrote.
    fn kpi_sheet_of(&self, year: i32, key: &str) -> String;
    /// A KPI sheet for a contract without KPIs.
    fn no_kpis_to_report(&self, key: &str) -> String;
    /// Hint: where the KPIs go.
    fn add_kpis_hint(&self, file: &str) -> String;
    /// A `--year` outside 1900–9999.
    fn year_out_of_range(&self, year: i32) -> String;
    /// Hint: the years allowed.
    fn year_range_hint(&self) -> &'static str;
    /// What `site` wrote, and where.
    fn site_written(&self, dir: &str, pages: usize) -> String;
    /// Hint: `site` needs a folder.
    fn name_new_folder_hint(&self) -> &'static str;
    /// A folder `site` would overwrite that it did not write.
    fn folder_not_a_site(&self, dir: &str, marker: &str) -> String;
    /// Hint: `site` replaces its folder.
    fn site_replaces_folder_hint(&self) -> &'static str;
    /// Writing the site failed.
    fn cannot_write_site(&self, dir: &str, error: &str) -> String;
    /// Hint: `man -o` takes a folder.
    fn man_folder_hint(&self) -> &'static str;
}
