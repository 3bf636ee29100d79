//! Dossier + rendered pages → `SiteFiles`: every file of the site (HTML pages,
//! annotated Markdown, raw captures, data exports, static assets), assembled in
//! memory in parallel, then written atomically by `output`.

pub mod data;
pub mod feeds;
pub mod links;
pub mod output;
pub mod search;

use crate::link::Entity;
use std::io::{self, Write};
use std::path::Path;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::emit;
use crate::fsio;
use crate::render::{page_path, raw_file_name, Renderer};
pub use output::SiteFiles;
use output::Staged;

/// The default theme's static files, embedded in the binary.
pub const EMBEDDED_STATIC: &[(&str, &[u8])] = &[
    (
        "css/style.css",
        include_bytes!("../../static/css/style.css"),
    ),
    (
        "css/highlight.css",
        include_bytes!("../../static/css/highlight.css"),
    ),
    (
        "css/custom.css",
        include_bytes!("../../static/css/custom.css"),
    ),
    (
        "js/timeline.js",
        include_bytes!("../../static/js/timeline.js"),
    ),
    ("js/search.js", include_bytes!("../../static/js/search.js")),
];

/// A path in the site and its contents.
type SiteFile = (String, Vec<u8>);

/// The files of one article: its page, its annotated Markdown and its raw
/// input (read again from the dossier at `root`).
pub fn article_files(
    renderer: &Renderer<'_>,
    root: &Path,
    index: usize,
) -> Result<[SiteFile; 3], Diagnostic> {
    let dossier = renderer.dossier;
    let article = &dossier.articles[index];
    let base = format!("articles/{}/", article.slug);
    let html = renderer.article(index)?;
    let raw = raw_input(root, &article.annotated.article)?;
    Ok([
        (format!("{base}index.html"), html),
        (
            format!("{base}index.md"),
            emit::article_markdown(dossier, article).into_bytes(),
        ),
        (
            format!("{base}{}", raw_file_name(article)),
            raw.into_bytes(),
        ),
    ])
}

/// The input's body, read again; an error when the file changed since it
/// was annotated (the page and its raw input would disagree).
fn raw_input(root: &Path, article: &crate::clean::Article) -> Result<String, Diagnostic> {
    let body = crate::content::read_body(root, &article.path)?;
    if crate::fingerprint(&[&body]) != article.raw_fingerprint {
        return Err(Diagnostic::error(
            Location::file(&article.path),
            "the file changed while the site was being built",
        )
        .with_help("build again"));
    }
    Ok(body)
}

