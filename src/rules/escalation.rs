//! The escalation ladder (SPEC §6, Luleå's steps 0–4): which step a contract is on today and
//! what that step means — who is responsible, who gives input, what to do, whom to inform and
//! where to document.

use crate::dates::Period;
use crate::messages;
use crate::model::{Contract, Language, LogEntry, LogType, Settings};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

/// Why a contract is on a step of the ladder. Each trigger on its own would put the contract
/// on [`Trigger::step`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The KPI's latest `periods` rows are all breaches, the latest one for `last_period`.
    Streak {
        kpi: String,
        periods: usize,
        last_period: Period,
    },
    /// A deviation registered on `since` with no `resolved` dated on or before today.
    OpenDeviation { reference: String, since: NaiveDate },
    /// An action for deviation `reference`, due on `due`, overdue and its deviation still open.
    ActionOverdue { reference: String, due: NaiveDate },
}

impl Trigger {
    /// The step this trigger alone puts a contract on (SPEC §6).
    pub fn step(&self) -> u8 {
        match self {
            Trigger::Streak { periods, .. } if *periods >= 3 => 3,
            Trigger::Streak { periods, .. } if *periods == 2 => 2,
            Trigger::Streak { .. } => 1,
            Trigger::OpenDeviation { .. } => 2,
            Trigger::ActionOverdue { .. } => 3,
        }
    }

    /// One line describing the trigger for people; `kpi_name` is the KPI's name when known.
    pub fn describe(&self, lang: Language, kpi_name: Option<&str>) -> String {
        let m = messages::of(lang);
        match self {
            Trigger::Streak {
                kpi,
                periods,
                last_period,
            } => {
                let times = if *periods == 1 {
                    m.streak_latest_period().to_string()
                } else {
                    m.streak_periods(*periods)
                };
                let kpi = named(kpi, kpi_name);
                m.trigger_streak(&kpi, &times, &last_period.to_string())
            }
            Trigger::OpenDeviation { reference, since } => {
                m.trigger_open_deviation(reference, &since.to_string())
            }
            Trigger::ActionOverdue { reference, due } => {
                m.trigger_action_overdue(reference, &due.to_string())
            }
        }
    }
}

/// `Name (id)`, or the id alone when the name is unknown or the same.
fn named(id: &str, name: Option<&str>) -> String {
    match name {
        Some(name) if name != id => format!("{name} ({id})"),
        _ => id.to_string(),
    }
}

/// A contract's place on the ladder today, with everything that put it there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Escalation {
    /// 0..=3; step 4 (termination) is a decision and never computed.
    pub step: u8,
    /// Every trigger of step 1 or higher, the heaviest first (then by KPI or reference).
    pub triggers: Vec<Trigger>,
}

/// SPEC §6: the escalation step of `contract` on `today`. A contract not active today is on
/// step 0. Journal entries dated after `today` are ignored.
pub fn escalation(contract: &Contract, today: NaiveDate) -> Escalation {
    if !contract.is_active_on(today) {
        return Escalation {
            step: 0,
            triggers: Vec::new(),
        };
    }
    let mut triggers = kpi_streaks(contract, today);
    triggers.extend(overdue_actions(contract, today).into_iter().map(|entry| {
        Trigger::ActionOverdue {
            reference: entry.reference.clone().unwrap_or_default(),
            due: entry.due.unwrap_or(entry.date),
        }
    }));
    triggers.extend(open_deviations(contract, today).into_iter().map(|entry| {
        Trigger::OpenDeviation {
            reference: entry.reference.clone().unwrap_or_default(),
            since: entry.date,
        }
    }));
    triggers.sort_by(|a, b| {
        b.step()
            .cmp(&a.step())
            .then_with(|| sort_key(a).cmp(&sort_key(b)))
    });
    let step = triggers.iter().map(Trigger::step).max().unwrap_or(0);
    Escalation { step, triggers }
}

