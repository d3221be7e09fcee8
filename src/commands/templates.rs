//! Commented templates written by `avtal init` and `avtal new`.

use chrono::NaiveDate;

/// A TOML basic string literal for `text` (quotes and escapes).
pub fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The commented `avtal.toml` of a new register.
pub fn settings_template(organisation: &str) -> String {
    format!(
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

# Eskaleringstrappan kan ändras steg för steg, till exempel:
# [[escalation.steps]]
# step = 2
# responsible = ["Avtalscontroller", "Inköpschef"]
"#,
        organisation = toml_string(organisation)
    )
}

/// What a new contract file is filled with.
pub struct ContractTemplate<'a> {
    pub title: &'a str,
    pub supplier: &'a str,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub kind: &'a str,
    pub controller: Option<&'a str>,
}

/// The commented `contract.toml` of a new contract.
pub fn contract_template(values: &ContractTemplate<'_>) -> String {
    let controller = match values.controller {
        Some(name) => format!("controller = {}", toml_string(name)),
        None => "# controller = \"Anna Berg\"".to_string(),
    };
    format!(
        r#"# Avtal: {title_comment}
title = {title}
# diarienummer = "KS 2026/1"
# category = "IT"
kind = "{kind}"                     # "contract" | "framework" | "national-call-off"
start = {start}
end = {end}                       # slut på den initiala avtalsperioden
# terminated = 2027-05-31          # om avtalet upphör i förtid
annual_value = 0                  # uppskattat årsvärde i kronor
business_critical = false         # verksamhetskritiskt
# kraljic = "strategic"            # "strategic" | "leverage" | "bottleneck" | "non-critical"
# priority = 2                     # sätt prioritetsgrupp 1–3 manuellt
# successor = "nytt-avtal"         # avtalet som ersätter detta
keywords = []

[supplier]
name = {supplier}
# org_no = "556677-8899"

[roles]
{controller}
# owner = "Förvaltningen"
# partner_owner = "Per Lind"

# [[contacts]]
# name = "Kim Ek"
# party = "supplier"               # "buyer" | "supplier"
# role = "Kundansvarig"
# email = "kim.ek@leverantor.example"
# escalation = true

# [[options]]                      # förlängningsoptioner i den ordning de kan utnyttjas
# months = 12
# notice_months = 6
# exercised = false
# declined = false

# [[kpis]]
# id = "leveransprecision"
# name = "Leveransprecision"
# unit = "%"
# target = 95
# direction = "higher"             # "higher" | "lower"
# frequency = "monthly"            # "monthly" | "quarterly" | "yearly"

# [[requirements]]                 # kvalificeringskrav som kontrolleras under avtalstiden
# name = "Kreditvärdighet"
"#,
        title_comment = values.title.replace(['\n', '\r'], " "),
        title = toml_string(values.title),
        kind = values.kind,
        start = values.start,
        end = values.end,
        supplier = toml_string(values.supplier),
        controller = controller,
    )
}
