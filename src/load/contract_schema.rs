//! The fixed schema of `contract.toml` (SPEC §2.2) that both of its readers share: the keys each
//! table may hold and the organisation-number rule. The walker ([`super::contract`]) reports
//! against it, the scanner ([`super::contract_scan`]) gives up on anything outside it; keeping
//! it here lets both stand on it instead of the scanner reaching into the walker.

use crate::messages::prelude::*;

/// The keys of the top-level table.
pub(super) const TOP_KEYS: &[&str] = &[
    "title",
    "diarienummer",
    "category",
    "kind",
    "start",
    "end",
    "terminated",
    "annual_value",
    "business_critical",
    "kraljic",
    "priority",
    "successor",
    "keywords",
    "contract_value",
    "max_value",
    "works",
    "special_reasons",
    "call_off",
    "ordering",
    "spend_accounts",
    "supplier",
    "suppliers",
    "roles",
    "contacts",
    "options",
    "kpis",
    "requirements",
    "price_adjustment",
];
/// The keys of `[supplier]`.
pub(super) const SUPPLIER_KEYS: &[&str] = &["name", "org_no"];
/// The keys of each `[[suppliers]]`.
pub(super) const SUPPLIERS_KEYS: &[&str] = &["name", "org_no", "rank"];
/// The keys of `[roles]`.
pub(super) const ROLE_KEYS: &[&str] = &["controller", "owner", "partner_owner"];
/// The keys of each `[[contacts]]`.
pub(super) const CONTACT_KEYS: &[&str] = &[
    "name",
    "party",
    "role",
    "email",
    "phone",
    "escalation",
    "public",
];
/// The keys of each `[[options]]`.
pub(super) const OPTION_KEYS: &[&str] = &["months", "notice_months", "exercised", "declined"];
/// The keys of each `[[kpis]]`.
pub(super) const KPI_KEYS: &[&str] = &[
    "id",
    "name",
    "unit",
    "target",
    "direction",
    "frequency",
    "aliases",
    "months",
];
/// The keys of each `[[requirements]]`.
pub(super) const REQUIREMENT_KEYS: &[&str] = &["name"];

/// What is wrong with an organisation number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgNoProblem {
    /// Not ten digits written `NNNNNN-NNNN` (hyphen optional).
    Shape,
    /// The Luhn check digit does not match.
    CheckDigit,
}

impl OrgNoProblem {
    /// The problem in words, from `m`.
    pub fn message(self, m: &dyn Messages) -> &'static str {
        match self {
            OrgNoProblem::Shape => m.org_no_shape_problem(),
            OrgNoProblem::CheckDigit => m.org_no_check_digit_problem(),
        }
    }
}

/// Checks a Swedish organisation number (`NNNNNN-NNNN`, hyphen optional, Luhn over all ten
/// digits) and returns it as `NNNNNN-NNNN`.
pub fn check_org_no(text: &str) -> Result<String, OrgNoProblem> {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_digit(10).unwrap_or(99))
        .collect();
    let hyphen_ok = match text.find('-') {
        None => true,
        Some(6) => text.matches('-').count() == 1,
        Some(_) => false,
    };
    if digits.len() != 10 || digits.contains(&99) || !hyphen_ok {
        return Err(OrgNoProblem::Shape);
    }
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let weighted = if i % 2 == 0 { d * 2 } else { d };
            if weighted > 9 { weighted - 9 } else { weighted }
        })
        .sum();
    if !sum.is_multiple_of(10) {
        return Err(OrgNoProblem::CheckDigit);
    }
    let plain: String = digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
        .collect();
    Ok(format!("{}-{}", &plain[..6], &plain[6..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_numbers() {
        assert_eq!(check_org_no("556677-8899"), Ok("556677-8899".to_string()));
        assert_eq!(check_org_no("5566778899"), Ok("556677-8899".to_string()));
        assert!(check_org_no("556677-8898").is_err());
        assert!(check_org_no("55667-78899").is_err());
        assert!(check_org_no("556677-889").is_err());
        assert!(check_org_no("55667a-8899").is_err());
    }
}