/// Order of triggers on the same step: actions, then streaks, then deviations; then by name.
fn sort_key(trigger: &Trigger) -> (u8, &str, Option<NaiveDate>) {
    match trigger {
        Trigger::ActionOverdue { reference, due } => (0, reference, Some(*due)),
        Trigger::Streak { kpi, .. } => (1, kpi, None),
        Trigger::OpenDeviation { reference, since } => (2, reference, Some(*since)),
    }
}

/// A cheap sort key of a period: its first and last month as month counts since year 0. Orders
/// periods like `Period`'s own `Ord` (by first day, then last day).
pub(crate) fn period_rank(period: Period) -> (i32, i32) {
    let (year, first, last) = match period {
        Period::Month { year, month } => (year, month as i32, month as i32),
        Period::Quarter { year, quarter } => (year, quarter as i32 * 3 - 2, quarter as i32 * 3),
        Period::Year(year) => (year, 1, 12),
    };
    (year * 12 + first - 1, year * 12 + last - 1)
}

/// Per KPI, the number of consecutive breaches counted back from its latest row with period
/// start <= today. A gap in the periods does not break a streak: the rule counts rows.
fn kpi_streaks(contract: &Contract, today: NaiveDate) -> Vec<Trigger> {
    // Sort once by (kpi, period) instead of scanning the rows once per KPI; integer keys
    // because comparing `Period`s directly builds dates on every comparison.
    let today_rank = (today.year() * 12 + today.month0() as i32, i32::MAX);
    let mut rows: Vec<(usize, (i32, i32), Period, f64)> = contract
        .kpi_rows
        .iter()
        .map(|row| {
            (
                row.kpi_index(),
                period_rank(row.period),
                row.period,
                row.value,
            )
        })
        .filter(|row| row.1 <= today_rank && row.0 < contract.kpis.len())
        .collect();
    rows.sort_unstable_by_key(|row| (row.0, row.1));
    let mut triggers = Vec::new();
    let mut end = rows.len();
    while end > 0 {
        let kpi_index = rows[end - 1].0;
        let kpi = &contract.kpis[kpi_index];
        let last_period = rows[end - 1].2;
        let mut start = end;
        while start > 0 && rows[start - 1].0 == kpi_index {
            start -= 1;
        }
        let periods = rows[start..end]
            .iter()
            .rev()
            .take_while(|(_, _, _, value)| kpi.is_breach(*value))
            .count();
        if periods > 0 {
            triggers.push(Trigger::Streak {
                kpi: kpi.id.clone(),
                periods,
                last_period,
            });
        }
        end = start;
    }
    triggers
}

/// The references of deviations with a `resolved` entry dated on or before `today`.
fn resolved_references(contract: &Contract, today: NaiveDate) -> BTreeSet<&str> {
    contract
        .log
        .iter()
        .filter(|entry| entry.kind == LogType::Resolved && entry.date <= today)
        .filter_map(|entry| entry.reference.as_deref())
        .collect()
}

/// Deviations registered on or before `today` with no `resolved` dated on or before `today`, in
/// date order (then reference).
pub fn open_deviations(contract: &Contract, today: NaiveDate) -> Vec<&LogEntry> {
    let resolved = resolved_references(contract, today);
    let mut open: Vec<&LogEntry> = contract
        .log
        .iter()
        .filter(|entry| entry.kind == LogType::Deviation && entry.date <= today)
        .filter(|entry| {
            entry
                .reference
                .as_deref()
                .is_some_and(|r| !resolved.contains(r))
        })
        .collect();
    open.sort_by(|a, b| (a.date, &a.reference).cmp(&(b.date, &b.reference)));
    open
}

