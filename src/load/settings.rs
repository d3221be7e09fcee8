//! `avtal.toml` (SPEC §2.1): register settings; every key is optional.

use super::contract::money;
use super::toml_reader::TomlReader;
use crate::diag::Diagnostic;
use crate::diag::did_you_mean;
use crate::model::{
    CheckLevel, FINDING_CODES, LadderStepOverride, Language, LouPeriod, LouSettings, Settings,
};
use std::ops::Range;
use toml::de::DeTable;

const TOP_KEYS: &[&str] = &[
    "organisation",
    "language",
    "renewal_lead_months",
    "option_warning_days",
    "kpi_grace_days",
    "priority",
    "cadence",
    "escalation",
    "lou",
    "site",
    "digest",
    "checks",
];
const LOU_KEYS: &[&str] = &[
    "threshold",
    "threshold_works",
    "direct_award_limit",
    "framework_max_months",
    "periods",
];
const PERIOD_KEYS: &[&str] = &["from", "threshold", "threshold_works", "direct_award_limit"];
const CHECKS_KEYS: &[&str] = &["severity"];
const SITE_KEYS: &[&str] = &["title", "show_values", "ordering"];
const DIGEST_KEYS: &[&str] = &["from"];
const PRIORITY_KEYS: &[&str] = &["shares"];
const CADENCE_KEYS: &[&str] = &[
    "interval_months",
    "first_year_interval_months",
    "start_meeting_days",
    "qualification_interval_months",
];
const ESCALATION_KEYS: &[&str] = &["steps"];
const STEP_KEYS: &[&str] = &[
    "step",
    "name",
    "responsible",
    "input",
    "actions",
    "inform",
    "document",
];

/// Parses `avtal.toml`; `file` is its register-relative path; problems are written in `lang`.
pub fn parse_settings(
    file: &str,
    source: &str,
    lang: Language,
) -> Result<Settings, Vec<Diagnostic>> {
    let mut reader = TomlReader::new(file, source, lang);
    let Some(document) = reader.parse() else {
        return Err(reader.diagnostics);
    };
    let root = document.get_ref();
    reader.unknown_keys(root, TOP_KEYS, "");
    let mut settings = Settings {
        organisation: reader.string(root, "organisation"),
        ..Settings::default()
    };
    if let Some(index) = reader.choice(root, "language", &["sv", "en"]) {
        settings.language_set = true;
        settings.language = if index == 0 {
            Language::Sv
        } else {
            Language::En
        };
    }
    let whole = 0..=i64::from(u32::MAX);
    if let Some(months) = reader.integer_in(root, "renewal_lead_months", whole.clone()) {
        settings.renewal_lead_months = months as u32;
    }
    if let Some(days) = reader.integer_in(root, "option_warning_days", whole.clone()) {
        settings.option_warning_days = days as u32;
    }
    if let Some(days) = reader.integer_in(root, "kpi_grace_days", whole.clone()) {
        settings.kpi_grace_days = days as u32;
    }
    if let Some((table, _)) = reader.table(root, "priority") {
        reader.unknown_keys(table, PRIORITY_KEYS, "[priority]");
        if let Some(shares) = three(&mut reader, table, "shares", 0) {
            if shares.iter().sum::<u32>() == 100 {
                settings.priority_shares = shares;
            } else if let Some(span) = reader.span_of(table, "shares") {
                let sum: u32 = shares.iter().sum();
                reader.error(span, reader.m.shares_sum(sum));
            }
        }
    }
    if let Some((table, _)) = reader.table(root, "cadence") {
        reader.unknown_keys(table, CADENCE_KEYS, "[cadence]");
        let cadence = &mut settings.cadence;
        if let Some(months) = three(&mut reader, table, "interval_months", 1) {
            cadence.interval_months = months;
        }
        if let Some(months) = three(&mut reader, table, "first_year_interval_months", 1) {
            cadence.first_year_interval_months = months;
        }
        if let Some(days) = reader.integer_in(table, "start_meeting_days", whole.clone()) {
            cadence.start_meeting_days = days as u32;
        }
        if let Some(months) = reader.integer_in(
            table,
            "qualification_interval_months",
            1..=i64::from(u32::MAX),
        ) {
            cadence.qualification_interval_months = months as u32;
        }
    }
    if let Some((table, _)) = reader.table(root, "escalation") {
        reader.unknown_keys(table, ESCALATION_KEYS, "[escalation]");
        settings.escalation_steps = parse_steps(&mut reader, table);
    }
    if let Some((table, _)) = reader.table(root, "lou") {
        reader.unknown_keys(table, LOU_KEYS, "[lou]");
        let lou = &mut settings.lou;
        if let Some(value) = money(&mut reader, table, "threshold") {
            lou.threshold = value;
        }
        if let Some(value) = money(&mut reader, table, "threshold_works") {
            lou.threshold_works = value;
        }
        if let Some(value) = money(&mut reader, table, "direct_award_limit") {
            lou.direct_award_limit = value;
        }
        if let Some(months) =
            reader.integer_in(table, "framework_max_months", 1..=i64::from(u32::MAX))
        {
            lou.framework_max_months = months as u32;
        }
        lou.keys_set = ["threshold", "threshold_works", "direct_award_limit"]
            .iter()
            .any(|key| table.contains_key(*key));
        parse_lou_periods(&mut reader, table, lou);
    }
    if let Some((table, _)) = reader.table(root, "checks") {
        reader.unknown_keys(table, CHECKS_KEYS, "[checks]");
        if let Some((severity, _)) = reader.table(table, "severity") {
            settings.check_levels = parse_check_levels(&mut reader, severity);
        }
    }
    if let Some((table, _)) = reader.table(root, "site") {
        reader.unknown_keys(table, SITE_KEYS, "[site]");
        settings.site.title = reader.string(table, "title");
        settings.site.show_values = reader.boolean(table, "show_values").unwrap_or(false);
        settings.site.ordering = reader.string(table, "ordering");
    }
    if let Some((table, _)) = reader.table(root, "digest") {
        reader.unknown_keys(table, DIGEST_KEYS, "[digest]");
        settings.digest_from = reader.string(table, "from");
    }
    if reader.diagnostics.is_empty() {
        Ok(settings)
    } else {
        Err(reader.diagnostics)
    }
}

