//! Lays the meeting pack out as a [`Document`] in the pack's language.

use super::doc::{Block, Cell, Chart, Document, Item, Section};
use crate::dates::Frequency;
use crate::i18n;
use crate::model::{Direction, Kpi, Language, Party};
use crate::render::facts as shared;
use crate::rules::check::Severity;
use crate::rules::meeting::{Audience, FREQUENCIES, KpiSeries, MeetingPack};
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
    subtitle.push(format!("{} {}", lang.pick("per", "as of"), pack.today));
    let mut document = Document {
        title: format!(
            "{}: {} ({})",
            lang.pick("Mötesunderlag", "Meeting pack"),
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
                title: lang
                    .pick("Förslag till dagordning", "Suggested agenda")
                    .into(),
                blocks: vec![Block::Ordered(pack.agenda.clone())],
            },
        ],
    };
    // The index clause, when there is one, goes before what is due next and the agenda.
    if let Some(section) = price(pack) {
        let at = document.sections.len().saturating_sub(2);
        document.sections.insert(at, section);
    }
    document.sections = with_spend(pack, std::mem::take(&mut document.sections));
    document
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
            lang.pick(
                "Inga justeringsdatum inom avtalstiden.",
                "No adjustment dates within the term.",
            )
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
                            lang.pick("ja", "yes")
                        } else {
                            lang.pick("nej", "no")
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
        title: lang
            .pick("Indexreglering av pris", "Price adjustment")
            .to_string(),
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
    match lang {
        Language::Sv => format!("{n} mån"),
        Language::En if n == 1 => "1 month".to_string(),
        Language::En => format!("{n} months"),
    }
}

fn facts(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let c = pack.contract;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let mut fields = shared::identity(c, lang);
    fields.extend(shared::suppliers_compact(c, lang));
    fields.extend([(
        label("Avtalstid", "Term"),
        format!("{} – {}", c.start, c.end),
    )]);
    fields.push((
        label("Status", "Status"),
        if pack.active {
            label("aktivt", "active")
        } else if pack.today < c.start {
            format!("{} {}", label("börjar", "starts"), c.start)
        } else {
            format!("{} {}", label("upphörde", "ended"), pack.effective_end)
        },
    ));
    if let Some(terminated) = c.terminated {
        fields.push((label("Avslutat", "Terminated"), terminated.to_string()));
    }
    fields.push((
        label(
            "Slutdatum inkl. utnyttjade optioner",
            "End with exercised options",
        ),
        pack.effective_end.to_string(),
    ));
    let latest = crate::rules::schedule::latest_possible_end(c);
    if latest != pack.effective_end {
        fields.push((
            label("Senast möjliga slutdatum", "Latest possible end"),
            latest.to_string(),
        ));
    }
    let options: Vec<String> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let status = if o.exercised {
                lang.pick("utnyttjad", "exercised")
            } else if o.declined {
                lang.pick("avböjd", "declined")
            } else {
                lang.pick("ej beslutad", "not decided")
            };
            format!("{}: {} ({status})", i + 1, months(o.months, lang))
        })
        .collect();
    fields.push((
        label("Optioner", "Options"),
        if options.is_empty() {
            none()
        } else {
            options.join("; ")
        },
    ));
    fields.push((
        label("Nästa option", "Next option"),
        match &pack.next_option {
            Some(o) => match lang {
                Language::Sv => format!(
                    "option {} ({}), besked senast {} ({} före slut)",
                    o.number,
                    months(o.months, lang),
                    o.deadline,
                    months(o.notice_months, lang)
                ),
                Language::En => format!(
                    "option {} ({}), notice by {} ({} before the end)",
                    o.number,
                    months(o.months, lang),
                    o.deadline,
                    months(o.notice_months, lang)
                ),
            },
            None => none(),
        },
    ));
    fields.push((
        label("Årsvärde", "Annual value"),
        i18n::sek(c.annual_value, lang),
    ));
    fields.extend(shared::values(c, &pack.change, lang));
    fields.push((
        label("Verksamhetskritiskt", "Business-critical"),
        if c.business_critical {
            label("ja", "yes")
        } else {
            label("nej", "no")
        },
    ));
    if let Some(successor) = &c.successor {
        fields.push((label("Efterträdare", "Successor"), successor.clone()));
    }
    Section {
        title: label("Avtal och avtalstid", "Contract and term"),
        blocks: vec![Block::Fields(fields)],
    }
}

