//! Importing KPI values from supplier spreadsheets and CSV files (SPEC §7).
