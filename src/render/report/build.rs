//! Lays the meeting pack out as a [`Document`] in the pack's language.

use super::doc::{Block, Cell, Chart, Document, Item, Section};
use crate::dates::Frequency;
use crate::i18n;
use crate::messages;
use crate::model::{Direction, Kpi, Language, Party};
use crate::render::facts as shared;
use crate::rules::checks::Severity;
use crate::rules::meeting::{Audience, FREQUENCIES, KpiSeries, MeetingPack};
use crate::rules::schedule::DueKind;
use chrono::Datelike;

/// The document for a meeting pack.
pub fn document(pack: &MeetingPack) -> Document {
    let lang = pack.lang;
    let c = pack.contract;
    let mut subtitle = Vec::new();
    if let Some(org) = pack.organisation {
        subtitle.push(org.to_string());
    }
    subtitle.push(shared::supplier_names(c));
    subtitle.push(messages::of(lang).report_as_of(pack.today));
    let mut document = Document {
        title: format!(
            "{}: {} ({})",
            messages::of(lang).report_meeting_pack(),
            c.title,
            c.key
        ),
        subtitle: subtitle.join(" · "),
        lang: lang.code(),
        sections: vec![
            facts(pack),
            priority(pack),
            contacts(pack),
            kpis(pack),
            escalation(pack),
            deviations(pack),
            sanctions(pack),
            decisions(pack),
            due_next(pack),
            Section {
                title: messages::of(lang).report_suggested_agenda().into(),
                blocks: vec![Block::Ordered(pack.agenda.clone())],
            },
        ],
    };
    // The index clause, when there is one, goes before what is due next and the agenda.
    if let Some(section) = price(pack) {
        let at = document.sections.len().saturating_sub(2);
        document.sections.insert(at, section);
    }
    if supplier(pack) {
        // The supplier sees what is agreed, not how the municipality ranks them (group, Kraljic
        // segment and focus), what it decided internally, or what it buys outside the contract.
        let m = messages::of(lang);
        let internal = [m.report_priority_segment(), m.report_decision_log()];
        document
            .sections
            .retain(|s| !internal.contains(&s.title.as_str()));
    } else {
        document.sections = with_spend(pack, std::mem::take(&mut document.sections));
    }
    document
}

/// Whether the pack is for the supplier (SPEC §8, issue 24): what is agreed with them, and
/// nothing of the municipality's internal assessment.
fn supplier(pack: &MeetingPack) -> bool {
    pack.audience == Audience::Supplier
}

/// SPEC §13: the clause, every adjustment date with its numbers, and the formula of each.
fn price(pack: &MeetingPack) -> Option<Section> {
    use crate::render::price as view;
    let lang = pack.lang;
    let c = pack.contract;
    let clause = c.price_adjustment.as_ref()?;
    let adjustments = crate::rules::price::adjustments(c);
    let mut blocks = vec![
        Block::Paragraph(view::clause_line(clause, lang)),
        Block::Paragraph(view::rule_line(lang).to_string()),
    ];
    if adjustments.is_empty() {
        blocks.push(Block::Paragraph(
            messages::of(lang)
                .report_no_adjustment_dates_within()
                .to_string(),
        ));
    } else {
        let rows = adjustments
            .iter()
            .map(|a| {
                let base = a.base_period.map_or("–".to_string(), |p| p.to_string());
                let mut row = vec![
                    Cell::text(a.date.to_string()),
                    Cell::text(base),
                    Cell::text(a.period.to_string()),
                ];
                match &a.computed {
                    Some(computed) => row.extend([
                        Cell::number(i18n::value(computed.base_value, lang)),
                        Cell::number(i18n::value(computed.value, lang)),
                        Cell::number(view::percent(computed.change_percent, lang)),
                        Cell::text(if computed.applied {
                            messages::of(lang).doc_yes()
                        } else {
                            messages::of(lang).doc_no()
                        }),
                        Cell::number(view::factor(computed.factor, lang)),
                    ]),
                    None => row.extend((0..5).map(|_| Cell::text("–").alert(true))),
                }
                row
            })
            .collect();
        blocks.push(Block::Table {
            headers: view::table_headers(lang).map(String::from).to_vec(),
            rows,
        });
        blocks.push(Block::List(
            adjustments
                .iter()
                .map(|a| Item {
                    text: view::formula_line(clause, a, lang),
                    alert: a.computed.is_none(),
                })
                .collect(),
        ));
    }
    Some(Section {
        title: messages::of(lang).report_price_adjustment().to_string(),
        blocks,
    })
}

