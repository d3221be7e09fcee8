//! Messages of the templates: the commented `avtal.toml` and `contract.toml` that `init`, `new`
//! and `contracts import` write, comments and example values in the register's language.

use crate::messages::macros::catalogue;

/// The filled-in lines of a new `contract.toml`, each already TOML or a commented example, that
/// the template of a language places among its comments.
pub struct ContractLines<'a> {
    /// `# <where it came from>\n`, or empty.
    pub origin: &'a str,
    /// The title on one line, for the heading comment.
    pub title_comment: &'a str,
    /// Each of these is a TOML value (`title`, `kind` without quotes, `start`, `end`, `keywords`).
    pub title: &'a str,
    pub kind: &'a str,
    pub start: &'a str,
    pub end: &'a str,
    pub keywords: &'a str,
    /// Each of these is a whole line: `key = value  # comment` or its commented example.
    pub diarienummer: &'a str,
    pub category: &'a str,
    pub annual_value: &'a str,
    pub business_critical: &'a str,
    pub contract_value: &'a str,
    pub max_value: &'a str,
    pub controller: &'a str,
    pub owner: &'a str,
    /// The framework agreement's commented lines (ending in a newline), or empty.
    pub framework: &'a str,
    /// The `[supplier]` or `[[suppliers]]` tables.
    pub suppliers: &'a str,
    /// The `[[options]]` tables or their commented example.
    pub options: &'a str,
}

