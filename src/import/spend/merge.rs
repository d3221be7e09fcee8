//! Merging imported lines into `spend/<YYYY>.csv` (SPEC §2.5, §12). Nothing is merged away:
//! the lines of a file and the stored lines are compared as multisets of every field but
//! `source`, and a file adds, of each distinct line, as many copies as it holds beyond those
//! already stored. Several files are taken one after the other, as if by separate calls. The
//! file is sorted by date, org_no, invoice and amount. Pure: the stored text and the lines in,
//! the new text and counts out; the file's reading and writing are the store's
//! ([`crate::store::spend`]). The counting maps use the register's fast hash
//! ([`FastHash`]): SipHash was a quarter of the time of a 68,000-line ledger.

use crate::diag::Diagnostic;
use crate::money::Money;
use crate::spend::FastHash;
use crate::store;
use crate::store::spend::SpendLine;
use std::collections::HashMap;

/// What importing gives for one year: rows and the sum of their amounts.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct YearCounts {
    pub year: i32,
    pub new: usize,
    /// Rows of the files that were already stored.
    pub unchanged: usize,
    pub skipped: usize,
    #[serde(serialize_with = "sek")]
    pub new_sum: Money,
    #[serde(serialize_with = "sek")]
    pub unchanged_sum: Money,
    #[serde(serialize_with = "sek")]
    pub skipped_sum: Money,
}

fn sek<S: serde::Serializer>(amount: &Money, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64(amount.as_sek())
}

impl YearCounts {
    /// Adds `other`'s rows and sums to these.
    pub fn add(&mut self, other: &YearCounts) {
        self.new += other.new;
        self.unchanged += other.unchanged;
        self.skipped += other.skipped;
        self.new_sum += other.new_sum;
        self.unchanged_sum += other.unchanged_sum;
        self.skipped_sum += other.skipped_sum;
    }
}

/// The new content of one year's file and its counts.
#[derive(Debug)]
pub struct YearPlan {
    pub counts: YearCounts,
    /// The file's new text; only worth writing when `counts.new > 0`.
    pub content: Vec<u8>,
}

/// One imported line of a year: the index of its file among the files of the call, the line,
/// and its `source`.
pub type Incoming<'a> = (usize, &'a SpendLine, &'a str);

/// Adds `incoming` (in file order, files in the order given) to the stored file `stored` (its
/// text, empty when the file does not exist) of `year`.
pub fn plan_year(
    file: &str,
    year: i32,
    stored: &str,
    incoming: &[Incoming<'_>],
    lang: crate::model::Language,
) -> Result<YearPlan, Vec<Diagnostic>> {
    let stored = store::spend::parse(file, year, stored, lang)?;
    let existing = stored.lines();
    // How many copies of each line the register holds so far.
    let mut held: HashMap<&SpendLine, usize, FastHash> =
        HashMap::with_capacity_and_hasher(existing.len(), FastHash::default());
    for (line, _) in &existing {
        *held.entry(line).or_default() += 1;
    }
    let mut all: Vec<(&SpendLine, &str)> = existing.iter().map(|(l, s)| (l, *s)).collect();
    let mut counts = YearCounts {
        year,
        ..YearCounts::default()
    };
    for part in incoming.chunk_by(|a, b| a.0 == b.0) {
        // The copies of each line in this file so far; a copy beyond those held is new.
        let mut in_file: HashMap<&SpendLine, usize, FastHash> =
            HashMap::with_capacity_and_hasher(part.len(), FastHash::default());
        for &(_, line, source) in part {
            let seen = in_file.entry(line).or_default();
            *seen += 1;
            if *seen > held.get(line).copied().unwrap_or(0) {
                counts.new += 1;
                counts.new_sum += line.amount;
                all.push((line, source));
            } else {
                counts.unchanged += 1;
                counts.unchanged_sum += line.amount;
            }
        }
        for (line, copies) in in_file {
            let held = held.entry(line).or_default();
            *held = (*held).max(copies);
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
    use crate::model::Language;
    use crate::model::test_support::d;

    fn line(date: &str, invoice: &str, ore: i64) -> SpendLine {
        SpendLine {
            date: d(date),
            org_no: "556677-8899".into(),
            supplier: "Edu, AB".into(),
            amount: Money::from_ore(ore),
            department: String::new(),
            account: "4010".into(),
            invoice: invoice.into(),
            contract: String::new(),
        }
    }

    fn plan(stored: &str, incoming: &[Incoming<'_>]) -> YearPlan {
        plan_year("spend/2026.csv", 2026, stored, incoming, Language::En).unwrap()
    }

    #[test]
    fn identical_lines_are_all_kept_sorted_and_a_second_import_adds_nothing() {
        let a = line("2026-02-01", "F-2", 100);
        let b = line("2026-01-01", "F-1", -1250);
        let first = plan(
            "",
            &[(0, &a, "x.xlsx"), (0, &b, "x.xlsx"), (0, &a, "x.xlsx")],
        );
        assert_eq!(
            first.counts,
            YearCounts {
                year: 2026,
                new: 3,
                new_sum: Money::from_ore(-1050),
                ..YearCounts::default()
            }
        );
        let text = String::from_utf8(first.content).unwrap();
        assert_eq!(
            text,
            "date,org_no,supplier,amount,department,account,invoice,source\n\
             2026-01-01,556677-8899,\"Edu, AB\",-12.50,,4010,F-1,x.xlsx\n\
             2026-02-01,556677-8899,\"Edu, AB\",1.00,,4010,F-2,x.xlsx\n\
             2026-02-01,556677-8899,\"Edu, AB\",1.00,,4010,F-2,x.xlsx\n"
        );
        let again = plan(
            &text,
            &[
                (0, &a, "other.csv"),
                (0, &b, "other.csv"),
                (0, &a, "other.csv"),
            ],
        );
        assert_eq!((again.counts.new, again.counts.unchanged), (0, 3));
        assert_eq!(again.counts.unchanged_sum, Money::from_ore(-1050));
        assert_eq!(String::from_utf8(again.content).unwrap(), text);
    }

    #[test]
    fn an_overlapping_export_adds_only_its_new_copies() {
        let a = line("2026-02-01", "F-2", 100);
        let b = line("2026-03-01", "F-3", 700);
        let text = String::from_utf8(plan("", &[(0, &a, "jan.csv")]).content).unwrap();
        // The year-to-date export holds a twice (one more than stored) and b once.
        let ytd = plan(
            &text,
            &[(0, &a, "feb.csv"), (0, &b, "feb.csv"), (0, &a, "feb.csv")],
        );
        assert_eq!((ytd.counts.new, ytd.counts.unchanged), (2, 1));
        assert_eq!(ytd.counts.new_sum, Money::from_ore(800));
        assert_eq!(String::from_utf8(ytd.content).unwrap().lines().count(), 4);
    }

    #[test]
    fn several_files_count_as_separate_calls() {
        let a = line("2026-02-01", "F-2", 100);
        // Two files with a once each: the second adds nothing, as a second call would.
        let two = plan("", &[(0, &a, "a.csv"), (1, &a, "b.csv")]);
        assert_eq!((two.counts.new, two.counts.unchanged), (1, 1));
        // A second file with a twice adds the one copy beyond the first's.
        let more = plan("", &[(0, &a, "a.csv"), (1, &a, "b.csv"), (1, &a, "b.csv")]);
        assert_eq!((more.counts.new, more.counts.unchanged), (2, 1));
    }
}
