//! The register loader's guard (issue 15): the JSON of `check`, `plan`, `list` and `priority` on
//! the demo register and on a generated 300-contract register stays byte-identical to the output
//! recorded before the loader was made faster. The generated register is written by the `gen`
//! example itself (same seed, same files), so the snapshots follow the generator's format.

mod common;

#[allow(dead_code, unreachable_pub)] // only `Args` and `run` are used here
#[path = "../examples/gen.rs"]
mod generator;

use clap::Parser;
use std::path::Path;

const COMMANDS: [&str; 4] = ["check", "plan", "list", "priority"];

/// The JSON of `command` on `register`, with the exit code (check exits 1 on findings).
fn json(register: &Path, command: &str) -> String {
    let output = common::avtal_on(register)
        .args([command, "--format", "json"])
        .output()
        .expect("run avtal");
    let code = output.status.code().expect("exit code");
    assert!(
        code == 0 || code == 1,
        "avtal {command} exited {code}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    format!("exit code {code}\n{stdout}")
}

#[test]
fn demo_register() {
    for command in COMMANDS {
        insta::assert_snapshot!(
            format!("demo_{command}"),
            json(&common::demo_register(), command)
        );
    }
}

#[test]
fn generated_register() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("register");
    let args = generator::Args::try_parse_from([
        "gen",
        "--contracts",
        "300",
        "--seed",
        "7",
        "--kpi-rows",
        "100",
        "--log-rows",
        "10",
        "--out",
        out.to_str().expect("UTF-8 path"),
    ])
    .expect("gen arguments");
    generator::run(&args).expect("generate the register");
    for command in COMMANDS {
        insta::assert_snapshot!(format!("generated_{command}"), json(&out, command));
    }
}
