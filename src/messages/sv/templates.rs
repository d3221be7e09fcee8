use crate::messages::templates::ContractLines;
use crate::messages::{Swedish, Templates};

impl Templates for Swedish {
    fn template_settings(&self, organisation: &str) -> String {
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
    }
    fn template_origin(&self, file: &str, sheet: Option<&str>, row: usize) -> String {
        match sheet {
            Some(sheet) => format!("Importerat från {file}, blad {sheet}, rad {row}."),
            None => format!("Importerat från {file}, rad {row}."),
        }
    }
    fn template_annual_value(&self) -> &'static str {
        "uppskattat årsvärde i kronor"
    }
    fn template_business_critical(&self) -> &'static str {
        "verksamhetskritiskt"
    }
    fn template_contract_value(&self) -> &'static str {
        "uppskattat värde för hela den initiala avtalstiden (standard: årsvärde × år)"
    }
    fn template_max_value(&self) -> &'static str {
        "takvolym inklusive optioner; grund för ändringsgränsen när den finns"
    }
    fn template_owner_example(&self) -> &'static str {
        "\"Förvaltningen\""
    }
    fn template_framework_lines(&self) -> &'static str {
        "# call_off = \"ranking\"            # avropsform: \"ranking\" | \"competition\" | \"combined\"\n# special_reasons = \"...\"         # särskilda skäl om ramavtalet ska löpa längre än fyra år\n"
    }
    fn template_options_example(&self) -> &'static str {
        r#"# [[options]]                      # förlängningsoptioner i den ordning de kan utnyttjas
# months = 12
# notice_months = 6
# exercised = false
# declined = false"#
    }
    fn template_options_heading(&self) -> &'static str {
        "# Förlängningsoptioner i den ordning de kan utnyttjas."
    }
    fn template_option(&self, months: u32, notice: u32) -> String {
        format!(
            "\n[[options]]\nmonths = {months}\nnotice_months = {notice}                # beslutet ska meddelas så här många månader före avtalsslut\nexercised = false\ndeclined = false\n"
        )
    }
    fn template_ranked_supplier(&self, name: &str, rank: usize) -> String {
        format!(
            "[[suppliers]]\nname = {name}\n# org_no = \"NNNNNN-NNNN\"\n# rank = {rank}                       # plats i rangordningen, 1 först\n"
        )
    }
}