catalogue! {
    /// Messages of the templates written by `init`, `new` and `contracts import`.
    pub trait Templates {
        /// The commented `avtal.toml` of a new register; `organisation` is a TOML string.
        fn template_settings(organisation: &str) -> String {
            sv: format!(
                r#"# Inställningar för avtalsregistret (avtal.toml). Alla nycklar är valfria.
organisation = {organisation}
language = "sv"                  # "sv" eller "en": språk i tabeller, rapporter, arbetsböcker och kalendrar
renewal_lead_months = 12         # börja nästa upphandling så här många månader före avtalsslut
option_warning_days = 90         # varna så här många dagar före sista dag att meddela option
kpi_grace_days = 30              # ett nyckeltal ska vara rapporterat så här många dagar efter periodens slut

[priority]
shares = [10, 30, 60]            # andel avtal i grupp 1, 2 och 3 i procent (SKR:s 10/30/60-modell)

[cadence]                        # månader mellan uppföljningar per grupp
interval_months = [4, 12, 24]
first_year_interval_months = [2, 6, 12]
start_meeting_days = 30          # startmöte inom så här många dagar från avtalsstart
qualification_interval_months = 12

[lou]                            # gränser i LOU
framework_max_months = 48        # LOU 7 kap. 2 §: ett ramavtal får löpa högst fyra år

# Tröskelvärdena gäller från ett datum; EU ändrar dem den 1 januari varje jämnt år.
# `avtal check` varnar (lou-values-outdated) tills värdena för innevarande tvåårsperiod finns här.
# Upphandlingsmyndigheten publicerar dem (www.upphandlingsmyndigheten.se).
[[lou.periods]]
from = 2024-01-01
threshold = 2389585              # EU:s tröskelvärde för varor och tjänster, kommuner och regioner (kr)
threshold_works = 59880179       # EU:s tröskelvärde för byggentreprenader (kr)
direct_award_limit = 700000      # direktupphandlingsgräns, LOU 19 kap. (kr)

[checks]                         # namngivna kontroller, se `avtal check --list`
# severity = {{ "kpi-missing" = "off", "contract-ending" = "error" }}   # error, warning eller off

# Eskaleringstrappan kan ändras steg för steg, till exempel:
# [[escalation.steps]]
# step = 2
# responsible = ["Avtalscontroller", "Inköpschef"]
"#
            ),
            en: format!(
                r#"# Settings of the contract register (avtal.toml). Every key is optional.
organisation = {organisation}
language = "en"                  # "sv" or "en": language of tables, reports, workbooks and calendars
renewal_lead_months = 12         # start the next procurement this many months before the contract ends
option_warning_days = 90         # warn this many days before the last day to give notice of an option
kpi_grace_days = 30              # a KPI is due this many days after the end of its period

[priority]
shares = [10, 30, 60]            # share of contracts in group 1, 2 and 3 in per cent (SKR's 10/30/60 model)

[cadence]                        # months between follow-ups per group
interval_months = [4, 12, 24]
first_year_interval_months = [2, 6, 12]
start_meeting_days = 30          # start meeting within this many days of the contract start
qualification_interval_months = 12

[lou]                            # limits of the Public Procurement Act (LOU)
framework_max_months = 48        # LOU chapter 7 section 2: a framework agreement may run at most four years

# The thresholds apply from a date; the EU changes them on 1 January of every even year.
# `avtal check` warns (lou-values-outdated) until the values of the current two-year period are here.
# The National Agency for Public Procurement publishes them (www.upphandlingsmyndigheten.se).
[[lou.periods]]
from = 2024-01-01
threshold = 2389585              # EU threshold for supplies and services, municipalities and regions (SEK)
threshold_works = 59880179       # EU threshold for public works contracts (SEK)
direct_award_limit = 700000      # direct award limit, LOU chapter 19 (SEK)

[checks]                         # named checks, see `avtal check --list`
# severity = {{ "kpi-missing" = "off", "contract-ending" = "error" }}   # error, warning or off

# The escalation ladder can be changed step by step, for example:
# [[escalation.steps]]
# step = 2
# responsible = ["Contract controller", "Head of procurement"]
"#
            ),
        }
        /// The commented `contract.toml` of a new contract around its filled-in lines.
        fn template_contract(lines: &ContractLines<'_>) -> String {
            sv: {
                let ContractLines {
                    origin,
                    title_comment,
                    title,
                    kind,
                    start,
                    end,
                    keywords,
                    diarienummer,
                    category,
                    annual_value,
                    business_critical,
                    contract_value,
                    max_value,
                    controller,
                    owner,
                    framework,
                    suppliers,
                    options,
                } = lines;
                format!(
                    r#"{origin}# Avtal: {title_comment}
title = {title}
{diarienummer}
{category}
kind = "{kind}"                     # "contract" | "framework" | "national-call-off"
start = {start}
end = {end}                       # slut på den initiala avtalsperioden
# terminated = 2027-05-31          # om avtalet upphör i förtid
{annual_value}
{business_critical}
# kraljic = "strategic"            # "strategic" | "leverage" | "bottleneck" | "non-critical"
# priority = 2                     # sätt prioritetsgrupp 1–3 manuellt
# successor = "nytt-avtal"         # avtalet som ersätter detta
keywords = {keywords}
{contract_value}
{max_value}
# works = false                    # byggentreprenad: 15 % i stället för 10 % för ändringar (LOU 17 kap. 9 §)
{framework}# ordering = "Beställ via e-handelssystemet."   # hur beställare köper (avtalskatalogen)
# spend_accounts = ["4010"]        # kontoprefix som skiljer två avtal med samma leverantör åt

{suppliers}
[roles]
{controller}
{owner}
# partner_owner = "Per Lind"

# [[contacts]]
# name = "Kim Ek"
# party = "supplier"               # "buyer" | "supplier"
# role = "Kundansvarig"
# email = "kim.ek@leverantor.example"
# escalation = true
# public = false                   # visas i den publicerade avtalskatalogen

{options}

# [[kpis]]
# id = "leveransprecision"
# name = "Leveransprecision"
# unit = "%"
# target = 95
# direction = "higher"             # "higher" | "lower"
# frequency = "monthly"            # "monthly" | "quarterly" | "yearly"
# months = [11, 12, 1, 2, 3]       # säsongsnyckeltal (bara månadsvisa): månaderna det rapporteras

# [[requirements]]                 # kvalificeringskrav som kontrolleras under avtalstiden
# name = "Kreditvärdighet"
"#
                )
            },
            en: {
                let ContractLines {
                    origin,
                    title_comment,
                    title,
                    kind,
                    start,
                    end,
                    keywords,
                    diarienummer,
                    category,
                    annual_value,
                    business_critical,
                    contract_value,
                    max_value,
                    controller,
                    owner,
                    framework,
                    suppliers,
                    options,
                } = lines;
                format!(
                    r#"{origin}# Contract: {title_comment}
title = {title}
{diarienummer}
{category}
kind = "{kind}"                     # "contract" | "framework" | "national-call-off"
start = {start}
end = {end}                       # end of the initial contract period
# terminated = 2027-05-31          # if the contract ends early
{annual_value}
{business_critical}
# kraljic = "strategic"            # "strategic" | "leverage" | "bottleneck" | "non-critical"
# priority = 2                     # set priority group 1–3 by hand
# successor = "new-contract"       # the contract that replaces this one
keywords = {keywords}
{contract_value}
{max_value}
# works = false                    # public works contract: 15 % instead of 10 % for modifications (LOU chapter 17 section 9)
{framework}# ordering = "Order through the e-procurement system."   # how buyers order (the contract catalogue)
# spend_accounts = ["4010"]        # account prefixes that tell two contracts with the same supplier apart

{suppliers}
[roles]
{controller}
{owner}
# partner_owner = "Per Lind"

# [[contacts]]
# name = "Kim Ek"
# party = "supplier"               # "buyer" | "supplier"
# role = "Account manager"
# email = "kim.ek@supplier.example"
# escalation = true
# public = false                   # shown in the published contract catalogue

{options}

# [[kpis]]
# id = "delivery-precision"
# name = "Delivery precision"
# unit = "%"
# target = 95
# direction = "higher"             # "higher" | "lower"
# frequency = "monthly"            # "monthly" | "quarterly" | "yearly"
# months = [11, 12, 1, 2, 3]       # seasonal KPI (monthly only): the months it is reported

# [[requirements]]                 # qualification requirements checked during the contract term
# name = "Creditworthiness"
"#
                )
            },
        }
        /// Where an imported contract came from: file, sheet if any, and 1-based row.
        fn template_origin(file: &str, sheet: Option<&str>, row: usize) -> String {
            sv: match sheet {
                Some(sheet) => format!("Importerat från {file}, blad {sheet}, rad {row}."),
                None => format!("Importerat från {file}, rad {row}."),
            },
            en: match sheet {
                Some(sheet) => format!("Imported from {file}, sheet {sheet}, row {row}."),
                None => format!("Imported from {file}, row {row}."),
            },
        }
        /// Comment of `annual_value`.
        fn template_annual_value() -> &'static str {
            sv: "uppskattat årsvärde i kronor",
            en: "estimated annual value in SEK",
        }
        /// Comment of `business_critical`.
        fn template_business_critical() -> &'static str {
            both: Self::BUSINESS_CRITICAL_LOWER,
        }
        /// Comment of `contract_value`.
        fn template_contract_value() -> &'static str {
            sv: "uppskattat värde för hela den initiala avtalstiden (standard: årsvärde × år)",
            en: "estimated value of the whole initial contract period (default: annual value × years)",
        }
        /// Comment of `max_value`.
        fn template_max_value() -> &'static str {
            sv: "takvolym inklusive optioner; grund för ändringsgränsen när den finns",
            en: "maximum volume including options; the basis of the modification limit where given",
        }
        /// Example value of `[roles] owner`, a TOML string.
        fn template_owner_example() -> &'static str {
            sv: "\"Förvaltningen\"",
            en: "\"Department of Education\"",
        }
        /// The commented `call_off` and `special_reasons` lines of a framework agreement.
        fn template_framework_lines() -> &'static str {
            sv: "# call_off = \"ranking\"            # avropsform: \"ranking\" | \"competition\" | \"combined\"\n# special_reasons = \"...\"         # särskilda skäl om ramavtalet ska löpa längre än fyra år\n",
            en: "# call_off = \"ranking\"            # call-off method: \"ranking\" | \"competition\" | \"combined\"\n# special_reasons = \"...\"         # special reasons if the framework agreement is to run longer than four years\n",
        }
        /// The commented `[[options]]` example of a contract without options.
        fn template_options_example() -> &'static str {
            sv: r#"# [[options]]                      # förlängningsoptioner i den ordning de kan utnyttjas
