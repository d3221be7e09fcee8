//! The meeting pack (SPEC §8): everything a controller needs before a supplier meeting, assembled
//! as plain data from the register, one contract and `today`. Renderers (text, Markdown, HTML,
//! JSON, workbooks) only lay this out; no rule lives in them.
//!
//! Journal entries dated after `today` and KPI rows whose period starts after `today` are
//! ignored, as in every other rule, so a pack can be replayed for any past date.

use crate::dates::{Frequency, Period};
use crate::i18n;
use crate::messages::{self, prelude::*};
use crate::model::{
    Contact, Contract, Direction, Kpi, Kraljic, Language, LogEntry, LogType, Register,
};
use crate::rules::checks::{Code, Finding, check_contract};
use crate::rules::escalation::{
    Escalation, LadderStep, Trigger, escalation, ladder, open_deviations,
};
use crate::rules::kpi_overview::{KpiOverview, PeriodState, overview};
use crate::rules::lou::{ChangeLimit, change_limit};
use crate::rules::priority::priorities;
use crate::rules::schedule::{Due, DueKind, dues, kraljic_focus};
use chrono::{Datelike, NaiveDate};

/// How many periods of each KPI the pack shows.
pub const KPI_PERIODS: usize = 12;

/// The next extension option and when it must be decided.
#[derive(Clone, Debug, PartialEq)]
pub struct NextOption {
    /// 1-based number of the option, in contract order.
    pub number: usize,
    pub months: u32,
    pub notice_months: u32,
    /// `add_months(effective_end, -notice_months)`.
    pub deadline: NaiveDate,
}

/// The contract's priority group for today's year (or its first year, if it starts later).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupInfo {
    pub group: u8,
    pub rank: usize,
    /// Why, in the pack's language.
    pub reason: String,
    /// The year the group is for: today's, or the start year of a contract not started yet.
    pub year: i32,
}

/// Which way the latest value moved compared with the one before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    /// Moved in the good direction.
    Better,
    /// Moved in the bad direction.
    Worse,
    /// Unchanged.
    Same,
}

impl Trend {
    /// The spelling used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Trend::Better => "better",
            Trend::Worse => "worse",
            Trend::Same => "same",
        }
    }

    /// An arrow for the numeric movement (↑ up, ↓ down, → flat) given the KPI's direction.
    pub fn arrow(self, direction: Direction) -> &'static str {
        match (self, direction) {
            (Trend::Same, _) => "→",
            (Trend::Better, Direction::Higher) | (Trend::Worse, Direction::Lower) => "↑",
            (Trend::Worse, Direction::Higher) | (Trend::Better, Direction::Lower) => "↓",
        }
    }

    /// "bättre" / "better" and so on.
    pub fn word(self, lang: Language) -> &'static str {
        match self {
            Trend::Better => messages::of(lang).trend_better(),
            Trend::Worse => messages::of(lang).trend_worse(),
            Trend::Same => messages::of(lang).trend_same(),
        }
    }
}

/// One period of a KPI in the pack's window.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiPoint {
    pub period: Period,
    /// `None` when the supplier has not reported the period.
    pub value: Option<f64>,
    pub breach: bool,
    /// No value although it was due (period end + `kpi_grace_days` < today).
    pub missing: bool,
}

/// A KPI over the last [`KPI_PERIODS`] periods.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiSeries<'a> {
    pub kpi: &'a Kpi,
    /// Chronological; at most [`KPI_PERIODS`] periods.
    pub points: Vec<KpiPoint>,
    /// The latest reported value in the window.
    pub latest: Option<f64>,
    /// The latest value against the one reported before it.
    pub trend: Option<Trend>,
    /// Breaches within the window.
    pub breaches: usize,
    /// Consecutive breaches counted back from the latest row (SPEC §6).
    pub streak: usize,
    /// Periods in the window whose value is overdue.
    pub missing: usize,
}

