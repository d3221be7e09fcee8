//! `contract.toml` (SPEC §2.2): parsing and every per-file validation rule.

use super::toml_reader::TomlReader;
use crate::dates::Frequency;
use crate::diag::Diagnostic;
use crate::model::{
    Contact, Contract, ContractOption, Direction, Kind, Kpi, Kraljic, Party, Requirement, Roles,
    Supplier,
};
use toml::de::DeTable;

const TOP_KEYS: &[&str] = &[
    "title",
    "diarienummer",
    "category",
    "kind",
    "start",
    "end",
    "terminated",
    "annual_value",
    "business_critical",
    "kraljic",
    "priority",
    "successor",
    "keywords",
    "supplier",
    "roles",
    "contacts",
    "options",
    "kpis",
    "requirements",
];
const SUPPLIER_KEYS: &[&str] = &["name", "org_no"];
const ROLE_KEYS: &[&str] = &["controller", "owner", "partner_owner"];
const CONTACT_KEYS: &[&str] = &["name", "party", "role", "email", "phone", "escalation"];
const OPTION_KEYS: &[&str] = &["months", "notice_months", "exercised", "declined"];
const KPI_KEYS: &[&str] = &[
    "id",
    "name",
    "unit",
    "target",
    "direction",
    "frequency",
    "aliases",
];
const REQUIREMENT_KEYS: &[&str] = &["name"];

/// Parses `contract.toml` of the contract `key`; `file` is its register-relative path.
/// `is_key` tells whether a key names a contract of the register (for `successor`); `None`
/// skips that check. Returns the contract when the file has no errors, else every error found.
pub fn parse_contract(
    key: &str,
    file: &str,
    source: &str,
    is_key: Option<&dyn Fn(&str) -> bool>,
) -> Result<Contract, Vec<Diagnostic>> {
    let mut reader = TomlReader::new(file, source);
    if source.trim().is_empty() {
        reader.error_with_hint(0..0, "contract.toml is empty", "a contract needs at least title, start, end and [supplier] name; `avtal new` writes a template");
        return Err(reader.diagnostics);
    }
    let Some(document) = reader.parse() else {
        return Err(reader.diagnostics);
    };
    let root = document.get_ref();
    let top = 0..0;
    reader.unknown_keys(root, TOP_KEYS, "");

    let title = reader.required_string(root, "title", &top, "");
    let diarienummer = reader.string(root, "diarienummer");
    let category = reader.string(root, "category");
    let kind = reader
        .choice(root, "kind", &Kind::ALL.map(Kind::as_str))
        .map(|i| Kind::ALL[i]);
    let start = reader
        .required_date(root, "start", &top)
        .map(|(date, _)| date);
    let end = reader.required_date(root, "end", &top);
    let terminated = reader.date(root, "terminated");
    let annual_value = match reader.number(root, "annual_value") {
        Some((value, span)) if value < 0.0 => {
            reader.error(span, "`annual_value` must be 0 or more");
            0.0
        }
        Some((value, _)) => value,
        None => 0.0,
    };
    let business_critical = reader.boolean(root, "business_critical").unwrap_or(false);
    let kraljic = reader
        .choice(root, "kraljic", &Kraljic::ALL.map(Kraljic::as_str))
        .map(|i| Kraljic::ALL[i]);
    let priority = reader.integer_in(root, "priority", 1..=3).map(|p| p as u8);
    let successor = reader.string(root, "successor");
    if let (Some(name), Some(span)) = (&successor, reader.span_of(root, "successor")) {
        if name == key {
            reader.error(span, "`successor` names the contract itself");
        } else if is_key.is_some_and(|is_key| !is_key(name)) {
            let hint = "the successor must be the folder name of another contract in this register";
            reader.error_with_hint(
                span,
                format!("`successor` names no contract: `{name}`"),
                hint,
            );
        }
    }
    let keywords = reader.strings(root, "keywords").unwrap_or_default();

    if let (Some(start), Some((end, end_span))) = (start, &end)
        && *end < start
    {
        reader.error(
            end_span.clone(),
            format!("`end` ({end}) is before `start` ({start})"),
        );
    }
    if let (Some(start), Some((terminated, span))) = (start, &terminated)
        && *terminated < start
    {
        reader.error(
            span.clone(),
            format!("`terminated` ({terminated}) is before `start` ({start})"),
        );
    }

    let supplier = parse_supplier(&mut reader, root);
    let roles = parse_roles(&mut reader, root);
    let contacts = parse_contacts(&mut reader, root);
    let options = parse_options(&mut reader, root);
    if let Some((end, _)) = &end {
        super::bounds::check_option_ends(&mut reader, root, *end);
    }
    let kpis = parse_kpis(&mut reader, root);
    let requirements = parse_requirements(&mut reader, root);

    if !reader.diagnostics.is_empty() {
        return Err(reader.diagnostics);
    }
    // Every required value parsed, or there would be diagnostics.
    let (Some(title), Some(start), Some((end, _)), Some(supplier)) = (title, start, end, supplier)
    else {
        return Err(vec![Diagnostic::new(
            file,
            1,
            1,
            "contract.toml is incomplete",
        )]);
    };
    let contract = Contract {
        key: key.to_string(),
        title,
        diarienummer,
        category,
        kind: kind.unwrap_or_default(),
        start,
        end,
        terminated: terminated.map(|(date, _)| date),
        annual_value,
        business_critical,
        kraljic,
        priority,
        successor,
        keywords,
        supplier,
        roles,
        contacts,
        options,
        kpis,
        requirements,
        kpi_rows: Vec::new(),
        log: Vec::new(),
    };
    Ok(contract)
}

