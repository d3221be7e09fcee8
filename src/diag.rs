//! Diagnostics with file, line and column, rendered rustc-style or as JSON (SPEC §5.4, §9).

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

/// One problem in one file of the register.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    /// Path relative to the register (a folder-level error names the folder).
    pub file: String,
    /// 1-based line (1 for folder-level errors).
    pub line: u32,
    /// 1-based column, counted in characters.
    pub column: u32,
    pub message: String,
    /// What to do about it, when one helps (`did you mean ...`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The offending line of text, for the excerpt.
    #[serde(skip)]
    pub excerpt: Option<String>,
    /// Width of the marker under the excerpt, in characters.
    #[serde(skip)]
    pub width: u32,
}

impl Diagnostic {
    /// A diagnostic without an excerpt.
    pub fn new(
        file: impl Into<String>,
        line: u32,
        column: u32,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line,
            column,
            message: message.into(),
            hint: None,
            excerpt: None,
            width: 1,
        }
    }

    /// A diagnostic at byte range `span` of `source`, with the line as excerpt.
    pub fn at_span(
        file: &str,
        source: &str,
        span: std::ops::Range<usize>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at_span_from(file, source, span, (0, 1), message)
    }

    /// Like [`Diagnostic::at_span`], counting lines from `anchor` = (byte offset, its 1-based
    /// line) at or before the span instead of from the start of the file, so that reporting
    /// every bad row of a large file stays linear (a CSV row knows where it starts).
    pub fn at_span_from(
        file: &str,
        source: &str,
        span: std::ops::Range<usize>,
        anchor: (usize, u32),
        message: impl Into<String>,
    ) -> Diagnostic {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let (from, from_line) = if anchor.0 <= start {
            (floor_char_boundary(source, anchor.0), anchor.1)
        } else {
            (0, 1)
        };
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let line = source[from..start].bytes().filter(|&b| b == b'\n').count() as u32 + from_line;
        let column = source[line_start..start].chars().count() as u32 + 1;
        let text = source[line_start..line_end].trim_end_matches('\r');
        // Not `clamp`: a span that starts on a line's `\r` lies past the trimmed text, and
        // `clamp` panics when its bounds cross.
        let end = floor_char_boundary(source, span.end.min(line_start + text.len()).max(start));
        let width = source[start..end].chars().count().max(1) as u32;
        Diagnostic {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
            hint: None,
            excerpt: Some(text.to_string()),
            width,
        }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// A copy with control characters in its texts made visible (SPEC §9), for the terminal.
    pub fn sanitized(&self) -> Diagnostic {
        let clean = |text: &str| crate::sanitize::sanitize(text).into_owned();
        Diagnostic {
            file: clean(&self.file),
            message: clean(&self.message),
            hint: self.hint.as_deref().map(clean),
            // The excerpt keeps its length in characters, so the marker still lines up.
            excerpt: self
                .excerpt
                .as_deref()
                .map(|text| text.chars().map(crate::sanitize::picture).collect()),
            ..self.clone()
        }
    }

    /// Renders as `error: FILE:LINE:COLUMN: message`, the offending line with a marker, and the hint.
    pub fn render(&self, color: bool) -> String {
        let title = format!(
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        );
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut group = Group::with_title(Level::ERROR.primary_title(title.as_str()));
        if let Some(excerpt) = &self.excerpt {
            let start = char_to_byte(excerpt, self.column.saturating_sub(1) as usize);
            let end = char_to_byte(excerpt, (self.column - 1 + self.width) as usize).max(start);
            let span = if excerpt.is_empty() {
                0..0
            } else {
                start..end.max(start)
            };
            group = group.element(
                Snippet::source(excerpt.as_str())
                    .line_start(self.line as usize)
                    .annotation(AnnotationKind::Primary.span(span)),
            );
        }
        if let Some(hint) = &self.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        renderer.render(&[group]).to_string()
    }
}

/// The byte offset of every line's start, to find the line of many spans in one file quickly.
#[derive(Debug, Default)]
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    /// Indexes `source`.
    pub fn new(source: &str) -> LineStarts {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineStarts(starts)
    }

    /// The start of the line holding byte `offset` and its 1-based number: an anchor for
    /// [`Diagnostic::at_span_from`].
    pub fn anchor(&self, offset: usize) -> (usize, u32) {
        let index = self.0.partition_point(|&start| start <= offset).max(1) - 1;
        (self.0.get(index).copied().unwrap_or(0), index as u32 + 1)
    }
}

fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Most errors printed for one file in human-readable output (SPEC §5.3); JSON lists all.
pub const MAX_SHOWN_PER_FILE: usize = 50;
/// Most errors printed in all in human-readable output (SPEC §5.3).
pub const MAX_SHOWN: usize = 200;

/// The diagnostics to print, in order: at most [`MAX_SHOWN_PER_FILE`] of each file and
/// [`MAX_SHOWN`] in all; and how many were left out.
pub fn shown(diagnostics: &[Diagnostic]) -> (Vec<&Diagnostic>, usize) {
    let mut per_file: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut shown = Vec::new();
    for diagnostic in diagnostics {
        let count = per_file.entry(diagnostic.file.as_str()).or_default();
        if *count < MAX_SHOWN_PER_FILE && shown.len() < MAX_SHOWN {
            *count += 1;
            shown.push(diagnostic);
        }
    }
    let rest = diagnostics.len() - shown.len();
    (shown, rest)
}

/// Suggests the known word closest to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), *candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_on_the_line_break_of_a_crlf_line_does_not_panic() {
        // Found by the mutation test of the demo register: a span starting at `\n` of "\r\n"
        // lies past the line's trimmed text.
        let source = "date,type\r\n2026-01-01,x\r\n";
        for start in 0..source.len() {
            let d = Diagnostic::at_span_from("a/log.csv", source, start..start + 1, (0, 1), "m");
            assert!(d.line >= 1 && d.column >= 1 && d.width >= 1);
        }
    }

    #[test]
    fn a_span_at_the_line_end_of_a_crlf_line_does_not_panic() {
        // Found by the mutation test of the demo register (issue 16): `clamp` with min > max.
        for source in ["ab\r\ncd", "ab\r\r\ncd", "ab\r"] {
            for at in 0..=source.len() {
                let d = Diagnostic::at_span("f", source, at..at + 1, "m");
                assert!(
                    d.line >= 1 && d.column >= 1 && d.width >= 1,
                    "{source:?} {at}"
                );
            }
        }
    }

    #[test]
    fn span_gives_line_and_column() {
        let source = "title = \"x\"\nanual_value = 5\n";
        let d = Diagnostic::at_span(
            "a/contract.toml",
            source,
            12..23,
            "unknown key `anual_value`",
        );
        assert_eq!((d.line, d.column, d.width), (2, 1, 11));
        assert_eq!(d.excerpt.as_deref(), Some("anual_value = 5"));
        let text = d.with_hint("did you mean `annual_value`?").render(false);
        assert!(
            text.starts_with("error: a/contract.toml:2:1: unknown key `anual_value`"),
            "{text}"
        );
        assert!(text.contains("anual_value = 5"), "{text}");
        assert!(text.contains("did you mean `annual_value`?"), "{text}");
    }

    #[test]
    fn columns_count_characters() {
        let source = "titel = \"Städ\"\nå = 1";
        let d = Diagnostic::at_span("f", source, source.find('å').unwrap()..source.len(), "m");
        assert_eq!((d.line, d.column), (2, 1));
        let d = Diagnostic::at_span(
            "f",
            source,
            source.find('\"').unwrap() + 6..source.len(),
            "m",
        );
        assert_eq!((d.line, d.column), (1, 14));
    }

    #[test]
    fn shown_caps_per_file_and_in_all() {
        fn many(file: &str, n: u32) -> Vec<Diagnostic> {
            (1..=n).map(|i| Diagnostic::new(file, i, 1, "m")).collect()
        }
        let diagnostics: Vec<Diagnostic> = [many("a", 60), many("b", 10)].concat();
        let (shown_now, rest) = shown(&diagnostics);
        assert_eq!((shown_now.len(), rest), (60, 10));
        assert!(shown_now.iter().filter(|d| d.file == "a").count() == 50);
        let diagnostics: Vec<Diagnostic> =
            (0..10).flat_map(|f| many(&format!("f{f}"), 30)).collect();
        assert_eq!(shown(&diagnostics).0.len(), 200);
        assert_eq!(shown(&diagnostics).1, 100);
    }

    #[test]
    fn anchored_spans_count_lines_from_the_anchor() {
        let source = "a\nb\n\"c\nd\",x\n";
        let at = source.find('x').unwrap();
        let from_start = Diagnostic::at_span("f", source, at..at + 1, "m");
        let anchored = Diagnostic::at_span_from("f", source, at..at + 1, (4, 3), "m");
        assert_eq!(from_start, anchored);
        assert_eq!((anchored.line, anchored.column), (4, 4));
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("anual_value", &["annual_value", "title"]),
            Some("annual_value")
        );
        assert_eq!(did_you_mean("zzz", &["annual_value", "title"]), None);
    }
}
