//! File system calls whose errors name the path: "reading `content/x.md`:
//! permission denied" instead of a bare "permission denied".

use std::fs;
use std::io;
use std::path::Path;

/// An I/O error together with what was being done to which path.
#[derive(Debug)]
pub struct FsError {
    /// "reading", "writing", …
    pub action: &'static str,
    /// The path, as given.
    pub path: String,
    /// The underlying error.
    pub source: io::Error,
}

impl std::fmt::Display for FsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} `{}`: {}", self.action, self.path, self.source)
    }
}

impl std::error::Error for FsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

fn wrap<T>(action: &'static str, path: &Path, result: io::Result<T>) -> Result<T, FsError> {
    result.map_err(|source| FsError {
        action,
        path: path.display().to_string(),
        source,
    })
}

/// Reads a whole file as bytes.
pub fn read(path: &Path) -> Result<Vec<u8>, FsError> {
    wrap("reading", path, fs::read(path))
}

/// Writes a whole file, creating its parent folders.
pub fn write(path: &Path, contents: &[u8]) -> Result<(), FsError> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    wrap("writing", path, fs::write(path, contents))
}

/// Writes a file piece by piece through a buffer, creating its parent
/// folders: `fill` gets the writer.
pub fn write_with(
    path: &Path,
    fill: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
) -> Result<(), FsError> {
    if let Some(parent) = path.parent() {
        create_dir_all(parent)?;
    }
    let written = fs::File::create(path).and_then(|file| {
        let mut out = io::BufWriter::with_capacity(1 << 17, file);
        fill(&mut out)?;
        io::Write::flush(&mut out)
    });
    wrap("writing", path, written)
}

/// Creates a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<(), FsError> {
    wrap("creating folder", path, fs::create_dir_all(path))
}

/// Removes a folder and everything in it; a missing folder is fine.
pub fn remove_dir_all(path: &Path) -> Result<(), FsError> {
    match fs::remove_dir_all(path) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        other => wrap("removing", path, other),
    }
}

/// Renames a file or folder.
pub fn rename(from: &Path, to: &Path) -> Result<(), FsError> {
    wrap("renaming", from, fs::rename(from, to))
}
