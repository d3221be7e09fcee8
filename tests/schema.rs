//! `avtal schema`: the JSON Schemas of contract.toml and avtal.toml against real files.
//!
//! Validation uses a small validator for exactly the subset of draft 2020-12 the schemas use
//! (below). It panics on any keyword it does not know, so the schemas cannot grow a construct
//! that these tests silently ignore. TOML is mapped to JSON the way Taplo does it: local dates
//! become strings (checked with `"format": "date"`).

mod common;

use common::{avtal, root};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/cli")
}

/// The schema as printed by the binary.
fn schema(kind: &str) -> Value {
    let output = avtal().args(["schema", kind]).output().expect("runs");
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).expect("the schema is JSON")
}

// ---------------------------------------------------------------------------------------------
// TOML → JSON, as Taplo maps it.

fn toml_to_json(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

fn read_toml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml_to_json(&toml::Value::Table(table))
}

// ---------------------------------------------------------------------------------------------
// The validator: returns every violation as `pointer: what`.

struct Validator<'a> {
    root: &'a Value,
    errors: Vec<String>,
}

fn validate(schema: &Value, instance: &Value) -> Vec<String> {
    let mut validator = Validator {
        root: schema,
        errors: Vec::new(),
    };
    validator.check(schema, instance, "");
    validator.errors
}