/// An action of a deviation's action plan.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionItem<'a> {
    pub entry: &'a LogEntry,
    /// Due before today and the deviation still open.
    pub overdue: bool,
}

/// An open deviation with its actions.
#[derive(Clone, Debug, PartialEq)]
pub struct DeviationItem<'a> {
    /// The `deviation` entry.
    pub entry: &'a LogEntry,
    /// Its `action` entries dated on or before today, by due date.
    pub actions: Vec<ActionItem<'a>>,
}

/// Everything for one supplier meeting.
#[derive(Clone, Debug)]
pub struct MeetingPack<'a> {
    /// The date the pack is for; later journal entries are ignored.
    pub today: NaiveDate,
    /// The language of every text in the pack.
    pub lang: Language,
    /// The register's organisation, for document headers.
    pub organisation: Option<&'a str>,
    pub contract: &'a Contract,
    pub effective_end: NaiveDate,
    /// Active on `today` (start <= today <= effective end).
    pub active: bool,
    pub next_option: Option<NextOption>,
    /// `None` when the contract is not active in today's year.
    pub group: Option<GroupInfo>,
    pub kraljic: Option<Kraljic>,
    /// What to focus on given the Kraljic segment ("–" without one).
    pub focus: &'static str,
    /// Contacts with `escalation = true`, buyer side first, in contract order.
    pub escalation_contacts: Vec<&'a Contact>,
    pub kpis: Vec<KpiSeries<'a>>,
    pub escalation: Escalation,
    /// The ladder step the contract is on today.
    pub step: Option<LadderStep>,
    pub deviations: Vec<DeviationItem<'a>>,
    /// `sanction` entries dated on or before today.
    pub sanctions: Vec<&'a LogEntry>,
    /// Sum of the sanctions' amounts.
    pub sanctions_total: f64,
    /// `decision` entries dated on or before today, in date order.
    pub decisions: Vec<&'a LogEntry>,
    /// The latest `followup` or `start-meeting` dated on or before today.
    pub last_meeting: Option<&'a LogEntry>,
    /// The next due date of each kind on or after today, by date.
    pub next_dues: Vec<Due>,
    /// What `avtal check` finds today (empty when the contract is not active today).
    pub findings: Vec<Finding>,
    /// The suggested agenda, in the pack's language.
    pub agenda: Vec<String>,
    /// The net change value against the LOU limit on `today` (SPEC §11).
    pub change: ChangeLimit,
    /// Who the pack is for ([`MeetingPack::for_audience`]).
    pub audience: Audience,
    /// Matched spend per year and against `max_value` (SPEC §12).
    pub spend: crate::rules::spend::SpendHistory,
}

impl MeetingPack<'_> {
    /// A trigger of the escalation step in words, naming its KPI by name.
    pub fn describe(&self, trigger: &Trigger) -> String {
        let name = match trigger {
            Trigger::Streak { kpi, .. } => self
                .contract
                .kpis
                .iter()
                .find(|k| &k.id == kpi)
                .map(|k| k.name.as_str()),
            _ => None,
        };
        trigger.describe(self.lang, name)
    }
}

