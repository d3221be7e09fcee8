//! The labelled contract facts that `show`, `report` and the follow-up workbook share: who the
//! contract is with, how orderers call off, and its values against the LOU change limit
//! (SPEC §11). Each document adds its own extras (dates, options, roles) around these.

use crate::i18n;
use crate::messages;
use crate::model::{CallOff, Contract, Language, Supplier};
use crate::money::Money;
use crate::rules::checks::change_basis;
use crate::rules::lou::ChangeLimit;

/// One labelled fact: (label, value).
pub type Fact = (String, String);

fn none() -> String {
    "–".to_string()
}

/// Key, title, registry number, category and kind.
pub fn identity(c: &Contract, lang: Language) -> Vec<Fact> {
    let m = messages::of(lang);
    vec![
        (m.doc_contract().to_string(), c.key.clone()),
        (m.facts_title().to_string(), c.title.clone()),
        (
            m.doc_registry_number().to_string(),
            c.diarienummer.clone().unwrap_or_else(none),
        ),
        (
            m.doc_category().to_string(),
            c.category.clone().unwrap_or_else(none),
        ),
        (
            m.facts_kind().to_string(),
            i18n::kind_label(c.kind, lang).to_string(),
        ),
    ]
}

/// A supplier in one line: "Edu AB (556677-8899)".
pub fn supplier_text(supplier: &Supplier) -> String {
    match &supplier.org_no {
        Some(org_no) => format!("{} ({org_no})", supplier.name),
        None => supplier.name.clone(),
    }
}

/// Every supplier with its rank, in SPEC §2.2's order: "1. Edu AB (556677-8899); 2. Lär AB".
pub fn suppliers_line(c: &Contract) -> String {
    let parts: Vec<String> = c
        .suppliers
        .iter()
        .map(|s| match s.rank {
            Some(rank) => format!("{rank}. {}", supplier_text(s)),
            None => supplier_text(s),
        })
        .collect();
    parts.join("; ")
}

/// Every supplier's name, in order: "Edu AB, Lär AB" (document headings).
pub fn supplier_names(c: &Contract) -> String {
    let names: Vec<&str> = c.suppliers.iter().map(|s| s.name.as_str()).collect();
    names.join(", ")
}

/// SPEC §11's `suppliers` array: name, org_no and rank (null where not set), in order.
pub fn suppliers_json(c: &Contract) -> serde_json::Value {
    c.suppliers
        .iter()
        .map(|s| serde_json::json!({"name": s.name, "org_no": s.org_no, "rank": s.rank}))
        .collect()
}

/// The values of SPEC §11 as JSON: exact amounts in SEK, the limit and the room left.
pub fn values_json(c: &Contract, change: &ChangeLimit) -> serde_json::Value {
    let sek = |m: Money| super::json_number(m.as_sek());
    serde_json::json!({
        "contract_value": sek(c.contract_value()),
        "max_value": c.max_value.map(sek),
        "base_value": sek(change.base),
        "net_change": sek(change.net),
        "change_limit": sek(change.limit),
        "room_left": sek(change.room()),
    })
}

/// The rank-1 supplier and how many more: "Edu AB +2" (the plan's supplier column).
pub fn supplier_short(c: &Contract) -> String {
    match c.suppliers.len() {
        0 | 1 => c.supplier().name.clone(),
        n => format!("{} +{}", c.supplier().name, n - 1),
    }
}

/// How orderers call off, in words.
pub fn call_off_label(call_off: CallOff, lang: Language) -> &'static str {
    match call_off {
        CallOff::Ranking => messages::of(lang).facts_call_off_ranking(),
        CallOff::Competition => messages::of(lang).facts_call_off_competition(),
        CallOff::Combined => messages::of(lang).facts_call_off_combined(),
    }
}

/// The suppliers (one supplier as name and organisation number; several one line each with
/// their rank), then the call-off method, works and special reasons where they are set.
pub fn suppliers(c: &Contract, lang: Language) -> Vec<Fact> {
    supplier_facts(c, lang, false)
}

/// [`suppliers`] as the meeting pack has always written one supplier: a single line
/// "Edu AB (556677-8899)", so that single-supplier reports read as before.
pub fn suppliers_compact(c: &Contract, lang: Language) -> Vec<Fact> {
    supplier_facts(c, lang, true)
}

fn supplier_facts(c: &Contract, lang: Language, compact: bool) -> Vec<Fact> {
    let m = messages::of(lang);
    let mut facts = Vec::new();
    match c.suppliers.as_slice() {
        [only] if only.rank.is_none() && compact => {
            facts.push((m.doc_supplier().to_string(), supplier_text(only)));
        }
        [only] if only.rank.is_none() => {
            facts.push((m.doc_supplier().to_string(), only.name.clone()));
            facts.push((
                m.facts_company_number().to_string(),
                only.org_no.clone().unwrap_or_else(none),
            ));
        }
        all => {
            for supplier in all {
                let name = match supplier.rank {
                    Some(rank) => m.facts_supplier_rank(rank),
                    None => m.doc_supplier().to_string(),
                };
                facts.push((name, supplier_text(supplier)));
            }
        }
    }
    if let Some(call_off) = c.call_off {
        facts.push((
            m.facts_call_off().to_string(),
            call_off_label(call_off, lang).to_string(),
        ));
    }
    if c.works {
        facts.push((
            m.facts_works_contract().to_string(),
            m.doc_yes().to_string(),
        ));
    }
    if let Some(reasons) = &c.special_reasons {
        facts.push((
            m.facts_special_reasons_longer_term().to_string(),
            reasons.clone(),
        ));
    }
    facts
}

