//! The shared words: labels, column headers and states that several areas use, each defined
//! once. A message uses a word as `Self::NAME` (in `both:` or inside `sv:`/`en:`).
//!
//! A Swedish word is here twice only when its English differs, and a comment says so.

use crate::messages::macros::words;

words! {
    /// Active contracts, after a count other than one.
    ACTIVE_CONTRACTS { sv: "aktiva avtal", en: "active contracts" }
    /// Column header: the planned activity.
    ACTIVITY { sv: "Aktivitet", en: "Activity" }
    /// A contract in force, in a status cell.
    ACTIVE { sv: "aktivt", en: "active" }
    /// One active contract, after a count.
    ACTIVE_CONTRACT { sv: "aktivt avtal", en: "active contract" }
    /// Column header: the share bought from the supplier ranked first.
    RANK_1_SHARE { sv: "Andel rang 1", en: "Rank-1 share" }
    // Same Swedish, different English: "Owner" / "Responsible".
    /// Label of the workbook: the owner.
    OWNER_RESPONSIBLE { sv: "Ansvarig", en: "Owner" }
    /// Label: who is responsible for an escalation step.
    RESPONSIBLE { sv: "Ansvarig", en: "Responsible" }
    /// Heading: the people responsible for an escalation step.
    RESPONSIBLE_PLURAL { sv: "Ansvariga", en: "Responsible" }
    /// State of an option: declined.
    DECLINED { sv: "avböjd", en: "declined" }
    // Same Swedish, different English: "call-off from a national framework" /
    // "call-off from a national framework agreement".
    /// Kind of contract: a call-off from a national framework.
    NATIONAL_CALL_OFF {
        sv: "avrop från nationellt ramavtal",
        en: "call-off from a national framework",
    }
    /// Priority reason: a call-off from a national framework agreement.
    NATIONAL_CALL_OFF_AGREEMENT {
        sv: "avrop från nationellt ramavtal",
        en: "call-off from a national framework agreement",
    }
    // Same Swedish, different English: "Contract" / "Contracts".
    /// Label and column header: the contract.
    CONTRACT { sv: "Avtal", en: "Contract" }
    /// Heading: the contracts.
    CONTRACTS { sv: "Avtal", en: "Contracts" }
    /// A contract without KPIs, in place of a KPI table.
    THE_CONTRACT_HAS_NO_KPIS { sv: "Avtalet har inga nyckeltal.", en: "The contract has no KPIs." }
    // Same Swedish, different English: "Contract controller" / "Controller".
    /// The contract controller, as a role.
    CONTRACT_CONTROLLER { sv: "Avtalscontroller", en: "Contract controller" }
    /// Label and column header: the contract controller.
    CONTROLLER { sv: "Avtalscontroller", en: "Controller" }
    /// Escalation ladder: whom the contract controller informs.
    CONTROLLER_INFORMS_DEPARTMENT {
        sv: "Avtalscontroller informerar berörd verksamhet",
        en: "The contract controller informs the affected department",
    }
    /// Escalation ladder: where to document, the contract management system.
    CONTRACT_MANAGEMENT_SYSTEM {
        sv: "Avtalsförvaltningssystemet",
        en: "Contract management system",
    }
    /// Label: the start of the contract.
    START { sv: "Avtalsstart", en: "Start" }
    /// Label and column header: the contract term.
    TERM { sv: "Avtalstid", en: "Term" }
    // Same Swedish, different English: "Contract loyalty" / "Loyalty".
    /// Heading: contract loyalty (spend under contract).
    CONTRACT_LOYALTY { sv: "Avtalstrohet", en: "Contract loyalty" }
    /// Column header: contract loyalty.
    LOYALTY { sv: "Avtalstrohet", en: "Loyalty" }
    /// Label: the department that owns the contract.
    OWNER_DEPARTMENT { sv: "Avtalsägare (verksamhet)", en: "Owner (department)" }
    /// Column header: an amount.
    AMOUNT { sv: "Belopp", en: "Amount" }
    /// Column header: the title of a contract in the priority table.
    DESIGNATION { sv: "Benämning", en: "Title" }
    /// Column header: a decision.
    DECISION { sv: "Beslut", en: "Decision" }
    /// Heading: the decision log.
    DECISION_LOG { sv: "Beslutslogg", en: "Decision log" }
    /// Party of a contact: the buyer.
    BUYER_PARTY { sv: "beställare", en: "buyer" }
    /// Column header of the plan: the controller, the same word in both languages.
    CONTROLLER_SHORT { sv: "Controller", en: "Controller" }
    /// Column header: a date.
    DATE { sv: "Datum", en: "Date" }
    /// Escalation ladder: where to document, the official records.
    OFFICIAL_RECORDS { sv: "Diariet", en: "Official records (diariet)" }
    /// Label: where an escalation step is documented.
    DOCUMENT_IN { sv: "Dokumentera", en: "Document in" }
    // Same Swedish, different English: "E-mail" / "Email".
    /// Column header of the site: e-mail.
    EMAIL_HYPHENATED { sv: "E-post", en: "E-mail" }
    /// Column header: e-mail.
    EMAIL { sv: "E-post", en: "Email" }
    /// State of an option: not decided yet.
    NOT_DECIDED { sv: "ej beslutad", en: "not decided" }
    /// Heading: the escalation path.
    ESCALATION_PATH { sv: "Eskaleringsväg", en: "Escalation path" }
    /// What a value should be: a date.
    A_DATE { sv: "ett datum", en: "a date" }
    /// Errors, after a count.
    ERRORS { sv: "fel", en: "errors" }
    /// Label and column header: the Kraljic focus.
    FOCUS { sv: "Fokus", en: "Focus" }
    /// Label: how much of the maximum value is used.
    MAXIMUM_VALUE_USED { sv: "Förbrukat av takvolym", en: "Maximum value used" }
    /// Status: overdue, in capitals.
    OVERDUE { sv: "FÖRSENAD", en: "OVERDUE" }
    /// Heading: the suggested agenda.
    SUGGESTED_AGENDA { sv: "Förslag till dagordning", en: "Suggested agenda" }
    /// Column header: a department.
    DEPARTMENT { sv: "Förvaltning", en: "Department" }
    /// Heading: the departments.
    DEPARTMENTS { sv: "Förvaltningar", en: "Departments" }
    /// Label: who gives input to an escalation step.
    INPUT_FROM { sv: "Ger underlag", en: "Input from" }
    /// Label and column header: the priority group.
    GROUP { sv: "Grupp", en: "Group" }
    /// Label and column header: the end with exercised options.
    EFFECTIVE_END { sv: "Gäller t.o.m.", en: "Effective end" }
    // Same Swedish, different English: "Current end" / "Valid until".
    /// Column header of the site: the current end of a contract.
    CURRENT_END { sv: "Gäller till", en: "Current end" }
    /// Column header of the site: the end of a contract.
    VALID_UNTIL { sv: "Gäller till", en: "Valid until" }
    /// Column header: periods in a row.
    IN_A_ROW { sv: "I rad", en: "In a row" }
    /// Heading and due kind: price adjustment.
    PRICE_ADJUSTMENT { sv: "Indexreglering av pris", en: "Price adjustment" }
    /// Label: whom to inform in an escalation step.
    INFORM { sv: "Informera", en: "Inform" }
    /// None, in place of a list.
    NONE { sv: "inga", en: "none" }
    /// An empty list of findings.
    NOTHING_TO_ACT_ON { sv: "Inget att åtgärda.", en: "Nothing to act on." }
    /// Column header: spend.
    SPEND { sv: "Inköp", en: "Spend" }
    /// Column header: spend this year.
    SPEND_THIS_YEAR { sv: "Inköp i år", en: "Spend this year" }
    /// Escalation ladder: the head of procurement.
    HEAD_OF_PROCUREMENT { sv: "Inköpschef", en: "Head of procurement" }
    /// Yes, in a cell.
    YES { sv: "ja", en: "yes" }
    /// Escalation ladder: legal counsel.
    LEGAL_COUNSEL { sv: "Jurist", en: "Legal counsel" }
    /// Column header: the category.
    CATEGORY { sv: "Kategori", en: "Category" }
    // Same Swedish, different English: "Contact" / "Contacts".
    /// Label: a contact.
    CONTACT { sv: "Kontakt", en: "Contact" }
    /// Heading of the site: the contacts.
    CONTACTS { sv: "Kontakt", en: "Contacts" }
    /// Due kind and activity: the qualification requirements check.
    QUALIFICATION_REQUIREMENTS_CHECK {
        sv: "Kontroll av kvalificeringskrav",
        en: "Qualification requirements check",
    }
    /// Column header: the Kraljic segment, a name in both languages.
    KRALJIC { sv: "Kraljic", en: "Kraljic" }
    /// Label: the Kraljic segment.
    KRALJIC_SEGMENT { sv: "Kraljic-segment", en: "Kraljic segment" }
    /// Reporting frequency: quarterly.
    QUARTERLY { sv: "kvartalsvis", en: "quarterly" }
    /// Escalation ladder: the management team.
    MANAGEMENT { sv: "Ledningsgrupp", en: "Management" }
    /// Label and column header: the supplier.
    SUPPLIER { sv: "Leverantör", en: "Supplier" }
    /// Party of a contact: the supplier.
    SUPPLIER_PARTY { sv: "leverantör", en: "supplier" }
    // Same Swedish, different English: "Supplier" / "The supplier".
    /// Heading of the site: the supplier party.
    SUPPLIER_DEFINITE { sv: "Leverantören", en: "Supplier" }
    /// Heading: the supplier.
    THE_SUPPLIER { sv: "Leverantören", en: "The supplier" }
    /// Column header: periods that missed the target.
    MISSED_TARGET { sv: "Missat mål", en: "Missed target" }
    /// Column header: a KPI target.
    TARGET { sv: "Mål", en: "Target" }
    /// Reporting frequency: monthly.
    MONTHLY { sv: "månadsvis", en: "monthly" }
    /// Column header: a name.
    NAME { sv: "Namn", en: "Name" }
    /// No, in a cell.
    NO { sv: "nej", en: "no" }
    /// Column header: a note.
    NOTE { sv: "Notering", en: "Note" }
    // Same Swedish, different English: "KPI" / "KPIs".
    /// Label and column header: a KPI.
    KPI { sv: "Nyckeltal", en: "KPI" }
    /// Heading: the KPIs.
    KPIS { sv: "Nyckeltal", en: "KPIs" }
    /// Label: the next option.
    NEXT_OPTION { sv: "Nästa option", en: "Next option" }
    /// Heading: the options.
    OPTIONS { sv: "Optioner", en: "Options" }
    // Same Swedish, different English: "Org. no" / "Org. no.".
    /// Column header: the organisation number, abbreviated.
    ORG_NO { sv: "Org.nr", en: "Org. no" }
    /// Column header of the site: the organisation number, abbreviated with a final dot.
    ORG_NO_DOTTED { sv: "Org.nr", en: "Org. no." }
    // Same Swedish, different English: "Company number" / "Organisation number".
    /// Fact of a supplier: its company number.
    COMPANY_NUMBER { sv: "Organisationsnummer", en: "Company number" }
    /// Column header of the site: the organisation number.
    ORGANISATION_NUMBER { sv: "Organisationsnummer", en: "Organisation number" }
    /// Column header: the party of a contact.
    PARTY { sv: "Part", en: "Party" }
    /// Label: the partner owner.
    PARTNER_OWNER { sv: "Partneransvarig", en: "Partner owner" }
    /// Column header: a period.
    PERIOD { sv: "Period", en: "Period" }
    /// Label: the priority group.
    PRIORITY_GROUP { sv: "Prioritetsgrupp", en: "Priority group" }
    /// Column header: spend under contract.
    UNDER_CONTRACT { sv: "På avtal", en: "Under contract" }
    /// State: in progress.
    IN_PROGRESS { sv: "pågår", en: "in progress" }
    /// Column header: a framework agreement.
    FRAMEWORK { sv: "Ramavtal", en: "Framework" }
    // Same Swedish, different English: "Rank" / "Ranking".
    /// Column header of the site: the supplier's rank.
    RANK { sv: "Rangordning", en: "Rank" }
    /// Column header: the ranking.
    RANKING { sv: "Rangordning", en: "Ranking" }
    /// Column header: the role of a contact.
    ROLE { sv: "Roll", en: "Role" }
    /// State of a value: missing.
    MISSING { sv: "saknas", en: "missing" }
    /// Column header: since the start of the contract.
    SINCE_START { sv: "Sedan start", en: "Since start" }
    /// Column header: the latest value.
    LATEST { sv: "Senast", en: "Latest" }
    /// Label: the end with exercised options.
    END_WITH_EXERCISED_OPTIONS {
        sv: "Slutdatum inkl. utnyttjade optioner",
        en: "End with exercised options",
    }
    /// Due kind and activity: the start meeting.
    START_MEETING { sv: "Startmöte", en: "Start meeting" }
    /// Column header: the status.
    STATUS { sv: "Status", en: "Status" }
    /// Column header: an escalation step.
    STEP { sv: "Steg", en: "Step" }
    /// Label: the maximum value.
    MAXIMUM_VALUE { sv: "Takvolym", en: "Maximum value" }
    /// Column header: the maximum value and how much of it is used.
    MAXIMUM_VALUE_BRACKET_USED { sv: "Takvolym (förbrukat)", en: "Maximum value (used)" }
    /// Escalation ladder: the team leader.
    TEAM_LEADER { sv: "Teamledare", en: "Team leader" }
    /// Column header: a phone number.
    PHONE { sv: "Telefon", en: "Phone" }
    /// Label and column header: the title.
    TITLE { sv: "Titel", en: "Title" }
    /// Label and column header: the total.
    TOTAL { sv: "Totalt", en: "Total" }
    // Same Swedish, different English: "Kind" / "Type".
    /// Label and column header: the kind of contract.
    KIND { sv: "Typ", en: "Kind" }
    /// Label and column header: a type.
    TYPE { sv: "Typ", en: "Type" }
    /// State of an option: exercised.
    EXERCISED { sv: "utnyttjad", en: "exercised" }
    /// Warnings, after a count.
    WARNINGS { sv: "varningar", en: "warnings" }
    /// Label: the operating department that owns the contract.
    OWNER { sv: "Verksamhet", en: "Owner" }
    /// Escalation ladder: the operating department.
    OPERATING_DEPARTMENT { sv: "Verksamheten", en: "Operating department" }
    /// Label: business-critical.
    BUSINESS_CRITICAL { sv: "Verksamhetskritiskt", en: "Business-critical" }
    /// Business-critical, within a sentence or comment.
    BUSINESS_CRITICAL_LOWER { sv: "verksamhetskritiskt", en: "business-critical" }
    /// Column header: a value.
    VALUE { sv: "Värde", en: "Value" }
    /// Column header: a year.
    YEAR { sv: "År", en: "Year" }
    /// Reporting frequency: yearly.
    YEARLY { sv: "årsvis", en: "yearly" }
    /// Label and column header: the annual value.
    ANNUAL_VALUE { sv: "Årsvärde", en: "Annual value" }
    // Same Swedish, different English: "Actions" / "Actions due".
    /// Label and heading: the actions.
    ACTIONS { sv: "Åtgärder", en: "Actions" }
    /// Heading of a digest: the actions due.
    ACTIONS_DUE { sv: "Åtgärder", en: "Actions due" }
    // Same Swedish, different English: "above annual value" / "above the annual value".
    /// Spend above the annual value, in a warning.
    ABOVE_ANNUAL_VALUE { sv: "över årsvärdet", en: "above annual value" }
    /// Spend above the annual value, on the site.
    ABOVE_THE_ANNUAL_VALUE { sv: "över årsvärdet", en: "above the annual value" }
}
