//! content/ on disk → `Content`: every article (`Source`) and free page
//! (`PageSource`) with its front matter split off and parsed, plus every
//! problem found while reading. The only stage besides write that reads files.

pub mod front_matter;
pub mod gazetteer;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diag::{display_path, line_col, Diagnostic, Diagnostics, Location};
use crate::fsio;
pub use front_matter::{ArticleFrontMatter, PageFrontMatter};

/// Articles larger than this are refused: no news article is this long.
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// How an article file is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    /// A raw capture (`.txt`): text copied from a news page; the tool cleans it.
    Capture,
    /// A curated article (`.md`): clean Markdown.
    Markdown,
}

/// One article file, read and split.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path relative to the dossier root ("content/articles/x.txt").
    pub path: PathBuf,
    /// The file name ("x.txt"), as exported in `source_file`.
    pub file_name: String,
    /// Parsed front matter (all defaults when there is none).
    pub front_matter: ArticleFrontMatter,
    /// The front matter's YAML, for locating semantic errors.
    pub front_matter_text: String,
    /// 1-based line of the file where the front matter's YAML starts.
    pub front_matter_line: usize,
    /// Text after the front matter.
    pub body: std::sync::Arc<str>,
    /// Capture or Markdown.
    pub kind: SourceKind,
}

impl Source {
    /// Where a front matter key is written, for errors about its value.
    pub fn key_location(&self, key: &str) -> Location {
        let prefix = format!("{key}:");
        let line = self
            .front_matter_text
            .lines()
            .position(|line| line.starts_with(&prefix))
            .map_or(self.front_matter_line, |i| self.front_matter_line + i);
        Location::at(&self.path, line, 1)
    }
}

/// One free page (content/pages/*.md).
#[derive(Debug, Clone)]
pub struct PageSource {
    /// Path relative to the dossier root.
    pub path: PathBuf,
    /// File name without extension.
    pub stem: String,
    /// Parsed front matter.
    pub front_matter: PageFrontMatter,
    /// Markdown after the front matter.
    pub body: std::sync::Arc<str>,
}

/// Everything read from content/.
#[derive(Debug, Default)]
pub struct Content {
    /// Articles, sorted by path.
    pub sources: Vec<Source>,
    /// Free pages, sorted by path.
    pub pages: Vec<PageSource>,
}

/// Reads content/articles and content/pages under `root`.
pub fn load(root: &Path) -> (Content, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let article_paths = list_files(root, "content/articles", &mut diagnostics);
    let page_paths = list_files(root, "content/pages", &mut diagnostics);

    let articles: Vec<Result<Option<Source>, Diagnostic>> = article_paths
        .par_iter()
        .map(|path| read_article(root, path))
        .collect();
    let pages: Vec<Result<Option<PageSource>, Diagnostic>> = page_paths
        .par_iter()
        .map(|path| read_page(root, path))
        .collect();

    let mut content = Content::default();
    for result in articles {
        match result {
            Ok(Some(source)) => content.sources.push(source),
            Ok(None) => {}
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    for result in pages {
        match result {
            Ok(Some(page)) => content.pages.push(page),
            Ok(None) => {}
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    (content, diagnostics)
}

/// Files under `root/folder`, sorted, skipping hidden ones; walk errors become diagnostics.
fn list_files(root: &Path, folder: &str, diagnostics: &mut Diagnostics) -> Vec<PathBuf> {
    let dir = root.join(folder);
    if !dir.exists() {
        return Vec::new();
    }
    let mut files = Vec::new();
    let walker = WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => files.push(entry.into_path()),
            Ok(_) => {}
            Err(err) => diagnostics.push(walk_diagnostic(root, &err)),
        }
    }
    files
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn walk_diagnostic(root: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err
        .path()
        .map_or_else(PathBuf::new, |p| display_path(root, p));
    if err.loop_ancestor().is_some() {
        Diagnostic::error(Location::file(path), "symbolic link loop")
            .with_help("remove the link that points back to one of its parent folders")
    } else {
        Diagnostic::error(
            Location::file(path),
            format!("cannot read folder entry: {err}"),
        )
        .with_help("check the file's permissions")
    }
}

/// Reads a file as text, refusing binary, empty and non-UTF-8 files.
fn read_text(root: &Path, path: &Path, max_bytes: usize) -> Result<String, Diagnostic> {
    let shown = display_path(root, path);
    let bytes = fsio::read(path).map_err(|err| {
        Diagnostic::error(Location::file(&shown), err.source.to_string())
            .with_help("check that the file exists and is readable")
    })?;
    if bytes.len() > max_bytes {
        return Err(Diagnostic::error(
            Location::file(&shown),
            format!(
                "file is {} MB, more than the {} MB an article may have",
                bytes.len() >> 20,
                max_bytes >> 20
            ),
        )
        .with_help("split the file or remove it from content/"));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Diagnostic::error(Location::file(&shown), "file is empty")
            .with_help("add the article's text or remove the file"));
    }
    if bytes.contains(&0) {
        return Err(Diagnostic::error(
            Location::file(&shown),
            "binary file (it contains NUL bytes)",
        )
        .with_help("content/ takes text files only: move the file elsewhere"));
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&err.as_bytes()[..valid]).into_owned();
        let (line, col) = line_col(&text, valid);
        Diagnostic::error(Location::at(&shown, line, col), "invalid UTF-8")
            .with_help("re-save the file as UTF-8")
    })
}

