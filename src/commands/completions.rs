//! `avtal completions SHELL`: shell completion scripts, generated from the same clap
//! definitions as `--help`, so they never drift from the real options.

use crate::commands::Cli;
use crate::context::Context;
use crate::error::{Error, Status};
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::path::PathBuf;

/// Arguments of `avtal completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for
    #[arg(value_enum)]
    pub shell: Shell,
    /// Write the script to FILE instead of standard output
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The completion script for `shell`, for the binary name `avtal`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut command = Cli::command();
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut command, "avtal", &mut bytes);
    bytes
}

/// Runs `avtal completions`.
pub fn run(context: &Context, args: &CompletionsArgs) -> Result<Status, Error> {
    context.emit(args.output.as_deref(), &script(args.shell))?;
    Ok(Status::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_that_names_the_subcommands() {
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::PowerShell,
            Shell::Elvish,
        ] {
            let text = String::from_utf8(script(shell)).expect("completion scripts are UTF-8");
            for name in ["plan", "check", "kpi-sheet", "completions"] {
                assert!(text.contains(name), "{shell:?} script lacks `{name}`");
            }
        }
    }

    #[test]
    fn bash_script_completes_the_global_register_option() {
        let text = String::from_utf8(script(Shell::Bash)).expect("UTF-8");
        assert!(text.contains("--register"));
        assert!(text.contains("complete -F _avtal"));
    }
}
