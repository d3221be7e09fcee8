//! The follow-up workbook and the supplier KPI sheet (to be written).