/// The spend section goes after the KPIs, when the contract has spend.
fn with_spend(pack: &MeetingPack, mut sections: Vec<Section>) -> Vec<Section> {
    if let Some(section) = super::spend::section(pack) {
        sections.insert(4.min(sections.len()), section);
    }
    sections
}

fn none() -> String {
    "–".to_string()
}

fn months(n: u32, lang: Language) -> String {
    let m = messages::of(lang);
    if n == 1 {
        m.report_one_month().to_string()
    } else {
        m.report_months(n)
    }
}

fn facts(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let c = pack.contract;
    let m = messages::of(lang);
    let mut fields = shared::identity(c, lang);
    fields.extend(shared::suppliers_compact(c, lang));
    fields.extend([(m.doc_term().to_string(), format!("{} – {}", c.start, c.end))]);
    fields.push((
        m.doc_status().to_string(),
        if pack.active {
            m.report_active().to_string()
        } else if pack.today < c.start {
            format!("{} {}", m.report_starts(), c.start)
        } else {
            format!("{} {}", m.report_ended(), pack.effective_end)
        },
    ));
    if let Some(terminated) = c.terminated {
        fields.push((m.report_terminated().to_string(), terminated.to_string()));
    }
    fields.push((
        m.report_end_exercised_options().to_string(),
        pack.effective_end.to_string(),
    ));
    let latest = crate::rules::schedule::latest_possible_end(c);
    if latest != pack.effective_end {
        fields.push((
            m.report_latest_possible_end().to_string(),
            latest.to_string(),
        ));
    }
    let options: Vec<String> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let status = if o.exercised {
                messages::of(lang).report_exercised()
            } else if o.declined {
                messages::of(lang).report_declined()
            } else {
                messages::of(lang).report_not_decided()
            };
            format!("{}: {} ({status})", i + 1, months(o.months, lang))
        })
        .collect();
    fields.push((
        m.report_options().to_string(),
        if options.is_empty() {
            none()
        } else {
            options.join("; ")
        },
    ));
    fields.push((
        m.report_next_option().to_string(),
        match &pack.next_option {
            Some(o) => m.report_next_option_text(
                o.number,
                &months(o.months, lang),
                o.deadline,
                &months(o.notice_months, lang),
            ),
            None => none(),
        },
    ));
    fields.push((
        m.doc_annual_value().to_string(),
        i18n::sek(c.annual_value, lang),
    ));
    if supplier(pack) {
        // The agreed values only: the room under the change limit is the buyer's assessment.
        if let Some(value) = c.contract_value {
            fields.push((
                m.facts_contract_value().to_string(),
                i18n::money(value, lang),
            ));
        }
        if let Some(max_value) = c.max_value {
            let label = m.doc_maximum_value().to_string();
            fields.push((label, i18n::money(max_value, lang)));
        }
        return Section {
            title: m.report_contract_term().to_string(),
            blocks: vec![Block::Fields(fields)],
        };
    }
    fields.extend(shared::values(c, &pack.change, lang));
    fields.push((
        m.report_business_critical().to_string(),
        if c.business_critical {
            m.doc_yes().to_string()
        } else {
            m.doc_no().to_string()
        },
    ));
    if let Some(successor) = &c.successor {
        fields.push((m.report_successor().to_string(), successor.clone()));
    }
    Section {
        title: m.report_contract_term().to_string(),
        blocks: vec![Block::Fields(fields)],
    }
}

