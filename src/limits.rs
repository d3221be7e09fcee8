//! The bounds a register value must stay within (SPEC §2.2). A leaf module: the loader checks
//! values against them, and errors about command-line values quote them.

/// Longest text a register value may hold: what one spreadsheet cell holds (SPEC §2.2).
pub const MAX_TEXT_CHARS: usize = 32_767;
/// The years a register date may lie in (SPEC §2.2).
pub const MIN_YEAR: u16 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: u16 = 9999;