/// `[[lou.periods]]` (SPEC §22): each with `from` and any of the three values, in date order.
fn parse_lou_periods(reader: &mut TomlReader<'_>, table: &DeTable<'_>, lou: &mut LouSettings) {
    for (period_table, span) in reader.tables(table, "periods") {
        reader.unknown_keys(period_table, PERIOD_KEYS, "[[lou.periods]]");
        if !period_table.contains_key("from") {
            reader.missing("from", span, "[[lou.periods]]");
            continue;
        }
        let Some((from, from_span)) = reader.date(period_table, "from") else {
            continue;
        };
        let period = LouPeriod {
            from,
            threshold: money(reader, period_table, "threshold"),
            threshold_works: money(reader, period_table, "threshold_works"),
            direct_award_limit: money(reader, period_table, "direct_award_limit"),
        };
        if let Some(before) = lou.periods.last().filter(|before| before.from >= from) {
            let message = reader.m.lou_periods_out_of_order(from, before.from);
            reader.error_with_hint(from_span, message, reader.m.lou_periods_order_hint());
            continue;
        }
        lou.periods.push(period);
    }
}

/// `[checks] severity` (SPEC §22): a level for each finding code named.
fn parse_check_levels(
    reader: &mut TomlReader<'_>,
    table: &DeTable<'_>,
) -> std::collections::BTreeMap<String, CheckLevel> {
    let mut levels = std::collections::BTreeMap::new();
    for (key, _) in table.iter() {
        let code = key.get_ref().as_ref();
        if !FINDING_CODES.contains(&code) {
            let hint = match did_you_mean(code, FINDING_CODES) {
                Some(suggestion) => reader.m.did_you_mean_name(suggestion),
                None => reader.m.known_codes(&FINDING_CODES.join(", ")),
            };
            reader.error_with_hint(key.span(), reader.m.unknown_check_code(code), hint);
            continue;
        }
        let Some(text) = reader.string(table, code) else {
            continue;
        };
        let level = match CheckLevel::NAMES.iter().position(|name| *name == text) {
            Some(0) => CheckLevel::Error,
            Some(1) => CheckLevel::Warning,
            Some(_) => CheckLevel::Off,
            None => {
                let span = reader.span_of(table, code).unwrap_or(key.span());
                let hint = reader
                    .m
                    .use_one_of_values("\"error\", \"warning\", \"off\"");
                reader.error_with_hint(span, reader.m.unknown_check_level(code, &text), hint);
                continue;
            }
        };
        levels.insert(code.to_string(), level);
    }
    levels
}

