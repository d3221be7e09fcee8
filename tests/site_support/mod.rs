//! Registers for the site tests, built in code from the demo register so they can use every
//! field of the model (several ranked suppliers, public contacts, `[site]` settings).
#![allow(dead_code)]

use avtal::model::{
    CallOff, Contact, Kind, Language, LogEntry, LogType, Party, Register, Supplier,
};
use avtal::money::Money;
use avtal::render::site::{Options, render};
use chrono::NaiveDate;
use std::path::Path;

/// The demo register's day.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The demo register `contracts/`, loaded.
pub fn demo() -> Register {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts");
    avtal::load::load_register(&root, avtal::load::LanguageChoice::default()).unwrap()
}

/// Renders the site of `register` and writes it into `dir` the way `avtal site` does.
pub fn write_site(register: &Register, lang: Language, internal: bool, dir: &Path) {
    let options = Options {
        today: today(),
        lang,
    };
    let dashboard = internal.then(|| avtal::commands::site::dashboard(register, today(), lang));
    let files = render(register, options, dashboard.as_ref()).unwrap();
    avtal::commands::site::publish(dir, &files, lang).unwrap();
}

/// A contact.
pub fn contact(name: &str, role: &str, email: &str, phone: &str, public: bool) -> Contact {
    Contact {
        name: name.into(),
        party: Some(Party::Supplier),
        role: Some(role.into()),
        email: Some(email.into()),
        phone: Some(phone.into()),
        escalation: false,
        public,
    }
}

/// A journal entry.
pub fn entry(date: &str, kind: LogType, reference: Option<&str>, note: &str) -> LogEntry {
    LogEntry {
        date: avtal::dates::parse_date(date).unwrap(),
        kind,
        reference: reference.map(Into::into),
        due: None,
        amount: None,
        note: note.into(),
        line: 2,
    }
}

/// The demo register with `hemtjanst-2026` turned into a ranked framework with two suppliers,
/// a public contact, an ordering text and the other new catalogue fields.
pub fn framework_register() -> Register {
    let mut register = demo();
    let index = register
        .contracts
        .iter()
        .position(|c| c.key == "hemtjanst-2026")
        .unwrap();
    let c = &mut register.contracts[index];
    c.kind = Kind::Framework;
    c.call_off = Some(CallOff::Ranking);
    c.suppliers = vec![
        Supplier {
            name: "Omsorg Norr AB".into(),
            org_no: Some("556677-8899".into()),
            rank: Some(1),
        },
        Supplier {
            name: "Vård & Hem i Sjövik AB".into(),
            org_no: Some("559012-3450".into()),
            rank: Some(2),
        },
    ];
    c.ordering = Some("Avropa från leverantör 1 i första hand.".into());
    c.max_value = Some(Money::from_kronor(40_000_000));
    c.contacts.push(contact(
        "Sara Öberg",
        "Avtalsansvarig för beställare",
        "sara.oberg@sjovik.example",
        "+46 70 111 22 33",
        true,
    ));
    register
}