fn is_date(text: &str) -> bool {
    text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

impl Validator<'_> {
    fn fail(&mut self, pointer: &str, what: String) {
        self.errors.push(format!("{pointer}: {what}"));
    }

    fn check(&mut self, schema: &Value, instance: &Value, pointer: &str) {
        let schema = schema.as_object().expect("a schema is an object");
        for (keyword, argument) in schema {
            match keyword.as_str() {
                // Annotations and keywords handled together with `properties`.
                "$schema"
                | "title"
                | "description"
                | "default"
                | "$defs"
                | "required"
                | "additionalProperties" => {}
                "$ref" => {
                    let reference = argument.as_str().expect("$ref is a string");
                    let target = reference
                        .strip_prefix('#')
                        .and_then(|p| self.root.pointer(p))
                        .unwrap_or_else(|| panic!("unresolvable $ref {reference}"));
                    self.check(target, instance, pointer);
                }
                "type" => {
                    let expected = argument.as_str().expect("type is one string");
                    let ok = match expected {
                        "object" => instance.is_object(),
                        "array" => instance.is_array(),
                        "string" => instance.is_string(),
                        "boolean" => instance.is_boolean(),
                        "number" => instance.is_number(),
                        // JSON Schema counts 12.0 as an integer; TOML's 12.0 is a float and
                        // the loader wants an integer, so be as strict as the loader.
                        "integer" => instance.is_i64() || instance.is_u64(),
                        other => panic!("unsupported type {other}"),
                    };
                    if !ok {
                        self.fail(pointer, format!("expected {expected}, found {instance}"));
                    }
                }
                "properties" => self.check_object(schema, instance, pointer),
                "enum" => {
                    let allowed = argument.as_array().expect("enum is an array");
                    if !allowed.contains(instance) {
                        self.fail(pointer, format!("{instance} is not one of {argument}"));
                    }
                }
                "pattern" => {
                    if let Some(text) = instance.as_str() {
                        let pattern = argument.as_str().expect("pattern is a string");
                        let regex = regex::Regex::new(pattern).expect("valid pattern");
                        if !regex.is_match(text) {
                            self.fail(pointer, format!("`{text}` does not match {pattern}"));
                        }
                    }
                }
                "format" => {
                    assert_eq!(argument, "date", "only format date is used");
                    if let Some(text) = instance.as_str()
                        && !is_date(text)
                    {
                        self.fail(pointer, format!("`{text}` is not a date"));
                    }
                }
                "minimum" | "maximum" => {
                    if let (Some(value), Some(limit)) = (instance.as_f64(), argument.as_f64()) {
                        let ok = if keyword == "minimum" {
                            value >= limit
                        } else {
                            value <= limit
                        };
                        if !ok {
                            self.fail(pointer, format!("{value} is outside {keyword} {limit}"));
                        }
                    }
                }
                "items" => {
                    if let Some(items) = instance.as_array() {
                        for (index, item) in items.iter().enumerate() {
                            self.check(argument, item, &format!("{pointer}/{index}"));
                        }
                    }
                }
                "minItems" | "maxItems" => {
                    if let (Some(items), Some(limit)) = (instance.as_array(), argument.as_u64()) {
                        let n = items.len() as u64;
                        let ok = if keyword == "minItems" {
                            n >= limit
                        } else {
                            n <= limit
                        };
                        if !ok {
                            self.fail(pointer, format!("{n} items, {keyword} {limit}"));
                        }
                    }
                }
                "oneOf" => {
                    let options = argument.as_array().expect("oneOf is an array");
                    let passing = options
                        .iter()
                        .filter(|option| {
                            let mut sub = Validator {
                                root: self.root,
                                errors: Vec::new(),
                            };
                            sub.check(option, instance, pointer);
                            sub.errors.is_empty()
                        })
                        .count();
                    if passing != 1 {
                        self.fail(pointer, format!("{passing} of the oneOf choices match"));
                    }
                }
                other => panic!("the test validator does not support `{other}`"),
            }
        }
    }

    fn check_object(&mut self, schema: &Map<String, Value>, instance: &Value, pointer: &str) {
        let Some(object) = instance.as_object() else {
            return;
        };
        let properties = schema["properties"].as_object().expect("properties object");
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = name.as_str().expect("required names are strings");
            if !object.contains_key(name) {
                self.fail(pointer, format!("missing required `{name}`"));
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        for (key, value) in object {
            let path = format!("{pointer}/{key}");
            match properties.get(key) {
                Some(property) => self.check(property, value, &path),
                None if closed => self.fail(&path, "unknown key".to_string()),
                None => {}
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The validator itself, so a passing file means something.

#[test]
fn validator_catches_each_kind_of_violation() {
    let schema = serde_json::json!({
        "type": "object", "additionalProperties": false, "required": ["a"],
        "properties": {
            "a": {"type": "integer", "minimum": 1, "maximum": 3},
            "b": {"type": "string", "pattern": "^x+$"},
            "c": {"type": "array", "items": {"$ref": "#/$defs/d"}, "minItems": 2},
            "e": {"type": "string", "enum": ["p", "q"]},
            "f": {"type": "string", "format": "date"}
        },
        "$defs": {"d": {"type": "boolean"}}
    });
    let good =
        serde_json::json!({"a": 2, "b": "xx", "c": [true, false], "e": "q", "f": "2024-02-29"});
    assert_eq!(validate(&schema, &good), Vec::<String>::new());
    let bad =
        serde_json::json!({"a": 4.0, "b": "y", "c": [1], "e": "r", "f": "2023-02-29", "g": 1});
    let errors = validate(&schema, &bad);
    for fragment in [
        "/a: expected integer",
        "/a: 4 is outside maximum 3",
        "/b: `y` does not match",
        "/c/0: expected boolean",
        "/c: 1 items, minItems 2",
        "/e: \"r\" is not one of",
        "/f: `2023-02-29` is not a date",
        "/g: unknown key",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(fragment)),
            "{fragment} not in {errors:#?}"
        );
    }
    let missing = validate(&schema, &serde_json::json!({}));
    assert_eq!(missing, [": missing required `a`"]);
}

// ---------------------------------------------------------------------------------------------
// Valid files validate.

/// The demo register, when this checkout has it.
fn demo_register_if_present() -> Option<PathBuf> {
    let dir = common::demo_register();
    dir.join("avtal.toml").is_file().then_some(dir)
}

/// Every `*/contract.toml` of a register, sorted.
fn contract_files(register: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(register)
        .expect("register folder")
        .map(|entry| entry.expect("entry").path().join("contract.toml"))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn fixture_register_validates() {
    let register = fixtures().join("register");
    let errors = validate(
        &schema("register"),
        &read_toml(&register.join("avtal.toml")),
    );
    assert_eq!(errors, Vec::<String>::new());
    let contract_schema = schema("contract");
    let files = contract_files(&register);
    assert_eq!(files.len(), 2);
    for file in files {
        let errors = validate(&contract_schema, &read_toml(&file));
        assert_eq!(errors, Vec::<String>::new(), "{}", file.display());
    }
}

#[test]
fn demo_register_validates() {
    let Some(register) = demo_register_if_present() else {
        eprintln!("no demo register contracts/ yet: nothing to check");
        return;
    };
    let errors = validate(
        &schema("register"),
        &read_toml(&register.join("avtal.toml")),
    );
    assert_eq!(errors, Vec::<String>::new(), "contracts/avtal.toml");
    let contract_schema = schema("contract");
    let files = contract_files(&register);
    assert!(files.len() >= 30, "{} contracts", files.len());
    for file in files {
        let errors = validate(&contract_schema, &read_toml(&file));
        assert_eq!(errors, Vec::<String>::new(), "{}", file.display());
    }
}

// ---------------------------------------------------------------------------------------------
// Invalid files are rejected by the schema…

/// Each invalid fixture with the violation the schema must report and the loader's error
/// (location and message) when the file is put into a register.
const INVALID_CONTRACTS: &[(&str, &str, &str)] = &[
    (
        "unknown-key.toml",
        "/anual_value: unknown key",
        "4:1: unknown key `anual_value`",
    ),
    (
        "wrong-type.toml",
        "/annual_value: expected number",
        "4:16: `annual_value` must be a number, found a string",
    ),
    (
        "unknown-kind.toml",
        "/kind: \"ramavtal\" is not one of",
        "4:8: unknown kind \"ramavtal\"",
    ),
    (
        "missing-title.toml",
        ": missing required `title`",
        "1:1: missing required key `title`",
    ),
    (
        "priority-4.toml",
        "/priority: 4 is outside maximum 3",
        "4:12: `priority` must be between 1 and 3, found 4",
    ),
    (
        "negative-value.toml",
        "/annual_value: -1 is outside minimum 0",
        "4:16: `annual_value` must be 0 or more",
    ),
    (
        "org-no-pattern.toml",
        "/supplier/org_no: `55667-8899` does not match",
        "7:10: invalid organisation number \"55667-8899\"",
    ),
    (
        "unknown-supplier-key.toml",
        "/supplier/orgnr: unknown key",
        "7:1: unknown key `orgnr` in [supplier]",
    ),
    (
        "kpi-id-pattern.toml",
        "/kpis/0/id: `Leverans Precision` does not match",
        "9:6: invalid KPI id \"Leverans Precision\"",
    ),
    (
        "kpi-frequency.toml",
        "/kpis/0/frequency: \"weekly\" is not one of",
        "12:13: unknown frequency \"weekly\"",
    ),
    (
        "kpi-missing-target.toml",
        "/kpis/0: missing required `target`",
        "8:1: missing required key `target` in [[kpis]]",
    ),
    (
        "option-zero-months.toml",
        "/options/0/months: 0 is outside minimum 1",
        "9:10: `months` must be between 1 and 1200, found 0",
    ),
    (
        "option-missing-notice.toml",
        "/options/0: missing required `notice_months`",
        "8:1: missing required key `notice_months` in [[options]]",
    ),
    (
        "bool-as-text.toml",
        "/business_critical: expected boolean",
        "4:21: `business_critical` must be true or false, found a string",
    ),
    (
        "contact-party.toml",
        "/contacts/0/party: \"leverantör\" is not one of",
        "10:9: unknown party \"leverantör\"",
    ),
];

const INVALID_SETTINGS: &[(&str, &str, &str)] = &[
    (
        "register-language.toml",
        "/language: \"de\" is not one of",
        "1:12: unknown language \"de\"",
    ),
    (
        "register-unknown-key.toml",
        "/renewal_lead_month: unknown key",
        "1:1: unknown key `renewal_lead_month`",
    ),
    (
        "register-two-shares.toml",
        "/priority/shares: 2 items, minItems 3",
        "2:10: `shares` must have three values",
    ),
    (
        "register-zero-interval.toml",
        "/cadence/interval_months/1: 0 is outside minimum 1",
        "2:19: `interval_months` values must be at least 1",
    ),
    (
        "register-step-5.toml",
        "/escalation/steps/0/step: 5 is outside maximum 4",
        "2:8: `step` must be between 0 and 4, found 5",
    ),
    (
        "register-step-missing.toml",
        "/escalation/steps/0: missing required `step`",
        "1:1: missing required key `step` in [[escalation.steps]]",
    ),
    (
        "register-step-actions-text.toml",
        "/escalation/steps/0/actions: expected array",
        "3:11: `actions` must be an array of strings, found a string",
    ),
];

#[test]
fn invalid_files_are_rejected_by_the_schema() {
    let invalid = fixtures().join("invalid");
    for (kind, cases) in [
        ("contract", INVALID_CONTRACTS),
        ("register", INVALID_SETTINGS),
    ] {
        let schema = schema(kind);
        for (file, expected, _) in cases {
            let errors = validate(&schema, &read_toml(&invalid.join(file)));
            assert_eq!(errors.len(), 1, "{file}: {errors:#?}");
            assert!(errors[0].starts_with(expected), "{file}: {errors:#?}");
        }
    }
    // Every fixture in the folder is covered by one of the tables.
    let mut listed: Vec<&str> = INVALID_CONTRACTS
        .iter()
        .chain(INVALID_SETTINGS)
        .map(|(file, _, _)| *file)
        .collect();
    listed.sort_unstable();
    let mut present: Vec<String> = std::fs::read_dir(&invalid)
        .expect("invalid fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    present.sort_unstable();
    assert_eq!(present, listed);
}

// …and by the loader.

/// A copy of the fixture register with `file` replaced by `text`.
fn register_with(file: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = fixtures().join("register");
    for relative in [
        "avtal.toml",
        "skoladmin/contract.toml",
        "minimal/contract.toml",
    ] {
        let target = dir.path().join(relative);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(source.join(relative), &target).expect("copy");
    }
    std::fs::write(dir.path().join(file), text).expect("write");
    dir
}

/// Every file under `dir` with its bytes, to check that nothing changed.
fn snapshot_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read");
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn invalid_files_are_rejected_by_the_loader() {
    let invalid = fixtures().join("invalid");
    for (target, cases) in [
        ("minimal/contract.toml", INVALID_CONTRACTS),
        ("avtal.toml", INVALID_SETTINGS),
    ] {
        for (file, _, expected) in cases {
            let text = std::fs::read_to_string(invalid.join(file)).expect("fixture");
            let register = register_with(target, &text);
            let before = snapshot_files(register.path());
            let output = avtal()
                .args(["--lang", "en", "check", "--today", "2026-11-22", "-C"])
                .arg(register.path())
                .output()
                .expect("runs");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(2), "{file}: {stderr}");
            let located = format!("error: {target}:{expected}");
            assert!(
                stderr.contains(&located),
                "{file}: `{located}` not in {stderr}"
            );
            assert!(
                stderr.contains("error: 1 problem(s) found in the register"),
                "{file}: exactly one error expected: {stderr}"
            );
            assert!(output.stdout.is_empty(), "{file}");
            assert_eq!(snapshot_files(register.path()), before, "{file}");
        }
    }
}

#[test]
fn fixture_register_is_accepted_by_the_loader() {
    let output = avtal()
        .args(["check", "--today", "2026-11-22", "--format", "json", "-C"])
        .arg(fixtures().join("register"))
        .output()
        .expect("runs");
    // Exit 1 would mean findings, which are fine here; 2 means the register is invalid.
    assert_ne!(output.status.code(), Some(2), "{output:?}");
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["errors"], serde_json::json!([]), "{json}");
}

/// Taplo sees a TOML date as a string, so the schema cannot tell `start = 2025-01-01` from
/// `start = "2025-01-01"`; the loader can. This pins down that known gap.
#[test]
fn a_quoted_date_passes_the_schema_but_not_the_loader() {
    let text = "title = \"Kontorsmaterial\"\nstart = \"2025-01-01\"\nend = 2026-12-31\n\n[supplier]\nname = \"Papper & Penna AB\"\n";
    let table: toml::Table = text.parse().expect("TOML");
    let errors = validate(
        &schema("contract"),
        &toml_to_json(&toml::Value::Table(table)),
    );
    assert_eq!(errors, Vec::<String>::new());
    let register = register_with("minimal/contract.toml", text);
    let output = avtal()
        .args(["check", "--today", "2026-11-22", "-C"])
        .arg(register.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("minimal/contract.toml:2:9: `start` ska vara ett TOML-datum, inte en text"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------------------------------------
// The command itself.

#[test]
fn schema_defaults_to_contract_and_is_deterministic() {
    let first = avtal().arg("schema").output().expect("runs");
    let second = avtal().args(["schema", "contract"]).output().expect("runs");
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
    let value: Value = serde_json::from_slice(&first.stdout).expect("JSON");
    assert_eq!(value["title"], "avtal contract.toml");
}

#[test]
fn schema_writes_to_a_file_with_o() {
    let dir = tempfile::tempdir().expect("temp dir");
    avtal()
        .current_dir(dir.path())
        .args(["schema", "register", "-o", "avtal.schema.json"])
        .assert()
        .success()
        .stdout("");
    let written = std::fs::read(dir.path().join("avtal.schema.json")).expect("written");
    let printed = avtal().args(["schema", "register"]).output().expect("runs");
    assert_eq!(written, printed.stdout);
}

#[test]
fn unknown_schema_kind_is_a_usage_error() {
    let output = avtal().args(["schema", "kontrakt"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid value 'kontrakt'"), "{stderr}");
    assert!(stderr.contains("contract, register"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn schema_prints_the_files_kept_in_the_source_byte_for_byte() {
    let source = root().join("src/commands/schema");
    for (kind, file) in [("contract", "contract.json"), ("register", "register.json")] {
        let printed = avtal().args(["schema", kind]).output().expect("runs");
        assert_eq!(
            printed.stdout,
            std::fs::read(source.join(file)).expect("source")
        );
    }
}