/// Assembles the meeting pack for `contract` on `today` in `lang`.
pub fn meeting_pack<'a>(
    register: &'a Register,
    contract: &'a Contract,
    today: NaiveDate,
    lang: Language,
) -> MeetingPack<'a> {
    let settings = &register.settings;
    // A contract that has not started yet is planned with its group for its first year.
    let year = if contract.start > today {
        contract.start.year()
    } else {
        today.year()
    };
    let group = priorities(register, year)
        .get(&contract.key)
        .map(|p| GroupInfo {
            group: p.group,
            rank: p.rank,
            reason: p.reason.text(lang),
            year,
        });
    let group_number = group.as_ref().map(|g| g.group).unwrap_or(3);
    let active = contract.is_active_on(today);
    let escalation = escalation(contract, today);
    let step = ladder(settings, lang)
        .into_iter()
        .find(|s| s.step == escalation.step);
    let mut escalation_contacts: Vec<&Contact> =
        contract.contacts.iter().filter(|c| c.escalation).collect();
    // Stable sort: buyer side first, then as written in the contract.
    escalation_contacts.sort_by_key(|c| c.party != Some(crate::model::Party::Buyer));
    let logged = |kind: LogType| {
        let mut entries: Vec<&LogEntry> = contract
            .log
            .iter()
            .filter(|e| e.kind == kind && e.date <= today)
            .collect();
        entries.sort_by_key(|e| (e.date, e.line));
        entries
    };
    let sanctions = logged(LogType::Sanction);
    let sanctions_total = sanctions.iter().filter_map(|e| e.amount).sum();
    let last_meeting = contract
        .log
        .iter()
        .filter(|e| matches!(e.kind, LogType::Followup | LogType::StartMeeting))
        .filter(|e| e.date <= today)
        .max_by_key(|e| (e.date, e.line));
    let findings = if active {
        check_contract(contract, group_number, settings, today)
    } else {
        Vec::new()
    };
    let mut pack = MeetingPack {
        today,
        lang,
        organisation: settings.organisation.as_deref(),
        contract,
        effective_end: contract.effective_end(),
        active,
        next_option: next_option(contract),
        group,
        kraljic: contract.kraljic,
        focus: kraljic_focus(contract.kraljic, lang),
        escalation_contacts,
        kpis: overview(contract, today, settings.kpi_grace_days, KPI_PERIODS)
            .into_iter()
            .map(|o| kpi_series(contract, o))
            .collect(),
        escalation,
        step,
        deviations: deviations(contract, today),
        sanctions,
        sanctions_total,
        decisions: logged(LogType::Decision),
        last_meeting,
        next_dues: next_dues(&dues(contract, group_number, settings), today),
        findings,
        agenda: Vec::new(),
        change: change_limit(contract, &settings.lou, today),
        audience: Audience::Internal,
        spend: crate::rules::spend::spend_history(register, &contract.key, today),
    };
    pack.agenda = agenda(&pack);
    pack
}

/// Who the meeting pack is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The buyer's own team: the escalation ladder's internal steps and who does what.
    Internal,
    /// The supplier: the same facts without internal escalation wording ("Hävning?").
    Supplier,
}

impl<'a> MeetingPack<'a> {
    /// The pack for `audience`, with its agenda written for them.
    pub fn for_audience(mut self, audience: Audience) -> MeetingPack<'a> {
        self.audience = audience;
        self.agenda = agenda(&self);
        self
    }
}

fn next_option(contract: &Contract) -> Option<NextOption> {
    let index = contract.next_option()?;
    let option = &contract.options[index];
    Some(NextOption {
        number: index + 1,
        months: option.months,
        notice_months: option.notice_months,
        deadline: contract.next_option_deadline()?,
    })
}

/// The last [`KPI_PERIODS`] periods of a KPI: up to the latest period that has ended by today
/// (or that already has a value), never before the contract's start or after its end.
/// A KPI's series, from the same overview `avtal kpi show` prints (the last periods that have
/// started by today within the term), with the latest value and its trend added.
fn kpi_series(contract: &Contract, overview: KpiOverview) -> KpiSeries<'_> {
    let kpi = &contract.kpis[overview.kpi];
    let points: Vec<KpiPoint> = overview
        .periods
        .iter()
        .map(|line| KpiPoint {
            period: line.period,
            value: line.value,
            breach: line.state == PeriodState::Breach,
            missing: line.state == PeriodState::Missing,
        })
        .collect();
    let values: Vec<f64> = points.iter().filter_map(|p| p.value).collect();
    let trend = match values.as_slice() {
        [.., before, latest] => Some(trend(kpi.direction, *before, *latest)),
        _ => None,
    };
    KpiSeries {
        kpi,
        latest: values.last().copied(),
        trend,
        breaches: points.iter().filter(|p| p.breach).count(),
        missing: overview.missing.len(),
        streak: overview.streak as usize,
        points,
    }
}

