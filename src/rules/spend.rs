//! Spend and contract loyalty (SPEC §12): which contract a spend row belongs to, and the
//! yearly summary of `avtal spend`. Pure functions of the register; money is summed exactly.

use crate::model::{CallOff, Register};
use crate::money::Money;
use crate::spend::{SpendRow, Sym};
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// The contract a row belongs to, and the rank of the supplier it was bought from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// Index into [`Register::contracts`].
    pub contract: usize,
    pub rank: Option<u32>,
}

/// Matches spend rows to contracts (SPEC §12), with an index from org number to the contracts
/// whose suppliers have it, built once per command.
pub struct Matcher<'r> {
    register: &'r Register,
    /// By the org number's [`Sym`]: a vector rather than a map, since every row looks up once.
    by_org: Vec<Vec<(usize, Option<u32>)>>,
    effective_ends: Vec<NaiveDate>,
    /// Contract references (keys, then diarienummer) lower-cased and trimmed, to the contract.
    by_reference: HashMap<String, usize>,
}

impl<'r> Matcher<'r> {
    /// Indexes every supplier org number of `register` that occurs in its spend rows.
    pub fn new(register: &'r Register) -> Matcher<'r> {
        let mut by_org: Vec<Vec<(usize, Option<u32>)>> = Vec::new();
        for (index, contract) in register.contracts.iter().enumerate() {
            for supplier in &contract.suppliers {
                let sym = supplier
                    .org_no
                    .as_deref()
                    .and_then(|org| register.spend.lookup(org));
                if let Some(sym) = sym.filter(|s| !s.is_empty()) {
                    let at = sym.index();
                    if by_org.len() <= at {
                        by_org.resize_with(at + 1, Vec::new);
                    }
                    by_org[at].push((index, supplier.rank));
                }
            }
        }
        let effective_ends = register
            .contracts
            .iter()
            .map(|c| c.effective_end())
            .collect();
        // Contracts are in key order: of two with one diarienummer the first has the smallest
        // key, and a key wins over another contract's diarienummer.
        let mut by_reference: HashMap<String, usize> = HashMap::new();
        let has_references = register.spend.rows.iter().any(|r| !r.contract.is_empty());
        if has_references {
            for (index, contract) in register.contracts.iter().enumerate() {
                by_reference.insert(reference_key(&contract.key), index);
            }
            for (index, contract) in register.contracts.iter().enumerate() {
                if let Some(number) = contract.diarienummer.as_deref() {
                    by_reference.entry(reference_key(number)).or_insert(index);
                }
            }
        }
        Matcher {
            register,
            by_org,
            effective_ends,
            by_reference,
        }
    }

    /// The contract named by `row`'s contract reference (its key, else its diarienummer), with
    /// the rank of the row's supplier among the contract's suppliers.
    fn by_reference(&self, row: &SpendRow) -> Option<Match> {
        if row.contract.is_empty() {
            return None;
        }
        let reference = reference_key(self.register.spend.text(row.contract));
        let contract = *self.by_reference.get(&reference)?;
        let org_no = self.register.spend.org_no(row);
        let rank = self.register.contracts[contract]
            .suppliers
            .iter()
            .find(|s| org_no.is_some() && s.org_no.as_deref() == org_no)
            .and_then(|s| s.rank);
        Some(Match { contract, rank })
    }

    /// The contract `row` belongs to: the one its contract reference names, whatever its
    /// supplier and date; else the one whose supplier has its org number is a supplier's and its date lies within
    /// start..=effective end; of several, the only one with a `spend_accounts` prefix of the
    /// row's account, else the latest start, then the smallest key.
    pub fn match_row(&self, row: &SpendRow) -> Option<Match> {
        if let Some(found) = self.by_reference(row) {
            return Some(found);
        }
        let candidates = self.by_org.get(row.org_no.index())?;
        let contracts = &self.register.contracts;
        let active = |&&(index, _): &&(usize, Option<u32>)| {
            contracts[index].start <= row.date && row.date <= self.effective_ends[index]
        };
        let as_match = |&(contract, rank): &(usize, Option<u32>)| Match { contract, rank };
        let mut matching = candidates.iter().filter(active);
        let first = matching.next()?;
        let mut rest = matching.peekable();
        if rest.peek().is_none() {
            return Some(as_match(first));
        }
        let account = self.register.spend.text(row.account);
        let by_account = |&&(index, _): &&(usize, Option<u32>)| {
            contracts[index]
                .spend_accounts
                .iter()
                .any(|prefix| account.starts_with(prefix.as_str()))
        };
        let all: Vec<&(usize, Option<u32>)> = std::iter::once(first).chain(rest).collect();
        let mut with_account = all.iter().copied().filter(by_account);
        if let (Some(only), None) = (with_account.next(), with_account.next()) {
            return Some(as_match(only));
        }
        // Candidates are in key order, so the first with the latest start has the smallest key.
        let latest = all.iter().map(|(i, _)| contracts[*i].start).max()?;
        all.into_iter()
            .find(|(i, _)| contracts[*i].start == latest)
            .map(as_match)
    }
}

/// A contract reference as compared (SPEC §12): trimmed, case-insensitive.
fn reference_key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// One contract's matched spend in the year.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractSpend {
    /// Index into [`Register::contracts`].
    pub contract: usize,
    pub spend: Money,
    /// Matched spend from the start up to and including 31 December of the year.
    pub since_start: Money,
}

