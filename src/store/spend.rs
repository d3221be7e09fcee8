//! `spend/<YYYY>.csv`, the accounts-payable rows of one year (SPEC §2.5, §12): read through the
//! loader's reader ([`crate::load::parse_spend_csv`], tuned for a million rows), written sorted
//! as [`render`] gives them.
//!
//! The optional `contract` column (SPEC §2.5) belongs here: [`render`] writes it before
//! `source` (and [`parse`] hands it on in [`Stored::lines`]); the loader reads it.

use crate::diag::Diagnostic;
use crate::load::{SPEND_FOLDER, SPEND_HEADER, SPEND_HEADER_WITH_CONTRACT, parse_spend_csv};
use crate::model::Language;
use crate::money::Money;
use crate::spend::Spend;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// One spend row as it is stored (an imported row, before it is written).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpendLine {
    pub date: NaiveDate,
    /// `NNNNNN-NNNN` or empty.
    pub org_no: String,
    pub supplier: String,
    pub amount: Money,
    pub department: String,
    pub account: String,
    pub invoice: String,
    /// The contract reference read from the ledger (SPEC §12), empty when there is none.
    pub contract: String,
}

/// The folder of the spend files in the register at `root`.
pub fn folder(root: &Path) -> PathBuf {
    root.join(SPEND_FOLDER)
}

/// The file of `year` in the register at `root`.
pub fn path(root: &Path, year: i32) -> PathBuf {
    folder(root).join(format!("{year}.csv"))
}

/// The file's name in messages: `spend/YYYY.csv`.
pub fn name(year: i32) -> String {
    format!("{SPEND_FOLDER}/{year}.csv")
}

/// The rows of one stored year.
#[derive(Default)]
pub struct Stored {
    spend: Spend,
}

impl Stored {
    /// Every stored row as a line and its `source`, in file order.
    pub fn lines(&self) -> Vec<(SpendLine, &str)> {
        self.spend
            .rows
            .iter()
            .map(|row| {
                let new = self.spend.new_row(row);
                let line = SpendLine {
                    date: new.date,
                    org_no: new.org_no.to_string(),
                    supplier: new.supplier.to_string(),
                    amount: new.amount,
                    department: new.department.to_string(),
                    account: new.account.to_string(),
                    invoice: new.invoice.to_string(),
                    contract: new.contract.to_string(),
                };
                (line, new.source)
            })
            .collect()
    }
}

/// Reads the text of the stored file of `year` (empty when there is none), named `file` in
/// errors.
pub fn parse(file: &str, year: i32, text: &str, lang: Language) -> Result<Stored, Vec<Diagnostic>> {
    let mut stored = Stored::default();
    if !text.is_empty() {
        let errors = parse_spend_csv(file, year, text, &mut stored.spend, lang);
        if !errors.is_empty() {
            return Err(errors);
        }
    }
    Ok(stored)
}

/// The text of a spend file of `rows` (line, source), in the order given: with the ninth
/// column `contract` before `source` when any row has a contract reference (SPEC §2.5).
pub fn render(rows: &[(&SpendLine, &str)]) -> Vec<u8> {
    let with_contract = rows.iter().any(|(line, _)| !line.contract.is_empty());
    let mut out = String::with_capacity(64 * (rows.len() + 1));
    out.push_str(&if with_contract {
        SPEND_HEADER_WITH_CONTRACT.join(",")
    } else {
        SPEND_HEADER.join(",")
    });
    out.push('\n');
    for (line, source) in rows {
        let date = line.date.to_string();
        let amount = amount_text(line.amount);
        let fields = [
            date.as_str(),
            &line.org_no,
            &line.supplier,
            &amount,
            &line.department,
            &line.account,
            &line.invoice,
            &line.contract,
            source,
        ];
        // Without the column, the contract reference (always empty then) is left out.
        let fields = fields
            .iter()
            .enumerate()
            .filter(|(i, _)| with_contract || *i != 7)
            .map(|(_, f)| f);
        for (i, field) in fields.enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_field(&mut out, field);
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// `125000.00`, `-12.50`: always two decimals.
pub fn amount_text(amount: Money) -> String {
    let ore = amount.ore();
    let sign = if ore < 0 { "-" } else { "" };
    let abs = ore.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Appends `field`, quoted only where needed.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}
