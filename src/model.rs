//! The register as plain data: settings, contracts, KPI rows and journal entries (SPEC §1–§2).
//!
//! These types are produced by [`crate::load`] after validation, so every value here is already
//! known to be valid: rules can rely on `end >= start`, on KPI ids being unique, and so on.

use crate::dates::{Frequency, Period, add_months};
use crate::money::Money;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Language of user-facing documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Language {
    /// Swedish (default).
    #[default]
    Sv,
    /// English.
    En,
}

impl Language {
    /// The code used in `avtal.toml`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::En => "en",
        }
    }
}

/// Follow-up cadence, in months between follow-ups per priority group (index 0 = group 1).
#[derive(Clone, Debug, PartialEq)]
pub struct Cadence {
    pub interval_months: [u32; 3],
    pub first_year_interval_months: [u32; 3],
    pub start_meeting_days: u32,
    pub qualification_interval_months: u32,
}

impl Default for Cadence {
    fn default() -> Self {
        Cadence {
            interval_months: [4, 12, 24],
            first_year_interval_months: [2, 6, 12],
            start_meeting_days: 30,
            qualification_interval_months: 12,
        }
    }
}

/// One step of the escalation ladder as overridden in `avtal.toml`. Missing lists fall back to
/// the default ladder's text for that step.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LadderStepOverride {
    pub step: u8,
    pub name: Option<String>,
    pub responsible: Option<Vec<String>>,
    pub input: Option<Vec<String>>,
    pub actions: Option<Vec<String>>,
    pub inform: Option<Vec<String>>,
    pub document: Option<Vec<String>>,
}

/// Settings of a register (`avtal.toml`); every key has a default.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub organisation: Option<String>,
    pub language: Language,
    /// `language` is written in `avtal.toml` (else the environment's `LANG` may choose).
    pub language_set: bool,
    pub renewal_lead_months: u32,
    pub option_warning_days: u32,
    pub kpi_grace_days: u32,
    /// Integer percentages of groups 1, 2 and 3; they sum to 100.
    pub priority_shares: [u32; 3],
    pub cadence: Cadence,
    pub escalation_steps: Vec<LadderStepOverride>,
    /// `[lou]`: limits of the Public Procurement Act (SPEC §11).
    pub lou: LouSettings,
    /// `[site]`: the published catalogue (SPEC §14).
    pub site: SiteSettings,
    /// `[digest] from`: the From: address of the digest e-mails (SPEC §16).
    pub digest_from: Option<String>,
    /// `[checks] severity` (SPEC §22): a finding code's id and the level it is set to.
    pub check_levels: BTreeMap<String, CheckLevel>,
}

/// The severity `[checks] severity` gives a finding code (SPEC §22).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckLevel {
    Error,
    Warning,
    /// Not reported.
    Off,
}

