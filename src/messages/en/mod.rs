//! The English catalogue: one file per area, implementing that area's trait.

mod checks;
mod commands;
mod import;
mod load;
mod render;
mod rules;
mod templates;
mod workbook;
