//! Calendar arithmetic and KPI periods (SPEC §3, §2.3).

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// `add_months(d, n)`: the same day of month `n` months later (or earlier, for negative `n`),
/// clamped to the last day of the target month (2024-01-31 + 1 = 2024-02-29).
pub fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let total = date.year() * 12 + date.month0() as i32 + months;
    let year = total.div_euclid(12);
    let month = total.rem_euclid(12) as u32 + 1;
    let day = date.day().min(days_in_month(year, month));
    // The clamped day always exists; fall back to the input only if chrono's range is exceeded.
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(date)
}

/// Number of days in `month` (1..=12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    match (
        NaiveDate::from_ymd_opt(year, month, 1),
        NaiveDate::from_ymd_opt(next_year, next_month, 1),
    ) {
        (Some(first), Some(next)) => (next - first).num_days() as u32,
        _ => 31,
    }
}

/// Parses a strict `YYYY-MM-DD` date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: i32 = digits(&text[0..4])?;
    let month: u32 = digits(&text[5..7])?;
    let day: u32 = digits(&text[8..10])?;
    NaiveDate::from_ymd_opt(year, month, day)
}

fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// How often a supplier reports a KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Frequency {
    /// One value per calendar month (`YYYY-MM`).
    #[default]
    Monthly,
    /// One value per calendar quarter (`YYYY-Qn`).
    Quarterly,
    /// One value per calendar year (`YYYY`).
    Yearly,
}

impl Frequency {
    /// Every frequency, in the order of the spelling list.
    pub const ALL: [Frequency; 3] = [Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly];

    /// The spelling used in `contract.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::Yearly => "yearly",
        }
    }

    /// Parses the spelling used in `contract.toml`.
    pub fn parse(text: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// A KPI reporting period: a month, a quarter or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// A calendar month, `month` in 1..=12.
    Month { year: i32, month: u32 },
    /// A calendar quarter, `quarter` in 1..=4.
    Quarter { year: i32, quarter: u32 },
    /// A calendar year.
    Year(i32),
}

impl Period {
    /// The period of `frequency` that contains `date`.
    pub fn containing(date: NaiveDate, frequency: Frequency) -> Period {
        match frequency {
            Frequency::Monthly => Period::Month {
                year: date.year(),
                month: date.month(),
            },
            Frequency::Quarterly => Period::Quarter {
                year: date.year(),
                quarter: date.month0() / 3 + 1,
            },
            Frequency::Yearly => Period::Year(date.year()),
        }
    }

    /// The frequency this period belongs to.
    pub fn frequency(self) -> Frequency {
        match self {
            Period::Month { .. } => Frequency::Monthly,
            Period::Quarter { .. } => Frequency::Quarterly,
            Period::Year(_) => Frequency::Yearly,
        }
    }

    /// The calendar year of the period.
    pub fn year(self) -> i32 {
        match self {
            Period::Month { year, .. } | Period::Quarter { year, .. } | Period::Year(year) => year,
        }
    }

    /// First day of the period.
    pub fn start(self) -> NaiveDate {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter } => (year, quarter * 3 - 2),
            Period::Year(year) => (year, 1),
        };
        NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// Last day of the period.
    pub fn end(self) -> NaiveDate {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter } => (year, quarter * 3),
            Period::Year(year) => (year, 12),
        };
        NaiveDate::from_ymd_opt(year, month, days_in_month(year, month)).unwrap_or(NaiveDate::MAX)
    }

    /// The following period of the same frequency.
    pub fn next(self) -> Period {
        match self {
            Period::Month { year, month: 12 } => Period::Month {
                year: year + 1,
                month: 1,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month + 1,
            },
            Period::Quarter { year, quarter: 4 } => Period::Quarter {
                year: year + 1,
                quarter: 1,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter + 1,
            },
            Period::Year(year) => Period::Year(year + 1),
        }
    }

    /// Parses the canonical spelling of `kpi.csv`: `YYYY-MM`, `YYYY-Qn` or `YYYY`.
    pub fn parse(text: &str) -> Option<Period> {
        let bytes = text.as_bytes();
        match bytes.len() {
            4 => digits(text).map(Period::Year),
            7 if bytes[4] == b'-' => {
                let year = digits(&text[0..4])?;
                if bytes[5] == b'Q' {
                    let quarter: u32 = digits(&text[6..7])?;
                    (1..=4)
                        .contains(&quarter)
                        .then_some(Period::Quarter { year, quarter })
                } else {
                    let month: u32 = digits(&text[5..7])?;
                    (1..=12)
                        .contains(&month)
                        .then_some(Period::Month { year, month })
                }
            }
            _ => None,
        }
    }

    /// All periods of `frequency` that overlap the closed date range `[from, to]`.
    pub fn covering(from: NaiveDate, to: NaiveDate, frequency: Frequency) -> Vec<Period> {
        let mut periods = Vec::new();
        if from > to {
            return periods;
        }
        let mut period = Period::containing(from, frequency);
        while period.start() <= to {
            periods.push(period);
            period = period.next();
        }
        periods
    }
}

