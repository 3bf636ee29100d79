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
    let file = create_in_folders(path)?;
    wrap("writing", path, io::Write::write_all(&mut &file, contents))
}

/// Writes a file piece by piece through a buffer, creating its parent
/// folders: `fill` gets the writer.
pub fn write_with(
    path: &Path,
    fill: &dyn Fn(&mut dyn io::Write) -> io::Result<()>,
) -> Result<(), FsError> {
    let file = create_in_folders(path)?;
    let mut out = io::BufWriter::with_capacity(1 << 17, file);
    let written = fill(&mut out).and_then(|()| io::Write::flush(&mut out));
    wrap("writing", path, written)
}

/// Creates (or empties) a file, and its parent folders when they are
/// missing. The file is tried first: a site writes many files into each
/// folder, and asking for a folder that exists costs as much as a file.
fn create_in_folders(path: &Path) -> Result<fs::File, FsError> {
    match fs::File::create(path) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                create_dir_all(parent)?;
            }
            wrap("writing", path, fs::File::create(path))
        }
        other => wrap("writing", path, other),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_written_into_missing_and_existing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("a/b/index.html");
        let second = dir.path().join("a/b/index.md");
        write(&first, b"one").unwrap();
        write(&second, b"two").unwrap();
        write(&first, b"three").unwrap();
        let streamed = dir.path().join("c/d.json");
        write_with(&streamed, &|out| out.write_all(b"[]")).unwrap();
        assert_eq!(fs::read(&first).unwrap(), b"three");
        assert_eq!(fs::read(&second).unwrap(), b"two");
        assert_eq!(fs::read(&streamed).unwrap(), b"[]");
    }

    #[test]
    fn a_file_where_a_folder_should_be_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("a"), b"file").unwrap();
        let err = write(&dir.path().join("a/b.html"), b"x").unwrap_err();
        assert!(err.path.ends_with("b.html"), "{err}");
    }
}
