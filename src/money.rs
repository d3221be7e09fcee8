//! Exact money: amounts in whole öre (SPEC §11). Sums of change entries, limits, spend and
//! ceilings are compared exactly, so that "80 % of the limit" never depends on float noise.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount of Swedish kronor, stored as whole öre in an `i128`: one amount is at most
/// [`MAX_AMOUNT_SEK`] (10^17 öre), so a sum of any number of them that a computer can hold is
/// exact and never wraps or saturates (issue 31: a year of invoices of 999,999,999,999,999 kr and
/// their credit notes sums to 0, not to −7.8·10^18).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i128);

/// The largest amount of kronor a register value or supplier file may hold (either sign):
/// 10^15 kr, far above any public budget. Every amount is checked against it where it is read,
/// with a located error (issue 31), and sums are exact whatever their number.
pub const MAX_AMOUNT_SEK: f64 = 1e15;

impl Money {
    /// Zero kronor.
    pub const ZERO: Money = Money(0);

    /// An amount of whole öre.
    pub const fn from_ore(ore: i64) -> Money {
        Money(ore as i128)
    }

    /// Whole kronor.
    pub const fn from_kronor(kronor: i64) -> Money {
        Money(kronor as i128 * 100)
    }

    /// A computed amount of whole kronor (a derived contract value, which may exceed the bound of
    /// one stored amount): never "nothing" for a large value.
    pub fn from_whole_kronor(kronor: f64) -> Money {
        if kronor.is_nan() {
            return Money::ZERO;
        }
        // `as` saturates at the ends of i128, far beyond any value a register can derive.
        Money((kronor.round() as i128).saturating_mul(100))
    }

    /// Kronor given as a decimal number, rounded half away from zero to whole öre; `None` when
    /// the number is not finite or beyond ±10^15 kronor.
    pub fn from_sek(sek: f64) -> Option<Money> {
        if !sek.is_finite() || sek.abs() > MAX_AMOUNT_SEK {
            return None;
        }
        // `f64::round` rounds halves away from zero; go through a decimal string so that
        // 0.125 kr, written as such, is 13 öre and not the binary neighbour's 12.
        let text = format!("{sek:.6}");
        let ore: f64 = text.parse::<f64>().ok()? * 100.0;
        Some(Money(ore.round() as i128))
    }

    /// The amount in öre.
    pub const fn ore(self) -> i128 {
        self.0
    }

    /// The amount in kronor as a float, for output only.
    pub fn as_sek(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// The absolute amount.
    pub const fn abs(self) -> Money {
        Money(self.0.saturating_abs())
    }

    /// `percent` % of the amount, rounded half away from zero to whole öre.
    pub fn percent(self, percent: i64) -> Money {
        let product = self.0.saturating_mul(i128::from(percent));
        let rounded = if product >= 0 {
            (product + 50) / 100
        } else {
            (product - 50) / 100
        };
        Money(rounded)
    }

    /// `self` is at least `numerator / denominator` of `whole`, compared exactly
    /// (`denominator × self >= numerator × whole`).
    pub fn reaches_share_of(self, whole: Money, numerator: i64, denominator: i64) -> bool {
        i128::from(denominator).saturating_mul(self.0)
            >= i128::from(numerator).saturating_mul(whole.0)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        *self = *self + other;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money(self.0.saturating_sub(other.0))
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(self.0.saturating_neg())
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl fmt::Display for Money {
    /// Plain machine form: `1250000.5`, `-12.25` (JSON and CSV use [`Money::as_sek`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let ore = self.0.unsigned_abs();
        let (kronor, rest) = (ore / 100, ore % 100);
        match rest {
            0 => write!(f, "{sign}{kronor}"),
            r if r % 10 == 0 => write!(f, "{sign}{kronor}.{}", r / 10),
            r => write!(f, "{sign}{kronor}.{r:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn from_sek_rounds_half_away_from_zero() {
        assert_eq!(Money::from_sek(0.125), Some(Money::from_ore(13)));
        assert_eq!(Money::from_sek(-0.125), Some(Money::from_ore(-13)));
        assert_eq!(
            Money::from_sek(1250000.0),
            Some(Money::from_kronor(1_250_000))
        );
        assert_eq!(Money::from_sek(f64::NAN), None);
        assert_eq!(Money::from_sek(1e16), None);
    }

    #[test]
    fn percent_rounds_to_whole_ore() {
        assert_eq!(Money::from_ore(5).percent(10), Money::from_ore(1));
        assert_eq!(Money::from_ore(15).percent(10), Money::from_ore(2));
        assert_eq!(Money::from_ore(-15).percent(10), Money::from_ore(-2));
        assert_eq!(
            Money::from_kronor(18_000_000).percent(10),
            Money::from_kronor(1_800_000)
        );
    }

    #[test]
    fn share_comparison_is_exact() {
        let limit = Money::from_kronor(1_000);
        assert!(Money::from_kronor(800).reaches_share_of(limit, 4, 5));
        assert!(!Money::from_ore(79_999).reaches_share_of(limit, 4, 5));
    }

    #[test]
    fn display_is_plain() {
        assert_eq!(Money::from_ore(125_000_050).to_string(), "1250000.5");
        assert_eq!(Money::from_ore(-1225).to_string(), "-12.25");
        assert_eq!(Money::from_ore(700).to_string(), "7");
    }

    /// The most öre one stored amount may hold (10^15 kr).
    const MAX_ORE: i64 = 100_000_000_000_000_000;

    #[test]
    fn invoices_at_the_bound_and_their_credit_notes_sum_to_zero() {
        let invoice = Money::from_ore(99_999_999_999_999_999);
        let year: Money = std::iter::repeat_n(invoice, 100)
            .chain(std::iter::repeat_n(-invoice, 100))
            .sum();
        assert_eq!(year, Money::ZERO);
        let invoices: Money = std::iter::repeat_n(invoice, 100).sum();
        assert_eq!(invoices.ore(), 100 * 99_999_999_999_999_999);
        assert_eq!(invoices.to_string(), "99999999999999999");
    }

    #[test]
    fn a_derived_value_above_the_bound_is_kept_not_lost() {
        assert_eq!(
            Money::from_whole_kronor(2.5e14 * 4.0),
            Money::from_kronor(1_000_000_000_000_000)
        );
        assert_eq!(Money::from_whole_kronor(1e20).ore(), 10i128.pow(22));
        assert_eq!(Money::from_whole_kronor(f64::NAN), Money::ZERO);
    }

    proptest! {
        /// The sum of any list of stored amounts equals the exact big-integer sum (issue 31).
        #[test]
        fn sums_of_stored_amounts_are_exact(amounts in proptest::collection::vec(-MAX_ORE..=MAX_ORE, 0..400)) {
            let exact: i128 = amounts.iter().map(|a| i128::from(*a)).sum();
            let sum: Money = amounts.iter().map(|a| Money::from_ore(*a)).sum();
            prop_assert_eq!(sum.ore(), exact);
            let mut running = Money::ZERO;
            for amount in &amounts {
                running += Money::from_ore(*amount);
            }
            prop_assert_eq!(running.ore(), exact);
        }

        #[test]
        fn percent_never_exceeds_the_whole(ore in 0i64..1_000_000_000_000, pct in 0i64..=100) {
            prop_assert!(Money::from_ore(ore).percent(pct) <= Money::from_ore(ore));
        }

        #[test]
        fn whole_kronor_round_trip(kronor in -1_000_000_000i64..1_000_000_000) {
            prop_assert_eq!(Money::from_sek(kronor as f64), Some(Money::from_kronor(kronor)));
        }
    }
}
