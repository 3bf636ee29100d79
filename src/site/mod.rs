//! Dossier + rendered pages → `SiteFiles`: every file of the site (HTML pages,
//! annotated Markdown, raw captures, data exports, static assets), assembled in
//! memory in parallel, then written atomically by `output`.

pub mod data;
pub mod feeds;
pub mod links;
pub mod output;
pub mod search;

use std::path::Path;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::emit;
use crate::fsio;
use crate::render::{raw_file_name, Renderer};
pub use output::SiteFiles;

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
        "js/timeline.js",
        include_bytes!("../../static/js/timeline.js"),
    ),
    ("js/search.js", include_bytes!("../../static/js/search.js")),
];

/// A path in the site and its contents.
type SiteFile = (String, Vec<u8>);

/// Renders every page and gathers every file of the site.
/// The files of one article: its page, its annotated Markdown and its raw input.
pub fn article_files(renderer: &Renderer<'_>, index: usize) -> Result<[SiteFile; 3], Diagnostic> {
    let dossier = renderer.dossier;
    let article = &dossier.articles[index];
    let base = format!("articles/{}/", article.slug);
    let html = renderer.article(index)?;
    Ok([
        (format!("{base}index.html"), html.into_bytes()),
        (
            format!("{base}index.md"),
            emit::article_markdown(dossier, article).into_bytes(),
        ),
        (
            format!("{base}{}", raw_file_name(article)),
            article.annotated.article.raw_body.clone().into_bytes(),
        ),
    ])
}

pub fn assemble(renderer: &Renderer<'_>, root: &Path) -> Result<SiteFiles, Diagnostics> {
    let dossier = renderer.dossier;
    let mut files = SiteFiles::default();
    let mut problems = Diagnostics::new();

    let article_files: Vec<Result<[SiteFile; 3], Diagnostic>> = (0..dossier.articles.len())
        .into_par_iter()
        .map(|i| article_files(renderer, i))
        .collect();
    for result in article_files {
        match result {
            Ok(list) => list
                .into_iter()
                .for_each(|(path, bytes)| files.insert(path, bytes)),
            Err(problem) => problems.push(problem),
        }
    }
    let entity_pages: Vec<Result<SiteFile, Diagnostic>> = dossier
        .entities
        .par_iter()
        .map(|entity| {
            let html = renderer.entity(entity)?;
            Ok((
                format!("entities/{}/index.html", entity.id),
                html.into_bytes(),
            ))
        })
        .collect();
    for result in entity_pages {
        match result {
            Ok((path, bytes)) => files.insert(path, bytes),
            Err(problem) => problems.push(problem),
        }
    }

    let mut add = |path: String, page: Result<String, Diagnostic>| match page {
        Ok(html) => files.insert(path, html),
        Err(problem) => problems.push(problem),
    };
    add("index.html".into(), renderer.home());
    add("sources/index.html".into(), renderer.sources());
    add("quotes/index.html".into(), renderer.quotes());
    add("search/index.html".into(), renderer.search());
    add("entities/index.html".into(), renderer.entities());
    add("timeline/index.html".into(), renderer.timeline());
    add("discrepancies/index.html".into(), renderer.discrepancies());
    add("404.html".into(), renderer.not_found());
    for page in renderer.pages {
        add(format!("{}/index.html", page.slug), renderer.page(page));
    }

    files.insert("data/articles.json", data::articles_json(dossier));
    files.insert("data/quotes.json", data::quotes_json(dossier));
    files.insert("data/entities.json", data::entities_json(dossier));
    files.insert("data/events.json", data::events_json(dossier));
    files.insert("data/timeline.json", renderer.timeline_json());
    let config = renderer.config;
    files.insert("atom.xml", feeds::atom(dossier, config));
    files.insert("robots.txt", feeds::robots(config));
    files.insert("data/search.json", search::index(dossier, config));
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
