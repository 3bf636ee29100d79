//! dossier: a static site generator for annotated news dossiers.
//!
//! `build` runs the pipeline of docs/design.md, one stage per module:
//! load (content) → clean → annotate → link → emit → render → write (site).

mod annotate;
mod calendar;
mod clean;
pub mod cli;
mod config;
mod content;
pub mod diag;
mod emit;
mod fsio;
mod json;
mod lang;
mod link;
mod render;
mod scaffold;
pub mod serve;
mod site;
mod slug;
mod swar;
mod synthetic;
mod word_table;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use diag::{Diagnostic, Diagnostics};

/// What `build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The dossier root (holds site.toml).
    pub root: PathBuf,
    /// Output folder; `<root>/public` when absent.
    pub output: Option<PathBuf>,
    /// Overrides site.toml's base_url.
    pub base_url: Option<String>,
    /// Write the site (`build`) or only check it in memory (`check`).
    pub write: bool,
    /// Show each stage as it ends (for a terminal).
    pub progress: bool,
}

/// What a successful build made.
#[derive(Debug)]
pub struct BuildReport {
    /// Articles built.
    pub articles: usize,
    /// Files in the site.
    pub files: usize,
    /// Quotes found.
    pub quotes: usize,
    /// Entities found.
    pub entities: usize,
    /// Events found.
    pub events: usize,
    /// Problems that did not stop the build.
    pub warnings: Diagnostics,
    /// Wall time.
    pub elapsed: Duration,
    /// Wall time and memory of each stage, in pipeline order.
    pub timings: Vec<Lap>,
}

/// One stage of a build as `--timings` shows it.
#[derive(Debug, Clone)]
pub struct Lap {
    /// Stage name.
    pub stage: &'static str,
    /// Wall time.
    pub took: Duration,
    /// Resident memory when it ended and the peak so far, in bytes (Linux only).
    pub memory: Option<(u64, u64)>,
}

impl Lap {
    fn new(stage: &'static str, took: Duration) -> Lap {
        Lap {
            stage,
            took,
            memory: resident_memory(),
        }
    }
}

/// (resident, peak resident) bytes of this process, from /proc/self/status.
fn resident_memory() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib = |key: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        let number = line[key.len()..].trim().trim_end_matches("kB").trim();
        number.parse::<u64>().ok().map(|n| n * 1024)
    };
    Some((kib("VmRSS:")?, kib("VmHWM:")?))
}

/// Wall time per stage, and, on a terminal, a status line that says which
/// stage has just ended.
#[derive(Default)]
pub struct Stopwatch {
    last: Option<Instant>,
    laps: Vec<Lap>,
    progress: bool,
}

impl Stopwatch {
    fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        let since = self.last.map_or(Duration::ZERO, |t| now - t);
        if self.last.is_some() {
            self.laps.push(Lap::new(stage, since));
            if self.progress {
                eprint!("\r\x1b[2K{stage}: {} ms", since.as_millis());
            }
        }
        self.last = Some(now);
    }
}

/// Builds a dossier: every problem found is reported together, and nothing is
/// written unless the whole build succeeded.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let root = options.root.as_path();
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| root.join("public"));
    if options.write {
        site::output::check_output_dir(root, &output)?;
    }
    let staging = match options.write {
        true => Some(site::output::Staging::new(&output)?),
        false => None,
    };
    let files = staging
        .as_ref()
        .map_or_else(site::output::SiteFiles::default, |s| {
            site::output::SiteFiles::spilling_into_after(s.dir().to_path_buf(), output.clone())
        });
    let mut cache = AnnotationCache::none();
    let built = assemble(
        root,
        options.base_url.as_deref(),
        &mut cache,
        !options.write,
        options.progress,
        files,
    );
    if options.progress {
        eprint!("\r\x1b[2K");
    }
    let mut built = built?;
    let commit_started = Instant::now();
    if let Some(staging) = staging {
        if let Some(err) = built.files.take_failure() {
            return Err(staging.failure(err).into());
        }
        staging.commit()?;
    }
    let mut report = built.report;
    report
        .timings
        .push(Lap::new("commit", commit_started.elapsed()));
    report.elapsed = started.elapsed();
    Ok(report)
}

