//! `avtal schema [contract|register]`: JSON Schemas (draft 2020-12) of `contract.toml` and
//! `avtal.toml` (SPEC §2.1–2.2), for editors such as Taplo / Even Better TOML.
//!
//! The schemas are hand-written JSON files kept beside this module, printed byte for byte, so
//! the output is deterministic and reads like documentation. Unit tests tie their enums and
//! required keys to the model; `tests/schema.rs` checks them against the loader.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// JSON Schema of `contract.toml`.
pub const CONTRACT_SCHEMA: &str = include_str!("schema/contract.json");

/// JSON Schema of `avtal.toml`.
pub const REGISTER_SCHEMA: &str = include_str!("schema/register.json");

/// Which file a schema describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// contract.toml, one per contract folder
    Contract,
    /// avtal.toml, the register's settings
    Register,
}

impl SchemaKind {
    /// The schema text (pretty JSON ending with a newline).
    pub fn text(self) -> &'static str {
        match self {
            SchemaKind::Contract => CONTRACT_SCHEMA,
            SchemaKind::Register => REGISTER_SCHEMA,
        }
    }
}

/// Arguments of `avtal schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file to describe
    #[arg(value_enum, default_value_t = SchemaKind::Contract)]
    pub kind: SchemaKind,
    /// Write the schema to FILE instead of standard output
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Runs `avtal schema`.
pub fn run(context: &Context, args: &SchemaArgs) -> Result<Status, Error> {
    context.emit(args.output.as_deref(), args.kind.text().as_bytes())?;
    Ok(Status::Success)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CallOff, Kind, Kraljic, LogType};
    use serde_json::Value;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).expect("the schema is valid JSON")
    }

    fn strings(value: &Value) -> Vec<String> {
        value
            .as_array()
            .expect("an array")
            .iter()
            .map(|v| v.as_str().expect("a string").to_string())
            .collect()
    }

    /// Every object schema anywhere in the document, with its JSON pointer.
    fn objects<'a>(value: &'a Value, pointer: String, found: &mut Vec<(String, &'a Value)>) {
        if let Value::Object(map) = value {
            if map.get("type").and_then(Value::as_str) == Some("object") {
                found.push((pointer.clone(), value));
            }
            for (key, child) in map {
                objects(child, format!("{pointer}/{key}"), found);
            }
        }
    }

    #[test]
    fn both_schemas_are_draft_2020_12_and_end_with_a_newline() {
        for kind in [SchemaKind::Contract, SchemaKind::Register] {
            let schema = parse(kind.text());
            assert_eq!(
                schema["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
            assert!(kind.text().ends_with("}\n"));
        }
    }

    #[test]
    fn every_object_forbids_unknown_keys() {
        for kind in [SchemaKind::Contract, SchemaKind::Register] {
            let schema = parse(kind.text());
            let mut found = Vec::new();
            objects(&schema, String::new(), &mut found);
            assert!(found.len() >= 3);
            for (pointer, object) in found {
                assert_eq!(
                    object["additionalProperties"],
                    Value::Bool(false),
                    "{kind:?} {pointer}"
                );
            }
        }
    }

    #[test]
    fn every_property_has_an_english_and_swedish_description() {
        fn walk(value: &Value, pointer: &str) {
            if let Value::Object(map) = value {
                if let Some(Value::Object(properties)) = map.get("properties") {
                    for (name, property) in properties {
                        let description = property["description"].as_str().unwrap_or_default();
                        assert!(
                            description.contains(" / "),
                            "{pointer}/{name}: `{description}` lacks `English / Svenska`"
                        );
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{pointer}/{key}"));
                }
            }
        }
        walk(&parse(CONTRACT_SCHEMA), "");
        walk(&parse(REGISTER_SCHEMA), "");
    }

    #[test]
    fn contract_enums_match_the_model() {
        let schema = parse(CONTRACT_SCHEMA);
        let kinds: Vec<String> = Kind::ALL.iter().map(|k| k.as_str().to_string()).collect();
        assert_eq!(strings(&schema["properties"]["kind"]["enum"]), kinds);
        let kraljic: Vec<String> = Kraljic::ALL
            .iter()
            .map(|k| k.as_str().to_string())
            .collect();
        assert_eq!(strings(&schema["properties"]["kraljic"]["enum"]), kraljic);
        assert_eq!(
            strings(&schema["$defs"]["kpi"]["properties"]["frequency"]["enum"]),
            ["monthly", "quarterly", "yearly"]
        );
        // Log types are not part of contract.toml; make sure nobody mixed them in.
        let text = CONTRACT_SCHEMA;
        assert!(!text.contains(LogType::QualificationCheck.as_str()));
    }

    #[test]
    fn required_keys_follow_the_spec() {
        let contract = parse(CONTRACT_SCHEMA);
        assert_eq!(strings(&contract["required"]), ["title", "start", "end"]);
        // Exactly one of [supplier] and [[suppliers]].
        assert_eq!(strings(&contract["oneOf"][0]["required"]), ["supplier"]);
        assert_eq!(strings(&contract["oneOf"][1]["required"]), ["suppliers"]);
        assert_eq!(
            strings(&contract["properties"]["call_off"]["enum"]),
            CallOff::ALL.map(|c| c.as_str().to_string())
        );
        assert_eq!(
            strings(&contract["properties"]["supplier"]["required"]),
            ["name"]
        );
        assert_eq!(
            strings(&contract["$defs"]["kpi"]["required"]),
            ["id", "name", "target"]
        );
        let register = parse(REGISTER_SCHEMA);
        assert!(
            register.get("required").is_none(),
            "every key has a default"
        );
        assert_eq!(strings(&register["$defs"]["step"]["required"]), ["step"]);
    }

    #[test]
    fn dates_are_strings_with_format_date() {
        let schema = parse(CONTRACT_SCHEMA);
        for key in ["start", "end", "terminated"] {
            assert_eq!(schema["properties"][key]["type"], "string");
            assert_eq!(schema["properties"][key]["format"], "date");
        }
    }

    #[test]
    fn register_defaults_match_the_model() {
        let schema = parse(REGISTER_SCHEMA);
        let settings = crate::model::Settings::default();
        let p = &schema["properties"];
        assert_eq!(
            p["renewal_lead_months"]["default"],
            settings.renewal_lead_months
        );
        assert_eq!(
            p["option_warning_days"]["default"],
            settings.option_warning_days
        );
        assert_eq!(p["kpi_grace_days"]["default"], settings.kpi_grace_days);
        assert_eq!(
            p["priority"]["properties"]["shares"]["default"],
            serde_json::json!(settings.priority_shares)
        );
        let cadence = &p["cadence"]["properties"];
        assert_eq!(
            cadence["interval_months"]["default"],
            serde_json::json!(settings.cadence.interval_months)
        );
        assert_eq!(
            cadence["first_year_interval_months"]["default"],
            serde_json::json!(settings.cadence.first_year_interval_months)
        );
        assert_eq!(
            cadence["start_meeting_days"]["default"],
            settings.cadence.start_meeting_days
        );
        assert_eq!(
            cadence["qualification_interval_months"]["default"],
            settings.cadence.qualification_interval_months
        );
        assert_eq!(p["language"]["default"], settings.language.code());
    }
}
