//! Checks the compound file (OLE/CFB) of an `.xls` before calamine reads it: a sector chain that
//! loops or points outside the file made the reader grow without bound (17.6 GB from a 5.7 KB
//! file, issue 16). Every chain the reader may follow — the DIFAT, the FAT, the directory, the
//! mini FAT and every stream — must stay inside the file, never revisit a sector and be long
//! enough for the size it claims; otherwise the file is refused as damaged, naming what is broken.

use crate::messages::prelude::*;

const FREE: u32 = 0xFFFF_FFFF;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
/// Directory entry types that hold data.
const STREAM: u8 = 2;
const ROOT: u8 = 5;

/// Validates `bytes` as a compound file; the error says in words what is broken.
pub fn validate(bytes: &[u8], m: &dyn Messages) -> Result<(), String> {
    let header = bytes.get(..512).ok_or(m.cfb_header_short())?;
    let shift = u16_at(header, 0x1E);
    if shift != 9 && shift != 12 {
        return Err(m.cfb_sector_size(shift));
    }
    let sector_size = 1usize << shift;
    let mini_shift = u16_at(header, 0x20);
    if mini_shift != 6 {
        return Err(m.cfb_mini_sector_size(mini_shift));
    }
    // Sector n starts at (n + 1) * sector_size; a last partial sector is padded by readers.
    let sectors = bytes
        .len()
        .saturating_sub(sector_size)
        .div_ceil(sector_size);
    let file = Sectors {
        bytes,
        messages: m,
        sector_size,
        count: sectors,
    };

    let fat_count = u32_at(header, 0x2C) as usize;
    if fat_count > sectors {
        return Err(m.cfb_fat_count(fat_count, sectors));
    }
    let mut fat_sectors: Vec<u32> = (0..fat_count.min(109))
        .map(|i| u32_at(header, 0x4C + 4 * i))
        .collect();
    let per_difat = sector_size / 4 - 1;
    let mut difat = u32_at(header, 0x44);
    let mut seen_difat = vec![false; sectors];
    while fat_sectors.len() < fat_count {
        let sector = file.check(difat, &mut seen_difat, "DIFAT")?;
        let data = file.sector(sector);
        for i in 0..per_difat {
            if fat_sectors.len() < fat_count {
                fat_sectors.push(u32_at(data, 4 * i));
            }
        }
        difat = u32_at(data, 4 * per_difat);
    }
    let mut fat = Vec::with_capacity(fat_count * sector_size / 4);
    let mut seen_fat = vec![false; sectors];
    for &sector in &fat_sectors {
        let sector = file.check(sector, &mut seen_fat, "FAT")?;
        let data = file.sector(sector);
        fat.extend((0..sector_size / 4).map(|i| u32_at(data, 4 * i)));
    }

    let directory = file.chain(&fat, u32_at(header, 0x30), m.cfb_directory())?;
    let mini_fat_chain = file.chain(&fat, u32_at(header, 0x3C), "mini FAT")?;
    let mini_fat: Vec<u32> = mini_fat_chain
        .iter()
        .flat_map(|&s| {
            let data = file.sector(s);
            (0..sector_size / 4).map(move |i| u32_at(data, 4 * i))
        })
        .collect();
    let cutoff = u64::from(u32_at(header, 0x38));
    let version = u16_at(header, 0x1A);
    let mut mini_stream_bytes = 0u64;
    let entries: Vec<&[u8]> = directory
        .iter()
        .flat_map(|&s| file.sector(s).chunks_exact(128))
        .collect();
    for (index, entry) in entries.iter().enumerate() {
        let kind = entry[66];
        if kind != STREAM && kind != ROOT {
            continue;
        }
        let mut size = u64::from(u32_at(entry, 120));
        if version == 4 {
            size |= u64::from(u32_at(entry, 124)) << 32;
        }
        let start = u32_at(entry, 116);
        let name = entry_name(entry, index);
        if size > bytes.len() as u64 {
            return Err(m.cfb_stream_size(&name, size, bytes.len()));
        }
        if kind == ROOT || size >= cutoff {
            if size == 0 && (start == END_OF_CHAIN || start == FREE) {
                continue;
            }
            let chain = file.chain(&fat, start, &name)?;
            if (chain.len() as u64) * (sector_size as u64) < size {
                return Err(m.cfb_chain_short(&name));
            }
            if kind == ROOT {
                mini_stream_bytes = chain.len() as u64 * sector_size as u64;
            }
        } else if size > 0 {
            let length = chain_length(&mini_fat, start, mini_fat.len(), &name, m)?;
            let needed = length as u64 * 64;
            if needed < size || needed > mini_stream_bytes {
                return Err(m.cfb_mini_chain_size(&name));
            }
        }
    }
    Ok(())
}

struct Sectors<'a> {
    bytes: &'a [u8],
    messages: &'a dyn Messages,
    sector_size: usize,
    count: usize,
}