/// A site assembled in memory.
pub struct Built {
    /// What was built.
    pub report: BuildReport,
    /// Every file of the site.
    pub files: site::output::SiteFiles,
    /// The site's path prefix ("/" or "/dossier/").
    pub base_path: String,
}

/// Annotated articles of earlier builds, reused while their file, site.toml
/// and the gazetteer are unchanged (for `serve`). A one-off build passes
/// `AnnotationCache::none()`, which keeps nothing and copies nothing.
#[derive(Default)]
pub struct AnnotationCache {
    settings: u64,
    by_path: std::collections::HashMap<PathBuf, (u64, annotate::Annotated)>,
    unused: bool,
}

impl AnnotationCache {
    /// A cache that keeps nothing, for builds that run once.
    pub fn none() -> AnnotationCache {
        AnnotationCache {
            unused: true,
            ..AnnotationCache::default()
        }
    }
}

/// A hash of some texts, to tell whether they changed. It is kept in memory
/// only and compared with one made by the same build, so a fast hash will do:
/// every article's text is hashed when it is read and again when its raw
/// input is copied to the site.
pub(crate) fn fingerprint(parts: &[&str]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    parts.hash(&mut hasher);
    hasher.finish()
}

/// Runs every stage into `files` (which write the pages as they come when
/// spilling into a staging folder); with `review`, also what `check` adds
/// (broken links, review warnings, discrepancies).
pub fn assemble(
    root: &Path,
    base_url: Option<&str>,
    cache: &mut AnnotationCache,
    review: bool,
    progress: bool,
    files: site::output::SiteFiles,
) -> Result<Built, Diagnostics> {
    let started = Instant::now();
    let mut clock = Stopwatch {
        progress,
        ..Stopwatch::default()
    };
    clock.lap("start");
    let mut prepared = prepare(root, base_url, cache, &mut clock)?;
    if review {
        discrepancy_warnings(&prepared.dossier, &mut prepared.warnings);
    }
    let files = prepared.render_into(root, files)?;
    clock.lap("render+write");
    let Prepared {
        dossier,
        config,
        mut warnings,
        ..
    } = prepared;
    if review {
        warnings.extend(site::links::check(&files, &config.base_path));
        review_warnings(&dossier, &mut warnings);
        if config.origin.is_empty() {
            warnings.push(
                Diagnostic::warning(
                    diag::Location::file("site.toml"),
                    "base_url has no scheme and host: the feed, the sitemap and canonical links are relative",
                )
                .with_help("set base_url = \"https://example.org/…/\" in site.toml, or pass --base-url when you publish"),
            );
        }
        if warnings.has_errors() {
            return Err(warnings);
        }
    }
    let report = BuildReport {
        articles: dossier.articles.len(),
        files: files.len(),
        quotes: dossier.quotes.len(),
        entities: dossier.entities.len(),
        events: dossier.events.len(),
        warnings,
        elapsed: started.elapsed(),
        timings: clock.laps,
    };
    drop_in_background(dossier);
    Ok(Built {
        report,
        files,
        base_path: config.base_path.clone(),
    })
}

/// Frees a large value on another thread. Freeing a 10,000-article dossier
/// (millions of strings) takes about 0.2 s of one core, and nothing after
/// rendering needs to wait for it; a process that exits first just ends it.
/// When no thread can be started, the value is freed here.
fn drop_in_background<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("free".into())
        .spawn(move || drop(value));
}

