//! Messages of the Excel workbooks: the follow-up workbook, the KPI sheet, the plan and the spend workbooks.

/// Messages of the Excel workbooks: the follow-up workbook, the KPI sheet, the plan and the spend workbooks.
pub trait Workbook {
    /// Placeholder until the area has messages; remove when the first real one is added.
    fn workbook_language_name(&self) -> &'static str;
}
