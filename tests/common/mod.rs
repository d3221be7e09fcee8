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