/// Everything a site is rendered from: what `serve` keeps between rebuilds.
pub struct Prepared {
    config: config::Config,
    templates: render::Templates,
    gazetteer: annotate::Gazetteer,
    pages: Vec<render::Page>,
    dossier: link::Dossier,
    /// Problems that did not stop the build.
    pub warnings: Diagnostics,
}

/// Loads, cleans, annotates and links a dossier, ready to render.
pub fn prepare(
    root: &Path,
    base_url: Option<&str>,
    cache: &mut AnnotationCache,
    clock: &mut Stopwatch,
) -> Result<Prepared, Diagnostics> {
    let mut config = config::Config::load(root)?;
    if let Some(url) = base_url {
        config.set_base_url(url);
    }
    let mut problems = Diagnostics::new();
    let templates = render::Templates::load(root)
        .map_err(|d| problems.extend(d))
        .ok();
    let (content, load_problems) = content::load(root);
    problems.extend(load_problems);
    clock.lap("load");
    let entries = content::gazetteer::load(root).unwrap_or_else(|list| {
        list.into_iter().for_each(|d| problems.push(d));
        Vec::new()
    });
    let settings = fingerprint(&[&format!("{:?}", config.raw), &format!("{entries:?}")]);
    if cache.settings != settings {
        cache.settings = settings;
        cache.by_path.clear();
    }
    let gazetteer = annotate::Gazetteer::new(&entries);
    let annotated = if cache.unused {
        let cleaned = clean_all(&content.sources, &config, &mut problems);
        drop(content.sources);
        clock.lap("clean");
        cleaned
            .into_par_iter()
            .map(|article| annotate::annotate(article, &gazetteer))
            .collect()
    } else {
        annotate_all(&content.sources, &config, &gazetteer, cache, &mut problems)
    };
    clock.lap("annotate");
    let dossier = link::link(annotated, &entries)
        .map_err(|d| problems.extend(d))
        .ok();
    clock.lap("link");
    let pages = render::render_pages(&content.pages, &config)
        .map_err(|list| list.into_iter().for_each(|d| problems.push(d)))
        .ok();
    let (Some(templates), Some(dossier), Some(pages)) = (templates, dossier, pages) else {
        return Err(problems);
    };
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(Prepared {
        config,
        templates,
        gazetteer,
        pages,
        dossier,
        warnings: problems,
    })
}

impl Prepared {
    /// Every file of the site, kept in memory.
    pub fn render_all(&self, root: &Path) -> Result<site::output::SiteFiles, Diagnostics> {
        self.render_into(root, site::output::SiteFiles::default())
    }

    /// Every file of the site, added to `files`.
    pub fn render_into(
        &self,
        root: &Path,
        files: site::output::SiteFiles,
    ) -> Result<site::output::SiteFiles, Diagnostics> {
        let renderer =
            render::Renderer::new(&self.templates, &self.config, &self.dossier, &self.pages);
        site::assemble(&renderer, root, files).map_err(|d| {
            let mut problems = self.warnings.clone();
            problems.extend(d);
            problems
        })
    }

    /// Reads the templates again (after a theme edit); the annotated and
    /// linked dossier stays as it is.
    pub fn reload_templates(&mut self, root: &Path) -> Result<(), Diagnostics> {
        self.templates = render::Templates::load(root)?;
        Ok(())
    }

    /// The site's path prefix.
    pub fn base_path(&self) -> &str {
        &self.config.base_path
    }

    /// Number of articles.
    pub fn article_count(&self) -> usize {
        self.dossier.articles.len()
    }

