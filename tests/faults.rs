//! Faults over the real binary (issue 16): `-o` at a FIFO, a symlink, a device node and a
//! read-only folder; register files that are symlinks; locks that die with the process; an import
//! killed with SIGKILL at random points.

mod common;

use assert_cmd::Command;
use common::{avtal_on, demo_register, import_fixture_register};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The plan as CSV on stdout, the bytes every `-o` test below must find at its target.
fn plan_csv() -> Vec<u8> {
    let output = avtal_on(&demo_register())
        .args(["plan", "--format", "csv"])
        .output()
        .unwrap();
    assert!(output.status.success());
    output.stdout
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_to_a_symlink_replaces_the_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("real.csv");
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("plan.csv");
    std::os::unix::fs::symlink("real.csv", &link).unwrap();
    avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(std::fs::read(&target).unwrap(), plan_csv());
    assert_eq!(names(dir.path()), ["plan.csv", "real.csv"]);
}

#[test]
fn output_to_a_dangling_symlink_creates_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("plan.csv");
    std::os::unix::fs::symlink("new.csv", &link).unwrap();
    avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(
        std::fs::read(dir.path().join("new.csv")).unwrap(),
        plan_csv()
    );
}

#[test]
fn output_to_a_fifo_writes_into_it_and_leaves_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o"])
        .arg(&fifo)
        .timeout(Duration::from_secs(30))
        .assert()
        .success();
    assert_eq!(reader.join().unwrap(), plan_csv());
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(names(dir.path()), ["plan.fifo"]);
}

/// A `/dev/null` of our own: a character device node in a temporary folder (root only; skipped
/// otherwise). The real devices are never touched.
#[test]
fn output_to_a_device_node_writes_into_it_and_leaves_the_device() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let null = dir.path().join("null");
    let made = std::process::Command::new("mknod")
        .arg(&null)
        .args(["c", "1", "3"])
        .stderr(std::process::Stdio::null())
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mknod needs root");
        return;
    }
    avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o"])
        .arg(&null)
        .assert()
        .success();
    let metadata = std::fs::metadata(&null).unwrap();
    assert!(metadata.file_type().is_char_device(), "still a device");
    assert_eq!(names(dir.path()), ["null"]);
}

#[test]
fn output_dash_is_standard_output() {
    let output = avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o", "-"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(output.stdout, plan_csv());
}

#[test]
fn output_to_dev_stdout_writes_to_standard_output() {
    let output = avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o", "/dev/stdout"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(output.stdout, plan_csv());
}

#[test]
fn output_into_a_read_only_folder_fails_cleanly_and_leaves_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("plan.csv"), "old").unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = folder.join("probe");
    if std::fs::write(&probe, "x").is_ok() {
        // root ignores permission bits; nothing to test here then
        std::fs::remove_file(&probe).unwrap();
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: permission bits do not bind this user");
        return;
    }
    let output = avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o"])
        .arg(folder.join("plan.csv"))
        .output()
        .unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("plan.csv: "), "{stderr}");
    assert!(stderr.contains("ermission denied"), "{stderr}");
    assert_eq!(std::fs::read(folder.join("plan.csv")).unwrap(), b"old");
    assert_eq!(names(&folder), ["plan.csv"]);
}

#[test]
fn output_to_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let output = avtal_on(&demo_register())
        .args(["plan", "--format", "csv", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("är en mapp"));
    assert!(names(dir.path()).is_empty());
}

fn import_file(dir: &Path) -> PathBuf {
    let file = dir.join("leverans.csv");
    std::fs::write(&file, "Månad,Leveransprecision\n2026-01,90\n2026-02,91\n").unwrap();
    file
}

fn import(register: &Path, file: &Path) -> Command {
    let mut cmd = avtal_on(register);
    cmd.args(["kpi", "import"])
        .arg(file)
        .args(["--contract", "skoladmin"]);
    cmd
}

