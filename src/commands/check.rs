//! `avtal check`: validate the register and list what needs attention today (SPEC §5.3–§5.4).
//! Exit code 2 when the register is invalid, 1 when a finding is at or above `--fail-on`.

use crate::commands::shared::controller::{
    MAX_WITHIN_DAYS, controller_filter, has_controller, horizon,
};
use crate::context::Context;
use crate::diag::Diagnostic;
use crate::error::{Error, Status};
use crate::model::{CheckLevel, Settings};
use crate::model::{Language, Register};
use crate::render;
use crate::render::facts::supplier_short;
use crate::rules::checks::{
    CODES, Code, Finding, Severity, check_priorities, contract_findings, register_findings,
};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::{Component, Path, PathBuf};

/// Arguments of `avtal check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Only these checks (finding codes; see --list)
    #[arg(value_name = "CODE")]
    pub codes: Vec<String>,
    /// List the checks with their severity and what each checks
    #[arg(long)]
    pub list: bool,
    /// Show acknowledged findings as if they were not, and count them for the exit code
    #[arg(long)]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with code 1 when a finding has this severity or worse
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "LEVEL")]
    pub fail_on: FailOn,
    /// Only findings dated up to today + DAYS (findings without a date always stay)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u64).range(0..=MAX_WITHIN_DAYS))]
    pub within: Option<u64>,
    /// Only contracts with this controller ([roles] controller; case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub controller: Option<String>,
}

/// Output formats of `avtal check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// A list for people, grouped by contract
    Table,
    /// JSON (docs/reference.md §5.4)
    Json,
    /// GitHub Actions workflow commands (::error / ::warning annotations)
    Github,
}

/// `--fail-on` levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 when there is an error-severity finding (default)
    Error,
    /// Exit 1 when there is any finding
    Warning,
    /// Always exit 0 when the register is valid
    Never,
}

/// The exit status for `findings` under `fail_on` (SPEC §5.3); acknowledged findings do not
/// count (SPEC §22).
pub fn status(findings: &[Finding], fail_on: FailOn) -> Status {
    let worst = (findings.iter())
        .filter(|f| f.acknowledged.is_none())
        .map(|f| f.severity)
        .min();
    let fails = match (fail_on, worst) {
        (FailOn::Never, _) | (_, None) => false,
        (FailOn::Warning, Some(_)) => true,
        (FailOn::Error, Some(severity)) => severity == Severity::Error,
    };
    if fails {
        Status::Problems
    } else {
        Status::Success
    }
}

/// The JSON document of `avtal check --format json`.
#[derive(Serialize)]
struct CheckJson<'a> {
    today: String,
    findings: Vec<FindingJson<'a>>,
    errors: &'a [Diagnostic],
}

/// One finding in JSON: the SPEC keys, the optional ones only where they apply.
#[derive(Serialize)]
struct FindingJson<'a> {
    /// `null` for a register finding.
    contract: Option<&'a str>,
    code: &'static str,
    /// What an `ack` entry names it by (SPEC §22).
    key: String,
    severity: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kpi: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<u8>,
    /// SEK, exact to the öre (`change-limit-*`, `framework-ceiling-*`).
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<serde_json::Value>,
    message: String,
    /// What to do next (an addition to SPEC §5.4's keys).
    next_step: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    acknowledged: Option<AcknowledgedJson<'a>>,
}

/// `"acknowledged"` on a finding (SPEC §22).
#[derive(Serialize)]
struct AcknowledgedJson<'a> {
    until: String,
    note: &'a str,
}

/// One row of `check --list --format json`.
#[derive(Serialize)]
struct CheckListJson {
    code: &'static str,
    severity: &'static str,
    description: &'static str,
}

