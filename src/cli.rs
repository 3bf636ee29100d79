//! Command line → actions: one clap struct per command, each with `run()`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::{build, root_or_current, BuildOptions, BuildReport};

/// dossier: turn a folder of news articles into an annotated, browsable static site.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into public/ (or --output).
    Build(BuildArgs),
    /// Build in memory and report every problem, writing nothing.
    Check(CheckArgs),
    /// Build, serve on loopback and rebuild and reload pages on every change.
    Serve(ServeArgs),
    /// Start a new dossier in DIR from the built-in theme.
    Init(InitArgs),
    /// Turn captures into curated Markdown articles with their annotations in front matter.
    Import(ImportArgs),
    /// Time the link stage on synthetic dossiers (development).
    #[command(hide = true)]
    BenchLink(BenchLinkArgs),
    /// Write a synthetic dossier of Markdown articles or raw captures (benchmarks).
    #[command(hide = true)]
    Generate(GenerateArgs),
    /// Time serve's edit→visible latency on synthetic dossiers (development).
    #[command(hide = true)]
    BenchEdit(BenchEditArgs),
}

/// Arguments of `dossier serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The dossier root (the folder with site.toml).
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Port to listen on (0 picks a free one).
    #[arg(long, short, default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on; the default keeps the site on this machine.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: String,
    /// Open the site in a browser.
    #[arg(long)]
    pub open: bool,
}

impl ServeArgs {
    /// Serves until stopped.
    pub fn run(self) -> i32 {
        crate::serve::run(crate::serve::ServeOptions {
            root: root_or_current(self.root.as_deref()),
            bind: self.bind,
            port: self.port,
            open: self.open,
        })
    }
}

/// Arguments of `dossier init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder of the new dossier (created when missing).
    pub dir: PathBuf,
    /// Write into a folder that is not empty (only the dossier's own files are replaced).
    #[arg(long)]
    pub force: bool,
}

impl InitArgs {
    /// Writes the new dossier and says what to do next.
    pub fn run(self) -> i32 {
        match crate::scaffold::init(&self.dir, self.force) {
            Ok(written) => {
                eprintln!(
                    "created a dossier in {} ({} files); next: dossier build --root {}",
                    self.dir.display(),
                    written.len(),
                    self.dir.display()
                );
                0
            }
            Err(problems) => {
                eprint!("{problems}");
                1
            }
        }
    }
}

/// Arguments of `dossier import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Raw captures (.txt) to import.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The dossier root, whose site.toml and gazetteer are used.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Folder the curated articles are written to [default: ROOT/content/articles].
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// Replace curated files that already exist (they may hold your edits).
    #[arg(long)]
    pub force: bool,
}

impl ImportArgs {
    /// Imports every file; problems with one file do not stop the others.
    pub fn run(self) -> i32 {
        let root = root_or_current(self.root.as_deref());
        let into = self
            .into
            .clone()
            .unwrap_or_else(|| root.join("content/articles"));
        match crate::import(&root, &self.files, &into, self.force) {
            Ok(written) => {
                for path in &written {
                    eprintln!("wrote {}", path.display());
                }
                0
            }
            Err(problems) => {
                eprint!("{problems}");
                1
            }
        }
    }
}

/// Arguments of `dossier generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Folder of the new dossier.
    pub dir: PathBuf,
    /// Number of articles.
    #[arg(long, default_value_t = 1_000)]
    pub articles: usize,
    /// Write raw captures with page furniture (.txt) instead of Markdown
    /// with front matter (.md).
    #[arg(long)]
    pub captures: bool,
}

impl GenerateArgs {
    /// Writes the captures and site.toml.
    pub fn run(self) -> i32 {
        match crate::generate(&self.dir, self.articles, self.captures) {
            Ok(()) => 0,
            Err(err) => {
                eprintln!("error: writing {}: {err}", self.dir.display());
                1
            }
        }
    }
}

/// Arguments of `dossier bench-edit`.
#[derive(Debug, clap::Args)]
pub struct BenchEditArgs {
    /// Dossier sizes in articles.
    #[arg(default_values_t = [1_000, 10_000])]
    pub sizes: Vec<usize>,
}

