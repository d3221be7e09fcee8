//! The follow-up workbook, modelled on Nacka's template (seed 003): *Fakta och
//! avtalsinformation*, *Samarbetsmodell*, *Leverans och prestation* and *Sammanfattning*,
//! filled from the meeting pack, with input cells for what people add by hand.

mod cells;
mod cooperation;
mod delivery;
mod facts;
mod summary;

use super::failed;
use super::style::Styles;
use crate::error::Error;
use crate::model::{Language, Settings};
use crate::rules::meeting::MeetingPack;
use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

/// The four sheet names in `lang`, in workbook order.
pub fn sheet_names(lang: Language) -> [&'static str; 4] {
    [
        crate::messages::of(lang).facts_and_contract_information(),
        crate::messages::of(lang).cooperation_model(),
        crate::messages::of(lang).delivery_and_performance(),
        crate::messages::of(lang).summary(),
    ]
}

/// The follow-up workbook as xlsx bytes.
pub fn workbook(pack: &MeetingPack, settings: &Settings) -> Result<Vec<u8>, Error> {
    build(pack, settings).map_err(|e| failed(e, pack.lang))
}

fn build(pack: &MeetingPack, settings: &Settings) -> Result<Vec<u8>, XlsxError> {
    let lang = pack.lang;
    let c = pack.contract;
    let styles = Styles::new();
    let mut book = Workbook::new();
    let names = sheet_names(lang);
    let today = pack.today;
    // The creation time is the report date, so the same inputs give the same bytes.
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(2000),
        today.month() as u8,
        today.day() as u8,
    )?;
    let mut properties = DocProperties::new()
        .set_title(format!(
            "{} – {}",
            crate::messages::of(lang).contract_follow_up(),
            c.title
        ))
        .set_subject(format!(
            "{} {} ({}), {}",
            crate::messages::of(lang).follow_up_of_contract(),
            c.key,
            c.title,
            crate::render::facts::supplier_names(c)
        ))
        .set_author("avtal")
        .set_creation_datetime(&created);
    if let Some(org) = pack.organisation {
        properties = properties.set_company(org);
    }
    book.set_properties(&properties);

    let sheet = book.add_worksheet();
    sheet.set_name(names[0])?;
    facts::sheet(sheet, pack, &styles)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names[1])?;
    cooperation::sheet(sheet, pack, settings, &styles)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names[2])?;
    delivery::sheet(sheet, pack, names[2], &styles)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names[3])?;
    summary::sheet(sheet, pack, &styles)?;
    book.save_to_buffer()
}
