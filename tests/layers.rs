//! The floors of the library (issue 22): which top-level module of `src/` may use which. A module
//! uses only modules on lower floors, so the code reads bottom-up and nothing low depends on
//! anything high. The test reads `src/**/*.rs` as text and follows every `crate::…` path (and
//! `super::…` paths that leave their module; `avtal::…` in `main.rs`), so it needs no build
//! information and names the file and line of every arrow that runs the wrong way.

use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The floors, bottom first. A module may use modules on lower floors only: not one above, and
/// not one beside it on its own floor. Every top-level module of `src/` (a file or a folder)
/// stands on exactly one floor; a new module gets a line of its own or joins a floor.
const FLOORS: &[&[&str]] = &[
    &["dates", "limits", "money", "sanitize"], // leaves: std and crates only
    &["spend"],                                // accounts-payable rows as plain data
    &["model"],                                // the register as plain data
    &["kpi_match", "messages"],                // which KPI a name denotes; user-facing text
    &["diag", "i18n"],                         // file:line diagnostics; number and date formats
    &["error"],                                // typed errors
    &["fsutil"],                               // safe writes, advisory locks
    &["load"],                                 // register files -> model, every error at once
    &["store"],                                // the only writer of register files
    &["import"],                               // supplier files -> changes to the register
    &["rules"],                                // pure functions of the register and `today`
    &["render"],                               // tables, documents and files
    &["context"],                              // what a command runs with
    &["commands"],                             // the command line, one module per subcommand
    &["fuzzing", "main"],                      // entry points: the binary and the fuzz targets
];

/// Arrows known to run upward, each with the change that removes it: (from, to, why).
const UPWARD_FOR_NOW: &[(&str, &str, &str)] = &[];

/// Sibling modules that used to import each other: (folder, one, other). Neither may use the
/// other again outside its tests (a test may hold one to the other, as the scanner's property
/// tests hold it to the walker).
const NOT_EACH_OTHER: &[(&str, &str, &str)] = &[
    ("src/load", "contract", "contract_scan"), // both stand on load::contract_schema
    ("src/render/report", "html", "svg"),      // both stand on render::markup
    ("src/rules", "schedule", "status"),       // rules::plan stands on both
];

/// The start of a test module: `#[cfg(test)]` before `mod` (or `pub(…) mod`).
static TEST_MODULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\n#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod ").unwrap());

/// The head of a path from the crate root or out of a module: `crate::`, `super::super::`, ….
static PATH_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w:])\$?((?:crate|avtal|self|super)(?:::super)*)::").unwrap()
});

/// One Rust file of `src/`: its path, its module path and its text without `//` comments.
struct Source {
    path: PathBuf,
    module: Vec<String>,
    text: String,
}

impl Source {
    /// The path as `src/…`, for messages.
    fn name(&self) -> String {
        self.path.display().to_string()
    }

    /// The 1-based line of the byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.text[..offset].matches('\n').count() + 1
    }

    /// The text before its first `#[cfg(test)]` module: what the library itself uses.
    fn without_tests(&self) -> &str {
        match TEST_MODULE.find(&self.text) {
            Some(found) => &self.text[..found.start()],
            None => &self.text,
        }
    }
}

/// Every `.rs` file under `src/`, sorted, with `src/` relative paths.
fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pending = vec![root.join("src")];
    let mut files = Vec::new();
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src/").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(
                    path.strip_prefix(root)
                        .expect("under the crate")
                        .to_path_buf(),
                );
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(root.join(&path)).expect("read a source file");
            Source {
                module: module_of(&path),
                text: strip_line_comments(&text),
                path,
            }
        })
        .collect()
}

/// `src/rules/schedule.rs` -> `[rules, schedule]`; `src/load/mod.rs` -> `[load]`; `src/lib.rs`
/// -> `[]`.
fn module_of(path: &Path) -> Vec<String> {
    let mut parts: Vec<String> = path
        .with_extension("")
        .iter()
        .skip(1)
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts
}

/// `text` without `//` comments (doc comments name modules in links, which is no dependency);
/// a `//` inside a string literal (an odd number of quotes before it) is kept.
fn strip_line_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut end = line.len();
        for (at, _) in line.match_indices("//") {
            if line[..at].matches('"').count() % 2 == 0 {
                end = at;
                break;
            }
        }
        out.push_str(&line[..end]);
        out.push('\n');
    }
    out
}

/// Every path that the use tree at `at` spells (`a::b`, `a::{b, c::{d}}`), as (byte offset of
/// its last segment, segments after `prefix`); returns where the tree ends.
fn use_tree(
    text: &str,
    at: usize,
    prefix: &[String],
    out: &mut Vec<(usize, Vec<String>)>,
) -> usize {
    let bytes = text.as_bytes();
    let mut at = skip_spaces(text, at);
    if bytes.get(at) == Some(&b'{') {
        at += 1;
        loop {
            at = skip_spaces(text, at);
            match bytes.get(at) {
                None => return at,
                Some(b'}') => return at + 1,
                Some(b',') => at += 1,
                Some(_) => {
                    at = use_tree(text, at, prefix, out);
                    // Skip a rename (`as name`) up to the next entry.
                    while bytes.get(at).is_some_and(|b| !matches!(b, b',' | b'}')) {
                        at += 1;
                    }
                }
            }
        }
    }
    let start = at;
    while bytes
        .get(at)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        at += 1;
    }
    let mut path = prefix.to_vec();
    if at > start {
        path.push(text[start..at].to_string());
    }
    if text[at..].starts_with("::") && at > start {
        return use_tree(text, at + 2, &path, out);
    }
    out.push((start, path));
    at
}

