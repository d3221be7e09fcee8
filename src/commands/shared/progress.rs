//! The spinner an import shows on stderr while it reads a large file (`kpi import`,
//! `spend import`).

use crate::model::Language;
use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

/// Files at least this large get a progress indicator on a terminal.
const PROGRESS_BYTES: u64 = 1024 * 1024;

/// A spinner for reading `path`, or `None` when the file is small or stderr is no terminal
/// (pipes, files and tests see no progress output at all).
pub fn progress_bar(path: &Path, lang: Language) -> Option<indicatif::ProgressBar> {
    let m = crate::messages::of(lang);
    let large = std::fs::metadata(path).is_ok_and(|m| m.len() >= PROGRESS_BYTES);
    if !large || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template(m.progress_template()) {
        bar.set_style(style);
    }
    bar.set_message(m.progress_reading());
    bar.enable_steady_tick(Duration::from_millis(100));
    Some(bar)
}
