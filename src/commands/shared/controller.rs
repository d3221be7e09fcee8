//! `--controller NAME`, shared by `check`, `plan` and `digest`: the name as the register spells
//! it, or an error with a suggestion.

use crate::error::Error;
use crate::messages::Messages;
use crate::model::Register;
pub use crate::rules::scope::{MAX_WITHIN_DAYS, has_controller, horizon, same_name};
use std::collections::BTreeSet;

/// The controller `name` as the register spells it, or an error suggesting the closest one.
pub fn controller_filter(
    register: &Register,
    name: &str,
    m: &dyn Messages,
) -> Result<String, Error> {
    let known: BTreeSet<&str> = register
        .contracts
        .iter()
        .filter_map(|c| c.roles.controller.as_deref())
        .collect();
    if let Some(found) = known.iter().find(|k| same_name(k, name)) {
        return Ok(found.to_string());
    }
    let closest = known
        .iter()
        .map(|k| {
            (
                strsim::jaro_winkler(&k.to_lowercase(), &name.trim().to_lowercase()),
                *k,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let hint = match closest {
        Some((_, k)) => m.did_you_mean(k),
        None if known.is_empty() => m.no_controller_in_register().to_string(),
        None => m.controllers_in_register(&known.into_iter().collect::<Vec<_>>().join(", ")),
    };
    Err(Error::input_with_hint(
        m.no_contract_with_controller(name),
        hint,
    ))
}
