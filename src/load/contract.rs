//! `contract.toml` (SPEC §2.2): parsing and every per-file validation rule.

use super::contract_schema::{
    CONTACT_KEYS, KPI_KEYS, OPTION_KEYS, REQUIREMENT_KEYS, ROLE_KEYS, SUPPLIER_KEYS,
    SUPPLIERS_KEYS, TOP_KEYS, check_org_no,
};
use super::toml_reader::TomlReader;
use crate::dates::Frequency;
use crate::diag::Diagnostic;
use crate::model::Language;
use crate::model::{
    CallOff, Contact, Contract, ContractOption, Direction, Kind, Kpi, Kraljic, Party, Requirement,
    Roles, Supplier,
};
use crate::money::Money;
use toml::de::DeTable;

/// Parses `contract.toml` of the contract `key`; `file` is its register-relative path.
/// `is_key` tells whether a key names a contract of the register (for `successor`); `None`
/// skips that check. Returns the contract when the file has no errors, else every error found.
pub fn parse_contract(
    key: &str,
    file: &str,
    source: &str,
    is_key: Option<&dyn Fn(&str) -> bool>,
    lang: Language,
) -> Result<Contract, Vec<Diagnostic>> {
    // The fast path gives up on anything the walker below would have more to say about.
    if let Some(contract) = super::contract_scan::scan_contract(key, source, is_key) {
        return Ok(contract);
    }
    walk_contract(key, file, source, is_key, lang)
}

/// [`parse_contract`] through the spanned TOML tree: the source of every diagnostic.
pub(super) fn walk_contract(
    key: &str,
    file: &str,
    source: &str,
    is_key: Option<&dyn Fn(&str) -> bool>,
    lang: Language,
) -> Result<Contract, Vec<Diagnostic>> {
    let mut reader = TomlReader::new(file, source, lang);
    let m = reader.m;
    if source.trim().is_empty() {
        reader.error_with_hint(0..0, m.contract_empty(), m.contract_empty_hint());
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
            reader.error(span, m.not_negative("annual_value"));
            0.0
        }
        // The one bound of every amount (issue 31): larger, the derived contract value was lost.
        Some((value, span)) if value > crate::money::MAX_AMOUNT_SEK => {
            reader.error(span, m.value_too_large("annual_value"));
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
            reader.error(span, m.successor_is_itself());
        } else if is_key.is_some_and(|is_key| !is_key(name)) {
            reader.error_with_hint(span, m.successor_unknown(name), m.successor_hint());
        }
    }
    let keywords = reader.strings(root, "keywords").unwrap_or_default();

    if let (Some(start), Some((end, end_span))) = (start, &end)
        && *end < start
    {
        reader.error(end_span.clone(), m.load_end_before_start(*end, start));
    }
    if let (Some(start), Some((terminated, span))) = (start, &terminated)
        && *terminated < start
    {
        reader.error(span.clone(), m.terminated_before_start(*terminated, start));
    }

    let contract_value = money(&mut reader, root, "contract_value");
    let max_value = money(&mut reader, root, "max_value");
    let works = reader.boolean(root, "works").unwrap_or(false);
    let special_reasons = reader.string(root, "special_reasons");
    let call_off = reader
        .choice(root, "call_off", &CallOff::ALL.map(CallOff::as_str))
        .map(|i| CallOff::ALL[i]);
    if let (Some(_), Some(span)) = (call_off, reader.span_of(root, "call_off"))
        && kind.unwrap_or_default() != Kind::Framework
    {
        reader.error_with_hint(span, m.call_off_not_framework(), m.call_off_hint());
    }
    let ordering = reader.string(root, "ordering");
    let spend_accounts = reader.strings(root, "spend_accounts").unwrap_or_default();

    let suppliers = parse_suppliers(&mut reader, root);
    let roles = parse_roles(&mut reader, root);
    let contacts = parse_contacts(&mut reader, root);
    let options = parse_options(&mut reader, root);
    if let Some((end, _)) = &end {
        super::bounds::check_option_ends(&mut reader, root, *end);
    }
    let kpis = parse_kpis(&mut reader, root);
    let requirements = parse_requirements(&mut reader, root);
    let price_adjustment = super::price_adjustment::parse(&mut reader, root, start);

    if !reader.diagnostics.is_empty() {
        return Err(reader.diagnostics);
    }
    // Every required value parsed, or there would be diagnostics.
    let (Some(title), Some(start), Some((end, _)), Some(suppliers)) =
        (title, start, end, suppliers)
    else {
        return Err(vec![Diagnostic::new(file, 1, 1, m.contract_incomplete())]);
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
        contract_value,
        max_value,
        works,
        special_reasons,
        call_off,
        ordering,
        spend_accounts,
        suppliers,
        roles,
        contacts,
        options,
        kpis,
        requirements,
        price_adjustment,
        kpi_rows: Vec::new(),
        kpi_texts: Default::default(),
        log: Vec::new(),
    };
    Ok(contract)
}

