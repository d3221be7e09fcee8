//! LOU term and change limits (SPEC §11): `framework-term-exceeded`,
//! `framework-option-exceeds-term`, `change-limit-exceeded` and `change-limit-near`.

use super::codes::Code;
use super::finding::{Detail, Finding};
use crate::i18n;
use crate::messages::{self, Messages};
use crate::model::{Contract, Language, LouSettings};
use crate::money::Money;
use crate::rules::lou::{
    ChangeLimit, ChangeStatus, LimitBound, TermStatus, change_limit, framework_term,
};
use chrono::Datelike;
use chrono::NaiveDate;

/// The framework term and the change limit, only the more severe of each pair.
pub(super) fn lou_findings(
    contract: &Contract,
    lou: &LouSettings,
    today: NaiveDate,
    findings: &mut Vec<Finding>,
) {
    if let Some((status, last_day)) = framework_term(contract, lou) {
        let code = match status {
            TermStatus::Exceeded => Code::FrameworkTermExceeded,
            TermStatus::OptionExceeds => Code::FrameworkOptionExceedsTerm,
        };
        let mut finding = Finding::new(contract, code).on(last_day);
        finding.detail = Some(Detail::Term {
            max_months: lou.framework_max_months,
        });
        findings.push(finding);
    }
    let change = change_limit(contract, lou, today);
    if let Some(status) = change.status() {
        let code = match status {
            ChangeStatus::Exceeded => Code::ChangeLimitExceeded,
            ChangeStatus::Near => Code::ChangeLimitNear,
        };
        let mut finding = Finding::new(contract, code);
        finding.amount = Some(change.net);
        finding.limit = Some(change.limit);
        finding.detail = Some(Detail::Change(change));
        findings.push(finding);
    }
}

/// `lou-values-outdated` (SPEC §22), a register finding: no period of LOU values, given or
/// built-in, starts in `today`'s year or the year before.
pub(super) fn values_outdated(lou: &LouSettings, today: NaiveDate) -> Option<Finding> {
    let year = today.year();
    let latest = lou.effective_periods().iter().map(|p| p.from).max();
    if latest.is_some_and(|from| from.year() >= year - 1) {
        return None;
    }
    let mut finding = Finding::about_register(Code::LouValuesOutdated);
    finding.detail = Some(Detail::LouValues { year, latest });
    Some(finding)
}

/// The message of `lou-values-outdated`.
pub(super) fn values_outdated_message(finding: &Finding, lang: Language) -> String {
    let m = messages::of(lang);
    match finding.detail {
        Some(Detail::LouValues {
            year,
            latest: Some(latest),
        }) => m.lou_values_outdated(year - 1, year, latest),
        Some(Detail::LouValues { year, latest: None }) => m.lou_values_undated(year - 1, year),
        _ => m.describe_lou_values_outdated().to_string(),
    }
}

/// The next step of `lou-values-outdated`: the values of the two-year period under way (the EU
/// thresholds change on 1 January of every even year), and where they are published.
pub(super) fn values_outdated_next_step(finding: &Finding, lang: Language) -> String {
    let year = match finding.detail {
        Some(Detail::LouValues { year, .. }) => year,
        _ => 0,
    };
    let first = if year % 2 == 0 { year } else { year - 1 };
    messages::of(lang).next_lou_values_outdated(first, first + 1)
}

/// The message of `framework-term-exceeded`.
pub(super) fn term_exceeded_message(finding: &Finding, lang: Language) -> String {
    let m = messages::of(lang);
    m.framework_term_exceeded(&term_text(finding, m), &finding.date_text())
}

/// The message of `framework-option-exceeds-term`.
pub(super) fn option_exceeds_term_message(finding: &Finding, lang: Language) -> String {
    let m = messages::of(lang);
    m.framework_option_exceeds_term(&term_text(finding, m), &finding.date_text())
}

/// The legal maximum term, in years where it is whole years.
fn term_text(finding: &Finding, m: &dyn Messages) -> String {
    let months = match finding.detail {
        Some(Detail::Term { max_months }) => max_months,
        _ => 48,
    };
    match months % 12 {
        0 => m.term_years(months / 12),
        _ => m.term_months(months),
    }
}