/// Spend outside contract with one supplier (by org number, else by the exact name).
#[derive(Clone, Debug, PartialEq)]
pub struct OutsideSpend {
    pub org_no: Option<String>,
    /// The name on the group's first row in file order.
    pub supplier: String,
    pub spend: Money,
    /// The spend exceeds the direct-award limit (direktupphandlingsgränsen).
    pub over_direct_award_limit: bool,
}

/// Spend of one department.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentSpend {
    pub department: String,
    pub total: Money,
    pub matched: Money,
    pub loyalty: Option<f64>,
}

/// How much of a ranked framework's spend went to its rank-1 supplier.
#[derive(Clone, Debug, PartialEq)]
pub struct RankingShare {
    /// Index into [`Register::contracts`].
    pub contract: usize,
    pub spend: Money,
    pub rank1_share: Option<f64>,
}

/// `avtal spend --year Y` (SPEC §12).
#[derive(Clone, Debug, PartialEq)]
pub struct SpendSummary {
    pub year: i32,
    pub total: Money,
    pub matched: Money,
    pub loyalty: Option<f64>,
    /// By key.
    pub contracts: Vec<ContractSpend>,
    /// By spend, highest first, then org number, then supplier.
    pub outside: Vec<OutsideSpend>,
    /// By department.
    pub departments: Vec<DepartmentSpend>,
    /// By key.
    pub ranking: Vec<RankingShare>,
}

/// `part / whole` rounded to 4 decimals; `None` when `whole` is zero.
pub fn share(part: Money, whole: Money) -> Option<f64> {
    if whole == Money::ZERO {
        return None;
    }
    let ratio = part.ore() as f64 / whole.ore() as f64;
    Some((ratio * 10_000.0).round() / 10_000.0)
}

/// Whether `org_no`/`supplier` groups a row outside contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Group {
    Org(Sym),
    Name(Sym),
}

/// Running sums of one contract.
#[derive(Clone, Copy, Default)]
struct Sums {
    in_year: Money,
    rank1: Money,
    since_start: Money,
    has_rows: bool,
}

