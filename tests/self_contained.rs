//! The repository documents its own interface: nothing in it points outside the checkout.

use std::path::Path;

fn walk(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "target" || name == ".git" {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            walk(&path, found);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            // Split so that this file does not match itself.
            if text.contains(concat!("../", "shared/")) {
                found.push(path.display().to_string());
            }
        }
    }
}

#[test]
fn nothing_points_outside_the_repository() {
    let mut found = Vec::new();
    walk(Path::new(env!("CARGO_MANIFEST_DIR")), &mut found);
    assert!(found.is_empty(), "{found:?}");
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"));
    assert!(readme.unwrap().contains("(docs/reference.md)"));
}