fn priority(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let group = match &pack.group {
        Some(g) => {
            let year = if g.year == pack.today.year() {
                String::new()
            } else {
                format!(" {}", m.report_in_year(g.year))
            };
            m.report_group(g.group, &year, g.rank, &g.reason)
        }
        None => m.report_not_active_this_year().to_string(),
    };
    Section {
        title: m.report_priority_segment().to_string(),
        blocks: vec![Block::Fields(vec![
            (m.report_priority_group().to_string(), group),
            (
                m.report_kraljic_segment().to_string(),
                pack.kraljic
                    .map(|k| i18n::kraljic_label(k, lang).to_string())
                    .unwrap_or_else(none),
            ),
            (m.report_focus().to_string(), pack.focus.to_string()),
        ])],
    }
}

fn party(party: Option<Party>, lang: Language) -> String {
    match party {
        Some(Party::Buyer) => messages::of(lang).report_party_buyer().into(),
        Some(Party::Supplier) => messages::of(lang).report_party_supplier().into(),
        None => none(),
    }
}

fn contacts(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let c = pack.contract;
    let m = messages::of(lang);
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(none);
    let mut blocks = vec![Block::Fields(vec![
        (
            m.report_contract_controller().to_string(),
            or_none(&c.roles.controller),
        ),
        (
            m.report_owner_department().to_string(),
            or_none(&c.roles.owner),
        ),
        (
            m.report_partner_owner().to_string(),
            or_none(&c.roles.partner_owner),
        ),
    ])];
    if !c.contacts.is_empty() {
        blocks.push(Block::Table {
            headers: vec![
                m.doc_name().to_string(),
                m.doc_party().to_string(),
                m.doc_role().to_string(),
                m.report_email().to_string(),
                m.doc_phone().to_string(),
                m.doc_escalation().to_string(),
            ],
            rows: c
                .contacts
                .iter()
                .map(|p| {
                    vec![
                        Cell::text(&p.name),
                        Cell::text(party(p.party, lang)),
                        Cell::text(or_none(&p.role)),
                        Cell::text(or_none(&p.email)),
                        Cell::text(or_none(&p.phone)),
                        Cell::text(if p.escalation {
                            m.doc_yes().to_string()
                        } else {
                            String::new()
                        }),
                    ]
                })
                .collect(),
        });
    }
    let path: Vec<String> = pack
        .escalation_contacts
        .iter()
        .map(|p| match &p.role {
            Some(role) => format!("{} ({role}, {})", p.name, party(p.party, lang)),
            None => format!("{} ({})", p.name, party(p.party, lang)),
        })
        .collect();
    blocks.push(Block::Fields(vec![(
        m.report_escalation_path().to_string(),
        if path.is_empty() {
            none()
        } else {
            path.join(" → ")
        },
    )]));
    Section {
        title: m.report_contacts_escalation_path().to_string(),
        blocks,
    }
}

/// A value with its unit: "93,5 %", "2 st", "78".
pub fn with_unit(value: f64, unit: &str, lang: Language) -> String {
    if unit.is_empty() {
        i18n::value(value, lang)
    } else {
        format!("{}\u{a0}{unit}", i18n::value(value, lang))
    }
}

/// The target with its direction: "≥ 95 %" or "≤ 3 st".
pub fn target_text(kpi: &Kpi, lang: Language) -> String {
    let sign = match kpi.direction {
        Direction::Higher => "≥",
        Direction::Lower => "≤",
    };
    format!("{sign}\u{a0}{}", with_unit(kpi.target, &kpi.unit, lang))
}

/// "Leveransprecision (%)" — the name with its unit, as table headers show it.
pub fn name_with_unit(kpi: &Kpi) -> String {
    if kpi.unit.is_empty() {
        kpi.name.clone()
    } else {
        format!("{} ({})", kpi.name, kpi.unit)
    }
}

