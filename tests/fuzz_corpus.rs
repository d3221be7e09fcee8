//! The fuzz targets on stable: every file of `fuzz/corpus/<target>/` (seeds and the reproducers
//! of issue 16) through its target's entry function, plus a property test that mutates the demo
//! register and runs `avtal check` on it: no panic, exit 0/1/2 only, every error located, no file
//! changed. Long fuzzing with cargo-fuzz: docs/reliability.md.

mod common;

use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus")
}

#[test]
fn every_corpus_file_runs_through_its_target_without_panic() {
    let mut ran = 0;
    for target in avtal::fuzzing::TARGETS {
        let dir = corpus().join(target);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("no corpus for {target}"))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "empty corpus for {target}");
        for file in files {
            let data = std::fs::read(&file).unwrap();
            avtal::fuzzing::run(target, &data);
            ran += 1;
        }
    }
    assert!(ran >= avtal::fuzzing::TARGETS.len());
}

#[test]
fn every_target_has_a_cargo_fuzz_binary() {
    let manifest = std::fs::read_to_string(corpus().join("../Cargo.toml")).unwrap();
    for target in avtal::fuzzing::TARGETS {
        assert!(
            manifest.contains(&format!("name = \"{target}\"")),
            "{target}"
        );
        let source = corpus().join(format!("../fuzz_targets/{target}.rs"));
        assert!(source.is_file(), "{}", source.display());
    }
}

/// The sorted seeds of `target`'s corpus.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus().join(target))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

/// One edit of a seed, as libFuzzer's mutators would make it: overwrite a byte, delete a run,
/// duplicate a run (grows repeats and rows), or insert a token that parsers treat specially.
#[derive(Clone, Debug)]
enum Edit {
    Byte(usize, u8),
    Delete(usize, usize),
    Duplicate(usize, usize, usize),
    Token(usize, usize),
}

const TOKENS: [&str; 16] = [
    "\"",
    ",",
    ";",
    "\n",
    "\r",
    "\u{0}",
    "-",
    "1e308",
    "0",
    "99999999999999999999",
    "9999-12-31",
    "0000-01-01",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
    "&a;",
    "{\"",
    "]",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Edit::Byte(a, b)),
        (any::<usize>(), 1usize..64).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), 1usize..64, 1usize..8).prop_map(|(a, n, k)| Edit::Duplicate(a, n, k)),
        (any::<usize>(), 0usize..TOKENS.len()).prop_map(|(a, t)| Edit::Token(a, t)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let at = |a: usize, len: usize| a % (len + 1);
    match *edit {
        Edit::Byte(a, b) if !bytes.is_empty() => {
            let i = a % bytes.len();
            bytes[i] = b;
        }
        Edit::Byte(_, b) => bytes.push(b),
        Edit::Delete(a, n) => {
            let start = at(a, bytes.len());
            let end = (start + n).min(bytes.len());
            bytes.drain(start..end);
        }
        Edit::Duplicate(a, n, k) => {
            let start = at(a, bytes.len());
            let end = (start + n).min(bytes.len());
            let run = bytes[start..end].repeat(k);
            bytes.splice(end..end, run);
        }
        Edit::Token(a, t) => {
            let i = at(a, bytes.len());
            bytes.splice(i..i, TOKENS[t].bytes());
        }
    }
}

