//! Site files in memory → public/ on disk, atomically: everything is written
//! into a hidden folder next to the output, which then replaces the old output
//! in one rename, so a failed or interrupted build leaves the last good site.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::diag::{Diagnostic, Location};
use crate::fsio;

/// Every file of the site, by path relative to the output folder.
#[derive(Debug, Default)]
pub struct SiteFiles {
    files: BTreeMap<String, Vec<u8>>,
}

impl SiteFiles {
    /// Adds a file; a later file of the same path replaces an earlier one.
    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), contents.into());
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// A file's contents.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Every file, by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, c)| (p.as_str(), c.as_slice()))
    }
}

/// Refuses an output folder that would destroy the dossier: its root, content/,
/// templates/, static/, or any folder that contains one of them.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let root = absolute(root);
    let output = absolute(output);
    let protected = [
        root.clone(),
        root.join("content"),
        root.join("templates"),
        root.join("static"),
        root.join("src"),
    ];
    if protected.iter().any(|p| p.starts_with(&output)) {
        return Err(Diagnostic::error(
            Location::file(
                output
                    .file_name()
                    .map_or_else(|| PathBuf::from("/"), PathBuf::from),
            ),
            "refusing to build into this folder: it is or contains the dossier's own files",
        )
        .with_help("choose an output folder such as public/ with --output"));
    }
    Ok(())
}

fn absolute(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    std::fs::canonicalize(&out).unwrap_or(out)
}

/// Writes the site into `output`, replacing what was there only once all is written.
pub fn write_atomically(files: &SiteFiles, output: &Path) -> Result<(), Diagnostic> {
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = output
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.building-{}", std::process::id()));
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    recover(parent, &name, output);
    let result = write_all(files, &staging).and_then(|()| swap(&staging, output, &retired));
    if result.is_err() {
        let _ = fsio::remove_dir_all(&staging);
    }
    result.map_err(|err| {
        Diagnostic::error(Location::file(output), err.to_string())
            .with_help("check that the output folder's parent is writable; the previous site was left as it was")
    })
}

/// Swaps two folders in one atomic step (Linux renameat2 RENAME_EXCHANGE), so
/// that the output folder is never missing, even if the build is killed.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> bool {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let (Ok(a), Ok(b)) = (
        CString::new(a.as_os_str().as_bytes()),
        CString::new(b.as_os_str().as_bytes()),
    ) else {
        return false;
    };
    // SAFETY: both paths are valid NUL-terminated strings that live for the call.
    let result = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    result == 0
}

/// Elsewhere the two-rename swap is used.
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> bool {
    false
}

/// Removes what an interrupted earlier build left next to the output: its
/// staging folder, and puts back a retired site if the output went missing.
fn recover(parent: &Path, name: &str, output: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let mine = std::process::id().to_string();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let staging = file_name.starts_with(&format!(".{name}.building-"));
        let retired = file_name.starts_with(&format!(".{name}.old-"));
        if file_name.ends_with(&mine) || !(staging || retired) {
            continue;
        }
        if retired && !output.exists() {
            let _ = fsio::rename(&entry.path(), output);
        } else {
            let _ = fsio::remove_dir_all(&entry.path());
        }
    }
}

/// Writes every file: the folders first, then the files in parallel.
fn write_all(files: &SiteFiles, dir: &Path) -> Result<(), fsio::FsError> {
    use rayon::prelude::*;
    fsio::remove_dir_all(dir)?;
    fsio::create_dir_all(dir)?;
    let folders: std::collections::BTreeSet<&str> = files
        .files
        .keys()
        .filter_map(|path| path.rsplit_once('/').map(|(folder, _)| folder))
        .collect();
    for folder in folders {
        fsio::create_dir_all(&dir.join(folder))?;
    }
    let entries: Vec<(&String, &Vec<u8>)> = files.files.iter().collect();
    entries
        .par_iter()
        .try_for_each(|(path, contents)| fsio::write(&dir.join(path), contents))
}

fn swap(staging: &Path, output: &Path, retired: &Path) -> Result<(), fsio::FsError> {
    if output.exists() && exchange(staging, output) {
        // The new site is in place in one step; the old one is now at `staging`.
        return fsio::remove_dir_all(staging);
    }
    if output.exists() {
        fsio::rename(output, retired)?;
        if let Err(err) = fsio::rename(staging, output) {
            let _ = fsio::rename(retired, output);
            return Err(err);
        }
        fsio::remove_dir_all(retired)
    } else {
        fsio::rename(staging, output)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_into_the_root_or_content_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_output_dir(root, root).is_err());
        assert!(check_output_dir(root, &root.join("content")).is_err());
        assert!(check_output_dir(root, &root.join("..")).is_err());
        assert!(check_output_dir(root, &root.join("public")).is_ok());
    }

    #[test]
    fn writing_replaces_the_old_site_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("stale.html"), "old").unwrap();
        let mut files = SiteFiles::default();
        files.insert("index.html", "new");
        files.insert("a/b/c.txt", "deep");
        write_atomically(&files, &out).unwrap();
        assert!(!out.join("stale.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("a/b/c.txt")).unwrap(),
            "deep"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging folder is left behind");
    }
}
