//! PEPPOL BIS Billing 3 e-invoices (UBL 2.1 `Invoice` and `CreditNote`) read into one spend
//! line each, with the paths of SPEC §12. Parsed with `roxmltree` (no DTD entity expansion
//! beyond its limits, bounded by the 50 MB file guard).

use super::org_no_of_text;
use crate::import::error::ImportError;
use crate::messages::prelude::*;
use crate::store::spend::SpendLine;
use roxmltree::{Document, Node};

const CAC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const CBC: &str = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
const INVOICE: &str = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
const CREDIT_NOTE: &str = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

/// Reads the e-invoice `text` of the file named `file`.
pub fn parse(file: &str, text: &str, m: &dyn Messages) -> Result<SpendLine, ImportError> {
    let fail = |reason: String| ImportError::Unreadable {
        file: file.to_string(),
        reason,
        hint: Some(m.hint_ubl().to_string()),
    };
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let document = Document::parse_with_options(text, options)
        .map_err(|e| fail(m.ubl_not_xml(&e.to_string())))?;
    let root = document.root_element();
    let credit = match (root.tag_name().namespace(), root.tag_name().name()) {
        (Some(INVOICE), "Invoice") => false,
        (Some(CREDIT_NOTE), "CreditNote") => true,
        (_, name) => {
            return Err(fail(m.ubl_not_an_invoice(name)));
        }
    };
    let missing = |path: &str| fail(m.ubl_incomplete(path));
    let duplicate = |path: String| fail(m.ubl_duplicate(&path));
    let text_at = |node, path: &[(&str, &str)]| text_at(node, path).map_err(duplicate);
    let issue_date =
        text_at(root, &[(CBC, "IssueDate")])?.ok_or_else(|| missing("cbc:IssueDate"))?;
    let date = crate::import::period::parse_date(issue_date.trim())
        .ok_or_else(|| fail(m.ubl_not_a_date(&issue_date)))?;
    let amount_path = [(CAC, "LegalMonetaryTotal"), (CBC, "TaxExclusiveAmount")];
    let amount_text = text_at(root, &amount_path)?
        .ok_or_else(|| missing("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"))?;
    let amount = crate::load::parse_amount(amount_text.trim())
        .ok_or_else(|| fail(m.ubl_not_an_amount(&amount_text)))?;
    let party = child_path(root, &[(CAC, "AccountingSupplierParty"), (CAC, "Party")])
        .map_err(duplicate)?
        .ok_or_else(|| missing("cac:AccountingSupplierParty/cac:Party"))?;
    let legal_id = text_at(party, &[(CAC, "PartyLegalEntity"), (CBC, "CompanyID")])?;
    let org_no = match legal_id {
        Some(id) => org_no_of_text(&id)
            .map_err(|reason| fail(m.ubl_invalid_org_no(&id, reason.message(m))))?,
        None => party
            .children()
            .filter(|n| is(n, CAC, "PartyTaxScheme"))
            .filter_map(|scheme| string_value(scheme, &[(CBC, "CompanyID")]))
            .find(|id| id.trim().to_uppercase().starts_with("SE"))
            .and_then(|id| org_no_of_text(&id).ok().flatten()),
    };
    let supplier = match text_at(
        party,
        &[(CAC, "PartyLegalEntity"), (CBC, "RegistrationName")],
    )? {
        Some(name) => name,
        None => text_at(party, &[(CAC, "PartyName"), (CBC, "Name")])?.unwrap_or_default(),
    };
    Ok(SpendLine {
        date,
        org_no: org_no.unwrap_or_default(),
        supplier: supplier.trim().to_string(),
        amount: if credit { -amount } else { amount },
        department: text_at(root, &[(CBC, "BuyerReference")])?
            .unwrap_or_default()
            .trim()
            .to_string(),
        account: String::new(),
        invoice: text_at(root, &[(CBC, "ID")])?
            .unwrap_or_default()
            .trim()
            .to_string(),
        contract: String::new(),
    })
}

/// Whether `node` is the element `{namespace}name`.
fn is(node: &Node<'_, '_>, namespace: &str, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && node.tag_name().namespace() == Some(namespace)
}

/// The element at `path` of child elements under `node`; `Err` with the path so far when a step
/// has the element more than once (a second `LegalMonetaryTotal` or amount is never read
/// first-wins: issue 31).
fn child_path<'a, 'i>(
    node: Node<'a, 'i>,
    path: &[(&str, &str)],
) -> Result<Option<Node<'a, 'i>>, String> {
    let mut at = node;
    for (step, (namespace, name)) in path.iter().enumerate() {
        let mut found = at.children().filter(|n| is(n, namespace, name));
        let Some(first) = found.next() else {
            return Ok(None);
        };
        if found.next().is_some() {
            return Err(shown_path(&path[..=step]));
        }
        at = first;
    }
    Ok(Some(at))
}

/// `cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount`, as the path is named in messages.
fn shown_path(path: &[(&str, &str)]) -> String {
    let steps: Vec<String> = path
        .iter()
        .map(|(namespace, name)| {
            let prefix = if *namespace == CAC { "cac" } else { "cbc" };
            format!("{prefix}:{name}")
        })
        .collect();
    steps.join("/")
}

