//! The fast path of `contract.toml` (issue 15): a scanner for the fixed schema of SPEC §2.2 in
//! the subset of TOML that avtal and people write, straight into a [`Contract`] without a
//! spanned tree. It never reports anything: on any construct outside the subset, and on any
//! value the walker ([`super::contract`]) would report, it gives up (`None`) and the walker runs,
//! so every diagnostic still comes from one place. The property tests below hold it to the
//! walker: whenever it returns a contract, the walker returns the same one without errors.

use super::contract_schema::{
    CONTACT_KEYS, KPI_KEYS, OPTION_KEYS, ROLE_KEYS, SUPPLIERS_KEYS, TOP_KEYS, check_org_no,
};
use crate::dates::Frequency;
use crate::limits::{MAX_TEXT_CHARS, MIN_YEAR};
use crate::model::{
    CallOff, Contact, Contract, ContractOption, Direction, Kind, Kpi, Kraljic, Party, Requirement,
    Roles, Supplier,
};
use crate::money::Money;
use chrono::{Datelike, NaiveDate};

/// A scalar or an array of scalars, as the subset allows them.
enum Value {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Date(NaiveDate),
    Strs(Vec<String>),
    Ints(Vec<i64>),
}

/// The table the following keys belong to.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    Root,
    Supplier,
    Suppliers,
    Roles,
    Contacts,
    Options,
    Kpis,
    Requirements,
}

impl Section {
    /// The section a header line names: `[name]` for tables, `[[name]]` for arrays of tables.
    fn of_header(name: &str, array: bool) -> Option<Section> {
        Some(match (name, array) {
            ("supplier", false) => Section::Supplier,
            ("roles", false) => Section::Roles,
            ("suppliers", true) => Section::Suppliers,
            ("contacts", true) => Section::Contacts,
            ("options", true) => Section::Options,
            ("kpis", true) => Section::Kpis,
            ("requirements", true) => Section::Requirements,
            // `[price_adjustment]` and anything else is left to the walker.
            _ => return None,
        })
    }
}

/// `contract.toml` of the contract `key` as the walker would return it, or `None` when the
/// scanner cannot vouch for that (see the module documentation).
pub fn scan_contract(
    key: &str,
    source: &str,
    is_key: Option<&dyn Fn(&str) -> bool>,
) -> Option<Contract> {
    let mut builder = Builder::default();
    let mut scanner = Scanner {
        bytes: source.as_bytes(),
        text: source,
        at: 0,
    };
    let mut section = Section::Root;
    // Keys seen in the current table (by position in its key list) and tables seen at all.
    let mut seen: u32 = 0;
    let mut tables_seen: u32 = 0;
    loop {
        scanner.skip_blank();
        match scanner.peek() {
            None => break,
            Some(b'\n') => scanner.at += 1,
            Some(b'\r') => scanner.newline()?,
            Some(b'#') => scanner.comment_to_line_end()?,
            Some(b'[') => {
                let (name, array) = scanner.header()?;
                named(section, seen)?;
                section = Section::of_header(name, array)?;
                let bit = 1 << section as u32;
                if !array && tables_seen & bit != 0 {
                    return None;
                }
                tables_seen |= bit;
                builder.open(section);
                seen = 0;
            }
            Some(_) => {
                let name = scanner.bare_key()?;
                scanner.skip_blank();
                scanner.expect(b'=')?;
                scanner.skip_blank();
                let value = scanner.value()?;
                scanner.line_end()?;
                let index = builder.set(section, name, value)?;
                if seen & (1 << index) != 0 {
                    return None;
                }
                seen |= 1 << index;
            }
        }
    }
    named(section, seen)?;
    // `[supplier]` and `[[suppliers]]` together, or neither, is the walker's to report.
    let supplier_bits = (1 << Section::Supplier as u32) | (1 << Section::Suppliers as u32);
    if (tables_seen & supplier_bits).count_ones() != 1 {
        return None;
    }
    builder.finish(key, is_key)
}

/// Whether a supplier or contact table just closed had its required `name` (an empty name is a
/// name, so the key mask tells, not the value).
fn named(section: Section, seen: u32) -> Option<()> {
    let keys = match section {
        Section::Supplier | Section::Suppliers => SUPPLIERS_KEYS,
        Section::Contacts => CONTACT_KEYS,
        _ => return Some(()),
    };
    (seen & (1 << position(keys, "name")?) != 0).then_some(())
}