impl Sectors<'_> {
    /// `sector` when it lies in the file and was not visited before in this walk.
    fn check(&self, sector: u32, seen: &mut [bool], what: &str) -> Result<u32, String> {
        let index = sector as usize;
        if index >= self.count {
            return Err(self.messages.cfb_chain_outside(what, sector));
        }
        if std::mem::replace(&mut seen[index], true) {
            return Err(self.messages.cfb_chain_loops(what, sector));
        }
        Ok(sector)
    }

    /// The sector's bytes, zero-padded to a full sector at the end of the file.
    fn sector(&self, sector: u32) -> &[u8] {
        let start = (sector as usize + 1) * self.sector_size;
        let end = (start + self.sector_size).min(self.bytes.len());
        self.bytes.get(start..end).unwrap_or(&[])
    }

    /// Follows a FAT chain from `start` to its end, checking every step.
    fn chain(&self, fat: &[u32], start: u32, what: &str) -> Result<Vec<u32>, String> {
        let mut seen = vec![false; self.count];
        let mut chain = Vec::new();
        let mut next = start;
        while next != END_OF_CHAIN {
            if next == FREE && chain.is_empty() {
                break;
            }
            let sector = self.check(next, &mut seen, what)?;
            chain.push(sector);
            next = *fat
                .get(sector as usize)
                .ok_or_else(|| self.messages.cfb_chain_leaves_fat(what, sector))?;
        }
        Ok(chain)
    }
}

/// The length of a mini-FAT chain, refusing loops and ends outside the table.
fn chain_length(
    table: &[u32],
    start: u32,
    limit: usize,
    what: &str,
    m: &dyn Messages,
) -> Result<usize, String> {
    let mut seen = vec![false; limit];
    let (mut next, mut length) = (start, 0usize);
    while next != END_OF_CHAIN {
        let index = next as usize;
        if index >= limit {
            return Err(m.cfb_mini_chain_outside(what));
        }
        if std::mem::replace(&mut seen[index], true) {
            return Err(m.cfb_mini_chain_loops(what));
        }
        length += 1;
        next = table[index];
    }
    Ok(length)
}

fn entry_name(entry: &[u8], index: usize) -> String {
    let length = (u16_at(entry, 64) as usize).min(64) / 2;
    let units: Vec<u16> = (0..length.saturating_sub(1))
        .map(|i| u16_at(entry, 2 * i))
        .collect();
    let name: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{fffd}'))
        .filter(|c| !c.is_control())
        .take(32)
        .collect();
    if name.is_empty() {
        format!("#{index}")
    } else {
        format!("`{name}`")
    }
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    match bytes.get(at..at + 2) {
        Some(b) => u16::from_le_bytes([b[0], b[1]]),
        None => 0,
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    match bytes.get(at..at + 4) {
        Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
        None => FREE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::English;

    fn fixture() -> Vec<u8> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/import/leveransrapport.xls"
        );
        std::fs::read(path).unwrap()
    }

    /// The FAT entry of sector `n` (the first FAT sector is named in the header's DIFAT).
    fn fat_entry_offset(bytes: &[u8], n: usize) -> usize {
        let first_fat = u32_at(bytes, 0x4C) as usize;
        (first_fat + 1) * 512 + 4 * n
    }

    #[test]
    fn a_real_xls_passes() {
        assert_eq!(validate(&fixture(), &English), Ok(()));
    }

    #[test]
    fn xls_sector_chain_loop_is_refused() {
        let mut bytes = fixture();
        let directory = u32_at(&bytes, 0x30) as usize;
        let at = fat_entry_offset(&bytes, directory);
        bytes[at..at + 4].copy_from_slice(&(directory as u32).to_le_bytes());
        let error = validate(&bytes, &English).unwrap_err();
        assert!(error.contains("directory chain loops"), "{error}");
    }

    #[test]
    fn xls_sector_chain_outside_the_file_is_refused() {
        let mut bytes = fixture();
        bytes[0x30..0x34].copy_from_slice(&0x00FF_FFFFu32.to_le_bytes());
        let error = validate(&bytes, &English).unwrap_err();
        assert!(error.contains("points outside the file"), "{error}");
    }

    #[test]
    fn truncated_and_garbage_headers_are_refused() {
        assert!(validate(&fixture()[..300], &English).is_err());
        let mut bytes = fixture();
        bytes[0x1E] = 30;
        assert!(
            validate(&bytes, &English)
                .unwrap_err()
                .contains("sector size")
        );
    }

    #[test]
    fn any_mutation_is_validated_without_panic() {
        let original = fixture();
        let mut seed: u64 = 1;
        for _ in 0..2000 {
            let mut bytes = original.clone();
            for _ in 0..4 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let at = (seed >> 33) as usize % bytes.len().min(4096);
                bytes[at] = (seed >> 20) as u8;
            }
            let _ = validate(&bytes, &English);
        }
    }
}
