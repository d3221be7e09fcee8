//! Messages of the templates: the commented `avtal.toml` and `contract.toml` that `init`, `new`
//! and `contracts import` write, comments and example values in the register's language.

/// The filled-in lines of a new `contract.toml`, each already TOML or a commented example, that
/// the template of a language places among its comments.
pub struct ContractLines<'a> {
    /// `# <where it came from>\n`, or empty.
    pub origin: &'a str,
    /// The title on one line, for the heading comment.
    pub title_comment: &'a str,
    /// Each of these is a TOML value (`title`, `kind` without quotes, `start`, `end`, `keywords`).
    pub title: &'a str,
    pub kind: &'a str,
    pub start: &'a str,
    pub end: &'a str,
    pub keywords: &'a str,
    /// Each of these is a whole line: `key = value  # comment` or its commented example.
    pub diarienummer: &'a str,
    pub category: &'a str,
    pub annual_value: &'a str,
    pub business_critical: &'a str,
    pub contract_value: &'a str,
    pub max_value: &'a str,
    pub controller: &'a str,
    pub owner: &'a str,
    /// The framework agreement's commented lines (ending in a newline), or empty.
    pub framework: &'a str,
    /// The `[supplier]` or `[[suppliers]]` tables.
    pub suppliers: &'a str,
    /// The `[[options]]` tables or their commented example.
    pub options: &'a str,
}

/// Messages of the templates written by `init`, `new` and `contracts import`.
pub trait Templates {
    /// The commented `avtal.toml` of a new register; `organisation` is a TOML string.
    fn template_settings(&self, organisation: &str) -> String;
    /// The commented `contract.toml` of a new contract around its filled-in lines.
    fn template_contract(&self, lines: &ContractLines<'_>) -> String;
    /// Where an imported contract came from: file, sheet if any, and 1-based row.
    fn template_origin(&self, file: &str, sheet: Option<&str>, row: usize) -> String;
    /// Comment of `annual_value`.
    fn template_annual_value(&self) -> &'static str;
    /// Comment of `business_critical`.
    fn template_business_critical(&self) -> &'static str;
    /// Comment of `contract_value`.
    fn template_contract_value(&self) -> &'static str;
    /// Comment of `max_value`.
    fn template_max_value(&self) -> &'static str;
    /// Example value of `[roles] owner`, a TOML string.
    fn template_owner_example(&self) -> &'static str;
    /// The commented `call_off` and `special_reasons` lines of a framework agreement.
    fn template_framework_lines(&self) -> &'static str;
    /// The commented `[[options]]` example of a contract without options.
    fn template_options_example(&self) -> &'static str;
    /// The comment above the options of a contract.
    fn template_options_heading(&self) -> &'static str;
    /// One `[[options]]` table, starting with a newline.
    fn template_option(&self, months: u32, notice: u32) -> String;
    /// One `[[suppliers]]` table with a commented org_no and rank; `name` is a TOML string.
    fn template_ranked_supplier(&self, name: &str, rank: usize) -> String;
}
