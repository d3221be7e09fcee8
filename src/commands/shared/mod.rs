//! Helpers that several commands share. Command modules use these (and the floors below);
//! they never use each other's items, so a command can change without moving its neighbours.

pub mod contract_key;
pub mod controller;
pub mod import_run;
pub mod kind_arg;
pub mod owned_folder;
pub mod progress;
pub mod templates;