# months = 12
# notice_months = 6
# exercised = false
# declined = false"#,
            en: r#"# [[options]]                      # extension options in the order they can be exercised
# months = 12
# notice_months = 6
# exercised = false
# declined = false"#,
        }
        /// The comment above the options of a contract.
        fn template_options_heading() -> &'static str {
            sv: "# Förlängningsoptioner i den ordning de kan utnyttjas.",
            en: "# Extension options in the order they can be exercised.",
        }
        /// One `[[options]]` table, starting with a newline.
        fn template_option(months: u32, notice: u32) -> String {
            sv: format!(
                "\n[[options]]\nmonths = {months}\nnotice_months = {notice}                # beslutet ska meddelas så här många månader före avtalsslut\nexercised = false\ndeclined = false\n"
            ),
            en: format!(
                "\n[[options]]\nmonths = {months}\nnotice_months = {notice}                # the decision must be given this many months before the contract ends\nexercised = false\ndeclined = false\n"
            ),
        }
        /// One `[[suppliers]]` table with a commented org_no and rank; `name` is a TOML string.
        fn template_ranked_supplier(name: &str, rank: usize) -> String {
            sv: format!(
                "[[suppliers]]\nname = {name}\n# org_no = \"NNNNNN-NNNN\"\n# rank = {rank}                       # plats i rangordningen, 1 först\n"
            ),
            en: format!(
                "[[suppliers]]\nname = {name}\n# org_no = \"NNNNNN-NNNN\"\n# rank = {rank}                       # place in the ranking, 1 first\n"
            ),
        }
    }
}
