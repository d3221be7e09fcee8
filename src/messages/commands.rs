//! Messages of the subcommands: what `init`, `new`, `log`, `list`, `show`, … print, and their errors.

use crate::messages::macros::catalogue;
use chrono::NaiveDate;

catalogue! {
    /// Messages of the subcommands: what `init`, `new`, `log`, `list`, `show`, … print, and their errors.
    pub trait Commands {
        /// No contract with this key in the register.
        fn no_contract(key: &str) -> String {
            sv: format!("inget avtal `{key}` i registret"),
            en: format!("no contract `{key}` in the register"),
        }
        /// Hint: the closest known name.
        fn did_you_mean(close: &str) -> String {
            sv: format!("menade du `{close}`?"),
            en: format!("did you mean `{close}`?"),
        }
        /// Hint: where the contract keys are listed.
        fn see_keys_with_list() -> &'static str {
            sv: "se nycklarna med `avtal list`",
            en: "see the keys with `avtal list`",
        }
        /// Hint of `show`: the closest key, and where every key is.
        fn did_you_mean_or_list(close: &str) -> String {
            sv: format!("menade du `{close}`? `avtal list` visar alla avtal"),
            en: format!("did you mean `{close}`? `avtal list` shows every contract"),
        }
        /// Hint of `show`: where every key is.
        fn list_shows_every_contract() -> &'static str {
            sv: "`avtal list` visar alla avtal",
            en: "`avtal list` shows every contract",
        }
        /// An output folder that is a file.
        fn file_not_folder(path: &str) -> String {
            sv: format!("{path} är en fil, inte en mapp"),
            en: format!("{path} is a file, not a folder"),
        }
        /// The prefix of a warning line in a table's footer.
        fn warning_prefix() -> &'static str {
            sv: "varning: ",
            en: "warning: ",
        }
        /// Under a table fitted to the terminal: the columns left out.
        fn columns_hidden(count: usize, names: &str) -> String {
            sv: if count == 1 {
                format!("{count} kolumn dold: {names} — visa alla med --wide")
            } else {
                format!("{count} kolumner dolda: {names} — visa alla med --wide")
            },
            en: if count == 1 {
                format!("{count} column hidden: {names} — show all with --wide")
            } else {
                format!("{count} columns hidden: {names} — show all with --wide")
            },
        }
        /// Column or field: the annual value.
        fn annual_value_label() -> &'static str {
            both: Self::ANNUAL_VALUE,
        }
        /// Column or field: the last day in force.
        fn effective_end_label() -> &'static str {
            both: Self::EFFECTIVE_END,
        }
        /// Column or field: the contract controller.
        fn controller_label() -> &'static str {
            both: Self::CONTROLLER,
        }
        /// `init` into a folder that already has a register.
        fn register_exists(dir: &str) -> String {
            sv: format!("{dir} har redan en avtal.toml"),
            en: format!("{dir} already has an avtal.toml"),
        }
        /// Hint when the register exists.
        fn register_exists_hint() -> &'static str {
            sv: "registret finns redan; lägg till avtal med `avtal new`",
            en: "the register exists; add contracts with `avtal new`",
        }
        /// The title of the example contract of a new register.
        fn example_contract_title() -> &'static str {
            sv: "Exempelavtal",
            en: "Example contract",
        }
        /// The supplier of the example contract of a new register.
        fn example_supplier() -> &'static str {
            sv: "Exempelleverantören AB",
            en: "Example Supplier AB",
        }
        /// What `init` created, and the next step.
        fn register_created(dir: &str) -> String {
            sv: format!(
                "Skapade registret {dir} med avtal.toml och exempelavtalet exempelavtal/.\nNästa steg: avtal -C {dir} new NYCKEL --title ... --supplier ... --start ÅÅÅÅ-MM-DD --end ÅÅÅÅ-MM-DD\n"
            ),
            en: format!(
                "Created the register {dir} with avtal.toml and the example contract exempelavtal/.\nNext: avtal -C {dir} new KEY --title ... --supplier ... --start YYYY-MM-DD --end YYYY-MM-DD\n"
            ),
        }
        /// A contract key that is not a valid folder name.
        fn invalid_key(key: &str) -> String {
            sv: format!("`{key}` är ingen giltig avtalsnyckel"),
            en: format!("`{key}` is not a valid contract key"),
        }
        /// How a contract key is written.
        fn invalid_key_hint() -> &'static str {
            sv: "använd gemena a-z, siffror, `.`, `_` och `-` och börja med en bokstav eller siffra, t.ex. skoladmin-2028; namn som Windows inte tillåter (con, nul, aux, prn, com1, lpt1, även med ändelse) och namn som slutar med `.` går inte",
            en: "use lower-case a-z, digits, `.`, `_` and `-`, starting with a letter or digit, e.g. skoladmin-2028; names Windows does not allow (con, nul, aux, prn, com1, lpt1, also with an extension) and names ending in `.` cannot be used",
        }
        /// `--end` before `--start`.
        fn end_before_start(end: NaiveDate, start: NaiveDate) -> String {
            sv: format!("--end {end} ligger före --start {start}"),
            en: format!("--end {end} is before --start {start}"),
        }
        /// `new` with a key already in use.
        fn contract_exists(key: &str, folder: &str) -> String {
            sv: format!("avtalet `{key}` finns redan ({folder})"),
            en: format!("contract `{key}` already exists ({folder})"),
        }
        /// Hint when the key is in use.
        fn contract_exists_hint() -> &'static str {
            sv: "välj en annan nyckel, eller redigera den befintliga contract.toml",
            en: "choose another key, or edit the existing contract.toml",
        }
        /// The options would make a contract the loader rejects.
        fn new_contract_invalid(problems: &str) -> String {
            sv: format!("det nya avtalet skulle inte vara giltigt: {problems}"),
            en: format!("the new contract would not be valid: {problems}"),
        }
        /// What `new` created.
        fn created_file(path: &str) -> String {
            sv: format!("Skapade {path}\n"),
            en: format!("Created {path}\n"),
        }
        /// A journal entry type that needs `--ref`.
        fn entry_needs_reference(kind: &str) -> String {
            sv: format!("en `{kind}`-rad behöver en referens"),
            en: format!("a `{kind}` entry needs a reference"),
        }
        /// Hint: how to give the reference.
        fn add_reference_hint() -> &'static str {
            sv: "lägg till --ref, t.ex. --ref AV-1",
            en: "add --ref, e.g. --ref AV-1",
        }
        /// A second deviation with the same reference.
        fn deviation_reference_taken(key: &str, reference: &str) -> String {
            sv: format!(
                "{key} har redan en avvikelse `{reference}`; en avvikelses referens måste vara unik"
            ),
            en: format!(
                "{key} already has a deviation `{reference}`; a deviation's reference must be unique"
            ),
        }
        /// Hint: the references in use.
        fn choose_another_reference(refs: &str) -> String {
            sv: format!("välj en annan referens; referenser som används: {refs}"),
            en: format!("choose another reference; references in use: {refs}"),
        }
        /// An action or resolution for a deviation that is not in the journal.
        fn no_deviation_to_attach(key: &str, reference: &str, kind: &str) -> String {
            sv: format!("{key} har ingen avvikelse `{reference}` att knyta denna `{kind}` till"),
            en: format!("{key} has no deviation `{reference}` to attach this `{kind}` to"),
        }
        /// Hint: log the deviation before its action.
        fn register_deviation_first(key: &str, reference: &str) -> String {
            sv: format!("registrera avvikelsen först: avtal log {key} deviation --ref {reference}"),
            en: format!(
                "register the deviation first: avtal log {key} deviation --ref {reference}"
            ),
        }
        /// Hint: the deviations of the contract.
        fn deviations_of(key: &str, refs: &str) -> String {
            sv: format!("avvikelser i {key}: {refs}"),
            en: format!("deviations of {key}: {refs}"),
        }
        /// An action without `--due`.
        fn action_needs_due() -> &'static str {
            sv: "en `action`-rad behöver ett datum när åtgärden ska vara klar",
            en: "an `action` entry needs a due date",
        }
        /// Hint: how to give the due date.
        fn add_due_hint() -> &'static str {
            sv: "lägg till --due ÅÅÅÅ-MM-DD",
            en: "add --due YYYY-MM-DD",
        }
        /// `--due` on an entry that is not an action.
        fn due_only_for_action(kind: &str) -> String {
            sv: format!("--due används bara av `action`-rader, inte av `{kind}`"),
            en: format!("--due is only used by `action` entries, not by `{kind}`"),
        }
        /// `--until` on an entry that is not an acknowledgement.
        fn until_only_for_ack(kind: &str) -> String {
            sv: format!("--until används bara av `ack`-rader, inte av `{kind}`"),
            en: format!("--until is only used by `ack` entries, not by `{kind}`"),
        }
        /// An acknowledgement without a required option.
        fn log_ack_needs(option: &str) -> String {
            sv: format!("en kvittering (ack) behöver {option}"),
            en: format!("an acknowledgement (ack) needs {option}"),
        }
        /// An acknowledgement of a finding about the whole register.
        fn register_finding_not_acknowledged(code: &str) -> String {
            sv: format!("{code} gäller hela registret och kan inte kvitteras för ett avtal"),
            en: format!("{code} is about the whole register and cannot be acknowledged for a contract"),
        }
        /// How to silence a register finding instead.
        fn turn_check_off_hint(code: &str) -> String {
            sv: format!("stäng av kontrollen i avtal.toml: [checks] severity = {{ \"{code}\" = \"off\" }}"),
            en: format!("turn the check off in avtal.toml: [checks] severity = {{ \"{code}\" = \"off\" }}"),
        }
        /// A change without `--amount`.
        fn change_needs_amount() -> &'static str {
            sv: "en `change`-rad behöver ett belopp",
            en: "a `change` entry needs an amount",
        }
        /// Hint: how a change's amount is written.
        fn change_amount_hint() -> &'static str {
            sv: "lägg till --amount KR, nettoändringen och negativ vid en minskning, t.ex. --amount 250000 eller --amount -40000",
            en: "add --amount SEK, the net change, negative for a reduction, e.g. --amount 250000 or --amount -40000",
        }
        /// An `--amount` that is not a number of kronor.
        fn not_an_amount(text: &str) -> String {
            sv: format!("`{text}` är inget belopp i kronor"),
            en: format!("`{text}` is not an amount in SEK"),
        }
        /// Hint: how a reduction is written.
        fn negative_amount_hint() -> &'static str {
            sv: "skriv ett tal med `.` eller `,` för decimaler, t.ex. --amount -40000",
            en: "write a number with `.` or `,` for decimals, e.g. --amount -40000",
        }
        /// Hint: how an amount is written.
        fn amount_hint() -> &'static str {
            sv: "skriv ett tal med `.` eller `,` för decimaler, t.ex. --amount 25000 eller --amount 1250.50",
            en: "write a number with `.` or `,` for decimals, e.g. --amount 25000 or --amount 1250.50",
        }
        /// An action or resolution dated before its deviation.
        fn entry_before_deviation(
            kind: &str,
            date: NaiveDate,
            reference: &str,
            registered: NaiveDate,
        ) -> String {
            sv: format!(
                "`{kind}` daterad {date} ligger före avvikelsen {reference} ({registered})"
            ),
            en: format!("`{kind}` dated {date} is before deviation {reference} ({registered})"),
        }
        /// Hint: the earliest date allowed.
        fn date_or_later_hint(registered: NaiveDate) -> String {
            sv: format!("ange --date {registered} eller senare"),
            en: format!("give --date {registered} or later"),
        }
        /// A journal entry dated after today.
        fn date_after_today(date: NaiveDate, today: NaiveDate) -> String {
            sv: format!(
                "{date} ligger efter i dag ({today}); journalen beskriver det som har hänt"
            ),
            en: format!("{date} is after today ({today}); the journal records what has happened"),
        }
        /// Hint: check the date or force it.
        fn date_after_today_hint() -> &'static str {
            sv: "kontrollera --date, eller lägg till --force för att ändå logga datumet",
            en: "check --date, or add --force to log that date anyway",
        }
        /// A journal entry outside the contract's term.
        fn not_in_force_on(key: &str, date: NaiveDate, start: NaiveDate, end: NaiveDate) -> String {
            sv: format!("{key} gäller inte {date} (avtalstid {start} – {end})"),
            en: format!("{key} is not in force on {date} (term {start} – {end})"),
        }
        /// Hint: check the date or force it.
        fn not_in_force_hint() -> &'static str {
            sv: "kontrollera --date och avtalet, eller lägg till --force för att ändå logga",
            en: "check --date and the contract, or add --force to log it anyway",
        }
        /// A journal entry type avtal does not know.
        fn unknown_entry_type(text: &str) -> String {
            sv: format!("okänd typ av journalrad `{text}`"),
            en: format!("unknown journal entry type `{text}`"),
        }
        /// Hint: the journal entry types.
        fn entry_types_are(types: &str) -> String {
            sv: format!("typerna är: {types}"),
            en: format!("the types are: {types}"),
        }
        /// `log.csv` whose header cannot be read.
        fn log_header_unreadable(error: &str) -> String {
            sv: format!("kan inte läsa rubrikraden: {error}"),
            en: format!("cannot read the header: {error}"),
        }
        /// `log.csv` without a header row.
        fn log_header_missing() -> &'static str {
            sv: "rubrikraden saknas",
            en: "the header row is missing",
        }
        /// `log.csv` that cannot be read.
        fn log_unreadable(error: &str) -> String {
            sv: format!("kan inte läsa filen: {error}"),
            en: format!("cannot read the file: {error}"),
        }
        /// A file that was left as it was because of a problem.
        fn nothing_changed(file: &str, problem: &str) -> String {
            sv: format!("{file}: {problem}; inget har ändrats"),
            en: format!("{file}: {problem}; nothing was changed"),
        }
        /// What `log` wrote, and where.
        fn log_line_written(line: usize, key: &str, row: &str) -> String {
            sv: format!("Skrev rad {line} i {key}/log.csv:\n{row}\n"),
            en: format!("Wrote line {line} of {key}/log.csv:\n{row}\n"),
        }
        /// The columns of `list` (Kraljic is a name).
        fn list_headers() -> [&'static str; 10] {
            both: [
                Self::CONTRACT,
                Self::TITLE,
                Self::SUPPLIER,
                Self::CATEGORY,
                Self::KIND,
                Self::TERM,
                Self::EFFECTIVE_END,
                Self::ANNUAL_VALUE,
                Self::KRALJIC,
                Self::CONTROLLER,
            ],
        }
        /// The line under `list`.
        fn contract_count(count: usize) -> String {
            sv: format!("{count} avtal\n"),
            en: format!("{count} contract(s)\n"),
        }
        /// A flag that is set.
        fn yes() -> &'static str {
            both: Self::YES,
        }
        /// A flag that is not set.
        fn no() -> &'static str {
            both: Self::NO,
        }
        /// Field: the start of the contract.
        fn start_label() -> &'static str {
            both: Self::START,
        }
        /// Field: the end of the initial term.
        fn initial_end_label() -> &'static str {
            sv: "Avtalsslut (initialt)",
            en: "End of initial term",
        }
        /// Field: the day a terminated contract ended.
        fn ended_early_label() -> &'static str {
            sv: "Avslutat i förtid",
            en: "Ended early",
        }
        /// An option that was used.
        fn option_exercised() -> &'static str {
            both: Self::EXERCISED,
        }
        /// An option that was declined.
        fn option_declined() -> &'static str {
            both: Self::DECLINED,
        }
        /// An option not yet decided.
        fn option_not_decided() -> &'static str {
            both: Self::NOT_DECIDED,
        }
        /// An extension option: its length, notice and state.
        fn option_terms(months: u32, notice_months: u32, state: &str) -> String {
            sv: format!(
                "förlängning {months} mån, besked senast {notice_months} mån före avtalets slut — {state}"
            ),
            en: format!(
                "extension of {months} months, notice at the latest {notice_months} months before the end — {state}"
            ),
        }
        /// Field: the option with this number.
        fn option_label(number: usize) -> String {
            sv: format!("Option {number}"),
            en: format!("Option {number}"),
        }
        /// The next option and its notice deadline.
        fn next_option_notice(number: usize, deadline: NaiveDate) -> String {
            sv: format!("option {number} — besked senast {deadline}"),
            en: format!("option {number} — notice by {deadline}"),
        }
        /// No option is left to decide.
        fn no_option_left() -> &'static str {
            sv: "ingen option kvar",
            en: "no option left",
        }
        /// Field: the next option.
        fn next_option_label() -> &'static str {
            both: Self::NEXT_OPTION,
        }
        /// Field: the contract that replaces this one.
        fn successor_label() -> &'static str {
            sv: "Ersätts av",
            en: "Successor",
        }
        /// Field: business-critical.
        fn business_critical_label() -> &'static str {
            both: Self::BUSINESS_CRITICAL,
        }
        /// Field: a priority group set by hand.
        fn manual_priority_label() -> &'static str {
            sv: "Manuell prioritet",
            en: "Manual priority",
        }
        /// Field: the contract owner in the organisation.
        fn owner_label() -> &'static str {
            both: Self::OWNER,
        }
        /// Field: the partner owner.
        fn partner_owner_label() -> &'static str {
            both: Self::PARTNER_OWNER,
        }
        /// Field: the keywords.
        fn keywords_label() -> &'static str {
            sv: "Nyckelord",
            en: "Keywords",
        }
        /// A contact of the buyer's side.
        fn buyer_party() -> &'static str {
            both: Self::BUYER_PARTY,
        }
        /// A contact of the supplier's side.
        fn supplier_party() -> &'static str {
            both: Self::SUPPLIER_PARTY,
        }
        /// A contact on the escalation path.
        fn escalation_path() -> &'static str {
            sv: "eskaleringsväg",
            en: "escalation path",
        }
        /// Field: a contact.
        fn contact_label() -> &'static str {
            both: Self::CONTACT,
        }
        /// A KPI whose higher values are better.
        fn higher_is_better() -> &'static str {
            sv: "högre är bättre",
            en: "higher is better",
        }
        /// A KPI whose lower values are better.
        fn lower_is_better() -> &'static str {
            sv: "lägre är bättre",
            en: "lower is better",
        }
        /// Reported every month.
        fn monthly() -> &'static str {
            both: Self::MONTHLY,
        }
        /// Reported every quarter.
        fn quarterly() -> &'static str {
            both: Self::QUARTERLY,
        }
        /// Reported every year.
        fn yearly() -> &'static str {
            both: Self::YEARLY,
        }
        /// Before a KPI's target value.
        fn target_word() -> &'static str {
            sv: "mål",
            en: "target",
        }
        /// Field: a KPI.
        fn kpi_label() -> &'static str {
            both: Self::KPI,
        }
        /// Field: a qualification requirement.
        fn requirement_label() -> &'static str {
            sv: "Kvalificeringskrav",
            en: "Qualification requirement",
        }
        /// Field: the number of KPI values.
        fn kpi_rows_label() -> &'static str {
            sv: "KPI-rader",
            en: "KPI rows",
        }
        /// Field: the number of journal entries.
        fn journal_entries_label() -> &'static str {
            sv: "Journalrader",
            en: "Journal entries",
        }
        /// Field: the spend of a year.
        fn spend_label(year: i32) -> String {
            sv: format!("Inköp {year}"),
            en: format!("Spend {year}"),
        }
        /// A year's spend against the annual value.
        fn spend_of_annual_value(spend: &str, annual_value: &str) -> String {
            sv: format!("{spend} av årsvärdet {annual_value}"),
            en: format!("{spend} of the annual value {annual_value}"),
        }
        /// The spend to date against the maximum value.
        fn max_value_used(spend: &str, max_value: &str, percent: &str) -> String {
            sv: format!("{spend} av {max_value} ({percent} %)"),
            en: format!("{spend} of {max_value} ({percent} %)"),
        }
        /// Field: the share of the maximum value used.
        fn max_value_used_label() -> &'static str {
            both: Self::MAXIMUM_VALUE_USED,
        }
        /// The severity column of an error.
        fn error_label() -> &'static str {
            sv: "FEL",
            en: "ERROR",
        }
        /// The severity column of a warning.
        fn warning_label() -> &'static str {
            sv: "VARNING",
            en: "WARNING",
        }
        /// The heading of the register's own findings in `check`'s table.
        fn check_register_heading() -> &'static str {
            sv: "Registret (avtal.toml)",
            en: "The register (avtal.toml)",
        }
        /// The heading of the acknowledged findings in `check`'s table (SPEC §22).
        fn check_acknowledged_heading() -> &'static str {
            sv: "Kvitterade anmärkningar (räknas inte i slutkoden):",
            en: "Acknowledged findings (not counted for the exit code):",
        }
        /// How an acknowledged finding is marked: until when, and why.
        fn acknowledged_until(until: NaiveDate, note: &str) -> String {
            sv: format!("kvitterad till och med {until}: {note}"),
            en: format!("acknowledged until {until}: {note}"),
        }
        /// After `check`'s summary: how many findings are acknowledged.
        fn check_acknowledged_count(count: usize) -> String {
            sv: match count {
                1 => "1 kvitterad anmärkning visas för sig (--all räknar den).".to_string(),
                _ => format!("{count} kvitterade anmärkningar visas för sig (--all räknar dem)."),
            },
            en: match count {
                1 => "1 acknowledged finding is shown apart (--all counts it).".to_string(),
                _ => format!("{count} acknowledged findings are shown apart (--all counts them)."),
            },
        }
        /// `check CODE` with a code that does not exist.
        fn unknown_check(code: &str) -> String {
            sv: format!("okänd kontroll \"{code}\""),
            en: format!("unknown check \"{code}\""),
        }
        /// The codes `check CODE` accepts.
        fn check_codes_hint(codes: &str) -> String {
            sv: format!("kontrollerna är: {codes} (se `avtal check --list`)"),
            en: format!("the checks are: {codes} (see `avtal check --list`)"),
        }
        /// Several missing periods of one KPI, on one line.
        fn kpi_values_missing(kpi: &str, periods: &str) -> String {
            sv: format!("Värden saknas för nyckeltal {kpi}, perioderna {periods}"),
            en: format!("No values for KPI {kpi}, periods {periods}"),
        }
        /// "`count` active contracts", after the count.
        fn active_contracts(count: usize) -> &'static str {
            both: if count == 1 {
                Self::ACTIVE_CONTRACT
            } else {
                Self::ACTIVE_CONTRACTS
            },
        }
        /// `check` found nothing.
        fn check_clean(active: usize, today: NaiveDate) -> String {
            sv: {
                let active_contracts = Self.active_contracts(active);
                format!("Inga anmärkningar: {active} {active_contracts} kontrollerade {today}.")
            },
            en: {
                let active_contracts = Self.active_contracts(active);
                format!("No findings: {active} {active_contracts} checked on {today}.")
            },
        }
        /// What `check` found, and in how many contracts.
        fn check_summary(
            errors: usize,
            warnings: usize,
            contracts: usize,
            active: usize,
            today: NaiveDate,
        ) -> String {
            sv: {
                // "fel" is the same in singular and plural.
                let errors_word = Self::ERRORS;
                let warnings_word = if warnings == 1 {
                    "varning"
                } else {
                    Self::WARNINGS
                };
                let active_contracts = Self.active_contracts(active);
                format!(
                    "{errors} {errors_word} och {warnings} {warnings_word} i {contracts} av {active} {active_contracts}, kontrollerat {today}."
                )
            },
            en: {
                let errors_word = if errors == 1 { "error" } else { Self::ERRORS };
                let warnings_word = if warnings == 1 { "warning" } else { Self::WARNINGS };
                let active_contracts = Self.active_contracts(active);
                format!(
                    "{errors} {errors_word} and {warnings} {warnings_word} in {contracts} of {active} {active_contracts}, checked on {today}."
                )
            },
        }
        /// A year outside the calendar.
        fn year_cannot_be_planned(year: i32) -> String {
            sv: format!("året {year} kan inte planeras"),
            en: format!("the year {year} cannot be planned"),
        }
        /// A plan over too many years.
        fn plan_span_too_long(from: NaiveDate, to: NaiveDate, max_years: i32) -> String {
            sv: format!("{from} till {to} spänner över mer än {max_years} år"),
            en: format!("{from} to {to} spans more than {max_years} years"),
        }
        /// Hint: how to plan a shorter span.
        fn narrow_plan_hint() -> &'static str {
            sv: "begränsa med --year, --from eller en mindre --within",
            en: "narrow it with --year, --from or a smaller --within",
        }
        /// The heading of the plan.
        fn follow_up_plan() -> &'static str {
            sv: "Uppföljningsplan",
            en: "Follow-up plan",
        }
        /// A plan without items.
        fn nothing_to_plan(span: &str) -> String {
            sv: format!("Inget att planera {span}.\n"),
            en: format!("Nothing to plan in {span}.\n"),
        }
        /// The columns of the plan table.
        fn plan_headers() -> [&'static str; 8] {
            both: [
                Self::DATE,
                Self::CONTRACT,
                Self::SUPPLIER,
                Self::ACTIVITY,
                Self::GROUP,
                Self::FOCUS,
                Self::CONTROLLER_SHORT,
                Self::STATUS,
            ],
        }
        /// The heading of the workload table.
        fn workload_heading() -> &'static str {
            sv: "Arbetsbelastning: uppföljningsmöten per controller och månad\n",
            en: "Workload: follow-up meetings per controller and month\n",
        }
        /// A workload table without meetings.
        fn no_follow_up_meetings() -> &'static str {
            sv: "Inga uppföljningsmöten.\n",
            en: "No follow-up meetings.\n",
        }
        /// The row and column of totals.
        fn total_label() -> &'static str {
            both: Self::TOTAL,
        }
        /// Contracts without a controller.
        fn no_controller() -> &'static str {
            sv: "(ingen controller)",
            en: "(no controller)",
        }
        /// The heading of `priority`.
        fn priority_heading(year: i32) -> String {
            sv: format!("Prioriteringsgrupper {year}"),
            en: format!("Priority groups {year}"),
        }
        /// No contract is active in the year.
        fn no_active_contracts(year: i32) -> String {
            sv: format!("Inga avtal är aktiva {year}.\n"),
            en: format!("No contracts are active in {year}.\n"),
        }
        /// The columns of `priority`.
        fn priority_headers() -> [&'static str; 7] {
            sv: [
                "Rang",
                Self::GROUP,
                Self::CONTRACT,
                Self::DESIGNATION,
                Self::SUPPLIER,
                Self::ANNUAL_VALUE,
                "Motivering",
            ],
            en: [
                "Rank",
                Self::GROUP,
                Self::CONTRACT,
                Self::DESIGNATION,
                Self::SUPPLIER,
                Self::ANNUAL_VALUE,
                "Reason",
            ],
        }
        /// One priority group's count and share.
        fn group_share(group: usize, count: usize, share: usize) -> String {
            sv: format!("grupp {group}: {count} ({share}\u{a0}%)"),
            en: format!("group {group}: {count} ({share}\u{a0}%)"),
        }
        /// The line under `priority`.
        fn priority_summary(count: usize, year: i32, groups: &str) -> String {
            sv: format!("{count} avtal aktiva {year} — {groups}"),
            en: format!("{count} contracts active in {year} — {groups}"),
        }
        /// A `--claim` that is not a number.
        fn not_a_percentage(text: &str) -> String {
            sv: format!(
                "`{text}` är ingen procentsats; skriv den begärda höjningen som ett tal, t.ex. 3,2"
            ),
            en: format!(
                "`{text}` is not a percentage; write the claimed increase as a number, e.g. 3.2"
            ),
        }
        /// `price` for a contract without an index clause.
        fn no_index_clause(key: &str) -> String {
            sv: format!("avtalet `{key}` har ingen indexklausul"),
            en: format!("contract `{key}` has no index clause"),
        }
        /// Hint: where the index clause goes.
        fn add_index_clause_hint(file: &str) -> String {
            sv: format!("lägg till [price_adjustment] med index och base i {file}"),
            en: format!("add [price_adjustment] with index and base to {file}"),
        }
        /// A claim dated before the first adjustment date.
        fn no_adjustment_date(on: NaiveDate, first: &str) -> String {
            sv: format!("inget justeringsdatum på eller före {on}: det första är {first}"),
            en: format!("no adjustment date on or before {on}: the first is {first}"),
        }
        /// Hint: how to date the claim.
        fn claim_date_hint() -> &'static str {
            sv: "ange dagen som begäran gäller med --date ÅÅÅÅ-MM-DD",
            en: "give the date the claim is for with --date YYYY-MM-DD",
        }
        /// A claim whose index values are missing.
        fn claim_unverifiable(date: NaiveDate, index: &str, months: &str) -> String {
            sv: format!(
                "begäran för {date} kan inte kontrolleras: indexet {index} saknar värde för {months}"
            ),
            en: format!(
                "the claim for {date} cannot be checked: index {index} has no value for {months}"
            ),
        }
        /// Hint: how to import the index series.
        fn import_series_hint(index: &str) -> String {
            sv: format!("importera serien: avtal index import FIL --series {index}"),
            en: format!("import the series: avtal index import FILE --series {index}"),
        }
        /// A claim the index allows.
        fn claim_within(claimed: &str, date: NaiveDate, allowed: &str) -> String {
            sv: format!(
                "Begärd höjning {claimed} för {date} är inom indexet (medgiven ändring {allowed})."
            ),
            en: format!(
                "The claimed increase of {claimed} for {date} is within the index (allowed change {allowed})."
            ),
        }
        /// A claim above what the index allows.
        fn claim_too_high(claimed: &str, date: NaiveDate, points: &str, allowed: &str) -> String {
            sv: format!(
                "Begärd höjning {claimed} för {date} är {points} procentenheter för hög (medgiven ändring {allowed})."
            ),
            en: format!(
                "The claimed increase of {claimed} for {date} is {points} percentage points too high (allowed change {allowed})."
            ),
        }
        /// The heading of `price`.
        fn price_adjustment_heading() -> &'static str {
            sv: "Indexreglering",
            en: "Price adjustment",
        }
        /// An index clause without dates in the term.
        fn no_adjustment_dates() -> &'static str {
            sv: "Inga justeringsdatum inom avtalstiden.\n",
            en: "No adjustment dates within the term.\n",
        }
        /// The heading of the formulas.
        fn calculation_heading() -> &'static str {
            sv: "\nUträkning:\n",
            en: "\nCalculation:\n",
        }
        /// The fields of an escalation step: responsible, input, actions, inform, document.
        fn escalation_labels() -> [&'static str; 5] {
            sv: [
                Self::RESPONSIBLE,
                Self::INPUT_FROM,
                Self::ACTIONS,
                Self::INFORM,
                "Dokumentera i",
            ],
            en: [
                Self::RESPONSIBLE,
                Self::INPUT_FROM,
                Self::ACTIONS,
                Self::INFORM,
                "Document in",
            ],
        }
        /// The escalation step of a contract.
        fn step_label(step: u8, name: &str) -> String {
            sv: format!("Steg {step}: {name}"),
            en: format!("Step {step}: {name}"),
        }
        /// An escalated contract that is not active.
        fn contract_not_active_today() -> &'static str {
            sv: "Avtalet är inte aktivt i dag.",
            en: "The contract is not active today.",
        }
        /// Before the triggers of a step.
        fn triggered_by() -> &'static str {
            sv: "Utlöst av:",
            en: "Triggered by:",
        }
        /// Field: the people to contact.
        fn contacts_label() -> &'static str {
            sv: "Kontakter",
            en: "Contacts",
        }
        /// The controller's role among the contacts.
        fn controller_role() -> &'static str {
            sv: "avtalscontroller",
            en: "contract controller",
        }
        /// How many contracts are on a step.
        fn step_count(step: u8, count: usize) -> String {
            sv: format!("steg {step}: {count}"),
            en: format!("step {step}: {count}"),
        }
        /// No contract is escalated.
        fn no_escalations(today: NaiveDate) -> String {
            sv: format!("Inga avtal på eskaleringstrappan {today} (steg 0)."),
            en: format!("No contracts on the escalation ladder on {today} (step 0)."),
        }
        /// How many contracts are escalated, per step.
        fn escalation_summary(count: usize, today: NaiveDate, steps: &str) -> String {
            sv: format!(
                "{count} avtal på steg 1 eller högre {today} ({steps}). Steg 4 (hävning) är ett beslut och beräknas aldrig."
            ),
            en: if count == 1 {
                format!(
                    "{count} contract on step 1 or higher on {today} ({steps}). Step 4 (termination) is a decision and never computed."
                )
            } else {
                format!(
                    "{count} contracts on step 1 or higher on {today} ({steps}). Step 4 (termination) is a decision and never computed."
                )
            },
        }
        /// Hint: no contract names a controller.
        fn no_controller_in_register() -> &'static str {
            sv: "inget avtal anger en controller under [roles]",
            en: "no contract names a controller in [roles]",
        }
        /// Hint: the controllers of the register.
        fn controllers_in_register(names: &str) -> String {
            sv: format!("controllers i registret: {names}"),
            en: format!("controllers in the register: {names}"),
        }
        /// `--controller` naming nobody in the register.
        fn no_contract_with_controller(name: &str) -> String {
            sv: format!("inget avtal har controllern `{name}`"),
            en: format!("no contract has the controller `{name}`"),
        }
        /// A `--mail-from` that is not an address.
        fn mail_from_invalid() -> &'static str {
            sv: "--mail-from är ingen e-postadress",
            en: "--mail-from is not an e-mail address",
        }
        /// Hint: an example sender address.
        fn mail_from_hint() -> &'static str {
            sv: "till exempel --mail-from avtal@sjovik.example",
            en: "for example --mail-from avtal@sjovik.example",
        }
        /// What `digest` wrote, and where.
        fn files_written(count: usize, dir: &str) -> String {
            sv: format!("Skrev {count} filer i {dir}:\n"),
            en: format!("Wrote {count} files in {dir}:\n"),
        }
        /// After a message without a recipient: how to add one.
        fn no_recipient() -> &'static str {
            sv: " (ingen mottagare: lägg till controllern som kontakt med party = \"buyer\" och email)",
            en: " (no recipient: add the controller as a contact with party = \"buyer\" and email)",
        }
        /// A workbook output without `.xlsx`.
        fn not_xlsx(path: &str) -> String {
            sv: format!("{path} är ingen .xlsx-fil"),
            en: format!("{path} is not an .xlsx file"),
        }
        /// Hint: how to name the workbook.
        fn name_output_xlsx_hint() -> &'static str {
            sv: "ge utfilen namnet FIL.xlsx",
            en: "name the output FILE.xlsx",
        }
        /// What an export wrote, and where.
        fn wrote_to(what: &str, path: &str) -> String {
            sv: format!("Skrev {what} till {path}\n"),
            en: format!("Wrote the {what} to {path}\n"),
        }
        /// What `export followup` wrote.
        fn followup_workbook_of(key: &str) -> String {
            sv: format!("uppföljningsarbetsbok för {key}"),
            en: format!("follow-up workbook of {key}"),
        }
        /// What `export kpi-sheet` wrote.
        fn kpi_sheet_of(year: i32, key: &str) -> String {
            sv: format!("nyckeltalsblad {year} för {key}"),
            en: format!("KPI sheet {year} of {key}"),
        }
        /// A KPI sheet for a contract without KPIs.
        fn no_kpis_to_report(key: &str) -> String {
            sv: format!("avtalet `{key}` har inga nyckeltal att rapportera"),
            en: format!("contract `{key}` has no KPIs to report"),
        }
        /// Hint: where the KPIs go.
        fn add_kpis_hint(file: &str) -> String {
            sv: format!("lägg till [[kpis]] i {file}"),
            en: format!("add [[kpis]] to {file}"),
        }
        /// A `--year` outside 1900–9999.
        fn year_out_of_range(year: i32) -> String {
            sv: format!("--year {year} ligger utanför det tillåtna intervallet"),
            en: format!("--year {year} is out of range"),
        }
        /// Hint: the years allowed.
        fn year_range_hint() -> &'static str {
            sv: "ange ett år mellan 1900 och 9999, t.ex. --year 2027",
            en: "give a year between 1900 and 9999, e.g. --year 2027",
        }
        /// What `site` wrote, and where.
        fn site_written(dir: &str, pages: usize) -> String {
            sv: format!("Webbplatsen skrevs till {dir}: {pages} sidor.\n"),
            en: format!("Wrote the site to {dir}: {pages} pages.\n"),
        }
        /// Hint: `site` needs a folder.
        fn name_new_folder_hint() -> &'static str {
            sv: "ange en ny eller tom mapp med -o DIR",
            en: "name a new or empty folder with -o DIR",
        }
        /// A folder `site` would overwrite that it did not write.
        fn folder_not_a_site(dir: &str, marker: &str) -> String {
            sv: format!(
                "{dir} är inte tom och är ingen webbplats från avtal (filen {marker} saknas); inget har ändrats"
            ),
            en: format!(
                "{dir} is not empty and is not a site written by avtal (no {marker} file); nothing was changed"
            ),
        }
        /// Hint: `site` replaces its folder.
        fn site_replaces_folder_hint() -> &'static str {
            sv: "ange en ny eller tom mapp; avtal site ersätter hela mappen",
            en: "name a new or empty folder; avtal site replaces the whole folder",
        }
        /// A folder `digest -o` would overwrite that it did not write.
        fn folder_not_a_digest(dir: &str, marker: &str) -> String {
            sv: format!(
                "{dir} är inte tom och är ingen mapp med sammandrag från avtal (filen {marker} saknas); inget har ändrats"
            ),
            en: format!(
                "{dir} is not empty and is not a folder of digests written by avtal (no {marker} file); nothing was changed"
            ),
        }
        /// Hint: `digest -o` replaces its folder.
        fn digest_replaces_folder_hint() -> &'static str {
            sv: "ange en ny eller tom mapp; avtal digest -o ersätter hela mappen, så att bara den här körningens meddelanden finns där",
            en: "name a new or empty folder; avtal digest -o replaces the whole folder, so that only this run's messages are in it",
        }
        /// The content of `digest -o DIR`'s marker file.
        fn digest_marker() -> &'static str {
            sv: "Den här mappen skrivs av `avtal digest -o`; den ersätts i sin helhet vid varje körning.\n",
            en: "This folder is written by `avtal digest -o`; it is replaced as a whole on every run.\n",
        }
        /// Writing the digests failed.
        fn cannot_write_digest(dir: &str, error: &str) -> String {
            sv: format!("kan inte skriva sammandragen till {dir}: {error}"),
            en: format!("cannot write the digests to {dir}: {error}"),
        }
        /// Writing the site failed.
        fn cannot_write_site(dir: &str, error: &str) -> String {
            sv: format!("kan inte skriva webbplatsen till {dir}: {error}"),
            en: format!("cannot write the site to {dir}: {error}"),
        }
        /// Hint: `man -o` takes a folder.
        fn man_folder_hint() -> &'static str {
            sv: "`avtal man -o DIR` skriver en sida per kommando i DIR, t.ex. -o man/man1",
            en: "`avtal man -o DIR` writes one page per command into DIR, e.g. -o man/man1",
        }
    }
}