impl CheckLevel {
    /// Every level, in the spelling of `avtal.toml`.
    pub const NAMES: [&'static str; 3] = ["error", "warning", "off"];

    /// The spelling of `avtal.toml`.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// The id of every finding code (SPEC §5.3), in the order of its table: what `[checks]` in
/// `avtal.toml` may name. `rules::checks::CODES` holds each code's row; a test there keeps the
/// two lists the same.
pub const FINDING_CODES: &[&str] = &[
    "start-meeting-overdue",
    "followup-overdue",
    "qualification-check-overdue",
    "action-overdue",
    "option-decision-missed",
    "option-decision-due",
    "contract-ending",
    "kpi-missing",
    "escalation",
    "framework-term-exceeded",
    "framework-option-exceeds-term",
    "change-limit-exceeded",
    "change-limit-near",
    "framework-ceiling-reached",
    "framework-ceiling-near",
    "price-adjustment-due",
    "index-missing",
    "price-adjustment-unrecorded",
    "lou-values-outdated",
];

/// `[lou]` in `avtal.toml`: the legal limits, updated when the thresholds change.
#[derive(Clone, Debug, PartialEq)]
pub struct LouSettings {
    /// EU threshold for goods and services, municipalities and regions.
    pub threshold: Money,
    /// EU threshold for works.
    pub threshold_works: Money,
    /// Direktupphandlingsgräns (LOU 19 kap.).
    pub direct_award_limit: Money,
    /// LOU 7 kap. 2 §: a framework runs at most this many months.
    pub framework_max_months: u32,
    /// Whether `avtal.toml` sets `threshold`, `threshold_works` or `direct_award_limit`.
    pub keys_set: bool,
    /// `[[lou.periods]]` (SPEC §22), in date order.
    pub periods: Vec<LouPeriod>,
}

/// One `[[lou.periods]]` entry: the values in force from a date; a value left out keeps the one
/// in force before it.
#[derive(Clone, Debug, PartialEq)]
pub struct LouPeriod {
    pub from: NaiveDate,
    pub threshold: Option<Money>,
    pub threshold_works: Option<Money>,
    pub direct_award_limit: Option<Money>,
}

/// The three dated LOU values in force on one day (SPEC §22).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LouValues {
    pub threshold: Money,
    pub threshold_works: Money,
    pub direct_award_limit: Money,
}

/// The built-in periods of SPEC §22, used when `avtal.toml` sets neither periods nor values.
fn built_in_lou_periods() -> Vec<LouPeriod> {
    let period = |from: (i32, u32, u32), threshold, works, direct| LouPeriod {
        from: NaiveDate::from_ymd_opt(from.0, from.1, from.2).unwrap_or_default(),
        threshold: Some(Money::from_kronor(threshold)),
        threshold_works: Some(Money::from_kronor(works)),
        direct_award_limit: Some(Money::from_kronor(direct)),
    };
    vec![
        period((2022, 2, 1), 2_236_731, 55_991_099, 700_000),
        period((2024, 1, 1), 2_389_585, 59_880_179, 700_000),
    ]
}

impl LouSettings {
    /// The periods that apply: those of `avtal.toml`, or the built-in ones when it sets neither
    /// periods nor any of the three values; none when it sets only the values.
    pub fn effective_periods(&self) -> std::borrow::Cow<'_, [LouPeriod]> {
        if self.periods.is_empty() && !self.keys_set {
            std::borrow::Cow::Owned(built_in_lou_periods())
        } else {
            std::borrow::Cow::Borrowed(&self.periods)
        }
    }

    /// The values in force on `date` (SPEC §22): those of the latest period whose `from` is on
    /// or before it, each value left out there kept from before; else the three keys.
    pub fn values_on(&self, date: NaiveDate) -> LouValues {
        let mut values = LouValues {
            threshold: self.threshold,
            threshold_works: self.threshold_works,
            direct_award_limit: self.direct_award_limit,
        };
        for period in self.effective_periods().iter().filter(|p| p.from <= date) {
            values.threshold = period.threshold.unwrap_or(values.threshold);
            values.threshold_works = period.threshold_works.unwrap_or(values.threshold_works);
            values.direct_award_limit =
                (period.direct_award_limit).unwrap_or(values.direct_award_limit);
        }
        values
    }
}

impl Default for LouSettings {
    fn default() -> Self {
        LouSettings {
            threshold: Money::from_kronor(2_389_585),
            threshold_works: Money::from_kronor(59_880_179),
            direct_award_limit: Money::from_kronor(700_000),
            framework_max_months: 48,
            keys_set: false,
            periods: Vec::new(),
        }
    }
}

/// `[site]` in `avtal.toml`: settings of the published contract catalogue.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SiteSettings {
    /// Default: "Avtalskatalog – <organisation>".
    pub title: Option<String>,
    /// Publish annual and maximum values in the public catalogue.
    pub show_values: bool,
    /// Default ordering text for contracts without `ordering`.
    pub ordering: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            organisation: None,
            language: Language::Sv,
            language_set: false,
            renewal_lead_months: 12,
            option_warning_days: 90,
            kpi_grace_days: 30,
            priority_shares: [10, 30, 60],
            cadence: Cadence::default(),
            escalation_steps: Vec::new(),
            lou: LouSettings::default(),
            site: SiteSettings::default(),
            digest_from: None,
            check_levels: BTreeMap::new(),
        }
    }
}

/// What sort of agreement a contract is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Kind {
    #[default]
    Contract,
    Framework,
    NationalCallOff,
}

impl Kind {
    /// Every kind, in the order of the spelling list.
    pub const ALL: [Kind; 3] = [Kind::Contract, Kind::Framework, Kind::NationalCallOff];

