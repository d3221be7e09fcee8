//! The catalogue's own checks: every message is translated, no Swedish text is defined twice,
//! and no sentence a person reads is written outside the catalogue. The first two read the
//! source text that `catalogue!` and `words!` record (`TEXTS` of each area), the last reads the
//! source files, so they fail at `cargo test` the moment someone adds a string in one language
//! only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::macros::Text;

/// Messages and words that are rightly the same in both languages (names, codes, symbols), with
/// why.
const SAME_IN_BOTH: &[&str] = &[
    // "Status", "Period", "Trend": the same word in Swedish and English.
    "STATUS",
    "PERIOD",
    "report_trend",
    // "Ref": the journal's reference column, an abbreviation in both languages.
    "report_ref",
    // "Option" is the Swedish word too (förlängningsoption), as in the contracts.
    "option_label",
    // "Kraljic" is a name; "Controller" is the plan's column in both languages.
    "KRALJIC",
    "CONTROLLER_SHORT",
];

/// Folders and files of `src/` whose literals are checked for sentences outside the catalogue.
/// All of `src/`: every area's messages live in the catalogue.
const CHECKED: &[&str] = &["src"];

/// Files whose literals are not messages but vocabulary of the input (synonyms people write in
/// supplier files and registers, month names), or interface text that is English on purpose.
const NOT_MESSAGES: &[&str] = &[
    // Fuzz targets: their inputs and panic texts are for developers, never shown to people.
    "src/fuzzing.rs",
    // The column headers suppliers and e-commerce systems write (synonyms), and field names.
    "src/import/contracts/columns.rs",
    "src/import/spend/columns.rs",
];

/// A string literal found in a source file: its 1-based line and its text (escapes kept).
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
}

/// Every string literal outside comments, `const`/`static` items and the `#[cfg(test)]` part of
/// a Rust source. A small tokenizer: enough for this repository's code, not a Rust parser.
fn literals(source: &str) -> Vec<Literal> {
    let source = match source.find("#[cfg(test)]") {
        Some(at) => &source[..at],
        None => source,
    };
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    let mut line = 1;
    // Depth at which a `const`/`static` item started, while inside one.
    let mut in_item: Option<i32> = None;
    let mut depth = 0i32;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => line += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            b'\'' => {
                // A char literal ('"', '\'', 'x') or a lifetime ('a): skip a char literal whole.
                if bytes.get(i + 1) == Some(&b'\\') {
                    let close = source[i + 2..]
                        .find('\'')
                        .map_or(bytes.len(), |p| i + 3 + p);
                    i = close;
                    continue;
                }
                let next = source[i + 1..].chars().next();
                if let Some(ch) = next
                    && source[i + 1 + ch.len_utf8()..].starts_with('\'')
                {
                    i += 2 + ch.len_utf8();
                    continue;
                }
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"') | Some(b'#'))
                && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|&&c| c == b'#').count();
                if bytes.get(i + 1 + hashes) == Some(&b'"') {
                    let start = i + 2 + hashes;
                    let close = format!("\"{}", "#".repeat(hashes));
                    let end = source[start..]
                        .find(&close)
                        .map_or(bytes.len(), |p| start + p);
                    let text = &source[start..end];
                    if in_item.is_none() {
                        found.push(Literal {
                            line,
                            text: text.to_string(),
                        });
                    }
                    line += text.matches('\n').count();
                    i = end + close.len();
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(bytes.len());
                let text = &source[start..end];
                if in_item.is_none() {
                    found.push(Literal {
                        line,
                        text: text.to_string(),
                    });
                }
                line += text.matches('\n').count();
                i = end + 1;
                continue;
            }
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => depth -= 1,
            b';' if in_item == Some(depth) => in_item = None,
            _ => {}
        }
        if in_item.is_none()
            && (b == b'c' || b == b's')
            // Not the `static` of a lifetime (`&'static str`), which starts no item.
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'_'
                    || bytes[i - 1] == b'\''))
            && (source[i..].starts_with("const ") || source[i..].starts_with("static "))
        {
            in_item = Some(depth);
        }
        i += 1;
    }
    found
}

