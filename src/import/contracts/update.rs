//! `--update`: rewrites only the fields that differ in an existing `contract.toml`, keeping
//! every comment and every other key (toml_edit).

use super::columns::Field;
use super::rows::ContractRow;
use super::values::amount_toml;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value, value};

/// The text of `source` with `fields` set to the row's values. `Err` when `source` is not TOML.
pub fn update(
    source: &str,
    row: &ContractRow,
    fields: &[Field],
) -> Result<String, toml_edit::TomlError> {
    let mut document: DocumentMut = source.parse()?;
    let root = document.as_table_mut();
    for field in fields {
        match field {
            Field::Title => set(Some(root), "title", Some(value(row.title.clone()))),
            Field::Supplier => set(
                table(root, "supplier"),
                "name",
                Some(value(row.supplier.clone())),
            ),
            Field::OrgNo => set(
                table(root, "supplier"),
                "org_no",
                row.org_no.clone().map(value),
            ),
            Field::Start => set(Some(root), "start", Some(value(date(row.start)))),
            Field::End => set(Some(root), "end", Some(value(date(row.end)))),
            Field::AnnualValue => {
                let amount = amount_toml(row.annual_value.unwrap_or(0));
                let number: Value = amount.parse().unwrap_or_else(|_| Value::from(0));
                set(Some(root), "annual_value", Some(Item::Value(number)));
            }
            Field::Category => set(Some(root), "category", row.category.clone().map(value)),
            Field::Diarienummer => set(
                Some(root),
                "diarienummer",
                row.diarienummer.clone().map(value),
            ),
            Field::Controller => set(
                table(root, "roles"),
                "controller",
                row.controller.clone().map(value),
            ),
            Field::Owner => set(table(root, "roles"), "owner", row.owner.clone().map(value)),
            Field::Kind => set(Some(root), "kind", Some(value(row.kind.as_str()))),
            Field::BusinessCritical => set(
                Some(root),
                "business_critical",
                Some(value(row.business_critical)),
            ),
            Field::Keywords => {
                let array: toml_edit::Array = row.keywords.iter().map(String::as_str).collect();
                set(
                    Some(root),
                    "keywords",
                    Some(Item::Value(Value::Array(array))),
                );
            }
            Field::Options => update_options(root, row),
            Field::ContractValue => set(
                Some(root),
                "contract_value",
                amount_item(row.contract_value),
            ),
            Field::MaxValue => set(Some(root), "max_value", amount_item(row.max_value)),
            Field::Key | Field::Notice => {}
        }
    }
    Ok(document.to_string())
}

/// An amount in öre as a TOML number item; `None` removes the key.
fn amount_item(ore: Option<i64>) -> Option<Item> {
    let amount = amount_toml(ore?);
    Some(Item::Value(
        amount.parse().unwrap_or_else(|_| Value::from(0)),
    ))
}

fn date(day: chrono::NaiveDate) -> toml_edit::Datetime {
    use chrono::Datelike;
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: day.year() as u16,
            month: day.month() as u8,
            day: day.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

/// The table `name` of `root` (also an inline table), created when missing.
fn table<'t>(root: &'t mut Table, name: &str) -> Option<&'t mut dyn TableLike> {
    if root.get(name).and_then(Item::as_table_like).is_none() {
        root.insert(name, Item::Table(Table::new()));
    }
    root.get_mut(name).and_then(Item::as_table_like_mut)
}

/// Sets (or, for `None`, removes) `key`, keeping the comment after the old value.
fn set(table: Option<&mut dyn TableLike>, key: &str, new: Option<Item>) {
    let Some(table) = table else {
        return;
    };
    let Some(mut new) = new else {
        table.remove(key);
        return;
    };
    match table.get_mut(key) {
        // In place, so that the key keeps the comments above it.
        Some(old) => {
            if let (Item::Value(old), Item::Value(value)) = (&*old, &mut new) {
                *value.decor_mut() = old.decor().clone();
            }
            *old = new;
        }
        None => {
            table.insert(key, new);
        }
    }
}