    /// The spelling used in `contract.toml` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Contract => "contract",
            Kind::Framework => "framework",
            Kind::NationalCallOff => "national-call-off",
        }
    }

    /// Parses the spelling used in `contract.toml`.
    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

/// Kraljic segment of the supplier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kraljic {
    Strategic,
    Leverage,
    Bottleneck,
    NonCritical,
}

impl Kraljic {
    /// Every segment, in the order of the spelling list.
    pub const ALL: [Kraljic; 4] = [
        Kraljic::Strategic,
        Kraljic::Leverage,
        Kraljic::Bottleneck,
        Kraljic::NonCritical,
    ];

    /// The spelling used in `contract.toml` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kraljic::Strategic => "strategic",
            Kraljic::Leverage => "leverage",
            Kraljic::Bottleneck => "bottleneck",
            Kraljic::NonCritical => "non-critical",
        }
    }

    /// Parses the spelling used in `contract.toml`.
    pub fn parse(text: &str) -> Option<Kraljic> {
        Kraljic::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A supplier of a contract (one of several in a framework agreement).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Supplier {
    pub name: String,
    /// Normalised to `NNNNNN-NNNN`.
    pub org_no: Option<String>,
    /// Position in the ranking order (rangordning), >= 1.
    pub rank: Option<u32>,
}

/// How orderers call off from a framework agreement (SPEC §11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CallOff {
    /// The highest-ranked supplier that can deliver (rangordning).
    Ranking,
    /// Renewed competition (förnyad konkurrensutsättning).
    Competition,
    /// Ranking or renewed competition, as the framework says.
    Combined,
}

impl CallOff {
    /// Every method, in the order of the spelling list.
    pub const ALL: [CallOff; 3] = [CallOff::Ranking, CallOff::Competition, CallOff::Combined];

    /// The spelling used in `contract.toml` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CallOff::Ranking => "ranking",
            CallOff::Competition => "competition",
            CallOff::Combined => "combined",
        }
    }

    /// Parses the spelling used in `contract.toml`.
    pub fn parse(text: &str) -> Option<CallOff> {
        CallOff::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// People responsible for the contract on the buyer's side.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Roles {
    pub controller: Option<String>,
    pub owner: Option<String>,
    pub partner_owner: Option<String>,
}

/// Which side of the contract a contact is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Party {
    Buyer,
    Supplier,
}

impl Party {
    /// The spelling used in `contract.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Party::Buyer => "buyer",
            Party::Supplier => "supplier",
        }
    }
}

/// A named contact person.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub name: String,
    pub party: Option<Party>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// On the escalation path.
    pub escalation: bool,
    /// Shown in the published catalogue (SPEC §14).
    pub public: bool,
}

/// An extension option (förlängningsoption).
#[derive(Clone, Debug, PartialEq)]
pub struct ContractOption {
    pub months: u32,
    pub notice_months: u32,
    pub exercised: bool,
    pub declined: bool,
}

/// Whether a higher or a lower KPI value is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Higher,
    Lower,
}

impl Direction {
    /// The spelling used in `contract.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Higher => "higher",
            Direction::Lower => "lower",
        }
    }
}

/// A key performance indicator agreed in the contract.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub target: f64,
    pub direction: Direction,
    pub frequency: Frequency,
    pub aliases: Vec<String>,
    /// Seasonal monthly KPI: the months (1..=12) it is reported; empty means every month.
    pub months: Vec<u32>,
}

impl Kpi {
    /// A value is a breach when it is worse than the target.
    pub fn is_breach(&self, value: f64) -> bool {
        match self.direction {
            Direction::Higher => value < self.target,
            Direction::Lower => value > self.target,
        }
    }

    /// Whether the KPI is reported for `period`: a seasonal KPI (`months`) only in its months.
    pub fn reports_in(&self, period: Period) -> bool {
        match period {
            Period::Month { month, .. } => self.months.is_empty() || self.months.contains(&month),
            _ => true,
        }
    }
}

/// A qualification requirement re-checked during the contract.
#[derive(Clone, Debug, PartialEq)]
pub struct Requirement {
    pub name: String,
}