/// A cursor over the bytes of the file.
struct Scanner<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
}

/// Whether `byte` may not appear in a comment or a string (TOML: control characters but tab).
fn is_control(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\t') || byte == 0x7f
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// `\n` or `\r\n`.
    fn newline(&mut self) -> Option<()> {
        if self.peek() == Some(b'\r') {
            self.at += 1;
        }
        self.expect(b'\n')
    }

    /// From `#` up to (not including) the line end.
    fn comment_to_line_end(&mut self) -> Option<()> {
        while let Some(byte) = self.peek() {
            if byte == b'\n' || byte == b'\r' {
                return Some(());
            }
            if is_control(byte) {
                return None;
            }
            self.at += 1;
        }
        Some(())
    }

    /// Blanks, an optional comment, then a line end or the end of the file.
    fn line_end(&mut self) -> Option<()> {
        self.skip_blank();
        if self.peek() == Some(b'#') {
            self.comment_to_line_end()?;
        }
        match self.peek() {
            None => Some(()),
            Some(_) => self.newline(),
        }
    }

    /// `[name]` or `[[name]]` with a bare name and nothing else on the line but a comment.
    fn header(&mut self) -> Option<(&'a str, bool)> {
        self.expect(b'[')?;
        let array = self.peek() == Some(b'[');
        if array {
            self.at += 1;
        }
        let name = self.bare_key()?;
        self.expect(b']')?;
        if array {
            self.expect(b']')?;
        }
        self.line_end()?;
        Some((name, array))
    }

    fn bare_key(&mut self) -> Option<&'a str> {
        let start = self.at;
        while matches!(
            self.peek(),
            Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-')
        ) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    fn value(&mut self) -> Option<Value> {
        match self.peek()? {
            b'"' | b'\'' => self.string().map(Value::Str),
            b'[' => self.array(),
            b't' if self.bytes[self.at..].starts_with(b"true") => {
                self.at += 4;
                Some(Value::Bool(true))
            }
            b'f' if self.bytes[self.at..].starts_with(b"false") => {
                self.at += 5;
                Some(Value::Bool(false))
            }
            b'0'..=b'9' | b'+' | b'-' => self.number_or_date(),
            _ => None,
        }
        .filter(|_| self.at_value_end())
    }

    /// Whether a value ends here: what may follow a value on a line or in an array.
    fn at_value_end(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(b' ' | b'\t' | b'\n' | b'\r' | b'#' | b',' | b']')
        )
    }

    /// A one-line basic (`"…"`, with escapes) or literal (`'…'`) string.
    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        if self.bytes[self.at..].starts_with(if quote == b'"' { b"\"\"\"" } else { b"'''" }) {
            return None; // multi-line strings are the walker's
        }
        self.at += 1;
        let mut text = String::new();
        let mut run = self.at;
        loop {
            let byte = self.peek()?;
            if byte == quote {
                text.push_str(&self.text[run..self.at]);
                self.at += 1;
                break;
            }
            if is_control(byte) {
                return None;
            }
            if byte == b'\\' && quote == b'"' {
                text.push_str(&self.text[run..self.at]);
                self.at += 1;
                text.push(self.escape()?);
                run = self.at;
            } else {
                self.at += 1;
            }
        }
        // SPEC §2.2's bound on every text (counted in characters, as the walker does).
        if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
            return None;
        }
        Some(text)
    }

    /// The character of the escape after `\`.
    fn escape(&mut self) -> Option<char> {
        let byte = self.peek()?;
        self.at += 1;
        Some(match byte {
            b'b' => '\u{8}',
            b't' => '\t',
            b'n' => '\n',
            b'f' => '\u{c}',
            b'r' => '\r',
            b'"' => '"',
            b'\\' => '\\',
            b'u' => self.hex_char(4)?,
            b'U' => self.hex_char(8)?,
            _ => return None,
        })
    }

    fn hex_char(&mut self, digits: usize) -> Option<char> {
        let hex = self.text.get(self.at..self.at + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at += digits;
        char::from_u32(u32::from_str_radix(hex, 16).ok()?)
    }

    /// A decimal integer, a decimal float or a local date, each strictly as TOML spells it.
    fn number_or_date(&mut self) -> Option<Value> {
        let start = self.at;
        let rest = &self.bytes[start..];
        if rest.len() >= 10
            && rest[..4].iter().all(u8::is_ascii_digit)
            && rest[4] == b'-'
            && rest[5..7].iter().all(u8::is_ascii_digit)
            && rest[7] == b'-'
            && rest[8..10].iter().all(u8::is_ascii_digit)
        {
            self.at += 10;
            // A time after the date (`T…` or ` 10:…`) makes it a date-time: the walker's.
            if matches!(self.peek(), Some(b'T' | b't'))
                || (self.peek() == Some(b' ')
                    && self.bytes.get(self.at + 1).is_some_and(u8::is_ascii_digit))
            {
                return None;
            }
            let field = |range: std::ops::Range<usize>| self.text[start..][range].parse::<u32>();
            let date = NaiveDate::from_ymd_opt(
                field(0..4).ok()? as i32,
                field(5..7).ok()?,
                field(8..10).ok()?,
            )?;
            return (date.year() >= i32::from(MIN_YEAR)).then_some(Value::Date(date));
        }
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.at += 1;
        }
        self.digits(true)?;
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits(false)?;
            float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits(false)?;
            float = true;
        }
        let digits = self.text[start..self.at].replace('_', "");
        if float {
            let number: f64 = digits.parse().ok()?;
            number.is_finite().then_some(Value::Float(number))
        } else {
            digits.parse().ok().map(Value::Int)
        }
    }

    /// Decimal digits with single `_` between them; `integer_part` forbids leading zeros.
    fn digits(&mut self, integer_part: bool) -> Option<()> {
        let start = self.at;
        let first = self.peek().filter(u8::is_ascii_digit)?;
        self.at += 1;
        loop {
            match self.peek() {
                Some(b'0'..=b'9') => self.at += 1,
                Some(b'_') if self.bytes.get(self.at + 1).is_some_and(u8::is_ascii_digit) => {
                    self.at += 2
                }
                _ => break,
            }
        }
        let leading_zero = integer_part && first == b'0' && self.at > start + 1;
        (!leading_zero).then_some(())
    }

    /// Whitespace, line ends and comments inside an array.
    fn skip_array_blank(&mut self) -> Option<()> {
        loop {
            self.skip_blank();
            match self.peek()? {
                b'\n' | b'\r' => self.newline()?,
                b'#' => self.comment_to_line_end()?,
                _ => return Some(()),
            }
        }
    }

    /// An array of strings or of integers, on one line or several (a trailing comma allowed).
    fn array(&mut self) -> Option<Value> {
        self.expect(b'[')?;
        let mut strings = Vec::new();
        let mut integers = Vec::new();
        loop {
            self.skip_array_blank()?;
            if self.peek()? == b']' {
                break;
            }
            match self.value()? {
                Value::Str(text) if integers.is_empty() => strings.push(text),
                Value::Int(number) if strings.is_empty() => integers.push(number),
                _ => return None,
            }
            self.skip_array_blank()?;
            match self.peek()? {
                b',' => self.at += 1,
                b']' => break,
                _ => return None,
            }
        }
        self.at += 1;
        // An empty array is an empty array of strings; `months = []` is refused at the key.
        Some(if integers.is_empty() {
            Value::Strs(strings)
        } else {
            Value::Ints(integers)
        })
    }
}

