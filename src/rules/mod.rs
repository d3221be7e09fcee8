//! The follow-up rules as pure functions of the register and `today` (SPEC §3–§6).

pub mod check;
pub mod escalation;
pub mod meeting;
pub mod priority;
pub mod schedule;
pub mod spend;