/// The KPIs of a `contract.toml` whose other keys may have errors, when its `[[kpis]]` themselves
/// are valid: lets `kpi.csv` be checked in the same run as the contract's other errors.
pub fn parse_valid_kpis(file: &str, source: &str, lang: Language) -> Option<Vec<Kpi>> {
    let mut reader = TomlReader::new(file, source, lang);
    let document = reader.parse()?;
    let kpis = parse_kpis(&mut reader, document.get_ref());
    reader.diagnostics.is_empty().then_some(kpis)
}

/// An optional amount of SEK, >= 0, in exact öre.
pub(super) fn money(reader: &mut TomlReader<'_>, table: &DeTable<'_>, key: &str) -> Option<Money> {
    let (value, span) = reader.number(table, key)?;
    if value < 0.0 {
        reader.error(span, reader.m.not_negative(key));
        return None;
    }
    let money = Money::from_sek(value);
    if money.is_none() {
        reader.error(span, reader.m.value_too_large(key));
    }
    money
}

/// `[supplier]` or `[[suppliers]]` (exactly one of them), sorted as SPEC §2.2 says: ranked by
/// rank, then unranked in file order.
fn parse_suppliers(reader: &mut TomlReader<'_>, root: &DeTable<'_>) -> Option<Vec<Supplier>> {
    match (
        root.contains_key("supplier"),
        root.contains_key("suppliers"),
    ) {
        (false, false) => {
            reader.error_with_hint(
                0..0,
                reader.m.missing_supplier(),
                reader.m.missing_supplier_hint(),
            );
            None
        }
        (true, true) => {
            let span = reader.span_of(root, "suppliers").unwrap_or(0..0);
            reader.error_with_hint(
                span,
                reader.m.both_suppliers(),
                reader.m.both_suppliers_hint(),
            );
            None
        }
        (true, false) => {
            let (table, span) = reader.table(root, "supplier")?;
            reader.unknown_keys(table, SUPPLIER_KEYS, "[supplier]");
            parse_one_supplier(reader, table, &span, "[supplier]").map(|s| vec![s])
        }
        (false, true) => {
            let tables = reader.tables(root, "suppliers");
            if tables.is_empty() {
                let span = reader.span_of(root, "suppliers").unwrap_or(0..0);
                reader.error(span, reader.m.no_suppliers());
                return None;
            }
            let mut suppliers: Vec<Supplier> = Vec::new();
            let mut complete = true;
            for (table, span) in tables {
                reader.unknown_keys(table, SUPPLIERS_KEYS, "[[suppliers]]");
                let rank = match reader.integer(table, "rank") {
                    Some((rank, _)) if (1..=i64::from(u32::MAX)).contains(&rank) => Some(rank),
                    Some((rank, span)) => {
                        reader.error(span, reader.m.rank_too_small(rank));
                        None
                    }
                    None => None,
                };
                let Some(mut supplier) = parse_one_supplier(reader, table, &span, "[[suppliers]]")
                else {
                    complete = false;
                    continue;
                };
                supplier.rank = rank.map(|r| r as u32);
                if let Some(rank) = supplier.rank
                    && suppliers.iter().any(|s| s.rank == Some(rank))
                {
                    let at = reader.span_of(table, "rank").unwrap_or(span.clone());
                    reader.error(at, reader.m.duplicate_rank(rank));
                }
                if let Some(org_no) = &supplier.org_no
                    && suppliers.iter().any(|s| s.org_no.as_ref() == Some(org_no))
                {
                    let at = reader.span_of(table, "org_no").unwrap_or(span.clone());
                    reader.error(at, reader.m.duplicate_org_no(org_no));
                }
                suppliers.push(supplier);
            }
            // Stable: unranked keep their file order after the ranked ones.
            suppliers.sort_by_key(|s| (s.rank.is_none(), s.rank));
            complete.then_some(suppliers)
        }
    }
}