/// A register file is never written through a link (issue 31): `kpi.csv` linked to a file
/// outside the register is refused, naming it, and the file it points to keeps its content.
#[test]
fn kpi_csv_that_is_a_symlink_out_of_the_register_is_refused_and_its_target_kept() {
    let register = import_fixture_register();
    let folder = register.path().join("skoladmin");
    let elsewhere = tempfile::tempdir().unwrap();
    let real = elsewhere.path().join("kpi-data.csv");
    std::fs::rename(folder.join("kpi.csv"), &real).unwrap();
    std::os::unix::fs::symlink(&real, folder.join("kpi.csv")).unwrap();
    let before = std::fs::read(&real).unwrap();
    let input = tempfile::tempdir().unwrap();
    let output = import(register.path(), &import_file(input.path()))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr
            .contains("kpi.csv är en symbolisk länk; avtal skriver bara vanliga filer i registret"),
        "{stderr}"
    );
    assert!(
        std::fs::symlink_metadata(folder.join("kpi.csv"))
            .unwrap()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&real).unwrap(), before);
    assert_eq!(names(elsewhere.path()), ["kpi-data.csv"]);
}

#[test]
fn a_lock_file_left_by_a_dead_process_does_not_block() {
    let register = import_fixture_register();
    let lock = register.path().join("skoladmin/kpi.csv.lock");
    std::fs::write(&lock, "999999\n").unwrap();
    let input = tempfile::tempdir().unwrap();
    import(register.path(), &import_file(input.path()))
        .timeout(Duration::from_secs(5))
        .assert()
        .success();
    assert!(!lock.exists());
}

#[test]
fn a_lock_held_by_a_live_process_gives_a_clear_error() {
    let register = import_fixture_register();
    let lock = register.path().join("skoladmin/log.csv.lock");
    let file = std::fs::File::create(&lock).unwrap();
    file.lock().unwrap();
    let before = std::fs::read(register.path().join("skoladmin/log.csv")).ok();
    let output = avtal_on(register.path())
        .args(["log", "skoladmin", "note", "--note", "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("log.csv är låst av en annan avtal-process"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(register.path().join("skoladmin/log.csv")).ok(),
        before
    );
    drop(file);
}

/// 20 imports killed with SIGKILL at random moments: kpi.csv is always the old or the new file,
/// no temporary file is left, and the next import succeeds at once.
#[test]
fn sigkill_during_import_leaves_kpi_csv_old_or_new() {
    let input = tempfile::tempdir().unwrap();
    // Every month of the term but the stored 2025-12; kills land before, during and after.
    let mut text = String::from("Månad,Leveransprecision\n");
    let mut rows = 0;
    for year in 2024..=2028 {
        for month in 1..=12 {
            let inside = (2024, 3) <= (year, month) && (year, month) <= (2028, 2);
            if inside && (year, month) != (2025, 12) {
                text.push_str(&format!("{year}-{month:02},{}\n", 80 + month));
                rows += 1;
            }
        }
    }
    let file = input.path().join("stor.csv");
    std::fs::write(&file, text).unwrap();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut saw = [0usize; 2];
    for _ in 0..20 {
        let register = import_fixture_register();
        let kpi = register.path().join("skoladmin/kpi.csv");
        let old = std::fs::read(&kpi).unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_micros(seed % 15_000);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("avtal"))
            .arg("-C")
            .arg(register.path())
            .args(["--today", "2026-11-22", "kpi", "import"])
            .arg(&file)
            .args(["--contract", "skoladmin"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&kpi).unwrap();
        if now == old {
            saw[0] += 1;
        } else {
            let text = String::from_utf8(now).unwrap();
            assert!(
                text.contains("2028-02,leveransprecision,82,stor.csv,"),
                "partial: {text}"
            );
            assert_eq!(text.lines().count(), 3 + rows, "partial kpi.csv: {text}");
            saw[1] += 1;
        }
        // The next import neither waits for a lock nor fails, and leaves no temporary file
        // (one the killed import had just linked in before its rename is removed by it).
        import(register.path(), &file)
            .timeout(Duration::from_secs(10))
            .assert()
            .success();
        let leftovers: Vec<String> = names(&register.path().join("skoladmin"))
            .into_iter()
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    }
    eprintln!("old {} / new {}", saw[0], saw[1]);
}