/// One piece of rendering work: an article's files, an entity page, or one
/// of the dossier-wide pages and exports.
enum Job<'r> {
    Article(usize),
    /// An entity and a page number (from 1) of its page.
    Entity(&'r Entity, usize),
    Single(String, SingleFile<'r>),
}

/// How a dossier-wide file is made: rendered whole, or written piece by piece
/// (the data exports, so that the largest files never sit in memory whole).
enum SingleFile<'r> {
    Whole(Box<dyn Fn() -> Result<Vec<u8>, Diagnostic> + Send + Sync + 'r>),
    Streamed(Box<WriteInto<'r>>),
}

/// Writes a file's contents into the writer it is given.
type WriteInto<'r> = dyn Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'r;

impl<'r> SingleFile<'r> {
    fn whole(make: impl Fn() -> Result<Vec<u8>, Diagnostic> + Send + Sync + 'r) -> Self {
        SingleFile::Whole(Box::new(make))
    }

    fn streamed(write: impl Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'r) -> Self {
        SingleFile::Streamed(Box::new(write))
    }
}

/// The dossier-wide pages and exports, the largest first so that they start
/// early and the per-article work fills in around them.
fn single_files<'r>(renderer: &'r Renderer<'r>) -> Vec<(String, SingleFile<'r>)> {
    let dossier = renderer.dossier;
    let config = renderer.config;
    let page = |f: fn(&Renderer<'r>) -> Result<Vec<u8>, Diagnostic>| -> SingleFile<'r> {
        SingleFile::whole(move || f(renderer))
    };
    let mut list: Vec<(String, SingleFile<'r>)> = Vec::new();
    for number in 1..=renderer.quote_page_count() {
        list.push((
            format!("{}index.html", page_path("quotes/", number)),
            SingleFile::whole(move || renderer.quotes(number)),
        ));
    }
    for number in 1..=renderer.timeline_page_count() {
        list.push((
            format!("{}index.html", page_path("timeline/", number)),
            SingleFile::whole(move || renderer.timeline(number)),
        ));
    }
    list.extend::<[(String, SingleFile<'r>); 14]>([
        (
            "data/search.json".into(),
            SingleFile::streamed(move |out| search::index(dossier, config, out)),
        ),
        (
            "data/quotes.json".into(),
            SingleFile::streamed(move |out| data::quotes_json(dossier, out)),
        ),
        (
            "data/timeline.json".into(),
            SingleFile::streamed(move |out| renderer.timeline_json(out)),
        ),
        (
            "data/events.json".into(),
            SingleFile::streamed(move |out| data::events_json(dossier, out)),
        ),
        (
            "data/articles.json".into(),
            SingleFile::streamed(move |out| data::articles_json(dossier, out)),
        ),
        (
            "data/entities.json".into(),
            SingleFile::streamed(move |out| data::entities_json(dossier, out)),
        ),
        (
            "discrepancies/index.html".into(),
            page(Renderer::discrepancies),
        ),
        ("entities/index.html".into(), page(Renderer::entities)),
        ("index.html".into(), page(Renderer::home)),
        ("sources/index.html".into(), page(Renderer::sources)),
        ("search/index.html".into(), page(Renderer::search)),
        ("404.html".into(), page(Renderer::not_found)),
        (
            "atom.xml".into(),
            SingleFile::whole(move || Ok(feeds::atom(dossier, config).into_bytes())),
        ),
        (
            "robots.txt".into(),
            SingleFile::whole(move || Ok(feeds::robots(config).into_bytes())),
        ),
    ]);
    for free in renderer.pages {
        list.push((
            format!("{}/index.html", free.slug),
            SingleFile::whole(move || renderer.page(free)),
        ));
    }
    list
}

/// Renders every page into `files` (which may write them at once), all in
/// parallel.
pub fn assemble<'r>(
    renderer: &'r Renderer<'r>,
    root: &Path,
    mut files: SiteFiles,
) -> Result<SiteFiles, Diagnostics> {
    let dossier = renderer.dossier;
    let mut problems = Diagnostics::new();
    // Counting an entity's pages finds where it appears, once for all its
    // pages: done for every entity in parallel.
    let entity_pages: Vec<(&Entity, usize)> = dossier
        .entities
        .par_iter()
        .map(|entity| (entity, renderer.entity_page_count(entity)))
        .collect();
    let jobs: Vec<Job<'r>> = single_files(renderer)
        .into_iter()
        .map(|(path, render)| Job::Single(path, render))
        .chain((0..dossier.articles.len()).map(Job::Article))
        .chain(
            entity_pages
                .into_iter()
                .flat_map(|(entity, pages)| (1..=pages).map(move |n| Job::Entity(entity, n))),
        )
        .collect();
    let done: Vec<Result<Vec<Staged>, Diagnostic>> = jobs
        .into_par_iter()
        .with_max_len(1)
        .map(|job| {
            let made: Vec<SiteFile> = match job {
                Job::Single(path, SingleFile::Streamed(write)) => {
                    return Ok(vec![files.stage_streamed(path, &write)]);
                }
                Job::Article(i) => article_files(renderer, root, i)?.into(),
                Job::Entity(entity, number) => vec![(
                    format!(
                        "{}index.html",
                        page_path(&format!("entities/{}/", entity.id), number)
                    ),
                    renderer.entity(entity, number)?,
                )],
                Job::Single(path, SingleFile::Whole(render)) => vec![(path, render()?)],
            };
            Ok(made
                .into_iter()
                .map(|(path, bytes)| files.stage(path, bytes))
                .collect())
        })
        .collect();
    for result in done {
        match result {
            Ok(list) => list.into_iter().for_each(|staged| files.add_staged(staged)),
            Err(problem) => problems.push(problem),
        }
    }
    let config = renderer.config;
    add_static(&mut files, root, &mut problems);

    let sitemap = feeds::sitemap(&files, config);
    files.insert("sitemap.xml", sitemap);
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(files)
    }
}

/// The embedded static files, then the dossier's static/ over them.
fn add_static(files: &mut SiteFiles, root: &Path, problems: &mut Diagnostics) {
    for (path, bytes) in EMBEDDED_STATIC {
        files.insert(*path, *bytes);
    }
    let dir = root.join("static");
    if !dir.is_dir() {
        return;
    }
    for entry in WalkDir::new(&dir).follow_links(true).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                problems.push(Diagnostic::error(
                    Location::file("static"),
                    format!("cannot read static/: {err}"),
                ));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(relative) = entry.path().strip_prefix(&dir) else {
            continue;
        };
        match fsio::read(entry.path()) {
            Ok(bytes) => files.insert(relative.to_string_lossy().replace('\\', "/"), bytes),
            Err(err) => problems.push(Diagnostic::error(
                Location::file(Path::new("static").join(relative)),
                err.source.to_string(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::{CleanContext, Patterns};
    use crate::config::CleanSettings;

    #[test]
    fn the_raw_input_is_read_again_and_must_be_what_was_annotated() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let file = root.join("content/articles/a.md");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "---\ntitle: A\n---\nKim tiba di Moskwa.\n").unwrap();
        let source = crate::content::read_one(root, &file).unwrap().unwrap();
        let ctx = CleanContext {
            patterns: Patterns::new(&CleanSettings::default()),
            default_offset: None,
            default_lang: "id".into(),
        };
        let article = crate::clean::clean(&source, &ctx).unwrap();
        assert_eq!(raw_input(root, &article).unwrap(), "Kim tiba di Moskwa.\n");

        std::fs::write(&file, "---\ntitle: A\n---\nKim tiba di Vladivostok.\n").unwrap();
        let error = raw_input(root, &article).unwrap_err().to_string();
        assert!(
            error.contains("changed while the site was being built"),
            "{error}"
        );
        assert!(error.contains("a.md"), "{error}");

        std::fs::remove_file(&file).unwrap();
        assert!(raw_input(root, &article).is_err());
    }
}
