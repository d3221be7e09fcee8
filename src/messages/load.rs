//! Messages of loading and validating the register: every diagnostic of `src/load/` and finding the register.

/// Messages of loading and validating the register: every diagnostic of `src/load/` and finding the register.
pub trait Load {
    /// Placeholder until the area has messages; remove when the first real one is added.
    fn load_language_name(&self) -> &'static str;
}