fn frequency_word(frequency: Frequency, lang: Language) -> &'static str {
    match frequency {
        Frequency::Monthly => messages::of(lang).report_monthly(),
        Frequency::Quarterly => messages::of(lang).report_quarterly(),
        Frequency::Yearly => messages::of(lang).report_yearly(),
    }
}

fn kpis(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let title = m.report_kpis_title(crate::rules::meeting::KPI_PERIODS);
    if pack.kpis.is_empty() {
        return Section {
            title,
            blocks: vec![Block::Paragraph(m.report_contract_no_kpis().to_string())],
        };
    }
    let mut blocks = vec![Block::Table {
        headers: vec![
            m.report_kpi().to_string(),
            m.report_target().to_string(),
            m.report_latest().to_string(),
            m.report_trend().to_string(),
            m.report_missed_target().to_string(),
            m.report_in_a_row().to_string(),
            m.report_missing_header().to_string(),
        ],
        rows: pack
            .kpis
            .iter()
            .map(|s| {
                let latest_breach = s.latest.is_some_and(|v| s.kpi.is_breach(v));
                vec![
                    Cell::text(&s.kpi.name),
                    Cell::number(target_text(s.kpi, lang)),
                    Cell::number(
                        s.latest
                            .map(|v| with_unit(v, &s.kpi.unit, lang))
                            .unwrap_or_else(none),
                    )
                    .alert(latest_breach),
                    Cell::text(
                        s.trend
                            .map(|t| format!("{} {}", t.arrow(s.kpi.direction), t.word(lang)))
                            .unwrap_or_else(none),
                    ),
                    Cell::number(format!("{} / {}", s.breaches, s.points.len()))
                        .alert(s.breaches > 0),
                    Cell::number(s.streak.to_string()).alert(s.streak > 0),
                    Cell::number(s.missing.to_string()),
                ]
            })
            .collect(),
    }];
    for frequency in FREQUENCIES {
        let series: Vec<&KpiSeries> = pack
            .kpis
            .iter()
            .filter(|s| s.kpi.frequency == frequency)
            .collect();
        if series.is_empty() {
            continue;
        }
        let mut periods: Vec<_> = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.period))
            .collect();
        periods.sort();
        periods.dedup();
        // The table starts at the first period any of these KPIs reported (the window already
        // starts at the contract's start at the earliest): rows of "saknas" before a supplier
        // ever reported say nothing a meeting can use.
        let reported = |period: &crate::dates::Period| {
            series.iter().any(|s| {
                s.points
                    .iter()
                    .any(|p| p.period == *period && p.value.is_some())
            })
        };
        if let Some(first) = periods.iter().position(reported) {
            periods.drain(..first);
        }
        if periods.is_empty() {
            continue;
        }
        let mut headers = vec![m.report_period().to_string()];
        headers.extend(series.iter().map(|s| name_with_unit(s.kpi)));
        let rows = periods
            .iter()
            .map(|period| {
                let mut row = vec![Cell::text(period.to_string())];
                for s in &series {
                    let point = s.points.iter().find(|p| p.period == *period);
                    row.push(match point {
                        Some(p) => match p.value {
                            Some(value) => {
                                let text = i18n::value(value, lang);
                                Cell::number(if p.breach {
                                    format!("{text} ✗")
                                } else {
                                    text
                                })
                                .alert(p.breach)
                            }
                            None if p.missing => {
                                Cell::number(m.report_missing_cell().to_string()).alert(true)
                            }
                            None => Cell::number(none()),
                        },
                        None => Cell::number(none()),
                    });
                }
                row
            })
            .collect();
        blocks.push(Block::Heading(frequency_word(frequency, lang).to_string()));
        blocks.push(Block::Table { headers, rows });
    }
    if pack.kpis.iter().all(|s| s.points.is_empty()) {
        blocks.push(Block::Paragraph(
            m.report_no_periods_yet(pack.contract.start),
        ));
        return Section { title, blocks };
    }
    blocks.push(Block::Paragraph(m.report_kpi_legend().to_string()));
    for s in &pack.kpis {
        blocks.push(Block::Chart(Chart {
            title: name_with_unit(s.kpi),
            target: s.kpi.target,
            target_label: format!("{} {}", m.report_target(), target_text(s.kpi, lang)),
            points: s
                .points
                .iter()
                .map(|p| (p.period, p.value, p.breach))
                .collect(),
            lang,
        }));
    }
    Section { title, blocks }
}

