//! The meeting pack as JSON data (English keys, ISO dates) for scripts.

use crate::model::LogEntry;
use crate::render::facts;
use crate::rules::meeting::MeetingPack;
use serde_json::{Value, json};

fn entry(e: &LogEntry) -> Value {
    json!({
        "date": e.date.to_string(),
        "type": e.kind.as_str(),
        "ref": e.reference,
        "due": e.due.map(|d| d.to_string()),
        "amount": e.amount,
        "note": e.note,
    })
}

/// The pack as a JSON value.
pub fn value(pack: &MeetingPack) -> Value {
    let mut value = pack_value(pack);
    let c = pack.contract;
    // Added apart from the main literal, which is at `json!`'s recursion limit.
    value["suppliers"] = facts::suppliers_json(c);
    value["call_off"] = json!(c.call_off.map(|m| m.as_str()));
    value["works"] = json!(c.works);
    value["special_reasons"] = json!(c.special_reasons);
    value["values"] = facts::values_json(c, &pack.change);
    if pack.audience == crate::rules::meeting::Audience::Supplier {
        supplier_view(&mut value);
    }
    value
}

/// The supplier's pack (issue 24): what is agreed with them and nothing of the municipality's
/// internal assessment — no group, Kraljic segment or focus, no business-critical mark, no
/// room under the change limit, no findings of `avtal check`, no decision log, and no
/// new procurement among what is due next.
fn supplier_view(value: &mut Value) {
    for key in ["group", "kraljic", "focus", "business_critical"] {
        if let Some(object) = value.as_object_mut() {
            object.remove(key);
        }
    }
    value["findings"] = json!([]);
    value["decisions"] = json!([]);
    if let Some(values) = value["values"].as_object_mut() {
        values.retain(|key, _| key == "contract_value" || key == "max_value");
    }
    if let Some(dues) = value["next_dues"].as_array_mut() {
        dues.retain(|d| d["kind"] != "new-procurement");
    }
}

fn pack_value(pack: &MeetingPack) -> Value {
    let lang = pack.lang;
    let c = pack.contract;
    // The ladder's who-does-what is internal: a supplier's pack leaves it empty.
    let internal_step = pack
        .step
        .as_ref()
        .filter(|_| pack.audience == crate::rules::meeting::Audience::Internal);
    let audience = match pack.audience {
        crate::rules::meeting::Audience::Internal => "internal",
        crate::rules::meeting::Audience::Supplier => "supplier",
    };
    let mut value = json!({
        "contract": c.key,
        "today": pack.today.to_string(),
        "language": lang.code(),
        "organisation": pack.organisation,
        "title": c.title,
        "supplier": {"name": c.supplier().name, "org_no": c.supplier().org_no},
        "kind": c.kind.as_str(),
        "start": c.start.to_string(),
        "end": c.end.to_string(),
        "terminated": c.terminated.map(|d| d.to_string()),
        "effective_end": pack.effective_end.to_string(),
        "latest_possible_end": crate::rules::schedule::latest_possible_end(c).to_string(),
        "active": pack.active,
        "annual_value": c.annual_value,
        "business_critical": c.business_critical,
        "next_option": pack.next_option.as_ref().map(|o| json!({
            "option": o.number,
            "months": o.months,
            "notice_months": o.notice_months,
            "notice_deadline": o.deadline.to_string(),
        })),
        "group": pack.group.as_ref().map(|g| json!({
            "group": g.group, "rank": g.rank, "reason": g.reason, "year": g.year,
        })),
        "kraljic": pack.kraljic.map(|k| k.as_str()),
        "focus": pack.focus,
        "roles": {
            "controller": c.roles.controller,
            "owner": c.roles.owner,
            "partner_owner": c.roles.partner_owner,
        },
        "contacts": c.contacts.iter().map(|p| json!({
            "name": p.name, "party": p.party.map(|x| x.as_str()), "role": p.role,
            "email": p.email, "phone": p.phone, "escalation": p.escalation,
        })).collect::<Vec<_>>(),
        "escalation_path": pack.escalation_contacts.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
        "kpis": pack.kpis.iter().map(|s| json!({
            "kpi": s.kpi.id,
            "name": s.kpi.name,
            "unit": s.kpi.unit,
            "target": s.kpi.target,
            "direction": s.kpi.direction.as_str(),
            "frequency": s.kpi.frequency.as_str(),
            "latest": s.latest,
            "trend": s.trend.map(|t| t.as_str()),
            "breaches": s.breaches,
            "streak": s.streak,
            "missing": s.missing,
            "periods": s.points.iter().map(|p| json!({
                "period": p.period.to_string(), "value": p.value, "breach": p.breach,
                "missing": p.missing,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "escalation": {
            "step": pack.escalation.step,
            "name": pack.step.as_ref().map(|s| s.name.clone()),
            "triggers": pack.escalation.triggers.iter().map(|t| pack.describe(t)).collect::<Vec<_>>(),
            "responsible": internal_step.map(|s| s.responsible.clone()).unwrap_or_default(),
            "input": internal_step.map(|s| s.input.clone()).unwrap_or_default(),
            "actions": internal_step.map(|s| s.actions.clone()).unwrap_or_default(),
            "inform": internal_step.map(|s| s.inform.clone()).unwrap_or_default(),
            "document": internal_step.map(|s| s.document.clone()).unwrap_or_default(),
        },
        "deviations": pack.deviations.iter().map(|d| json!({
            "ref": d.entry.reference,
            "date": d.entry.date.to_string(),
            "note": d.entry.note,
            "actions": d.actions.iter().map(|a| json!({
                "date": a.entry.date.to_string(),
                "due": a.entry.due.map(|x| x.to_string()),
                "note": a.entry.note,
                "overdue": a.overdue,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "sanctions": pack.sanctions.iter().map(|e| entry(e)).collect::<Vec<_>>(),
        "sanctions_total": pack.sanctions_total,
        "decisions": pack.decisions.iter().map(|e| entry(e)).collect::<Vec<_>>(),
        "last_meeting": pack.last_meeting.map(|e| e.date.to_string()),
        "next_dues": pack.next_dues.iter().map(|d| json!({
            "date": d.date.to_string(), "kind": d.kind.as_str(),
        })).collect::<Vec<_>>(),
        "findings": pack.findings.iter().map(|f| json!({
            "code": f.code.as_str(),
            "severity": f.severity.as_str(),
            "date": f.date.map(|d| d.to_string()),
            "kpi": f.kpi,
            "period": f.period.map(|p| p.to_string()),
            "ref": f.reference,
            "message": f.message(lang),
        })).collect::<Vec<_>>(),
        "agenda": pack.agenda,
        // SPEC §13: the object of `avtal price`, or null without an index clause.
        "price_adjustment": c.price_adjustment.as_ref().map(|clause| {
            crate::render::price::json(c, clause, &crate::rules::price::adjustments(c))
        }),
    });
    // Added outside the macro: one more key there exceeds its recursion limit.
    value["audience"] = json!(audience);
    value
}
