//! Priority groups by SKR's 10/30/60 model (SPEC §4).
//!
//! For a year, the contracts active in that year are split into group 1 (the most important
//! ~10 %), group 2 (~30 %) and group 3 (the rest). Manual `priority` and national call-offs are
//! pinned; the others are ranked by business criticality, annual value and key.

use crate::i18n;
use crate::messages;
use crate::model::{Contract, Kind, Language, Register};
use std::cmp::Ordering;
use std::collections::HashMap;

/// Why a contract landed in its group, in words a person can read.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// `priority` was set by hand in `contract.toml`.
    Manual,
    /// A call-off from a national framework agreement: always group 3.
    NationalCallOff,
    /// Business-critical and within group 1's quota.
    BusinessCritical,
    /// Business-critical, but the quotas of the groups above `group` were already full.
    BusinessCriticalQuotaFull {
        /// The group it landed in (2 or 3).
        group: u8,
    },
    /// Among the highest annual values: within the top `share` percent.
    TopValue {
        annual_value: f64,
        /// Cumulative share of the group (10 for group 1, 40 for group 2 with the defaults).
        share: u32,
    },
    /// Not business-critical and below the top groups' quotas.
    Rest {
        annual_value: f64,
        /// Share of group 3 (60 with the defaults).
        share: u32,
    },
}

impl Reason {
    /// The reason as a short phrase, e.g. "verksamhetskritiskt" or "årsvärde 4,5 Mkr — topp 10 %".
    pub fn text(&self, lang: Language) -> String {
        let m = messages::of(lang);
        match self {
            Reason::Manual => m.reason_manual().to_string(),
            Reason::NationalCallOff => m.reason_national_call_off().to_string(),
            Reason::BusinessCritical => m.reason_business_critical().to_string(),
            Reason::BusinessCriticalQuotaFull { group: 2 } => {
                m.reason_critical_group_1_full().to_string()
            }
            Reason::BusinessCriticalQuotaFull { .. } => m.reason_critical_groups_full().to_string(),
            Reason::TopValue {
                annual_value,
                share,
            } => m.reason_top_value(&amount(*annual_value, lang), *share),
            Reason::Rest {
                annual_value,
                share,
            } => m.reason_rest(&amount(*annual_value, lang), *share),
        }
    }
}

/// Millions with one decimal from 1 Mkr up ("4,5 Mkr"); whole kronor below ("250 000 kr"), where
/// "0,3 Mkr" would hide the differences that decided the ranking.
fn amount(value: f64, lang: Language) -> String {
    if value >= 1_000_000.0 {
        i18n::mkr(value, lang)
    } else {
        i18n::sek(value, lang)
    }
}

/// The priority of one contract in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Priority {
    /// The contract's key.
    pub key: String,
    /// 1, 2 or 3.
    pub group: u8,
    /// 1-based position among all eligible contracts sorted by group, then the ranking order.
    pub rank: usize,
    pub reason: Reason,
    /// The group was fixed by `priority` or by being a national call-off, not by ranking.
    pub pinned: bool,
}

/// More contracts are pinned to a group than its quota allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotaOverflow {
    /// 1 or 2.
    pub group: u8,
    /// Number of contracts pinned to the group.
    pub pinned: usize,
    /// The group's quota.
    pub quota: usize,
}

impl QuotaOverflow {
    /// The warning as a sentence.
    pub fn text(&self, lang: Language) -> String {
        messages::of(lang).quota_overflow(self.pinned, self.group, self.quota)
    }
}

/// The priority groups of one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Priorities {
    pub year: i32,
    /// Every contract active in `year`, sorted by rank.
    pub items: Vec<Priority>,
    /// The quotas `[q1, q2, q3]`; `q3` is what remains after groups 1 and 2.
    pub quotas: [usize; 3],
    /// One sentence (in the register's language) per group whose pins exceed its quota.
    pub warnings: Vec<String>,
    /// The same warnings as data, for rendering in another language.
    pub overflows: Vec<QuotaOverflow>,
    /// Key → index into `items`.
    index: HashMap<String, usize>,
}

impl Priorities {
    /// The group of the contract `key` in this year; `None` when it is not active in the year.
    pub fn group(&self, key: &str) -> Option<u8> {
        self.get(key).map(|p| p.group)
    }

    /// The priority of the contract `key`; `None` when it is not active in the year.
    pub fn get(&self, key: &str) -> Option<&Priority> {
        self.index.get(key).map(|&i| &self.items[i])
    }

