//! Runs every command of the user guide `docs/guide.md`, in order, on a copy of the demo
//! register, as a user following the guide would (`--today` fixed by `AVTAL_TODAY`).

mod common;

use common::{avtal_in, copy_dir, copy_examples};
use std::path::Path;

/// The `avtal …` lines of the guide's ```sh blocks, in order.
fn guide_commands() -> Vec<String> {
    let guide = std::fs::read_to_string("docs/guide.md").unwrap();
    let mut commands = Vec::new();
    let mut in_block = false;
    for line in guide.lines() {
        if line.starts_with("```") {
            in_block = line.trim() == "```sh";
            continue;
        }
        if in_block && line.starts_with("avtal ") {
            commands.push(line.to_string());
        }
    }
    commands
}

/// Splits a command line like a POSIX shell would for the simple quoting the guide uses.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut in_word = false;
    for ch in line.chars() {
        match ch {
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            ' ' if !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            _ => {
                word.push(ch);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

#[test]
fn splits_like_a_shell() {
    assert_eq!(
        split_words("avtal new a --title \"Skolskjuts 2028\" -C x"),
        ["avtal", "new", "a", "--title", "Skolskjuts 2028", "-C", "x"]
    );
}

#[test]
fn every_command_in_the_guide_runs_on_the_demo_register() {
    let commands = guide_commands();
    assert!(
        commands.len() >= 30,
        "the guide shows {} commands",
        commands.len()
    );
    let work = tempfile::tempdir().unwrap();
    copy_dir(Path::new("contracts"), &work.path().join("contracts"));
    copy_examples(Path::new("."), work.path());
    for line in &commands {
        let words = split_words(line);
        let output = avtal_in(work.path()).args(&words[1..]).output().unwrap();
        let code = output.status.code();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(code, Some(0), "`{line}` failed with {code:?}:\n{stderr}");
        assert!(
            !output.stdout.is_empty() || words.iter().any(|w| w == "-o"),
            "`{line}` printed nothing"
        );
    }
    // What the guide's commands wrote is really there.
    for file in [
        "contracts/skolskjuts-2028/contract.toml",
        "uppfoljning-2027.ics",
        "uppfoljning-2027.xlsx",
        "skoladmin-mote.html",
        "skoladmin-uppfoljning.xlsx",
        "sjovik-avtal/avtal.toml",
        "sjovik-avtal/skolskjuts/contract.toml",
        "katalog/index.html",
        "katalog/.avtal-site",
        "intern/findings.html",
    ] {
        assert!(work.path().join(file).is_file(), "{file} was not written");
    }
    let log = std::fs::read_to_string(work.path().join("contracts/skolmat/log.csv")).unwrap();
    assert!(
        log.contains("deviation,AV-7")
            && log.contains("resolved,AV-7")
            && log.contains("sanction,AV-7,,15000"),
        "{log}"
    );
}