/// One price index series, `index/<NAME>.csv` (SPEC §2.5): a value > 0 per month.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct IndexSeries {
    /// The file stem, e.g. `KPI`.
    pub name: String,
    /// Values by month (`Period::Month` keys only).
    pub values: BTreeMap<Period, f64>,
}

/// An index clause of a contract (`[price_adjustment]`, SPEC §13).
#[derive(Clone, Debug, PartialEq)]
pub struct PriceAdjustment {
    /// The series name: `index/<index>.csv`.
    pub index: String,
    /// The base index month.
    pub base: Period,
    /// The indexed share of the price, 0 < share <= 1.
    pub share: f64,
    /// The first day an adjustment may apply.
    pub first: NaiveDate,
    pub interval_months: u32,
    pub lag_months: u32,
    pub min_change_percent: f64,
    /// The series itself, attached by the loader (shared by every contract on it).
    pub series: Arc<IndexSeries>,
}

/// One row of `kpi.csv`. Its texts live once per contract in [`Contract::kpi_texts`], and the
/// KPI is a `u32`: a row takes 40 bytes rather than 80, which a 10-million-row register feels
/// (issue 15: at 100k contracts, fresh memory cost more than parsing).
#[derive(Clone, Debug, PartialEq)]
pub struct KpiRow {
    pub value: f64,
    pub period: Period,
    /// Index into [`Contract::kpis`]; see [`KpiRow::kpi_index`].
    pub kpi: u32,
    pub source: TextId,
    pub note: TextId,
    /// 1-based line in `kpi.csv`.
    pub line: u32,
}

impl KpiRow {
    /// The index of the row's KPI in [`Contract::kpis`].
    pub fn kpi_index(&self) -> usize {
        self.kpi as usize
    }
}

/// A text of `kpi.csv` (a `source` or `note` field) in a contract's [`KpiTexts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TextId(u32);

/// The `source` and `note` texts of one contract's `kpi.csv`, each stored once: the rows of one
/// monthly report share their source file, so a register holds a handful per contract rather
/// than one allocation per row. The empty text is [`TextId::default`] and takes no room.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct KpiTexts {
    texts: Vec<Box<str>>,
}

impl KpiTexts {
    /// How many recent texts are compared before a new one is stored: rows come grouped by
    /// report, so a short look back finds nearly every repeat without hashing each row.
    const LOOK_BACK: usize = 8;

    /// The id of `text`, storing it unless it is empty or among the last few stored.
    pub fn intern(&mut self, text: &str) -> TextId {
        if text.is_empty() {
            return TextId(0);
        }
        let recent = self.texts.len().saturating_sub(Self::LOOK_BACK);
        if let Some(i) = self.texts[recent..].iter().rposition(|t| &**t == text) {
            return TextId((recent + i + 1) as u32);
        }
        self.texts.push(text.into());
        TextId(self.texts.len() as u32)
    }

    /// The text of `id`; empty for an id of another table.
    pub fn get(&self, id: TextId) -> &str {
        match id.0.checked_sub(1) {
            Some(i) => self.texts.get(i as usize).map_or("", |t| t),
            None => "",
        }
    }
}

/// The rows of one `kpi.csv` with their texts.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct KpiTable {
    pub rows: Vec<KpiRow>,
    pub texts: KpiTexts,
}

/// Type of a journal entry (SPEC §2.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LogType {
    StartMeeting,
    Followup,
    QualificationCheck,
    Deviation,
    Action,
    Resolved,
    Sanction,
    Decision,
    Note,
    /// A change of small value (LOU 17 kap. 9 §); `amount` is the signed net change.
    Change,
    /// An adjustment date of the index clause was handled; `ref` is that date (SPEC §13).
    PriceAdjustment,
    /// A finding acknowledged until `due`, with the reason in `note` (SPEC §22).
    Ack,
}

impl LogType {
    /// Every type, in the order of SPEC §2.4.
    pub const ALL: [LogType; 12] = [
        LogType::StartMeeting,
        LogType::Followup,
        LogType::QualificationCheck,
        LogType::Deviation,
        LogType::Action,
        LogType::Resolved,
        LogType::Sanction,
        LogType::Decision,
        LogType::Note,
        LogType::Change,
        LogType::PriceAdjustment,
        LogType::Ack,
    ];

