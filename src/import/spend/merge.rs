//! Merging imported lines into `spend/<YYYY>.csv` (SPEC §2.5, §12): a row already stored (all
//! fields but `source`) is unchanged, new rows are added, the file is sorted by date, org_no,
//! invoice and amount. Pure: the stored text and the lines in, the new text and counts out; the
//! file's reading and writing are the store's ([`crate::store::spend`]).

use crate::diag::Diagnostic;
use crate::store;
use crate::store::spend::SpendLine;
use std::collections::HashSet;

/// What importing gives for one year.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct YearCounts {
    pub year: i32,
    pub new: usize,
    pub unchanged: usize,
    pub skipped: usize,
}

/// The new content of one year's file and its counts.
#[derive(Debug)]
pub struct YearPlan {
    pub counts: YearCounts,
    /// The file's new text; only worth writing when `counts.new > 0`.
    pub content: Vec<u8>,
}

/// Merges `incoming` (line, source) into the stored file `stored` (its text, empty when the
/// file does not exist) of `year`.
pub fn plan_year(
    file: &str,
    year: i32,
    stored: &str,
    incoming: &[(&SpendLine, &str)],
    lang: crate::model::Language,
) -> Result<YearPlan, Vec<Diagnostic>> {
    let stored = store::spend::parse(file, year, stored, lang)?;
    let existing = stored.lines();
    let mut seen: HashSet<&SpendLine> = existing.iter().map(|(line, _)| line).collect();
    let mut all: Vec<(&SpendLine, &str)> = existing.iter().map(|(l, s)| (l, *s)).collect();
    let mut counts = YearCounts {
        year,
        ..YearCounts::default()
    };
    for &(line, source) in incoming {
        if seen.insert(line) {
            counts.new += 1;
            all.push((line, source));
        } else {
            counts.unchanged += 1;
        }
    }
    all.sort_by(|(a, _), (b, _)| {
        (a.date, &a.org_no, &a.invoice, a.amount).cmp(&(b.date, &b.org_no, &b.invoice, b.amount))
    });
    Ok(YearPlan {
        counts,
        content: store::spend::render(&all),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;
    use crate::money::Money;

    fn line(date: &str, invoice: &str, ore: i64) -> SpendLine {
        SpendLine {
            date: d(date),
            org_no: "556677-8899".into(),
            supplier: "Edu, AB".into(),
            amount: Money::from_ore(ore),
            department: String::new(),
            account: "4010".into(),
            invoice: invoice.into(),
        }
    }

    #[test]
    fn merges_sorted_and_idempotent() {
        let a = line("2026-02-01", "F-2", 100);
        let b = line("2026-01-01", "F-1", -1250);
        let first = plan_year(
            "spend/2026.csv",
            2026,
            "",
            &[(&a, "x.xlsx"), (&b, "x.xlsx"), (&a, "x.xlsx")],
            crate::model::Language::En,
        )
        .unwrap();
        assert_eq!(
            first.counts,
            YearCounts {
                year: 2026,
                new: 2,
                unchanged: 1,
                skipped: 0
            }
        );
        let text = String::from_utf8(first.content).unwrap();
        assert_eq!(
            text,
            "date,org_no,supplier,amount,department,account,invoice,source\n\
             2026-01-01,556677-8899,\"Edu, AB\",-12.50,,4010,F-1,x.xlsx\n\
             2026-02-01,556677-8899,\"Edu, AB\",1.00,,4010,F-2,x.xlsx\n"
        );
        let again = plan_year(
            "spend/2026.csv",
            2026,
            &text,
            &[(&a, "other.csv")],
            crate::model::Language::En,
        )
        .unwrap();
        assert_eq!(again.counts.new, 0);
        assert_eq!(String::from_utf8(again.content).unwrap(), text);
    }
}
