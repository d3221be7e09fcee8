//! Helpers shared by the integration tests.

use std::path::Path;

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

/// Copies the sample files of `examples/` below `root` into `to/examples`, so that commands in
/// help texts and the guide find them where a reader of the repository would.
#[allow(dead_code)] // not every test binary copies the examples
pub fn copy_examples(root: &Path, to: &Path) {
    copy_dir(&root.join("examples"), &to.join("examples"));
}

/// A zip whose central directory declares entries that unpack to 3 × 200 MB.
#[allow(dead_code)] // not every test binary imports workbooks
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
#[allow(dead_code)] // not every test binary imports
pub fn import_fixture_register() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/register"),
        dir.path(),
    );
    dir
}

/// The binary on `register` on the tests' day, with no register, date or colour from the shell.
#[allow(dead_code)] // not every test binary runs commands this way
pub fn avtal_on(register: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("avtal").unwrap();
    cmd.env_remove("AVTAL_REGISTER")
        .env_remove("AVTAL_TODAY")
        .env("NO_COLOR", "1")
        .arg("-C")
        .arg(register)
        .args(["--today", "2026-11-22"]);
    cmd
}