    /// The spelling used in `log.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            LogType::StartMeeting => "start-meeting",
            LogType::Followup => "followup",
            LogType::QualificationCheck => "qualification-check",
            LogType::Deviation => "deviation",
            LogType::Action => "action",
            LogType::Resolved => "resolved",
            LogType::Sanction => "sanction",
            LogType::Decision => "decision",
            LogType::Note => "note",
            LogType::Change => "change",
            LogType::PriceAdjustment => "price-adjustment",
            LogType::Ack => "ack",
        }
    }

    /// The adjustment date a `price-adjustment` entry's `ref` names (`YYYY-MM-DD`).
    pub fn adjustment_date(reference: &str) -> Option<NaiveDate> {
        let reference = reference.trim();
        (reference.len() == 10)
            .then(|| NaiveDate::parse_from_str(reference, "%Y-%m-%d").ok())
            .flatten()
    }

    /// Parses the spelling used in `log.csv`.
    pub fn parse(text: &str) -> Option<LogType> {
        LogType::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// An `ack` entry holds at most this many days after its date (SPEC §22).
pub const ACK_MAX_DAYS: i64 = 365;

/// One row of `log.csv`, the follow-up journal.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    pub date: NaiveDate,
    pub kind: LogType,
    pub reference: Option<String>,
    pub due: Option<NaiveDate>,
    pub amount: Option<f64>,
    pub note: String,
    /// 1-based line in `log.csv`.
    pub line: u32,
}

/// A contract with its KPI values and journal.
#[derive(Clone, Debug, PartialEq)]
pub struct Contract {
    /// The folder name.
    pub key: String,
    pub title: String,
    pub diarienummer: Option<String>,
    pub category: Option<String>,
    pub kind: Kind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub terminated: Option<NaiveDate>,
    pub annual_value: f64,
    pub business_critical: bool,
    pub kraljic: Option<Kraljic>,
    /// Manual priority group, 1..=3.
    pub priority: Option<u8>,
    pub successor: Option<String>,
    pub keywords: Vec<String>,
    /// Estimated total value of the initial term, as written (SPEC §11); see
    /// [`Contract::contract_value`] for the default.
    pub contract_value: Option<Money>,
    /// Maximum value (takvolym) over the whole term including options.
    pub max_value: Option<Money>,
    /// Byggentreprenad: 15 % instead of 10 % for changes.
    pub works: bool,
    /// Why a framework may run longer than four years.
    pub special_reasons: Option<String>,
    /// How orderers call off (frameworks only).
    pub call_off: Option<CallOff>,
    /// How orderers buy, for the published catalogue.
    pub ordering: Option<String>,
    /// Account prefixes that tell two contracts with one supplier apart (SPEC §12).
    pub spend_accounts: Vec<String>,
    /// Every supplier, in SPEC §2.2's order: ranked by rank, then unranked in file order. Never
    /// empty in a loaded register; [`Contract::supplier`] is the first.
    pub suppliers: Vec<Supplier>,
    pub roles: Roles,
    pub contacts: Vec<Contact>,
    pub options: Vec<ContractOption>,
    pub kpis: Vec<Kpi>,
    pub requirements: Vec<Requirement>,
    /// The index clause, if any (SPEC §13).
    pub price_adjustment: Option<PriceAdjustment>,
    /// Rows of `kpi.csv` in file order.
    pub kpi_rows: Vec<KpiRow>,
    /// The `source` and `note` texts of [`Contract::kpi_rows`].
    pub kpi_texts: KpiTexts,
    /// Rows of `log.csv` in file order.
    pub log: Vec<LogEntry>,
}

/// Stands in for the supplier of a contract built without one (never in a loaded register).
static NO_SUPPLIER: Supplier = Supplier {
    name: String::new(),
    org_no: None,
    rank: None,
};

impl Contract {
    /// "The supplier" of SPEC §2.2: `[supplier]`, or the first of `[[suppliers]]` by rank.
    pub fn supplier(&self) -> &Supplier {
        self.suppliers.first().unwrap_or(&NO_SUPPLIER)
    }

