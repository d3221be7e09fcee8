//! Messages of loading and validating the register: every diagnostic of `src/load/` and finding the register.

use crate::messages::macros::catalogue;
use chrono::NaiveDate;

catalogue! {
    /// Messages of loading and validating the register: every diagnostic of `src/load/`, finding the
    /// register, writing output and the shell's own error lines.
    pub trait Load {
        // toml_reader
        /// invalid TOML: {message}
        fn invalid_toml(message: &str) -> String {
            sv: format!("ogiltig TOML: {message}"),
            en: format!("invalid TOML: {message}"),
        }
        /// `{name}` is {chars} characters long; at most {max} are allowed
        fn text_too_long(name: &str, chars: usize, max: usize) -> String {
            sv: format!("`{name}` är {chars} tecken lång; högst {max} tecken är tillåtna"),
            en: format!("`{name}` is {chars} characters long; at most {max} are allowed"),
        }
        /// a spreadsheet cell holds at most 32,767 characters: shorten the text or keep it in a document
        fn text_too_long_hint() -> &'static str {
            sv: "en cell i ett kalkylblad rymmer högst 32 767 tecken: korta texten eller lägg den i ett dokument",
            en: "a spreadsheet cell holds at most 32,767 characters: shorten the text or keep it in a document",
        }
        /// `{name}` ({datetime}) is outside the years {min}–{max}
        fn date_outside_years(name: &str, datetime: &str, min: u16, max: u16) -> String {
            sv: format!("`{name}` ({datetime}) ligger utanför åren {min}–{max}"),
            en: format!("`{name}` ({datetime}) is outside the years {min}–{max}"),
        }
        /// write a date between 1900-01-01 and 9999-12-31
        fn date_range_hint() -> &'static str {
            sv: "skriv ett datum mellan 1900-01-01 och 9999-12-31",
            en: "write a date between 1900-01-01 and 9999-12-31",
        }
        /// unknown key `{name}`
        fn unknown_key(name: &str) -> String {
            sv: format!("okänd nyckel `{name}`"),
            en: format!("unknown key `{name}`"),
        }
        /// unknown key `{name}` in {within}
        fn unknown_key_in(name: &str, within: &str) -> String {
            sv: format!("okänd nyckel `{name}` i {within}"),
            en: format!("unknown key `{name}` in {within}"),
        }
        /// did you mean `{suggestion}`?
        fn did_you_mean_name(suggestion: &str) -> String {
            sv: format!("menade du `{suggestion}`?"),
            en: format!("did you mean `{suggestion}`?"),
        }
        /// known keys: {keys}
        fn known_keys(keys: &str) -> String {
            sv: format!("kända nycklar: {keys}"),
            en: format!("known keys: {keys}"),
        }
        /// missing required key `{key}`
        fn missing_required_key(key: &str) -> String {
            sv: format!("obligatorisk nyckel `{key}` saknas"),
            en: format!("missing required key `{key}`"),
        }
        /// missing required key `{key}` in {within}
        fn missing_required_key_in(key: &str, within: &str) -> String {
            sv: format!("obligatorisk nyckel `{key}` saknas i {within}"),
            en: format!("missing required key `{key}` in {within}"),
        }
        /// `{key}` must be {expected}, found {found}
        fn wrong_type(key: &str, expected: &str, found: &str) -> String {
            sv: format!("`{key}` ska vara {expected}, inte {found}"),
            en: format!("`{key}` must be {expected}, found {found}"),
        }
        /// a string
        fn toml_string() -> &'static str {
            sv: "en text",
            en: "a string",
        }
        /// an integer
        fn toml_integer() -> &'static str {
            sv: "ett heltal",
            en: "an integer",
        }
        /// a float
        fn toml_float() -> &'static str {
            sv: "ett decimaltal",
            en: "a float",
        }
        /// a boolean
        fn toml_boolean() -> &'static str {
            sv: "ett sanningsvärde",
            en: "a boolean",
        }
        /// a date
        fn toml_date() -> &'static str {
            both: Self::A_DATE,
        }
        /// an array
        fn toml_array() -> &'static str {
            sv: "en lista",
            en: "an array",
        }
        /// a table
        fn toml_table() -> &'static str {
            sv: "en tabell",
            en: "a table",
        }
        /// true or false
        fn toml_true_or_false() -> &'static str {
            sv: "true eller false",
            en: "true or false",
        }
        /// a number
        fn toml_number() -> &'static str {
            sv: "ett tal",
            en: "a number",
        }
        /// a date (YYYY-MM-DD)
        fn toml_date_yyyy_mm_dd() -> &'static str {
            sv: "ett datum (ÅÅÅÅ-MM-DD)",
            en: "a date (YYYY-MM-DD)",
        }
        /// an array of strings
        fn toml_array_of_strings() -> &'static str {
            sv: "en lista med texter",
            en: "an array of strings",
        }
        /// an array of integers
        fn toml_array_of_integers() -> &'static str {
            sv: "en lista med heltal",
            en: "an array of integers",
        }
        /// an array of tables
        fn toml_array_of_tables() -> &'static str {
            sv: "en lista med tabeller",
            en: "an array of tables",
        }
        /// `{key}` is too large
        fn value_too_large(key: &str) -> String {
            sv: format!("`{key}` har ett för stort värde"),
            en: format!("`{key}` is too large"),
        }
        /// at least {minimum}
        fn toml_at_least(minimum: i64) -> String {
            sv: format!("minst {minimum}"),
            en: format!("at least {minimum}"),
        }
        /// between {low} and {high}
        fn toml_between(low: i64, high: i64) -> String {
            sv: format!("mellan {low} och {high}"),
            en: format!("between {low} and {high}"),
        }
        /// `{key}` must be {bound}, found {number}
        fn out_of_range(key: &str, bound: &str, number: i64) -> String {
            sv: format!("`{key}` ska vara {bound}, inte {number}"),
            en: format!("`{key}` must be {bound}, found {number}"),
        }
        /// `{key}` must be a finite number
        fn not_finite(key: &str) -> String {
            sv: format!("`{key}` ska vara ett ändligt tal"),
            en: format!("`{key}` must be a finite number"),
        }
        /// `{key}` is an impossible date: {datetime}
        fn impossible_date(key: &str, datetime: &str) -> String {
            sv: format!("`{key}` är ett datum som inte finns: {datetime}"),
            en: format!("`{key}` is an impossible date: {datetime}"),
        }
        /// `{key}` must be a date without time, found {datetime}
        fn date_with_time(key: &str, datetime: &str) -> String {
            sv: format!("`{key}` ska vara ett datum utan klockslag, inte {datetime}"),
            en: format!("`{key}` must be a date without time, found {datetime}"),
        }
        /// write a local date such as 2024-03-01
        fn local_date_hint() -> &'static str {
            sv: "skriv ett datum som 2024-03-01",
            en: "write a local date such as 2024-03-01",
        }
        /// `{key}` must be a TOML date, found a string
        fn date_in_quotes(key: &str) -> String {
            sv: format!("`{key}` ska vara ett TOML-datum, inte en text"),
            en: format!("`{key}` must be a TOML date, found a string"),
        }
        /// remove the quotes: {key} = {text}
        fn remove_quotes_hint(key: &str, text: &str) -> String {
            sv: format!("ta bort citattecknen: {key} = {text}"),
            en: format!("remove the quotes: {key} = {text}"),
        }
        /// write "{value}": the values are English words
        fn english_value_hint(value: &str) -> String {
            sv: format!("skriv \"{value}\": värdena är engelska ord"),
            en: format!("write \"{value}\": the values are English words"),
        }
        /// did you mean "{suggestion}"?
        fn did_you_mean_value(suggestion: &str) -> String {
            sv: format!("menade du \"{suggestion}\"?"),
            en: format!("did you mean \"{suggestion}\"?"),
        }
        /// use one of {values}
        fn use_one_of_values(values: &str) -> String {
            sv: format!("använd ett av {values}"),
            en: format!("use one of {values}"),
        }
        /// unknown {key} "{text}"
        fn unknown_choice(key: &str, text: &str) -> String {
            sv: format!("okänt värde på {key}: \"{text}\""),
            en: format!("unknown {key} \"{text}\""),
        }
        /// `{key}` must contain only strings, found {found}
        fn only_strings(key: &str, found: &str) -> String {
            sv: format!("`{key}` får bara innehålla texter, inte {found}"),
            en: format!("`{key}` must contain only strings, found {found}"),
        }
        /// `{key}`: number too large
        fn array_number_too_large(key: &str) -> String {
            sv: format!("`{key}`: talet är för stort"),
            en: format!("`{key}`: number too large"),
        }
        /// `{key}` must contain only integers, found {found}
        fn only_integers(key: &str, found: &str) -> String {
            sv: format!("`{key}` får bara innehålla heltal, inte {found}"),
            en: format!("`{key}` must contain only integers, found {found}"),
        }
        /// `{key}` must contain only tables, found {found}
        fn only_tables(key: &str, found: &str) -> String {
            sv: format!("`{key}` får bara innehålla tabeller, inte {found}"),
            en: format!("`{key}` must contain only tables, found {found}"),
        }

        // contract.toml
        /// contract.toml is empty
        fn contract_empty() -> &'static str {
            sv: "contract.toml är tom",
            en: "contract.toml is empty",
        }
        /// a contract needs at least title, start, end and [supplier] name; `avtal new` writes a template
        fn contract_empty_hint() -> &'static str {
            sv: "ett avtal behöver minst title, start, end och name under [supplier]; `avtal new` skriver en mall",
            en: "a contract needs at least title, start, end and [supplier] name; `avtal new` writes a template",
        }
        /// `{key}` must be 0 or more
        fn not_negative(key: &str) -> String {
            sv: format!("`{key}` ska vara 0 eller mer"),
            en: format!("`{key}` must be 0 or more"),
        }
        /// `successor` names the contract itself
        fn successor_is_itself() -> &'static str {
            sv: "`successor` pekar på avtalet självt",
            en: "`successor` names the contract itself",
        }
        /// the successor must be the folder name of another contract in this register
        fn successor_hint() -> &'static str {
            sv: "efterföljaren ska vara mappnamnet på ett annat avtal i registret",
            en: "the successor must be the folder name of another contract in this register",
        }
        /// `successor` names no contract: `{name}`
        fn successor_unknown(name: &str) -> String {
            sv: format!("`successor` pekar inte på något avtal: `{name}`"),
            en: format!("`successor` names no contract: `{name}`"),
        }
        /// `end` ({end}) is before `start` ({start})
        fn load_end_before_start(end: NaiveDate, start: NaiveDate) -> String {
            sv: format!("`end` ({end}) ligger före `start` ({start})"),
            en: format!("`end` ({end}) is before `start` ({start})"),
        }
        /// `terminated` ({terminated}) is before `start` ({start})
        fn terminated_before_start(terminated: NaiveDate, start: NaiveDate) -> String {
            sv: format!("`terminated` ({terminated}) ligger före `start` ({start})"),
            en: format!("`terminated` ({terminated}) is before `start` ({start})"),
        }
        /// `call_off` applies only to a framework agreement
        fn call_off_not_framework() -> &'static str {
            sv: "`call_off` gäller bara ramavtal",
            en: "`call_off` applies only to a framework agreement",
        }
        /// set kind = "framework", or remove `call_off`
        fn call_off_hint() -> &'static str {
            sv: "sätt kind = \"framework\" eller ta bort `call_off`",
            en: "set kind = \"framework\", or remove `call_off`",
        }
        /// contract.toml is incomplete
        fn contract_incomplete() -> &'static str {
            sv: "contract.toml är ofullständig",
            en: "contract.toml is incomplete",
        }
        /// missing required table [supplier]
        fn missing_supplier() -> &'static str {
            sv: "obligatorisk tabell [supplier] saknas",
            en: "missing required table [supplier]",
        }
        /// add [supplier] with name = "..."
        fn missing_supplier_hint() -> &'static str {
            sv: "lägg till [supplier] med name = \"...\"",
            en: "add [supplier] with name = \"...\"",
        }
        /// both [supplier] and [[suppliers]]
        fn both_suppliers() -> &'static str {
            sv: "både [supplier] och [[suppliers]]",
            en: "both [supplier] and [[suppliers]]",
        }
        /// use [supplier] for one supplier or [[suppliers]] for several, not both
        fn both_suppliers_hint() -> &'static str {
            sv: "använd [supplier] för en leverantör eller [[suppliers]] för flera, inte båda",
            en: "use [supplier] for one supplier or [[suppliers]] for several, not both",
        }
        /// [[suppliers]] lists no supplier
        fn no_suppliers() -> &'static str {
            sv: "[[suppliers]] anger ingen leverantör",
            en: "[[suppliers]] lists no supplier",
        }
        /// `rank` must be 1 or more (1 is the first in the ranking order), found {rank}
        fn rank_too_small(rank: i64) -> String {
            sv: format!("`rank` ska vara 1 eller mer (1 är först i rangordningen), inte {rank}"),
            en: format!(
                "`rank` must be 1 or more (1 is the first in the ranking order), found {rank}"
            ),
        }
        /// duplicate supplier rank {rank}
        fn duplicate_rank(rank: u32) -> String {
            sv: format!("leverantörsrang {rank} förekommer två gånger"),
            en: format!("duplicate supplier rank {rank}"),
        }
        /// duplicate supplier org_no {org_no}
        fn duplicate_org_no(org_no: &str) -> String {
            sv: format!("leverantörens org_no {org_no} förekommer två gånger"),
            en: format!("duplicate supplier org_no {org_no}"),
        }
        /// invalid organisation number "{text}": {problem}
        fn invalid_supplier_org_no(text: &str, problem: &str) -> String {
            sv: format!("ogiltigt organisationsnummer \"{text}\": {problem}"),
            en: format!("invalid organisation number \"{text}\": {problem}"),
        }
        /// write it as NNNNNN-NNNN, e.g. 556677-8899; the last digit is a Luhn check digit
        fn org_no_hint() -> &'static str {
            sv: "skriv det som NNNNNN-NNNN, t.ex. 556677-8899; sista siffran är en kontrollsiffra (Luhn)",
            en: "write it as NNNNNN-NNNN, e.g. 556677-8899; the last digit is a Luhn check digit",
        }
        /// expected ten digits as NNNNNN-NNNN
        fn org_no_shape_problem() -> &'static str {
            sv: "skriv tio siffror som NNNNNN-NNNN",
            en: "expected ten digits as NNNNNN-NNNN",
        }
        /// the check digit is wrong
        fn org_no_check_digit_problem() -> &'static str {
            sv: "kontrollsiffran stämmer inte",
            en: "the check digit is wrong",
        }
        /// option {number} is both exercised and declined
        fn option_exercised_and_declined(number: usize) -> String {
            sv: format!("option {number} är både utnyttjad och avböjd"),
            en: format!("option {number} is both exercised and declined"),
        }
        /// set only one of `exercised` and `declined`
        fn option_exercised_and_declined_hint() -> &'static str {
            sv: "sätt bara en av `exercised` och `declined`",
            en: "set only one of `exercised` and `declined`",
        }
        /// option {number} is exercised but option {earlier} before it was {state}
        fn option_out_of_order(number: usize, earlier: usize, state: &str) -> String {
            sv: format!("option {number} är utnyttjad men option {earlier} före den är {state}"),
            en: format!("option {number} is exercised but option {earlier} before it was {state}"),
        }
        /// declined
        fn load_option_declined() -> &'static str {
            both: Self::DECLINED,
        }
        /// not exercised
        fn option_not_exercised() -> &'static str {
            sv: "inte utnyttjad",
            en: "not exercised",
        }
        /// options are used in order: exercise the earlier option first, or mark this one not exercised
        fn option_order_hint() -> &'static str {
            sv: "optioner utnyttjas i ordning: utnyttja den tidigare optionen först, eller markera den här som inte utnyttjad",
            en: "options are used in order: exercise the earlier option first, or mark this one not exercised",
        }
        /// invalid KPI id "{id}"
        fn invalid_kpi_id(id: &str) -> String {
            sv: format!("ogiltigt id för nyckeltal \"{id}\""),
            en: format!("invalid KPI id \"{id}\""),
        }
        /// use lower-case letters a-z, digits, `_` and `-`, e.g. "leveransprecision"
        fn kpi_id_hint() -> &'static str {
            sv: "använd små bokstäver a-z, siffror, `_` och `-`, t.ex. \"leveransprecision\"",
            en: "use lower-case letters a-z, digits, `_` and `-`, e.g. \"leveransprecision\"",
        }
        /// duplicate KPI id "{id}"
        fn duplicate_kpi_id(id: &str) -> String {
            sv: format!("nyckeltalets id \"{id}\" förekommer två gånger"),
            en: format!("duplicate KPI id \"{id}\""),
        }
        /// `months` applies only to a monthly KPI, this one is {frequency}
        fn months_not_monthly(frequency: &str) -> String {
            sv: format!(
                "`months` gäller bara nyckeltal som rapporteras månadsvis; det här rapporteras {frequency}"
            ),
            en: format!("`months` applies only to a monthly KPI, this one is {frequency}"),
        }
        /// remove `months`, or set frequency = "monthly"
        fn months_not_monthly_hint() -> &'static str {
            sv: "ta bort `months` eller sätt frequency = \"monthly\"",
            en: "remove `months`, or set frequency = \"monthly\"",
        }
        /// `months` must be between 1 and 12, found {bad}
        fn months_out_of_range(bad: i64) -> String {
            sv: format!("`months` ska vara mellan 1 och 12, inte {bad}"),
            en: format!("`months` must be between 1 and 12, found {bad}"),
        }
        /// `months` is empty: leave it out to report every month
        fn months_empty() -> &'static str {
            sv: "`months` är tom: utelämna den för att rapportera varje månad",
            en: "`months` is empty: leave it out to report every month",
        }
        /// option {number} would end the contract after 9999-12-31 ({end} plus {months} months of options)
        fn option_past_9999(number: usize, end: NaiveDate, months: i64) -> String {
            sv: format!(
                "option {number} skulle förlänga avtalet förbi 9999-12-31 ({end} plus {months} månaders optioner)"
            ),
            en: format!(
                "option {number} would end the contract after 9999-12-31 ({end} plus {months} months of options)"
            ),
        }
        /// check `end` and the options' `months`
        fn option_past_9999_hint() -> &'static str {
            sv: "kontrollera `end` och optionernas `months`",
            en: "check `end` and the options' `months`",
        }

        // avtal.toml
        /// `shares` must sum to 100, found {sum}
        fn shares_sum(sum: u32) -> String {
            sv: format!("`shares` ska summera till 100, inte {sum}"),
            en: format!("`shares` must sum to 100, found {sum}"),
        }
        /// `{key}` must have three values, one per priority group, found {found}
        fn three_values(key: &str, found: usize) -> String {
            sv: format!("`{key}` ska ha tre värden, ett per prioritetsgrupp, inte {found}"),
            en: format!("`{key}` must have three values, one per priority group, found {found}"),
        }
        /// `{key}` values must be at least {minimum}
        fn values_at_least(key: &str, minimum: i64) -> String {
            sv: format!("värdena i `{key}` ska vara minst {minimum}"),
            en: format!("`{key}` values must be at least {minimum}"),
        }
        /// escalation step {step} is defined twice
        fn escalation_step_twice(step: i64) -> String {
            sv: format!("eskaleringssteg {step} är angivet två gånger"),
            en: format!("escalation step {step} is defined twice"),
        }
        /// an `ack` row without the finding's key
        fn ack_needs_ref() -> &'static str {
            sv: "en kvittering (ack) behöver anmärkningens nyckel i ref",
            en: "an acknowledgement (ack) needs the finding's key in ref",
        }
        /// where the key of a finding is found
        fn ack_ref_hint() -> &'static str {
            sv: "nyckeln står i `avtal check --format json` (\"key\"), t.ex. kpi-missing:nki/2026-Q3",
            en: "the key is in `avtal check --format json` (\"key\"), e.g. kpi-missing:nki/2026-Q3",
        }
        /// an `ack` row without its until-date
        fn ack_needs_until() -> &'static str {
            sv: "en kvittering (ack) behöver ett slutdatum i due",
            en: "an acknowledgement (ack) needs an until-date in due",
        }
        /// how long an acknowledgement may hold
        fn ack_until_hint() -> &'static str {
            sv: "skriv sista dagen kvitteringen gäller, högst 365 dagar efter dess datum",
            en: "write the last day the acknowledgement holds, at most 365 days after its date",
        }
        /// an `ack` row without a reason
        fn ack_needs_note() -> &'static str {
            sv: "en kvittering (ack) behöver en motivering i note",
            en: "an acknowledgement (ack) needs a reason in note",
        }
        /// what the reason of an acknowledgement says
        fn ack_note_hint() -> &'static str {
            sv: "skriv varför anmärkningen kan vänta, t.ex. vem som beslutat det",
            en: "write why the finding can wait, for example who decided so",
        }
        /// an `ack` that holds too long
        fn ack_too_long(date: NaiveDate, until: NaiveDate, days: i64) -> String {
            sv: format!("kvitteringen den {date} gäller till {until}, mer än {days} dagar"),
            en: format!("the acknowledgement of {date} holds until {until}, more than {days} days"),
        }
        /// what to do with an ack that holds too long
        fn ack_too_long_hint() -> &'static str {
            sv: "välj ett tidigare slutdatum och kvittera på nytt när det har passerat",
            en: "choose an earlier until-date and acknowledge again when it has passed",
        }
        /// a `[[lou.periods]]` entry does not come after the one before it
        fn lou_periods_out_of_order(from: NaiveDate, before: NaiveDate) -> String {
            sv: format!("perioden från {from} kommer efter perioden från {before}; [[lou.periods]] ska stå i datumordning"),
            en: format!("the period from {from} comes after the period from {before}; [[lou.periods]] must be in date order"),
        }
        /// how to order `[[lou.periods]]`
        fn lou_periods_order_hint() -> &'static str {
            sv: "skriv perioderna med det tidigaste `from` först, varje datum en gång",
            en: "write the periods with the earliest `from` first, each date once",
        }
        /// a code in `[checks] severity` that is not a finding code
        fn unknown_check_code(code: &str) -> String {
            sv: format!("okänd kontroll \"{code}\" i [checks] severity"),
            en: format!("unknown check \"{code}\" in [checks] severity"),
        }
        /// a severity in `[checks] severity` other than error, warning or off
        fn unknown_check_level(code: &str, text: &str) -> String {
            sv: format!("okänd allvarlighetsgrad \"{text}\" för {code} i [checks] severity"),
            en: format!("unknown severity \"{text}\" for {code} in [checks] severity"),
        }
        /// the finding codes `[checks]` may name
        fn known_codes(codes: &str) -> String {
            sv: format!("kända kontroller: {codes} (se `avtal check --list`)"),
            en: format!("known checks: {codes} (see `avtal check --list`)"),
        }

        // CSV
        /// a quoted field is never closed (missing `"`)
        fn quote_not_closed() -> &'static str {
            sv: "ett fält inom citattecken avslutas aldrig (`\"` saknas)",
            en: "a quoted field is never closed (missing `\"`)",
        }
        /// unexpected text after a closing quote
        fn text_after_quote() -> &'static str {
            sv: "oväntad text efter ett avslutande citattecken",
            en: "unexpected text after a closing quote",
        }
        /// missing or wrong header; the first line must be `{expected}`
        fn wrong_csv_header(expected: &str) -> String {
            sv: format!("rubrikraden saknas eller är fel; första raden ska vara `{expected}`"),
            en: format!("missing or wrong header; the first line must be `{expected}`"),
        }
        /// add the header line `{expected}` at the top of the file
        fn csv_header_hint(expected: &str) -> String {
            sv: format!("lägg till rubrikraden `{expected}` överst i filen"),
            en: format!("add the header line `{expected}` at the top of the file"),
        }
        /// empty file; the first line must be `{expected}`
        fn empty_csv_file(expected: &str) -> String {
            sv: format!("filen är tom; första raden ska vara `{expected}`"),
            en: format!("empty file; the first line must be `{expected}`"),
        }
        /// delete the file if there is nothing to record, or add the header line
        fn empty_csv_file_hint() -> &'static str {
            sv: "ta bort filen om det inte finns något att föra in, eller lägg till rubrikraden",
            en: "delete the file if there is nothing to record, or add the header line",
        }
        /// expected {expected} fields ({header}), found {found}
        fn csv_field_count(expected: usize, header: &str, found: usize) -> String {
            sv: format!("raden ska ha {expected} fält ({header}), men har {found}"),
            en: format!("expected {expected} fields ({header}), found {found}"),
        }
        /// invalid CSV: {message}
        fn invalid_register_csv(message: &str) -> String {
            sv: format!("ogiltig CSV: {message}"),
            en: format!("invalid CSV: {message}"),
        }

        // index/
        /// invalid month `{text}`
        fn invalid_index_month(text: &str) -> String {
            sv: format!("ogiltig månad `{text}`"),
            en: format!("invalid month `{text}`"),
        }
        /// write the month as YYYY-MM, e.g. 2024-01
        fn month_hint() -> &'static str {
            sv: "skriv månaden som ÅÅÅÅ-MM, t.ex. 2024-01",
            en: "write the month as YYYY-MM, e.g. 2024-01",
        }
        /// duplicate month {period} (first on line {first})
        fn duplicate_month(period: &str, first: u32) -> String {
            sv: format!("månaden {period} förekommer två gånger (första gången på rad {first})"),
            en: format!("duplicate month {period} (first on line {first})"),
        }
        /// keep one row per month
        fn one_row_per_month() -> &'static str {
            sv: "behåll en rad per månad",
            en: "keep one row per month",
        }
        /// month {period} comes after {latest}: the rows are not sorted
        fn month_not_sorted(period: &str, latest: &str) -> String {
            sv: format!("månaden {period} kommer efter {latest}: raderna är inte sorterade"),
            en: format!("month {period} comes after {latest}: the rows are not sorted"),
        }
        /// sort the rows by month (`avtal index import` writes them sorted)
        fn sort_months_hint() -> &'static str {
            sv: "sortera raderna efter månad (`avtal index import` skriver dem sorterade)",
            en: "sort the rows by month (`avtal index import` writes them sorted)",
        }
        /// index value `{value}` must be greater than 0
        fn index_not_positive(value: &str) -> String {
            sv: format!("indexvärdet `{value}` ska vara större än 0"),
            en: format!("index value `{value}` must be greater than 0"),
        }
        /// index value `{value}` lies outside 0.001–1,000,000,000
        fn index_out_of_range(value: &str) -> String {
            sv: format!("indexvärdet `{value}` ligger utanför 0,001–1 000 000 000"),
            en: format!("index value `{value}` lies outside 0.001–1,000,000,000"),
        }
        /// an index value is a positive number such as 412.34
        fn index_positive_hint() -> &'static str {
            sv: "ett indexvärde är ett positivt tal som 412.34",
            en: "an index value is a positive number such as 412.34",
        }
        /// index value `{value}` is not a number
        fn index_not_number(value: &str) -> String {
            sv: format!("indexvärdet `{value}` är inget tal"),
            en: format!("index value `{value}` is not a number"),
        }
        /// write a number with a decimal point, e.g. 412.34
        fn index_number_hint() -> &'static str {
            sv: "skriv ett tal med decimalpunkt, t.ex. 412.34",
            en: "write a number with a decimal point, e.g. 412.34",
        }
        /// `{name}` is not a valid series name
        fn invalid_series_name(name: &str) -> String {
            sv: format!("`{name}` är inget giltigt namn på en indexserie"),
            en: format!("`{name}` is not a valid series name"),
        }
        /// use letters a-z, A-Z, digits, `.`, `_` and `-`, e.g. KPI.csv
        fn series_name_hint() -> &'static str {
            sv: "använd bokstäverna a-z, A-Z, siffror, `.`, `_` och `-`, t.ex. KPI.csv, men inget namn som Windows förbjuder (CON, NUL, AUX, PRN, COM1, LPT1) och inget som slutar med `.`",
            en: "use letters a-z, A-Z, digits, `.`, `_` and `-`, e.g. KPI.csv, but no name Windows forbids (CON, NUL, AUX, PRN, COM1, LPT1) and none ending in `.`",
        }

        // kpi.csv
        /// invalid period `{text}`
        fn invalid_kpi_period(text: &str) -> String {
            sv: format!("ogiltig period `{text}`"),
            en: format!("invalid period `{text}`"),
        }
        /// write YYYY-MM for a monthly KPI, YYYY-Qn for a quarterly one, YYYY for a yearly one
        fn period_hint() -> &'static str {
            sv: "skriv ÅÅÅÅ-MM för ett nyckeltal per månad, ÅÅÅÅ-Qn per kvartal och ÅÅÅÅ per år",
            en: "write YYYY-MM for a monthly KPI, YYYY-Qn for a quarterly one, YYYY for a yearly one",
        }
        /// the contract defines no [[kpis]]
        fn no_kpis_defined() -> &'static str {
            sv: "avtalet har inga [[kpis]]",
            en: "the contract defines no [[kpis]]",
        }
        /// the contract's KPIs are: {ids}
        fn kpis_are(ids: &str) -> String {
            sv: format!("avtalets nyckeltal är: {ids}"),
            en: format!("the contract's KPIs are: {ids}"),
        }
        /// unknown KPI `{text}`
        fn unknown_kpi_in_csv(text: &str) -> String {
            sv: format!("okänt nyckeltal `{text}`"),
            en: format!("unknown KPI `{text}`"),
        }
        /// period `{period}` does not match KPI `{kpi}`, which is reported {frequency}
        fn period_frequency_mismatch(period: &str, kpi: &str, frequency: &str) -> String {
            sv: format!(
                "perioden `{period}` passar inte nyckeltalet `{kpi}`, som rapporteras {frequency}"
            ),
            en: format!(
                "period `{period}` does not match KPI `{kpi}`, which is reported {frequency}"
            ),
        }
        /// monthly
        fn reported_monthly() -> &'static str {
            both: Self::MONTHLY,
        }
        /// quarterly
        fn reported_quarterly() -> &'static str {
            both: Self::QUARTERLY,
        }
        /// yearly
        fn reported_yearly() -> &'static str {
            both: Self::YEARLY,
        }
        /// YYYY-MM
        fn month_period_form() -> &'static str {
            sv: "ÅÅÅÅ-MM",
            en: "YYYY-MM",
        }
        /// YYYY-Qn
        fn quarter_period_form() -> &'static str {
            sv: "ÅÅÅÅ-Qn",
            en: "YYYY-Qn",
        }
        /// YYYY
        fn year_period_form() -> &'static str {
            sv: "ÅÅÅÅ",
            en: "YYYY",
        }
        /// write the period as {form}
        fn period_form_hint(form: &str) -> String {
            sv: format!("skriv perioden som {form}"),
            en: format!("write the period as {form}"),
        }
        /// period `{period}` is outside the months of seasonal KPI `{kpi}` ({months})
        fn period_outside_season(period: &str, kpi: &str, months: &str) -> String {
            sv: format!(
                "perioden `{period}` ligger utanför månaderna för säsongsnyckeltalet `{kpi}` ({months})"
            ),
            en: format!(
                "period `{period}` is outside the months of seasonal KPI `{kpi}` ({months})"
            ),
        }
        /// remove the row, or add the month to the KPI's `months` in contract.toml
        fn season_hint() -> &'static str {
            sv: "ta bort raden, eller lägg till månaden i nyckeltalets `months` i contract.toml",
            en: "remove the row, or add the month to the KPI's `months` in contract.toml",
        }
        /// use a decimal point, e.g. 93.5
        fn decimal_point_hint() -> &'static str {
            sv: "använd decimalpunkt, t.ex. 93.5",
            en: "use a decimal point, e.g. 93.5",
        }
        /// write a number such as 93.5
        fn kpi_number_hint() -> &'static str {
            sv: "skriv ett tal som 93.5",
            en: "write a number such as 93.5",
        }
        /// value `{value}` is not a number
        fn kpi_value_not_number(value: &str) -> String {
            sv: format!("värdet `{value}` är inget tal"),
            en: format!("value `{value}` is not a number"),
        }
        /// duplicate row for period {period} and KPI `{kpi}` (first on line {first})
        fn duplicate_kpi_row(period: &str, kpi: &str, first: u32) -> String {
            sv: format!(
                "raden för period {period} och nyckeltal `{kpi}` förekommer två gånger (första gången på rad {first})"
            ),
            en: format!(
                "duplicate row for period {period} and KPI `{kpi}` (first on line {first})"
            ),
        }
        /// keep one row per period and KPI
        fn one_row_per_period_hint() -> &'static str {
            sv: "behåll en rad per period och nyckeltal",
            en: "keep one row per period and KPI",
        }

        // log.csv
        /// invalid date `{text}`
        fn invalid_log_date(text: &str) -> String {
            sv: format!("ogiltigt datum `{text}`"),
            en: format!("invalid date `{text}`"),
        }
        /// write dates as YYYY-MM-DD, e.g. 2026-03-01
        fn date_example_hint() -> &'static str {
            sv: "skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01",
            en: "write dates as YYYY-MM-DD, e.g. 2026-03-01",
        }
        /// use one of: {names}
        fn use_one_of_types(names: &str) -> String {
            sv: format!("använd en av: {names}"),
            en: format!("use one of: {names}"),
        }
        /// unknown type `{text}`
        fn load_unknown_entry_type(text: &str) -> String {
            sv: format!("okänd typ `{text}`"),
            en: format!("unknown type `{text}`"),
        }
        /// invalid due date `{text}`
        fn invalid_due_date(text: &str) -> String {
            sv: format!("ogiltigt slutdatum `{text}`"),
            en: format!("invalid due date `{text}`"),
        }
        /// write dates as YYYY-MM-DD
        fn log_date_format_hint() -> &'static str {
            sv: "skriv datum som ÅÅÅÅ-MM-DD",
            en: "write dates as YYYY-MM-DD",
        }
        /// amount `{text}` is not a number
        fn log_amount_not_number(text: &str) -> String {
            sv: format!("beloppet `{text}` är inget tal"),
            en: format!("amount `{text}` is not a number"),
        }
        /// amount `{text}` is larger than 1,000,000,000,000,000 SEK, the most an amount may be
        fn amount_too_large(text: &str) -> String {
            sv: format!("beloppet `{text}` är större än 1 000 000 000 000 000 kr, det högsta ett belopp får vara"),
            en: format!("amount `{text}` is larger than 1,000,000,000,000,000 SEK, the most an amount may be"),
        }
        /// check the number of digits: no contract or invoice comes near that amount
        fn amount_too_large_hint() -> &'static str {
            sv: "kontrollera antalet siffror: inget avtal och ingen faktura kommer i närheten av det beloppet",
            en: "check the number of digits: no contract or invoice comes near that amount",
        }
        /// write SEK as a plain number, e.g. 25000 or 12500.50
        fn log_amount_hint() -> &'static str {
            sv: "skriv kronor som ett tal utan enhet, t.ex. 25000 eller 12500.50",
            en: "write SEK as a plain number, e.g. 25000 or 12500.50",
        }
        /// a `{name}` entry needs a `ref`
        fn entry_needs_ref(name: &str) -> String {
            sv: format!("en `{name}`-rad behöver en `ref`"),
            en: format!("a `{name}` entry needs a `ref`"),
        }
        /// give the deviation an id such as AV-1 and use it on its actions and resolution
        fn deviation_ref_hint() -> &'static str {
            sv: "ge avvikelsen ett id som AV-1 och använd det på dess åtgärder och avslut",
            en: "give the deviation an id such as AV-1 and use it on its actions and resolution",
        }
        /// deviation `{reference}` is already registered on line {first}
        fn deviation_registered_twice(reference: &str, first: u32) -> String {
            sv: format!("avvikelsen `{reference}` är redan registrerad på rad {first}"),
            en: format!("deviation `{reference}` is already registered on line {first}"),
        }
        /// each deviation needs its own ref
        fn own_ref_hint() -> &'static str {
            sv: "varje avvikelse behöver en egen ref",
            en: "each deviation needs its own ref",
        }
        /// `{name}` refers to deviation `{reference}`, which is not registered
        fn deviation_not_registered(name: &str, reference: &str) -> String {
            sv: format!("`{name}` hänvisar till avvikelsen `{reference}`, som inte är registrerad"),
            en: format!("`{name}` refers to deviation `{reference}`, which is not registered"),
        }
        /// register the deviation first: a `deviation` row with this ref
        fn register_deviation_first_hint() -> &'static str {
            sv: "registrera avvikelsen först: en `deviation`-rad med denna ref",
            en: "register the deviation first: a `deviation` row with this ref",
        }
        /// an `action` entry needs a `due` date
        fn load_action_needs_due() -> &'static str {
            sv: "en `action`-rad behöver ett `due`-datum",
            en: "an `action` entry needs a `due` date",
        }
        /// set the date the action must be done by, YYYY-MM-DD
        fn action_due_hint() -> &'static str {
            sv: "ange datumet då åtgärden ska vara klar, ÅÅÅÅ-MM-DD",
            en: "set the date the action must be done by, YYYY-MM-DD",
        }
        /// the `ref` of a `price-adjustment` entry must be the adjustment date
        fn adjustment_ref_not_a_date(reference: &str) -> String {
            sv: format!("`ref` för en `price-adjustment`-rad ska vara justeringsdagen, inte `{reference}`"),
            en: format!("the `ref` of a `price-adjustment` entry must be the adjustment date, not `{reference}`"),
        }
        /// write the adjustment date of the index clause as YYYY-MM-DD; `avtal price KEY` lists them
        fn adjustment_ref_hint() -> &'static str {
            sv: "skriv indexklausulens justeringsdag som ÅÅÅÅ-MM-DD; `avtal price NYCKEL` visar dem",
            en: "write the adjustment date of the index clause as YYYY-MM-DD; `avtal price KEY` lists them",
        }
        /// a `change` entry needs an `amount`
        fn load_change_needs_amount() -> &'static str {
            sv: "en `change`-rad behöver ett `amount`",
            en: "a `change` entry needs an `amount`",
        }
        /// the net change in SEK, negative for a reduction, e.g. 250000 or -40000
        fn load_change_amount_hint() -> &'static str {
            sv: "nettoförändringen i kronor, negativ för en minskning, t.ex. 250000 eller -40000",
            en: "the net change in SEK, negative for a reduction, e.g. 250000 or -40000",
        }

        // [price_adjustment]
        /// `index` is not a valid series name: "{name}"
        fn invalid_index_name(name: &str) -> String {
            sv: format!("`index` är inget giltigt namn på en indexserie: \"{name}\""),
            en: format!("`index` is not a valid series name: \"{name}\""),
        }
        /// name the series like its file in index/, e.g. index = "KPI" for index/KPI.csv
        fn index_name_hint() -> &'static str {
            sv: "ange serien som dess fil i index/, t.ex. index = \"KPI\" för index/KPI.csv",
            en: "name the series like its file in index/, e.g. index = \"KPI\" for index/KPI.csv",
        }
        /// `base` must be a month YYYY-MM, found "{text}"
        fn base_not_month(text: &str) -> String {
            sv: format!("`base` ska vara en månad ÅÅÅÅ-MM, inte \"{text}\""),
            en: format!("`base` must be a month YYYY-MM, found \"{text}\""),
        }
        /// write the base index month, e.g. base = "2024-01"
        fn base_hint() -> &'static str {
            sv: "skriv basmånaden för indexet, t.ex. base = \"2024-01\"",
            en: "write the base index month, e.g. base = \"2024-01\"",
        }
        /// `share` must be more than 0 and at most 1, found {share}
        fn share_out_of_range(share: f64) -> String {
            sv: format!("`share` ska vara större än 0 och högst 1, inte {share}"),
            en: format!("`share` must be more than 0 and at most 1, found {share}"),
        }
        /// the indexed share of the price, e.g. share = 0.8 for 80 %
        fn share_hint() -> &'static str {
            sv: "den indexreglerade andelen av priset, t.ex. share = 0.8 för 80 %",
            en: "the indexed share of the price, e.g. share = 0.8 for 80 %",
        }
        /// `min_change_percent` must be 0 or more, found {value}
        fn min_change_negative(value: f64) -> String {
            sv: format!("`min_change_percent` ska vara 0 eller mer, inte {value}"),
            en: format!("`min_change_percent` must be 0 or more, found {value}"),
        }
        /// import the series first: avtal index import FILE --series {name}
        fn load_import_series_hint(name: &str) -> String {
            sv: format!("importera serien först: avtal index import FIL --series {name}"),
            en: format!("import the series first: avtal index import FILE --series {name}"),
        }
        /// the series in {folder}/ are: {known}; or import it: avtal index import FILE --series {name}
        fn series_are_hint(folder: &str, known: &str, name: &str) -> String {
            sv: format!(
                "serierna i {folder}/ är: {known}; eller importera den: avtal index import FIL --series {name}"
            ),
            en: format!(
                "the series in {folder}/ are: {known}; or import it: avtal index import FILE --series {name}"
            ),
        }
        /// `index` names no series: there is no file {folder}/{name}.csv
        fn no_such_series(folder: &str, name: &str) -> String {
            sv: format!("`index` pekar inte på någon serie: filen {folder}/{name}.csv finns inte"),
            en: format!("`index` names no series: there is no file {folder}/{name}.csv"),
        }

        // spend/
        /// a spend file must be named after its year, like `2026.csv`
        fn spend_file_name() -> &'static str {
            sv: "en fil i spend/ ska heta som sitt år, t.ex. `2026.csv`",
            en: "a spend file must be named after its year, like `2026.csv`",
        }
        /// rename the file, or move it out of spend/
        fn spend_file_hint() -> &'static str {
            sv: "byt namn på filen eller flytta den ur spend/",
            en: "rename the file, or move it out of spend/",
        }
        /// the date {date} is not in {year}, the year of this file
        fn date_not_in_year(date: NaiveDate, year: i32) -> String {
            sv: format!("datumet {date} ligger inte i {year}, filens år"),
            en: format!("the date {date} is not in {year}, the year of this file"),
        }
        /// move the row to spend/{year}.csv, or correct the date
        fn move_row_hint(year: i32) -> String {
            sv: format!("flytta raden till spend/{year}.csv eller rätta datumet"),
            en: format!("move the row to spend/{year}.csv, or correct the date"),
        }
        /// `{text}` is not a valid date (YYYY-MM-DD)
        fn invalid_spend_date(text: &str) -> String {
            sv: format!("`{text}` är inget giltigt datum (ÅÅÅÅ-MM-DD)"),
            en: format!("`{text}` is not a valid date (YYYY-MM-DD)"),
        }
        /// org_no `{org_no}` must be written `{normal}`
        fn org_no_written(org_no: &str, normal: &str) -> String {
            sv: format!("org_no `{org_no}` ska skrivas `{normal}`"),
            en: format!("org_no `{org_no}` must be written `{normal}`"),
        }
        /// `{org_no}` is not a valid organisation number: {reason}
        fn invalid_spend_org_no(org_no: &str, reason: &str) -> String {
            sv: format!("`{org_no}` är inget giltigt organisationsnummer: {reason}"),
            en: format!("`{org_no}` is not a valid organisation number: {reason}"),
        }
        /// `{text}` is not an amount in SEK with `.` as decimal point
        fn invalid_spend_amount(text: &str) -> String {
            sv: format!("`{text}` är inget belopp i kronor med `.` som decimaltecken"),
            en: format!("`{text}` is not an amount in SEK with `.` as decimal point"),
        }

        // files and folders
        /// the folder name `{name}` is reserved and cannot be a contract
        fn reserved_folder(name: &str) -> String {
            sv: format!("mappnamnet `{name}` är reserverat och kan inte vara ett avtal"),
            en: format!("the folder name `{name}` is reserved and cannot be a contract"),
        }
        /// `index/` holds price index series and `spend/` accounts-payable rows; give the contract another key
        fn reserved_folder_hint() -> &'static str {
            sv: "`index/` innehåller prisindexserier och `spend/` utbetalningsrader från leverantörsreskontran; ge avtalet en annan nyckel",
            en: "`index/` holds price index series and `spend/` accounts-payable rows; give the contract another key",
        }
        /// folder name `{name}` is not a valid contract key
        fn invalid_folder_key(name: &str) -> String {
            sv: format!("mappnamnet `{name}` är ingen giltig avtalsnyckel"),
            en: format!("folder name `{name}` is not a valid contract key"),
        }
        /// rename it using lower-case a-z, digits, `.`, `_` and `-`, starting with a letter or digit (or prefix it with `_` to make avtal ignore it)
        fn folder_key_hint() -> &'static str {
            sv: "byt namn med små bokstäver a-z, siffror, `.`, `_` och `-`, med en bokstav eller siffra först, och inte till ett namn som Windows förbjuder (con, nul, aux, prn, com1, lpt1) eller som slutar med `.` (eller sätt `_` först så hoppar avtal över mappen)",
            en: "rename it using lower-case a-z, digits, `.`, `_` and `-`, starting with a letter or digit, and not to a name Windows forbids (con, nul, aux, prn, com1, lpt1) or one ending in `.` (or prefix it with `_` to make avtal ignore it)",
        }
        /// cannot read the file: {error}
        fn cannot_read_file(error: &str) -> String {
            sv: format!("filen kan inte läsas: {error}"),
            en: format!("cannot read the file: {error}"),
        }
        /// the file is not valid UTF-8
        fn file_not_utf8() -> &'static str {
            sv: "filen är inte giltig UTF-8",
            en: "the file is not valid UTF-8",
        }
        /// save the file as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)
        fn utf8_hint() -> &'static str {
            sv: "spara filen som UTF-8 (i Excel: \"CSV UTF-8\"; i en textredigerare: teckenkodning UTF-8)",
            en: "save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in an editor: encoding UTF-8)",
        }

        // command-line values
        /// {option} contains the control character {character}
        fn option_control_character(option: &str, character: &str) -> String {
            sv: format!("{option} innehåller styrtecknet {character}"),
            en: format!("{option} contains the control character {character}"),
        }
        /// ␊ (a line break)
        fn line_break_character() -> &'static str {
            sv: "␊ (en radbrytning)",
            en: "␊ (a line break)",
        }
        /// ␉ (a tab)
        fn tab_character() -> &'static str {
            sv: "␉ (en tabb)",
            en: "␉ (a tab)",
        }
        /// remove it; line breaks and control characters are not allowed here
        fn control_character_hint() -> &'static str {
            sv: "ta bort det; radbrytningar och styrtecken är inte tillåtna här",
            en: "remove it; line breaks and control characters are not allowed here",
        }
        /// {option} is longer than {max} characters
        fn option_too_long(option: &str, max: usize) -> String {
            sv: format!("{option} är längre än {max} tecken"),
            en: format!("{option} is longer than {max} characters"),
        }
        /// {option} {date} is outside the years {min}–{max}
        fn option_date_outside_years(option: &str, date: NaiveDate, min: u16, max: u16) -> String {
            sv: format!("{option} {date} ligger utanför åren {min}–{max}"),
            en: format!("{option} {date} is outside the years {min}–{max}"),
        }
        /// `{text}` is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-22
        fn invalid_date_argument(text: &str) -> String {
            sv: format!(
                "`{text}` är inget giltigt datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-11-22"
            ),
            en: format!("`{text}` is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-22"),
        }

        // finding the register, output and locks
        /// register folder {path} does not exist
        fn register_folder_missing(path: &str) -> String {
            sv: format!("registermappen {path} finns inte"),
            en: format!("register folder {path} does not exist"),
        }
        /// check --register / AVTAL_REGISTER, or create one with `avtal init DIR`
        fn register_folder_missing_hint() -> &'static str {
            sv: "kontrollera --register / AVTAL_REGISTER, eller skapa ett register med `avtal init MAPP`",
            en: "check --register / AVTAL_REGISTER, or create one with `avtal init DIR`",
        }
        /// no register found: no avtal.toml here, in any parent folder, or in ./contracts
        fn no_register() -> &'static str {
            sv: "inget register hittades: ingen avtal.toml här, i någon överordnad mapp eller i ./contracts",
            en: "no register found: no avtal.toml here, in any parent folder, or in ./contracts",
        }
        /// pass --register DIR (or set AVTAL_REGISTER), or create a register with `avtal init DIR`
        fn no_register_hint() -> &'static str {
            sv: "ange --register MAPP (eller sätt AVTAL_REGISTER), eller skapa ett register med `avtal init MAPP`",
            en: "pass --register DIR (or set AVTAL_REGISTER), or create a register with `avtal init DIR`",
        }
        /// {what} needs an output file
        fn needs_output_file(what: &str) -> String {
            sv: format!("{what} behöver en utdatafil"),
            en: format!("{what} needs an output file"),
        }
        /// add -o FILE
        fn needs_output_file_hint() -> &'static str {
            sv: "lägg till -o FIL",
            en: "add -o FILE",
        }
        /// cannot write output: {error}
        fn cannot_write_output(error: &str) -> String {
            sv: format!("utdata kan inte skrivas: {error}"),
            en: format!("cannot write output: {error}"),
        }
        /// {path} is a folder, not a file
        fn is_a_folder(path: &str) -> String {
            sv: format!("{path} är en mapp, inte en fil"),
            en: format!("{path} is a folder, not a file"),
        }
        /// give a file name, e.g. -o plan.csv
        fn is_a_folder_hint() -> &'static str {
            sv: "ange ett filnamn, t.ex. -o plan.csv",
            en: "give a file name, e.g. -o plan.csv",
        }
        /// too many levels of symbolic links
        fn symlink_loop() -> &'static str {
            sv: "för många nivåer av symboliska länkar",
            en: "too many levels of symbolic links",
        }
        /// the folder does not exist
        fn output_folder_missing() -> &'static str {
            sv: "mappen finns inte",
            en: "the folder does not exist",
        }
        /// permission denied
        fn output_permission_denied() -> &'static str {
            sv: "åtkomst nekad",
            en: "permission denied",
        }
        /// {path} is a symbolic link; avtal writes only regular files inside the register
        fn register_file_is_symlink(path: &str) -> String {
            sv: format!("{path} är en symbolisk länk; avtal skriver bara vanliga filer i registret"),
            en: format!("{path} is a symbolic link; avtal writes only regular files inside the register"),
        }
        /// {path} is a symbolic link to a folder; avtal writes only inside the register's own folders
        fn register_folder_is_symlink(path: &str) -> String {
            sv: format!("{path} är en symbolisk länk till en mapp; avtal skriver bara i registrets egna mappar"),
            en: format!("{path} is a symbolic link to a folder; avtal writes only inside the register's own folders"),
        }
        /// {path} is not a regular file (a device, a pipe or a socket); avtal writes only regular files inside the register
        fn register_file_not_regular(path: &str) -> String {
            sv: format!("{path} är ingen vanlig fil (en enhet, ett rör eller ett uttag); avtal skriver bara vanliga filer i registret"),
            en: format!("{path} is not a regular file (a device, a pipe or a socket); avtal writes only regular files inside the register"),
        }
        /// {path} has other names (hard links) outside avtal's control; avtal writes only files that are its own
        fn register_file_hard_linked(path: &str) -> String {
            sv: format!("{path} har fler namn (hårda länkar) som avtal inte råder över; avtal skriver bara filer som är dess egna"),
            en: format!("{path} has other names (hard links) outside avtal's control; avtal writes only files that are its own"),
        }
        /// remove it (for a lock file: when no avtal command runs) and run the command again; a file that belongs in the register is copied in, not linked
        fn register_file_hint() -> &'static str {
            sv: "ta bort den (en låsfil: när inget avtal-kommando körs) och kör kommandot igen; en fil som hör till registret kopieras in, den länkas inte",
            en: "remove it (for a lock file: when no avtal command runs) and run the command again; a file that belongs in the register is copied in, not linked",
        }
        /// {path} is locked by {holder}
        fn locked_by(path: &str, holder: &str) -> String {
            sv: format!("{path} är låst av {holder}"),
            en: format!("{path} is locked by {holder}"),
        }
        /// another avtal process (pid {pid})
        fn lock_holder_pid(pid: u32) -> String {
            sv: format!("en annan avtal-process (pid {pid})"),
            en: format!("another avtal process (pid {pid})"),
        }
        /// another avtal process
        fn lock_holder() -> &'static str {
            sv: "en annan avtal-process",
            en: "another avtal process",
        }
        /// wait for it to finish and try again
        fn lock_hint() -> &'static str {
            sv: "vänta tills den är klar och försök igen",
            en: "wait for it to finish and try again",
        }
        /// error: … and {rest} more error(s) not shown (at most {per_file} per file and {all} in all; `avtal check --format json` lists every one)
        fn errors_not_shown(rest: usize, per_file: usize, all: usize) -> String {
            sv: format!(
                "error: … och ytterligare {rest} fel visas inte (högst {per_file} per fil och {all} totalt; `avtal check --format json` listar alla)"
            ),
            en: format!(
                "error: … and {rest} more error(s) not shown (at most {per_file} per file and {all} in all; `avtal check --format json` lists every one)"
            ),
        }
        /// error: {count} problem(s) found in the register
        fn problems_found(count: usize) -> String {
            sv: format!("error: {count} fel hittades i registret"),
            en: format!("error: {count} problem(s) found in the register"),
        }
        /// {count} error(s) in the register
        fn register_errors(count: usize) -> String {
            sv: format!("{count} fel i registret"),
            en: format!("{count} error(s) in the register"),
        }
    }
}
