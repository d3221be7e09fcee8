//! Behaviour people expect from a command-line tool (SPEC §1, §9), over the real binary:
//! help with examples, completions, man pages, colour, usage errors, register discovery,
//! `--today`/`AVTAL_TODAY`, broken pipes and atomic `-o`.

mod common;

use assert_cmd::Command;
use avtal::commands::Cli;
use clap::CommandFactory;
use common::{avtal_without_no_color, copy_dir, copy_examples, demo_register, root};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/cli")
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn has_escape_codes(bytes: &[u8]) -> bool {
    bytes.contains(&0x1b)
}

/// A copy of the fixture register in a fresh temporary folder (at `<tmp>/register`), so tests
/// can write into it and discover it from a subfolder.
fn register_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let register = dir.path().join("register");
    let source = fixtures().join("register");
    for relative in [
        "avtal.toml",
        "skoladmin/contract.toml",
        "minimal/contract.toml",
    ] {
        let target = register.join(relative);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(source.join(relative), &target).expect("copy");
    }
    (dir, register)
}

// ---------------------------------------------------------------------------------------------
// Help and examples.

/// Every command in the tree with its full name (`avtal kpi import`), the generated `help`
/// subcommand left out.
fn all_commands() -> Vec<(String, clap::Command)> {
    fn walk(command: &clap::Command, name: String, found: &mut Vec<(String, clap::Command)>) {
        found.push((name.clone(), command.clone()));
        for sub in command.get_subcommands() {
            if sub.get_name() != "help" {
                walk(sub, format!("{name} {}", sub.get_name()), found);
            }
        }
    }
    let mut command = Cli::command();
    command.build();
    let mut found = Vec::new();
    walk(&command, "avtal".to_string(), &mut found);
    found
}

#[test]
fn every_command_has_an_examples_section() {
    let commands = all_commands();
    // 21 subcommands, 2 under `kpi`, 2 under `export`, 1 under `index`, 1 under `contracts`,
    // 1 under `spend`, and the top level.
    assert_eq!(
        commands.len(),
        29,
        "{:?}",
        commands.iter().map(|c| &c.0).collect::<Vec<_>>()
    );
    let missing: Vec<&str> = commands
        .iter()
        .filter(|(_, command)| {
            let help = command
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            !help.starts_with("Examples:\n  avtal ")
        })
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(missing.is_empty(), "no Examples: section in {missing:?}");
}

/// Splits one example line into words the way a POSIX shell would for the simple lines we
/// write: double quotes group words; a redirection or pipe ends the command; two or more
/// spaces start the trailing comment.
fn example_words(line: &str) -> Vec<String> {
    let command = line.trim().split("  ").next().unwrap_or_default();
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut in_word = false;
    for c in command.chars() {
        match c {
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
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    assert!(!quoted, "unbalanced quotes in `{line}`");
    let end = words
        .iter()
        .position(|w| matches!(w.as_str(), ">" | ">>" | "|"))
        .unwrap_or(words.len());
    words.truncate(end);
    words
}

#[test]
fn example_words_split_like_a_shell() {
    assert_eq!(
        example_words("  avtal plan --controller \"Anna Berg\"   comment here"),
        ["avtal", "plan", "--controller", "Anna Berg"]
    );
    assert_eq!(
        example_words("  avtal completions bash > ~/x"),
        ["avtal", "completions", "bash"]
    );
    assert_eq!(example_words("  avtal man | man -l -"), ["avtal", "man"]);
}

/// Every example line of `command_name` (e.g. "avtal plan"), split into words.
fn examples_of(prefix: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    for (name, command) in all_commands() {
        if !name.starts_with(prefix) {
            continue;
        }
        let help = command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        for line in help.lines().filter(|l| l.starts_with("  avtal ")) {
            found.push((name.clone(), example_words(line)));
        }
    }
    found
}

/// Parses every example under `prefix` with the real definitions; returns the ones that do
/// not parse.
fn unparsable_examples(prefix: &str) -> Vec<String> {
    let examples = examples_of(prefix);
    assert!(!examples.is_empty(), "no examples under {prefix}");
    examples
        .into_iter()
        .filter_map(|(name, words)| {
            use clap::Parser;
            Cli::try_parse_from(&words)
                .err()
                .map(|e| format!("{name}: `{}`: {}", words.join(" "), e.kind()))
        })
        .collect()
}

#[test]
fn every_example_parses() {
    assert_eq!(unparsable_examples("avtal"), Vec::<String>::new());
}

#[test]
fn help_shows_examples_for_nested_commands() {
    for args in [
        &["--help"][..],
        &["kpi", "import", "--help"],
        &["kpi", "show", "--help"],
        &["export", "followup", "--help"],
        &["export", "kpi-sheet", "--help"],
        &["plan", "--help"],
    ] {
        let output = avtal_without_no_color().args(args).output().expect("runs");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            stdout.contains("\nExamples:\n  avtal "),
            "{args:?}: {stdout}"
        );
    }
}

#[test]
fn top_level_help_snapshot() {
    let output = avtal_without_no_color()
        .arg("--help")
        .output()
        .expect("runs");
    insta::assert_snapshot!(
        "top_level_help",
        String::from_utf8(output.stdout).expect("UTF-8")
    );
}

#[test]
fn version_is_printed() {
    avtal_without_no_color()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("avtal {}\n", env!("CARGO_PKG_VERSION")));
}

