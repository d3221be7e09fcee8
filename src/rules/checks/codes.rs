//! The finding codes of SPEC §5.3, one table: each code is declared once, with its id, default
//! severity, description (what it checks, for `check --list`, SPEC §22) and how its message and
//! next step are written. Adding a code means one row here, the rule that finds it in the checks
//! module of its subject, and its texts in the message catalogue.

use super::finding::Finding;
use super::{ceilings, lou};
use crate::messages::{self, Messages};
use crate::model::Language;

/// How serious a finding is. Errors sort before warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Needs action now; fails `check` by default.
    Error,
    /// Needs attention soon.
    Warning,
}

impl Severity {
    /// The spelling used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Writes a finding's message or next step in a language.
pub type Text = fn(&Finding, Language) -> String;

/// What a finding code checks, in one language.
pub type Description = fn(&dyn Messages) -> &'static str;

/// One row of the code table.
#[derive(Clone, Copy, Debug)]
pub struct CodeRow {
    /// The code this row is about.
    pub code: Code,
    /// The id of SPEC §5.3 (`followup-overdue`).
    pub id: &'static str,
    /// The severity of SPEC §5.3, before any setting changes it.
    pub severity: Severity,
    /// One line on what the code checks.
    pub description: Description,
    /// What is wrong, in one sentence.
    pub message: Text,
    /// What to do next, with the `avtal` command that records it where there is one.
    pub next_step: Text,
}

/// Declares the `Code` enum and its table [`CODES`] from one list, so that the two cannot drift
/// apart: a variant's row is `CODES[variant as usize]`.
macro_rules! finding_codes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident {
            id: $id:literal,
            severity: $severity:ident,
            description: $description:expr,
            message: $message:expr,
            next_step: $next_step:expr $(,)?
        }
    ),+ $(,)?) => {
        /// The kind of a finding; its row in [`CODES`] gives the SPEC id, severity and texts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[doc = $doc])* $variant, )+
        }

        /// Every finding code, in the order of SPEC §5.3's table.
        pub static CODES: &[CodeRow] = &[
            $(
                CodeRow {
                    code: Code::$variant,
                    id: $id,
                    severity: Severity::$severity,
                    description: $description,
                    message: $message,
                    next_step: $next_step,
                },
            )+
        ];
    };
}