/// The contract as its keys arrive, with each array-of-tables element in file order.
#[derive(Default)]
struct Builder {
    title: Option<String>,
    diarienummer: Option<String>,
    category: Option<String>,
    kind: Option<Kind>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    terminated: Option<NaiveDate>,
    annual_value: Option<f64>,
    business_critical: bool,
    kraljic: Option<Kraljic>,
    priority: Option<u8>,
    successor: Option<String>,
    keywords: Vec<String>,
    contract_value: Option<Money>,
    max_value: Option<Money>,
    works: bool,
    special_reasons: Option<String>,
    call_off: Option<CallOff>,
    ordering: Option<String>,
    spend_accounts: Vec<String>,
    suppliers: Vec<Supplier>,
    roles: Roles,
    contacts: Vec<Contact>,
    options: Vec<(Option<i64>, Option<i64>, bool, bool)>,
    kpis: Vec<KpiDraft>,
    requirements: Vec<Option<String>>,
}

/// A `[[kpis]]` element before its required keys and `months` are checked.
#[derive(Default)]
struct KpiDraft {
    id: Option<String>,
    name: Option<String>,
    unit: String,
    target: Option<f64>,
    direction: Direction,
    frequency: Frequency,
    aliases: Vec<String>,
    months: Option<Vec<i64>>,
}

