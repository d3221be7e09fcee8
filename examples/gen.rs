//! Generates a valid synthetic register of any size, for benchmarks and load tests.
//!
//! ```sh
//! cargo run --release --example gen -- --contracts 10000 --seed 1 --out /tmp/reg-10k
//! ```
//!
//! The same arguments always give byte-identical files: every contract draws from its own
//! SplitMix64 stream derived from `--seed` and its index, so contracts can be generated in
//! parallel without the thread schedule reaching the output. The data follows SPEC §2 to the
//! letter (the loader accepts it) and is mixed like a real register around "today" 2026-11-22:
//! every kind and Kraljic segment, ~10 % business-critical, ~3 % manual priority, options in
//! every state, ~5 % terminated, successors, 1–5 KPIs of every frequency and a journal whose
//! deviations, actions and resolutions refer to each other consistently.
//!
//! KPI rows are "about `--kpi-rows`" per contract: quarterly and yearly KPIs get the periods of
//! the contract up to today, monthly KPIs share the rest of the budget. When the budget is
//! larger than the contract's life the monthly series reaches back before the start, which is
//! valid (SPEC §2.3 does not bound periods) and keeps the total row count predictable.

use avtal::dates::{Frequency, Period, add_months};
use chrono::{Datelike, Duration, NaiveDate};
use clap::Parser;
use rayon::prelude::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(about = "Write a valid synthetic avtal register of any size")]
pub struct Args {
    /// Number of contracts
    #[arg(long, default_value_t = 1000)]
    contracts: usize,
    /// Seed of the pseudo-random generator; the same seed gives the same register
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output folder (created if missing; must be empty unless --force)
    #[arg(long)]
    out: PathBuf,
    /// KPI rows per contract, about
    #[arg(long, default_value_t = 100)]
    kpi_rows: usize,
    /// Journal rows per contract
    #[arg(long, default_value_t = 10)]
    log_rows: usize,
    /// Write into a non-empty folder, replacing its avtal.toml and contract folders
    #[arg(long)]
    force: bool,
    /// Accounts-payable rows to write into spend/2026.csv (SPEC §2.5), ~70 % matching a contract
    #[arg(long, default_value_t = 0)]
    spend_rows: usize,
    /// Also write the same spend rows as a Swedish `;` export to this file (for `spend import`)
    #[arg(long, value_name = "FILE")]
    spend_export: Option<PathBuf>,
    /// Also write the same spend rows as an `.xlsx` export with a title row and Swedish headers
    /// (for `spend import` of a workbook)
    #[arg(long, value_name = "FILE")]
    spend_workbook: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes the register `args` describe (public so that tests can generate one in-process).
pub fn run(args: &Args) -> Result<(), String> {
    let started = Instant::now();
    prepare_out(&args.out, args.force)?;
    std::fs::write(args.out.join("avtal.toml"), settings_toml(args.seed))
        .map_err(|e| format!("{}: {e}", args.out.join("avtal.toml").display()))?;
    let generator = Generator::new(args);
    let counts = (0..args.contracts)
        .into_par_iter()
        .map(|index| generator.write_contract(index))
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))?;
    if args.spend_rows > 0 {
        write_spend(args)?;
    }
    println!(
        "wrote {} contracts, {} KPI rows, {} log rows, {} spend rows to {} in {:.2} s",
        args.contracts,
        counts.0,
        counts.1,
        args.spend_rows,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `spend/2026.csv` with `--spend-rows` rows: the register is loaded back so that matched rows
/// use real org numbers within each contract's term; the rest are suppliers outside contract.
fn write_spend(args: &Args) -> Result<(), String> {
    use avtal::money::Money;
    use avtal::store::spend::SpendLine;
    let register = avtal::load::load_register(&args.out, avtal::load::LanguageChoice::default())
        .map_err(|e| e.to_string())?;
    let year_start = date(2026, 1, 1);
    let candidates: Vec<(&str, NaiveDate, NaiveDate, &str)> = register
        .contracts
        .iter()
        .filter_map(|c| {
            let org = c.supplier().org_no.as_deref()?;
            let from = c.start.max(year_start);
            let to = c.effective_end().min(date(2026, 12, 31));
            (from <= to).then_some((org, from, to, c.supplier().name.as_str()))
        })
        .collect();
    let mut rng = Rng::new(args.seed, u64::MAX);
    let outside: Vec<(String, String)> = (0..2000)
        .map(|i| (org_no(&mut rng), format!("Leverantör {i} AB")))
        .collect();
    const DEPARTMENTS: [&str; 6] = [
        "Grundskoleförvaltningen",
        "Socialförvaltningen",
        "Tekniska förvaltningen",
        "Kommunstyrelseförvaltningen",
        "Kultur- och fritidsförvaltningen",
        "Miljö- och byggförvaltningen",
    ];
    let mut lines = Vec::with_capacity(args.spend_rows);
    for i in 0..args.spend_rows {
        let (org, supplier, date) = match candidates.is_empty() || rng.chance(0.3) {
            true => {
                let (org, name) = rng.pick(&outside);
                let day = year_start + Duration::days(rng.between(0, 364));
                (org.clone(), name.clone(), day)
            }
            false => {
                let (org, from, to, name) = *rng.pick(&candidates);
                let day = from + Duration::days(rng.between(0, (to - from).num_days()));
                (org.to_string(), name.to_string(), day)
            }
        };
        lines.push(SpendLine {
            date,
            org_no: org,
            supplier,
            amount: Money::from_ore(rng.between(-50_000, 20_000_000)),
            department: rng.pick(&DEPARTMENTS).to_string(),
            account: format!("{}", 4000 + rng.below(3000)),
            invoice: format!("F-{i}"),
            contract: String::new(),
        });
    }
    lines.sort_by(|a, b| {
        (a.date, &a.org_no, &a.invoice, a.amount).cmp(&(b.date, &b.org_no, &b.invoice, b.amount))
    });
    let rows: Vec<(&SpendLine, &str)> = lines.iter().map(|l| (l, "gen.csv")).collect();
    let folder = args.out.join("spend");
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let path = folder.join("2026.csv");
    std::fs::write(&path, avtal::store::spend::render(&rows))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if let Some(export) = &args.spend_export {
        let mut text = String::from(
            "Bokföringsdatum;Organisationsnummer;Leverantör;Belopp exkl. moms;Förvaltning;Konto;Fakturanummer\n",
        );
        for l in &lines {
            let ore = l.amount.ore();
            let (sign, abs) = (if ore < 0 { "-" } else { "" }, ore.unsigned_abs());
            let _ = writeln!(
                text,
                "{};{};{};{sign}{},{:02};{};{};{}",
                l.date,
                l.org_no.replace('-', ""),
                l.supplier,
                abs / 100,
                abs % 100,
                l.department,
                l.account,
                l.invoice
            );
        }
        std::fs::write(export, text).map_err(|e| format!("{}: {e}", export.display()))?;
    }
    if let Some(path) = &args.spend_workbook {
        write_spend_workbook(path, &lines).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// `lines` as a ledger workbook: a title row, Swedish headers, dates as text, amounts as
/// numbers (kronor with öre).
fn write_spend_workbook(
    path: &Path,
    lines: &[avtal::store::spend::SpendLine],
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Reskontra")?;
    sheet.write_string(0, 0, "Leverantörsreskontra 2026")?;
    let headers = [
        "Bokföringsdatum",
        "Organisationsnummer",
        "Leverantör",
        "Belopp exkl. moms",
        "Förvaltning",
        "Konto",
        "Fakturanummer",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string(2, col as u16, *header)?;
    }
    for (i, l) in lines.iter().enumerate() {
        let row = i as u32 + 3;
        sheet.write_string(row, 0, l.date.to_string())?;
        sheet.write_string(row, 1, &l.org_no)?;
        sheet.write_string(row, 2, &l.supplier)?;
        sheet.write_number(row, 3, l.amount.ore() as f64 / 100.0)?;
        sheet.write_string(row, 4, &l.department)?;
        sheet.write_string(row, 5, &l.account)?;
        sheet.write_string(row, 6, &l.invoice)?;
    }
    book.save(path)
}

/// Creates `out`, refusing a non-empty folder unless `force`. With `force`, only what a previous
/// run wrote (avtal.toml and folders holding a contract.toml) is removed: anything else stays.
fn prepare_out(out: &Path, force: bool) -> Result<(), String> {
    let show = |e: std::io::Error| format!("{}: {e}", out.display());
    if !out.exists() {
        return std::fs::create_dir_all(out).map_err(show);
    }
    if !out.is_dir() {
        return Err(format!("{} exists and is not a folder", out.display()));
    }
    let entries: Vec<PathBuf> = std::fs::read_dir(out)
        .map_err(show)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(show)?;
    if entries.is_empty() {
        return Ok(());
    }
    if !force {
        return Err(format!(
            "{} is not empty; pass --force to replace the register in it",
            out.display()
        ));
    }
    entries.par_iter().try_for_each(|path| {
        let result = if path.join("contract.toml").is_file() {
            std::fs::remove_dir_all(path)
        } else if path.file_name().is_some_and(|name| name == "avtal.toml") {
            std::fs::remove_file(path)
        } else {
            Ok(())
        };
        result.map_err(|e| format!("{}: {e}", path.display()))
    })
}

fn settings_toml(seed: u64) -> String {
    format!(
        "# Genererat register (examples/gen.rs, seed {seed}).\n\
         organisation = \"Testkommunen\"\n\
         language = \"sv\"\n\
         renewal_lead_months = 12\n\
         option_warning_days = 90\n\
         kpi_grace_days = 30\n\
         \n\
         [priority]\n\
         shares = [10, 30, 60]\n\
         \n\
         [cadence]\n\
         interval_months = [4, 12, 24]\n\
         first_year_interval_months = [2, 6, 12]\n\
         start_meeting_days = 30\n\
         qualification_interval_months = 12\n"
    )
}

// ------------------------------------------------------------------------------------------
// Pseudo-random numbers

/// SplitMix64: tiny, fast and good enough for test data; no crate needed.
struct Rng(u64);

impl Rng {
    /// An independent stream for (`seed`, `stream`).
    fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n`; `n` must be at least 1.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1).max(1) as u64) as i64
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ------------------------------------------------------------------------------------------
// Vocabulary

/// The day the history is written up to (the demo's "today").
fn today() -> NaiveDate {
    date(2026, 11, 22)
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// (category, key prefix, title stems)
const CATEGORIES: &[(&str, &str, &[&str])] = &[
    (
        "IT",
        "it",
        &[
            "Verksamhetssystem",
            "Drift av servrar",
            "Licenser och support",
            "E-tjänsteplattform",
        ],
    ),
    (
        "Livsmedel",
        "livsmedel",
        &[
            "Livsmedel",
            "Frukt och grönt",
            "Mejeriprodukter",
            "Kött och chark",
        ],
    ),
    (
        "Fastighet",
        "fastighet",
        &[
            "Lokalvård",
            "Fastighetsservice",
            "Hissunderhåll",
            "Markskötsel",
        ],
    ),
    (
        "Vård och omsorg",
        "omsorg",
        &["Hemtjänst", "Bemanning", "Hjälpmedel", "Trygghetslarm"],
    ),
    (
        "Transport",
        "transport",
        &["Skolskjuts", "Färdtjänst", "Matdistribution", "Budtjänster"],
    ),
    (
        "Konsulttjänster",
        "konsult",
        &[
            "Byggkonsulter",
            "IT-konsulter",
            "Juridiska tjänster",
            "Rekrytering",
        ],
    ),
    (
        "Kontorsmaterial",
        "kontor",
        &["Kontorsmaterial", "Trycksaker", "Möbler", "Kopiatorer"],
    ),
    (
        "Energi",
        "energi",
        &["Elenergi", "Pellets", "Fjärrvärme", "Drivmedel"],
    ),
];

const AREAS: &[&str] = &[
    "centrala Sjövik",
    "norra kommundelen",
    "södra kommundelen",
    "skolor och förskolor",
    "äldreomsorgen",
    "kommunens förvaltningar",
];
const NAME_STEMS: &[&str] = &[
    "Nord", "Svea", "Fjäll", "Älv", "Skog", "Sjö", "Berg", "Kust", "Dal", "Myr",
];
const NAME_TAILS: &[&str] = &[
    "Service", "Teknik", "Partner", "Gruppen", "Logistik", "Omsorg", "Data", "Bygg", "Kraft",
    "Konsult",
];
const FIRST_NAMES: &[&str] = &[
    "Anna", "Johan", "Maria", "Erik", "Karin", "Lars", "Sara", "Per", "Eva", "Nils", "Lena",
    "Oskar",
];
const LAST_NAMES: &[&str] = &[
    "Berg", "Ek", "Lund", "Holm", "Nyström", "Sundin", "Wallin", "Forsberg", "Åberg", "Öhman",
];
const CONTROLLERS: &[&str] = &[
    "Anna Berg",
    "Johan Ek",
    "Maria Lund",
    "Sara Holm",
    "Per Wallin",
];
const OWNERS: &[&str] = &[
    "Kommunledningskontoret",
    "Barn- och utbildningsförvaltningen",
    "Vård- och omsorgsförvaltningen",
    "Samhällsbyggnadsförvaltningen",
    "Kultur- och fritidsförvaltningen",
];
const BOARDS: &[&str] = &["KS", "BUN", "SN", "SBN", "KFN"];
const REQUIREMENTS: &[&str] = &[
    "Kreditvärdighet",
    "Betalda skatter och avgifter",
    "ISO 9001-certifiering",
    "ISO 14001-certifiering",
    "ISO 27001-certifiering",
    "Ansvarsförsäkring",
];
const KINDS: &[&str] = &[
    "contract",
    "contract",
    "contract",
    "framework",
    "framework",
    "national-call-off",
];
const KRALJIC: &[&str] = &["strategic", "leverage", "bottleneck", "non-critical"];

/// A KPI template: id, name, unit, target, lower-is-better, decimals, spread around the target.
struct KpiTemplate {
    id: &'static str,
    name: &'static str,
    unit: &'static str,
    target: f64,
    lower: bool,
    decimals: usize,
    spread: f64,
}

const KPIS: &[KpiTemplate] = &[
    KpiTemplate {
        id: "leveransprecision",
        name: "Leveransprecision",
        unit: "%",
        target: 95.0,
        lower: false,
        decimals: 1,
        spread: 4.0,
    },
    KpiTemplate {
        id: "reklamationer",
        name: "Antal reklamationer",
        unit: "st",
        target: 5.0,
        lower: true,
        decimals: 0,
        spread: 4.0,
    },
    KpiTemplate {
        id: "nki",
        name: "Nöjd kund-index",
        unit: "",
        target: 70.0,
        lower: false,
        decimals: 0,
        spread: 9.0,
    },
    KpiTemplate {
        id: "tillganglighet",
        name: "Tillgänglighet",
        unit: "%",
        target: 99.5,
        lower: false,
        decimals: 2,
        spread: 0.6,
    },
    KpiTemplate {
        id: "incidenter",
        name: "Antal incidenter",
        unit: "st",
        target: 3.0,
        lower: true,
        decimals: 0,
        spread: 3.0,
    },
    KpiTemplate {
        id: "svarstid",
        name: "Svarstid",
        unit: "s",
        target: 30.0,
        lower: true,
        decimals: 0,
        spread: 15.0,
    },
    KpiTemplate {
        id: "avtalstrohet",
        name: "Avtalstrohet",
        unit: "%",
        target: 90.0,
        lower: false,
        decimals: 1,
        spread: 6.0,
    },
    KpiTemplate {
        id: "fakturafel",
        name: "Felaktiga fakturor",
        unit: "st",
        target: 2.0,
        lower: true,
        decimals: 0,
        spread: 2.0,
    },
];

const FOLLOWUP_NOTES: &[&str] = &[
    "Uppföljningsmöte med leverantören",
    "Statistikuppföljning och utvecklingsmöte",
    "Genomgång av nyckeltal och aktivitetslista",
];
const DEVIATION_NOTES: &[&str] = &[
    "Leveranser sena tre veckor i rad",
    "Nyckeltal under målvärdet",
    "Brister i dokumentationen",
    "Fakturor utan avtalade priser",
];
const ACTION_NOTES: &[&str] = &[
    "Leverantören tar fram handlingsplan",
    "Leverantören redovisar grundorsak",
    "Extra kontroll vid nästa leverans",
];
const DECISION_NOTES: &[&str] = &[
    "Beslut att behålla nuvarande leveransupplägg",
    "Beslut om prisjustering enligt index",
    "Beslut att påbörja ny upphandling",
];
const OTHER_NOTES: &[&str] = &[
    "Ny kontaktperson hos leverantören",
    "Avtalstrohet diskuterad med verksamheten",
    "Prisjustering mottagen och kontrollerad",
];

// ------------------------------------------------------------------------------------------
// One contract

/// Shared, read-only state of a run.
struct Generator {
    out: PathBuf,
    seed: u64,
    contracts: usize,
    kpi_rows: usize,
    log_rows: usize,
    key_width: usize,
}

/// An extension option as generated.
struct GenOption {
    months: u32,
    notice_months: u32,
    exercised: bool,
    declined: bool,
}

impl Generator {
    fn new(args: &Args) -> Generator {
        Generator {
            out: args.out.clone(),
            seed: args.seed,
            contracts: args.contracts,
            kpi_rows: args.kpi_rows,
            log_rows: args.log_rows,
            key_width: args.contracts.to_string().len().max(6),
        }
    }

    /// The category of contract `index`, from its own stream so that any contract can name
    /// another one's key (for `successor`) without generating it.
    fn category(&self, index: usize) -> usize {
        Rng::new(self.seed ^ 0x00CA_7E60_0000, index as u64).below(CATEGORIES.len())
    }

    fn key(&self, index: usize) -> String {
        format!(
            "{}-{:0width$}",
            CATEGORIES[self.category(index)].1,
            index + 1,
            width = self.key_width
        )
    }

    /// Writes contract `index`; returns its (KPI rows, log rows).
    fn write_contract(&self, index: usize) -> Result<(usize, usize), String> {
        let mut rng = Rng::new(self.seed, index as u64 + 1);
        let key = self.key(index);
        let (category, _, stems) = CATEGORIES[self.category(index)];

        // Most contracts started between mid-2021 and today; a few start next year.
        let start = if rng.chance(0.06) {
            date(2027, 1, 1) + Duration::days(rng.between(0, 364))
        } else {
            date(2021, 7, 1) + Duration::days(rng.between(0, 1950))
        };
        let end = add_months(start, *rng.pick(&[24, 36, 48, 48])) - Duration::days(1);
        let options = gen_options(&mut rng, end);
        let exercised: u32 = options
            .iter()
            .filter(|o| o.exercised)
            .map(|o| o.months)
            .sum();
        let mut effective_end = add_months(end, exercised as i32);
        let terminated = if rng.chance(0.05) {
            let days = (effective_end - start).num_days();
            let day = start + Duration::days(rng.between(days / 4, days));
            effective_end = day;
            Some(day)
        } else {
            None
        };

        let mut toml = String::with_capacity(2048);
        let supplier = format!(
            "{}{} {}AB",
            rng.pick(NAME_STEMS),
            rng.pick(NAME_TAILS).to_lowercase(),
            if rng.chance(0.3) { "i Norr " } else { "" }
        );
        let _ = writeln!(toml, "# Genererat avtal {key}.");
        let _ = writeln!(
            toml,
            "title = \"{} – {}\"",
            rng.pick(stems),
            rng.pick(AREAS)
        );
        let _ = writeln!(
            toml,
            "diarienummer = \"{} {}/{}\"",
            rng.pick(BOARDS),
            start.year() - 1 + rng.between(0, 1) as i32,
            rng.between(1, 400)
        );
        let _ = writeln!(toml, "category = \"{category}\"");
        let kind = *rng.pick(KINDS);
        let _ = writeln!(toml, "kind = \"{kind}\"");
        let _ = writeln!(toml, "start = {start}");
        let _ = writeln!(toml, "end = {end}");
        if let Some(day) = terminated {
            let _ = writeln!(toml, "terminated = {day}");
        }
        let value = (10f64.powf(4.7 + rng.unit() * 2.6) / 1000.0).round() * 1000.0;
        let _ = writeln!(toml, "annual_value = {value}");
        if rng.chance(0.10) {
            let _ = writeln!(toml, "business_critical = true");
        }
        if rng.chance(0.8) {
            let _ = writeln!(toml, "kraljic = \"{}\"", rng.pick(KRALJIC));
        }
        if rng.chance(0.03) {
            let _ = writeln!(toml, "priority = {}", rng.between(1, 3));
        }
        if self.contracts > 1 && rng.chance(0.08) {
            let other = (index + 1 + rng.below(self.contracts - 1)) % self.contracts;
            let _ = writeln!(toml, "successor = \"{}\"", self.key(other));
        }
        let _ = writeln!(
            toml,
            "keywords = [\"{}\", \"{}\"]",
            category.to_lowercase(),
            rng.pick(stems).to_lowercase()
        );
        // Frameworks, values and changes (SPEC §11) draw from their own stream, so the rest of
        // a contract stays as it was generated before they existed.
        let mut lou = Rng::new(self.seed, (1 << 40) + index as u64);
        let years = (end - start).num_days() as f64 / 365.0;
        let base = if lou.chance(0.4) {
            let contract_value = (value * years / 1000.0).round() * 1000.0;
            let _ = writeln!(toml, "contract_value = {contract_value}");
            contract_value
        } else {
            (value * years).round()
        };
        let mut base = base;
        if kind == "framework" && lou.chance(0.5) {
            let max_value = (base * (1.2 + lou.unit()) / 1000.0).round() * 1000.0;
            let _ = writeln!(toml, "max_value = {max_value}");
            base = max_value;
        }
        if category == "Fastighet" && lou.chance(0.3) {
            let _ = writeln!(toml, "works = true");
        }
        // Most long frameworks state their special reasons; the rest are findings.
        let all_options: u32 = options.iter().map(|o| o.months).sum();
        if kind == "framework"
            && add_months(end, all_options as i32) >= add_months(start, 48)
            && lou.chance(0.85)
        {
            let _ = writeln!(
                toml,
                "special_reasons = \"Leverantörernas investeringar kräver längre avskrivningstid\""
            );
        }
        let suppliers = if kind == "framework" && lou.chance(0.6) {
            lou.between(2, 5) as usize
        } else {
            1
        };
        let ranked = suppliers > 1 && lou.chance(0.6);
        if suppliers > 1 {
            let call_off = match (ranked, lou.chance(0.25)) {
                (true, false) => "ranking",
                (true, true) => "combined",
                (false, _) => "competition",
            };
            let _ = writeln!(toml, "call_off = \"{call_off}\"");
        }
        if suppliers == 1 {
            let _ = writeln!(toml, "\n[supplier]\nname = \"{supplier}\"");
            let _ = writeln!(toml, "org_no = \"{}\"", org_no(&mut rng));
        } else {
            // The rng stream draws the first org_no as before; the others from their own.
            let first = org_no(&mut rng);
            let mut org_nos = vec![first];
            while org_nos.len() < suppliers {
                let next = org_no(&mut lou);
                if !org_nos.contains(&next) {
                    org_nos.push(next);
                }
            }
            for (n, org) in org_nos.iter().enumerate() {
                let name = if n == 0 {
                    supplier.clone()
                } else {
                    format!(
                        "{}{} AB",
                        lou.pick(NAME_STEMS),
                        lou.pick(NAME_TAILS).to_lowercase()
                    )
                };
                let _ = writeln!(
                    toml,
                    "\n[[suppliers]]\nname = \"{name}\"\norg_no = \"{org}\""
                );
                if ranked {
                    let _ = writeln!(toml, "rank = {}", n + 1);
                }
            }
        }
        let _ = writeln!(
            toml,
            "\n[roles]\ncontroller = \"{}\"\nowner = \"{}\"",
            rng.pick(CONTROLLERS),
            rng.pick(OWNERS)
        );
        write_contacts(&mut toml, &mut rng, &supplier);
        for option in &options {
            let _ = writeln!(
                toml,
                "\n[[options]]\nmonths = {}\nnotice_months = {}\nexercised = {}\ndeclined = {}",
                option.months, option.notice_months, option.exercised, option.declined
            );
        }
        // Enough monthly KPIs that the row budget fits in the contract's life where it can.
        let history_end = effective_end.min(date(2026, 10, 31));
        let months_lived = Period::covering(start, history_end, Frequency::Monthly).len();
        let wanted = self.kpi_rows.div_ceil(months_lived.max(1));
        let kpis = pick_kpis(&mut rng, wanted);
        // A few monthly KPIs are seasonal, like winter road maintenance (November–March).
        let seasonal = kpis
            .iter()
            .position(|(_, f)| *f == Frequency::Monthly)
            .filter(|_| lou.chance(0.05));
        for (n, (template, frequency)) in kpis.iter().enumerate() {
            let _ = writeln!(
                toml,
                "\n[[kpis]]\nid = \"{}\"\nname = \"{}\"\nunit = \"{}\"\ntarget = {}\n\
                 direction = \"{}\"\nfrequency = \"{}\"",
                template.id,
                template.name,
                template.unit,
                template.target,
                if template.lower { "lower" } else { "higher" },
                frequency.as_str()
            );
            if seasonal == Some(n) {
                let _ = writeln!(toml, "months = [11, 12, 1, 2, 3]");
            }
        }
        let requirements = if rng.chance(0.6) {
            rng.between(1, 3)
        } else {
            0
        };
        let first_requirement = rng.below(REQUIREMENTS.len());
        for offset in 0..requirements as usize {
            let name = REQUIREMENTS[(first_requirement + offset) % REQUIREMENTS.len()];
            let _ = writeln!(toml, "\n[[requirements]]\nname = \"{name}\"");
        }

        let dir = self.out.join(&key);
        let io = |e: std::io::Error| format!("{}: {e}", dir.display());
        std::fs::create_dir(&dir).map_err(io)?;
        std::fs::write(dir.join("contract.toml"), toml).map_err(io)?;

        let (kpi_csv, kpi_count) =
            kpi_csv(&mut rng, &kpis, seasonal, start, history_end, self.kpi_rows);
        if kpi_count > 0 {
            std::fs::write(dir.join("kpi.csv"), kpi_csv).map_err(io)?;
        }
        let (log_csv, log_count) = log_csv(
            &mut rng,
            start,
            effective_end.min(today()),
            requirements > 0,
            self.log_rows,
        );
        // About one contract in ten has changes (ÄTA, tilläggsbeställningar), a few of them
        // near or over the limit; rows may be in any order, so they are appended.
        let mut log_csv = log_csv;
        let mut log_count = log_count;
        let history = effective_end.min(today());
        if start < history && base > 0.0 && lou.chance(0.1) {
            if log_count == 0 {
                log_csv = "date,type,ref,due,amount,note\n".to_string();
            }
            for n in 0..lou.between(1, 4) {
                let span = (history - start).num_days();
                let day = start + Duration::days(lou.between(0, span));
                let share = if lou.chance(0.15) {
                    -0.01
                } else {
                    0.005 + lou.unit() * 0.035
                };
                let amount = (base * share / 100.0).round() * 100.0;
                let _ = writeln!(
                    log_csv,
                    "{day},change,ÄTA-{},,{amount},Tilläggsbeställning",
                    n + 1
                );
                log_count += 1;
            }
        }
        if log_count > 0 {
            std::fs::write(dir.join("log.csv"), log_csv).map_err(io)?;
        }
        Ok((kpi_count, log_count))
    }
}

/// Options in a realistic state: those whose notice deadline has passed were decided
/// (exercised, or declined and then nothing more), except now and then one that was missed.
fn gen_options(rng: &mut Rng, end: NaiveDate) -> Vec<GenOption> {
    let count = *rng.pick(&[0, 0, 1, 2, 2, 3]);
    let mut options = Vec::with_capacity(count);
    let mut current_end = end;
    let mut open = true;
    for _ in 0..count {
        let months = *rng.pick(&[12u32, 12, 24]);
        let notice_months = *rng.pick(&[3u32, 6, 6, 9]);
        let deadline = add_months(current_end, -(notice_months as i32));
        let mut option = GenOption {
            months,
            notice_months,
            exercised: false,
            declined: false,
        };
        if open && deadline < today() && !rng.chance(0.05) {
            if rng.chance(0.8) {
                option.exercised = true;
                current_end = add_months(current_end, months as i32);
            } else {
                option.declined = true;
                open = false;
            }
        } else {
            open = false;
        }
        options.push(option);
    }
    options
}

fn write_contacts(toml: &mut String, rng: &mut Rng, supplier: &str) {
    let domain: String = supplier
        .trim_end_matches(" AB")
        .chars()
        .filter_map(ascii_letter)
        .collect();
    for index in 0..rng.below(4) {
        let first = *rng.pick(FIRST_NAMES);
        let last = *rng.pick(LAST_NAMES);
        let (party, role, mail_domain) = if index % 2 == 0 {
            ("supplier", "Kundansvarig", domain.as_str())
        } else {
            ("buyer", "Avtalscontroller", "testkommunen")
        };
        let mail: String = format!("{first}.{last}")
            .chars()
            .filter_map(|c| if c == '.' { Some('.') } else { ascii_letter(c) })
            .collect();
        let _ = writeln!(
            toml,
            "\n[[contacts]]\nname = \"{first} {last}\"\nparty = \"{party}\"\nrole = \"{role}\"\n\
             email = \"{mail}@{mail_domain}.example\"\nphone = \"+46 70 174 06 {:02}\"",
            rng.between(5, 99)
        );
        if index >= 2 {
            let _ = writeln!(toml, "escalation = true");
        }
    }
}

/// Lower-case ASCII letter for an e-mail address (å, ä, ö fold to a, a, o; others dropped).
fn ascii_letter(c: char) -> Option<char> {
    match c.to_ascii_lowercase() {
        'å' | 'ä' | 'Å' | 'Ä' => Some('a'),
        'ö' | 'Ö' => Some('o'),
        c if c.is_ascii_alphabetic() => Some(c),
        _ => None,
    }
}

/// A valid organisation number for a legal entity: `55NNNN-NNNC` with a Luhn check digit.
fn org_no(rng: &mut Rng) -> String {
    let mut digits = [5u32, 5, 6, 0, 0, 0, 0, 0, 0, 0];
    if rng.chance(0.3) {
        digits[2] = 9;
    }
    for digit in digits.iter_mut().take(9).skip(3) {
        *digit = rng.below(10) as u32;
    }
    let sum: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let weighted = if i % 2 == 0 { d * 2 } else { *d };
            weighted / 10 + weighted % 10
        })
        .sum();
    digits[9] = (10 - sum % 10) % 10;
    let text: String = digits
        .iter()
        .filter_map(|d| char::from_digit(*d, 10))
        .collect();
    format!("{}-{}", &text[..6], &text[6..])
}

/// 1–5 distinct KPIs (at least `monthly_wanted`, at most 5); the first `monthly_wanted` are
/// monthly so the row budget has somewhere to go.
fn pick_kpis(rng: &mut Rng, monthly_wanted: usize) -> Vec<(&'static KpiTemplate, Frequency)> {
    let count = (rng.between(1, 5) as usize).max(monthly_wanted).min(5);
    let first = rng.below(KPIS.len());
    (0..count)
        .map(|i| {
            let frequency = if i < monthly_wanted.max(1) {
                Frequency::Monthly
            } else {
                *rng.pick(&[
                    Frequency::Monthly,
                    Frequency::Monthly,
                    Frequency::Quarterly,
                    Frequency::Quarterly,
                    Frequency::Yearly,
                ])
            };
            (&KPIS[(first + i) % KPIS.len()], frequency)
        })
        .collect()
}

/// `kpi.csv` with about `budget` rows, sorted by period then KPI id.
fn kpi_csv(
    rng: &mut Rng,
    kpis: &[(&'static KpiTemplate, Frequency)],
    seasonal: Option<usize>,
    start: NaiveDate,
    history_end: NaiveDate,
    budget: usize,
) -> (String, usize) {
    // The last reported period is the one containing the history's end (or the start, for a
    // contract that has not begun yet); series run backwards from there.
    let last_day = history_end.max(start);
    let mut counts = vec![0usize; kpis.len()];
    let mut used = 0;
    for (index, (_, frequency)) in kpis.iter().enumerate() {
        if *frequency != Frequency::Monthly && start <= history_end {
            let periods = Period::covering(start, history_end, *frequency).len();
            counts[index] = periods.min(budget.saturating_sub(used) / 2);
            used += counts[index];
        }
    }
    let monthly: Vec<usize> = (0..kpis.len())
        .filter(|i| kpis[*i].1 == Frequency::Monthly)
        .collect();
    let remaining = budget.saturating_sub(used);
    for (n, index) in monthly.iter().enumerate() {
        counts[*index] = remaining / monthly.len() + usize::from(n < remaining % monthly.len());
    }

    let mut rows: Vec<(Period, usize)> = Vec::with_capacity(budget);
    for (index, (_, frequency)) in kpis.iter().enumerate() {
        let mut period = Period::containing(last_day, *frequency);
        let mut taken = 0;
        while taken < counts[index] {
            let in_season = match period {
                Period::Month { month, .. } => !matches!(month, 4..=10),
                _ => true,
            };
            if seasonal != Some(index) || in_season {
                rows.push((period, index));
                taken += 1;
            }
            period = previous(period);
        }
    }
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| kpis[a.1].0.id.cmp(kpis[b.1].0.id))
    });

    let mut csv = String::with_capacity(rows.len() * 40 + 32);
    csv.push_str("period,kpi,value,source,note\n");
    for (period, index) in &rows {
        let template = kpis[*index].0;
        let breach = rng.chance(0.06);
        let offset = rng.unit() * template.spread;
        // Good values lie on the right side of the target, breaches on the wrong side.
        let better = if template.lower { -offset } else { offset };
        let mut value = if breach {
            template.target - better - template.spread * 0.1
        } else {
            template.target + better
        };
        value = value.max(0.0);
        if template.unit == "%" {
            value = value.min(100.0);
        }
        let _ = write!(
            csv,
            "{period},{},{:.*},",
            template.id, template.decimals, value
        );
        if rng.chance(0.5) {
            let _ = write!(csv, "rapport-{period}.xlsx");
        }
        csv.push(',');
        if breach && rng.chance(0.3) {
            csv.push_str("Förklaring begärd");
        }
        csv.push('\n');
    }
    (csv, rows.len())
}

/// The period before `period`, of the same frequency.
fn previous(period: Period) -> Period {
    let day_before = period.start() - Duration::days(1);
    Period::containing(day_before, period.frequency())
}

/// `log.csv` with exactly `count` rows in date order: a start meeting, then follow-ups,
/// qualification checks, deviations with actions and resolutions, sanctions, decisions and
/// notes between the start and `history_end`. A contract that has not started yet gets
/// decisions and notes from the procurement before its start.
fn log_csv(
    rng: &mut Rng,
    start: NaiveDate,
    history_end: NaiveDate,
    has_requirements: bool,
    count: usize,
) -> (String, usize) {
    let mut rows: Vec<(NaiveDate, String)> = Vec::with_capacity(count);
    let started = start <= history_end;
    let (from, to) = if started {
        (start, history_end)
    } else {
        (start - Duration::days(200), start - Duration::days(1))
    };
    let span = (to - from).num_days().max(0);
    let day = |rng: &mut Rng| from + Duration::days(rng.between(0, span));
    // Most contracts are looked after: a start meeting, the latest qualification check near
    // its anniversary and a recent follow-up, so that `check` finds problems in a minority.
    if started && rows.len() < count && rng.chance(0.95) {
        let meeting = (start + Duration::days(rng.between(5, 30))).min(to);
        rows.push((meeting, "start-meeting,,,,Startmöte".to_string()));
    }
    let years = (to.year() - start.year()) * 12 + to.month() as i32 - start.month() as i32;
    let anniversary = add_months(start, (years / 12) * 12);
    let anniversary = if anniversary > to {
        add_months(start, (years / 12 - 1) * 12)
    } else {
        anniversary
    };
    if started && has_requirements && anniversary > start && rows.len() < count && rng.chance(0.85)
    {
        let checked = (anniversary - Duration::days(rng.between(0, 20))).max(start);
        rows.push((
            checked,
            "qualification-check,,,,Kvalificeringskrav kontrollerade".to_string(),
        ));
    }
    if started && rows.len() < count && rng.chance(0.85) {
        let held = (to - Duration::days(rng.between(0, 100))).max(start);
        rows.push((held, format!("followup,,,,{}", rng.pick(FOLLOWUP_NOTES))));
    }
    let mut deviations = 0;
    while rows.len() < count {
        let left = count - rows.len();
        let roll = rng.unit();
        if !started {
            let note = if roll < 0.5 {
                format!("decision,,,,{}", rng.pick(DECISION_NOTES))
            } else {
                format!("note,,,,{}", rng.pick(OTHER_NOTES))
            };
            rows.push((day(rng), note));
        } else if roll < 0.40 {
            rows.push((
                day(rng),
                format!("followup,,,,{}", rng.pick(FOLLOWUP_NOTES)),
            ));
        } else if roll < 0.50 && has_requirements {
            rows.push((
                day(rng),
                "qualification-check,,,,Kvalificeringskrav kontrollerade".to_string(),
            ));
        } else if roll < 0.60 && left >= 3 {
            deviations += 1;
            let reference = format!("AV-{deviations}");
            let registered = day(rng);
            let action = (registered + Duration::days(rng.between(1, 10))).min(to);
            let due = action + Duration::days(rng.between(20, 60));
            rows.push((
                registered,
                format!("deviation,{reference},,,{}", rng.pick(DEVIATION_NOTES)),
            ));
            rows.push((
                action,
                format!("action,{reference},{due},,{}", rng.pick(ACTION_NOTES)),
            ));
            let resolved = due + Duration::days(rng.between(-15, 20));
            if resolved <= to && rng.chance(0.95) {
                rows.push((
                    resolved.max(action),
                    format!("resolved,{reference},,,Åtgärdat"),
                ));
            }
        } else if roll < 0.64 {
            let reference = if deviations > 0 {
                format!("AV-{deviations}")
            } else {
                String::new()
            };
            rows.push((
                day(rng),
                format!(
                    "sanction,{reference},,{},Vite enligt avtalet",
                    rng.between(5, 100) * 1000
                ),
            ));
        } else if roll < 0.82 {
            rows.push((
                day(rng),
                format!("decision,,,,{}", rng.pick(DECISION_NOTES)),
            ));
        } else {
            rows.push((day(rng), format!("note,,,,{}", rng.pick(OTHER_NOTES))));
        }
    }
    // Stable: a deviation and its action on the same day keep their order.
    rows.sort_by_key(|row| row.0);
    let mut csv = String::with_capacity(rows.len() * 60 + 32);
    csv.push_str("date,type,ref,due,amount,note\n");
    for (day, row) in &rows {
        let _ = writeln!(csv, "{day},{row}");
    }
    (csv, rows.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(out: &Path, contracts: usize, seed: u64) -> Args {
        Args {
            contracts,
            seed,
            out: out.to_path_buf(),
            kpi_rows: 100,
            log_rows: 10,
            force: false,
            spend_rows: 0,
            spend_export: None,
            spend_workbook: None,
        }
    }

    /// Luhn over all ten digits, written independently of `org_no`.
    fn luhn_valid(text: &str) -> bool {
        let digits: Vec<u32> = text.chars().filter_map(|c| c.to_digit(10)).collect();
        let sum: u32 = digits
            .iter()
            .rev()
            .enumerate()
            .map(|(i, d)| {
                if i % 2 == 1 {
                    (d * 2) / 10 + (d * 2) % 10
                } else {
                    *d
                }
            })
            .sum();
        digits.len() == 10 && sum.is_multiple_of(10)
    }

    #[test]
    fn organisation_numbers_are_valid_for_legal_entities() {
        // The checker itself: SPEC's example and Skatteverket's are valid, one digit off is not.
        assert!(luhn_valid("556677-8899"));
        assert!(luhn_valid("212000-1355"));
        assert!(!luhn_valid("556677-8898"));
        assert!(!luhn_valid("556687-4459"));
        let mut rng = Rng::new(1, 1);
        for _ in 0..1000 {
            let number = org_no(&mut rng);
            assert_eq!(number.len(), 11, "{number}");
            assert_eq!(&number[6..7], "-", "{number}");
            assert!(luhn_valid(&number), "{number}");
            assert!(number.as_bytes()[2] >= b'2', "{number}");
        }
    }

    #[test]
    fn streams_are_reproducible_and_independent() {
        let draw = |seed, stream| {
            let mut rng = Rng::new(seed, stream);
            (0..4).map(|_| rng.next()).collect::<Vec<_>>()
        };
        assert_eq!(draw(1, 5), draw(1, 5));
        assert_ne!(draw(1, 5), draw(1, 6));
        assert_ne!(draw(1, 5), draw(2, 5));
        let mut rng = Rng::new(3, 3);
        for _ in 0..1000 {
            let x = rng.between(-2, 2);
            assert!((-2..=2).contains(&x));
            assert!(rng.unit() < 1.0);
        }
    }

    #[test]
    fn kpi_rows_are_sorted_unique_and_match_their_frequency() {
        let mut rng = Rng::new(9, 9);
        let kpis = vec![
            (&KPIS[0], Frequency::Monthly),
            (&KPIS[1], Frequency::Quarterly),
            (&KPIS[2], Frequency::Yearly),
            (&KPIS[3], Frequency::Monthly),
        ];
        let (csv, count) = kpi_csv(
            &mut rng,
            &kpis,
            None,
            date(2024, 3, 1),
            date(2026, 10, 31),
            100,
        );
        assert_eq!(count, 100);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("period,kpi,value,source,note"));
        let mut previous: Option<(Period, String)> = None;
        for line in lines {
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), 5, "{line}");
            let period = Period::parse(fields[0]).expect("a canonical period");
            let (_, frequency) = kpis
                .iter()
                .find(|(t, _)| t.id == fields[1])
                .expect("a KPI of the contract");
            assert_eq!(period.frequency(), *frequency, "{line}");
            assert!(fields[2].parse::<f64>().is_ok(), "{line}");
            let key = (period, fields[1].to_string());
            if let Some(previous) = &previous {
                assert!(*previous < key, "not sorted or duplicated: {line}");
            }
            previous = Some(key);
        }
        // Quarterly and yearly KPIs cover the contract's life up to the history's end.
        assert!(csv.contains("\n2024-Q1,reklamationer,"));
        assert!(csv.contains("\n2026-Q4,reklamationer,"));
        assert!(csv.contains("\n2024,nki,"));
    }

    #[test]
    fn journal_refs_are_consistent() {
        for stream in 0..200 {
            let mut rng = Rng::new(4, stream);
            let (csv, count) = log_csv(&mut rng, date(2023, 1, 1), date(2026, 11, 22), true, 12);
            assert_eq!(count, 12);
            let mut deviations = std::collections::BTreeSet::new();
            let mut dates = Vec::new();
            for line in csv.lines().skip(1) {
                let fields: Vec<&str> = line.split(',').collect();
                assert_eq!(fields.len(), 6, "{line}");
                dates.push(fields[0].to_string());
                match fields[1] {
                    "deviation" => assert!(deviations.insert(fields[2].to_string()), "{line}"),
                    "action" => {
                        assert!(deviations.contains(fields[2]), "{line}");
                        assert!(!fields[3].is_empty(), "{line}");
                    }
                    "resolved" => assert!(deviations.contains(fields[2]), "{line}"),
                    "sanction" => assert!(fields[4].parse::<u64>().is_ok(), "{line}"),
                    _ => {}
                }
            }
            let mut sorted = dates.clone();
            sorted.sort();
            assert_eq!(dates, sorted);
        }
    }

    #[test]
    fn generated_register_loads_and_is_reproducible() {
        let first = tempfile::tempdir().expect("temp dir");
        let second = tempfile::tempdir().expect("temp dir");
        run(&args(first.path(), 60, 11)).expect("generated");
        run(&args(second.path(), 60, 11)).expect("generated");
        let register =
            avtal::load::load_register(first.path(), avtal::load::LanguageChoice::default())
                .expect("a valid register");
        assert_eq!(register.contracts.len(), 60);
        let rows: usize = register.contracts.iter().map(|c| c.kpi_rows.len()).sum();
        assert_eq!(rows, 6000);
        for contract in &register.contracts {
            let dir = first.path().join(&contract.key);
            for file in ["contract.toml", "kpi.csv", "log.csv"] {
                let a = std::fs::read(dir.join(file)).expect("file");
                let b = std::fs::read(second.path().join(&contract.key).join(file)).expect("file");
                assert_eq!(a, b, "{}/{file} differs between runs", contract.key);
            }
        }
    }

    #[test]
    fn frameworks_values_and_changes_in_realistic_shares() {
        let dir = tempfile::tempdir().expect("temp dir");
        run(&args(dir.path(), 400, 3)).expect("generated");
        let register =
            avtal::load::load_register(dir.path(), avtal::load::LanguageChoice::default())
                .expect("a valid register");
        let share = |f: &dyn Fn(&avtal::model::Contract) -> bool| {
            register.contracts.iter().filter(|c| f(c)).count() as f64 / 400.0
        };
        let several = share(&|c| c.suppliers.len() > 1);
        assert!(
            (0.1..0.4).contains(&several),
            "several suppliers: {several}"
        );
        assert!(share(&|c| c.suppliers.iter().any(|s| s.rank == Some(2))) > 0.02);
        assert!(share(&|c| c.call_off.is_some()) > 0.05);
        assert!(share(&|c| c.max_value.is_some()) > 0.05);
        assert!(share(&|c| c.kpis.iter().any(|k| !k.months.is_empty())) > 0.01);
        let changes = share(&|c| {
            c.log
                .iter()
                .any(|e| e.kind == avtal::model::LogType::Change)
        });
        assert!((0.03..0.2).contains(&changes), "changes: {changes}");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let findings = avtal::rules::checks::check(&register, today);
        let lou = findings
            .iter()
            .filter(|f| {
                f.code.as_str().starts_with("framework-") || f.code.as_str().starts_with("change-")
            })
            .count();
        assert!(lou > 0 && lou < 60, "{lou} LOU findings");
    }

    #[test]
    fn refuses_a_non_empty_folder_without_force() {
        let out = tempfile::tempdir().expect("temp dir");
        let note = out.path().join("notes.txt");
        std::fs::write(&note, "keep me").expect("write");
        let error = run(&args(out.path(), 2, 1)).expect_err("refused");
        assert!(error.contains("not empty"), "{error}");
        assert!(!out.path().join("avtal.toml").exists());

        let mut forced = args(out.path(), 2, 1);
        forced.force = true;
        run(&forced).expect("generated");
        forced.contracts = 1;
        run(&forced).expect("generated again");
        let register =
            avtal::load::load_register(out.path(), avtal::load::LanguageChoice::default())
                .expect("a valid register");
        assert_eq!(
            register.contracts.len(),
            1,
            "stale contract folders are removed"
        );
        assert_eq!(std::fs::read_to_string(&note).expect("kept"), "keep me");
    }
}