fn trend(direction: Direction, before: f64, latest: f64) -> Trend {
    if latest == before {
        Trend::Same
    } else if (latest > before) == (direction == Direction::Higher) {
        Trend::Better
    } else {
        Trend::Worse
    }
}

fn deviations(contract: &Contract, today: NaiveDate) -> Vec<DeviationItem<'_>> {
    open_deviations(contract, today)
        .into_iter()
        .map(|entry| {
            let mut actions: Vec<ActionItem> = contract
                .log
                .iter()
                .filter(|a| a.kind == LogType::Action && a.date <= today)
                .filter(|a| a.reference == entry.reference)
                .map(|a| ActionItem {
                    entry: a,
                    overdue: a.due.is_some_and(|due| due < today),
                })
                .collect();
            actions.sort_by_key(|a| (a.entry.due, a.entry.date, a.entry.line));
            DeviationItem { entry, actions }
        })
        .collect()
}

/// The first due date of each kind on or after today, sorted by date then kind.
fn next_dues(all: &[Due], today: NaiveDate) -> Vec<Due> {
    let mut next: Vec<Due> = DueKind::ALL
        .iter()
        .filter_map(|kind| {
            all.iter()
                .filter(|d| d.kind == *kind && d.date >= today)
                .min()
                .copied()
        })
        .collect();
    next.sort();
    next
}

/// Frequencies in the order documents list them.
pub const FREQUENCIES: [Frequency; 3] =
    [Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly];

/// "3 perioder i rad" / "3 periods in a row", "senaste perioden" for one.
fn in_a_row(count: usize, m: &dyn Messages) -> String {
    match count {
        1 => m.streak_latest_period().into(),
        n => m.agenda_periods_in_a_row(&count_word(n, m)),
    }
}

/// Small counts in words, as people write them in minutes.
fn count_word(n: usize, m: &dyn Messages) -> String {
    match m.count_word(n) {
        Some(word) => word.to_string(),
        None => n.to_string(),
    }
}

