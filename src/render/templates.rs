//! The theme's Tera templates → a compiled `Templates` set: the default theme
//! embedded in the binary, overridden file by file by the dossier's own
//! templates/. Template errors become diagnostics with file, line and column.

use std::path::{Path, PathBuf};

use serde::Serialize;
use tera::{Context, ErrorKind, Tera};
use walkdir::WalkDir;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::fsio;

/// The default theme's templates, embedded so `dossier` works anywhere.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("sources.html", include_str!("../../templates/sources.html")),
    ("quotes.html", include_str!("../../templates/quotes.html")),
    ("pager.html", include_str!("../../templates/pager.html")),
    (
        "quote_list.html",
        include_str!("../../templates/quote_list.html"),
    ),
    ("search.html", include_str!("../../templates/search.html")),
    (
        "discrepancies.html",
        include_str!("../../templates/discrepancies.html"),
    ),
    (
        "entities.html",
        include_str!("../../templates/entities.html"),
    ),
    ("entity.html", include_str!("../../templates/entity.html")),
    (
        "timeline.html",
        include_str!("../../templates/timeline.html"),
    ),
    (
        "timeline_item.html",
        include_str!("../../templates/timeline_item.html"),
    ),
    (
        "quote_card.html",
        include_str!("../../templates/quote_card.html"),
    ),
    ("page.html", include_str!("../../templates/page.html")),
    ("404.html", include_str!("../../templates/404.html")),
    (
        "article_card.html",
        include_str!("../../templates/article_card.html"),
    ),
];

/// Compiled templates and where each came from (for error locations).
pub struct Templates {
    tera: Tera,
    origins: Vec<(String, PathBuf)>,
    /// The largest page each template has rendered so far, so that the next
    /// one's buffer is allocated at about its size instead of grown and
    /// copied several times.
    largest: std::sync::Mutex<rustc_hash::FxHashMap<String, usize>>,
}

impl Templates {
    /// Compiles the embedded theme with the dossier's templates/ overriding it.
    pub fn load(root: &Path) -> Result<Templates, Diagnostics> {
        let mut sources: Vec<(String, String, PathBuf)> = EMBEDDED
            .iter()
            .map(|(name, text)| {
                (
                    name.to_string(),
                    text.to_string(),
                    PathBuf::from(format!("templates/{name} (default theme)")),
                )
            })
            .collect();
        let mut problems = Diagnostics::new();
        for (name, path) in override_files(root) {
            match fsio::read(&root.join(&path)).map(String::from_utf8) {
                Ok(Ok(text)) => {
                    sources.retain(|(n, _, _)| *n != name);
                    sources.push((name, text, path));
                }
                Ok(Err(_)) => problems.push(Diagnostic::error(
                    Location::file(&path),
                    "template is not valid UTF-8",
                )),
                Err(err) => problems.push(Diagnostic::error(
                    Location::file(&path),
                    err.source.to_string(),
                )),
            }
        }
        if problems.has_errors() {
            return Err(problems);
        }
        let origins: Vec<(String, PathBuf)> = sources
            .iter()
            .map(|(n, _, p)| (n.clone(), p.clone()))
            .collect();
        let mut tera = Tera::new();
        let added =
            tera.add_raw_templates(sources.iter().map(|(n, t, _)| (n.as_str(), t.as_str())));
        let templates = Templates {
            tera,
            origins,
            largest: Default::default(),
        };
        match added {
            Ok(()) => Ok(templates),
            Err(err) => Err(templates.diagnostic(&err, None).into()),
        }
    }

    /// Renders a template with a typed context into the page's bytes: UTF-8
    /// text, as Tera writes nothing else (they go to a file as they are, so
    /// they are not checked again).
    pub fn render<T: Serialize>(&self, name: &str, context: &T) -> Result<Vec<u8>, Diagnostic> {
        let context =
            Context::from_serialize(context).map_err(|err| self.diagnostic(&err, Some(name)))?;
        let mut page = Vec::with_capacity(self.size_hint(name));
        self.tera
            .render_to(name, &context, &mut page)
            .map_err(|err| self.diagnostic(&err, Some(name)))?;
        self.remember_size(name, page.len());
        Ok(page)
    }

