use crate::messages::templates::ContractLines;
use crate::messages::{English, Templates};

impl Templates for English {
    fn template_settings(&self, organisation: &str) -> String {
        format!(
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

[lou]                            # thresholds of the Public Procurement Act (LOU); update them when they change
threshold = 2389585              # EU threshold for supplies and services, municipalities and regions (SEK, 2024–2025)
threshold_works = 59880179       # EU threshold for public works contracts (SEK, 2024–2025)
direct_award_limit = 700000      # direct award limit, LOU chapter 19 (SEK)
framework_max_months = 48        # LOU chapter 7 section 2: a framework agreement may run at most four years

# The escalation ladder can be changed step by step, for example:
# [[escalation.steps]]
# step = 2
# responsible = ["Contract controller", "Head of procurement"]
"#
        )
    }
    fn template_contract(&self, lines: &ContractLines<'_>) -> String {
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
    }
    fn template_origin(&self, file: &str, sheet: Option<&str>, row: usize) -> String {
        match sheet {
            Some(sheet) => format!("Imported from {file}, sheet {sheet}, row {row}."),
            None => format!("Imported from {file}, row {row}."),
        }
    }
    fn template_annual_value(&self) -> &'static str {
        "estimated annual value in SEK"
    }
    fn template_business_critical(&self) -> &'static str {
        "business-critical"
    }
    fn template_contract_value(&self) -> &'static str {
        "estimated value of the whole initial contract period (default: annual value × years)"
    }
    fn template_max_value(&self) -> &'static str {
        "maximum volume including options; the basis of the modification limit where given"
    }
    fn template_owner_example(&self) -> &'static str {
        "\"Department of Education\""
    }
    fn template_framework_lines(&self) -> &'static str {
        "# call_off = \"ranking\"            # call-off method: \"ranking\" | \"competition\" | \"combined\"\n# special_reasons = \"...\"         # special reasons if the framework agreement is to run longer than four years\n"
    }
    fn template_options_example(&self) -> &'static str {
        r#"# [[options]]                      # extension options in the order they can be exercised
# months = 12
# notice_months = 6
# exercised = false
# declined = false"#
    }
    fn template_options_heading(&self) -> &'static str {
        "# Extension options in the order they can be exercised."
    }
    fn template_option(&self, months: u32, notice: u32) -> String {
        format!(
            "\n[[options]]\nmonths = {months}\nnotice_months = {notice}                # the decision must be given this many months before the contract ends\nexercised = false\ndeclined = false\n"
        )
    }
    fn template_ranked_supplier(&self, name: &str, rank: usize) -> String {
        format!(
            "[[suppliers]]\nname = {name}\n# org_no = \"NNNNNN-NNNN\"\n# rank = {rank}                       # place in the ranking, 1 first\n"
        )
    }
}
