//! An empty folder → a new dossier: site.toml, the embedded theme
//! (templates/ and static/), and content/ with an example article, a
//! gazetteer and an about page, ready for `dossier build`.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::fsio;
use crate::render::templates::EMBEDDED;
use crate::site::EMBEDDED_STATIC;

/// The files of a new dossier besides the theme.
const STARTER: &[(&str, &str)] = &[
    ("site.toml", include_str!("scaffold/site.toml")),
    (
        "content/articles/example.txt",
        include_str!("scaffold/example.txt"),
    ),
    (
        "content/entities.yaml",
        include_str!("scaffold/entities.yaml"),
    ),
    ("content/pages/about.md", include_str!("scaffold/about.md")),
];

/// Writes a new dossier into `dir`; a folder that is not empty is refused
/// unless `force`, and then only the dossier's own files are overwritten.
pub fn init(dir: &Path, force: bool) -> Result<Vec<PathBuf>, Diagnostics> {
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied && !force {
        return Err(Diagnostics::from(
            Diagnostic::error(
                Location::file(dir),
                "the folder is not empty; `dossier init` writes only into an empty folder",
            )
            .with_help("choose a new folder, or add --force to write the dossier's files over what is there"),
        ));
    }
    let theme = EMBEDDED
        .iter()
        .map(|(name, text)| (format!("templates/{name}"), text.as_bytes()))
        .chain(
            EMBEDDED_STATIC
                .iter()
                .map(|(name, bytes)| (format!("static/{name}"), *bytes)),
        );
    let starter = STARTER
        .iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes()));
    let mut written = Vec::new();
    let mut problems = Diagnostics::new();
    for (relative, bytes) in starter.chain(theme) {
        let path = dir.join(&relative);
        let result = path
            .parent()
            .map_or(Ok(()), fsio::create_dir_all)
            .and_then(|()| fsio::write(&path, bytes));
        match result {
            Ok(()) => written.push(PathBuf::from(relative)),
            Err(err) => problems.push(Diagnostic::error(Location::file(&path), err.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(written)
    } else {
        Err(problems)
    }
}