fn read_article(root: &Path, path: &Path) -> Result<Option<Source>, Diagnostic> {
    let shown = display_path(root, path);
    let kind = match path.extension().and_then(|e| e.to_str()) {
        Some("txt") => SourceKind::Capture,
        Some("md" | "markdown") => SourceKind::Markdown,
        _ => {
            return Err(Diagnostic::warning(
                Location::file(&shown),
                "ignored: not a .txt or .md file",
            )
            .with_help("articles are .txt captures or .md curated articles"));
        }
    };
    let text = read_text(root, path, MAX_ARTICLE_BYTES)?;
    let split = front_matter::split(&text, &shown)?;
    let front_matter: ArticleFrontMatter = front_matter::parse(&split, &shown)?;
    if front_matter.draft {
        return Ok(None);
    }
    Ok(Some(Source {
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        front_matter_text: split.yaml.unwrap_or_default().to_string(),
        front_matter_line: split.yaml_first_line,
        body: split.body.into(),
        path: shown,
        front_matter,
        kind,
    }))
}

/// The body (the text after the front matter) of an article file, read again
/// to publish its copy; `relative` is the article's path in the dossier.
pub fn read_body(root: &Path, relative: &Path) -> Result<String, Diagnostic> {
    let path = root.join(relative);
    let text = read_text(root, &path, MAX_ARTICLE_BYTES)?;
    let shown = display_path(root, &path);
    Ok(front_matter::split(&text, &shown)?.body.to_string())
}

/// Reads one article file of a dossier again (for `serve`); `None` for a draft.
pub fn read_one(root: &Path, path: &Path) -> Result<Option<Source>, Diagnostic> {
    read_article(root, path)
}

/// Reads one capture or curated article from anywhere (for `dossier import`).
pub fn read_capture(path: &Path) -> Result<Source, Diagnostic> {
    let root = path.parent().unwrap_or(Path::new(""));
    read_article(root, path)?.ok_or_else(|| {
        Diagnostic::error(
            Location::file(path),
            "the article is a draft (`draft: true`)",
        )
        .with_help("remove `draft: true` to import it")
    })
}

fn read_page(root: &Path, path: &Path) -> Result<Option<PageSource>, Diagnostic> {
    let shown = display_path(root, path);
    if path.extension().and_then(|e| e.to_str()) != Some("md") {
        return Err(Diagnostic::warning(
            Location::file(&shown),
            "ignored: pages are .md files",
        ));
    }
    let text = read_text(root, path, MAX_ARTICLE_BYTES)?;
    let split = front_matter::split(&text, &shown)?;
    let front_matter: PageFrontMatter = front_matter::parse(&split, &shown)?;
    if front_matter.draft {
        return Ok(None);
    }
    Ok(Some(PageSource {
        stem: path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        body: split.body.into(),
        path: shown,
        front_matter,
    }))
}