    /// SPEC §11: `contract_value`, else `annual_value × (days from start to end, inclusive) /
    /// 365`, rounded to whole kronor (halves away from zero).
    pub fn contract_value(&self) -> Money {
        if let Some(value) = self.contract_value {
            return value;
        }
        let days = (self.end - self.start).num_days() + 1;
        Money::from_whole_kronor(self.annual_value * days as f64 / 365.0)
    }

    /// SPEC §11: the base value for change limits: `max_value` when set, else the contract value.
    pub fn base_value(&self) -> Money {
        self.max_value.unwrap_or_else(|| self.contract_value())
    }

    /// SPEC §3: `terminated` if set, else `end` extended by every exercised option.
    pub fn effective_end(&self) -> NaiveDate {
        if let Some(terminated) = self.terminated {
            return terminated;
        }
        let months: u32 = self
            .options
            .iter()
            .filter(|o| o.exercised)
            .map(|o| o.months)
            .sum();
        add_months(self.end, months as i32)
    }

    /// Active on `day`: `start <= day <= effective end`.
    pub fn is_active_on(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.effective_end()
    }

    /// Active on at least one day of `year`.
    pub fn is_active_in_year(&self, year: i32) -> bool {
        use chrono::Datelike;
        self.start.year() <= year && self.effective_end().year() >= year
    }

    /// SPEC §5.1: the first option neither exercised nor declined, provided no earlier option was
    /// declined and the contract was not terminated. Returns its index.
    pub fn next_option(&self) -> Option<usize> {
        if self.terminated.is_some() {
            return None;
        }
        for (index, option) in self.options.iter().enumerate() {
            if option.declined {
                return None;
            }
            if !option.exercised {
                return Some(index);
            }
        }
        None
    }

    /// The notice deadline of the next option: `add_months(effective_end, -notice_months)`.
    pub fn next_option_deadline(&self) -> Option<NaiveDate> {
        let option = &self.options[self.next_option()?];
        Some(add_months(
            self.effective_end(),
            -(option.notice_months as i32),
        ))
    }

    /// Path of the contract file relative to the register.
    pub fn file(&self) -> String {
        format!("{}/contract.toml", self.key)
    }
}

/// A loaded, valid register.
#[derive(Clone, Debug, PartialEq)]
pub struct Register {
    /// The folder of the register.
    pub root: PathBuf,
    pub settings: Settings,
    /// Sorted by key.
    pub contracts: Vec<Contract>,
    /// The rows of `spend/` (SPEC §2.5).
    pub spend: crate::spend::Spend,
}