/// The position of `key` in `keys`, for the duplicate-key mask.
fn position(keys: &[&str], key: &str) -> Option<u32> {
    keys.iter().position(|k| *k == key).map(|i| i as u32)
}

fn text(value: Value) -> Option<String> {
    match value {
        Value::Str(text) => Some(text),
        _ => None,
    }
}

fn flag(value: Value) -> Option<bool> {
    match value {
        Value::Bool(flag) => Some(flag),
        _ => None,
    }
}

fn date(value: Value) -> Option<NaiveDate> {
    match value {
        Value::Date(date) => Some(date),
        _ => None,
    }
}

fn integer(value: Value) -> Option<i64> {
    match value {
        Value::Int(number) => Some(number),
        _ => None,
    }
}

/// A number as the walker reads it: an integer or a finite float.
fn number(value: Value) -> Option<f64> {
    match value {
        Value::Int(number) => Some(number as f64),
        Value::Float(number) => Some(number),
        _ => None,
    }
}

fn strings(value: Value) -> Option<Vec<String>> {
    match value {
        Value::Strs(strings) => Some(strings),
        _ => None,
    }
}

/// An amount of SEK >= 0 that fits in öre.
fn money(value: Value) -> Option<Money> {
    number(value)
        .filter(|sek| *sek >= 0.0)
        .and_then(Money::from_sek)
}

/// One of `variants` (by their spelling), exactly.
fn choice<T: Copy>(value: Value, variants: &[T], spell: fn(T) -> &'static str) -> Option<T> {
    let text = text(value)?;
    variants.iter().copied().find(|v| spell(*v) == text)
}

impl Builder {
    /// A new element for an array-of-tables header.
    fn open(&mut self, section: Section) {
        match section {
            Section::Supplier | Section::Suppliers => self.suppliers.push(Supplier::default()),
            Section::Contacts => self.contacts.push(Contact {
                name: String::new(),
                party: None,
                role: None,
                email: None,
                phone: None,
                escalation: false,
                public: false,
            }),
            Section::Options => self.options.push((None, None, false, false)),
            Section::Kpis => self.kpis.push(KpiDraft::default()),
            Section::Requirements => self.requirements.push(None),
            Section::Root | Section::Roles => {}
        }
    }

