//! The bounds a register value must stay within (SPEC §2.2). A leaf module: the loader checks
//! values against them, and errors about command-line values quote them.

/// Longest text a register value may hold: what one spreadsheet cell holds (SPEC §2.2).
pub const MAX_TEXT_CHARS: usize = 32_767;
/// The years a register date may lie in (SPEC §2.2).
pub const MIN_YEAR: u16 = 1900;
/// See [`MIN_YEAR`].
pub const MAX_YEAR: u16 = 9999;
/// The smallest and largest value of a price index (`index/`, SPEC §13): far around any real
/// index (100–10,000), and where a ratio of two of them stays a finite percentage (issue 31:
/// 5e-324 and 1e308 made `price` print "inf %").
pub const MIN_INDEX_VALUE: f64 = 0.001;
/// See [`MIN_INDEX_VALUE`].
pub const MAX_INDEX_VALUE: f64 = 1e9;

/// Whether `value` may be stored as an index value.
pub fn is_index_value(value: f64) -> bool {
    (MIN_INDEX_VALUE..=MAX_INDEX_VALUE).contains(&value)
}