/// Three integers, each at least `minimum` (one value per priority group).
fn three(
    reader: &mut TomlReader<'_>,
    table: &DeTable<'_>,
    key: &str,
    minimum: i64,
) -> Option<[u32; 3]> {
    let (numbers, span): (Vec<i64>, Range<usize>) = reader.integers(table, key)?;
    if numbers.len() != 3 {
        reader.error(span, reader.m.three_values(key, numbers.len()));
        return None;
    }
    if numbers
        .iter()
        .any(|n| *n < minimum || *n > i64::from(u32::MAX))
    {
        reader.error(span, reader.m.values_at_least(key, minimum));
        return None;
    }
    Some([numbers[0] as u32, numbers[1] as u32, numbers[2] as u32])
}

fn parse_steps(reader: &mut TomlReader<'_>, table: &DeTable<'_>) -> Vec<LadderStepOverride> {
    let mut steps: Vec<LadderStepOverride> = Vec::new();
    for (step_table, span) in reader.tables(table, "steps") {
        reader.unknown_keys(step_table, STEP_KEYS, "[[escalation.steps]]");
        if !step_table.contains_key("step") {
            reader.missing("step", span.clone(), "[[escalation.steps]]");
            continue;
        }
        let Some(step) = reader.integer_in(step_table, "step", 0..=4) else {
            continue;
        };
        if steps.iter().any(|s| i64::from(s.step) == step) {
            let at = reader.span_of(step_table, "step").unwrap_or(span);
            reader.error(at, reader.m.escalation_step_twice(step));
            continue;
        }
        steps.push(LadderStepOverride {
            step: step as u8,
            name: reader.string(step_table, "name"),
            responsible: reader.strings(step_table, "responsible"),
            input: reader.strings(step_table, "input"),
            actions: reader.strings(step_table, "actions"),
            inform: reader.strings(step_table, "inform"),
            document: reader.strings(step_table, "document"),
        });
    }
    steps.sort_by_key(|s| s.step);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;

    #[test]
    fn empty_file_gives_defaults() {
        assert_eq!(
            parse_settings("avtal.toml", "", crate::model::Language::En).ok(),
            Some(Settings::default())
        );
    }

    #[test]
    fn reads_every_key() {
        let source = "organisation = \"Sjöviks kommun\"\nlanguage = \"en\"\nkpi_grace_days = 20\n[priority]\nshares = [20, 30, 50]\n[cadence]\ninterval_months = [3, 6, 12]\n[[escalation.steps]]\nstep = 2\nname = \"Avvikelser\"\nactions = [\"Möte\"]\n";
        let settings = parse_settings("avtal.toml", source, crate::model::Language::En)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        assert_eq!(settings.language, Language::En);
        assert_eq!(settings.kpi_grace_days, 20);
        assert_eq!(settings.priority_shares, [20, 30, 50]);
        assert_eq!(settings.cadence.interval_months, [3, 6, 12]);
        assert_eq!(settings.cadence.first_year_interval_months, [2, 6, 12]);
        assert_eq!(
            settings.escalation_steps[0].actions,
            Some(vec!["Möte".to_string()])
        );
    }

    #[test]
    fn reads_lou_and_site() {
        let source = "[lou]\nthreshold = 2500000\nthreshold_works = 62000000.5\nframework_max_months = 96\n[site]\ntitle = \"Avtal\"\nshow_values = true\nordering = \"Ring\"\n[digest]\nfrom = \"avtal@sjovik.example\"\n";
        let settings = parse_settings("avtal.toml", source, crate::model::Language::En)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        assert_eq!(settings.lou.threshold, Money::from_kronor(2_500_000));
        assert_eq!(settings.lou.threshold_works, Money::from_ore(6_200_000_050));
        assert_eq!(settings.lou.direct_award_limit, Money::from_kronor(700_000));
        assert_eq!(settings.lou.framework_max_months, 96);
        assert_eq!(settings.site.title.as_deref(), Some("Avtal"));
        assert!(settings.site.show_values);
        assert_eq!(settings.site.ordering.as_deref(), Some("Ring"));
        assert_eq!(
            settings.digest_from.as_deref(),
            Some("avtal@sjovik.example")
        );
        let errors = parse_settings(
            "avtal.toml",
            "[lou]\nthreshold = -1\ntresh = 2\n",
            crate::model::Language::En,
        )
        .unwrap_err();
        let messages: Vec<String> = errors
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "3:1: unknown key `tresh` in [lou]",
                "2:13: `threshold` must be 0 or more"
            ]
        );
    }

    fn errors_of(source: &str) -> Vec<String> {
        match parse_settings("avtal.toml", source, crate::model::Language::En) {
            Ok(_) => vec![],
            Err(errors) => (errors.iter())
                .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn reads_checks_and_lou_periods() {
        let source = "[lou]\nframework_max_months = 48\n[[lou.periods]]\nfrom = 2024-01-01\nthreshold = 2389585\n[[lou.periods]]\nfrom = 2026-01-01\ndirect_award_limit = 800000\n[checks]\nseverity = { \"kpi-missing\" = \"off\", \"contract-ending\" = \"error\" }\n";
        let settings = parse_settings("avtal.toml", source, crate::model::Language::En)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        assert!(!settings.lou.keys_set);
        assert_eq!(settings.lou.periods.len(), 2);
        assert_eq!(settings.lou.periods[1].threshold, None);
        assert_eq!(
            settings.lou.periods[1].direct_award_limit,
            Some(Money::from_kronor(800_000))
        );
        assert_eq!(
            settings.check_levels.get("kpi-missing"),
            Some(&CheckLevel::Off)
        );
        assert_eq!(
            settings.check_levels.get("contract-ending"),
            Some(&CheckLevel::Error)
        );
        let keys = parse_settings("avtal.toml", "[lou]\nthreshold = 1\n", Language::En);
        assert!(keys.unwrap().lou.keys_set);
    }

    #[test]
    fn reports_bad_checks_and_periods() {
        assert_eq!(
            errors_of(
                "[checks]\nseverity = { \"kpi-misisng\" = \"off\", escalation = \"info\" }\n"
            ),
            [
                "2:50: unknown severity \"info\" for escalation in [checks] severity",
                "2:14: unknown check \"kpi-misisng\" in [checks] severity",
            ]
        );
        let errors = parse_settings(
            "avtal.toml",
            "[checks]\nseverity = { x = \"off\" }\n",
            Language::En,
        )
        .unwrap_err();
        assert!(
            errors[0]
                .hint
                .as_deref()
                .unwrap()
                .contains("lou-values-outdated")
        );
        assert_eq!(
            errors_of("[checks]\nlevel = {}\n"),
            ["2:1: unknown key `level` in [checks]"]
        );
        let periods = "[[lou.periods]]\nfrom = 2026-01-01\n[[lou.periods]]\nfrom = 2024-01-01\nthreshold = -5\n[[lou.periods]]\nthreshold = 1\n[[lou.periods]]\nfrom = 2026-01-01\n";
        assert_eq!(
            errors_of(periods),
            [
                "5:13: `threshold` must be 0 or more",
                "4:8: the period from 2024-01-01 comes after the period from 2026-01-01; [[lou.periods]] must be in date order",
                "6:1: missing required key `from` in [[lou.periods]]",
                "9:8: the period from 2026-01-01 comes after the period from 2026-01-01; [[lou.periods]] must be in date order",
            ]
        );
    }

    #[test]
    fn reports_bad_values() {
        let source = "langauge = \"sv\"\n[priority]\nshares = [10, 30, 50]\n[cadence]\ninterval_months = [4, 12]\n";
        let errors = parse_settings("avtal.toml", source, crate::model::Language::En).unwrap_err();
        let messages: Vec<String> = errors
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "1:1: unknown key `langauge`",
                "3:10: `shares` must sum to 100, found 90",
                "5:19: `interval_months` must have three values, one per priority group, found 2",
            ]
        );
        assert_eq!(errors[0].hint.as_deref(), Some("did you mean `language`?"));
    }
}
