//! The plan as an Excel workbook (to be written).
