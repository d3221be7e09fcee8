//! Checks made before a file is read: its size, what it really is, and how large its archive
//! would unpack (SPEC §7).

use super::FileKind;
use crate::import::error::{ImportError, MAX_FILE_BYTES, MAX_UNPACKED_BYTES};
use crate::messages::prelude::*;
use crate::model::Language;
use std::io::Read;
use std::path::Path;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Refuses a file over 50 MB, an empty file, a file that is not what its extension says, and an
/// archive whose entries would unpack to over 500 MB — all before any cell is read.
pub fn check(path: &Path, file: &str, kind: FileKind, lang: Language) -> Result<(), ImportError> {
    check_limited(path, file, kind, MAX_FILE_BYTES, lang)
}

/// [`check`] with another size limit (`spend import` reads CSV files up to 500 MB, SPEC §12).
pub fn check_limited(
    path: &Path,
    file: &str,
    kind: FileKind,
    max_bytes: u64,
    lang: Language,
) -> Result<(), ImportError> {
    let m = crate::messages::of(lang);
    let unreadable = |reason: String, hint: Option<&str>| ImportError::Unreadable {
        file: file.to_string(),
        reason,
        hint: hint.map(str::to_string),
    };
    let metadata = std::fs::metadata(path)
        .map_err(|e| unreadable(m.cannot_read_file(&e.to_string()), None))?;
    if !metadata.is_file() {
        return Err(unreadable(m.not_a_file().to_string(), None));
    }
    if metadata.len() > max_bytes {
        return Err(ImportError::TooLarge {
            file: file.to_string(),
            bytes: metadata.len(),
        });
    }
    if metadata.len() == 0 {
        return Err(unreadable(
            m.file_empty().to_string(),
            Some(m.hint_send_again()),
        ));
    }
    let mut head = [0u8; 8];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| unreadable(m.cannot_read_file(&e.to_string()), None))?;
    let head = &head[..read];
    match kind {
        FileKind::Xlsx | FileKind::Ods => {
            if head.starts_with(ZIP_MAGIC) {
                check_archive(path, file, kind, m)
            } else if head.starts_with(OLE_MAGIC) && kind == FileKind::Xlsx {
                // Encrypted .xlsx files are OLE containers with an EncryptedPackage stream.
                Err(encrypted_or_old(path, file, m))
            } else {
                Err(not_a_workbook(path, file, kind, m))
            }
        }
        FileKind::Xls => {
            if head.starts_with(OLE_MAGIC) {
                let bytes = std::fs::read(path)
                    .map_err(|e| unreadable(m.cannot_read_file(&e.to_string()), None))?;
                super::cfb::validate(&bytes, m).map_err(|reason| {
                    unreadable(m.file_damaged(&reason), Some(m.hint_save_again()))
                })
            } else {
                Err(not_a_workbook(path, file, kind, m))
            }
        }
        FileKind::Csv => {
            if head.starts_with(ZIP_MAGIC) || head.starts_with(OLE_MAGIC) {
                Err(unreadable(
                    m.workbook_not_text().to_string(),
                    Some(m.hint_rename_to_workbook()),
                ))
            } else {
                Ok(())
            }
        }
    }
}

/// Sums the uncompressed sizes in the zip central directory; for `.ods`, also bounds the cells
/// that repeated rows and columns would expand to.
fn check_archive(
    path: &Path,
    file: &str,
    kind: FileKind,
    m: &dyn Messages,
) -> Result<(), ImportError> {
    let reader = std::fs::File::open(path).map_err(|e| ImportError::Unreadable {
        file: file.to_string(),
        reason: m.cannot_read_file(&e.to_string()),
        hint: None,
    })?;
    let mut archive = zip::ZipArchive::new(reader).map_err(|e| ImportError::Unreadable {
        file: file.to_string(),
        reason: m.zip_damaged(&e.to_string()),
        hint: Some(m.hint_save_again().to_string()),
    })?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| ImportError::Unreadable {
                file: file.to_string(),
                reason: m.file_damaged(&e.to_string()),
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
        super::repeat::check_ods_content(limited, m).map_err(|reason| ImportError::Unreadable {
            file: file.to_string(),
            reason: m.file_refused(&reason),
            hint: Some(m.hint_ods_save_again().to_string()),
        })?;
    }
    Ok(())
}

fn encrypted_or_old(path: &Path, file: &str, m: &dyn Messages) -> ImportError {
    let bytes = std::fs::read(path).unwrap_or_default();
    if contains(&bytes, &utf16("EncryptedPackage")) {
        ImportError::Encrypted {
            file: file.to_string(),
        }
    } else {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: m.xls_named_xlsx().to_string(),
            hint: Some(m.hint_rename_to_xls().to_string()),
        }
    }
}

fn not_a_workbook(path: &Path, file: &str, kind: FileKind, m: &dyn Messages) -> ImportError {
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
            reason: m.not_workbook_zip(name),
            hint: Some(m.hint_rename_to_xlsx_or_ods().to_string()),
        }
    } else if text_like && start.starts_with('<') {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: m.not_workbook_markup(name),
            hint: Some(m.hint_save_as_xlsx().to_string()),
        }
    } else if text_like {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: m.not_workbook_text(name),
            hint: Some(m.hint_rename_to_csv().to_string()),
        }
    } else {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: m.not_workbook_other(name),
            hint: Some(m.hint_save_again().to_string()),
        }
    }
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