/// The summary of SPEC §12 over the rows dated in `year`.
pub fn summarise(register: &Register, year: i32) -> SpendSummary {
    let matcher = Matcher::new(register);
    let spend = &register.spend;
    let mut total = Money::ZERO;
    let mut matched = Money::ZERO;
    let mut sums = vec![Sums::default(); register.contracts.len()];
    let mut outside: HashMap<Group, (Money, Sym, usize)> = HashMap::new();
    let mut departments: BTreeMap<&str, (Money, Money)> = BTreeMap::new();
    for row in &spend.rows {
        let row_year = row.date.year();
        if row_year > year {
            continue;
        }
        let found = matcher.match_row(row);
        if let Some(m) = found {
            sums[m.contract].since_start += row.amount;
        }
        if row_year != year {
            continue;
        }
        total += row.amount;
        let department = departments
            .entry(spend.text(row.department))
            .or_insert((Money::ZERO, Money::ZERO));
        department.0 += row.amount;
        match found {
            Some(m) => {
                matched += row.amount;
                department.1 += row.amount;
                let contract = &mut sums[m.contract];
                contract.in_year += row.amount;
                contract.has_rows = true;
                if m.rank == Some(1) {
                    contract.rank1 += row.amount;
                }
            }
            None => {
                let group = if row.org_no.is_empty() {
                    Group::Name(row.supplier)
                } else {
                    Group::Org(row.org_no)
                };
                let order = outside.len();
                let entry = outside
                    .entry(group)
                    .or_insert((Money::ZERO, row.supplier, order));
                entry.0 += row.amount;
            }
        }
    }
    let limit = register.settings.lou.direct_award_limit;
    let mut outside: Vec<OutsideSpend> = outside
        .into_iter()
        .map(|(group, (amount, supplier, _))| OutsideSpend {
            org_no: match group {
                Group::Org(sym) => Some(spend.text(sym).to_string()),
                Group::Name(_) => None,
            },
            supplier: spend.text(supplier).to_string(),
            spend: amount,
            over_direct_award_limit: amount > limit,
        })
        .collect();
    outside.sort_by(|a, b| {
        b.spend
            .cmp(&a.spend)
            .then_with(|| {
                a.org_no
                    .as_deref()
                    .unwrap_or("")
                    .cmp(b.org_no.as_deref().unwrap_or(""))
            })
            .then_with(|| a.supplier.cmp(&b.supplier))
    });
    let contracts = sums
        .iter()
        .enumerate()
        .filter(|(_, s)| s.has_rows)
        .map(|(contract, s)| ContractSpend {
            contract,
            spend: s.in_year,
            since_start: s.since_start,
        })
        .collect();
    let ranking = sums
        .iter()
        .enumerate()
        .filter(|(i, s)| s.has_rows && register.contracts[*i].call_off == Some(CallOff::Ranking))
        .map(|(contract, s)| RankingShare {
            contract,
            spend: s.in_year,
            rank1_share: share(s.rank1, s.in_year),
        })
        .collect();
    let departments = departments
        .into_iter()
        .map(|(department, (total, matched))| DepartmentSpend {
            department: department.to_string(),
            total,
            matched,
            loyalty: share(matched, total),
        })
        .collect();
    SpendSummary {
        year,
        total,
        matched,
        loyalty: share(matched, total),
        contracts,
        outside,
        departments,
        ranking,
    }
}

/// Matched spend dated on or before `today`, per contract (index into the contracts), for the
/// contracts that have a `max_value` (SPEC §5.3 `framework-ceiling-*`).
pub fn ceiling_spend(register: &Register, today: NaiveDate) -> Vec<Money> {
    let mut sums = vec![Money::ZERO; register.contracts.len()];
    // Without rows or ceilings there is nothing to add up, and no matcher to build (30 ms for
    // 100,000 contracts).
    if register.spend.rows.is_empty() || register.contracts.iter().all(|c| c.max_value.is_none()) {
        return sums;
    }
    let matcher = Matcher::new(register);
    for row in register.spend.rows.iter().filter(|r| r.date <= today) {
        if let Some(m) = matcher.match_row(row)
            && register.contracts[m.contract].max_value.is_some()
        {
            sums[m.contract] += row.amount;
        }
    }
    sums
}

/// One contract's matched spend over its life, for `show`, `report` and the follow-up workbook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpendHistory {
    /// Matched spend per calendar year, in year order (only years with rows).
    pub years: Vec<(i32, Money)>,
    /// All matched spend dated on or before today.
    pub to_date: Money,
    /// `to_date` as a share of `max_value` (4 decimals), for a contract with a ceiling.
    pub ceiling_used: Option<f64>,
}

impl SpendHistory {
    /// The matched spend of `year` (zero without rows).
    pub fn of_year(&self, year: i32) -> Option<Money> {
        self.years.iter().find(|(y, _)| *y == year).map(|(_, m)| *m)
    }
}

/// The [`SpendHistory`] of the contract `key` on `today`.
pub fn spend_history(register: &Register, key: &str, today: NaiveDate) -> SpendHistory {
    let Some(index) = register.contracts.iter().position(|c| c.key == key) else {
        return SpendHistory::default();
    };
    let matcher = Matcher::new(register);
    let mut years: BTreeMap<i32, Money> = BTreeMap::new();
    let mut to_date = Money::ZERO;
    for row in &register.spend.rows {
        if matcher.match_row(row).is_some_and(|m| m.contract == index) {
            *years.entry(row.date.year()).or_default() += row.amount;
            if row.date <= today {
                to_date += row.amount;
            }
        }
    }
    SpendHistory {
        years: years.into_iter().collect(),
        to_date,
        ceiling_used: register.contracts[index]
            .max_value
            .and_then(|max| share(to_date, max)),
    }
}