    /// Re-reads edited article files. When nothing that other pages show has
    /// changed (metadata, quotes, entities, events are the same; only wording
    /// elsewhere changed), swaps the new versions in and returns their own
    /// re-rendered files. `None` when a full rebuild is needed: a new or
    /// removed file, a change other pages show, or a problem to report.
    pub fn update_articles(
        &mut self,
        root: &Path,
        paths: &[PathBuf],
        cache: &mut AnnotationCache,
    ) -> Option<Vec<(String, Vec<u8>)>> {
        let mut updates = Vec::new();
        for path in paths {
            let relative = path.strip_prefix(root).unwrap_or(path);
            let index = self
                .dossier
                .articles
                .iter()
                .position(|a| a.annotated.article.path == relative)?;
            let source = content::read_one(root, path).ok()??;
            let mut problems = Diagnostics::new();
            let article =
                clean_all(std::slice::from_ref(&source), &self.config, &mut problems).pop()?;
            if problems.has_errors() {
                return None;
            }
            let annotated = annotate::annotate(article, &self.gazetteer);
            let mut confirmed = annotated.clone();
            let linked = &self.dossier.articles[index].annotated;
            // The people other articles confirmed in the linked version.
            confirmed.confirm_people(|name| linked.mentions.iter().any(|m| m.name == name));
            if !annotate::same_for_other_pages(&confirmed, linked) {
                return None;
            }
            let key = fingerprint(&[
                &source.path.to_string_lossy(),
                &source.front_matter_text,
                &source.body,
            ]);
            cache.by_path.insert(source.path.clone(), (key, annotated));
            updates.push((index, confirmed));
        }
        for (index, annotated) in updates.iter().cloned() {
            self.dossier.articles[index].annotated = annotated;
        }
        let renderer =
            render::Renderer::new(&self.templates, &self.config, &self.dossier, &self.pages);
        let mut files = Vec::new();
        for (index, _) in &updates {
            files.extend(site::article_files(&renderer, root, *index).ok()?);
        }
        Some(files)
    }
}

/// Cleans and annotates the articles, reusing cached ones whose file did not change.
fn annotate_all(
    sources: &[content::Source],
    config: &config::Config,
    gazetteer: &annotate::Gazetteer,
    cache: &mut AnnotationCache,
    problems: &mut Diagnostics,
) -> Vec<annotate::Annotated> {
    let fingerprints: Vec<u64> = sources
        .iter()
        .map(|s| fingerprint(&[&s.path.to_string_lossy(), &s.front_matter_text, &s.body]))
        .collect();
    let stale: Vec<content::Source> = sources
        .iter()
        .zip(&fingerprints)
        .filter(|(s, f)| cache.by_path.get(&s.path).is_none_or(|(old, _)| old != *f))
        .map(|(s, _)| s.clone())
        .collect();
    let fresh: Vec<annotate::Annotated> = clean_all(&stale, config, problems)
        .into_par_iter()
        .map(|article| annotate::annotate(article, gazetteer))
        .collect();
    let fingerprint_of: std::collections::HashMap<&Path, u64> = sources
        .iter()
        .zip(&fingerprints)
        .map(|(s, f)| (s.path.as_path(), *f))
        .collect();
    for annotated in fresh {
        if let Some(&f) = fingerprint_of.get(annotated.article.path.as_path()) {
            cache
                .by_path
                .insert(annotated.article.path.clone(), (f, annotated));
        }
    }
    let keep: std::collections::HashSet<&Path> = sources.iter().map(|s| s.path.as_path()).collect();
    cache
        .by_path
        .retain(|path, _| keep.contains(path.as_path()));
    sources
        .iter()
        .zip(&fingerprints)
        .filter_map(|(s, f)| {
            let (cached, annotated) = cache.by_path.get(&s.path)?;
            (cached == f).then(|| annotated.clone())
        })
        .collect()
}

fn clean_all(
    sources: &[content::Source],
    config: &config::Config,
    problems: &mut Diagnostics,
) -> Vec<clean::Article> {
    let ctx = clean::CleanContext {
        patterns: clean::Patterns::new(&config.raw.clean),
        default_offset: config
            .raw
            .default_timezone
            .as_deref()
            .and_then(calendar::parse_zone),
        default_lang: config.raw.language.clone(),
    };
    let results: Vec<Result<clean::Article, Vec<Diagnostic>>> = sources
        .par_iter()
        .map(|source| clean::clean(source, &ctx))
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(article) => articles.push(article),
            Err(list) => list.into_iter().for_each(|d| problems.push(d)),
        }
    }
    articles
}