impl BenchEditArgs {
    /// Prints one line per size: articles, first build and edit→visible in milliseconds.
    pub fn run(self) -> i32 {
        println!("articles  first_build_ms  edit_to_visible_ms");
        match crate::bench_edit(&self.sizes) {
            Ok(rows) => {
                for (size, first, rebuild) in rows {
                    println!(
                        "{size:>8}  {:>14.0}  {:>18.1}",
                        first.as_secs_f64() * 1000.0,
                        rebuild.as_secs_f64() * 1000.0
                    );
                }
                0
            }
            Err(err) => {
                eprintln!("error: {err}");
                1
            }
        }
    }
}

/// Arguments of `dossier bench-link`.
#[derive(Debug, clap::Args)]
pub struct BenchLinkArgs {
    /// Dossier sizes in articles.
    #[arg(default_values_t = [1_000, 10_000, 100_000])]
    pub sizes: Vec<usize>,
}

impl BenchLinkArgs {
    /// Prints one line per size: articles, milliseconds, microseconds per article.
    pub fn run(self) -> i32 {
        println!("articles  link_ms  us_per_article");
        for (size, elapsed) in crate::bench_link(&self.sizes) {
            let ms = elapsed.as_secs_f64() * 1000.0;
            println!("{size:>8}  {ms:>7.1}  {:>14.2}", ms * 1000.0 / size as f64);
        }
        0
    }
}

/// Arguments of `dossier build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The dossier root (the folder with site.toml).
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Where to write the site [default: ROOT/public].
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Base URL of the published site, e.g. https://example.org/dossier/ (overrides site.toml).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print the wall time of each stage.
    #[arg(long, visible_alias = "verbose")]
    pub timings: bool,
}

/// Arguments of `dossier check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The dossier root (the folder with site.toml).
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
}

impl Cli {
    /// Runs the command; returns the process exit code.
    pub fn run(self) -> i32 {
        match self.command {
            Command::Build(args) => args.run(),
            Command::Check(args) => args.run(),
            Command::Serve(args) => args.run(),
            Command::Init(args) => args.run(),
            Command::Import(args) => args.run(),
            Command::BenchLink(args) => args.run(),
            Command::BenchEdit(args) => args.run(),
            Command::Generate(args) => args.run(),
        }
    }
}

fn report(
    result: Result<BuildReport, crate::diag::Diagnostics>,
    root: &std::path::Path,
    quiet: bool,
    verb: &str,
    timings: bool,
) -> i32 {
    match result {
        Ok(report) => {
            if timings {
                for lap in &report.timings {
                    let memory = lap.memory.map_or_else(String::new, |(now, peak)| {
                        format!(
                            "  {:>6} MiB resident, peak {:>6} MiB",
                            now >> 20,
                            peak >> 20
                        )
                    });
                    eprintln!(
                        "{:>15}  {:>8.1} ms{memory}",
                        lap.stage,
                        lap.took.as_secs_f64() * 1000.0
                    );
                }
            }
            if !report.warnings.is_empty() {
                eprint!("{}", report.warnings.with_sources(root));
            }
            if !quiet {
                eprintln!(
                    "{verb} {} articles: {} files, {} quotes, {} entities, {} events in {} ms",
                    report.articles,
                    report.files,
                    report.quotes,
                    report.entities,
                    report.events,
                    report.elapsed.as_millis()
                );
            }
            0
        }
        Err(problems) => {
            eprint!("{}", problems.with_sources(root));
            if verb == "checked" {
                eprintln!("error: the check found {} error(s)", problems.error_count());
            } else {
                eprintln!(
                    "error: the build failed with {} error(s); nothing was written and the previous site is untouched",
                    problems.error_count()
                );
            }
            1
        }
    }
}

impl BuildArgs {
    /// Builds the site.
    pub fn run(self) -> i32 {
        let options = BuildOptions {
            root: root_or_current(self.root.as_deref()),
            output: self.output,
            base_url: self.base_url,
            write: true,
            progress: !self.quiet && std::io::stderr().is_terminal(),
        };
        report(
            build(&options),
            &options.root,
            self.quiet,
            "built",
            self.timings,
        )
    }
}

impl CheckArgs {
    /// Checks the dossier.
    pub fn run(self) -> i32 {
        let options = BuildOptions {
            root: root_or_current(self.root.as_deref()),
            output: None,
            base_url: None,
            write: false,
            progress: std::io::stderr().is_terminal(),
        };
        report(build(&options), &options.root, false, "checked", false)
    }
}