/// The suggested agenda, built from the rest of the pack.
fn agenda(pack: &MeetingPack) -> Vec<String> {
    let lang = pack.lang;
    let m = messages::of(lang);
    let mut items = Vec::new();
    if pack.today > pack.effective_end {
        items.push(m.agenda_contract_ended(&pack.effective_end.to_string()));
    }
    let started = pack
        .contract
        .log
        .iter()
        .any(|e| e.kind == LogType::StartMeeting && e.date <= pack.today);
    items.push(match pack.last_meeting {
        Some(entry) => format!("{} ({})", m.agenda_previous_minutes(), entry.date),
        None if !started => m.agenda_start_meeting().to_string(),
        None => m.agenda_previous_minutes().to_string(),
    });
    let mut kpi_items = 0;
    for series in &pack.kpis {
        let name = lowercase_first(&series.kpi.name, lang);
        if series.streak > 0 {
            kpi_items += 1;
            // "Under" the target is worse only when higher is better.
            let side = match series.kpi.direction {
                Direction::Higher => m.agenda_below_target(),
                Direction::Lower => m.agenda_above_target(),
            };
            let times = in_a_row(series.streak, m);
            items.push(m.agenda_kpi(&name, side, &times));
        }
    }
    let missing: Vec<String> = pack
        .findings
        .iter()
        .filter(|f| f.code == Code::KpiMissing)
        .filter_map(|f| f.kpi.clone())
        .fold(Vec::new(), |mut acc, kpi| {
            if !acc.contains(&kpi) {
                acc.push(kpi);
            }
            acc
        });
    if !missing.is_empty() {
        kpi_items += 1;
        items.push(m.agenda_missing_kpis(&missing.join(", ")));
    }
    if kpi_items == 0 && pack.kpis.iter().any(|k| !k.points.is_empty()) {
        items.push(m.agenda_kpis_and_trends().to_string());
    }
    for deviation in &pack.deviations {
        let reference = deviation.entry.reference.as_deref().unwrap_or("");
        let overdue: Vec<String> = deviation
            .actions
            .iter()
            .filter(|a| a.overdue)
            .filter_map(|a| a.entry.due.map(|d| d.to_string()))
            .collect();
        let base = m.agenda_deviation(reference);
        items.push(if overdue.is_empty() {
            base
        } else {
            m.agenda_deviation_overdue(&base, &overdue.join(", "))
        });
    }
    if pack.escalation.step >= 2
        && let Some(step) = &pack.step
    {
        let heading = m.agenda_escalation_step(step.step, &step.name);
        // The ladder's actions (termination, blocking orders) are the buyer's internal options.
        items.push(match pack.audience {
            Audience::Internal => format!("{heading}: {}", step.actions.join("; ")),
            Audience::Supplier => m.agenda_supplier_action_plan(&heading),
        });
    }
    if pack.sanctions_total > 0.0 {
        items.push(m.agenda_sanctions(&i18n::sek(pack.sanctions_total, lang)));
    }
    if let Some(option) = &pack.next_option {
        if pack.active {
            let deadline = option.deadline.to_string();
            items.push(if option.deadline < pack.today {
                m.agenda_option_missed(option.number, &deadline)
            } else {
                m.agenda_option_due(option.number, &deadline)
            });
        }
    } else if pack.active && pack.contract.successor.is_none() {
        let procurement = pack
            .next_dues
            .iter()
            .find(|d| d.kind == DueKind::NewProcurement);
        // When to procure anew is the buyer's own planning; the supplier hears the agreed end.
        if let Some(due) = procurement.filter(|_| pack.audience == Audience::Internal) {
            items.push(m.agenda_new_procurement(&due.date.to_string()));
        } else if pack.findings.iter().any(|f| f.code == Code::ContractEnding) {
            items.push(m.agenda_contract_ends(&pack.effective_end.to_string()));
        }
    }
    if pack
        .findings
        .iter()
        .any(|f| f.code == Code::QualificationCheckOverdue)
    {
        items.push(m.agenda_qualification_check().to_string());
    }
    // A contract that is ending early or has ended is wound down, not developed.
    if pack.contract.terminated.is_some() || pack.today > pack.effective_end {
        items.push(m.agenda_phase_out().to_string());
    } else if let Some(kraljic) = pack.kraljic.filter(|_| pack.audience == Audience::Internal) {
        // The Kraljic segment is the buyer's assessment of the supplier, not the supplier's.
        items.push(m.agenda_focus(i18n::kraljic_label(kraljic, lang), pack.focus));
    }
    items.push(m.agenda_other_business().to_string());
    let next_followup = pack
        .next_dues
        .iter()
        .find(|d| d.kind == DueKind::Followup)
        .map(|d| d.date);
    if pack.today <= pack.effective_end {
        items.push(match next_followup {
            Some(date) => m.agenda_next_meeting_due(&date.to_string()),
            None => m.agenda_next_meeting().to_string(),
        });
    }
    items
}

