//! Problems found while building, with where they are: `Location` (path, line,
//! column), `Diagnostic` (one problem, with a hint on what to do) and
//! `Diagnostics` (all problems of a build, printed together and sorted).

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in an input file; line and column are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file, relative to the dossier root where possible.
    pub path: PathBuf,
    /// 1-based line, 0 when the whole file is meant.
    pub line: usize,
    /// 1-based column, 0 when the whole line is meant.
    pub col: usize,
}

impl Location {
    /// The whole file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            line: 0,
            col: 0,
        }
    }

    /// A line and column in a file.
    pub fn at(path: impl Into<PathBuf>, line: usize, col: usize) -> Self {
        Self {
            path: path.into(),
            line,
            col,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display().to_string().replace('\\', "/");
        match (self.line, self.col) {
            (0, _) => write!(f, "{path}"),
            (line, 0) => write!(f, "{path}:{line}"),
            (line, col) => write!(f, "{path}:{line}:{col}"),
        }
    }
}

/// How bad a problem is: errors fail the build, warnings are only listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The build cannot produce a correct site.
    Error,
    /// Worth a look; the build goes on.
    Warning,
}

/// One problem: where, what, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is, when it is in a file.
    pub location: Option<Location>,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at a location.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Self {
            location: Some(location),
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    /// A warning at a location.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(location, message)
        }
    }

    /// Adds what the user should do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    fn sort_key(&self) -> (Option<&Location>, Severity, &str) {
        (self.location.as_ref(), self.severity, &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(f, "{label}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Every problem of one build, collected so that all are reported at once.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No problems yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Takes over the problems of another collection.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// The problems, sorted by file, line, column, severity and message.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        items.dedup();
        items
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Diagnostics {
    /// The problems as `Display` shows them, each error or warning at a line
    /// followed by that line of its file (read from under `root`) and a caret
    /// under the column.
    pub fn with_sources(&self, root: &Path) -> String {
        let mut out = String::new();
        let mut files: std::collections::BTreeMap<&Path, Option<String>> = Default::default();
        for diagnostic in self.sorted() {
            out.push_str(&diagnostic.to_string());
            out.push('\n');
            let Some(location) = diagnostic.location.as_ref().filter(|l| l.line > 0) else {
                continue;
            };
            let text = files
                .entry(&location.path)
                .or_insert_with(|| std::fs::read_to_string(root.join(&location.path)).ok());
            if let Some(line) = text
                .as_deref()
                .and_then(|t| t.lines().nth(location.line - 1))
            {
                out.push_str(&source_excerpt(location, line));
            }
        }
        out
    }
}

/// "   14 | text of the line" and a caret line under the column.
fn source_excerpt(location: &Location, line: &str) -> String {
    let number = location.line.to_string();
    let gutter = " ".repeat(number.len());
    let mut out = format!("  {number} | {line}\n");
    if location.col > 0 {
        let pad: String = line
            .chars()
            .take(location.col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!("  {gutter} | {pad}^\n"));
    }
    out
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Self {
            items: vec![diagnostic],
        }
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Self {
            items: iter.into_iter().collect(),
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in self.sorted() {
            writeln!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

/// A path as shown to the user: relative to `root` when inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// The 1-based line and column of a byte offset in a text.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod source_tests {
    use super::*;

    #[test]
    fn errors_show_their_line_with_a_caret() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "---\ntitle: [x\n---\n").unwrap();
        let problems = Diagnostics::from(Diagnostic::error(Location::at("a.md", 2, 8), "bad"));
        let shown = problems.with_sources(dir.path());
        assert_eq!(
            shown,
            "a.md:2:8: error: bad\n  2 | title: [x\n    |        ^\n"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_prints_as_path_line_col() {
        assert_eq!(
            Location::at("content/x.md", 14, 3).to_string(),
            "content/x.md:14:3"
        );
        assert_eq!(Location::file("site.toml").to_string(), "site.toml");
    }

    #[test]
    fn diagnostics_print_sorted_with_help() {
        let mut all = Diagnostics::new();
        all.push(Diagnostic::error(Location::at("b.md", 1, 1), "second"));
        all.push(Diagnostic::error(Location::at("a.md", 2, 5), "first").with_help("fix it"));
        assert_eq!(
            all.to_string(),
            "a.md:2:5: error: first\n  help: fix it\nb.md:1:1: error: second\n"
        );
        assert_eq!(all.error_count(), 2);
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\nçé x";
        assert_eq!(line_col(text, text.find('x').unwrap()), (2, 4));
    }
}