impl Register {
    /// The contract with `key`, if any (binary search: contracts are sorted by key).
    pub fn contract(&self, key: &str) -> Option<&Contract> {
        self.contracts
            .binary_search_by(|c| c.key.as_str().cmp(key))
            .ok()
            .map(|index| &self.contracts[index])
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Builders for tests of rules: a contract with sensible defaults.
    use super::*;
    use crate::dates::parse_date;

    /// Parses a date in tests.
    pub fn d(text: &str) -> NaiveDate {
        parse_date(text).unwrap_or_else(|| panic!("bad test date {text}"))
    }

    /// A minimal valid contract running from `start` to `end`.
    pub fn contract(key: &str, start: &str, end: &str) -> Contract {
        Contract {
            key: key.to_string(),
            title: format!("Avtal {key}"),
            diarienummer: None,
            category: None,
            kind: Kind::Contract,
            start: d(start),
            end: d(end),
            terminated: None,
            annual_value: 0.0,
            business_critical: false,
            kraljic: None,
            priority: None,
            successor: None,
            keywords: Vec::new(),
            contract_value: None,
            max_value: None,
            works: false,
            special_reasons: None,
            call_off: None,
            ordering: None,
            spend_accounts: Vec::new(),
            suppliers: vec![Supplier {
                name: "Leverantör AB".into(),
                org_no: None,
                rank: None,
            }],
            roles: Roles::default(),
            contacts: Vec::new(),
            options: Vec::new(),
            kpis: Vec::new(),
            requirements: Vec::new(),
            price_adjustment: None,
            kpi_rows: Vec::new(),
            kpi_texts: KpiTexts::default(),
            log: Vec::new(),
        }
    }

    /// A `kpi.csv` row for KPI number `kpi` (period in `kpi.csv` spelling).
    pub fn kpi_row(kpi: u32, period: &str, value: f64) -> KpiRow {
        KpiRow {
            period: Period::parse(period).unwrap_or_else(|| panic!("bad test period {period}")),
            kpi,
            value,
            source: TextId::default(),
            note: TextId::default(),
            line: 2,
        }
    }

    /// An extension option.
    pub fn option(
        months: u32,
        notice_months: u32,
        exercised: bool,
        declined: bool,
    ) -> ContractOption {
        ContractOption {
            months,
            notice_months,
            exercised,
            declined,
        }
    }

    /// A journal entry of `kind` on `date`, without reference, due date, amount or note.
    pub fn log_entry(date: &str, kind: LogType) -> LogEntry {
        LogEntry {
            date: d(date),
            kind,
            reference: None,
            due: None,
            amount: None,
            note: String::new(),
            line: 2,
        }
    }

    /// The KPIs of the briefs' fixtures.
    pub(crate) fn test_kpis() -> Vec<crate::model::Kpi> {
        use crate::dates::Frequency;
        use crate::model::{Direction, Kpi};
        vec![
            Kpi {
                id: "leveransprecision".into(),
                name: "Leveransprecision".into(),
                unit: "%".into(),
                target: 95.0,
                direction: Direction::Higher,
                frequency: Frequency::Monthly,
                aliases: vec!["Andel leveranser i tid".into()],
                months: Vec::new(),
            },
            Kpi {
                id: "incidenter".into(),
                name: "Antal incidenter".into(),
                unit: "st".into(),
                target: 3.0,
                direction: Direction::Lower,
                frequency: Frequency::Monthly,
                aliases: Vec::new(),
                months: Vec::new(),
            },
            Kpi {
                id: "nki".into(),
                name: "Nöjd kund-index".into(),
                unit: String::new(),
                target: 70.0,
                direction: Direction::Higher,
                frequency: Frequency::Quarterly,
                aliases: Vec::new(),
                months: Vec::new(),
            },
        ]
    }

    /// The `skoladmin` contract of the briefs' fixtures.
    pub(crate) fn test_contract() -> crate::model::Contract {
        let mut contract = contract("skoladmin", "2024-03-01", "2028-02-29");
        contract.kpis = test_kpis();
        contract
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::{KpiTexts, TextId};

    #[test]
    fn kpi_texts_are_stored_once_and_the_empty_text_not_at_all() {
        let mut texts = KpiTexts::default();
        assert_eq!(texts.intern(""), TextId::default());
        let a = texts.intern("rapport-2026-01.xlsx");
        let b = texts.intern("rapport-2026-02.xlsx");
        assert_ne!(a, b);
        assert_eq!(texts.intern("rapport-2026-01.xlsx"), a);
        assert_eq!(
            (texts.get(a), texts.get(b)),
            ("rapport-2026-01.xlsx", "rapport-2026-02.xlsx")
        );
        assert_eq!(texts.get(TextId::default()), "");
        assert_eq!(
            KpiTexts::default().get(a),
            "",
            "an id of another table reads as empty"
        );
        // Beyond the look-back a text may be stored again, under a new id with the same text.
        for i in 0..20 {
            texts.intern(&format!("t{i}"));
        }
        let again = texts.intern("rapport-2026-01.xlsx");
        assert_eq!(texts.get(again), "rapport-2026-01.xlsx");
    }

    #[test]
    fn effective_end_adds_exercised_options() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        c.options = vec![option(12, 6, true, false), option(12, 6, false, false)];
        assert_eq!(c.effective_end(), d("2027-02-28"));
        assert_eq!(c.next_option(), Some(1));
        assert_eq!(c.next_option_deadline(), Some(d("2026-08-28")));
    }

    #[test]
    fn terminated_wins_and_has_no_next_option() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        c.options = vec![option(12, 6, false, false)];
        c.terminated = Some(d("2025-05-31"));
        assert_eq!(c.effective_end(), d("2025-05-31"));
        assert_eq!(c.next_option(), None);
    }

    #[test]
    fn declined_option_blocks_later_ones() {
        let mut c = contract("a", "2024-03-01", "2026-02-28");
        c.options = vec![option(12, 6, false, true), option(12, 6, false, false)];
        assert_eq!(c.next_option(), None);
    }
}