finding_codes! {
    /// The start meeting was not held (meetings).
    StartMeetingOverdue {
        id: "start-meeting-overdue",
        severity: Error,
        description: |m| m.describe_start_meeting_overdue(),
        message: |f, lang| messages::of(lang).start_meeting_overdue(&f.date_text()),
        next_step: |f, lang| messages::of(lang).next_start_meeting(&f.contract),
    },
    /// A follow-up meeting was not held (meetings).
    FollowupOverdue {
        id: "followup-overdue",
        severity: Error,
        description: |m| m.describe_followup_overdue(),
        message: |f, lang| messages::of(lang).followup_overdue(&f.date_text()),
        next_step: |f, lang| messages::of(lang).next_followup(&f.contract),
    },
    /// The qualification requirements were not checked (meetings).
    QualificationCheckOverdue {
        id: "qualification-check-overdue",
        severity: Error,
        description: |m| m.describe_qualification_check_overdue(),
        message: |f, lang| messages::of(lang).qualification_check_overdue(&f.date_text()),
        next_step: |f, lang| messages::of(lang).next_qualification_check(&f.contract),
    },
    /// A deviation's action is late (actions).
    ActionOverdue {
        id: "action-overdue",
        severity: Error,
        description: |m| m.describe_action_overdue(),
        message: |f, lang| {
            let reference = f.reference.as_deref().unwrap_or("");
            messages::of(lang).action_overdue(reference, &f.date_text())
        },
        next_step: |f, lang| {
            let reference = f.reference.as_deref().unwrap_or("REF");
            messages::of(lang).next_action_overdue(&f.contract, reference)
        },
    },
    /// The next option's notice deadline has passed (options).
    OptionDecisionMissed {
        id: "option-decision-missed",
        severity: Error,
        description: |m| m.describe_option_decision_missed(),
        message: |f, lang| messages::of(lang).option_decision_missed(&f.date_text()),
        next_step: |_, lang| messages::of(lang).next_option_decision_missed().to_string(),
    },
    /// The next option's notice deadline is near (options).
    OptionDecisionDue {
        id: "option-decision-due",
        severity: Warning,
        description: |m| m.describe_option_decision_due(),
        message: |f, lang| messages::of(lang).option_decision_due(&f.date_text()),
        next_step: |_, lang| messages::of(lang).next_option_decision_due().to_string(),
    },
    /// A new procurement should have started (options).
    ContractEnding {
        id: "contract-ending",
        severity: Warning,
        description: |m| m.describe_contract_ending(),
        message: |f, lang| messages::of(lang).contract_ending(&f.date_text()),
        next_step: |_, lang| messages::of(lang).next_contract_ending().to_string(),
    },
    /// A KPI value is missing for a period (KPIs).
    KpiMissing {
        id: "kpi-missing",
        severity: Warning,
        description: |m| m.describe_kpi_missing(),
        message: |f, lang| {
            let kpi = f.kpi.as_deref().unwrap_or("");
            let period = f.period.map(|p| p.to_string()).unwrap_or_default();
            messages::of(lang).kpi_missing(kpi, &period)
        },
        next_step: |f, lang| messages::of(lang).next_kpi_missing(&f.contract),
    },
    /// The contract is on escalation step 2 or higher (actions).
    Escalation {
        id: "escalation",
        severity: Warning,
        description: |m| m.describe_escalation(),
        message: |f, lang| {
            let m = messages::of(lang);
            let step = f.step.unwrap_or(0);
            m.escalation_finding(step, m.escalation_level(step))
        },
        next_step: |f, lang| messages::of(lang).next_escalation(&f.contract),
    },
    /// A framework runs past its legal term (LOU).
    FrameworkTermExceeded {
        id: "framework-term-exceeded",
        severity: Error,
        description: |m| m.describe_framework_term_exceeded(),
        message: lou::term_exceeded_message,
        next_step: |_, lang| messages::of(lang).next_framework_term_exceeded().to_string(),
    },
    /// A framework's next option would run past its legal term (LOU).
    FrameworkOptionExceedsTerm {
        id: "framework-option-exceeds-term",
        severity: Warning,
        description: |m| m.describe_framework_option_exceeds_term(),
        message: lou::option_exceeds_term_message,
        next_step: |_, lang| {
            messages::of(lang).next_framework_option_exceeds_term().to_string()
        },
    },
    /// The net changes reach the change limit (LOU).
    ChangeLimitExceeded {
        id: "change-limit-exceeded",
        severity: Error,
        description: |m| m.describe_change_limit_exceeded(),
        message: lou::change_message,
        next_step: |f, lang| messages::of(lang).next_change_limit_exceeded(&f.contract),
    },
    /// The net changes reach 80 % of the change limit (LOU).
    ChangeLimitNear {
        id: "change-limit-near",
        severity: Warning,
        description: |m| m.describe_change_limit_near(),
        message: lou::change_message,
        next_step: |f, lang| messages::of(lang).next_change_limit_near(&f.contract),
    },
    /// The spend reaches `max_value` (ceilings).
    FrameworkCeilingReached {
        id: "framework-ceiling-reached",
        severity: Error,
        description: |m| m.describe_framework_ceiling_reached(),
        message: ceilings::reached_message,
        next_step: |_, lang| messages::of(lang).next_ceiling_reached().to_string(),
    },
    /// The spend reaches 80 % of `max_value` (ceilings).
    FrameworkCeilingNear {
        id: "framework-ceiling-near",
        severity: Warning,
        description: |m| m.describe_framework_ceiling_near(),
        message: ceilings::near_message,
        next_step: |_, lang| messages::of(lang).next_ceiling_near().to_string(),
    },
    /// A price adjustment date is near (price).
    PriceAdjustmentDue {
        id: "price-adjustment-due",
        severity: Warning,
        description: |m| m.describe_price_adjustment_due(),
        message: |f, lang| messages::of(lang).price_adjustment_due(&f.date_text()),
        next_step: |f, lang| messages::of(lang).next_price_adjustment(&f.contract),
    },
    /// An index value a near adjustment needs is missing (price).
    IndexMissing {
        id: "index-missing",
        severity: Warning,
        description: |m| m.describe_index_missing(),
        message: |f, lang| {
            let index = f.index.as_deref().unwrap_or("");
            let period = f.period.map(|p| p.to_string()).unwrap_or_default();
            messages::of(lang).index_missing(index, &period)
        },
        next_step: |f, lang| {
            let m = messages::of(lang);
            m.next_index_missing(f.index.as_deref().unwrap_or(m.series_placeholder()))
        },
    },
    /// A past adjustment date that had to be handled has no `price-adjustment` entry (price).
    PriceAdjustmentUnrecorded {
        id: "price-adjustment-unrecorded",
        severity: Warning,
        description: |m| m.describe_price_adjustment_unrecorded(),
        message: |f, lang| messages::of(lang).price_adjustment_unrecorded(&f.date_text()),
        next_step: |f, lang| messages::of(lang).next_price_adjustment_unrecorded(&f.contract, &f.date_text()),
    },
    /// No LOU period starts in this year or the last (a register finding; LOU).
    LouValuesOutdated {
        id: "lou-values-outdated",
        severity: Warning,
        description: |m| m.describe_lou_values_outdated(),
        message: lou::values_outdated_message,
        next_step: lou::values_outdated_next_step,
    },
}