/// Actions registered on or before `today` whose deviation has no `resolved` dated on or before
/// `today`; sorted by due date, then reference.
pub fn open_actions(contract: &Contract, today: NaiveDate) -> Vec<&LogEntry> {
    let resolved = resolved_references(contract, today);
    let mut open: Vec<&LogEntry> = contract
        .log
        .iter()
        .filter(|entry| entry.kind == LogType::Action && entry.date <= today)
        .filter(|entry| {
            entry
                .reference
                .as_deref()
                .is_some_and(|r| !resolved.contains(r))
        })
        .collect();
    open.sort_by(|a, b| (a.due, &a.reference, a.line).cmp(&(b.due, &b.reference, b.line)));
    open
}

/// The [`open_actions`] due before `today`.
pub fn overdue_actions(contract: &Contract, today: NaiveDate) -> Vec<&LogEntry> {
    let mut open = open_actions(contract, today);
    open.retain(|entry| entry.due.is_some_and(|due| due < today));
    open
}

/// One step of the ladder, in the register's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LadderStep {
    pub step: u8,
    pub name: String,
    /// Who is responsible.
    pub responsible: Vec<String>,
    /// Who gives input.
    pub input: Vec<String>,
    /// What to do.
    pub actions: Vec<String>,
    /// Whom to inform.
    pub inform: Vec<String>,
    /// Where to document.
    pub document: Vec<String>,
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Luleå's default ladder (seed 004, DOMAIN.md).
fn default_ladder(lang: Language) -> Vec<LadderStep> {
    messages::of(lang)
        .default_ladder()
        .iter()
        .map(|step| LadderStep {
            step: step.step,
            name: step.name.to_string(),
            responsible: strings(step.responsible),
            input: strings(step.input),
            actions: strings(step.actions),
            inform: strings(step.inform),
            document: strings(step.document),
        })
        .collect()
}