    /// Stores `key = value` of `section`; returns the key's position for the duplicate check.
    fn set(&mut self, section: Section, key: &str, value: Value) -> Option<u32> {
        match section {
            Section::Root => self.set_root(key, value),
            Section::Supplier | Section::Suppliers => {
                let supplier = self.suppliers.last_mut()?;
                match key {
                    "name" => supplier.name = text(value)?,
                    "org_no" => supplier.org_no = Some(check_org_no(&text(value)?).ok()?),
                    "rank" if section == Section::Suppliers => {
                        let rank = integer(value)?;
                        supplier.rank = Some(u32::try_from(rank).ok().filter(|rank| *rank >= 1)?);
                    }
                    _ => return None,
                }
                position(SUPPLIERS_KEYS, key)
            }
            Section::Roles => {
                let roles = &mut self.roles;
                let slot = match key {
                    "controller" => &mut roles.controller,
                    "owner" => &mut roles.owner,
                    "partner_owner" => &mut roles.partner_owner,
                    _ => return None,
                };
                *slot = Some(text(value)?);
                position(ROLE_KEYS, key)
            }
            Section::Contacts => {
                let contact = self.contacts.last_mut()?;
                match key {
                    "name" => contact.name = text(value)?,
                    "party" => {
                        contact.party = Some(match text(value)?.as_str() {
                            "buyer" => Party::Buyer,
                            "supplier" => Party::Supplier,
                            _ => return None,
                        })
                    }
                    "role" => contact.role = Some(text(value)?),
                    "email" => contact.email = Some(text(value)?),
                    "phone" => contact.phone = Some(text(value)?),
                    "escalation" => contact.escalation = flag(value)?,
                    "public" => contact.public = flag(value)?,
                    _ => return None,
                }
                position(CONTACT_KEYS, key)
            }
            Section::Options => {
                let option = self.options.last_mut()?;
                match key {
                    "months" => option.0 = Some(integer(value).filter(|m| (1..=1200).contains(m))?),
                    "notice_months" => {
                        option.1 = Some(integer(value).filter(|m| (0..=1200).contains(m))?)
                    }
                    "exercised" => option.2 = flag(value)?,
                    "declined" => option.3 = flag(value)?,
                    _ => return None,
                }
                position(OPTION_KEYS, key)
            }
            Section::Kpis => {
                let kpi = self.kpis.last_mut()?;
                match key {
                    "id" => kpi.id = Some(text(value)?),
                    "name" => kpi.name = Some(text(value)?),
                    "unit" => kpi.unit = text(value)?,
                    "target" => kpi.target = Some(number(value)?),
                    "direction" => {
                        kpi.direction = match text(value)?.as_str() {
                            "higher" => Direction::Higher,
                            "lower" => Direction::Lower,
                            _ => return None,
                        }
                    }
                    "frequency" => {
                        kpi.frequency = choice(value, &Frequency::ALL, Frequency::as_str)?
                    }
                    "aliases" => kpi.aliases = strings(value)?,
                    "months" => {
                        kpi.months = Some(match value {
                            Value::Ints(months) => months,
                            _ => return None,
                        })
                    }
                    _ => return None,
                }
                position(KPI_KEYS, key)
            }
            Section::Requirements => {
                if key != "name" {
                    return None;
                }
                *self.requirements.last_mut()? = Some(text(value)?);
                Some(0)
            }
        }
    }

    fn set_root(&mut self, key: &str, value: Value) -> Option<u32> {
        match key {
            "title" => self.title = Some(text(value)?),
            "diarienummer" => self.diarienummer = Some(text(value)?),
            "category" => self.category = Some(text(value)?),
            "kind" => self.kind = Some(choice(value, &Kind::ALL, Kind::as_str)?),
            "start" => self.start = Some(date(value)?),
            "end" => self.end = Some(date(value)?),
            "terminated" => self.terminated = Some(date(value)?),
            "annual_value" => {
                let bound = 0.0..=crate::money::MAX_AMOUNT_SEK;
                self.annual_value = Some(number(value).filter(|v| bound.contains(v))?)
            }
            "business_critical" => self.business_critical = flag(value)?,
            "kraljic" => self.kraljic = Some(choice(value, &Kraljic::ALL, Kraljic::as_str)?),
            "priority" => {
                self.priority = Some(integer(value).filter(|p| (1..=3).contains(p))? as u8)
            }
            "successor" => self.successor = Some(text(value)?),
            "keywords" => self.keywords = strings(value)?,
            "contract_value" => self.contract_value = Some(money(value)?),
            "max_value" => self.max_value = Some(money(value)?),
            "works" => self.works = flag(value)?,
            "special_reasons" => self.special_reasons = Some(text(value)?),
            "call_off" => self.call_off = Some(choice(value, &CallOff::ALL, CallOff::as_str)?),
            "ordering" => self.ordering = Some(text(value)?),
            "spend_accounts" => self.spend_accounts = strings(value)?,
            _ => return None,
        }
        position(TOP_KEYS, key)
    }