/// The message of `change-limit-*`: "Ändringar netto 1 250 000 kr av högst 1 800 000 kr (10 % av
/// avtalsvärdet) — 550 000 kr kvar".
pub(super) fn change_message(finding: &Finding, lang: Language) -> String {
    let m = messages::of(lang);
    let amount = finding.amount.unwrap_or(Money::ZERO);
    let limit = finding.limit.unwrap_or(Money::ZERO);
    let basis = match finding.detail {
        Some(Detail::Change(change)) => change_basis(&change, lang),
        _ => String::new(),
    };
    let room = limit - amount.abs();
    let (amount, limit_text) = (i18n::money(amount, lang), i18n::money(limit, lang));
    let rest = match room.cmp(&Money::ZERO) {
        std::cmp::Ordering::Greater => m.change_room_left(&i18n::money(room, lang)),
        std::cmp::Ordering::Equal => m.change_limit_reached().to_string(),
        std::cmp::Ordering::Less => m.change_over_limit(&i18n::money(-room, lang)),
    };
    m.change_limit(&amount, &limit_text, &basis, &rest)
}

/// Where a change limit comes from, in words: "10 % av avtalsvärdet", "tröskelvärdet".
pub fn change_basis(change: &ChangeLimit, lang: Language) -> String {
    let m = messages::of(lang);
    let base = if change.base_is_max_value {
        m.basis_max_value()
    } else {
        m.basis_contract_value()
    };
    let percent = change.percent;
    match (change.bound, change.works) {
        (LimitBound::Share, false) => m.basis_share(percent, base),
        (LimitBound::Share, true) => m.basis_share_works(percent, base),
        (LimitBound::Threshold, false) => m.basis_threshold().to_string(),
        (LimitBound::Threshold, true) => m.basis_threshold_works().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::test_support::{contract, d, log_entry, option};
    use crate::model::{LogEntry, LogType};

    fn period(from: &str) -> crate::model::LouPeriod {
        crate::model::LouPeriod {
            from: d(from),
            threshold: Some(Money::from_kronor(2_000_000)),
            threshold_works: None,
            direct_award_limit: None,
        }
    }

    #[test]
    fn lou_values_are_outdated_without_a_period_this_year_or_last() {
        let mut lou = LouSettings::default();
        // The built-in periods: the latest starts 2024-01-01.
        assert_eq!(values_outdated(&lou, d("2025-12-31")), None);
        let found = values_outdated(&lou, d("2026-01-01")).unwrap();
        assert!(found.is_register_finding() && found.date.is_none());
        assert_eq!(
            found.message(Language::Sv),
            "LOU:s tröskelvärden är inaktuella: senaste perioden gäller från 2024-01-01, ingen börjar 2025 eller 2026"
        );
        assert!(found.next_step(Language::Sv).contains("from = 2026-01-01"));
        assert!(
            found
                .next_step(Language::En)
                .contains("upphandlingsmyndigheten.se")
        );
        assert!(
            values_outdated(&lou, d("2027-06-01"))
                .unwrap()
                .next_step(Language::En)
                .contains("2026–2027")
        );
        // A register with only the three keys gets it every day.
        lou.keys_set = true;
        let undated = values_outdated(&lou, d("2024-06-01")).unwrap();
        assert!(undated.message(Language::En).contains("no date"));
        // Given periods replace the built-in ones.
        lou.periods = vec![period("2026-01-01")];
        assert_eq!(values_outdated(&lou, d("2027-12-31")), None);
        assert!(values_outdated(&lou, d("2028-01-01")).is_some());
    }

    #[test]
    fn values_on_a_day() {
        let mut lou = LouSettings::default();
        // Built-in: before 2022-02-01 the keys' defaults, then each period.
        assert_eq!(
            lou.values_on(d("2022-01-31")).threshold,
            Money::from_kronor(2_389_585)
        );
        assert_eq!(
            lou.values_on(d("2022-02-01")).threshold,
            Money::from_kronor(2_236_731)
        );
        assert_eq!(
            lou.values_on(d("2023-12-31")).threshold_works,
            Money::from_kronor(55_991_099)
        );
        assert_eq!(
            lou.values_on(d("2024-01-01")).threshold,
            Money::from_kronor(2_389_585)
        );
        // The keys alone: the same every day.
        lou.keys_set = true;
        lou.threshold = Money::from_kronor(1_000_000);
        assert_eq!(
            lou.values_on(d("2023-01-01")).threshold,
            Money::from_kronor(1_000_000)
        );
        // Periods: the keys before the first; a value left out is kept.
        lou.periods = vec![period("2026-01-01")];
        assert_eq!(
            lou.values_on(d("2025-12-31")).threshold,
            Money::from_kronor(1_000_000)
        );
        let later = lou.values_on(d("2026-01-01"));
        assert_eq!(later.threshold, Money::from_kronor(2_000_000));
        assert_eq!(later.threshold_works, Money::from_kronor(59_880_179));
        assert_eq!(later.direct_award_limit, Money::from_kronor(700_000));
    }

    fn change_entry(date: &str, amount: f64) -> LogEntry {
        let mut e = log_entry(date, LogType::Change);
        e.amount = Some(amount);
        e
    }

    #[test]
    fn change_limit_findings_explain_the_limit() {
        let mut c = contract("a", "2024-01-01", "2029-12-31");
        c.contract_value = Some(Money::from_kronor(18_000_000));
        c.log = vec![
            log_entry("2024-01-20", LogType::StartMeeting),
            change_entry("2025-01-01", 1_000_000.0),
            change_entry("2025-06-01", 250_000.0),
        ];
        // 1 250 000 of 1 800 000 is 69 %: no finding yet.
        assert!(only(run(&c, 3, "2026-01-01"), Code::ChangeLimitNear).is_empty());
        c.log.push(change_entry("2025-09-01", 190_000.0));
        let near = only(run(&c, 3, "2026-01-01"), Code::ChangeLimitNear);
        assert_eq!(near.len(), 1);
        assert_eq!(near[0].amount, Some(Money::from_kronor(1_440_000)));
        assert_eq!(near[0].limit, Some(Money::from_kronor(1_800_000)));
        assert_eq!(
            near[0].message(Language::Sv),
            "Ändringar netto 1\u{a0}440\u{a0}000\u{a0}kr av högst 1\u{a0}800\u{a0}000\u{a0}kr (10 % av avtalsvärdet) — 360\u{a0}000\u{a0}kr kvar"
        );
        assert_eq!(
            near[0].message(Language::En),
            "Net changes SEK 1,440,000 of at most SEK 1,800,000 (10 % of the contract value) — SEK 360,000 left"
        );
        c.log.push(change_entry("2025-10-01", 560_000.5));
        let findings = run(&c, 3, "2026-01-01");
        assert!(only(findings.clone(), Code::ChangeLimitNear).is_empty());
        let exceeded = only(findings, Code::ChangeLimitExceeded);
        assert_eq!(
            exceeded[0].message(Language::Sv),
            "Ändringar netto 2\u{a0}000\u{a0}000,50\u{a0}kr av högst 1\u{a0}800\u{a0}000\u{a0}kr (10 % av avtalsvärdet) — 200\u{a0}000,50\u{a0}kr över gränsen"
        );
    }

    #[test]
    fn framework_term_findings_one_of_the_pair() {
        let mut c = contract("a", "2024-01-01", "2027-12-31");
        c.kind = crate::model::Kind::Framework;
        c.options = vec![option(12, 3, false, false)];
        let findings = run(&c, 3, "2026-01-01");
        let option_finding = only(findings.clone(), Code::FrameworkOptionExceedsTerm);
        assert_eq!(option_finding[0].date, Some(d("2027-12-31")));
        assert_eq!(
            option_finding[0].message(Language::Sv),
            "Nästa option skulle förlänga ramavtalet bortom 4 år – sista tillåtna dag är 2027-12-31"
        );
        assert!(only(findings, Code::FrameworkTermExceeded).is_empty());
        c.options[0].exercised = true;
        let findings = run(&c, 3, "2026-01-01");
        assert_eq!(only(findings.clone(), Code::FrameworkTermExceeded).len(), 1);
        assert!(only(findings, Code::FrameworkOptionExceedsTerm).is_empty());
    }
}