/// "Leveransprecision" → "leveransprecision" inside a Swedish sentence; acronyms such as "NKI"
/// stay as written. English keeps the name as it is.
fn lowercase_first(name: &str, lang: Language) -> String {
    let mut chars = name.chars();
    match (lang, chars.next(), chars.next()) {
        (Language::Sv, Some(first), Some(second)) if second.is_lowercase() => {
            let mut text: String = first.to_lowercase().collect();
            text.push_str(&name[first.len_utf8()..]);
            text
        }
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Settings;
    use crate::model::test_support::{contract, d, kpi_row, option};
    use std::path::PathBuf;

    fn kpi(id: &str, target: f64, direction: Direction) -> Kpi {
        Kpi {
            id: id.into(),
            name: "Leveransprecision".into(),
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
            reference: reference.map(Into::into),
            due: due.map(d),
            amount: None,
            note: String::new(),
            line: 2,
        }
    }

    fn register(c: Contract) -> Register {
        Register {
            root: PathBuf::from("."),
            settings: Settings::default(),
            contracts: vec![c],
            spend: Default::default(),
        }
    }

    #[test]
    fn kpi_window_streak_and_trend() {
        let mut c = contract("a", "2025-01-01", "2027-12-31");
        c.kpis = vec![kpi("lp", 95.0, Direction::Higher)];
        c.kpi_rows = vec![
            kpi_row(0, "2026-07", 96.0),
            kpi_row(0, "2026-08", 91.0),
            kpi_row(0, "2026-09", 94.0),
            kpi_row(0, "2026-10", 93.0),
            // Starts after today: ignored.
            kpi_row(0, "2026-12", 99.0),
        ];
        let reg = register(c);
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::Sv);
        let series = &pack.kpis[0];
        assert_eq!(series.points.len(), 12);
        // The window ends with the period containing today (not due yet), like `kpi show`.
        assert_eq!(series.points[0].period.to_string(), "2025-12");
        assert_eq!(series.points[11].period.to_string(), "2026-11");
        assert_eq!(series.streak, 3);
        assert_eq!(series.breaches, 3);
        // 2025-12..2026-06 are overdue; 2026-11 is not due until 30 days after it ends.
        assert_eq!(series.missing, 7);
        assert!(!series.points[11].missing);
        assert_eq!(series.latest, Some(93.0));
        assert_eq!(series.trend, Some(Trend::Worse));
        assert_eq!(series.trend.map(|t| t.arrow(Direction::Higher)), Some("↓"));
        assert!(
            pack.agenda
                .contains(&"Nyckeltal: leveransprecision under målet tre perioder i rad".into())
        );
    }

    #[test]
    fn window_starts_at_the_contract_start() {
        let mut c = contract("a", "2026-09-15", "2027-12-31");
        c.kpis = vec![kpi("lp", 3.0, Direction::Lower)];
        c.kpi_rows = vec![kpi_row(0, "2026-09", 2.0), kpi_row(0, "2026-10", 4.0)];
        let reg = register(c);
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::En);
        let series = &pack.kpis[0];
        let periods: Vec<String> = series.points.iter().map(|p| p.period.to_string()).collect();
        assert_eq!(periods, ["2026-09", "2026-10", "2026-11"]);
        // Lower is better: the value went up, which is worse and shown as an up arrow.
        assert_eq!(series.trend, Some(Trend::Worse));
        assert_eq!(Trend::Worse.arrow(Direction::Lower), "↑");
        assert_eq!(series.streak, 1);
    }

    #[test]
    fn deviations_actions_sanctions_and_future_entries() {
        let mut c = contract("a", "2025-01-01", "2027-12-31");
        c.options = vec![option(12, 6, false, false)];
        let mut sanction = entry("2026-09-15", LogType::Sanction, Some("AV-1"), None);
        sanction.amount = Some(40_000.0);
        let mut late_sanction = entry("2026-12-01", LogType::Sanction, None, None);
        late_sanction.amount = Some(1.0);
        c.log = vec![
            entry("2026-08-24", LogType::Deviation, Some("AV-1"), None),
            entry(
                "2026-08-28",
                LogType::Action,
                Some("AV-1"),
                Some("2026-10-31"),
            ),
            entry("2026-09-01", LogType::Decision, None, None),
            entry("2026-12-01", LogType::Decision, None, None),
            sanction,
            late_sanction,
            // Resolved after today: still open today.
            entry("2026-12-02", LogType::Resolved, Some("AV-1"), None),
        ];
        let reg = register(c);
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::Sv);
        assert_eq!(pack.deviations.len(), 1);
        assert!(pack.deviations[0].actions[0].overdue);
        assert_eq!(pack.sanctions_total, 40_000.0);
        assert_eq!(pack.decisions.len(), 1);
        assert_eq!(pack.escalation.step, 3);
        let option = pack.next_option.as_ref().unwrap();
        assert_eq!(option.deadline, d("2027-06-30"));
        assert!(
            pack.agenda
                .contains(&"Avvikelse AV-1 och handlingsplan (åtgärd förfallen 2026-10-31)".into())
        );
        assert!(
            pack.agenda
                .contains(&"Beslut om option 1 senast 2027-06-30".into())
        );
        assert_eq!(
            pack.agenda[0],
            "Startmöte: avtalet, samarbetsmodellen, kontaktvägar och nyckeltal"
        );
        assert_eq!(
            pack.agenda.last().map(|s| s.starts_with("Nästa möte")),
            Some(true)
        );
    }

    #[test]
    fn next_dues_one_per_kind_from_today() {
        let all = [
            Due {
                date: d("2026-03-01"),
                kind: DueKind::Followup,
            },
            Due {
                date: d("2026-12-01"),
                kind: DueKind::Followup,
            },
            Due {
                date: d("2027-03-01"),
                kind: DueKind::Followup,
            },
            Due {
                date: d("2026-11-30"),
                kind: DueKind::OptionDecision,
            },
        ];
        let next = next_dues(&all, d("2026-11-22"));
        assert_eq!(
            next,
            vec![
                Due {
                    date: d("2026-11-30"),
                    kind: DueKind::OptionDecision
                },
                Due {
                    date: d("2026-12-01"),
                    kind: DueKind::Followup
                },
            ]
        );
    }

    #[test]
    fn agenda_for_ended_and_not_yet_started_contracts() {
        let mut ended = contract("a", "2024-01-01", "2026-05-31");
        ended.log = vec![entry("2024-01-20", LogType::StartMeeting, None, None)];
        let reg = register(ended);
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::En);
        assert!(!pack.active);
        assert_eq!(
            pack.agenda[0],
            "The contract ended 2026-05-31: final follow-up and lessons for the next procurement"
        );
        assert_eq!(
            pack.agenda[1],
            "Review of the previous minutes (2024-01-20)"
        );
        assert!(!pack.agenda.iter().any(|i| i.starts_with("Next meeting")));
        assert!(pack.findings.is_empty());

        let reg = register(contract("b", "2027-04-01", "2029-03-31"));
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::Sv);
        assert_eq!(
            pack.agenda,
            [
                "Startmöte: avtalet, samarbetsmodellen, kontaktvägar och nyckeltal",
                "Övriga frågor",
                "Nästa möte (uppföljning senast 2027-06-01)",
            ]
        );
    }

    #[test]
    fn terminated_contract_is_phased_out_not_developed() {
        let mut c = contract("a", "2024-01-01", "2028-12-31");
        c.kraljic = Some(Kraljic::Strategic);
        let reg = register(c.clone());
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::Sv);
        assert!(pack.agenda.iter().any(|i| i.contains("affärsutveckling")));
        c.terminated = Some(d("2027-03-31"));
        let reg = register(c);
        let pack = meeting_pack(&reg, &reg.contracts[0], d("2026-11-22"), Language::Sv);
        assert!(!pack.agenda.iter().any(|i| i.contains("affärsutveckling")));
        assert!(pack.agenda.iter().any(|i| i.starts_with("Avveckling: ")));
    }

    #[test]
    fn lowercases_words_but_not_acronyms() {
        assert_eq!(
            lowercase_first("Leveransprecision", Language::Sv),
            "leveransprecision"
        );
        assert_eq!(lowercase_first("NKI", Language::Sv), "NKI");
        assert_eq!(
            lowercase_first("On-time delivery", Language::En),
            "On-time delivery"
        );
    }
}