// ---------------------------------------------------------------------------------------------
// Usage errors.

#[test]
fn a_misspelt_command_suggests_the_right_one() {
    let output = avtal_without_no_color()
        .arg("plann")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("error: unrecognized subcommand 'plann'"),
        "{stderr}"
    );
    assert!(
        stderr.contains("a similar subcommand exists: 'plan'"),
        "{stderr}"
    );
}

#[test]
fn a_misspelt_option_suggests_the_right_one() {
    let output = avtal_without_no_color()
        .args(["schema", "--ouput", "x.json"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("unexpected argument '--ouput'"), "{stderr}");
    assert!(
        stderr.contains("a similar argument exists: '--output'"),
        "{stderr}"
    );
}

#[test]
fn a_bad_today_is_a_clear_usage_error() {
    for (today, shown) in [
        ("2026-13-01", "2026-13-01"),
        ("22/11/2026", "22/11/2026"),
        ("2026-02-29", "2026-02-29"),
    ] {
        let output = avtal_without_no_color()
            .args(["--today", today, "schema"])
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(2), "{today}");
        assert!(output.stdout.is_empty());
        let stderr = stderr_of(&output);
        assert!(
            stderr.contains(&format!(
                "invalid value '{today}' for '--today <YYYY-MM-DD>': `{shown}` är inget giltigt datum; skriv det som ÅÅÅÅ-MM-DD"
            )),
            "{stderr}"
        );
    }
}

#[test]
fn a_bad_avtal_today_is_a_clear_usage_error() {
    let output = avtal_without_no_color()
        .env("AVTAL_TODAY", "i morgon")
        .arg("schema")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("`i morgon` är inget giltigt datum"),
        "{stderr}"
    );
}

#[test]
fn a_missing_subcommand_is_a_usage_error() {
    let output = avtal_without_no_color().output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("Usage: avtal"),
        "{}",
        stderr_of(&output)
    );
}

// ---------------------------------------------------------------------------------------------
// Completions and man pages.

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _avtal"),
        ("zsh", "#compdef avtal"),
        ("fish", "complete -c avtal"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[avtal]"),
    ] {
        let output = avtal_without_no_color()
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(output.stdout).expect("UTF-8");
        assert!(script.contains(marker), "{shell}: no `{marker}`");
        for word in ["kpi-sheet", "register", "today", "schema"] {
            assert!(script.contains(word), "{shell}: no `{word}`");
        }
    }
}