    /// Number of contracts in each group, `[n1, n2, n3]`.
    pub fn counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for item in &self.items {
            counts[usize::from(item.group - 1)] += 1;
        }
        counts
    }
}

/// Step 4's order: business-critical first, then the highest annual value, then the key.
fn ranking_order(a: &Contract, b: &Contract) -> Ordering {
    b.business_critical
        .cmp(&a.business_critical)
        .then_with(|| b.annual_value.total_cmp(&a.annual_value))
        .then_with(|| a.key.cmp(&b.key))
}

/// `ceil(n * share / 100)` in integers, so no float rounding can move a contract between groups.
fn quota(n: usize, share: u32) -> usize {
    (n * share as usize).div_ceil(100)
}

/// The pinned group of a contract and why, if it is pinned (SPEC §4 step 2).
fn pin(contract: &Contract) -> Option<(u8, Reason)> {
    match (contract.priority, contract.kind) {
        (Some(group), _) => Some((group.clamp(1, 3), Reason::Manual)),
        (None, Kind::NationalCallOff) => Some((3, Reason::NationalCallOff)),
        (None, _) => None,
    }
}

/// SPEC §4: the priority groups of `year` for every contract active in that year.
pub fn priorities(register: &Register, year: i32) -> Priorities {
    let shares = register.settings.priority_shares;
    let eligible: Vec<&Contract> = register
        .contracts
        .iter()
        .filter(|c| c.is_active_in_year(year))
        .collect();
    let n = eligible.len();
    let q1 = quota(n, shares[0]);
    let q12 = quota(n, shares[0] + shares[1]).max(q1);
    let quotas = [q1, q12 - q1, n.saturating_sub(q12)];

    let mut placed: Vec<(&Contract, u8, Reason, bool)> = Vec::with_capacity(n);
    let mut unpinned: Vec<&Contract> = Vec::new();
    let mut pinned_count = [0usize; 3];
    for contract in eligible {
        match pin(contract) {
            Some((group, reason)) => {
                pinned_count[usize::from(group - 1)] += 1;
                placed.push((contract, group, reason, true));
            }
            None => unpinned.push(contract),
        }
    }
    let free1 = quotas[0].saturating_sub(pinned_count[0]);
    let free2 = quotas[1].saturating_sub(pinned_count[1]);

    unpinned.sort_by(|a, b| ranking_order(a, b));
    for (position, contract) in unpinned.into_iter().enumerate() {
        let group = if position < free1 {
            1
        } else if position < free1 + free2 {
            2
        } else {
            3
        };
        let reason = match (contract.business_critical, group) {
            (true, 1) => Reason::BusinessCritical,
            (true, group) => Reason::BusinessCriticalQuotaFull { group },
            (false, 1) => Reason::TopValue {
                annual_value: contract.annual_value,
                share: shares[0],
            },
            (false, 2) => Reason::TopValue {
                annual_value: contract.annual_value,
                share: shares[0] + shares[1],
            },
            (false, _) => Reason::Rest {
                annual_value: contract.annual_value,
                share: shares[2],
            },
        };
        placed.push((contract, group, reason, false));
    }

    placed.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| ranking_order(a.0, b.0)));
    let items: Vec<Priority> = placed
        .into_iter()
        .enumerate()
        .map(|(i, (contract, group, reason, pinned))| Priority {
            key: contract.key.clone(),
            group,
            rank: i + 1,
            reason,
            pinned,
        })
        .collect();
    let index = items
        .iter()
        .enumerate()
        .map(|(i, p)| (p.key.clone(), i))
        .collect();

    // Group 3 is "the rest", so only pins beyond the quotas of groups 1 and 2 are a problem.
    let overflows: Vec<QuotaOverflow> = (0..2)
        .filter(|&g| pinned_count[g] > quotas[g])
        .map(|g| QuotaOverflow {
            group: g as u8 + 1,
            pinned: pinned_count[g],
            quota: quotas[g],
        })
        .collect();
    let warnings = overflows
        .iter()
        .map(|o| o.text(register.settings.language))
        .collect();

    Priorities {
        year,
        items,
        quotas,
        warnings,
        overflows,
        index,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::test_support::{contract, d};
    use crate::model::{Register, Settings};
    use std::path::PathBuf;

    /// A register of `contracts` (sorted by key) with default settings; the plan's tests share it.
    pub(in crate::rules) fn register(contracts: Vec<Contract>) -> Register {
        let mut contracts = contracts;
        contracts.sort_by(|a, b| a.key.cmp(&b.key));
        Register {
            root: PathBuf::from("."),
            settings: Settings::default(),
            contracts,
            spend: Default::default(),
        }
    }

    /// `n` plain contracts active all of 2026 with distinct values (c000 has the lowest).
    fn many(n: usize) -> Vec<Contract> {
        (0..n)
            .map(|i| {
                let mut c = contract(&format!("c{i:03}"), "2025-01-01", "2027-12-31");
                c.annual_value = (i as f64 + 1.0) * 1000.0;
                c
            })
            .collect()
    }

    fn groups(p: &Priorities) -> [usize; 3] {
        p.counts()
    }

    #[test]
    fn quotas_use_the_ceiling() {
        for (n, expected) in [
            (0, [0, 0, 0]),
            (1, [1, 0, 0]),
            (7, [1, 2, 4]),
            (10, [1, 3, 6]),
            (11, [2, 3, 6]),
            (700, [70, 210, 420]),
        ] {
            let p = priorities(&register(many(n)), 2026);
            assert_eq!(p.quotas, expected, "N = {n}");
            assert_eq!(groups(&p), expected, "N = {n}");
            assert_eq!(p.items.len(), n);
        }
    }

    #[test]
    fn quota_with_uneven_shares() {
        let mut r = register(many(7));
        r.settings.priority_shares = [15, 15, 70];
        // q1 = ceil(1.05) = 2, q12 = ceil(2.1) = 3.
        assert_eq!(priorities(&r, 2026).quotas, [2, 1, 4]);
    }

    #[test]
    fn only_contracts_active_in_the_year_count() {
        let mut contracts = many(3);
        contracts.push(contract("old", "2020-01-01", "2025-12-31"));
        contracts.push(contract("future", "2027-01-01", "2028-12-31"));
        let mut ends_first_day = contract("jan1", "2024-01-01", "2026-01-01");
        ends_first_day.annual_value = 1e9;
        contracts.push(ends_first_day);
        let mut terminated = contract("term", "2024-01-01", "2030-01-01");
        terminated.terminated = Some(d("2025-12-31"));
        contracts.push(terminated);
        let p = priorities(&register(contracts), 2026);
        let keys: Vec<&str> = p.items.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["jan1", "c002", "c001", "c000"]);
        assert_eq!(p.group("old"), None);
        assert_eq!(p.group("future"), None);
        assert_eq!(p.group("term"), None);
        assert_eq!(p.group("jan1"), Some(1));
    }

    #[test]
    fn ranking_business_critical_then_value_then_key() {
        let mut a = contract("a", "2025-01-01", "2027-12-31");
        a.annual_value = 100.0;
        a.business_critical = true;
        let mut b = contract("b", "2025-01-01", "2027-12-31");
        b.annual_value = 5_000_000.0;
        let mut c = contract("c", "2025-01-01", "2027-12-31");
        c.annual_value = 5_000_000.0;
        let mut contracts = vec![c, b, a];
        contracts.extend((0..7).map(|i| contract(&format!("z{i}"), "2025-01-01", "2027-12-31")));
        let p = priorities(&register(contracts), 2026);
        // N = 10: quotas 1, 3, 6.
        let keys: Vec<&str> = p.items.iter().take(4).map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["a", "b", "c", "z0"]);
        assert_eq!(
            p.get("a").map(|x| x.reason.clone()),
            Some(Reason::BusinessCritical)
        );
        // Equal annual values: the key decides.
        assert_eq!(p.get("b").map(|x| x.rank), Some(2));
        assert_eq!(p.get("c").map(|x| x.rank), Some(3));
        assert_eq!(p.group("z0"), Some(2));
        assert_eq!(p.group("z1"), Some(3));
        let ranks: Vec<usize> = p.items.iter().map(|i| i.rank).collect();
        assert_eq!(ranks, (1..=10).collect::<Vec<_>>());
    }

    #[test]
    fn pins_and_national_call_offs() {
        let mut contracts = many(10);
        contracts[0].priority = Some(1); // the lowest value, pinned to group 1
        contracts[9].kind = Kind::NationalCallOff; // the highest value, but a call-off
        contracts[8].kind = Kind::NationalCallOff;
        contracts[8].priority = Some(2); // priority wins over kind
        let p = priorities(&register(contracts), 2026);
        let c000 = p.get("c000").unwrap();
        assert_eq!((c000.group, c000.pinned, c000.rank), (1, true, 1));
        assert_eq!(c000.reason, Reason::Manual);
        let c009 = p.get("c009").unwrap();
        assert_eq!((c009.group, c009.pinned), (3, true));
        assert_eq!(c009.reason, Reason::NationalCallOff);
        assert_eq!(p.group("c008"), Some(2));
        // Group 1 is full with the pin, so the top unpinned value goes to group 2.
        assert_eq!(p.group("c007"), Some(2));
        assert_eq!(p.counts(), [1, 3, 6]);
        // Within group 3 the pinned call-off still sorts by value: it is first.
        assert_eq!(c009.rank, 5);
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn pins_exceeding_a_quota_warn_and_keep_their_group() {
        let mut contracts = many(10);
        for c in contracts.iter_mut().take(3) {
            c.priority = Some(1);
        }
        for c in contracts.iter_mut().skip(3).take(4) {
            c.priority = Some(2);
        }
        let p = priorities(&register(contracts), 2026);
        assert_eq!(p.counts(), [3, 4, 3]);
        assert_eq!(
            p.overflows,
            vec![
                QuotaOverflow {
                    group: 1,
                    pinned: 3,
                    quota: 1
                },
                QuotaOverflow {
                    group: 2,
                    pinned: 4,
                    quota: 3
                }
            ]
        );
        assert_eq!(
            p.warnings,
            [
                "3 avtal är manuellt satta till grupp 1 men kvoten är 1",
                "4 avtal är manuellt satta till grupp 2 men kvoten är 3"
            ]
        );
        assert_eq!(
            p.overflows[0].text(Language::En),
            "3 contracts are pinned to group 1 but its quota is 1"
        );
    }

    #[test]
    fn too_many_business_critical_overflow_into_lower_groups() {
        let mut contracts = many(10);
        for c in contracts.iter_mut().take(5) {
            c.business_critical = true;
        }
        let p = priorities(&register(contracts), 2026);
        // Business-critical c000..c004 rank first, by value: c004 in group 1, then 3 in group 2.
        assert_eq!(p.get("c004").unwrap().reason, Reason::BusinessCritical);
        assert_eq!(
            p.get("c003").unwrap().reason,
            Reason::BusinessCriticalQuotaFull { group: 2 }
        );
        assert_eq!(
            p.get("c000").unwrap().reason,
            Reason::BusinessCriticalQuotaFull { group: 3 }
        );
        assert_eq!(p.group("c009"), Some(3));
    }

    #[test]
    fn group_changes_between_years() {
        let mut big = contract("big", "2025-01-01", "2027-12-31");
        big.annual_value = 9e6;
        let mut bigger = contract("bigger", "2026-01-01", "2027-12-31");
        bigger.annual_value = 10e6;
        let r = register(vec![
            big,
            bigger,
            contract("small", "2025-01-01", "2027-12-31"),
        ]);
        assert_eq!(priorities(&r, 2025).group("big"), Some(1));
        // In 2026 a bigger contract arrives and takes the only group 1 place (N = 3: 1, 1, 1).
        let p2026 = priorities(&r, 2026);
        assert_eq!(p2026.quotas, [1, 1, 1]);
        assert_eq!(p2026.group("bigger"), Some(1));
        assert_eq!(p2026.group("big"), Some(2));
    }

    #[test]
    fn reason_texts() {
        let top = Reason::TopValue {
            annual_value: 4_500_000.0,
            share: 10,
        };
        assert_eq!(
            top.text(Language::Sv),
            "årsvärde 4,5\u{a0}Mkr — topp 10\u{a0}%"
        );
        assert_eq!(
            top.text(Language::En),
            "annual value SEK 4.5 m — top 10\u{a0}%"
        );
        let rest = Reason::Rest {
            annual_value: 250_000.0,
            share: 60,
        };
        assert_eq!(
            rest.text(Language::Sv),
            "årsvärde 250\u{a0}000\u{a0}kr — övriga 60\u{a0}%"
        );
        assert_eq!(
            Reason::BusinessCritical.text(Language::Sv),
            "verksamhetskritiskt"
        );
        assert_eq!(
            Reason::NationalCallOff.text(Language::Sv),
            "avrop från nationellt ramavtal"
        );
        assert_eq!(Reason::Manual.text(Language::Sv), "manuellt satt");
        assert_eq!(Reason::Manual.text(Language::En), "set manually");
        assert_eq!(
            Reason::BusinessCriticalQuotaFull { group: 3 }.text(Language::Sv),
            "verksamhetskritiskt, men grupp 1 och 2 är fulla"
        );
    }

    #[test]
    fn empty_register() {
        let p = priorities(&register(Vec::new()), 2026);
        assert!(p.items.is_empty());
        assert_eq!(p.quotas, [0, 0, 0]);
        assert_eq!(p.group("x"), None);
    }
}
