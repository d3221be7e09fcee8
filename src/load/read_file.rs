//! Reading one register file with as few system calls as the file allows (issue 15): open,
//! one `fstat` for the size, one read into a buffer of that size plus one byte, close. A read
//! that stops short of the buffer has met the end of a regular file, so the empty read that
//! `std::fs::read` ends with is not needed; a file that grew meanwhile is read on to its end.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

/// The bytes of `path`; `Ok(None)` when it does not exist.
pub fn read_file(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let metadata = file.metadata()?;
    let size = usize::try_from(metadata.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(size.saturating_add(1));
    if metadata.is_file() && read_once(&file, &mut bytes)? < size.saturating_add(1) {
        return Ok(Some(bytes));
    }
    // Anything else (a file that grew, a special file): read on to the end as std does.
    file.read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

/// One read into the spare capacity of `bytes`, retried when interrupted; the count read.
#[cfg(target_os = "linux")]
fn read_once(file: &File, bytes: &mut Vec<u8>) -> std::io::Result<usize> {
    loop {
        match rustix::io::read(file, rustix::buffer::spare_capacity(bytes)) {
            Ok(count) => return Ok(count),
            Err(rustix::io::Errno::INTR) => continue,
            Err(errno) => return Err(errno.into()),
        }
    }
}

/// Elsewhere: no short cut, the caller reads to the end.
#[cfg(not(target_os = "linux"))]
fn read_once(_file: &File, _bytes: &mut Vec<u8>) -> std::io::Result<usize> {
    Ok(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whole_files_and_tells_missing_ones() {
        let dir = tempfile::tempdir().unwrap();
        for size in [0usize, 1, 4095, 4096, 70_000] {
            let path = dir.path().join(format!("f{size}"));
            let content: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            std::fs::write(&path, &content).unwrap();
            assert_eq!(read_file(&path).unwrap(), Some(content));
        }
        assert_eq!(read_file(&dir.path().join("missing")).unwrap(), None);
        let error = read_file(dir.path()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::IsADirectory);
    }
}
