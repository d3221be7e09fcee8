//! Accounts-payable rows of `spend/<YYYY>.csv` as plain data (SPEC §2.5, §12).
//!
//! A register may hold a million rows, so a row is a fixed 48 bytes: the date, the amount and
//! handles into one string table where every repeated text (org number, supplier, department,
//! account, source file) is stored once. Invoice numbers are mostly unique and go into one
//! arena instead of being interned.

use crate::money::Money;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A handle to an interned text of a [`Spend`]; `Sym::EMPTY` is the empty text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(u32);

impl Sym {
    /// The empty text.
    pub const EMPTY: Sym = Sym(0);

    /// The handle as an index, for tables with one entry per text.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// Whether this is the empty text.
    pub fn is_empty(self) -> bool {
        self == Sym::EMPTY
    }
}

/// One accounts-payable row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpendRow {
    pub date: NaiveDate,
    /// SEK excluding VAT, negative for credit notes.
    pub amount: Money,
    /// `NNNNNN-NNNN`, or empty.
    pub org_no: Sym,
    pub supplier: Sym,
    pub department: Sym,
    pub account: Sym,
    pub source: Sym,
    /// The contract reference read from the ledger (SPEC §12), mostly empty.
    pub contract: Sym,
    /// Byte range of the invoice number in the arena.
    invoice: (u32, u32),
}

/// Every spend row of a register, in file order (files by year, rows by line).
#[derive(Clone, Debug, PartialEq)]
pub struct Spend {
    pub rows: Vec<SpendRow>,
    texts: Vec<Box<str>>,
    arena: String,
    /// Texts of more than [`SHORT`] bytes.
    index: HashMap<Box<str>, Sym, FastHash>,
    /// Texts of at most [`SHORT`] bytes (org numbers, accounts, file names) by their packed
    /// bytes: a million rows then cost integer lookups instead of string hashing and comparing.
    short: HashMap<u128, Sym, FastHash>,
    /// The last text interned and its handle: consecutive rows often repeat a text (the source
    /// file, the department), which then costs one comparison instead of a hash lookup.
    last: [Sym; 6],
}

/// The longest text interned by its packed bytes.
const SHORT: usize = 15;

/// `text` of at most [`SHORT`] bytes as one integer: its bytes and, in the top byte, its length.
fn pack(text: &str) -> Option<u128> {
    let bytes = text.as_bytes();
    if bytes.len() > SHORT {
        return None;
    }
    let mut packed = [0u8; 16];
    packed[..bytes.len()].copy_from_slice(bytes);
    packed[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(packed))
}

/// A multiply-rotate hash (the one of the Rust compiler's `FxHasher`) for the intern tables:
/// their keys come from the register's own files and SipHash's protection against chosen
/// collisions is not worth a quarter of the load time of a million rows.
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut rest = [0u8; 8];
        let tail = chunks.remainder();
        rest[..tail.len()].copy_from_slice(tail);
        self.add(u64::from_le_bytes(rest) ^ ((tail.len() as u64) << 56));
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_u128(&mut self, n: u128) {
        self.add(n as u64);
        self.add((n >> 64) as u64);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits mix every input bit; the table picks buckets by the low ones.
        self.0.rotate_left(26)
    }
}

/// The hasher of the intern tables and of indexes keyed by [`Sym`].
pub type FastHash = BuildHasherDefault<FxHasher>;

impl Default for Spend {
    fn default() -> Self {
        Spend {
            rows: Vec::new(),
            texts: vec!["".into()],
            arena: String::new(),
            index: HashMap::default(),
            short: HashMap::default(),
            last: [Sym::EMPTY; 6],
        }
    }
}

/// The fields of a row to add, with texts borrowed.
#[derive(Clone, Copy, Debug)]
pub struct NewRow<'a> {
    pub date: NaiveDate,
    pub amount: Money,
    pub org_no: &'a str,
    pub supplier: &'a str,
    pub department: &'a str,
    pub account: &'a str,
    pub invoice: &'a str,
    /// The contract reference, empty when the ledger has none.
    pub contract: &'a str,
    pub source: &'a str,
}

impl Spend {
    /// Interns `text`; the same text always gives the same handle.
    pub fn intern(&mut self, text: &str) -> Sym {
        if text.is_empty() {
            return Sym::EMPTY;
        }
        let next = Sym(self.texts.len() as u32);
        let sym = match pack(text) {
            Some(packed) => *self.short.entry(packed).or_insert(next),
            None => match self.index.get(text) {
                Some(&sym) => sym,
                None => {
                    self.index.insert(text.into(), next);
                    next
                }
            },
        };
        if sym == next {
            self.texts.push(text.into());
        }
        sym
    }