    fn size_hint(&self, name: &str) -> usize {
        let largest = self.largest.lock().unwrap_or_else(|e| e.into_inner());
        largest.get(name).copied().unwrap_or(4096)
    }

    fn remember_size(&self, name: &str, size: usize) {
        let mut largest = self.largest.lock().unwrap_or_else(|e| e.into_inner());
        match largest.get_mut(name) {
            Some(known) => *known = (*known).max(size),
            None => {
                largest.insert(name.to_string(), size);
            }
        }
    }

    fn origin(&self, name: &str) -> PathBuf {
        self.origins.iter().find(|(n, _)| n == name).map_or_else(
            || PathBuf::from(format!("templates/{name}")),
            |(_, p)| p.clone(),
        )
    }

    fn diagnostic(&self, err: &tera::Error, rendering: Option<&str>) -> Diagnostic {
        match err.kind() {
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
                let span = report.span();
                let location = Location::at(
                    self.origin(report.filename()),
                    span.start_line,
                    span.start_col + 1,
                );
                let help = if matches!(err.kind(), ErrorKind::SyntaxError(_)) {
                    "fix the template syntax at this place"
                } else {
                    "docs/templates.md lists every variable each template gets"
                };
                Diagnostic::error(location, format!("template: {}", report.message()))
                    .with_help(help)
            }
            ErrorKind::TemplateNotFound(name) | ErrorKind::MissingParent { parent: name, .. } => {
                Diagnostic::error(
                    Location::file(self.origin(rendering.unwrap_or(name))),
                    format!("template {name:?} not found"),
                )
                .with_help("add the template to templates/ or fix its name")
            }
            other => Diagnostic::error(
                Location::file(
                    rendering.map_or_else(|| PathBuf::from("templates"), |n| self.origin(n)),
                ),
                format!("template: {other}"),
            ),
        }
    }
}

/// Template files of the dossier (name relative to templates/, path relative to the root).
fn override_files(root: &Path) -> Vec<(String, PathBuf)> {
    let dir = root.join("templates");
    if !dir.is_dir() {
        return Vec::new();
    }
    WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            matches!(
                e.path().extension().and_then(|x| x.to_str()),
                Some("html" | "xml" | "txt" | "json")
            )
        })
        .filter_map(|e| {
            let name = e
                .path()
                .strip_prefix(&dir)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            let path = e.path().strip_prefix(root).ok()?.to_path_buf();
            Some((name, path))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    /// More fields than Tera scans in a line without the `preserve_order`
    /// feature (six), as many as the largest card has.
    #[derive(Serialize)]
    struct Card {
        url: &'static str,
        title: &'static str,
        outlet: &'static str,
        published: &'static str,
        author: &'static str,
        lang: &'static str,
        kind: &'static str,
        speaker: &'static str,
        verb: &'static str,
        text: &'static str,
        id: &'static str,
        date: &'static str,
    }

    #[derive(Serialize)]
    struct Page {
        card: Card,
    }

    #[test]
    fn a_template_loops_over_a_map_in_the_order_of_its_fields() {
        let page = Page {
            card: Card {
                url: "/a/",
                title: "A",
                outlet: "O",
                published: "2020-01-01",
                author: "W",
                lang: "id",
                kind: "speech",
                speaker: "S",
                verb: "kata",
                text: "T",
                id: "q-1",
                date: "2020",
            },
        };
        let mut tera = tera::Tera::default();
        tera.add_raw_template(
            "t.html",
            "{% for key, value in card %}{{ key }},{% endfor %}|{{ card.date }}",
        )
        .unwrap();
        // Each context has maps of its own: an order that followed a hash
        // seed would differ between them.
        for _ in 0..4 {
            let context = tera::Context::from_serialize(&page).unwrap();
            assert_eq!(
                tera.render("t.html", &context).unwrap(),
                "url,title,outlet,published,author,lang,kind,speaker,verb,text,id,date,|2020"
            );
        }
    }
}
