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

/// What a new contract file is filled with. `avtal new` sets the first six fields;
/// `avtal contracts import` also the rest, which otherwise stay commented examples.
#[derive(Default)]
pub struct ContractTemplate<'a> {
    pub title: &'a str,
    pub supplier: &'a str,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub kind: &'a str,
    pub controller: Option<&'a str>,
    /// A first comment line saying where the contract came from.
    pub origin: Option<&'a str>,
    pub diarienummer: Option<&'a str>,
    pub category: Option<&'a str>,
    /// `annual_value` as TOML (default `0`).
    pub annual_value: Option<&'a str>,
    /// Total and maximum value as TOML; written as comments until the register takes them.
    pub contract_value: Option<&'a str>,
    pub max_value: Option<&'a str>,
    pub business_critical: bool,
    pub keywords: &'a [String],
    pub org_no: Option<&'a str>,
    pub owner: Option<&'a str>,
    /// (months, notice_months) of each option.
    pub options: &'a [(u32, u32)],
}

/// `key = value` with its comment aligned as in the templates, or the commented example.
fn line(key: &str, value: Option<String>, example: &str, comment: &str) -> String {
    let text = match value {
        Some(value) => format!("{key} = {value}"),
        None => format!("# {key} = {example}"),
    };
    if comment.is_empty() {
        text
    } else {
        format!("{text:<33} # {comment}")
    }
}

fn options_block(options: &[(u32, u32)]) -> String {
    if options.is_empty() {
        return r#"# [[options]]                      # förlängningsoptioner i den ordning de kan utnyttjas
# months = 12
# notice_months = 6
# exercised = false
# declined = false"#
            .to_string();
    }
    let mut text = String::from("# Förlängningsoptioner i den ordning de kan utnyttjas.");
    for (months, notice) in options {
        text.push_str(&format!(
            "\n[[options]]\nmonths = {months}\nnotice_months = {notice}                # beslutet ska meddelas så här många månader före avtalsslut\nexercised = false\ndeclined = false\n"
        ));
    }
    text.trim_end().to_string()
}

/// The commented `contract.toml` of a new contract.
pub fn contract_template(values: &ContractTemplate<'_>) -> String {
    let controller = match values.controller {
        Some(name) => format!("controller = {}", toml_string(name)),
        None => "# controller = \"Anna Berg\"".to_string(),
    };
    let string = |value: Option<&str>| value.map(toml_string);
    let origin = values
        .origin
        .map(|origin| format!("# {}\n", origin.replace(['\n', '\r'], " ")))
        .unwrap_or_default();
    let mut values_lines = String::new();
    for (key, value, comment) in [
        (
            "contract_value",
            values.contract_value,
            "avtalsvärde för den initiala perioden, kronor",
        ),
        (
            "max_value",
            values.max_value,
            "takvolym, kronor, hela avtalstiden med optioner",
        ),
    ] {
        if let Some(value) = value {
            values_lines.push_str(&line(key, None, value, comment));
            values_lines.push('\n');
        }
    }
    let keywords = toml::Value::Array(
        values
            .keywords
            .iter()
            .map(|k| toml::Value::String(k.clone()))
            .collect(),
    )
    .to_string();
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
{values_lines}{business_critical}
# kraljic = "strategic"            # "strategic" | "leverage" | "bottleneck" | "non-critical"
# priority = 2                     # sätt prioritetsgrupp 1–3 manuellt
# successor = "nytt-avtal"         # avtalet som ersätter detta
keywords = {keywords}

[supplier]
name = {supplier}
{org_no}

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

{options}

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
        diarienummer = line(
            "diarienummer",
            string(values.diarienummer),
            "\"KS 2026/1\"",
            ""
        ),
        category = line("category", string(values.category), "\"IT\"", ""),
        annual_value = line(
            "annual_value",
            Some(values.annual_value.unwrap_or("0").to_string()),
            "",
            "uppskattat årsvärde i kronor"
        ),
        business_critical = line(
            "business_critical",
            Some(values.business_critical.to_string()),
            "",
            "verksamhetskritiskt"
        ),
        org_no = line("org_no", string(values.org_no), "\"556677-8899\"", ""),
        owner = line("owner", string(values.owner), "\"Förvaltningen\"", ""),
        options = options_block(values.options),
    )
}
