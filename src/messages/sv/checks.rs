use crate::messages::{Checks, Swedish};

impl Checks for Swedish {
    fn describe_start_meeting_overdue(&self) -> &'static str {
        "Startmöte som skulle ha hållits men saknas i loggen"
    }
    fn describe_followup_overdue(&self) -> &'static str {
        "Uppföljningsmöte som skulle ha hållits men saknas i loggen"
    }
    fn describe_qualification_check_overdue(&self) -> &'static str {
        "Kontroll av kvalificeringskrav som skulle ha gjorts men saknas i loggen"
    }
    fn describe_action_overdue(&self) -> &'static str {
        "Åtgärd för en avvikelse som skulle ha varit klar men där avvikelsen inte är löst"
    }
    fn describe_option_decision_missed(&self) -> &'static str {
        "Sista dag att meddela beslut om nästa förlängningsoption har passerat"
    }
    fn describe_option_decision_due(&self) -> &'static str {
        "Sista dag att meddela beslut om nästa förlängningsoption närmar sig"
    }
    fn describe_contract_ending(&self) -> &'static str {
        "Avtalet upphör utan förlängningsoption eller efterföljare, och en ny upphandling borde ha påbörjats"
    }
    fn describe_kpi_missing(&self) -> &'static str {
        "Nyckeltalsvärde som skulle ha rapporterats men saknas, per nyckeltal och period"
    }
    fn describe_escalation(&self) -> &'static str {
        "Avtalet står på eskaleringssteg 2 eller högre"
    }
    fn describe_framework_term_exceeded(&self) -> &'static str {
        "Ramavtal som löper längre än LOU tillåter utan angivna särskilda skäl"
    }
    fn describe_framework_option_exceeds_term(&self) -> &'static str {
        "Ramavtal där nästa option skulle förlänga löptiden längre än LOU tillåter"
    }
    fn describe_change_limit_exceeded(&self) -> &'static str {
        "Ändringar netto har nått gränsen för tillåtna ändringar enligt LOU"
    }
    fn describe_change_limit_near(&self) -> &'static str {
        "Ändringar netto har nått 80 % av gränsen för tillåtna ändringar"
    }
    fn describe_framework_ceiling_reached(&self) -> &'static str {
        "Inköpen på avtalet har nått takvolymen"
    }
    fn describe_framework_ceiling_near(&self) -> &'static str {
        "Inköpen på avtalet har nått 80 % av takvolymen"
    }
    fn describe_price_adjustment_due(&self) -> &'static str {
        "Indexreglering av priset infaller inom 60 dagar"
    }
    fn describe_index_missing(&self) -> &'static str {
        "Indexvärde som en kommande indexreglering behöver saknas i serien"
    }
}