/// One contract's matched spend per calendar year, in year order.
pub fn spend_by_year(register: &Register, key: &str) -> Vec<(i32, Money)> {
    spend_history(register, key, NaiveDate::MAX).years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{contract, d};
    use crate::model::{Contract, Settings, Supplier};
    use crate::spend::{NewRow, Spend};
    use proptest::prelude::*;
    use std::path::PathBuf;

    const EDU: &str = "556677-8899";
    const KONSULT: &str = "559012-3450";

    fn supplier(org: &str, rank: Option<u32>) -> Supplier {
        Supplier {
            name: format!("Leverantör {org}"),
            org_no: Some(org.into()),
            rank,
        }
    }

    fn with_org(key: &str, start: &str, end: &str, org: &str) -> Contract {
        let mut c = contract(key, start, end);
        c.suppliers = vec![supplier(org, None)];
        c
    }

    /// (date, org_no, supplier, amount in kronor, department, account)
    type Row<'a> = (&'a str, &'a str, &'a str, i64, &'a str, &'a str);

    fn register(mut contracts: Vec<Contract>, rows: &[Row<'_>]) -> Register {
        contracts.sort_by(|a, b| a.key.cmp(&b.key));
        let mut spend = Spend::default();
        for (date, org_no, supplier, kronor, department, account) in rows {
            spend.push(NewRow {
                date: d(date),
                amount: Money::from_kronor(*kronor),
                org_no,
                supplier,
                department,
                account,
                invoice: "",
                contract: "",
                source: "test.csv",
            });
        }
        Register {
            root: PathBuf::from("."),
            settings: Settings::default(),
            contracts,
            spend,
        }
    }

    fn matched_key(register: &Register, index: usize) -> Option<&str> {
        let matcher = Matcher::new(register);
        matcher
            .match_row(&register.spend.rows[index])
            .map(|m| register.contracts[m.contract].key.as_str())
    }

    #[test]
    fn a_contract_reference_names_the_contract_by_key_then_diarienummer() {
        let mut skola = with_org("skola", "2026-03-01", "2026-12-31", EDU);
        skola.diarienummer = Some("KS 2025/12".into());
        let mut bygg = with_org("bygg", "2026-01-01", "2026-12-31", KONSULT);
        bygg.diarienummer = Some("ks 2025/12".into());
        bygg.suppliers[0].rank = Some(1);
        let mut r = register(vec![skola, bygg], &[]);
        for (org_no, reference) in [
            (KONSULT, " SKOLA "),
            ("", "KS 2025/12"),
            (KONSULT, "Bygg"),
            (EDU, "okänt"),
            (EDU, ""),
        ] {
            r.spend.push(NewRow {
                date: d("2025-06-01"),
                amount: Money::from_kronor(1),
                org_no,
                supplier: "S",
                department: "",
                account: "",
                invoice: "",
                contract: reference,
                source: "a.csv",
            });
        }
        // Before the start and with another supplier's org number: the reference decides.
        assert_eq!(matched_key(&r, 0), Some("skola"));
        // Two contracts share the diarienummer: the smallest key.
        assert_eq!(matched_key(&r, 1), Some("bygg"));
        let matcher = Matcher::new(&r);
        let rank = matcher.match_row(&r.spend.rows[2]).and_then(|m| m.rank);
        assert_eq!(rank, Some(1));
        // An unknown reference falls back to the org number, here before the term: no match.
        assert_eq!(matched_key(&r, 3), None);
        assert_eq!(matched_key(&r, 4), None);
        let summary = summarise(&r, 2026);
        assert_eq!(summary.contracts.len(), 0);
        let bygg_since = summarise(&r, 2025);
        assert_eq!(bygg_since.matched, Money::from_kronor(3));
    }

    #[test]
    fn org_number_and_term_decide_the_match() {
        let r = register(
            vec![with_org("skola", "2026-03-01", "2026-12-31", EDU)],
            &[
                ("2026-02-28", EDU, "Edu", 1, "", ""),
                ("2026-03-01", EDU, "Edu", 1, "", ""),
                ("2026-12-31", EDU, "Edu", 1, "", ""),
                ("2026-06-01", "", "Edu", 1, "", ""),
                ("2026-06-01", KONSULT, "Edu", 1, "", ""),
            ],
        );
        let keys: Vec<Option<&str>> = (0..5).map(|i| matched_key(&r, i)).collect();
        assert_eq!(keys, [None, Some("skola"), Some("skola"), None, None]);
    }

    #[test]
    fn any_supplier_of_a_framework_matches_with_its_rank() {
        let mut framework = contract("ram", "2026-01-01", "2027-12-31");
        framework.suppliers = vec![supplier(EDU, Some(1)), supplier(KONSULT, Some(2))];
        let r = register(vec![framework], &[("2026-05-05", KONSULT, "K", 1, "", "")]);
        let m = Matcher::new(&r).match_row(&r.spend.rows[0]);
        assert_eq!(
            m,
            Some(Match {
                contract: 0,
                rank: Some(2)
            })
        );
    }

    #[test]
    fn a_single_account_prefix_breaks_the_tie() {
        let mut it = with_org("it", "2025-01-01", "2027-12-31", EDU);
        it.spend_accounts = vec!["54".into()];
        let mut skola = with_org("skola", "2024-01-01", "2027-12-31", EDU);
        skola.spend_accounts = vec!["4010".into()];
        let r = register(
            vec![it, skola],
            &[
                ("2026-05-05", EDU, "E", 1, "", "4010"),
                ("2026-05-05", EDU, "E", 1, "", "5460"),
                ("2026-05-05", EDU, "E", 1, "", "6000"),
            ],
        );
        assert_eq!(matched_key(&r, 0), Some("skola"));
        assert_eq!(matched_key(&r, 1), Some("it"));
        // No prefix matches: the latest start wins.
        assert_eq!(matched_key(&r, 2), Some("it"));
    }

    #[test]
    fn several_prefixes_fall_back_to_latest_start_then_smallest_key() {
        let mut a = with_org("b-avtal", "2025-01-01", "2027-12-31", EDU);
        a.spend_accounts = vec!["40".into()];
        let mut b = with_org("a-avtal", "2025-01-01", "2027-12-31", EDU);
        b.spend_accounts = vec!["4010".into()];
        let old = with_org("c-old", "2024-01-01", "2027-12-31", EDU);
        let r = register(vec![a, b, old], &[("2026-05-05", EDU, "E", 1, "", "4010")]);
        assert_eq!(matched_key(&r, 0), Some("a-avtal"));
    }

    #[test]
    fn summary_parts_follow_the_spec() {
        let mut ram = contract("ram", "2025-01-01", "2027-12-31");
        ram.suppliers = vec![supplier(EDU, Some(1)), supplier(KONSULT, Some(2))];
        ram.call_off = Some(CallOff::Ranking);
        ram.max_value = Some(Money::from_kronor(1_000));
        let r = register(
            vec![ram],
            &[
                ("2025-06-01", EDU, "Edu", 100, "Skola", ""),
                ("2026-01-10", EDU, "Edu", 200, "Skola", ""),
                ("2026-02-10", KONSULT, "Konsult", 100, "", ""),
                ("2026-03-10", "", "Bygg & Co", 800_000, "Teknik", ""),
                ("2026-03-11", "559999-9990", "Annan AB", 300, "Teknik", ""),
                ("2026-03-12", "559999-9990", "Annat namn", 700, "Teknik", ""),
                ("2027-01-01", EDU, "Edu", 5, "Skola", ""),
            ],
        );
        let s = summarise(&r, 2026);
        assert_eq!(s.total, Money::from_kronor(801_300));
        assert_eq!(s.matched, Money::from_kronor(300));
        assert_eq!(s.loyalty, Some(0.0004));
        assert_eq!(s.contracts.len(), 1);
        assert_eq!(s.contracts[0].spend, Money::from_kronor(300));
        assert_eq!(s.contracts[0].since_start, Money::from_kronor(400));
        let outside: Vec<(Option<&str>, &str, bool)> = s
            .outside
            .iter()
            .map(|o| {
                (
                    o.org_no.as_deref(),
                    o.supplier.as_str(),
                    o.over_direct_award_limit,
                )
            })
            .collect();
        assert_eq!(
            outside,
            [
                (None, "Bygg & Co", true),
                (Some("559999-9990"), "Annan AB", false)
            ]
        );
        let departments: Vec<(&str, Option<f64>)> = s
            .departments
            .iter()
            .map(|d| (d.department.as_str(), d.loyalty))
            .collect();
        assert_eq!(
            departments,
            [("", Some(1.0)), ("Skola", Some(1.0)), ("Teknik", Some(0.0))]
        );
        assert_eq!(s.ranking[0].rank1_share, Some(0.6667));
        assert_eq!(summarise(&r, 2030).loyalty, None);
        let ceiling = ceiling_spend(&r, d("2026-01-31"));
        assert_eq!(ceiling, [Money::from_kronor(300)]);
        assert_eq!(
            spend_by_year(&r, "ram"),
            [
                (2025, Money::from_kronor(100)),
                (2026, Money::from_kronor(300)),
                (2027, Money::from_kronor(5))
            ]
        );
    }

    #[test]
    fn ceiling_findings_are_exact_and_only_the_more_severe() {
        use crate::rules::checks::{Code, ceiling_findings};
        let mut near = with_org("near", "2026-01-01", "2027-12-31", EDU);
        near.max_value = Some(Money::from_kronor(1_000));
        let mut reached = with_org("reached", "2026-01-01", "2027-12-31", KONSULT);
        reached.max_value = Some(Money::from_kronor(1_000));
        let mut r = register(
            vec![near, reached],
            &[
                ("2026-02-01", EDU, "E", 800, "", ""),
                ("2026-02-01", KONSULT, "K", 1_000, "", ""),
                ("2026-03-01", EDU, "E", 500, "", ""),
            ],
        );
        let found = ceiling_findings(&r, d("2026-02-15"));
        let codes: Vec<(&str, Code, i128, i128)> = found
            .iter()
            .map(|f| {
                let amount = f.amount.unwrap_or_default().ore();
                let limit = f.limit.unwrap_or_default().ore();
                (f.contract.as_str(), f.code, amount, limit)
            })
            .collect();
        assert_eq!(
            codes,
            [
                ("near", Code::FrameworkCeilingNear, 80_000, 100_000),
                ("reached", Code::FrameworkCeilingReached, 100_000, 100_000)
            ]
        );
        // One öre below 80 % is no finding.
        r.spend.rows[0].amount = Money::from_ore(79_999);
        let found = ceiling_findings(&r, d("2026-02-15"));
        assert_eq!(found.len(), 1);
        assert!(found[0].date.is_none());
    }

    proptest! {
        /// Sums are exact: total = matched + outside, for any amounts in öre up to the bound of
        /// one stored amount (10^15 kr), however many are near it (issue 31).
        #[test]
        fn money_sums_are_exact(amounts in proptest::collection::vec(-100_000_000_000_000_000i64..=100_000_000_000_000_000, 1..200)) {
            let mut spend = Spend::default();
            for (i, ore) in amounts.iter().enumerate() {
                spend.push(NewRow {
                    date: d("2026-06-01"),
                    amount: Money::from_ore(*ore),
                    org_no: if i % 3 == 0 { EDU } else { KONSULT },
                    supplier: "S",
                    department: if i % 2 == 0 { "A" } else { "B" },
                    account: "",
                    invoice: "",
                    contract: "",
                    source: "",
                });
            }
            let r = Register {
                root: PathBuf::from("."),
                settings: Settings::default(),
                contracts: vec![with_org("a", "2026-01-01", "2026-12-31", EDU)],
                spend,
            };
            let s = summarise(&r, 2026);
            let expected: i128 = amounts.iter().map(|a| i128::from(*a)).sum();
            prop_assert_eq!(s.total.ore(), expected);
            let outside: Money = s.outside.iter().map(|o| o.spend).sum();
            prop_assert_eq!(s.matched + outside, s.total);
            let by_department: Money = s.departments.iter().map(|d| d.total).sum();
            prop_assert_eq!(by_department, s.total);
            let matched: i128 = amounts.iter().step_by(3).map(|a| i128::from(*a)).sum();
            prop_assert_eq!(s.matched.ore(), matched);
        }
    }
}