fn priority(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let group = match &pack.group {
        Some(g) => {
            let year = if g.year == pack.today.year() {
                String::new()
            } else {
                format!(" {} {}", label("år", "in"), g.year)
            };
            match lang {
                Language::Sv => format!("grupp {}{year} (rang {}) – {}", g.group, g.rank, g.reason),
                Language::En => format!("group {}{year} (rank {}) – {}", g.group, g.rank, g.reason),
            }
        }
        None => label("ej aktivt i år", "not active this year"),
    };
    Section {
        title: label("Prioritet och segment", "Priority and segment"),
        blocks: vec![Block::Fields(vec![
            (label("Prioritetsgrupp", "Priority group"), group),
            (
                label("Kraljic-segment", "Kraljic segment"),
                pack.kraljic
                    .map(|k| i18n::kraljic_label(k, lang).to_string())
                    .unwrap_or_else(none),
            ),
            (label("Fokus", "Focus"), pack.focus.to_string()),
        ])],
    }
}

fn party(party: Option<Party>, lang: Language) -> String {
    match party {
        Some(Party::Buyer) => lang.pick("beställare", "buyer").into(),
        Some(Party::Supplier) => lang.pick("leverantör", "supplier").into(),
        None => none(),
    }
}

fn contacts(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let c = pack.contract;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(none);
    let mut blocks = vec![Block::Fields(vec![
        (
            label("Avtalscontroller", "Contract controller"),
            or_none(&c.roles.controller),
        ),
        (
            label("Avtalsägare (verksamhet)", "Owner (department)"),
            or_none(&c.roles.owner),
        ),
        (
            label("Partneransvarig", "Partner owner"),
            or_none(&c.roles.partner_owner),
        ),
    ])];
    if !c.contacts.is_empty() {
        blocks.push(Block::Table {
            headers: vec![
                label("Namn", "Name"),
                label("Part", "Party"),
                label("Roll", "Role"),
                label("E-post", "Email"),
                label("Telefon", "Phone"),
                label("Eskalering", "Escalation"),
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
                            label("ja", "yes")
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
        label("Eskaleringsväg", "Escalation path"),
        if path.is_empty() {
            none()
        } else {
            path.join(" → ")
        },
    )]));
    Section {
        title: label(
            "Kontakter och eskaleringsväg",
            "Contacts and escalation path",
        ),
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
        Frequency::Monthly => lang.pick("Per månad", "Monthly"),
        Frequency::Quarterly => lang.pick("Per kvartal", "Quarterly"),
        Frequency::Yearly => lang.pick("Per år", "Yearly"),
    }
}