    /// The rules across keys, as the walker applies them; any breach gives up.
    fn finish(self, key: &str, is_key: Option<&dyn Fn(&str) -> bool>) -> Option<Contract> {
        let (title, start, end) = (self.title?, self.start?, self.end?);
        if end < start || self.terminated.is_some_and(|t| t < start) {
            return None;
        }
        if let Some(successor) = &self.successor
            && (successor == key || is_key.is_some_and(|is_key| !is_key(successor)))
        {
            return None;
        }
        let kind = self.kind.unwrap_or_default();
        if self.call_off.is_some() && kind != Kind::Framework {
            return None;
        }
        let mut suppliers = self.suppliers;
        for (i, supplier) in suppliers.iter().enumerate() {
            let earlier = &suppliers[..i];
            if supplier.rank.is_some() && earlier.iter().any(|s| s.rank == supplier.rank)
                || supplier.org_no.is_some() && earlier.iter().any(|s| s.org_no == supplier.org_no)
            {
                return None;
            }
        }
        suppliers.sort_by_key(|s| (s.rank.is_none(), s.rank));
        Some(Contract {
            key: key.to_string(),
            title,
            diarienummer: self.diarienummer,
            category: self.category,
            kind,
            start,
            end,
            terminated: self.terminated,
            annual_value: self.annual_value.unwrap_or(0.0),
            business_critical: self.business_critical,
            kraljic: self.kraljic,
            priority: self.priority,
            successor: self.successor,
            keywords: self.keywords,
            contract_value: self.contract_value,
            max_value: self.max_value,
            works: self.works,
            special_reasons: self.special_reasons,
            call_off: self.call_off,
            ordering: self.ordering,
            spend_accounts: self.spend_accounts,
            suppliers,
            roles: self.roles,
            contacts: self.contacts,
            options: options(self.options, end)?,
            kpis: kpis(self.kpis)?,
            requirements: self
                .requirements
                .into_iter()
                .map(|name| name.map(|name| Requirement { name }))
                .collect::<Option<_>>()?,
            price_adjustment: None,
            kpi_rows: Vec::new(),
            kpi_texts: Default::default(),
            log: Vec::new(),
        })
    }
}

/// `[[options]]` with their order rules and the 9999-12-31 bound of [`super::bounds`].
fn options(
    drafts: Vec<(Option<i64>, Option<i64>, bool, bool)>,
    end: NaiveDate,
) -> Option<Vec<ContractOption>> {
    let last = 9999 * 12 + 11;
    let mut month = i64::from(end.year()) * 12 + i64::from(end.month0());
    let mut blocked = false;
    let mut options = Vec::with_capacity(drafts.len());
    for (months, notice_months, exercised, declined) in drafts {
        let (months, notice_months) = (months?, notice_months?);
        month += months;
        if exercised && (declined || blocked) || month > last {
            return None;
        }
        blocked |= !exercised;
        options.push(ContractOption {
            months: months as u32,
            notice_months: notice_months as u32,
            exercised,
            declined,
        });
    }
    Some(options)
}

