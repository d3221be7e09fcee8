//! The meeting pack's spend section (SPEC §12): matched spend per year against the annual
//! value and, with a `max_value`, how much of the ceiling is used. Left out when the contract
//! has no spend rows.

use super::doc::{Block, Cell, Section};
use crate::i18n;
use crate::messages;
use crate::rules::meeting::MeetingPack;

/// The section, or `None` without spend.
pub fn section(pack: &MeetingPack) -> Option<Section> {
    if pack.spend.years.is_empty() {
        return None;
    }
    let lang = pack.lang;
    let c = pack.contract;
    let m = messages::of(lang);
    let rows = pack
        .spend
        .years
        .iter()
        .map(|(year, amount)| {
            let above = c.annual_value > 0.0 && amount.as_sek() > c.annual_value;
            vec![
                Cell::text(year.to_string()),
                Cell::number(i18n::sek(amount.as_sek(), lang)).alert(above),
                Cell::number(i18n::sek(c.annual_value, lang)),
            ]
        })
        .collect();
    let mut blocks = vec![Block::Table {
        headers: vec![
            m.report_year().to_string(),
            m.report_spend_under_contract().to_string(),
            m.doc_estimated_annual_value().to_string(),
        ],
        rows,
    }];
    if let (Some(max), Some(used)) = (c.max_value, pack.spend.ceiling_used) {
        let spent = i18n::sek(pack.spend.to_date.as_sek(), lang);
        let max = i18n::sek(max.as_sek(), lang);
        let used = i18n::number(used * 100.0, 1, lang);
        blocks.push(Block::Paragraph(
            m.report_spend_ceiling_used(&spent, &max, &used),
        ));
    }
    Some(Section {
        title: m.report_spend_maximum_value().to_string(),
        blocks,
    })
}
