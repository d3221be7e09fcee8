//! `avtal digest` over the real binary: the demo register's digests as text and Markdown, and
//! the `.eml` messages read back with a real mail parser (`mail-parser`).

mod common;

use common::{avtal_on, demo_register, root, stdout_on};
use mail_parser::{HeaderValue, MessageParser};
use std::path::{Path, PathBuf};

fn plan_fixture() -> PathBuf {
    root().join("tests/fixtures/plan/register")
}

#[test]
fn demo_digest_text() {
    insta::assert_snapshot!(stdout_on(&demo_register(), &["digest"]));
}

#[test]
fn demo_digest_markdown_english_one_controller() {
    insta::assert_snapshot!(stdout_on(
        &demo_register(),
        &[
            "--lang",
            "en",
            "digest",
            "--format",
            "md",
            "--controller",
            "maria lund",
            "--within",
            "14"
        ]
    ));
}

#[test]
fn nothing_to_do() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("avtal.toml"),
        "organisation = \"Sjöviks kommun\"\n",
    )
    .unwrap();
    let text = stdout_on(dir.path(), &["digest"]);
    assert_eq!(
        text,
        "Inget försenat och inget som förfaller de närmaste 30 dagarna.\n"
    );
}

/// Every `.eml` file in `dir`, sorted by name, with its bytes.
/// The files `digest -o` wrote into `dir`, without its marker file `.avtal-digest` (which it
/// must have written: the folder is the digest's own).
fn messages(dir: &Path) -> Vec<(String, Vec<u8>)> {
    assert!(dir.join(".avtal-digest").is_file(), "no marker in {dir:?}");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != ".avtal-digest")
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn address(value: &HeaderValue) -> Option<(String, String)> {
    match value {
        HeaderValue::Address(addr) => addr.first().map(|a| {
            (
                a.name().unwrap_or_default().to_string(),
                a.address().unwrap_or_default().to_string(),
            )
        }),
        _ => None,
    }
}

/// `avtal digest --format eml -o <outbox>` on the demo register; returns the summary.
fn write_demo_eml(outbox: &Path) -> String {
    let outbox = outbox.to_str().unwrap();
    let args = ["digest", "--format", "eml", "-o", outbox];
    stdout_on(
        &demo_register(),
        &[&args[..], &["--mail-from", "avtal@sjovik.example"]].concat(),
    )
}

#[test]
fn eml_messages_parse_with_a_real_mail_parser() {
    let dir = tempfile::tempdir().unwrap();
    let outbox = dir.path().join("outbox");
    let summary = write_demo_eml(&outbox);
    assert!(summary.starts_with("Skrev 3 filer i "), "{summary}");
    let files = messages(&outbox);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["anna-berg.eml", "johan-ek.eml", "maria-lund.eml"]);
    let text = stdout_on(&demo_register(), &["digest"]);
    for ((name, bytes), controller) in files.iter().zip(["Anna Berg", "Johan Ek", "Maria Lund"]) {
        // RFC 5322: CRLF line ends, no line over 998 octets.
        let raw = String::from_utf8(bytes.clone()).unwrap();
        assert_eq!(
            raw.matches('\n').count(),
            raw.matches("\r\n").count(),
            "{name}"
        );
        assert!(raw.split("\r\n").all(|l| l.len() <= 998));
        assert!(raw.is_ascii(), "headers encoded, body in base64");
        let message = MessageParser::default().parse(bytes).expect("a message");
        let subject = message.subject().expect("subject");
        assert!(subject.starts_with(&format!("Avtalsuppföljning för {controller}: ")));
        let (to_name, to_address) =
            address(message.to().map(|_| message.header("To").unwrap()).unwrap()).unwrap();
        assert_eq!(to_name, controller);
        let slug = name.trim_end_matches(".eml");
        assert_eq!(
            to_address,
            format!("{}@sjovik.example", slug.replace('-', "."))
        );
        let (_, from) = address(message.header("From").unwrap()).unwrap();
        assert_eq!(from, "avtal@sjovik.example");
        assert_eq!(
            message.message_id(),
            Some(format!("digest.20261122.{slug}@avtal.invalid").as_str())
        );
        let date = message.date().expect("date");
        assert_eq!((date.year, date.month, date.day), (2026, 11, 22));
        let body = message.body_text(0).expect("text body");
        assert!(body.contains(&format!("Hej {controller}!")));
        // The body is the controller's part of the text digest.
        let part = text
            .split("\n\n\nAvtalsuppföljning")
            .find(|p| p.contains(&format!("för {controller}:")))
            .unwrap();
        for line in part.lines().filter(|l| l.starts_with("  ")) {
            assert!(body.contains(line), "{name}: {line}");
        }
    }
    // Deterministic: a second run writes the same bytes.
    write_demo_eml(&outbox);
    assert_eq!(messages(&outbox), files);
}

#[test]
fn eml_without_a_buyer_contact_has_no_to() {
    let dir = tempfile::tempdir().unwrap();
    let summary = stdout_on(
        &plan_fixture(),
        &[
            "digest",
            "--format",
            "eml",
            "-o",
            dir.path().to_str().unwrap(),
        ],
    );
    assert!(summary.contains("(ingen mottagare"), "{summary}");
    let files = messages(dir.path());
    assert!(!files.is_empty());
    for (name, bytes) in &files {
        let message = MessageParser::default().parse(bytes).unwrap();
        assert!(message.header("To").is_none(), "{name}");
        assert!(message.subject().unwrap().contains("för "));
        assert_eq!(
            address(message.header("From").unwrap()).unwrap().1,
            "avtal@localhost"
        );
    }
}

#[test]
fn eml_needs_an_output_folder_and_nothing_is_written() {
    let output = avtal_on(&demo_register())
        .args(["digest", "--format", "eml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `avtal digest --format eml` behöver en utdatafil\nhint: lägg till -o FIL\n"
    );
    let output = avtal_on(&demo_register())
        .args(["digest", "--controller", "Ana Berg"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("menade du `Anna Berg`?"));
}