fn parse_one_supplier(
    reader: &mut TomlReader<'_>,
    table: &DeTable<'_>,
    span: &std::ops::Range<usize>,
    within: &str,
) -> Option<Supplier> {
    let name = reader.required_string(table, "name", span, within);
    let org_no = reader
        .string(table, "org_no")
        .and_then(|text| match check_org_no(&text) {
            Ok(normalised) => Some(normalised),
            Err(problem) => {
                let span = reader.span_of(table, "org_no").unwrap_or(span.clone());
                let m = reader.m;
                reader.error_with_hint(
                    span,
                    m.invalid_supplier_org_no(&text, problem.message(m)),
                    m.org_no_hint(),
                );
                None
            }
        });
    Some(Supplier {
        name: name?,
        org_no,
        rank: None,
    })
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
            public: reader.boolean(table, "public").unwrap_or(false),
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
                reader.m.option_exercised_and_declined(index + 1),
                reader.m.option_exercised_and_declined_hint(),
            );
        } else if exercised && let Some((earlier, state)) = blocked_by {
            let m = reader.m;
            reader.error_with_hint(
                at,
                m.option_out_of_order(index + 1, earlier + 1, state),
                m.option_order_hint(),
            );
        }
        if blocked_by.is_none() && !exercised {
            blocked_by = Some((
                index,
                if declined {
                    reader.m.load_option_declined()
                } else {
                    reader.m.option_not_exercised()
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
                    reader.m.invalid_kpi_id(id),
                    reader.m.kpi_id_hint(),
                );
            }
            if kpis.iter().any(|k| &k.id == id) {
                reader.error(id_span, reader.m.duplicate_kpi_id(id));
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
        let months = parse_months(reader, table, frequency.unwrap_or_default());
        kpis.push(Kpi {
            id: id.unwrap_or_default(),
            name: name.unwrap_or_default(),
            unit: reader.string(table, "unit").unwrap_or_default(),
            target: target.unwrap_or(0.0),
            direction: direction.unwrap_or_default(),
            frequency: frequency.unwrap_or_default(),
            aliases: reader.strings(table, "aliases").unwrap_or_default(),
            months,
        });
    }
    kpis
}

/// A seasonal KPI's `months` (monthly KPIs only, each 1..=12), sorted and deduplicated.
fn parse_months(
    reader: &mut TomlReader<'_>,
    table: &DeTable<'_>,
    frequency: Frequency,
) -> Vec<u32> {
    let Some((numbers, span)) = reader.integers(table, "months") else {
        return Vec::new();
    };
    if frequency != Frequency::Monthly {
        reader.error_with_hint(
            span,
            reader
                .m
                .months_not_monthly(super::kpi_csv::reported(frequency, reader.m)),
            reader.m.months_not_monthly_hint(),
        );
        return Vec::new();
    }
    if let Some(bad) = numbers.iter().find(|m| !(1..=12).contains(*m)) {
        reader.error(span, reader.m.months_out_of_range(*bad));
        return Vec::new();
    }
    if numbers.is_empty() {
        reader.error(span, reader.m.months_empty());
        return Vec::new();
    }
    let mut months: Vec<u32> = numbers.iter().map(|m| *m as u32).collect();
    months.sort_unstable();
    months.dedup();
    months
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
        match parse_contract(
            "a",
            "a/contract.toml",
            source,
            Some(&|k: &str| k == "b"),
            crate::model::Language::En,
        ) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics
                .iter()
                .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn parses_a_valid_contract() {
        let c = parse_contract(
            "skoladmin",
            "skoladmin/contract.toml",
            VALID,
            None,
            crate::model::Language::En,
        )
        .map_err(|d| format!("{d:?}"))
        .unwrap();
        assert_eq!(c.title, "Skoladministrativt system");
        assert_eq!(c.supplier().org_no.as_deref(), Some("556677-8899"));
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
        let kpis = parse_valid_kpis("a/contract.toml", source, crate::model::Language::En).unwrap();
        assert_eq!(kpis[0].id, "a");
        let duplicate = format!("{source}[[kpis]]\nid = \"a\"\nname = \"B\"\ntarget = 2\n");
        assert_eq!(
            parse_valid_kpis("a/contract.toml", &duplicate, crate::model::Language::En),
            None
        );
        assert_eq!(
            parse_valid_kpis("a/contract.toml", "title = \"", crate::model::Language::En),
            None
        );
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

    const HEAD: &str = "title = \"t\"\nstart = 2024-01-01\nend = 2025-01-01\n";

    #[test]
    fn suppliers_are_sorted_by_rank_then_file_order() {
        let source = format!(
            "{HEAD}kind = \"framework\"\ncall_off = \"ranking\"\nmax_value = 1000.5\nworks = true\n[[suppliers]]\nname = \"C\"\n[[suppliers]]\nname = \"B\"\nrank = 2\norg_no = \"5566778899\"\n[[suppliers]]\nname = \"D\"\n[[suppliers]]\nname = \"A\"\nrank = 1\n"
        );
        let c = parse_contract(
            "a",
            "a/contract.toml",
            &source,
            None,
            crate::model::Language::En,
        )
        .map_err(|d| format!("{d:?}"))
        .unwrap();
        let names: Vec<(&str, Option<u32>)> = c
            .suppliers
            .iter()
            .map(|s| (s.name.as_str(), s.rank))
            .collect();
        assert_eq!(
            names,
            [("A", Some(1)), ("B", Some(2)), ("C", None), ("D", None)]
        );
        assert_eq!(c.supplier().name, "A");
        assert_eq!(c.suppliers[1].org_no.as_deref(), Some("556677-8899"));
        assert_eq!(c.call_off, Some(CallOff::Ranking));
        assert_eq!(c.max_value, Some(Money::from_ore(100_050)));
        assert!(c.works);
    }

    #[test]
    fn reads_the_other_new_keys() {
        let source = format!(
            "{HEAD}contract_value = 18000000\nspecial_reasons = \"Investering\"\nordering = \"Ring\"\nspend_accounts = [\"4010\"]\n[supplier]\nname = \"X\"\n[[contacts]]\nname = \"K\"\npublic = true\n[[kpis]]\nid = \"halka\"\nname = \"Halka\"\ntarget = 1\nmonths = [3, 11, 12, 1, 2]\n"
        );
        let c = parse_contract(
            "a",
            "a/contract.toml",
            &source,
            None,
            crate::model::Language::En,
        )
        .map_err(|d| format!("{d:?}"))
        .unwrap();
        assert_eq!(c.contract_value, Some(Money::from_kronor(18_000_000)));
        assert_eq!(c.special_reasons.as_deref(), Some("Investering"));
        assert_eq!(c.ordering.as_deref(), Some("Ring"));
        assert_eq!(c.spend_accounts, ["4010"]);
        assert!(c.contacts[0].public);
        assert_eq!(c.kpis[0].months, [1, 2, 3, 11, 12]);
    }

    #[test]
    fn supplier_and_value_errors() {
        let one = "[supplier]\nname = \"X\"\n";
        let both = format!("{HEAD}{one}[[suppliers]]\nname = \"Y\"\n");
        assert_eq!(errors(&both), ["6:1: both [supplier] and [[suppliers]]"]);
        assert_eq!(errors(HEAD), ["1:1: missing required table [supplier]"]);
        let ranks = format!(
            "{HEAD}[[suppliers]]\nname = \"X\"\nrank = 1\n[[suppliers]]\nname = \"Y\"\nrank = 1\n"
        );
        assert_eq!(errors(&ranks), ["9:8: duplicate supplier rank 1"]);
        let org = format!(
            "{HEAD}[[suppliers]]\nname = \"X\"\norg_no = \"556677-8899\"\n[[suppliers]]\nname = \"Y\"\norg_no = \"5566778899\"\n"
        );
        assert_eq!(
            errors(&org),
            ["9:10: duplicate supplier org_no 556677-8899"]
        );
        let zero = format!("{HEAD}[[suppliers]]\nname = \"X\"\nrank = 0\n");
        assert_eq!(
            errors(&zero),
            ["6:8: `rank` must be 1 or more (1 is the first in the ranking order), found 0"]
        );
        let call_off = format!("call_off = \"ranking\"\n{HEAD}{one}");
        assert_eq!(
            errors(&call_off),
            ["1:12: `call_off` applies only to a framework agreement"]
        );
        let unknown = format!("kind = \"framework\"\ncall_off = \"lottery\"\n{HEAD}{one}");
        assert_eq!(errors(&unknown), ["2:12: unknown call_off \"lottery\""]);
        let negative = format!("max_value = -1\ncontract_value = -2.5\n{HEAD}{one}");
        assert_eq!(
            errors(&negative),
            [
                "2:18: `contract_value` must be 0 or more",
                "1:13: `max_value` must be 0 or more"
            ]
        );
    }

    #[test]
    fn seasonal_months_errors() {
        let kpi = "[[kpis]]\nid = \"k\"\nname = \"K\"\ntarget = 1\n";
        let one = "[supplier]\nname = \"X\"\n";
        let thirteen = format!("{HEAD}{one}{kpi}months = [1, 13]\n");
        assert_eq!(
            errors(&thirteen),
            ["10:10: `months` must be between 1 and 12, found 13"]
        );
        let quarterly = format!("{HEAD}{one}{kpi}frequency = \"quarterly\"\nmonths = [1]\n");
        assert_eq!(
            errors(&quarterly),
            ["11:10: `months` applies only to a monthly KPI, this one is quarterly"]
        );
    }
}