/// `check` lists what an editor should review: quotes without a speaker and
/// metadata the tool inferred.
fn review_warnings(dossier: &link::Dossier, problems: &mut Diagnostics) {
    for article in &dossier.articles {
        let a = &article.annotated.article;
        let at = || diag::Location::file(&a.path);
        for quote in article
            .annotated
            .quotes
            .iter()
            .filter(|q| q.speaker.is_none())
        {
            let words: Vec<&str> = quote.text.split_whitespace().take(8).collect();
            problems.push(
                Diagnostic::warning(
                    at(),
                    format!("no speaker found for the quote \"{} …\"", words.join(" ")),
                )
                .with_help("give it under `quotes:` in front matter: `- text: …` and `speaker: …`"),
            );
        }
        if a.meta.title_inferred {
            problems.push(
                Diagnostic::warning(
                    at(),
                    format!("title inferred from the first sentence: {:?}", a.meta.title),
                )
                .with_help("set `title:` in front matter"),
            );
        }
        if a.meta.published_inferred {
            problems.push(
                Diagnostic::warning(
                    at(),
                    "publication date inferred from the latest date in the text",
                )
                .with_help("set `date:` in front matter"),
            );
        }
    }
}

/// `check` lists what the sources disagree on, at the first article concerned.
fn discrepancy_warnings(dossier: &link::Dossier, problems: &mut Diagnostics) {
    let path_of = |slug: &String| {
        dossier
            .article(slug)
            .map(|a| a.annotated.article.path.clone())
            .unwrap_or_default()
    };
    for discrepancy in &dossier.discrepancies {
        let (versions, message, help) = match discrepancy {
            link::Discrepancy::Spelling { entity, forms } => (
                forms,
                format!(
                    "{} is spelled differently by the articles",
                    dossier.entity(entity).map_or(entity.as_str(), |e| e.name.as_str())
                ),
                "they are one entity; if they are different people, give each its own entry in content/entities.yaml",
            ),
            link::Discrepancy::EventDate { label, dates } => (
                dates,
                format!("one event is given different dates: {label:?}"),
                "check the dates against the sources; correct one in the article's front matter `events:`",
            ),
        };
        let detail: Vec<String> = versions
            .iter()
            .map(|(version, slugs)| format!("{version:?} in {}", slugs.join(", ")))
            .collect();
        let Some(first) = versions.first().and_then(|(_, slugs)| slugs.first()) else {
            continue;
        };
        problems.push(
            Diagnostic::warning(
                diag::Location::file(path_of(first)),
                format!("{message}: {}", detail.join("; ")),
            )
            .with_help(help),
        );
    }
}