/// The first byte at or after `at` that is not white space.
fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start().len()
}

/// Every path in `text` that starts at the crate root or leaves `module` through `super`, as
/// (byte offset, absolute module path from the crate root).
fn paths_leaving(text: &str, module: &[String]) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    for head in PATH_START.captures_iter(text) {
        let keyword = head.get(1).expect("group 1");
        let base: Vec<String> = match keyword.as_str() {
            "crate" | "avtal" => Vec::new(),
            "self" => module.to_vec(),
            supers => {
                let up = supers.matches("super").count();
                // A top-level file's `super` lies in an inline module (its tests): not the root.
                if module.len() <= 1 || up > module.len() {
                    continue;
                }
                module[..module.len() - up].to_vec()
            }
        };
        use_tree(text, head.get(0).expect("match").end(), &base, &mut found);
    }
    found
}

/// The floor of each module named in [`FLOORS`].
fn floors() -> BTreeMap<&'static str, usize> {
    let mut floor_of = BTreeMap::new();
    for (floor, modules) in FLOORS.iter().enumerate() {
        for module in *modules {
            assert!(
                floor_of.insert(*module, floor).is_none(),
                "`{module}` stands on two floors in FLOORS"
            );
        }
    }
    floor_of
}

/// Names the crate root re-exports (`pub use error::{Error, Status};` in `lib.rs`), with the
/// module each comes from, so `crate::Error` counts as a use of `error`.
fn root_reexports(sources: &[Source]) -> BTreeMap<String, String> {
    let lib = sources.iter().find(|s| s.path == Path::new("src/lib.rs"));
    let reexport = Regex::new(r"pub use (\w+)::(?:\{([^}]*)\}|(\w+));").unwrap();
    let mut names = BTreeMap::new();
    for found in lib
        .into_iter()
        .flat_map(|lib| reexport.captures_iter(&lib.text))
    {
        let items = found.get(2).or(found.get(3)).map_or("", |m| m.as_str());
        for item in items.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            names.insert(item.to_string(), found[1].to_string());
        }
    }
    names
}

#[test]
fn every_module_stands_on_one_floor() {
    let floor_of = floors();
    let mut modules: Vec<String> = sources()
        .iter()
        .filter_map(|source| source.module.first().cloned())
        .collect();
    modules.dedup();
    let missing: Vec<&String> = modules
        .iter()
        .filter(|m| !floor_of.contains_key(m.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "modules on no floor, add them to FLOORS in tests/layers.rs: {missing:?}"
    );
    let gone: Vec<&&str> = floor_of
        .keys()
        .filter(|name| !modules.iter().any(|m| m == *name))
        .collect();
    assert!(
        gone.is_empty(),
        "FLOORS names modules that no longer exist: {gone:?}"
    );
}

#[test]
fn no_module_uses_one_on_its_own_floor_or_above() {
    let floor_of = floors();
    let sources = sources();
    let reexports = root_reexports(&sources);
    let mut wrong = Vec::new();
    for source in &sources {
        let Some(own) = source.module.first() else {
            continue; // lib.rs only declares the modules
        };
        let Some(&own_floor) = floor_of.get(own.as_str()) else {
            continue; // reported by `every_module_stands_on_one_floor`
        };
        for (offset, path) in paths_leaving(&source.text, &source.module) {
            let Some(first) = path.first() else { continue };
            let used = reexports.get(first).unwrap_or(first);
            let Some(&used_floor) = floor_of.get(used.as_str()) else {
                continue; // an item of the crate root, not a module
            };
            let known = UPWARD_FOR_NOW
                .iter()
                .any(|(from, to, _)| from == own && to == used);
            if used != own && used_floor >= own_floor && !known {
                wrong.push(format!(
                    "{}:{}: `{own}` (floor {own_floor}) uses `{used}` (floor {used_floor})",
                    source.name(),
                    source.line_of(offset)
                ));
            }
        }
    }
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "arrows that run down to up (FLOORS in tests/layers.rs):\n{}",
        wrong.join("\n")
    );
}

/// Where the files of sibling `from` (in `folder`, outside their tests) use sibling `to`.
fn uses_of_sibling(sources: &[Source], folder: &str, from: &str, to: &str) -> Vec<String> {
    let mut target = module_of(&Path::new(folder).join("mod.rs"));
    target.push(to.to_string());
    let from_dir = Path::new(folder).join(from);
    let from_file = from_dir.with_extension("rs");
    let mut found = Vec::new();
    for source in sources {
        if source.path != from_file && !source.path.starts_with(&from_dir) {
            continue;
        }
        for (offset, path) in paths_leaving(source.without_tests(), &source.module) {
            if path.starts_with(&target) {
                found.push(format!("{}:{}", source.name(), source.line_of(offset)));
            }
        }
    }
    found.dedup();
    found
}

#[test]
fn separated_siblings_do_not_import_each_other() {
    let sources = sources();
    let mut wrong = Vec::new();
    for &(folder, one, other) in NOT_EACH_OTHER {
        let there = uses_of_sibling(&sources, folder, one, other);
        let back = uses_of_sibling(&sources, folder, other, one);
        if !there.is_empty() && !back.is_empty() {
            wrong.push(format!(
                "{folder}: `{one}` uses `{other}` ({}) and `{other}` uses `{one}` ({})",
                there.join(", "),
                back.join(", ")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "siblings importing each other (NOT_EACH_OTHER in tests/layers.rs):\n{}",
        wrong.join("\n")
    );
}