/// The KPIs of a `contract.toml` whose other keys may have errors, when its `[[kpis]]` themselves
/// are valid: lets `kpi.csv` be checked in the same run as the contract's other errors.
pub fn parse_valid_kpis(file: &str, source: &str) -> Option<Vec<Kpi>> {
    let mut reader = TomlReader::new(file, source);
    let document = reader.parse()?;
    let kpis = parse_kpis(&mut reader, document.get_ref());
    reader.diagnostics.is_empty().then_some(kpis)
}

fn parse_supplier(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Option<Supplier> {
    let Some((table, span)) = reader.table(root, "supplier") else {
        if !root.contains_key("supplier") {
            reader.error_with_hint(
                0..0,
                "missing required table [supplier]",
                "add [supplier] with name = \"...\"",
            );
        }
        return None;
    };
    reader.unknown_keys(table, SUPPLIER_KEYS, "[supplier]");
    let name = reader.required_string(table, "name", &span, "[supplier]");
    let org_no = reader
        .string(table, "org_no")
        .and_then(|text| match normalise_org_no(&text) {
            Ok(normalised) => Some(normalised),
            Err(problem) => {
                let span = reader.span_of(table, "org_no").unwrap_or(span.clone());
                reader.error_with_hint(
                span,
                format!("invalid organisation number \"{text}\": {problem}"),
                "write it as NNNNNN-NNNN, e.g. 556677-8899; the last digit is a Luhn check digit",
            );
                None
            }
        });
    Some(Supplier {
        name: name?,
        org_no,
    })
}

/// Checks a Swedish organisation number (`NNNNNN-NNNN`, hyphen optional, Luhn over all ten
/// digits) and returns it as `NNNNNN-NNNN`.
pub fn normalise_org_no(text: &str) -> Result<String, &'static str> {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_digit(10).unwrap_or(99))
        .collect();
    let hyphen_ok = match text.find('-') {
        None => true,
        Some(6) => text.matches('-').count() == 1,
        Some(_) => false,
    };
    if digits.len() != 10 || digits.contains(&99) || !hyphen_ok {
        return Err("expected ten digits as NNNNNN-NNNN");
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let weighted = if i % 2 == 0 { d * 2 } else { d };
            if weighted > 9 { weighted - 9 } else { weighted }
        })
        .sum();
    if !sum.is_multiple_of(10) {
        return Err("the check digit is wrong");
    }
    let plain: String = digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
        .collect();
    Ok(format!("{}-{}", &plain[..6], &plain[6..]))
}

