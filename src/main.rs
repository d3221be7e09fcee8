//! The thin shell: parse arguments, run the command, map the result to an exit code (SPEC §9).

use std::io::IsTerminal;
use std::process::ExitCode;

/// mimalloc instead of glibc's malloc: loading a register allocates from several threads at once,
/// and glibc grows a heap per thread with one `mprotect` call per page run (25,000 calls for
/// `check` at 10k contracts); see docs/performance.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use avtal::commands::Cli;
use avtal::context::Context;
use avtal::context::args::env_language;
use avtal::sanitize::sanitize;
use avtal::{Error, Status};
use clap::Parser;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_e` of the mimalloc 3 that
/// Cargo.lock pins (the Rust bindings name no constant for it; a test below checks the place).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    /// Sets a mimalloc option (mimalloc.h); options may change while the program runs.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// Keeps freed memory for the rest of the run instead of handing it back to the OS after a delay:
/// a command lives for seconds at most, and on the VMs measured every page handed back cost a
/// fresh, zeroed page when reused (`check` at 100k contracts: 4,710 page faults -> 745, CPU
/// time -15 %, peak RSS +5 %; docs/performance.md). `MIMALLOC_PURGE_DELAY` set by the user wins.
fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: a plain C call with two integers; mimalloc checks the option's range itself.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = Cli::parse();
    let stderr_color = cli.global.color.allows(std::io::stderr().is_terminal());
    let context = match Context::from_args(&cli.global) {
        Ok(context) => context,
        Err(error) => {
            let lang = cli.global.lang.map(Into::into).or_else(env_language);
            return report(&error, stderr_color, lang.unwrap_or_default());
        }
    };
    match avtal::commands::run(&context, &cli.command) {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::Problems) => ExitCode::from(1),
        Err(error) => report(&error, stderr_color, context.report_language()),
    }
}

/// Prints `error` to stderr in `lang` and returns its exit code (2; 0 for a closed pipe).
fn report(error: &Error, color: bool, lang: avtal::model::Language) -> ExitCode {
    let m = avtal::messages::of(lang);
    match error {
        // `avtal plan | head`: a closed pipe is not an error.
        Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Error::Reported => {}
        Error::Invalid(diagnostics) => {
            let (shown, rest) = avtal::diag::shown(diagnostics);
            for diagnostic in shown {
                eprintln!("{}", diagnostic.sanitized().render(color));
            }
            if rest > 0 {
                let (per_file, all) = (avtal::diag::MAX_SHOWN_PER_FILE, avtal::diag::MAX_SHOWN);
                eprintln!("{}", m.errors_not_shown(rest, per_file, all));
            }
            eprintln!("{}", m.problems_found(diagnostics.len()));
        }
        // Messages quote register and supplier text: no control character reaches the terminal.
        other => {
            eprintln!("error: {}", sanitize(&other.message(m)));
            if let Some(hint) = other.hint(m) {
                eprintln!("hint: {}", sanitize(&hint));
            }
        }
    }
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    unsafe extern "C" {
        fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    }

    /// The option at [`super::MI_OPTION_PURGE_DELAY`] is the purge delay: mimalloc's defaults
    /// around it are 1 (eager commit delay), 1000 (purge delay, ms) and 0 (NUMA nodes). A new
    /// mimalloc that moved it fails here rather than setting another option.
    #[test]
    fn the_purge_delay_option_is_where_mimalloc_has_it() {
        let option = super::MI_OPTION_PURGE_DELAY;
        // SAFETY: reading an option by its number.
        let [before, at, after] = unsafe { [-1, 0, 1].map(|d| mi_option_get(option + d)) };
        assert_eq!((before, after), (1, 0));
        // Its own default, unless this run was given another.
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(at, 1000);
        }
    }
}