#[test]
fn completions_for_an_unknown_shell_list_the_known_ones() {
    let output = avtal_without_no_color()
        .args(["completions", "tcsh"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("[possible values: bash, elvish, fish, powershell, zsh]"),
        "{stderr}"
    );
}

#[test]
fn bash_completion_script_is_valid_bash() {
    let Ok(status) = std::process::Command::new("bash")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
    else {
        eprintln!("no bash on this machine: skipped");
        return;
    };
    assert!(status.success());
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("avtal.bash");
    avtal_without_no_color()
        .args(["completions", "bash", "-o"])
        .arg(&script)
        .assert()
        .success();
    // Source it and ask for the completions of `avtal pl`.
    let probe = format!(
        "source {0}; COMP_WORDS=(avtal pl); COMP_CWORD=1; _avtal avtal pl avtal; \\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"; \\
         COMP_WORDS=(avtal kpi ''); COMP_CWORD=2; _avtal avtal '' kpi; \\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let output = std::process::Command::new("bash")
        .args(["-c", &probe])
        .output()
        .expect("bash runs");
    assert!(output.status.success(), "{}", stderr_of(&output));
    let words = String::from_utf8_lossy(&output.stdout);
    for expected in ["plan", "import", "show"] {
        assert!(words.lines().any(|w| w == expected), "{expected}: {words}");
    }
    assert!(
        !words.lines().any(|w| w == "priority"),
        "`pl` must not offer priority: {words}"
    );
}

#[test]
fn man_prints_the_main_page() {
    let output = avtal_without_no_color().arg("man").output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let page = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(page.contains(".TH avtal 1"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    assert!(page.contains(".SH EXAMPLES\n.nf\n  avtal check "), "{page}");
}

#[test]
fn man_writes_one_page_per_command_into_a_new_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    avtal_without_no_color()
        .current_dir(dir.path())
        .args(["man", "-o", "share/man1"])
        .assert()
        .success()
        .stdout("");
    let folder = dir.path().join("share/man1");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .expect("pages written")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    insta::assert_snapshot!("man_page_names", names.join("\n"));
    let import = std::fs::read_to_string(folder.join("avtal-kpi-import.1")).expect("page");
    assert!(
        import.contains(".TH avtal-kpi-import 1  \"avtal 0.1.0\" avtal"),
        "{import}"
    );
    assert!(
        import.contains("avtal kpi import examples/supplier\\-files/edu\\-ab\\-oktober.csv"),
        "{import}"
    );
    // The top-level page printed and written are the same bytes.
    let printed = avtal_without_no_color()
        .arg("man")
        .output()
        .expect("runs")
        .stdout;
    assert_eq!(
        std::fs::read(folder.join("avtal.1")).expect("page"),
        printed
    );
}

// ---------------------------------------------------------------------------------------------
// `-o` and broken pipes.

#[test]
fn output_file_is_replaced_atomically() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("contract.json");
    let link = dir.path().join("old-inode.json");
    std::fs::write(&target, "old content\n").expect("write");
    // A hard link keeps the old inode visible: an in-place write would change it too, a
    // rename of a new file over the name does not.
    std::fs::hard_link(&target, &link).expect("hard link");
    avtal_without_no_color()
        .current_dir(dir.path())
        .args(["schema", "-o", "contract.json"])
        .assert()
        .success()
        .stdout("");
    let expected = avtal_without_no_color()
        .arg("schema")
        .output()
        .expect("runs")
        .stdout;
    assert_eq!(std::fs::read(&target).expect("read"), expected);
    assert_eq!(
        std::fs::read_to_string(&link).expect("read"),
        "old content\n"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["contract.json", "old-inode.json"],
        "no temporary files left"
    );
}

#[test]
fn output_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = avtal_without_no_color()
        .current_dir(dir.path())
        .args(["schema", "-o", "saknas/contract.json"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("saknas"), "{stderr}");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        0,
        "nothing created"
    );
}

/// Runs avtal with stdout on a pipe whose read end is closed after `keep` bytes (like
/// `avtal ... | head -c keep`); returns the exit code and stderr.
fn run_into_closed_pipe(
    args: &[&str],
    register: Option<&Path>,
    keep: usize,
) -> (Option<i32>, String) {
    let binary = assert_cmd::cargo::cargo_bin("avtal");
    let mut command = std::process::Command::new(binary);
    command
        .args(args)
        .env_remove("AVTAL_REGISTER")
        .env_remove("AVTAL_TODAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(register) = register {
        command.arg("-C").arg(register);
    }
    let mut child = command.spawn().expect("spawns");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut first = vec![0u8; keep];
    if keep > 0 {
        stdout
            .read_exact(&mut first)
            .expect("reads the first bytes");
    }
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("piped stderr")
        .read_to_string(&mut stderr)
        .expect("reads stderr");
    let status = child.wait().expect("exits");
    (status.code(), stderr)
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // The bash script is larger than a pipe buffer (64 KiB on Linux)? Not necessarily, so
    // close before the child can write anything: every write then fails with EPIPE.
    for keep in [0, 100] {
        let (code, stderr) = run_into_closed_pipe(&["completions", "bash"], None, keep);
        assert_eq!(code, Some(0), "keep {keep}: {stderr}");
        assert_eq!(stderr, "", "keep {keep}");
    }
}

// ---------------------------------------------------------------------------------------------
// Register discovery, `--today`, `AVTAL_*` and colour, over commands that read the register
// (`list`, `check`).

#[test]
fn no_register_found_is_exit_2_with_a_hint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = avtal_without_no_color()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("error: inget register hittades"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: ange --register MAPP"), "{stderr}");
}

/// A copy of the fixture register whose `minimal/contract.toml` has one error (line 4): an
/// error naming that file proves which register was found.
fn invalid_register() -> (tempfile::TempDir, PathBuf) {
    let (dir, register) = register_copy();
    std::fs::write(
        register.join("minimal/contract.toml"),
        std::fs::read(fixtures().join("invalid/unknown-key.toml")).expect("fixture"),
    )
    .expect("write");
    (dir, register)
}

const INVALID_REGISTER_ERROR: &str = "error: minimal/contract.toml:4:1: okänd nyckel `anual_value`";

#[test]
fn the_register_is_found_from_a_subfolder() {
    let (_dir, register) = invalid_register();
    let deep = register.join("skoladmin/protokoll/2026");
    std::fs::create_dir_all(&deep).expect("mkdir");
    let output = avtal_without_no_color()
        .current_dir(&deep)
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains(INVALID_REGISTER_ERROR),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn a_valid_register_is_found_from_a_subfolder() {
    let (_dir, register) = register_copy();
    let deep = register.join("skoladmin/protokoll");
    std::fs::create_dir_all(&deep).expect("mkdir");
    let output = avtal_without_no_color()
        .current_dir(&deep)
        .args(["check", "--today", "2026-11-22", "--format", "json"])
        .output()
        .expect("runs");
    assert_ne!(output.status.code(), Some(2), "{}", stderr_of(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["errors"], serde_json::json!([]));
}

#[test]
fn contracts_folder_is_found_from_its_parent() {
    let (dir, register) = invalid_register();
    std::fs::rename(&register, dir.path().join("contracts")).expect("rename");
    let output = avtal_without_no_color()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains(INVALID_REGISTER_ERROR),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn avtal_register_is_honoured_and_register_flag_wins() {
    let (_dir, register) = invalid_register();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let output = avtal_without_no_color()
        .current_dir(elsewhere.path())
        .env("AVTAL_REGISTER", &register)
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains(INVALID_REGISTER_ERROR),
        "{}",
        stderr_of(&output)
    );
    // `-C` beats the environment.
    let output = avtal_without_no_color()
        .current_dir(elsewhere.path())
        .env("AVTAL_REGISTER", &register)
        .args(["-C", "saknas", "check"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("saknas finns inte"), "{stderr}");
    assert!(stderr.contains("hint: "), "{stderr}");
}

#[test]
fn avtal_today_is_honoured_and_today_flag_wins() {
    let register = fixtures().join("register");
    let json = |command: &mut Command| -> serde_json::Value {
        let output = command
            .arg("-C")
            .arg(&register)
            .args(["check", "--format", "json"])
            .output()
            .expect("runs");
        // 0 or 1 (findings) are both fine; 2 would be a usage or register error.
        assert_ne!(output.status.code(), Some(2), "{}", stderr_of(&output));
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    let from_env = json(avtal_without_no_color().env("AVTAL_TODAY", "2025-06-30"));
    assert_eq!(from_env["today"], "2025-06-30");
    let from_flag = json(
        avtal_without_no_color()
            .env("AVTAL_TODAY", "2025-06-30")
            .args(["--today", "2026-01-15"]),
    );
    assert_eq!(from_flag["today"], "2026-01-15");
}

#[test]
fn color_always_colours_diagnostics() {
    let (_dir, register) = invalid_register();
    let output = avtal_without_no_color()
        .arg("-C")
        .arg(&register)
        .args(["--color", "always", "check"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(has_escape_codes(&output.stderr), "{}", stderr_of(&output));
}

#[test]
fn no_color_and_color_never_give_plain_text() {
    let (_dir, register) = invalid_register();
    for (no_color, color) in [
        (Some("1"), None),
        (None, Some("never")),
        (Some("1"), Some("auto")),
    ] {
        let mut command = avtal_without_no_color();
        command.arg("-C").arg(&register).arg("check");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        if let Some(choice) = color {
            command.args(["--color", choice]);
        }
        let output = command.output().expect("runs");
        assert_eq!(output.status.code(), Some(2));
        assert!(!has_escape_codes(&output.stderr), "{no_color:?} {color:?}");
        assert!(!has_escape_codes(&output.stdout), "{no_color:?} {color:?}");
        assert!(stderr_of(&output).contains("minimal/contract.toml"));
    }
}

/// Runs avtal under a pseudo-terminal (util-linux `script`), where `--color auto` colours;
/// returns the combined output, or None when `script` is not installed.
fn run_on_a_terminal(dir: &Path, env: &[(&str, &str)], args: &str) -> Option<Vec<u8>> {
    let binary = assert_cmd::cargo::cargo_bin("avtal");
    let mut command = std::process::Command::new("script");
    command
        .args([
            "-qec",
            &format!("'{}' {args}", binary.display()),
            "/dev/null",
        ])
        .current_dir(dir)
        .env_remove("AVTAL_REGISTER")
        .env_remove("AVTAL_TODAY")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().ok()?;
    Some(output.stdout)
}

#[test]
fn on_a_terminal_colour_is_on_unless_no_color_or_never() {
    let (_dir, register) = invalid_register();
    let Some(auto) = run_on_a_terminal(&register, &[], "check") else {
        eprintln!("no `script` to make a terminal: skipped");
        return;
    };
    let text = String::from_utf8_lossy(&auto);
    assert!(text.contains("okänd nyckel"), "{text}");
    assert!(has_escape_codes(&auto), "{text}");
    for (env, args) in [
        (&[("NO_COLOR", "1")][..], "check"),
        (&[][..], "--color never check"),
    ] {
        let plain = run_on_a_terminal(&register, env, args).expect("script ran before");
        let text = String::from_utf8_lossy(&plain);
        assert!(text.contains("okänd nyckel"), "{text}");
        assert!(!has_escape_codes(&plain), "{env:?} {args}: {text:?}");
    }
    // An empty NO_COLOR does not count (no-color.org).
    let empty = run_on_a_terminal(&register, &[("NO_COLOR", "")], "check").expect("ran");
    assert!(has_escape_codes(&empty));
}

// ---------------------------------------------------------------------------------------------
// Determinism (SPEC §9): the same register, `--today` and flags give byte-identical output.
// Two separate processes get different hash seeds, so any hash-map order that reaches the
// output shows up as a difference.

/// Every read-only command on the demo register, in each output format it offers.
const READ_ONLY_COMMANDS: &[&str] = &[
    "list",
    "list --format json",
    "list --format csv",
    "show skoladmin",
    "show skoladmin --lang en",
    "check --fail-on never",
    "check --format json --fail-on never",
    "check --format github --fail-on never",
    "check --lang en --fail-on never",
    "escalation",
    "escalation --format json",
    "escalation skoladmin --lang en",
    "priority --year 2027",
    "priority --year 2027 --format json",
    "priority --year 2027 --format csv",
    "plan --year 2027",
    "plan --year 2027 --format json",
    "plan --year 2027 --format csv",
    "plan --year 2027 --format ics",
    "plan --year 2027 --lang en",
    "kpi show skoladmin",
    "kpi show skoladmin --format json",
    "kpi show skoladmin --format csv --last 24",
    "report skoladmin",
    "report skoladmin --format md",
    "report skoladmin --format html",
    "report skoladmin --format json",
    "schema",
    "schema register",
    "man",
    "completions zsh",
];

/// Runs each command twice on the demo register with a fixed `--today`; returns what failed.
fn nondeterministic(commands: &[&str]) -> Vec<String> {
    let demo = demo_register();
    assert!(demo.join("avtal.toml").is_file(), "no demo register");
    let run = |args: &str| {
        avtal_without_no_color()
            .arg("-C")
            .arg(&demo)
            .args(["--today", "2026-11-22"])
            .args(args.split(' '))
            .output()
            .expect("runs")
    };
    let mut failures = Vec::new();
    for args in commands {
        let first = run(args);
        let second = run(args);
        if first.status.code() != Some(0) {
            failures.push(format!(
                "{args}: exit {:?}: {}",
                first.status.code(),
                stderr_of(&first)
            ));
        } else if first.stdout.is_empty() {
            failures.push(format!("{args}: no output"));
        } else if first.stdout != second.stdout || first.stderr != second.stderr {
            failures.push(format!("{args}: output differs between two runs"));
        }
    }
    failures
}

#[test]
fn read_only_commands_are_deterministic_on_the_demo_register() {
    assert_eq!(nondeterministic(READ_ONLY_COMMANDS), Vec::<String>::new());
}

#[test]
fn example_lines_fit_the_help_width() {
    // clap wraps help at 100 columns; a wrapped example loses its indentation and is no longer
    // something to copy and paste.
    for (name, command) in all_commands() {
        let help = command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        for line in help.lines() {
            assert!(
                line.chars().count() <= 98,
                "{name}: example too long to stay on one line: {line}"
            );
        }
    }
}

#[test]
fn tables_on_stdout_are_coloured_only_when_asked_or_on_a_terminal() {
    let register = fixtures().join("register");
    let list = |extra: &[&str], no_color: Option<&str>| {
        let mut command = avtal_without_no_color();
        command.arg("-C").arg(&register).args(extra).arg("list");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        let output = command.output().expect("runs");
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        assert!(String::from_utf8_lossy(&output.stdout).contains("skoladmin"));
        output.stdout
    };
    assert!(has_escape_codes(&list(&["--color", "always"], None)));
    // Explicitly asked for: `--color always` wins over NO_COLOR.
    assert!(has_escape_codes(&list(&["--color", "always"], Some("1"))));
    assert!(
        !has_escape_codes(&list(&[], None)),
        "a pipe is not a terminal"
    );
    assert!(!has_escape_codes(&list(&["--color", "never"], None)));
    assert!(!has_escape_codes(&list(&[], Some("1"))));

    let args = format!("-C '{}' list", register.display());
    let Some(on_terminal) = run_on_a_terminal(&register, &[], &args) else {
        eprintln!("no `script` to make a terminal: skipped");
        return;
    };
    assert!(has_escape_codes(&on_terminal));
    let plain = run_on_a_terminal(&register, &[("NO_COLOR", "1")], &args).expect("ran before");
    assert!(String::from_utf8_lossy(&plain).contains("skoladmin"));
    assert!(!has_escape_codes(&plain));
}

#[test]
fn a_closed_pipe_after_some_rows_is_not_an_error() {
    // `avtal list | head -c 200`: the read end closes while avtal is still writing.
    let register = fixtures().join("register");
    for keep in [0, 200] {
        let (code, stderr) = run_into_closed_pipe(&["list"], Some(&register), keep);
        assert_eq!(code, Some(0), "keep {keep}: {stderr}");
        assert_eq!(stderr, "", "keep {keep}");
    }
}

#[test]
fn zsh_completes_directories_for_the_register() {
    let output = avtal_without_no_color()
        .args(["completions", "zsh"])
        .output()
        .expect("runs");
    let script = String::from_utf8(output.stdout).expect("UTF-8");
    let register = script
        .lines()
        .find(|l| l.trim_start().starts_with("'--register="))
        .expect("a --register line");
    assert!(register.ends_with(":DIR:_files -/' \\"), "{register}");
}

#[test]
fn man_into_a_file_is_a_clear_error_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("avtal.1"), "mine\n").expect("write");
    let output = avtal_without_no_color()
        .current_dir(dir.path())
        .args(["man", "-o", "avtal.1"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("avtal.1 är en fil, inte en mapp"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: `avtal man -o DIR`"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("avtal.1")).expect("read"),
        "mine\n"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1);
}

#[test]
fn dash_as_output_means_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = avtal_without_no_color()
        .current_dir(dir.path())
        .args(["schema", "register", "-o", "-"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let expected = avtal_without_no_color()
        .args(["schema", "register"])
        .output()
        .expect("runs");
    assert_eq!(output.stdout, expected.stdout);
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
}

#[test]
fn every_command_and_option_has_help_text() {
    let mut missing = Vec::new();
    for (name, command) in all_commands() {
        if command.get_about().is_none() {
            missing.push(format!("{name}: no about"));
        }
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                missing.push(format!("{name}: {} has no help", arg.get_id()));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Runs `args -o FILE` twice, more than a second apart (workbook timestamps have one-second
/// resolution), and returns both files.
fn written_twice(args: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let demo = demo_register();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for name in ["first.xlsx", "second.xlsx"] {
        let output = avtal_without_no_color()
            .arg("-C")
            .arg(&demo)
            .args(["--today", "2026-11-22"])
            .args(args)
            .arg("-o")
            .arg(dir.path().join(name))
            .output()
            .expect("runs");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr_of(&output)
        );
        files.push(std::fs::read(dir.path().join(name)).expect("written"));
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
    let second = files.pop().expect("two files");
    let first = files.pop().expect("two files");
    (first, second)
}

#[test]
fn plan_workbook_is_byte_identical_across_runs() {
    let (first, second) = written_twice(&["plan", "--year", "2027", "--format", "xlsx"]);
    assert!(first.starts_with(b"PK"), "an xlsx is a zip file");
    assert!(first == second, "the workbook differs between two runs");
}

#[test]
fn export_workbooks_are_byte_identical_across_runs() {
    for args in [
        &["export", "followup", "skoladmin"][..],
        &["export", "kpi-sheet", "skoladmin", "--year", "2027"],
    ] {
        let (first, second) = written_twice(args);
        assert!(first.starts_with(b"PK"), "{args:?}: an xlsx is a zip file");
        assert!(
            first == second,
            "{args:?}: the workbook differs between two runs"
        );
    }
}

/// Runs every example of every `--help`, in order, as a user would from a checkout of the
/// repository on the demo day: each command's examples in a fresh copy of `contracts/`,
/// `examples/supplier-files/` and `examples/index/` (`init` in an empty folder). Files they write stay in the copy.
#[test]
fn every_example_runs_on_the_demo_register() {
    let root = root();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (name, command) in all_commands() {
        let help = command
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        let sandbox = tempfile::tempdir().expect("temp dir");
        if name != "avtal init" {
            copy_dir(&root.join("contracts"), &sandbox.path().join("contracts"));
            copy_examples(root, sandbox.path());
        }
        for line in help.lines().filter(|l| l.starts_with("  avtal ")) {
            let words = example_words(line);
            let output = avtal_without_no_color()
                .current_dir(sandbox.path())
                .env("AVTAL_TODAY", "2026-11-22")
                .env("HOME", sandbox.path())
                .args(&words[1..])
                .output()
                .expect("runs");
            ran += 1;
            // `check` exits 1 when it finds problems, which the demo register has on purpose.
            let allowed: &[i32] = if words.contains(&"check".to_string()) {
                &[0, 1]
            } else {
                &[0]
            };
            let code = output.status.code().unwrap_or(-1);
            if !allowed.contains(&code) {
                failures.push(format!(
                    "{name}: `{}` exited {code}: {}",
                    words.join(" "),
                    stderr_of(&output)
                ));
            }
        }
    }
    assert!(ran >= 50, "only {ran} examples");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn lang_starting_with_en_chooses_english_only_when_the_register_names_no_language() {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("register");
    copy_dir(Path::new("tests/fixtures/cli/register"), &register);
    let settings = register.join("avtal.toml");
    let with_language = std::fs::read_to_string(&settings).unwrap();
    let run = |lang: &str| {
        let output = avtal_without_no_color()
            .args([
                "-C",
                register.to_str().unwrap(),
                "check",
                "--fail-on",
                "never",
            ])
            .env("LANG", lang)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0));
        String::from_utf8(output.stdout).unwrap()
    };
    // `language = "sv"` in avtal.toml wins over LANG.
    assert!(run("en_US.UTF-8").contains("kontrollerat"));
    std::fs::write(&settings, with_language.replace("language = \"sv\"\n", "")).unwrap();
    assert!(run("en_US.UTF-8").contains("checked on"));
    assert!(run("C.UTF-8").contains("kontrollerat"));
    assert!(run("sv_SE.UTF-8").contains("kontrollerat"));
}
