//! `--kind`: the kind of contract, a filter of `list` and a choice of `new`.

use crate::model::Kind;
use clap::ValueEnum;

/// `--kind` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// An ordinary contract
    Contract,
    /// A framework agreement
    Framework,
    /// A call-off from a national framework agreement
    NationalCallOff,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Contract => Kind::Contract,
            KindArg::Framework => Kind::Framework,
            KindArg::NationalCallOff => Kind::NationalCallOff,
        }
    }
}