/// The whole string value of the element at `path` under `node`: all its text, also the text
/// around a comment or processing instruction inside it (`1<!-- -->650000.00` is 1650000.00,
/// as the finance system reads it, never 1.00: issue 31).
fn text_at(node: Node<'_, '_>, path: &[(&str, &str)]) -> Result<Option<String>, String> {
    Ok(child_path(node, path)?.and_then(whole_text))
}

/// [`text_at`] where a duplicate is no error (the tax schemes, tried one by one).
fn string_value(node: Node<'_, '_>, path: &[(&str, &str)]) -> Option<String> {
    text_at(node, path).ok().flatten()
}

/// The concatenated text of every text node under `node` (XPath's string value); `None` for an
/// element without text, as for one that is missing.
fn whole_text(node: Node<'_, '_>) -> Option<String> {
    let mut texts = node
        .descendants()
        .filter_map(|n| n.is_text().then(|| n.text()).flatten());
    let first = texts.next()?;
    Some(texts.fold(first.to_string(), |whole, text| whole + text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::English;
    use crate::model::test_support::d;
    use crate::money::Money;

    fn invoice(root: &str, monetary: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
 xmlns:cac="{CAC}" xmlns:cbc="{CBC}">
  <cbc:ID>F-77</cbc:ID>
  <cbc:IssueDate>2026-03-05</cbc:IssueDate>
  <cbc:BuyerReference>Grundskoleförvaltningen</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>Edu</cbc:Name></cac:PartyName>
    <cac:PartyTaxScheme><cbc:CompanyID>SE556677889901</cbc:CompanyID></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Edu AB</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:LegalMonetaryTotal>{monetary}</cac:LegalMonetaryTotal>
</{root}>"#
        )
    }

    #[test]
    fn reads_an_invoice_and_negates_a_credit_note() {
        let amount = r#"<cbc:TaxExclusiveAmount currencyID="SEK">1000.50</cbc:TaxExclusiveAmount>"#;
        let line = parse("f.xml", &invoice("Invoice", amount), &English).unwrap();
        assert_eq!(line.date, d("2026-03-05"));
        assert_eq!(line.org_no, "556677-8899");
        assert_eq!(line.supplier, "Edu AB");
        assert_eq!(line.amount, Money::from_ore(100_050));
        assert_eq!(line.invoice, "F-77");
        assert_eq!(line.department, "Grundskoleförvaltningen");
        let credit = parse("c.xml", &invoice("CreditNote", amount), &English).unwrap();
        assert_eq!(credit.amount, Money::from_ore(-100_050));
    }

    #[test]
    fn other_xml_and_missing_amounts_are_errors_naming_the_file() {
        let error = parse("x.xml", "<Order xmlns='urn:x'/>", &English).unwrap_err();
        assert!(
            error.to_string().starts_with("x.xml: is not an invoice"),
            "{error}"
        );
        let error = parse("y.xml", &invoice("Invoice", ""), &English).unwrap_err();
        assert!(error.to_string().contains("TaxExclusiveAmount"), "{error}");
        let error = parse("z.xml", "not xml", &English).unwrap_err();
        assert!(error.to_string().contains("not a readable XML"), "{error}");
    }

    #[test]
    fn an_amount_split_by_a_comment_or_instruction_is_read_whole() {
        for hidden in [
            "1<!-- -->650000.00",
            "1650<?x y?>000.00",
            "<!--a-->1650000.00<!--b-->",
        ] {
            let amount = format!("<cbc:TaxExclusiveAmount>{hidden}</cbc:TaxExclusiveAmount>");
            let line = parse("f.xml", &invoice("Invoice", &amount), &English).unwrap();
            assert_eq!(line.amount, Money::from_ore(165_000_000), "{hidden}");
        }
        let amount = "<cbc:TaxExclusiveAmount>6<?x y?>50000.00</cbc:TaxExclusiveAmount>";
        let line = parse("f.xml", &invoice("Invoice", amount), &English).unwrap();
        assert_eq!(line.amount, Money::from_ore(65_000_000));
    }

    #[test]
    fn a_duplicated_total_or_amount_is_an_error_naming_it() {
        let one = "<cbc:TaxExclusiveAmount>1.00</cbc:TaxExclusiveAmount>";
        let two = format!("{one}<cbc:TaxExclusiveAmount>1650000.00</cbc:TaxExclusiveAmount>");
        let total = format!("{one}</cac:LegalMonetaryTotal><cac:LegalMonetaryTotal>{one}");
        for (monetary, path) in [
            (two, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"),
            (total, "cac:LegalMonetaryTotal"),
        ] {
            let error = parse("d.xml", &invoice("Invoice", &monetary), &English).unwrap_err();
            let expected = format!("d.xml: has {path} more than once");
            assert!(error.to_string().contains(&expected), "{error}");
        }
    }

    #[test]
    fn an_issue_date_before_1900_is_no_date() {
        let amount = "<cbc:TaxExclusiveAmount>1.00</cbc:TaxExclusiveAmount>";
        for date in ["0001-01-01", "1899-12-31"] {
            let text = invoice("Invoice", amount).replace("2026-03-05", date);
            let error = parse("o.xml", &text, &English).unwrap_err();
            assert!(error.to_string().contains(date), "{error}");
        }
        let text = invoice("Invoice", amount).replace("2026-03-05", "1900-01-01");
        assert_eq!(
            parse("o.xml", &text, &English).unwrap().date,
            d("1900-01-01")
        );
    }
}