/// Sets `months` and `notice_months` of each option in place (keeping `exercised`, `declined`
/// and comments), appends missing options and removes the ones the file no longer has.
fn update_options(root: &mut Table, row: &ContractRow) {
    if !root.get("options").is_some_and(Item::is_array_of_tables) {
        root.remove("options");
        root.insert("options", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let Some(options) = root
        .get_mut("options")
        .and_then(Item::as_array_of_tables_mut)
    else {
        return;
    };
    while options.len() > row.options.len() {
        options.remove(options.len() - 1);
    }
    for (index, option) in row.options.iter().enumerate() {
        if options.get(index).is_none() {
            let mut table = Table::new();
            table.insert("months", value(i64::from(option.months)));
            table.insert("notice_months", value(i64::from(option.notice_months)));
            table.insert("exercised", value(false));
            table.insert("declined", value(false));
            options.push(table);
            continue;
        }
        if let Some(table) = options.get_mut(index) {
            set(Some(table), "months", Some(value(i64::from(option.months))));
            set(
                Some(table),
                "notice_months",
                Some(value(i64::from(option.notice_months))),
            );
        }
    }
    if options.is_empty() {
        root.remove("options");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::contracts::rows::OptionTerm;
    use crate::model::test_support::d;

    const SOURCE: &str = r#"# Avtal: Skolskjuts
title = "Skolskjuts"   # namnet i diariet
annual_value = 100       # uppskattat
keywords = ["a"]

[supplier]
name = "Buss AB"
# org_no = "556677-8899"

[roles]
controller = "Anna"     # sedan 2024

[[options]]
months = 12   # första
notice_months = 6
exercised = true
declined = false

[[options]]
months = 12
notice_months = 6
exercised = false
declined = false
"#;

    fn row() -> ContractRow {
        ContractRow {
            row: 1,
            key: None,
            title: "Skolskjuts 2024".into(),
            supplier: "Buss AB".into(),
            org_no: Some("556677-8899".into()),
            start: d("2024-01-01"),
            end: d("2025-12-31"),
            options: vec![OptionTerm {
                months: 24,
                notice_months: 9,
            }],
            annual_value: Some(450_000_050),
            contract_value: None,
            max_value: None,
            category: None,
            controller: None,
            owner: Some("Skolförvaltningen".into()),
            diarienummer: None,
            kind: crate::model::Kind::Framework,
            business_critical: true,
            keywords: vec!["skola".into(), "buss".into()],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn rewrites_only_the_fields_and_keeps_comments() {
        let text = update(
            SOURCE,
            &row(),
            &[
                Field::Title,
                Field::AnnualValue,
                Field::OrgNo,
                Field::Controller,
                Field::Owner,
                Field::Options,
                Field::Keywords,
            ],
        )
        .unwrap();
        assert!(
            text.contains("title = \"Skolskjuts 2024\"   # namnet i diariet"),
            "{text}"
        );
        assert!(text.contains("annual_value = 4500000.5"), "{text}");
        assert!(text.contains("# uppskattat\nkeywords"), "{text}");
        assert!(text.contains("keywords = [\"skola\", \"buss\"]"), "{text}");
        assert!(text.contains("org_no = \"556677-8899\""), "{text}");
        assert!(text.contains("# Avtal: Skolskjuts\n"));
        assert!(!text.contains("controller"), "{text}");
        assert!(text.contains("owner = \"Skolförvaltningen\""));
        assert!(
            text.contains("months = 24   # första\nnotice_months = 9\nexercised = true"),
            "{text}"
        );
        assert_eq!(text.matches("[[options]]").count(), 1, "{text}");
        // Untouched fields are byte for byte as they were.
        let text = update(SOURCE, &row(), &[]).unwrap();
        assert_eq!(text, SOURCE);
    }

    #[test]
    fn appends_options_and_kind() {
        let mut r = row();
        r.options = vec![
            OptionTerm {
                months: 12,
                notice_months: 3
            };
            3
        ];
        let text = update(
            SOURCE,
            &r,
            &[
                Field::Options,
                Field::Kind,
                Field::BusinessCritical,
                Field::Start,
                Field::End,
            ],
        )
        .unwrap();
        assert_eq!(text.matches("[[options]]").count(), 3, "{text}");
        assert!(text.contains("kind = \"framework\""));
        assert!(text.contains("business_critical = true"));
        assert!(text.contains("end = 2025-12-31"));
        let parsed = crate::load::parse_contract(
            "x",
            "x/contract.toml",
            &text,
            None,
            crate::model::Language::En,
        )
        .unwrap();
        assert_eq!(parsed.options.len(), 3);
        assert!(parsed.options[0].exercised);
    }
}
