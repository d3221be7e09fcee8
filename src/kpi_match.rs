//! Which of a contract's KPIs a spreadsheet header or a KPI name denotes (SPEC §7): by id, name
//! or alias, compared after [`normalize_header`]. The importers read headers with it, and the
//! supplier KPI sheet (`render::workbook`) writes only headers that it reads back as their KPI.

use crate::model::Kpi;

/// A header or KPI name compared the SPEC §7 way: lower-cased and trimmed, without a trailing
/// parenthesised part or anything after a comma (`Leveransprecision (%)` → `leveransprecision`),
/// inner runs of white space collapsed to one space.
pub fn normalize_header(text: &str) -> String {
    let mut text = text.trim().to_lowercase();
    if let Some(comma) = text.find(',') {
        text.truncate(comma);
    }
    let trimmed = text.trim_end();
    if trimmed.ends_with(')')
        && let Some(open) = trimmed.rfind('(')
    {
        text.truncate(open);
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Matches headers and KPI names to the contract's KPIs by id, name or alias, compared the way
/// [`normalize_header`] does; built once per import so that long files stay fast.
#[derive(Clone, Debug, Default)]
pub struct KpiMatcher {
    names: std::collections::BTreeMap<String, Vec<usize>>,
}

impl KpiMatcher {
    /// Indexes every id, name and alias of `kpis`.
    pub fn new(kpis: &[Kpi]) -> KpiMatcher {
        let mut names: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
        for (index, kpi) in kpis.iter().enumerate() {
            let all = std::iter::once(&kpi.id)
                .chain(std::iter::once(&kpi.name))
                .chain(kpi.aliases.iter());
            for name in all {
                let key = normalize_header(name);
                if key.is_empty() {
                    continue;
                }
                let entry = names.entry(key).or_default();
                if !entry.contains(&index) {
                    entry.push(index);
                }
            }
        }
        KpiMatcher { names }
    }

    /// The KPIs whose id, name or an alias matches `header`, in contract order.
    pub fn matches(&self, header: &str) -> Vec<usize> {
        self.names
            .get(&normalize_header(header))
            .cloned()
            .unwrap_or_default()
    }
}

/// The KPIs whose id, name or an alias matches the header `header`.
pub fn matching_kpis(header: &str, kpis: &[Kpi]) -> Vec<usize> {
    KpiMatcher::new(kpis).matches(header)
}
