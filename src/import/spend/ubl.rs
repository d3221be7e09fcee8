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
    let issue_date =
        text_at(root, &[(CBC, "IssueDate")]).ok_or_else(|| missing("cbc:IssueDate"))?;
    let date = crate::dates::parse_date(issue_date.trim())
        .ok_or_else(|| fail(m.ubl_not_a_date(issue_date)))?;
    let amount_path = [(CAC, "LegalMonetaryTotal"), (CBC, "TaxExclusiveAmount")];
    let amount_text = text_at(root, &amount_path)
        .ok_or_else(|| missing("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"))?;
    let amount = crate::load::parse_amount(amount_text.trim())
        .ok_or_else(|| fail(m.ubl_not_an_amount(amount_text)))?;
    let party = child_path(root, &[(CAC, "AccountingSupplierParty"), (CAC, "Party")])
        .ok_or_else(|| missing("cac:AccountingSupplierParty/cac:Party"))?;
    let legal_id = text_at(party, &[(CAC, "PartyLegalEntity"), (CBC, "CompanyID")]);
    let org_no = match legal_id {
        Some(id) => org_no_of_text(id)
            .map_err(|reason| fail(m.ubl_invalid_org_no(id, reason.message(m))))?,
        None => party
            .children()
            .filter(|n| is(n, CAC, "PartyTaxScheme"))
            .filter_map(|scheme| text_at(scheme, &[(CBC, "CompanyID")]))
            .find(|id| id.trim().to_uppercase().starts_with("SE"))
            .and_then(|id| org_no_of_text(id).ok().flatten()),
    };
    let supplier = text_at(
        party,
        &[(CAC, "PartyLegalEntity"), (CBC, "RegistrationName")],
    )
    .or_else(|| text_at(party, &[(CAC, "PartyName"), (CBC, "Name")]))
    .unwrap_or("");
    Ok(SpendLine {
        date,
        org_no: org_no.unwrap_or_default(),
        supplier: supplier.trim().to_string(),
        amount: if credit { -amount } else { amount },
        department: text_at(root, &[(CBC, "BuyerReference")])
            .unwrap_or("")
            .trim()
            .to_string(),
        account: String::new(),
        invoice: text_at(root, &[(CBC, "ID")])
            .unwrap_or("")
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

/// The element at `path` of child elements under `node`.
fn child_path<'a, 'i>(node: Node<'a, 'i>, path: &[(&str, &str)]) -> Option<Node<'a, 'i>> {
    path.iter().try_fold(node, |at, (namespace, name)| {
        at.children().find(|n| is(n, namespace, name))
    })
}

/// The text of the element at `path` under `node`.
fn text_at<'a>(node: Node<'a, '_>, path: &[(&str, &str)]) -> Option<&'a str> {
    child_path(node, path).and_then(|n| n.text())
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
}
