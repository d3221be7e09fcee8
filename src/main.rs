//! The thin shell: parse arguments, run the command, map the result to an exit code (SPEC §9).

use std::io::IsTerminal;
use std::process::ExitCode;

/// mimalloc instead of glibc's malloc: loading a register allocates from several threads at once,
/// and glibc grows a heap per thread with one `mprotect` call per page run (25,000 calls for
/// `check` at 10k contracts); see docs/performance.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use avtal::cli::{Cli, ColorChoice};
use avtal::context::Context;
use avtal::render::sanitize::sanitize;
use avtal::{Error, Status};
use clap::Parser;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stderr_color = color_allowed(cli.global.color, std::io::stderr().is_terminal());
    let context = match context(&cli) {
        Ok(context) => context,
        Err(error) => {
            let lang = cli.global.lang.map(Into::into).or_else(env_lang);
            return report(&error, stderr_color, lang.unwrap_or_default());
        }
    };
    match avtal::commands::run(&context, &cli.command) {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::Problems) => ExitCode::from(1),
        Err(error) => report(&error, stderr_color, context.report_language()),
    }
}

fn context(cli: &Cli) -> Result<Context, Error> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
    Ok(Context {
        register: cli.global.register.clone(),
        today: cli
            .global
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        lang: cli.global.lang.map(Into::into),
        env_lang: env_lang(),
        color: color_allowed(cli.global.color, std::io::stdout().is_terminal()),
        cwd,
    })
}

/// English when `LANG` starts with `en` (SPEC §16).
fn env_lang() -> Option<avtal::model::Language> {
    avtal::cli::env_language()
}

/// Colour only on a terminal, never with `NO_COLOR` set (unless forced with `--color always`).
fn color_allowed(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

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
