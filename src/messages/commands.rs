//! Messages of the subcommands: what `init`, `new`, `log`, `list`, `show`, … print, and their errors.

/// Messages of the subcommands: what `init`, `new`, `log`, `list`, `show`, … print, and their errors.
pub trait Commands {
    /// Placeholder until the area has messages; remove when the first real one is added.
    fn commands_language_name(&self) -> &'static str;
}
