//! The contract named by a `KEY` argument, or an error that suggests the closest key.

use crate::diag::did_you_mean;
use crate::error::Error;
use crate::messages::Messages;
use crate::model::{Contract, Register};

/// What the hint under "no contract `KEY`" points to. The two wordings are the ones each
/// command has always printed; keeping both keeps every command's output unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyHint {
    /// The closest key, else where the keys are listed (`log`, `escalation`).
    SeeKeys,
    /// The closest key and that `avtal list` shows every contract (`show`, `report`, `kpi`,
    /// `price`, `export`).
    ListEveryContract,
}

/// The contract `key` of `register`, or an error suggesting the closest key (worded by `hint`).
pub fn find_contract<'a>(
    register: &'a Register,
    key: &str,
    hint: KeyHint,
    m: &dyn Messages,
) -> Result<&'a Contract, Error> {
    register.contract(key).ok_or_else(|| {
        let keys: Vec<&str> = register.contracts.iter().map(|c| c.key.as_str()).collect();
        let close = did_you_mean(key, &keys);
        let hint = match (hint, close) {
            (KeyHint::SeeKeys, Some(close)) => m.did_you_mean(close),
            (KeyHint::SeeKeys, None) => m.see_keys_with_list().to_string(),
            (KeyHint::ListEveryContract, Some(close)) => m.did_you_mean_or_list(close),
            (KeyHint::ListEveryContract, None) => m.list_shows_every_contract().to_string(),
        };
        Error::input_with_hint(m.no_contract(key), hint)
    })
}