fn escalation(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let mut blocks = Vec::new();
    let name = pack
        .step
        .as_ref()
        .map(|s| s.name.clone())
        .unwrap_or_default();
    blocks.push(Block::Paragraph(m.report_step(pack.escalation.step, &name)));
    if !pack.escalation.triggers.is_empty() {
        blocks.push(Block::Heading(m.doc_triggered_by().to_string()));
        blocks.push(Block::List(
            pack.escalation
                .triggers
                .iter()
                .map(|t| Item {
                    text: pack.describe(t),
                    alert: t.step() >= 2,
                })
                .collect(),
        ));
    }
    // Who escalates and how is the buyer's internal business.
    if let Some(step) = pack
        .step
        .as_ref()
        .filter(|_| pack.audience == Audience::Internal)
    {
        let join = |items: &[String]| {
            if items.is_empty() {
                none()
            } else {
                items.join("; ")
            }
        };
        blocks.push(Block::Fields(vec![
            (m.report_responsible().to_string(), join(&step.responsible)),
            (m.report_input_from().to_string(), join(&step.input)),
            (m.doc_actions().to_string(), join(&step.actions)),
            (m.report_inform().to_string(), join(&step.inform)),
            (m.report_document_in().to_string(), join(&step.document)),
        ]));
    }
    Section {
        title: m.doc_escalation().to_string(),
        blocks,
    }
}

fn deviations(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let blocks = if pack.deviations.is_empty() {
        vec![Block::Paragraph(m.report_no_open_deviations().to_string())]
    } else {
        let mut rows = Vec::new();
        for deviation in &pack.deviations {
            let e = deviation.entry;
            rows.push(vec![
                Cell::text(e.reference.clone().unwrap_or_default()),
                Cell::text(e.date.to_string()),
                Cell::text(m.report_deviation().to_string()),
                Cell::text(&e.note),
                Cell::text(""),
                Cell::text(m.report_open().to_string()).alert(true),
            ]);
            for action in &deviation.actions {
                let a = action.entry;
                rows.push(vec![
                    Cell::text(a.reference.clone().unwrap_or_default()),
                    Cell::text(a.date.to_string()),
                    Cell::text(m.report_action().to_string()),
                    Cell::text(&a.note),
                    Cell::text(a.due.map(|d| d.to_string()).unwrap_or_else(none)),
                    if action.overdue {
                        Cell::text(m.report_overdue().to_string()).alert(true)
                    } else {
                        Cell::text(m.report_in_progress().to_string())
                    },
                ]);
            }
        }
        vec![Block::Table {
            headers: vec![
                m.report_ref().to_string(),
                m.doc_date().to_string(),
                m.report_type().to_string(),
                m.report_description().to_string(),
                m.report_due().to_string(),
                m.doc_status().to_string(),
            ],
            rows,
        }]
    };
    Section {
        title: m.report_open_deviations_actions().to_string(),
        blocks,
    }
}