    /// [`Spend::intern`] with the last handle of field `field` tried first.
    fn intern_at(&mut self, field: usize, text: &str) -> Sym {
        if text.is_empty() {
            return Sym::EMPTY;
        }
        let sym = self.last[field];
        if self.text(sym) == text {
            return sym;
        }
        let sym = self.intern(text);
        self.last[field] = sym;
        sym
    }

    /// The text of `sym`.
    pub fn text(&self, sym: Sym) -> &str {
        self.texts.get(sym.0 as usize).map_or("", |t| t)
    }

    /// The handle of `text` if some row uses it (never interns).
    pub fn lookup(&self, text: &str) -> Option<Sym> {
        if text.is_empty() {
            return Some(Sym::EMPTY);
        }
        match pack(text) {
            Some(packed) => self.short.get(&packed).copied(),
            None => self.index.get(text).copied(),
        }
    }

    /// Appends a row.
    pub fn push(&mut self, row: NewRow<'_>) {
        let start = self.arena.len() as u32;
        self.arena.push_str(row.invoice);
        let invoice = (start, self.arena.len() as u32);
        let spend_row = SpendRow {
            date: row.date,
            amount: row.amount,
            org_no: self.intern_at(0, row.org_no),
            supplier: self.intern_at(1, row.supplier),
            department: self.intern_at(2, row.department),
            account: self.intern_at(3, row.account),
            source: self.intern_at(4, row.source),
            contract: self.intern_at(5, row.contract),
            invoice,
        };
        self.rows.push(spend_row);
    }

    /// Appends every row of `other`, re-interning its texts.
    pub fn append(&mut self, other: &Spend) {
        self.rows.reserve(other.rows.len());
        for row in &other.rows {
            self.push(other.new_row(row));
        }
    }

    /// Appends every row of `other`, interning each of its texts once rather than once per row
    /// (merging the parts of a large file read in parallel).
    pub fn absorb(&mut self, other: Spend) {
        let map: Vec<Sym> = other.texts.iter().map(|t| self.intern(t)).collect();
        let at = |sym: Sym| map.get(sym.0 as usize).copied().unwrap_or(Sym::EMPTY);
        let base = self.arena.len() as u32;
        self.arena.push_str(&other.arena);
        self.rows.reserve(other.rows.len());
        self.rows.extend(other.rows.iter().map(|row| SpendRow {
            org_no: at(row.org_no),
            supplier: at(row.supplier),
            department: at(row.department),
            account: at(row.account),
            source: at(row.source),
            contract: at(row.contract),
            invoice: (row.invoice.0 + base, row.invoice.1 + base),
            ..*row
        }));
    }

    /// The invoice number of `row`.
    pub fn invoice(&self, row: &SpendRow) -> &str {
        self.arena
            .get(row.invoice.0 as usize..row.invoice.1 as usize)
            .unwrap_or("")
    }

    /// The org number of `row`, if it has one.
    pub fn org_no(&self, row: &SpendRow) -> Option<&str> {
        (!row.org_no.is_empty()).then(|| self.text(row.org_no))
    }

    /// `row` with its texts, for copying into another [`Spend`].
    pub fn new_row<'a>(&'a self, row: &SpendRow) -> NewRow<'a> {
        NewRow {
            date: row.date,
            amount: row.amount,
            org_no: self.text(row.org_no),
            supplier: self.text(row.supplier),
            department: self.text(row.department),
            account: self.text(row.account),
            invoice: self.invoice(row),
            contract: self.text(row.contract),
            source: self.text(row.source),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_repeated_texts_once() {
        let mut spend = Spend::default();
        for invoice in ["F-1", "F-2"] {
            spend.push(NewRow {
                date: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(),
                amount: Money::from_kronor(10),
                org_no: "556677-8899",
                supplier: "Edu AB",
                department: "",
                account: "4010",
                invoice,
                contract: "",
                source: "a.xlsx",
            });
        }
        assert_eq!(spend.rows[0].supplier, spend.rows[1].supplier);
        assert_eq!(spend.invoice(&spend.rows[1]), "F-2");
        assert_eq!(spend.org_no(&spend.rows[0]), Some("556677-8899"));
        assert!(spend.rows[0].department.is_empty());
        // 64 since money is an i128 of öre (exact sums, issue 31; 16-byte aligned) and rows keep
        // their contract reference (issue 23); was 40. An i64 of öre in the row would give 48.
        assert_eq!(std::mem::size_of::<SpendRow>(), 64);
        let mut merged = Spend::default();
        merged.intern("Annan AB");
        merged.absorb(spend.clone());
        assert_eq!(merged.rows.len(), 2);
        for (a, b) in merged.rows.iter().zip(&spend.rows) {
            assert_eq!(
                format!("{:?}", merged.new_row(a)),
                format!("{:?}", spend.new_row(b))
            );
        }
    }
}
