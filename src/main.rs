//! The `dossier` command: parses arguments, runs the command, exits with its code.

use clap::Parser;

fn main() {
    let cli = dossier::cli::Cli::parse();
    std::process::exit(cli.run());
}
