//! Helpers shared by the integration tests: the binary with a clean environment, the demo
//! register, fixture copies and the text of an output. Each test file uses a few of them.

// Every test binary compiles this module and uses only some of its helpers.
#![allow(dead_code)]

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The day the tests run on (`--today`): the demo register's demo day.
pub const TODAY: &str = "2026-11-22";

/// The repository's root folder (where `Cargo.toml` is).
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The demo register `contracts/` in place, for tests that only read it.
pub fn demo_register() -> PathBuf {
    root().join("contracts")
}

/// A copy of the demo register in a temporary folder, for tests that write to it.
pub fn demo_register_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&demo_register(), dir.path());
    dir
}

/// The binary run from the repository's root with a clean environment: no register, date,
/// language (`LANG`) or mail sender from the caller's shell, and `NO_COLOR` set.
pub fn avtal() -> Command {
    let mut command = Command::cargo_bin("avtal").expect("the avtal binary is built");
    command
        .current_dir(root())
        .env_remove("AVTAL_REGISTER")
        .env_remove("AVTAL_TODAY")
        .env_remove("AVTAL_MAIL_FROM")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    command
}

/// [`avtal`] with `NO_COLOR` removed instead of set, for the tests of colour itself.
pub fn avtal_without_no_color() -> Command {
    let mut command = avtal();
    command.env_remove("NO_COLOR");
    command
}

/// [`avtal`] run in `dir` with `AVTAL_TODAY` set to [`TODAY`] and no `-C`: the register is the
/// one found from `dir`, as for someone typing commands there.
pub fn avtal_in(dir: &Path) -> Command {
    let mut command = avtal();
    command.current_dir(dir).env("AVTAL_TODAY", TODAY);
    command
}

/// [`avtal`] on `register` on [`TODAY`]: `-C REGISTER --today 2026-11-22` come first.
pub fn avtal_on(register: &Path) -> Command {
    let mut command = avtal();
    command.arg("-C").arg(register).args(["--today", TODAY]);
    command
}

/// [`avtal_on`] run from inside `register`, so that relative paths (`-o file`) land there.
pub fn avtal_inside(register: &Path) -> Command {
    let mut command = avtal_on(register);
    command.current_dir(register);
    command
}

/// The stdout of `command`, which must succeed (else the test fails showing its stderr).
pub fn success_stdout(command: &mut Command) -> String {
    let output = command.output().expect("run avtal");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The stdout of `avtal -C REGISTER --today 2026-11-22 ARGS`, which must succeed.
pub fn stdout_on(register: &Path, args: &[&str]) -> String {
    success_stdout(avtal_on(register).args(args))
}

/// Runs `command`: its stdout and stderr (both must be UTF-8) and its exit code (-1 when a
/// signal ended it).
pub fn outcome(command: &mut Command) -> (String, String, i32) {
    let output = command.output().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.code().unwrap_or(-1),
    )
}

/// `avtal -C REGISTER --today 2026-11-22 ARGS` run inside `register`: its stdout and stderr as
/// text (invalid UTF-8 replaced) and its exit code (-1 when a signal ended it).
pub fn run_inside(register: &Path, args: &[&str]) -> (String, String, i32) {
    let output = avtal_inside(register).args(args).output().unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// The stdout of a finished run, as text.
pub fn stdout_text(assert: &Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

/// The stderr of a finished run, as text.
pub fn stderr_text(assert: &Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// Copies the folder `from` with everything in it to `to` (fixture registers are copied to a
/// temporary folder before a test writes to them).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, to prove that a command wrote nothing.
pub fn files_under(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    files
}

/// Copies the sample files of `examples/` below `root` into `to/examples`, so that commands in
/// help texts and the guide find them where a reader of the repository would.
pub fn copy_examples(root: &Path, to: &Path) {
    copy_dir(&root.join("examples"), &to.join("examples"));
}

/// A zip whose central directory declares entries that unpack to 3 × 200 MB.
pub fn zip_bomb(path: &Path) {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
    ] {
        writer.start_file(name, options).unwrap();
        writer.write_all(b"<x/>").unwrap();
    }
    writer.finish().unwrap();
    // Patch every central directory entry's uncompressed size (offset 24) to 200 MB.
    let mut bytes = std::fs::read(path).unwrap();
    let mut at = 0;
    while let Some(pos) = bytes[at..].windows(4).position(|w| w == b"PK\x01\x02") {
        let entry = at + pos;
        bytes[entry + 24..entry + 28].copy_from_slice(&(200u32 * 1024 * 1024).to_le_bytes());
        at = entry + 4;
    }
    std::fs::write(path, bytes).unwrap();
}

/// A copy of the register of the import tests (`tests/fixtures/import/register`).
pub fn import_fixture_register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/import/register"), dir.path());
    dir
}