fn sanctions(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let blocks = if pack.sanctions.is_empty() {
        vec![Block::Paragraph(
            m.report_no_sanctions_claimed().to_string(),
        )]
    } else {
        let mut rows: Vec<Vec<Cell>> = pack
            .sanctions
            .iter()
            .map(|e| {
                vec![
                    Cell::text(e.date.to_string()),
                    Cell::text(e.reference.clone().unwrap_or_default()),
                    Cell::number(e.amount.map(|a| i18n::sek(a, lang)).unwrap_or_else(none)),
                    Cell::text(&e.note),
                ]
            })
            .collect();
        rows.push(vec![
            Cell::text(m.report_total().to_string()),
            Cell::text(""),
            Cell::number(i18n::sek(pack.sanctions_total, lang)),
            Cell::text(""),
        ]);
        vec![Block::Table {
            headers: vec![
                m.doc_date().to_string(),
                m.report_ref().to_string(),
                m.doc_amount().to_string(),
                m.report_note().to_string(),
            ],
            rows,
        }]
    };
    Section {
        title: m.report_sanctions_claimed().to_string(),
        blocks,
    }
}

fn decisions(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let blocks = if pack.decisions.is_empty() {
        vec![Block::Paragraph(m.report_no_decisions_logged().to_string())]
    } else {
        vec![Block::Table {
            headers: vec![m.doc_date().to_string(), m.report_decision().to_string()],
            rows: pack
                .decisions
                .iter()
                .map(|e| vec![Cell::text(e.date.to_string()), Cell::text(&e.note)])
                .collect(),
        }]
    };
    Section {
        title: m.report_decision_log().to_string(),
        blocks,
    }
}

fn due_next(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let m = messages::of(lang);
    let mut blocks = Vec::new();
    if pack.next_dues.is_empty() {
        blocks.push(Block::Paragraph(
            m.report_nothing_scheduled_ahead().to_string(),
        ));
    } else {
        blocks.push(Block::Table {
            headers: vec![m.doc_date().to_string(), m.doc_what().to_string()],
            rows: pack
                .next_dues
                .iter()
                .filter(|d| !supplier(pack) || d.kind != DueKind::NewProcurement)
                .map(|d| {
                    vec![
                        Cell::text(d.date.to_string()),
                        Cell::text(d.kind.label(lang)),
                    ]
                })
                .collect(),
        });
    }
    if supplier(pack) {
        return Section {
            title: m.report_due_next().to_string(),
            blocks,
        };
    }
    blocks.push(Block::Heading(m.report_findings_avtal_check().to_string()));
    if pack.findings.is_empty() {
        blocks.push(Block::Paragraph(m.report_nothing_to_act_on().to_string()));
    } else {
        blocks.push(Block::List(
            pack.findings
                .iter()
                .map(|f| Item {
                    text: f.message(lang),
                    alert: f.severity == Severity::Error,
                })
                .collect(),
        ));
    }
    Section {
        title: m.report_due_next().to_string(),
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Frequency;

    fn kpi(unit: &str, target: f64, direction: Direction) -> Kpi {
        Kpi {
            id: "k".into(),
            name: "Leveransprecision".into(),
            unit: unit.into(),
            target,
            direction,
            frequency: Frequency::Monthly,
            aliases: Vec::new(),
            months: Vec::new(),
        }
    }

    #[test]
    fn targets_and_values_with_units() {
        let nbsp = '\u{a0}';
        assert_eq!(
            target_text(&kpi("%", 95.0, Direction::Higher), Language::Sv),
            format!("≥{nbsp}95{nbsp}%")
        );
        assert_eq!(
            target_text(&kpi("", 2.5, Direction::Lower), Language::En),
            format!("≤{nbsp}2.5")
        );
        assert_eq!(with_unit(93.5, "%", Language::Sv), format!("93,5{nbsp}%"));
        assert_eq!(
            name_with_unit(&kpi("", 1.0, Direction::Higher)),
            "Leveransprecision"
        );
        assert_eq!(
            name_with_unit(&kpi("%", 1.0, Direction::Higher)),
            "Leveransprecision (%)"
        );
        assert_eq!(months(1, Language::En), "1 month");
        assert_eq!(months(9, Language::Sv), "9 mån");
    }
}
