//! The `dossier` command: parses arguments, runs the command, exits with its code.

use clap::Parser;

/// Builds allocate and free millions of small strings across threads; mimalloc
/// does that markedly faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = dossier::cli::Cli::parse();
    std::process::exit(cli.run());
}