impl Code {
    /// This code's row in [`CODES`].
    pub fn row(self) -> &'static CodeRow {
        &CODES[self as usize]
    }

    /// The code of SPEC §5.3.
    pub fn as_str(self) -> &'static str {
        self.row().id
    }

    /// The code whose id is `id`.
    pub fn parse(id: &str) -> Option<Code> {
        CODES.iter().find(|row| row.id == id).map(|row| row.code)
    }

    /// The severity of SPEC §5.3.
    pub fn severity(self) -> Severity {
        self.row().severity
    }

    /// One line on what this code checks, in `lang`.
    pub fn description(self, lang: Language) -> &'static str {
        (self.row().description)(messages::of(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_row_is_its_codes_row() {
        for (index, row) in CODES.iter().enumerate() {
            assert_eq!(row.code as usize, index, "{}", row.id);
            assert_eq!(row.code.row().id, row.id);
        }
    }

    /// `[checks]` in avtal.toml is validated against the model's list of ids (the loader stands
    /// below the rules); it must name exactly these codes.
    #[test]
    fn the_models_list_of_codes_is_this_table() {
        let ids: Vec<&str> = CODES.iter().map(|row| row.id).collect();
        assert_eq!(ids, crate::model::FINDING_CODES);
        assert_eq!(Code::parse("kpi-missing"), Some(Code::KpiMissing));
        assert_eq!(Code::parse("kpi"), None);
    }

    #[test]
    fn ids_are_unique_spec_spellings() {
        let ids: BTreeSet<&str> = CODES.iter().map(|row| row.id).collect();
        assert_eq!(ids.len(), CODES.len());
        for id in ids {
            assert!(
                !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
        }
    }

    /// `check --list` shows the codes in the order of SPEC §5.3's table, as the reference
    /// (docs/reference.md §5.3) lists the ones it documents.
    #[test]
    fn codes_are_in_the_references_order() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/reference.md");
        let reference = std::fs::read_to_string(path).unwrap();
        let section = reference
            .split("### 5.3 ")
            .nth(1)
            .and_then(|s| s.split("\n### ").next())
            .unwrap();
        let documented: Vec<&str> = section
            .lines()
            .filter_map(|line| line.strip_prefix("| `"))
            .filter_map(|line| line.split('`').next())
            .collect();
        assert!(!documented.is_empty());
        let ours: Vec<&str> = CODES
            .iter()
            .map(|row| row.id)
            .filter(|id| documented.contains(id))
            .collect();
        assert_eq!(ours, documented);
    }

    #[test]
    fn every_code_has_a_description_in_both_languages() {
        for row in CODES {
            let sv = row.code.description(Language::Sv);
            let en = row.code.description(Language::En);
            assert!(!sv.trim().is_empty() && !en.trim().is_empty(), "{}", row.id);
            assert_ne!(sv, en, "{} is not translated", row.id);
        }
    }

    #[test]
    fn severities_follow_the_spec() {
        let errors: Vec<&str> = CODES
            .iter()
            .filter(|row| row.severity == Severity::Error)
            .map(|row| row.id)
            .collect();
        assert_eq!(
            errors,
            [
                "start-meeting-overdue",
                "followup-overdue",
                "qualification-check-overdue",
                "action-overdue",
                "option-decision-missed",
                "framework-term-exceeded",
                "change-limit-exceeded",
                "framework-ceiling-reached",
            ]
        );
    }
}
