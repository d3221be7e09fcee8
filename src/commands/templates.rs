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

[lou]                            # gränser i LOU; uppdatera när de ändras
threshold = 2389585              # EU:s tröskelvärde för varor och tjänster, kommuner och regioner (kr, 2024–2025)
threshold_works = 59880179       # EU:s tröskelvärde för byggentreprenader (kr, 2024–2025)
direct_award_limit = 700000      # direktupphandlingsgräns, LOU 19 kap. (kr)
framework_max_months = 48        # LOU 7 kap. 2 §: ett ramavtal får löpa högst fyra år

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
    /// One supplier gives `[supplier]`, several `[[suppliers]]` in the order given.
    pub suppliers: &'a [String],
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
    /// Total and maximum value as TOML; commented examples when not given.
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

/// `[supplier]` for one supplier, else one `[[suppliers]]` per supplier with a commented rank
/// in the order given (rangordning, when call-offs follow one).
fn suppliers_block(suppliers: &[String], org_no: Option<&str>) -> String {
    if let [only] = suppliers {
        return format!(
            "[supplier]\nname = {}\n{}\n",
            toml_string(only),
            line("org_no", org_no.map(toml_string), "\"556677-8899\"", "")
        );
    }
    let mut block = String::new();
    for (index, name) in suppliers.iter().enumerate() {
        if index > 0 {
            block.push('\n');
        }
        block.push_str(&format!(
            "[[suppliers]]\nname = {}\n# org_no = \"NNNNNN-NNNN\"\n# rank = {}                       # plats i rangordningen, 1 först\n",
            toml_string(name),
            index + 1
        ));
    }
    block
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
"#,
        title_comment = values.title.replace(['\n', '\r'], " "),
        title = toml_string(values.title),
        kind = values.kind,
        start = values.start,
        end = values.end,
        suppliers = suppliers_block(values.suppliers, values.org_no),
        contract_value = line(
            "contract_value",
            values.contract_value.map(str::to_string),
            "18000000",
            "uppskattat värde för hela den initiala avtalstiden (standard: årsvärde × år)"
        ),
        max_value = line(
            "max_value",
            values.max_value.map(str::to_string),
            "40000000",
            "takvolym inklusive optioner; grund för ändringsgränsen när den finns"
        ),
        framework = if values.kind == "framework" {
            "# call_off = \"ranking\"            # avropsform: \"ranking\" | \"competition\" | \"combined\"\n# special_reasons = \"...\"         # särskilda skäl om ramavtalet ska löpa längre än fyra år\n"
        } else {
            ""
        },
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
        owner = line("owner", string(values.owner), "\"Förvaltningen\"", ""),
        options = options_block(values.options),
    )
}