/// Whether `text` reads as a sentence or label for people: Swedish letters, or three words.
fn reads_as_text(text: &str) -> bool {
    // A whole literal in backticks is a command line or a key (`avtal plan --format xlsx`).
    let code = text.len() > 2 && text.starts_with('`') && text.ends_with('`');
    if code && !text[1..text.len() - 1].contains('`') {
        return false;
    }
    if text.chars().any(|c| "åäöÅÄÖéÉ".contains(c)) {
        return true;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '-')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    // Three words in a row separated only by single spaces.
    text.split(['.', ',', ':', ';', '(', ')', '`', '{', '}', '\n', '"'])
        .any(|part| {
            part.split(' ')
                .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '\''))
                .count()
                >= 3
                && part.trim().split(' ').all(|w| !w.is_empty())
        })
        && words.len() >= 3
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every message and word of every area, as `catalogue!` and `words!` recorded them:
/// `(area, text)`. A new area adds its `TEXTS` (and `WORDS`, if it has words) here.
fn catalogue() -> Vec<(&'static str, &'static Text)> {
    let areas: [(&str, &'static [Text]); 10] = [
        ("load", super::load::TEXTS),
        ("import", super::import::TEXTS),
        ("commands", super::commands::TEXTS),
        ("render", super::render::TEXTS),
        ("rules", super::rules::TEXTS),
        ("rules", super::rules::WORDS),
        ("checks", super::checks::TEXTS),
        ("workbook", super::workbook::TEXTS),
        ("templates", super::templates::TEXTS),
        ("words", super::words::WORDS),
    ];
    areas
        .into_iter()
        .flat_map(|(area, texts)| texts.iter().map(move |text| (area, text)))
        .collect()
}

/// The string literals of an expression's source text.
fn texts_of(source: &str) -> Vec<String> {
    literals(source).into_iter().map(|l| l.text).collect()
}

/// `{name}` placeholders of format strings (not `{{`).
fn placeholders(texts: &[String]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for text in texts {
        let text = text.replace("{{", "").replace("}}", "");
        for part in text.split('{').skip(1) {
            if let Some(end) = part.find('}') {
                let name = part[..end].split(':').next().unwrap_or("").to_string();
                names.insert(name);
            }
        }
    }
    names
}

#[test]
fn every_message_is_translated() {
    let mut problems = Vec::new();
    for (area, text) in catalogue() {
        let name = text.name;
        if !text.both.is_empty() {
            // `both:` only combines words and messages; a literal there is in one language.
            let literals = texts_of(text.both);
            if !literals.is_empty() {
                problems.push(format!(
                    "{area}: `{name}` writes {literals:?} in `both:`; give `sv:` and `en:`"
                ));
            }
            continue;
        }
        let (sv_texts, en_texts) = (texts_of(text.sv), texts_of(text.en));
        if sv_texts == en_texts
            && !sv_texts.iter().all(|t| t.is_empty())
            && !SAME_IN_BOTH.contains(&name)
        {
            problems.push(format!(
                "{area}: `{name}` has the same text in Swedish and English: {sv_texts:?}"
            ));
        }
        let (sv_names, en_names) = (placeholders(&sv_texts), placeholders(&en_texts));
        if sv_names != en_names {
            problems.push(format!(
                "{area}: `{name}` uses {sv_names:?} in Swedish but {en_names:?} in English"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Where a Swedish text is defined: its area and message or word, and a word's English.
struct Definition {
    area: &'static str,
    name: &'static str,
    /// The English of a word (`words!`); `None` for a message.
    word_english: Option<String>,
}

#[test]
fn no_swedish_text_is_defined_twice() {
    let mut defined: BTreeMap<String, Vec<Definition>> = BTreeMap::new();
    for (area, text) in catalogue() {
        let word_english = text.word.then(|| texts_of(text.en).concat());
        for swedish in texts_of(text.sv) {
            defined.entry(swedish).or_default().push(Definition {
                area,
                name: text.name,
                word_english: word_english.clone(),
            });
        }
    }
    let mut problems = Vec::new();
    for (swedish, places) in defined.into_iter().filter(|(_, places)| places.len() > 1) {
        // Only words whose English differs may share their Swedish (`words.rs` says so).
        let englishes: BTreeSet<_> = places.iter().map(|place| &place.word_english).collect();
        let all_words = places.iter().all(|place| place.word_english.is_some());
        if !(all_words && englishes.len() == places.len()) {
            let names: Vec<String> = places
                .iter()
                .map(|place| format!("{}::{}", place.area, place.name))
                .collect();
            problems.push(format!(
                "{swedish:?} is defined {} times: {}; make it one word in words.rs",
                places.len(),
                names.join(", ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_sentence_outside_the_catalogue() {
    let mut problems = Vec::new();
    for checked in CHECKED {
        let path = root().join(checked);
        let mut files = Vec::new();
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path);
        }
        for file in files {
            let relative = file
                .strip_prefix(root())
                .unwrap_or(&file)
                .to_string_lossy()
                .replace('\\', "/");
            if relative.starts_with("src/messages/") || NOT_MESSAGES.contains(&relative.as_str()) {
                continue;
            }
            let source = std::fs::read_to_string(&file).unwrap_or_default();
            for literal in literals(&source) {
                if reads_as_text(&literal.text) {
                    problems.push(format!("{relative}:{}: {:?}", literal.line, literal.text));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} text(s) outside src/messages/ — move each into the catalogue:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_tokenizer_finds_texts_and_skips_the_rest() {
    let source = r##"
        // "a comment with three words"
        const VOCABULARY: &[&str] = &["januari", "februari"];
        fn f() -> &'static str { let c = '"'; let s = "Avtalet är slut"; let r = r#"raw text here"#; }
        #[cfg(test)]
        mod tests { const X: &str = "ignored test text"; }
    "##;
    let texts: Vec<String> = literals(source).into_iter().map(|l| l.text).collect();
    assert_eq!(texts, ["Avtalet är slut", "raw text here"]);
    assert!(reads_as_text("Avtalet är slut"));
    assert!(reads_as_text("missing required key `{key}`"));
    assert!(!reads_as_text("contract.toml"));
    assert!(!reads_as_text("{}: {}"));
    assert!(!reads_as_text("kpi_id"));
    assert!(!reads_as_text("`avtal plan --format xlsx`"));
}