/// `[[kpis]]` with their id, required-key and `months` rules.
fn kpis(drafts: Vec<KpiDraft>) -> Option<Vec<Kpi>> {
    let mut kpis: Vec<Kpi> = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let id = draft.id?;
        let valid = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !valid || kpis.iter().any(|k| k.id == id) {
            return None;
        }
        let months = match draft.months {
            None => Vec::new(),
            Some(numbers) => {
                if draft.frequency != Frequency::Monthly
                    || numbers.is_empty()
                    || numbers.iter().any(|m| !(1..=12).contains(m))
                {
                    return None;
                }
                let mut months: Vec<u32> = numbers.iter().map(|m| *m as u32).collect();
                months.sort_unstable();
                months.dedup();
                months
            }
        };
        kpis.push(Kpi {
            id,
            name: draft.name?,
            unit: draft.unit,
            target: draft.target?,
            direction: draft.direction,
            frequency: draft.frequency,
            aliases: draft.aliases,
            months,
        });
    }
    Some(kpis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::contract::walk_contract;
    use proptest::prelude::*;
    use std::path::Path;

    /// Every `contract.toml` of the demo register and the test fixtures, with its path.
    fn corpus() -> &'static [(String, String)] {
        static CORPUS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
        CORPUS.get_or_init(read_corpus)
    }

    fn read_corpus() -> Vec<(String, String)> {
        fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.file_name().is_some_and(|n| n == "contract.toml")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    out.push((path.display().to_string(), text));
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        walk(&root.join("contracts"), &mut out);
        walk(&root.join("tests/fixtures"), &mut out);
        out.sort();
        out
    }

    /// Half of all keys name a contract, so that `successor` is checked both ways.
    fn is_key(name: &str) -> bool {
        name.len().is_multiple_of(2)
    }

    /// The property: a contract from the scanner is the walker's, and the walker found no error.
    /// Returns whether the scanner answered.
    fn agrees(source: &str) -> Result<bool, TestCaseError> {
        for check in [None, Some(&is_key as &dyn Fn(&str) -> bool)] {
            let Some(scanned) = scan_contract("k-1", source, check) else {
                return Ok(false);
            };
            match walk_contract(
                "k-1",
                "k-1/contract.toml",
                source,
                check,
                crate::model::Language::En,
            ) {
                Ok(walked) => prop_assert_eq!(scanned, walked, "{}", source),
                Err(errors) => {
                    return Err(TestCaseError::fail(format!(
                        "the scanner accepted what the walker refuses: {errors:?}\n{source}"
                    )));
                }
            }
        }
        Ok(true)
    }

    #[test]
    fn agrees_on_every_contract_of_the_repository() {
        let files = corpus();
        assert!(files.len() > 50, "{}", files.len());
        let mut scanned = 0;
        for (path, text) in files {
            let answered = agrees(text).unwrap_or_else(|e| panic!("{path}: {e}"));
            scanned += usize::from(answered);
            // A valid file without an index clause is in the subset: the fast path takes it.
            let valid = walk_contract(
                "k-1",
                "k-1/contract.toml",
                text,
                None,
                crate::model::Language::En,
            )
            .is_ok();
            if valid && !text.contains("price_adjustment") {
                assert!(
                    scan_contract("k-1", text, None).is_some(),
                    "{path} was left to the walker"
                );
            }
        }
        assert!(scanned > 20, "the scanner took only {scanned} files");
    }

    #[test]
    fn takes_the_subset_and_gives_up_outside_it() {
        let base = "title = 't'\nstart = 2024-01-01\nend = 2025-01-01\n[supplier]\nname = \"X\"\n";
        let tricky = "# c\r\ntitle = \"a\\\"b\\u00e5\\n\" # c\nannual_value = 1_000.5e1\npriority = +2\nstart = 2024-01-01\nend = 2025-01-01\nkeywords = [\n  'x', # c\n  \"y\",\n]\n[supplier]\nname = ''\n[[kpis]]\nid = \"a\"\nname = \"A\"\ntarget = -0.5\nmonths = [12, 1, 1]\n";
        let contract = scan_contract("k", tricky, None).expect("in the subset");
        assert_eq!(contract.title, "a\"bå\n");
        assert_eq!(contract.annual_value, 10_005.0);
        assert_eq!(contract.priority, Some(2));
        assert_eq!(contract.keywords, ["x", "y"]);
        assert_eq!(contract.kpis[0].months, [1, 12]);
        assert!(agrees(tricky).unwrap());
        assert!(agrees(base).unwrap());
        for outside in [
            "x = { a = 1 }\n",
            "[roles]\ncontroller = \"\"\"a\"\"\"\n",
            "terminated = 2024-06-01T10:00:00\n",
            "annual_value = 0x10\n",
            "annual_value = 010\n",
            "annual_value = inf\n",
            "\"title\" = \"t\"\n",
            "[price_adjustment]\nindex = \"KPI\"\nbase = \"2024-01\"\n",
            "[supplier]\nname = \"Y\"\n",
            "terminated = 1899-12-31\n",
            "keywords = [\"a\", 1]\n",
        ] {
            let source = if outside.starts_with("title") {
                base.replacen("title = 't'\n", outside, 1)
            } else {
                format!("{outside}{base}")
            };
            assert_eq!(scan_contract("k", &source, None), None, "{source}");
        }
    }

    /// Snippets that mutations insert: valid and invalid TOML, every rule of SPEC §2.2.
    const SNIPPETS: &[&str] = &[
        "\n",
        " ",
        "#",
        "\"",
        "'",
        "\\",
        "\\u00e5",
        "\\x41",
        "\\e",
        "[",
        "]",
        "[[",
        "]]",
        ",",
        "=",
        "_",
        ".",
        "0",
        "-",
        "+",
        "e",
        "T10:00:00",
        "\r",
        "\t",
        "\u{7f}",
        "\u{1}",
        "å",
        "\u{feff}",
        "\ntitle = \"t\"\n",
        "\nstart = 2024-02-30\n",
        "\nend = 1899-01-01\n",
        "\nterminated = 2000-01-01\n",
        "\nkind = \"framework\"\n",
        "\ncall_off = \"ranking\"\n",
        "\npriority = 4\n",
        "\npriority = 3\n",
        "\nsuccessor = \"k-1\"\n",
        "\nsuccessor = \"other\"\n",
        "\nannual_value = -1\n",
        "\nmax_value = 1e300\n",
        "\ncontract_value = 12.125\n",
        "\n[supplier]\nname = \"S\"\n",
        "\n[[suppliers]]\nname = \"S\"\nrank = 1\norg_no = \"5566778899\"\n",
        "\n[[suppliers]]\nname = \"T\"\nrank = 0\n",
        "\norg_no = \"556677-8898\"\n",
        "\n[[options]]\nmonths = 12\nnotice_months = 3\nexercised = true\n",
        "\n[[options]]\nmonths = 99999\nnotice_months = 3\n",
        "\n[[kpis]]\nid = \"x\"\nname = \"X\"\ntarget = 1\nfrequency = \"yearly\"\n",
        "\nmonths = [1, 13]\n",
        "\nmonths = []\n",
        "\n[[requirements]]\nname = \"R\"\n",
        "\n[roles]\nowner = \"O\"\n",
        "\n[[contacts]]\nparty = \"buyer\"\n",
        "\n[price_adjustment]\nindex = \"KPI\"\nbase = \"2024-01\"\n",
        "\nunknown = 1\n",
        "\nkeywords = [\"a\",\n\"b\" # c\n,]\n",
        "\nname = 9223372036854775808\n",
    ];

    fn mutate(text: &str, kind: u8, at: usize, len: usize, snippet: &str) -> String {
        let boundary = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (start, end) = (boundary(at), boundary(at.saturating_add(len)));
        match kind % 4 {
            0 => format!("{}{snippet}{}", &text[..start], &text[start..]),
            1 => format!("{}{}", &text[..start], &text[end..]),
            2 => format!("{}{snippet}{}", &text[..start], &text[end..]),
            _ => {
                // Duplicate a line: duplicate keys and tables.
                let lines: Vec<&str> = text.lines().collect();
                let line = lines.get(at % lines.len().max(1)).copied().unwrap_or("");
                format!("{}{line}\n{}", &text[..start], &text[start..])
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn agrees_on_mutated_contracts(
            file in any::<prop::sample::Index>(),
            mutations in prop::collection::vec(
                (any::<u8>(), any::<prop::sample::Index>(), 0usize..12, any::<prop::sample::Index>()),
                1..4,
            ),
        ) {
            let files = corpus();
            let mut text = files[file.index(files.len())].1.clone();
            for (kind, at, len, snippet) in mutations {
                let snippet = SNIPPETS[snippet.index(SNIPPETS.len())];
                text = mutate(&text, kind, at.index(text.len() + 1), len, snippet);
            }
            agrees(&text)?;
        }

        #[test]
        fn agrees_on_generated_values(
            title in "[a-zå\"\\\\'\\t\\n#\\[\\] -]{0,12}",
            literal in any::<bool>(),
            number in prop_oneof![
                "[+-]?(0|[1-9](_?[0-9]){0,20})",
                "[+-]?(0|[1-9][0-9]{0,3})(\\.[0-9_]{1,4})?([eE][+-]?[0-9]{1,3})?",
            ],
            year in 1890u32..1910,
            month in 0u32..14,
            day in 0u32..32,
            org_no in prop_oneof!["556677-?8899", "[0-9]{6}-?[0-9]{4}"],
            months in prop::collection::vec(0i64..14, 0..4),
            priority in 0u8..5,
            rank in 0u8..3,
            exercised in any::<[bool; 4]>(),
        ) {
            let quoted = if literal { format!("'{title}'") } else { format!("\"{title}\"") };
            let source = format!(
                "title = {quoted}\nstart = {year}-{month:02}-{day:02}\nend = 1999-12-31\n\
                 annual_value = {number}\npriority = {priority}\n\
                 [[suppliers]]\nname = {quoted}\norg_no = \"{org_no}\"\nrank = {rank}\n\
                 [[options]]\nmonths = 12\nnotice_months = 1\nexercised = {}\ndeclined = {}\n\
                 [[options]]\nmonths = 24\nnotice_months = 1\nexercised = {}\ndeclined = {}\n\
                 [[kpis]]\nid = \"a\"\nname = {quoted}\ntarget = {number}\nmonths = {months:?}\n",
                exercised[0], exercised[1], exercised[2], exercised[3],
            );
            agrees(&source)?;
        }
    }
}