/// Imports captures as curated Markdown articles: each is cleaned and
/// annotated like in a build (with the dossier's settings and gazetteer) and
/// written to `into` as `<name>.md` with its metadata, captions, quotes,
/// entities and events in front matter. An existing file is kept unless
/// `force`: it may hold an editor's work.
pub fn import(
    root: &Path,
    files: &[PathBuf],
    into: &Path,
    force: bool,
) -> Result<Vec<PathBuf>, Diagnostics> {
    let config = config::Config::load(root)?;
    let entries = content::gazetteer::load(root).map_err(Diagnostics::from_iter)?;
    let gazetteer = annotate::Gazetteer::new(&entries);
    let mut problems = Diagnostics::new();
    let mut written = Vec::new();
    for file in files {
        match import_one(file, into, force, &config, &entries, &gazetteer) {
            Ok(path) => written.push(path),
            Err(list) => problems.extend(list),
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(written)
    }
}

fn import_one(
    file: &Path,
    into: &Path,
    force: bool,
    config: &config::Config,
    entries: &[content::gazetteer::GazetteerEntry],
    gazetteer: &annotate::Gazetteer,
) -> Result<PathBuf, Diagnostics> {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = into.join(format!("{stem}.md"));
    if target.exists() && !force {
        return Err(Diagnostics::from(
            Diagnostic::error(
                diag::Location::file(&target),
                "already exists and may hold your edits; it was not replaced",
            )
            .with_help("edit that file, move it away, or add --force to replace it"),
        ));
    }
    let source = content::read_capture(file).map_err(Diagnostics::from)?;
    let mut problems = Diagnostics::new();
    let articles = clean_all(std::slice::from_ref(&source), config, &mut problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let annotated = articles
        .into_iter()
        .map(|a| annotate::annotate(a, gazetteer))
        .collect();
    let dossier = link::link(annotated, entries)?;
    let text = emit::curated_markdown(&dossier, &dossier.articles[0]);
    fsio::create_dir_all(into)
        .and_then(|()| fsio::write(&target, text.as_bytes()))
        .map_err(|err| Diagnostic::error(diag::Location::file(&target), err.to_string()))?;
    Ok(target)
}

/// Times the link stage on synthetic dossiers of the given sizes (for
/// `dossier bench-link`): (size, duration).
#[doc(hidden)]
pub fn bench_link(sizes: &[usize]) -> Vec<(usize, Duration)> {
    sizes
        .iter()
        .map(|&size| (size, synthetic::time_link(size)))
        .collect()
}

/// Entry points for the fuzz targets in fuzz/: each takes any text and must
/// never panic.
#[doc(hidden)]
pub mod fuzzing {
    use std::path::{Path, PathBuf};

    use crate::{annotate, calendar, clean, config, content};

    /// Cleans and annotates text as a raw capture.
    pub fn clean_capture(text: &str) {
        let source = content::Source {
            path: PathBuf::from("content/articles/fuzz.txt"),
            file_name: "fuzz.txt".into(),
            front_matter: Default::default(),
            front_matter_text: String::new(),
            front_matter_line: 1,
            body: text.into(),
            kind: content::SourceKind::Capture,
        };
        let ctx = clean::CleanContext {
            patterns: clean::Patterns::new(&config::CleanSettings::default()),
            default_offset: Some(420),
            default_lang: "id".into(),
        };
        if let Ok(article) = clean::clean(&source, &ctx) {
            annotate::annotate(article, &annotate::Gazetteer::new(&[]));
        }
    }

    /// Splits and parses front matter.
    pub fn front_matter(text: &str) {
        let path = Path::new("fuzz.md");
        if let Ok(split) = content::front_matter::split(text, path) {
            let _ = content::front_matter::parse::<content::ArticleFrontMatter>(&split, path);
        }
    }

    /// Finds dates, absolute and relative to a fixed publication day.
    pub fn dates(text: &str) {
        let _ = calendar::find_full_dates(text);
        annotate::fuzz_dates(text);
    }
}

/// Writes a deterministic synthetic dossier of `articles` Markdown articles,
/// or raw captures when `captures` (for `dossier generate`).
#[doc(hidden)]
pub fn generate(dir: &Path, articles: usize, captures: bool) -> std::io::Result<()> {
    let format = if captures {
        synthetic::prose::Format::Capture
    } else {
        synthetic::prose::Format::Markdown
    };
    synthetic::write_corpus(dir, articles, format)
}

/// Times `serve`'s work on synthetic dossiers of the given sizes (for
/// `dossier bench-edit`): (size, first build, rebuild after one edit).
#[doc(hidden)]
pub fn bench_edit(sizes: &[usize]) -> Result<Vec<(usize, Duration, Duration)>, String> {
    sizes
        .iter()
        .map(|&size| synthetic::time_edit(size).map(|(a, b)| (size, a, b)))
        .collect()
}

/// The root given, or the current folder.
pub fn root_or_current(root: Option<&Path>) -> PathBuf {
    root.map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