fn kpis(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let title = match lang {
        Language::Sv => format!(
            "Nyckeltal (senaste {} perioderna)",
            crate::rules::meeting::KPI_PERIODS
        ),
        Language::En => format!("KPIs (last {} periods)", crate::rules::meeting::KPI_PERIODS),
    };
    if pack.kpis.is_empty() {
        return Section {
            title,
            blocks: vec![Block::Paragraph(label(
                "Avtalet har inga nyckeltal.",
                "The contract has no KPIs.",
            ))],
        };
    }
    let mut blocks = vec![Block::Table {
        headers: vec![
            label("Nyckeltal", "KPI"),
            label("Mål", "Target"),
            label("Senast", "Latest"),
            label("Trend", "Trend"),
            label("Missat mål", "Missed target"),
            label("I rad", "In a row"),
            label("Saknas", "Missing"),
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
        let mut headers = vec![label("Period", "Period")];
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
                                Cell::number(label("saknas", "missing")).alert(true)
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
        blocks.push(Block::Paragraph(match lang {
            Language::Sv => format!(
                "Inga perioder att visa ännu: avtalet börjar {}.",
                pack.contract.start
            ),
            Language::En => format!(
                "No periods to show yet: the contract starts {}.",
                pack.contract.start
            ),
        }));
        return Section { title, blocks };
    }
    blocks.push(Block::Paragraph(label(
        "✗ = sämre än målet; saknas = skulle ha rapporterats; – = inte rapporterat ännu.",
        "✗ = worse than the target; missing = overdue; – = not reported yet.",
    )));
    for s in &pack.kpis {
        blocks.push(Block::Chart(Chart {
            title: name_with_unit(s.kpi),
            target: s.kpi.target,
            target_label: format!("{} {}", label("Mål", "Target"), target_text(s.kpi, lang)),
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
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let mut blocks = Vec::new();
    let name = pack
        .step
        .as_ref()
        .map(|s| s.name.clone())
        .unwrap_or_default();
    blocks.push(Block::Paragraph(match lang {
        Language::Sv => format!("Steg {} – {name}", pack.escalation.step),
        Language::En => format!("Step {} – {name}", pack.escalation.step),
    }));
    if !pack.escalation.triggers.is_empty() {
        blocks.push(Block::Heading(label("Utlöst av", "Triggered by")));
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
            (label("Ansvariga", "Responsible"), join(&step.responsible)),
            (label("Ger underlag", "Input from"), join(&step.input)),
            (label("Åtgärder", "Actions"), join(&step.actions)),
            (label("Informera", "Inform"), join(&step.inform)),
            (label("Dokumentera", "Document in"), join(&step.document)),
        ]));
    }
    Section {
        title: label("Eskalering", "Escalation"),
        blocks,
    }
}

fn deviations(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let blocks = if pack.deviations.is_empty() {
        vec![Block::Paragraph(label(
            "Inga öppna avvikelser.",
            "No open deviations.",
        ))]
    } else {
        let mut rows = Vec::new();
        for deviation in &pack.deviations {
            let e = deviation.entry;
            rows.push(vec![
                Cell::text(e.reference.clone().unwrap_or_default()),
                Cell::text(e.date.to_string()),
                Cell::text(label("Avvikelse", "Deviation")),
                Cell::text(&e.note),
                Cell::text(""),
                Cell::text(label("öppen", "open")).alert(true),
            ]);
            for action in &deviation.actions {
                let a = action.entry;
                rows.push(vec![
                    Cell::text(a.reference.clone().unwrap_or_default()),
                    Cell::text(a.date.to_string()),
                    Cell::text(label("Åtgärd", "Action")),
                    Cell::text(&a.note),
                    Cell::text(a.due.map(|d| d.to_string()).unwrap_or_else(none)),
                    if action.overdue {
                        Cell::text(label("FÖRFALLEN", "OVERDUE")).alert(true)
                    } else {
                        Cell::text(label("pågår", "in progress"))
                    },
                ]);
            }
        }
        vec![Block::Table {
            headers: vec![
                label("Ref", "Ref"),
                label("Datum", "Date"),
                label("Typ", "Type"),
                label("Beskrivning", "Description"),
                label("Förfaller", "Due"),
                label("Status", "Status"),
            ],
            rows,
        }]
    };
    Section {
        title: label(
            "Öppna avvikelser och åtgärder",
            "Open deviations and actions",
        ),
        blocks,
    }
}

fn sanctions(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let blocks = if pack.sanctions.is_empty() {
        vec![Block::Paragraph(label(
            "Inga viten eller sanktioner har krävts.",
            "No sanctions have been claimed.",
        ))]
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
            Cell::text(label("Summa", "Total")),
            Cell::text(""),
            Cell::number(i18n::sek(pack.sanctions_total, lang)),
            Cell::text(""),
        ]);
        vec![Block::Table {
            headers: vec![
                label("Datum", "Date"),
                label("Ref", "Ref"),
                label("Belopp", "Amount"),
                label("Notering", "Note"),
            ],
            rows,
        }]
    };
    Section {
        title: label("Krävda viten och sanktioner", "Sanctions claimed"),
        blocks,
    }
}

fn decisions(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let blocks = if pack.decisions.is_empty() {
        vec![Block::Paragraph(label(
            "Inga beslut har loggats.",
            "No decisions have been logged.",
        ))]
    } else {
        vec![Block::Table {
            headers: vec![label("Datum", "Date"), label("Beslut", "Decision")],
            rows: pack
                .decisions
                .iter()
                .map(|e| vec![Cell::text(e.date.to_string()), Cell::text(&e.note)])
                .collect(),
        }]
    };
    Section {
        title: label("Beslutslogg", "Decision log"),
        blocks,
    }
}

fn due_next(pack: &MeetingPack) -> Section {
    let lang = pack.lang;
    let label = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    let mut blocks = Vec::new();
    if pack.next_dues.is_empty() {
        blocks.push(Block::Paragraph(label(
            "Inget planerat framåt.",
            "Nothing scheduled ahead.",
        )));
    } else {
        blocks.push(Block::Table {
            headers: vec![label("Datum", "Date"), label("Vad", "What")],
            rows: pack
                .next_dues
                .iter()
                .map(|d| {
                    vec![
                        Cell::text(d.date.to_string()),
                        Cell::text(d.kind.label(lang)),
                    ]
                })
                .collect(),
        });
    }
    blocks.push(Block::Heading(label(
        "Anmärkningar från avtal check",
        "Findings from avtal check",
    )));
    if pack.findings.is_empty() {
        blocks.push(Block::Paragraph(label(
            "Inget att åtgärda.",
            "Nothing to act on.",
        )));
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
        title: label("Det som väntar", "What is due next"),
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
