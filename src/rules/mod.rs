//! The follow-up rules as pure functions of the register and `today` (SPEC §3–§6).

pub mod checks;
pub mod digest;
pub mod escalation;
pub mod kpi_overview;
pub mod lou;
pub mod meeting;
pub mod plan;
pub mod price;
pub mod priority;
pub mod schedule;
pub mod scope;
pub mod spend;
pub mod status;