impl Period {
    /// An integer that orders periods chronologically: by first day, then by last day (a month
    /// before the quarter and the year that start with it). Cheap: no dates are built.
    pub fn sort_key(self) -> i64 {
        let (year, first_month, span) = match self {
            Period::Month { year, month } => (year, month, 0),
            Period::Quarter { year, quarter } => (year, quarter * 3 - 2, 1),
            Period::Year(year) => (year, 1, 2),
        };
        i64::from(year) * 1000 + i64::from(first_month) * 10 + span
    }
}

/// Periods sort chronologically: by first day, then by last day (month before quarter before year).
impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Period::Year(year) => write!(f, "{year:04}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(add_months(d("2024-01-31"), 1), d("2024-02-29"));
        assert_eq!(add_months(d("2023-01-31"), 1), d("2023-02-28"));
        assert_eq!(add_months(d("2024-08-31"), 6), d("2025-02-28"));
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2024-02-29"), 48), d("2028-02-29"));
    }

    #[test]
    fn add_months_negative_and_across_years() {
        assert_eq!(add_months(d("2026-03-31"), -1), d("2026-02-28"));
        assert_eq!(add_months(d("2026-01-15"), -13), d("2024-12-15"));
        assert_eq!(add_months(d("2028-02-29"), -6), d("2027-08-29"));
        assert_eq!(add_months(d("2026-05-10"), 0), d("2026-05-10"));
    }

    #[test]
    fn parse_date_is_strict() {
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-2-3"), None);
        assert_eq!(parse_date("2026-02-28"), Some(d("2026-02-28")));
        assert_eq!(parse_date("2024-02-29"), Some(d("2024-02-29")));
        assert_eq!(parse_date("+026-02-28"), None);
    }

    #[test]
    fn periods_parse_and_print() {
        for text in ["2026-01", "2026-12", "2026-Q1", "2026-Q4", "2026"] {
            assert_eq!(Period::parse(text).unwrap().to_string(), text);
        }
        for text in [
            "2026-13", "2026-00", "2026-Q5", "2026-Q0", "26", "2026-1", "2026-q1",
        ] {
            assert_eq!(Period::parse(text), None, "{text}");
        }
    }

    #[test]
    fn period_bounds() {
        let q1 = Period::parse("2024-Q1").unwrap();
        assert_eq!((q1.start(), q1.end()), (d("2024-01-01"), d("2024-03-31")));
        let feb = Period::parse("2024-02").unwrap();
        assert_eq!(feb.end(), d("2024-02-29"));
        assert_eq!(Period::Year(2026).end(), d("2026-12-31"));
        assert_eq!(
            Period::containing(d("2026-08-15"), Frequency::Quarterly).to_string(),
            "2026-Q3"
        );
    }

    #[test]
    fn covering_lists_overlapping_periods() {
        let months = Period::covering(d("2026-01-15"), d("2026-03-01"), Frequency::Monthly);
        let names: Vec<String> = months.iter().map(|p| p.to_string()).collect();
        assert_eq!(names, ["2026-01", "2026-02", "2026-03"]);
    }

    #[test]
    fn sort_key_agrees_with_start_then_end() {
        let mut periods = Period::covering(d("2024-01-01"), d("2026-12-31"), Frequency::Monthly);
        periods.extend(Period::covering(
            d("2024-01-01"),
            d("2026-12-31"),
            Frequency::Quarterly,
        ));
        periods.extend(Period::covering(
            d("2024-01-01"),
            d("2026-12-31"),
            Frequency::Yearly,
        ));
        for a in &periods {
            for b in &periods {
                let by_dates = (a.start(), a.end()).cmp(&(b.start(), b.end()));
                assert_eq!(a.cmp(b), by_dates, "{a} vs {b}");
            }
        }
    }

    #[test]
    fn periods_sort_chronologically() {
        let mut periods: Vec<Period> = ["2026", "2026-Q1", "2025-12", "2026-01"]
            .iter()
            .filter_map(|t| Period::parse(t))
            .collect();
        periods.sort();
        let names: Vec<String> = periods.iter().map(|p| p.to_string()).collect();
        assert_eq!(names, ["2025-12", "2026-01", "2026-Q1", "2026"]);
    }
}