/// The values and the change limit of SPEC §11: contract value, maximum value, base value, net
/// change value, the limit and how much room is left. Nothing for a contract without any value.
pub fn values(c: &Contract, change: &ChangeLimit, lang: Language) -> Vec<Fact> {
    let m = messages::of(lang);
    if change.base == Money::ZERO && c.contract_value.is_none() && c.max_value.is_none() {
        return Vec::new();
    }
    let mut contract_value = i18n::money(c.contract_value(), lang);
    if c.contract_value.is_none() {
        contract_value.push_str(messages::of(lang).facts_estimated_from_annual_value());
    }
    let mut facts = vec![(m.facts_contract_value().to_string(), contract_value)];
    if let Some(max_value) = c.max_value {
        facts.push((
            m.doc_maximum_value().to_string(),
            i18n::money(max_value, lang),
        ));
    }
    if change.base == Money::ZERO {
        return facts;
    }
    facts.push((
        m.facts_net_changes().to_string(),
        i18n::money(change.net, lang),
    ));
    facts.push((
        m.facts_change_limit().to_string(),
        format!(
            "{} ({}; {})",
            i18n::money(change.limit, lang),
            change_basis(change, lang),
            messages::of(lang).facts_lou_17_9()
        ),
    ));
    let room = change.room();
    let left = if room >= Money::ZERO {
        i18n::money(room, lang)
    } else {
        m.facts_over_the_limit(&i18n::money(-room, lang))
    };
    facts.push((m.facts_room_left().to_string(), left));
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LouSettings;
    use crate::model::test_support::{contract, d};
    use crate::rules::lou::change_limit;
    use serde_json::json;

    fn ranked(name: &str, rank: Option<u32>, org_no: Option<&str>) -> Supplier {
        Supplier {
            name: name.into(),
            org_no: org_no.map(str::to_string),
            rank,
        }
    }

    #[test]
    fn one_supplier_keeps_two_rows_several_get_their_rank() {
        let mut c = contract("a", "2024-01-01", "2027-12-31");
        let facts = suppliers(&c, Language::Sv);
        assert_eq!(facts[0], ("Leverantör".into(), "Leverantör AB".into()));
        assert_eq!(facts[1], ("Organisationsnummer".into(), "–".into()));
        c.suppliers = vec![
            ranked("Edu AB", Some(1), Some("556677-8899")),
            ranked("Lär AB", Some(2), None),
            ranked("Plugg AB", None, None),
        ];
        c.call_off = Some(CallOff::Ranking);
        let facts = suppliers(&c, Language::En);
        assert_eq!(
            facts,
            [
                ("Supplier, rank 1".into(), "Edu AB (556677-8899)".into()),
                ("Supplier, rank 2".into(), "Lär AB".into()),
                ("Supplier".into(), "Plugg AB".into()),
                ("Call-off".into(), "ranking order".into()),
            ]
        );
        assert_eq!(
            suppliers_line(&c),
            "1. Edu AB (556677-8899); 2. Lär AB; Plugg AB"
        );
        assert_eq!(supplier_short(&c), "Edu AB +2");
        assert_eq!(supplier_names(&c), "Edu AB, Lär AB, Plugg AB");
        assert_eq!(
            suppliers_json(&c)[0],
            json!({"name": "Edu AB", "org_no": "556677-8899", "rank": 1})
        );
        assert_eq!(
            suppliers_json(&c)[2],
            json!({"name": "Plugg AB", "org_no": null, "rank": null})
        );
    }

    #[test]
    fn values_show_the_room_left() {
        let mut c = contract("a", "2024-01-01", "2027-12-31");
        assert!(
            values(
                &c,
                &change_limit(&c, &LouSettings::default(), d("2026-01-01")),
                Language::Sv
            )
            .is_empty()
        );
        c.contract_value = Some(Money::from_kronor(18_000_000));
        let change = change_limit(&c, &LouSettings::default(), d("2026-01-01"));
        let facts = values(&c, &change, Language::Sv);
        let labels: Vec<&str> = facts.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Avtalsvärde",
                "Ändringar netto",
                "Ändringsgräns",
                "Kvar till gränsen"
            ]
        );
        assert_eq!(
            facts[2].1,
            "1\u{a0}800\u{a0}000\u{a0}kr (10 % av avtalsvärdet; LOU 17 kap. 9 §)"
        );
        assert_eq!(facts[3].1, "1\u{a0}800\u{a0}000\u{a0}kr");
    }
}