impl<'a> FindingJson<'a> {
    fn new(finding: &'a Finding, lang: Language) -> FindingJson<'a> {
        FindingJson {
            contract: Some(finding.contract.as_str()).filter(|c| !c.is_empty()),
            code: finding.code.as_str(),
            key: finding.key(),
            severity: finding.severity.as_str(),
            date: finding.date.map(|d| d.to_string()),
            kpi: finding.kpi.as_deref(),
            period: finding.period.map(|p| p.to_string()),
            reference: finding.reference.as_deref(),
            step: finding.step,
            amount: finding.amount.map(|m| render::json_number(m.as_sek())),
            limit: finding.limit.map(|m| render::json_number(m.as_sek())),
            message: finding.message(lang),
            next_step: finding.next_step(lang),
            acknowledged: finding.acknowledged.as_ref().map(|a| AcknowledgedJson {
                until: a.until.to_string(),
                note: &a.note,
            }),
        }
    }
}

/// What one finding takes in `--format json`, a little over the measured average (340 bytes), so
/// that the output buffer is allocated once.
const JSON_BYTES_PER_FINDING: usize = 400;

/// Runs `avtal check`.
pub fn run(context: &Context, args: &CheckArgs) -> Result<Status, Error> {
    if args.list {
        return list(context, args);
    }
    let wanted = wanted_codes(&args.codes, context.ambient_language())?;
    // KPI rows are read per contract for its findings and dropped: bounded memory at 100k.
    let today = context.today;
    let loaded = context.load_visiting(
        |register| check_priorities(register, today),
        |priorities, settings, contract| contract_findings(priorities, settings, contract, today),
    );
    let (register, findings) = match loaded {
        Ok(loaded) => loaded,
        Err(Error::Invalid(diagnostics)) if args.format != CheckFormat::Table => {
            let output = match args.format {
                CheckFormat::Github => {
                    let root = context.register_dir()?;
                    github_errors(&diagnostics, &relative_to(&root, &context.cwd))
                }
                _ => render::json(&CheckJson {
                    today: context.today.to_string(),
                    findings: Vec::new(),
                    errors: &diagnostics,
                })?,
            };
            context.emit(args.output.as_deref(), &output)?;
            return Err(Error::Reported);
        }
        Err(error) => return Err(error),
    };
    let mut findings = register_findings(&register, findings, today);
    let lang = context.language(&register.settings);
    if !wanted.is_empty() {
        findings.retain(|f| wanted.contains(&f.code));
    }
    if args.all {
        for finding in &mut findings {
            finding.acknowledged = None;
        }
    }
    narrow(&register, &mut findings, args, context.today, lang)?;
    let output = match args.format {
        // 12 MB at 100k contracts.
        CheckFormat::Json => render::json_sized(
            &CheckJson {
                today: context.today.to_string(),
                findings: findings.iter().map(|f| FindingJson::new(f, lang)).collect(),
                errors: &[],
            },
            findings.len().saturating_mul(JSON_BYTES_PER_FINDING),
        )?,
        CheckFormat::Github => github_findings(
            &register,
            &findings,
            &relative_to(&register.root, &context.cwd),
            lang,
        ),
        CheckFormat::Table => {
            let color = context.color && args.output.is_none();
            crate::sanitize::terminal(
                table(&register, &findings, context.today, lang, color),
                color,
            )
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    // The process ends now: the OS frees the register at once, faster than dropping it (issue 15).
    std::mem::forget(register);
    Ok(status(&findings, args.fail_on))
}

/// The codes of `check CODE...` (SPEC §22); an unknown one is an error that lists them all.
fn wanted_codes(names: &[String], lang: Language) -> Result<Vec<Code>, Error> {
    let m = crate::messages::of(lang);
    let ids: Vec<&str> = CODES.iter().map(|row| row.id).collect();
    names
        .iter()
        .map(|name| {
            Code::parse(name.trim()).ok_or_else(|| {
                Error::input_with_hint(m.unknown_check(name), m.check_codes_hint(&ids.join(", ")))
            })
        })
        .collect()
}

/// `check --list` (SPEC §22): every code with the severity the register gives it and one line
/// on what it checks, in the register's language; outside a register, the defaults.
fn list(context: &Context, args: &CheckArgs) -> Result<Status, Error> {
    let settings = match context.register_dir() {
        Ok(dir) => crate::load::load_settings(&dir, context.languages())?,
        Err(_) => Settings::default(),
    };
    let lang = context.language(&settings);
    let level = |row: &crate::rules::checks::CodeRow| match settings.check_levels.get(row.id) {
        Some(level) => level.as_str(),
        None => row.severity.as_str(),
    };
    let output = match args.format {
        CheckFormat::Json => {
            let mut rows: Vec<CheckListJson> = (CODES.iter())
                .map(|row| CheckListJson {
                    code: row.id,
                    severity: level(row),
                    description: row.code.description(lang),
                })
                .collect();
            rows.sort_by_key(|row| row.code);
            render::json(&rows)?
        }
        CheckFormat::Table | CheckFormat::Github => {
            let code_width = CODES.iter().map(|row| row.id.len()).max().unwrap_or(0);
            let level_width = CheckLevel::NAMES.iter().map(|n| n.len()).max().unwrap_or(0);
            let mut out = String::new();
            for row in CODES {
                let (level, description) = (level(row), row.code.description(lang));
                out.push_str(&format!(
                    "{:<code_width$}  {level:<level_width$}  {description}\n",
                    row.id
                ));
            }
            out.into_bytes()
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    Ok(Status::Success)
}

/// `--within` and `--controller` (SPEC §16). The exit code follows the findings that remain.
fn narrow(
    register: &Register,
    findings: &mut Vec<Finding>,
    args: &CheckArgs,
    today: chrono::NaiveDate,
    lang: Language,
) -> Result<(), Error> {
    let m = crate::messages::of(lang);
    if let Some(days) = args.within {
        let until = horizon(today, days);
        findings.retain(|f| f.date.is_none_or(|date| date <= until));
    }
    if let Some(name) = &args.controller {
        let wanted = controller_filter(register, name, m)?;
        // A register finding concerns every controller.
        findings.retain(|f| {
            f.is_register_finding()
                || (register.contract(&f.contract)).is_some_and(|c| has_controller(c, &wanted))
        });
    }
    Ok(())
}

/// The human view: findings grouped by contract (contracts with errors first, then by key),
/// errors before warnings within a contract, each with what to do next; then the acknowledged
/// findings apart, each with its until-date and reason (SPEC §22); then a summary line.
fn table(
    register: &Register,
    findings: &[Finding],
    today: chrono::NaiveDate,
    lang: Language,
    color: bool,
) -> String {
    let m = crate::messages::of(lang);
    let (open, acknowledged): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|f| f.acknowledged.is_none());
    let (mut out, contracts) = grouped(register, &open, lang, color);
    if !acknowledged.is_empty() {
        out.push_str(&paint(color, m.check_acknowledged_heading(), "1"));
        out.push_str("\n\n");
        out.push_str(&grouped(register, &acknowledged, lang, color).0);
    }
    let errors = open
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = open.len() - errors;
    let active = register
        .contracts
        .iter()
        .filter(|c| c.is_active_on(today))
        .count();
    let summary = if open.is_empty() {
        m.check_clean(active, today)
    } else {
        m.check_summary(errors, warnings, contracts, active, today)
    };
    out.push_str(&summary);
    out.push('\n');
    if !acknowledged.is_empty() {
        out.push_str(&m.check_acknowledged_count(acknowledged.len()));
        out.push('\n');
    }
    out
}

/// `text` in the terminal style `code` when `color` is on.
fn paint(color: bool, text: &str, code: &str) -> String {
    if color {
        format!("\u{1b}[{code}m{text}\u{1b}[0m")
    } else {
        text.to_string()
    }
}

/// `findings` grouped by contract, each with what to do next (or, acknowledged, until when and
/// why); and the number of groups.
fn grouped(
    register: &Register,
    findings: &[&Finding],
    lang: Language,
    color: bool,
) -> (String, usize) {
    let paint = |text: &str, code: &str| paint(color, text, code);
    let mut groups: Vec<(&str, Vec<&Finding>)> = Vec::new();
    for finding in findings {
        match groups.last_mut() {
            Some((key, list)) if *key == finding.contract => list.push(finding),
            _ => groups.push((&finding.contract, vec![finding])),
        }
    }
    let worst = |list: &[&Finding]| list.iter().map(|f| f.severity).min();
    groups.sort_by(|a, b| worst(&a.1).cmp(&worst(&b.1)).then(a.0.cmp(b.0)));
    let m = crate::messages::of(lang);
    let (error_label, warning_label) = (m.error_label(), m.warning_label());
    let width = error_label
        .chars()
        .count()
        .max(warning_label.chars().count());
    let mut out = String::new();
    for (key, list) in &mut groups {
        list.sort_by_key(|f| f.severity);
        let heading = match register.contract(key) {
            Some(c) => match &c.roles.controller {
                // The controller's name lets each controller find their own contracts.
                Some(controller) => {
                    format!("{key} — {} ({}) · {controller}", c.title, supplier_short(c))
                }
                None => format!("{key} — {} ({})", c.title, supplier_short(c)),
            },
            None if key.is_empty() => m.check_register_heading().to_string(),
            None => key.to_string(),
        };
        out.push_str(&paint(&heading, "1"));
        out.push('\n');
        for (index, finding) in list.iter().enumerate() {
            let label = match finding.severity {
                Severity::Error => paint(&format!("{error_label:<width$}"), "1;31"),
                Severity::Warning => paint(&format!("{warning_label:<width$}"), "33"),
            };
            let same_kpi = |f: &&Finding| {
                f.code == Code::KpiMissing
                    && f.kpi == finding.kpi
                    && f.acknowledged == finding.acknowledged
            };
            let message = if finding.code != Code::KpiMissing {
                finding.message(lang)
            } else if index > 0 && same_kpi(&list[index - 1]) {
                // Already listed with the first missing period of this KPI.
                continue;
            } else {
                // One line per KPI in the human view (JSON keeps one finding per period).
                let periods: Vec<String> = list[index..]
                    .iter()
                    .take_while(|f| same_kpi(f))
                    .filter_map(|f| f.period.map(|p| p.to_string()))
                    .collect();
                if periods.len() == 1 {
                    finding.message(lang)
                } else {
                    let kpi = finding.kpi.as_deref().unwrap_or("");
                    let periods = periods.join(", ");
                    m.kpi_values_missing(kpi, &periods)
                }
            };
            out.push_str(&format!("  {label}  {message}\n"));
            let after = match &finding.acknowledged {
                Some(ack) => m.acknowledged_until(ack.until, &ack.note),
                None => finding.next_step(lang),
            };
            out.push_str(&format!("  {:<width$}  → {after}\n", ""));
        }
        out.push('\n');
    }
    (
        out,
        groups.iter().filter(|(key, _)| !key.is_empty()).count(),
    )
}

/// GitHub workflow-command escaping of a message (`%`, CR, LF).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub workflow-command escaping of a property value (also `:` and `,`).
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One `::error` / `::warning` command per finding, on the contract's `contract.toml`.
fn github_findings(
    register: &Register,
    findings: &[Finding],
    root: &str,
    lang: Language,
) -> Vec<u8> {
    let mut out = String::new();
    // Acknowledged findings come apart, after the others, as notices with their reason.
    let (open, acknowledged): (Vec<&Finding>, Vec<&Finding>) =
        findings.iter().partition(|f| f.acknowledged.is_none());
    for finding in open.into_iter().chain(acknowledged) {
        let level = match (&finding.acknowledged, finding.severity) {
            (Some(_), _) => "notice",
            (None, Severity::Error) => "error",
            (None, Severity::Warning) => "warning",
        };
        let (name, line) = location(register, finding);
        let file = match finding.is_register_finding() {
            true => join(root, name),
            false => join(root, &format!("{}/{name}", finding.contract)),
        };
        let mut message = finding.message(lang);
        if let Some(ack) = &finding.acknowledged {
            let m = crate::messages::of(lang);
            message = format!("{message} ({})", m.acknowledged_until(ack.until, &ack.note));
        }
        out.push_str(&format!(
            "::{level} file={},line={line},title={}::{}\n",
            escape_property(&file),
            escape_property(finding.code.as_str()),
            escape_data(&message),
        ));
    }
    out.into_bytes()
}

/// Where an annotation belongs: a KPI finding on the KPI's `id` line in `contract.toml`, an
/// overdue action on its row in `log.csv`, anything else on the first line of `contract.toml`.
fn location(register: &Register, finding: &Finding) -> (&'static str, u32) {
    if finding.is_register_finding() {
        // `lou-values-outdated`: on the `[lou]` line of avtal.toml, else its first line.
        let line = std::fs::read_to_string(register.root.join("avtal.toml"))
            .ok()
            .and_then(|text| {
                text.lines()
                    .position(|l| l.trim_start().starts_with("[lou"))
            })
            .and_then(|index| u32::try_from(index + 1).ok());
        return ("avtal.toml", line.unwrap_or(1));
    }
    let Some(contract) = register.contract(&finding.contract) else {
        return ("contract.toml", 1);
    };
    match finding.code {
        Code::ActionOverdue => finding
            .log_line
            .map_or(("contract.toml", 1), |line| ("log.csv", line)),
        Code::KpiMissing => {
            let path = register.root.join(&contract.key).join("contract.toml");
            let line = std::fs::read_to_string(path)
                .ok()
                .zip(finding.kpi.as_deref())
                .and_then(|(text, kpi)| kpi_line(&text, kpi));
            ("contract.toml", line.unwrap_or(1))
        }
        _ => ("contract.toml", 1),
    }
}

/// The 1-based line of `id = "<kpi>"` in a contract file (written by a person, so spacing and
/// quotes vary), if there is one.
fn kpi_line(text: &str, kpi: &str) -> Option<u32> {
    text.lines()
        .position(|line| {
            let Some((key, value)) = line.split_once('=') else {
                return false;
            };
            let value = value.split('#').next().unwrap_or("").trim();
            key.trim() == "id" && value.trim_matches(|c| c == '"' || c == '\'') == kpi
        })
        .and_then(|index| u32::try_from(index + 1).ok())
}

/// One `::error` command per validation error, with its file, line and column.
fn github_errors(diagnostics: &[Diagnostic], root: &str) -> Vec<u8> {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let mut message = diagnostic.message.clone();
        if let Some(hint) = &diagnostic.hint {
            message.push_str(&format!("\nhint: {hint}"));
        }
        out.push_str(&format!(
            "::error file={},line={},col={},title={}::{}\n",
            escape_property(&join(root, &diagnostic.file)),
            diagnostic.line,
            diagnostic.column,
            escape_property("invalid register"),
            escape_data(&message),
        ));
    }
    out.into_bytes()
}

/// `root/file` with `/` separators; just `file` when the register is the working directory.
fn join(root: &str, file: &str) -> String {
    if root.is_empty() || root == "." {
        file.to_string()
    } else {
        format!("{}/{file}", root.trim_end_matches('/'))
    }
}

/// `path` relative to `base` with `/` separators (using `..` where needed), so annotations name
/// files as the repository checkout sees them. Falls back to the path as given.
pub fn relative_to(path: &Path, base: &Path) -> String {
    let normal = |p: &Path| -> Vec<String> {
        let mut parts: Vec<String> = Vec::new();
        for component in p.components() {
            match component {
                Component::CurDir => {}
                Component::ParentDir => {
                    parts.pop();
                }
                Component::Normal(name) => parts.push(name.to_string_lossy().into_owned()),
                Component::RootDir | Component::Prefix(_) => parts.clear(),
            }
        }
        parts
    };
    if path.is_absolute() != base.is_absolute() {
        return path.to_string_lossy().replace('\\', "/");
    }
    let (path_parts, base_parts) = (normal(path), normal(base));
    let common = path_parts
        .iter()
        .zip(&base_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<String> = vec!["..".to_string(); base_parts.len() - common];
    parts.extend(path_parts[common..].iter().cloned());
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::contract;

    #[test]
    fn kpi_lines_are_found_whatever_the_spacing() {
        let text = "title = \"X\"\n[[kpis]]\nid = \"nki\"\n[[kpis]]\n  id='lp' # leverans\n";
        assert_eq!(kpi_line(text, "nki"), Some(3));
        assert_eq!(kpi_line(text, "lp"), Some(5));
        assert_eq!(kpi_line(text, "x"), None);
    }

    fn finding(code: Code) -> Finding {
        Finding::new(&contract("skola", "2026-01-01", "2027-01-01"), code)
    }

    #[test]
    fn exit_status_follows_fail_on() {
        let error = finding(Code::FollowupOverdue);
        let warning = finding(Code::KpiMissing);
        let both = [error.clone(), warning.clone()];
        assert_eq!(status(&[], FailOn::Warning), Status::Success);
        assert_eq!(status(&both, FailOn::Error), Status::Problems);
        assert_eq!(
            status(std::slice::from_ref(&warning), FailOn::Error),
            Status::Success
        );
        assert_eq!(status(&[warning], FailOn::Warning), Status::Problems);
        assert_eq!(status(&both, FailOn::Never), Status::Success);
    }

    #[test]
    fn github_escaping() {
        assert_eq!(
            escape_data("100% klart\r\nnästa"),
            "100%25 klart%0D%0Anästa"
        );
        assert_eq!(escape_property("a:b,c%d\ne"), "a%3Ab%2Cc%25d%0Ae");
        // Data keeps `:` and `,`, which are safe after the `::` separator.
        assert_eq!(escape_data("a: b, c"), "a: b, c");
    }

    #[test]
    fn relative_paths() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(relative_to(&p("/repo/contracts"), &p("/repo")), "contracts");
        assert_eq!(relative_to(&p("/repo"), &p("/repo")), ".");
        assert_eq!(relative_to(&p("/repo/a"), &p("/repo/b/c")), "../../a");
        assert_eq!(relative_to(&p("/repo/./x/../reg"), &p("/repo")), "reg");
        assert_eq!(join(".", "a/contract.toml"), "a/contract.toml");
        assert_eq!(
            join("contracts", "a/contract.toml"),
            "contracts/a/contract.toml"
        );
    }
}