/// Cases per target: `AVTAL_FUZZ_CASES` for a long run (docs/reliability.md), else a few.
fn fuzz_cases() -> u32 {
    std::env::var("AVTAL_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(48)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: fuzz_cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// The stable stand-in for cargo-fuzz: mutated seeds and raw bytes through every target.
    #[test]
    fn mutated_seeds_and_raw_bytes_never_panic_any_target(
        seed in any::<usize>(),
        edits in proptest::collection::vec(edit(), 1..12),
        raw in proptest::collection::vec(any::<u8>(), 0..512),
    ) {
        for target in avtal::fuzzing::TARGETS {
            let seeds = seeds(target);
            let mut bytes = seeds[seed % seeds.len()].clone();
            for e in &edits {
                apply(&mut bytes, e);
            }
            avtal::fuzzing::run(target, &bytes);
            avtal::fuzzing::run(target, &raw);
        }
    }
}

fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// One mutation: which register file (by index among the demo's .toml/.csv files), where, and
/// what: replace a byte, delete a run, or insert hostile text.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, usize, u8),
    Delete(usize, usize, usize),
    Insert(usize, usize, &'static str),
}

const INSERTS: [&str; 8] = [
    "\u{1b}]0;x\u{7}",
    "\"",
    "\n[[kpis]]\n",
    "0000-01-01",
    "9999-12-31",
    ",,,,,,",
    "=HYPERLINK(\"x\")",
    "\r\n",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>(), any::<u8>())
            .prop_map(|(f, a, b)| Mutation::Replace(f, a, b)),
        (any::<usize>(), any::<usize>(), 1usize..40)
            .prop_map(|(f, a, n)| Mutation::Delete(f, a, n)),
        (any::<usize>(), any::<usize>(), 0usize..INSERTS.len())
            .prop_map(|(f, a, i)| Mutation::Insert(f, a, INSERTS[i])),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_demo_register_never_panics_and_errors_are_located(
        mutations in proptest::collection::vec(mutation(), 1..4)
    ) {
        let dir = tempfile::tempdir().unwrap();
        common::copy_dir(&common::demo_register(), dir.path());
        let targets: Vec<PathBuf> = files(dir.path())
            .into_iter()
            .map(|(path, _)| path)
            .filter(|p| p.extension().is_some_and(|e| e == "toml" || e == "csv"))
            .collect();
        for m in &mutations {
            let (file, at) = match m {
                Mutation::Replace(f, a, _) | Mutation::Delete(f, a, _) | Mutation::Insert(f, a, _) => (*f, *a),
            };
            let path = &targets[file % targets.len()];
            let mut bytes = std::fs::read(path).unwrap();
            let at = at % (bytes.len() + 1);
            match m {
                Mutation::Replace(_, _, b) if at < bytes.len() => bytes[at] = *b,
                Mutation::Replace(..) => bytes.push(b'x'),
                Mutation::Delete(_, _, n) => {
                    let end = (at + n).min(bytes.len());
                    bytes.drain(at..end);
                }
                Mutation::Insert(_, _, text) => {
                    bytes.splice(at..at, text.bytes());
                }
            }
            std::fs::write(path, bytes).unwrap();
        }
        let before = files(dir.path());
        let site = tempfile::tempdir().unwrap();
        let site_out = site.path().join("site").display().to_string();
        for args in [
            &["check", "--format", "json", "--today", "2026-11-22"][..],
            &["list"],
            &["plan", "--year", "2026"],
            &["spend"],
            &["price", "--today", "2026-11-22", "matdistribution"],
            &["digest", "--today", "2026-11-22"],
            &["site", "-o", site_out.as_str()],
        ] {
            let output = assert_cmd::Command::cargo_bin("avtal")
                .unwrap()
                .env_remove("AVTAL_REGISTER")
                .env("NO_COLOR", "1")
                .arg("-C")
                .arg(dir.path())
                .args(args)
                .output()
                .unwrap();
            let code = output.status.code();
            prop_assert!(matches!(code, Some(0..=2)), "{args:?}: {:?} {}", output.status, String::from_utf8_lossy(&output.stderr));
            if args[0] == "check" && code == Some(2) && !output.stdout.is_empty() {
                let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
                for error in json["errors"].as_array().unwrap() {
                    prop_assert!(error["line"].as_u64().is_some_and(|l| l >= 1), "{error}");
                    prop_assert!(error["column"].as_u64().is_some_and(|c| c >= 1), "{error}");
                    prop_assert!(error["file"].as_str().is_some_and(|f| !f.is_empty()), "{error}");
                }
            }
            if code == Some(2) {
                let stderr = String::from_utf8_lossy(&output.stderr);
                prop_assert!(!stderr.contains("panicked"), "{stderr}");
            }
        }
        prop_assert!(files(dir.path()) == before, "a file changed");
    }
}
