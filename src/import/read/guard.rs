//! Checks made before a file is read: its size, what it really is, and how large its archive
//! would unpack (SPEC §7).

use super::FileKind;
use crate::import::error::{ImportError, MAX_FILE_BYTES, MAX_UNPACKED_BYTES};
use std::io::Read;
use std::path::Path;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Refuses a file over 50 MB, an empty file, a file that is not what its extension says, and an
/// archive whose entries would unpack to over 500 MB — all before any cell is read.
pub fn check(path: &Path, file: &str, kind: FileKind) -> Result<(), ImportError> {
    check_limited(path, file, kind, MAX_FILE_BYTES)
}

/// [`check`] with another size limit (`spend import` reads CSV files up to 500 MB, SPEC §12).
pub fn check_limited(
    path: &Path,
    file: &str,
    kind: FileKind,
    max_bytes: u64,
) -> Result<(), ImportError> {
    let unreadable = |reason: String, hint: Option<&str>| ImportError::Unreadable {
        file: file.to_string(),
        reason,
        hint: hint.map(str::to_string),
    };
    let metadata = std::fs::metadata(path)
        .map_err(|e| unreadable(format!("cannot read the file: {e}"), None))?;
    if !metadata.is_file() {
        return Err(unreadable("is not a file".to_string(), None));
    }
    if metadata.len() > max_bytes {
        return Err(ImportError::TooLarge {
            file: file.to_string(),
            bytes: metadata.len(),
        });
    }
    if metadata.len() == 0 {
        return Err(unreadable(
            "the file is empty".to_string(),
            Some("ask the supplier to send the report again"),
        ));
    }
    let mut head = [0u8; 8];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| unreadable(format!("cannot read the file: {e}"), None))?;
    let head = &head[..read];
    match kind {
        FileKind::Xlsx | FileKind::Ods => {
            if head.starts_with(ZIP_MAGIC) {
                check_archive(path, file, kind)
            } else if head.starts_with(OLE_MAGIC) && kind == FileKind::Xlsx {
                // Encrypted .xlsx files are OLE containers with an EncryptedPackage stream.
                Err(encrypted_or_old(path, file))
            } else {
                Err(not_a_workbook(path, file, kind))
            }
        }
        FileKind::Xls => {
            if head.starts_with(OLE_MAGIC) {
                let bytes = std::fs::read(path)
                    .map_err(|e| unreadable(format!("cannot read the file: {e}"), None))?;
                super::cfb::validate(&bytes).map_err(|reason| {
                    unreadable(
                        format!("is damaged: {reason}"),
                        Some("open it in Excel or LibreOffice and save it again"),
                    )
                })
            } else {
                Err(not_a_workbook(path, file, kind))
            }
        }
        FileKind::Csv => {
            if head.starts_with(ZIP_MAGIC) || head.starts_with(OLE_MAGIC) {
                Err(unreadable(
                    "is a workbook, not a text file".to_string(),
                    Some("rename it to .xlsx (or .xls/.ods) to import it as a workbook"),
                ))
            } else {
                Ok(())
            }
        }
    }
}

/// Sums the uncompressed sizes in the zip central directory; for `.ods`, also bounds the cells
/// that repeated rows and columns would expand to.
fn check_archive(path: &Path, file: &str, kind: FileKind) -> Result<(), ImportError> {
    let reader = std::fs::File::open(path).map_err(|e| ImportError::Unreadable {
        file: file.to_string(),
        reason: format!("cannot read the file: {e}"),
        hint: None,
    })?;
    let mut archive = zip::ZipArchive::new(reader).map_err(|e| ImportError::Unreadable {
        file: file.to_string(),
        reason: format!("is damaged: not a readable zip archive ({e})"),
        hint: Some("open it in Excel or LibreOffice and save it again".to_string()),
    })?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| ImportError::Unreadable {
                file: file.to_string(),
                reason: format!("is damaged: {e}"),
                hint: None,
            })?;
        total = total.saturating_add(entry.size());
        if total > MAX_UNPACKED_BYTES {
            return Err(ImportError::ArchiveTooLarge {
                file: file.to_string(),
                bytes: total,
            });
        }
    }
    if kind == FileKind::Ods
        && let Ok(content) = archive.by_name("content.xml")
    {
        // Read through a limit as well: the central directory's sizes may lie.
        let limited = std::io::BufReader::new(content.take(MAX_UNPACKED_BYTES));
        super::repeat::check_ods_content(limited).map_err(|reason| ImportError::Unreadable {
            file: file.to_string(),
            reason: format!("is refused: {reason}"),
            hint: Some(
                "open it in LibreOffice and save it again, or save the sheet as CSV".to_string(),
            ),
        })?;
    }
    Ok(())
}

fn encrypted_or_old(path: &Path, file: &str) -> ImportError {
    let bytes = std::fs::read(path).unwrap_or_default();
    if contains(&bytes, &utf16("EncryptedPackage")) {
        ImportError::Encrypted {
            file: file.to_string(),
        }
    } else {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: "is an old-style Excel workbook (.xls) with an .xlsx name".to_string(),
            hint: Some("rename it to .xls and import it again".to_string()),
        }
    }
}

fn not_a_workbook(path: &Path, file: &str, kind: FileKind) -> ImportError {
    let sample: Vec<u8> = std::fs::read(path)
        .unwrap_or_default()
        .into_iter()
        .take(4096)
        .collect();
    let text_like = !sample.is_empty()
        && sample
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\n' | b'\r' | b'\t'));
    let name = kind.name();
    let start = String::from_utf8_lossy(&sample)
        .trim_start_matches(['\u{feff}', ' ', '\r', '\n', '\t'])
        .to_lowercase();
    if sample.starts_with(ZIP_MAGIC) {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: format!(
                "is not a {name} workbook: it is a zip archive (an .xlsx or .ods file?)"
            ),
            hint: Some("rename it to .xlsx (or .ods) and import it again".to_string()),
        }
    } else if text_like && start.starts_with('<') {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: format!("is not a {name} workbook: it is a web page or XML file"),
            hint: Some(
                "open it in Excel or LibreOffice and save it as .xlsx, then import that file"
                    .to_string(),
            ),
        }
    } else if text_like {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: format!("is not a {name} workbook: it is a text file"),
            hint: Some("if it is a CSV export, rename it to .csv and import it again".to_string()),
        }
    } else {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: format!("is not a {name} workbook (damaged, or another format)"),
            hint: Some("open it in Excel or LibreOffice and save it again".to_string()),
        }
    }
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