/// The ladder (steps 0–4, DOMAIN.md's table) in `lang`, each step overridden field by field by
/// `settings.escalation_steps`. An override for a step beyond 4 adds that step.
pub fn ladder(settings: &Settings, lang: Language) -> Vec<LadderStep> {
    let mut steps = default_ladder(lang);
    for over in &settings.escalation_steps {
        let index = match steps.iter().position(|s| s.step == over.step) {
            Some(index) => index,
            None => {
                steps.push(LadderStep {
                    step: over.step,
                    name: messages::of(lang).ladder_step_name(over.step),
                    responsible: Vec::new(),
                    input: Vec::new(),
                    actions: Vec::new(),
                    inform: Vec::new(),
                    document: Vec::new(),
                });
                steps.len() - 1
            }
        };
        let step = &mut steps[index];
        if let Some(name) = &over.name {
            step.name = name.clone();
        }
        let fields = [
            (&mut step.responsible, &over.responsible),
            (&mut step.input, &over.input),
            (&mut step.actions, &over.actions),
            (&mut step.inform, &over.inform),
            (&mut step.document, &over.document),
        ];
        for (target, replacement) in fields {
            if let Some(replacement) = replacement {
                *target = replacement.clone();
            }
        }
    }
    steps.sort_by_key(|s| s.step);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Frequency;
    use crate::model::test_support::{contract, d, kpi_row};
    use crate::model::{Direction, Kpi, LadderStepOverride};

    fn kpi(id: &str, target: f64, direction: Direction) -> Kpi {
        Kpi {
            id: id.into(),
            name: id.into(),
            unit: "%".into(),
            target,
            direction,
            frequency: Frequency::Monthly,
            aliases: Vec::new(),
            months: Vec::new(),
        }
    }

    fn entry(date: &str, kind: LogType, reference: Option<&str>, due: Option<&str>) -> LogEntry {
        LogEntry {
            date: d(date),
            kind,
            reference: reference.map(String::from),
            due: due.map(d),
            amount: None,
            note: String::new(),
            line: 2,
        }
    }

    fn with_kpi(rows: &[(&str, f64)]) -> Contract {
        let mut c = contract("a", "2025-01-01", "2028-12-31");
        c.kpis = vec![kpi("lev", 95.0, Direction::Higher)];
        c.kpi_rows = rows.iter().map(|(p, v)| kpi_row(0, p, *v)).collect();
        c
    }

    #[test]
    fn period_rank_orders_like_period() {
        let mut periods: Vec<Period> = [
            "2026", "2026-Q1", "2025-12", "2026-01", "2026-03", "2026-Q2",
        ]
        .iter()
        .filter_map(|t| Period::parse(t))
        .collect();
        let mut by_rank = periods.clone();
        periods.sort();
        by_rank.sort_by_key(|p| period_rank(*p));
        assert_eq!(periods, by_rank);
    }

    #[test]
    fn streak_counts_back_from_latest_row() {
        let c = with_kpi(&[
            ("2026-01", 90.0),
            ("2026-02", 96.0),
            ("2026-03", 94.0),
            ("2026-04", 93.0),
        ]);
        let e = escalation(&c, d("2026-05-15"));
        assert_eq!(e.step, 2);
        assert_eq!(
            e.triggers,
            vec![Trigger::Streak {
                kpi: "lev".into(),
                periods: 2,
                last_period: Period::parse("2026-04").unwrap()
            }]
        );
    }

    #[test]
    fn rows_in_any_file_order_are_sorted_by_period() {
        let c = with_kpi(&[("2026-03", 90.0), ("2026-01", 90.0), ("2026-02", 90.0)]);
        assert_eq!(escalation(&c, d("2026-05-15")).step, 3);
    }

    #[test]
    fn met_target_is_no_breach_and_latest_good_row_resets() {
        let c = with_kpi(&[("2026-01", 90.0), ("2026-02", 90.0), ("2026-03", 95.0)]);
        let e = escalation(&c, d("2026-05-15"));
        assert_eq!((e.step, e.triggers.len()), (0, 0));
    }

    #[test]
    fn lower_is_better_direction() {
        let mut c = contract("a", "2025-01-01", "2028-12-31");
        c.kpis = vec![kpi("rekl", 5.0, Direction::Lower)];
        c.kpi_rows = vec![kpi_row(0, "2026-01", 6.0)];
        assert_eq!(escalation(&c, d("2026-05-15")).step, 1);
        c.kpi_rows = vec![kpi_row(0, "2026-01", 5.0)];
        assert_eq!(escalation(&c, d("2026-05-15")).step, 0);
    }

    #[test]
    fn streak_runs_across_a_gap_in_periods() {
        // Rows, not calendar periods, are counted: a missing month does not break the streak.
        let c = with_kpi(&[("2026-01", 90.0), ("2026-03", 90.0), ("2026-06", 90.0)]);
        assert_eq!(escalation(&c, d("2026-07-15")).step, 3);
    }

    #[test]
    fn rows_starting_after_today_are_ignored() {
        let c = with_kpi(&[("2026-01", 90.0), ("2026-02", 99.0), ("2026-03", 90.0)]);
        // The March row starts after today: the latest row is February, no breach.
        assert_eq!(escalation(&c, d("2026-02-28")).step, 0);
        // On the first day of March the March row counts.
        assert_eq!(escalation(&c, d("2026-03-01")).step, 1);
    }

    #[test]
    fn streaks_are_per_kpi() {
        let mut c = with_kpi(&[("2026-01", 90.0), ("2026-02", 90.0)]);
        c.kpis.push(kpi("nki", 70.0, Direction::Higher));
        c.kpi_rows.push(kpi_row(1, "2026-02", 60.0));
        let e = escalation(&c, d("2026-03-10"));
        assert_eq!(e.step, 2);
        let kpis: Vec<(&str, usize)> = e
            .triggers
            .iter()
            .filter_map(|t| match t {
                Trigger::Streak { kpi, periods, .. } => Some((kpi.as_str(), *periods)),
                _ => None,
            })
            .collect();
        assert_eq!(kpis, [("lev", 2), ("nki", 1)]);
    }

    #[test]
    fn open_deviation_is_step_two_until_resolved() {
        let mut c = contract("a", "2025-01-01", "2028-12-31");
        c.log = vec![
            entry("2026-03-01", LogType::Deviation, Some("AV-1"), None),
            entry("2026-04-10", LogType::Resolved, Some("AV-1"), None),
        ];
        assert_eq!(escalation(&c, d("2026-02-28")).step, 0);
        assert_eq!(escalation(&c, d("2026-03-01")).step, 2);
        assert_eq!(escalation(&c, d("2026-04-09")).step, 2);
        // Resolved on today: closed.
        assert_eq!(escalation(&c, d("2026-04-10")).step, 0);
        assert!(open_deviations(&c, d("2026-04-10")).is_empty());
    }

    #[test]
    fn overdue_action_is_step_three() {
        let mut c = contract("a", "2025-01-01", "2028-12-31");
        c.log = vec![
            entry("2026-03-01", LogType::Deviation, Some("AV-1"), None),
            entry(
                "2026-03-05",
                LogType::Action,
                Some("AV-1"),
                Some("2026-04-30"),
            ),
        ];
        // Due on today is not overdue.
        assert_eq!(escalation(&c, d("2026-04-30")).step, 2);
        assert!(overdue_actions(&c, d("2026-04-30")).is_empty());
        let e = escalation(&c, d("2026-05-01"));
        assert_eq!(e.step, 3);
        assert_eq!(
            e.triggers[0],
            Trigger::ActionOverdue {
                reference: "AV-1".into(),
                due: d("2026-04-30")
            }
        );
        assert_eq!(e.triggers[1].step(), 2);
        // A resolution dated after today does not count yet; on its day it does.
        c.log
            .push(entry("2026-05-02", LogType::Resolved, Some("AV-1"), None));
        assert_eq!(escalation(&c, d("2026-05-01")).step, 3);
        assert_eq!(escalation(&c, d("2026-05-02")).step, 0);
    }

    #[test]
    fn inactive_contract_is_step_zero() {
        let mut c = with_kpi(&[("2026-01", 1.0), ("2026-02", 1.0), ("2026-03", 1.0)]);
        c.terminated = Some(d("2026-03-31"));
        assert_eq!(escalation(&c, d("2026-03-31")).step, 3);
        assert_eq!(escalation(&c, d("2026-04-01")).step, 0);
    }

    #[test]
    fn ladder_has_five_steps_and_overrides_field_by_field() {
        let mut settings = Settings::default();
        assert_eq!(ladder(&settings, Language::Sv).len(), 5);
        assert_eq!(
            ladder(&settings, Language::En)[3].name,
            "Persistent deviations"
        );
        settings.escalation_steps = vec![LadderStepOverride {
            step: 2,
            name: Some("Avvikelse".into()),
            responsible: Some(vec!["Enhetschef".into()]),
            ..Default::default()
        }];
        let steps = ladder(&settings, Language::Sv);
        assert_eq!(steps[2].name, "Avvikelse");
        assert_eq!(steps[2].responsible, ["Enhetschef"]);
        // Fields not overridden keep the default text.
        assert_eq!(steps[2].document, ["Avtalsförvaltningssystemet", "Diariet"]);
        assert_eq!(steps[3].name, "Fortgående avvikelser");
    }

    #[test]
    fn triggers_describe_themselves() {
        let t = Trigger::Streak {
            kpi: "lev".into(),
            periods: 3,
            last_period: Period::parse("2026-04").unwrap(),
        };
        assert_eq!(
            t.describe(Language::Sv, Some("Leveransprecision")),
            "nyckeltal Leveransprecision (lev) sämre än målet 3 perioder i rad (senast 2026-04)"
        );
        assert_eq!(
            t.describe(Language::En, None),
            "KPI lev worse than its target 3 periods in a row (latest 2026-04)"
        );
    }
}