fn parse_roles(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Roles {
    let Some((table, _)) = reader.table(root, "roles") else {
        return Roles::default();
    };
    reader.unknown_keys(table, ROLE_KEYS, "[roles]");
    Roles {
        controller: reader.string(table, "controller"),
        owner: reader.string(table, "owner"),
        partner_owner: reader.string(table, "partner_owner"),
    }
}

fn parse_contacts(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Vec<Contact> {
    let mut contacts = Vec::new();
    for (table, span) in reader.tables(root, "contacts") {
        reader.unknown_keys(table, CONTACT_KEYS, "[[contacts]]");
        let name = reader.required_string(table, "name", &span, "[[contacts]]");
        let party = reader
            .choice(table, "party", &["buyer", "supplier"])
            .map(|i| {
                if i == 0 {
                    Party::Buyer
                } else {
                    Party::Supplier
                }
            });
        let contact = Contact {
            name: name.unwrap_or_default(),
            party,
            role: reader.string(table, "role"),
            email: reader.string(table, "email"),
            phone: reader.string(table, "phone"),
            escalation: reader.boolean(table, "escalation").unwrap_or(false),
        };
        contacts.push(contact);
    }
    contacts
}

fn parse_options(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Vec<ContractOption> {
    let mut options = Vec::new();
    // Whether an earlier option was declined or left unused: a later one cannot be exercised.
    let mut blocked_by: Option<(usize, &str)> = None;
    for (index, (table, span)) in reader.tables(root, "options").into_iter().enumerate() {
        reader.unknown_keys(table, OPTION_KEYS, "[[options]]");
        if !table.contains_key("months") {
            reader.missing("months", span.clone(), "[[options]]");
        }
        if !table.contains_key("notice_months") {
            reader.missing("notice_months", span.clone(), "[[options]]");
        }
        let months = reader.integer_in(table, "months", 1..=1200).unwrap_or(1) as u32;
        let notice_months = reader
            .integer_in(table, "notice_months", 0..=1200)
            .unwrap_or(0) as u32;
        let exercised = reader.boolean(table, "exercised").unwrap_or(false);
        let declined = reader.boolean(table, "declined").unwrap_or(false);
        let at = reader.span_of(table, "exercised").unwrap_or(span.clone());
        if exercised && declined {
            reader.error_with_hint(
                at.clone(),
                format!("option {} is both exercised and declined", index + 1),
                "set only one of `exercised` and `declined`",
            );
        } else if exercised && let Some((earlier, state)) = blocked_by {
            reader.error_with_hint(
                    at,
                    format!("option {} is exercised but option {} before it was {state}", index + 1, earlier + 1),
                    "options are used in order: exercise the earlier option first, or mark this one not exercised",
                );
        }
        if blocked_by.is_none() && !exercised {
            blocked_by = Some((
                index,
                if declined {
                    "declined"
                } else {
                    "not exercised"
                },
            ));
        }
        options.push(ContractOption {
            months,
            notice_months,
            exercised,
            declined,
        });
    }
    options
}

fn parse_kpis(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Vec<Kpi> {
    let mut kpis: Vec<Kpi> = Vec::new();
    for (table, span) in reader.tables(root, "kpis") {
        reader.unknown_keys(table, KPI_KEYS, "[[kpis]]");
        let id = reader.required_string(table, "id", &span, "[[kpis]]");
        if let Some(id) = &id {
            let id_span = reader.span_of(table, "id").unwrap_or(span.clone());
            let valid = !id.is_empty()
                && id.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                });
            if !valid {
                reader.error_with_hint(
                    id_span.clone(),
                    format!("invalid KPI id \"{id}\""),
                    "use lower-case letters a-z, digits, `_` and `-`, e.g. \"leveransprecision\"",
                );
            }
            if kpis.iter().any(|k| &k.id == id) {
                reader.error(id_span, format!("duplicate KPI id \"{id}\""));
            }
        }
        let name = reader.required_string(table, "name", &span, "[[kpis]]");
        if !table.contains_key("target") {
            reader.missing("target", span.clone(), "[[kpis]]");
        }
        let target = reader.number(table, "target").map(|(t, _)| t);
        let direction = reader
            .choice(table, "direction", &["higher", "lower"])
            .map(|i| {
                if i == 0 {
                    Direction::Higher
                } else {
                    Direction::Lower
                }
            });
        let frequency = reader
            .choice(table, "frequency", &Frequency::ALL.map(Frequency::as_str))
            .map(|i| Frequency::ALL[i]);
        kpis.push(Kpi {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            unit: reader.string(table, "unit").unwrap_or_default(),
            target: target.unwrap_or(0.0),
            direction: direction.unwrap_or_default(),
            frequency: frequency.unwrap_or_default(),
            aliases: reader.strings(table, "aliases").unwrap_or_default(),
        });
    }
    kpis
}

fn parse_requirements(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Vec<Requirement> {
    let mut requirements = Vec::new();
    for (table, span) in reader.tables(root, "requirements") {
        reader.unknown_keys(table, REQUIREMENT_KEYS, "[[requirements]]");
        let name = reader.required_string(table, "name", &span, "[[requirements]]");
        requirements.push(Requirement {
            name: name.unwrap_or_default(),
        });
    }
    requirements
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = r#"
title = "Skoladministrativt system"
start = 2024-03-01
end = 2028-02-29
annual_value = 4500000
business_critical = true
kraljic = "strategic"

[supplier]
name = "Edu AB"
org_no = "5566778899"

[[options]]
months = 12
notice_months = 6
exercised = true

[[options]]
months = 12
notice_months = 6

[[kpis]]
id = "leveransprecision"
name = "Leveransprecision"
unit = "%"
target = 95
"#;

    fn errors(source: &str) -> Vec<String> {
        match parse_contract("a", "a/contract.toml", source, Some(&|k: &str| k == "b")) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics
                .iter()
                .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn parses_a_valid_contract() {
        let c = parse_contract("skoladmin", "skoladmin/contract.toml", VALID, None)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        assert_eq!(c.title, "Skoladministrativt system");
        assert_eq!(c.supplier.org_no.as_deref(), Some("556677-8899"));
        assert_eq!(c.annual_value, 4_500_000.0);
        assert_eq!(c.kraljic, Some(Kraljic::Strategic));
        assert_eq!(c.options.len(), 2);
        assert_eq!(c.kpis[0].target, 95.0);
        assert_eq!(c.kpis[0].frequency, Frequency::Monthly);
    }

    #[test]
    fn reports_all_errors_with_positions() {
        let source = "title = 5\nstart = 2024-03-01\nend = 2023-01-01\nanual_value = 3\nkind = \"ram\"\n[supplier]\nname = \"X\"\n";
        assert_eq!(
            errors(source),
            [
                "4:1: unknown key `anual_value`",
                "1:9: `title` must be a string, found an integer",
                "5:8: unknown kind \"ram\"",
                "3:7: `end` (2023-01-01) is before `start` (2024-03-01)",
            ]
        );
    }

    #[test]
    fn impossible_date_and_string_date() {
        let errs = errors(
            "title = \"t\"\nstart = 2026-02-30\nend = 2027-01-01\n[supplier]\nname = \"X\"\n",
        );
        assert_eq!(
            errs,
            ["2:9: invalid TOML: invalid date, expected day between 01 and 28"]
        );
        let errs = errors(
            "title = \"t\"\nstart = 2026-02-01\nend = \"2027-01-01\"\n[supplier]\nname = \"X\"\n",
        );
        assert_eq!(errs, ["3:7: `end` must be a TOML date, found a string"]);
    }

    #[test]
    fn options_rules() {
        let base =
            "title = \"t\"\nstart = 2024-01-01\nend = 2025-01-01\n[supplier]\nname = \"X\"\n";
        let both = format!(
            "{base}[[options]]\nmonths = 12\nnotice_months = 3\nexercised = true\ndeclined = true\n"
        );
        assert_eq!(
            errors(&both),
            ["9:13: option 1 is both exercised and declined"]
        );
        let order = format!(
            "{base}[[options]]\nmonths = 12\nnotice_months = 3\ndeclined = true\n[[options]]\nmonths = 12\nnotice_months = 3\nexercised = true\n"
        );
        assert_eq!(
            errors(&order),
            ["13:13: option 2 is exercised but option 1 before it was declined"]
        );
    }

    #[test]
    fn kpi_rules_and_missing_keys() {
        let source = "title = \"t\"\nstart = 2024-01-01\nend = 2025-01-01\npriority = 4\n[supplier]\norg_no = \"556677-8890\"\n[[kpis]]\nid = \"a\"\nname = \"A\"\ntarget = 1\n[[kpis]]\nid = \"a\"\nname = \"B\"\ntarget = 2\nfrequency = \"weekly\"\n";
        let errs = errors(source);
        assert!(
            errs.contains(&"4:12: `priority` must be between 1 and 3, found 4".to_string()),
            "{errs:?}"
        );
        assert!(
            errs.iter()
                .any(|e| e.contains("missing required key `name` in [supplier]")),
            "{errs:?}"
        );
        assert!(
            errs.iter()
                .any(|e| e.starts_with("6:10: invalid organisation number")),
            "{errs:?}"
        );
        assert!(
            errs.contains(&"12:6: duplicate KPI id \"a\"".to_string()),
            "{errs:?}"
        );
        assert!(
            errs.contains(&"15:13: unknown frequency \"weekly\"".to_string()),
            "{errs:?}"
        );
    }

    #[test]
    fn successor_must_name_another_contract() {
        let base =
            "title = \"t\"\nstart = 2024-01-01\nend = 2025-01-01\n[supplier]\nname = \"X\"\n";
        assert_eq!(
            errors(&format!("successor = \"b\"\n{base}")),
            Vec::<String>::new()
        );
        assert_eq!(
            errors(&format!("successor = \"c\"\n{base}")),
            ["1:13: `successor` names no contract: `c`"]
        );
        assert_eq!(
            errors(&format!("successor = \"a\"\n{base}")),
            ["1:13: `successor` names the contract itself"]
        );
    }

    #[test]
    fn kpis_of_an_otherwise_invalid_contract() {
        let source = "title = 5\n[[kpis]]\nid = \"a\"\nname = \"A\"\ntarget = 1\n";
        assert!(errors(source).len() > 1);
        let kpis = parse_valid_kpis("a/contract.toml", source).unwrap();
        assert_eq!(kpis[0].id, "a");
        let duplicate = format!("{source}[[kpis]]\nid = \"a\"\nname = \"B\"\ntarget = 2\n");
        assert_eq!(parse_valid_kpis("a/contract.toml", &duplicate), None);
        assert_eq!(parse_valid_kpis("a/contract.toml", "title = \""), None);
    }

    #[test]
    fn empty_and_syntax_errors() {
        assert_eq!(errors(""), ["1:1: contract.toml is empty"]);
        let errs = errors("title = \"t\nstart = 2024-01-01\n");
        assert!(
            !errs.is_empty() && errs[0].contains("invalid TOML"),
            "{errs:?}"
        );
    }

    #[test]
    fn organisation_numbers() {
        assert_eq!(
            normalise_org_no("556677-8899"),
            Ok("556677-8899".to_string())
        );
        assert_eq!(
            normalise_org_no("5566778899"),
            Ok("556677-8899".to_string())
        );
        assert!(normalise_org_no("556677-8898").is_err());
        assert!(normalise_org_no("55667-78899").is_err());
        assert!(normalise_org_no("556677-889").is_err());
        assert!(normalise_org_no("55667a-8899").is_err());
    }
}
