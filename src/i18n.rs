//! Small formatting helpers for Swedish and English documents.

use crate::messages;
use crate::model::{Kind, Kraljic, Language};
use crate::money::Money;

/// Formats a number with `decimals` decimals: Swedish uses a decimal comma and a no-break space
/// between thousands (`4 500 000,5`), English a point and commas (`4,500,000.5`).
pub fn number(value: f64, decimals: usize, lang: Language) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (integer, fraction) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text.clone(), None),
    };
    let (group, point) = match lang {
        Language::Sv => ('\u{a0}', ','),
        Language::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, ch) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    let negative = value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&grouped);
    if let Some(fraction) = fraction {
        out.push(point);
        out.push_str(&fraction);
    }
    out
}

/// A KPI value or target: as few decimals as it needs (at most 4), in the language's style.
pub fn value(value: f64, lang: Language) -> String {
    let mut text = number(value, 4, lang);
    let point = match lang {
        Language::Sv => ",",
        Language::En => ".",
    };
    if text.contains(point) {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with(point) {
            text.pop();
        }
    }
    text
}

/// An amount in SEK: `4 500 000 kr` / `SEK 4,500,000`.
pub fn sek(amount: f64, lang: Language) -> String {
    match lang {
        Language::Sv => format!("{}\u{a0}kr", number(amount, 0, lang)),
        Language::En => format!("SEK {}", number(amount, 0, lang)),
    }
}

/// An exact amount in SEK: whole kronor when it has no öre, else two decimals
/// (`1 250 000 kr`, `-40 000,50 kr` / `SEK 1,250,000`).
pub fn money(amount: Money, lang: Language) -> String {
    let decimals = if amount.ore() % 100 == 0 { 0 } else { 2 };
    let text = number(amount.as_sek(), decimals, lang);
    match lang {
        Language::Sv => format!("{text}\u{a0}kr"),
        Language::En => format!("SEK {text}"),
    }
}

/// An amount in millions of SEK with one decimal: `4,5 Mkr` / `SEK 4.5 m`.
pub fn mkr(amount: f64, lang: Language) -> String {
    let millions = number(amount / 1_000_000.0, 1, lang);
    match lang {
        Language::Sv => format!("{millions}\u{a0}Mkr"),
        Language::En => format!("SEK {millions} m"),
    }
}

/// The kind of agreement in words.
pub fn kind_label(kind: Kind, lang: Language) -> &'static str {
    match kind {
        Kind::Contract => messages::of(lang).kind_contract(),
        Kind::Framework => messages::of(lang).kind_framework(),
        Kind::NationalCallOff => messages::of(lang).kind_national_call_off(),
    }
}

/// The Kraljic segment in words.
pub fn kraljic_label(kraljic: Kraljic, lang: Language) -> &'static str {
    match kraljic {
        Kraljic::Strategic => messages::of(lang).kraljic_strategic(),
        Kraljic::Leverage => messages::of(lang).kraljic_leverage(),
        Kraljic::Bottleneck => messages::of(lang).kraljic_bottleneck(),
        Kraljic::NonCritical => messages::of(lang).kraljic_non_critical(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_and_english_numbers() {
        assert_eq!(
            number(4_500_000.5, 1, Language::Sv),
            "4\u{a0}500\u{a0}000,5"
        );
        assert_eq!(number(4_500_000.5, 1, Language::En), "4,500,000.5");
        assert_eq!(number(-1234.0, 0, Language::En), "-1,234");
        assert_eq!(number(-0.01, 1, Language::En), "0.0");
        assert_eq!(value(93.5, Language::Sv), "93,5");
        assert_eq!(value(95.0, Language::Sv), "95");
        assert_eq!(mkr(4_500_000.0, Language::Sv), "4,5\u{a0}Mkr");
        assert_eq!(sek(1200.0, Language::En), "SEK 1,200");
        assert_eq!(
            money(Money::from_ore(-4_000_050), Language::Sv),
            "-40\u{a0}000,50\u{a0}kr"
        );
        assert_eq!(
            money(Money::from_kronor(1_250_000), Language::En),
            "SEK 1,250,000"
        );
    }
}
