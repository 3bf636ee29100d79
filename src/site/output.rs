//! Rendered files → public/ on disk, atomically: everything is written, as it
//! is rendered, into a hidden staging folder next to the output, which then
//! replaces the old output in one rename, so a failed or interrupted build
//! leaves the last good site. Serve and check keep the files in memory instead.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use crate::diag::{Diagnostic, Location};
use crate::fsio;

/// Every file of the site, by path relative to the output folder: kept in
/// memory (serve, check), or written into a staging folder as it comes, with
/// only its path kept (build), so that a large site never sits in memory whole.
#[derive(Debug, Default)]
pub struct SiteFiles {
    files: BTreeMap<String, Vec<u8>>,
    /// Set: contents are written into this folder at once.
    spill: Option<PathBuf>,
    /// The site being replaced: a file whose bytes it already has is linked
    /// from there instead of written again.
    previous: Option<PathBuf>,
    /// The first write that failed while spilling.
    failed: Option<fsio::FsError>,
}

/// A file on its way into `SiteFiles`, made on any thread by `SiteFiles::stage`.
pub enum Staged {
    /// Contents to keep in memory.
    Kept(String, Vec<u8>),
    /// Already written to the staging folder.
    Written(String),
    /// Writing failed.
    Failed(fsio::FsError),
}

impl SiteFiles {
    /// Files written into `dir` as they are added.
    pub fn spilling_into(dir: PathBuf) -> SiteFiles {
        SiteFiles {
            spill: Some(dir),
            ..SiteFiles::default()
        }
    }

    /// Files written into `dir` as they are added, except that a file
    /// `previous` (the site being replaced) already holds byte for byte is
    /// hard-linked from there: a rebuild writes only what changed.
    pub fn spilling_into_after(dir: PathBuf, previous: PathBuf) -> SiteFiles {
        SiteFiles {
            spill: Some(dir),
            previous: previous.is_dir().then_some(previous),
            ..SiteFiles::default()
        }
    }

    /// Writes the file now when spilling, else hands it back to be kept; safe
    /// to call from many threads at once. Pass the result to `add_staged`.
    pub fn stage(&self, path: String, contents: Vec<u8>) -> Staged {
        match &self.spill {
            None => Staged::Kept(path, contents),
            Some(dir) => {
                let target = dir.join(&path);
                let kept = self.previous.as_ref().is_some_and(|previous| {
                    link_if_same(&previous.join(&path), &target, &contents)
                });
                if !kept && self.previous.is_some() {
                    // A file staged earlier under this path may be a link into
                    // the previous site, which must not be written through.
                    let _ = std::fs::remove_file(&target);
                }
                match kept {
                    true => Staged::Written(path),
                    false => match fsio::write(&target, &contents) {
                        Ok(()) => Staged::Written(path),
                        Err(err) => Staged::Failed(err),
                    },
                }
            }
        }
    }

    /// Like `stage`, for a file written piece by piece by `fill`: when
    /// spilling, straight into its file, so that it is never held in memory
    /// whole. Such a file is always written, never linked from the previous site.
    pub fn stage_streamed(
        &self,
        path: String,
        fill: &dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Staged {
        match &self.spill {
            None => {
                let mut contents = Vec::new();
                match fill(&mut contents) {
                    Ok(()) => Staged::Kept(path, contents),
                    Err(source) => Staged::Failed(fsio::FsError {
                        action: "writing",
                        path,
                        source,
                    }),
                }
            }
            Some(dir) => {
                let target = dir.join(&path);
                if self.previous.is_some() {
                    // See `stage`: never write through a link into the previous site.
                    let _ = std::fs::remove_file(&target);
                }
                match fsio::write_with(&target, fill) {
                    Ok(()) => Staged::Written(path),
                    Err(err) => Staged::Failed(err),
                }
            }
        }
    }

    /// Records a staged file; a later file of the same path replaces an earlier one.
    pub fn add_staged(&mut self, staged: Staged) {
        match staged {
            Staged::Kept(path, contents) => {
                self.files.insert(path, contents);
            }
            Staged::Written(path) => {
                self.files.insert(path, Vec::new());
            }
            Staged::Failed(err) => {
                self.failed.get_or_insert(err);
            }
        }
    }

    /// Adds a file; a later file of the same path replaces an earlier one.
    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        let staged = self.stage(path.into(), contents.into());
        self.add_staged(staged);
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// A file's contents; `None` also for every file when spilling.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        match self.spill {
            None => self.files.get(path).map(Vec::as_slice),
            Some(_) => None,
        }
    }

    /// Every file, by path; the contents are empty when spilling.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, c)| (p.as_str(), c.as_slice()))
    }

    /// The first failed write while spilling, taken out.
    pub fn take_failure(&mut self) -> Option<fsio::FsError> {
        self.failed.take()
    }
}

/// Hard-links `old` to `new` when `old` holds exactly `contents`; false when it
/// does not, or the link cannot be made (then the caller writes the file).
fn link_if_same(old: &Path, new: &Path, contents: &[u8]) -> bool {
    let same_length =
        std::fs::metadata(old).is_ok_and(|m| m.is_file() && m.len() == contents.len() as u64);
    if !same_length || std::fs::read(old).ok().as_deref() != Some(contents) {
        return false;
    }
    new.parent()
        .is_some_and(|folder| fsio::create_dir_all(folder).is_ok())
        && std::fs::hard_link(old, new).is_ok()
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

/// The hidden folder a build writes into, next to the output, which replaces
/// the output only once everything is written (`commit`). Dropped without a
/// commit, it is removed and the previous site stays.
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    retired: PathBuf,
    committed: bool,
}

impl Staging {
    /// An empty staging folder for `output`; clears what interrupted builds left.
    pub fn new(output: &Path) -> Result<Staging, Diagnostic> {
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = output
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        let staging = Staging {
            dir: parent.join(format!(".{name}.building-{}", std::process::id())),
            output: output.to_path_buf(),
            retired: parent.join(format!(".{name}.old-{}", std::process::id())),
            committed: false,
        };
        recover(parent, &name, output);
        fsio::remove_dir_all(&staging.dir)
            .and_then(|()| fsio::create_dir_all(&staging.dir))
            .map_err(|err| staging.failure(err))?;
        Ok(staging)
    }

    /// The folder files are written into.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Puts the staged site in place of the output.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        swap(&self.dir, &self.output, &self.retired).map_err(|err| self.failure(err))?;
        self.committed = true;
        Ok(())
    }

    /// A write error as a diagnostic on the output folder.
    pub fn failure(&self, err: fsio::FsError) -> Diagnostic {
        Diagnostic::error(Location::file(&self.output), err.to_string()).with_help(
            "check that the output folder's parent is writable; the previous site was left as it was",
        )
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fsio::remove_dir_all(&self.dir);
        }
    }
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
    fn a_streamed_file_is_written_into_the_staging_folder_or_kept() {
        let fill = |out: &mut dyn std::io::Write| out.write_all(b"[1,2]\n");
        let mut kept = SiteFiles::default();
        let staged = kept.stage_streamed("data/x.json".into(), &fill);
        kept.add_staged(staged);
        assert_eq!(kept.get("data/x.json"), Some(&b"[1,2]\n"[..]));

        let dir = tempfile::tempdir().unwrap();
        let mut spilled = SiteFiles::spilling_into(dir.path().to_path_buf());
        let staged = spilled.stage_streamed("data/x.json".into(), &fill);
        spilled.add_staged(staged);
        assert!(spilled.take_failure().is_none());
        assert_eq!(
            std::fs::read(dir.path().join("data/x.json")).unwrap(),
            b"[1,2]\n"
        );

        let failing = |_: &mut dyn std::io::Write| Err(std::io::Error::other("disk full"));
        let staged = spilled.stage_streamed("data/y.json".into(), &failing);
        spilled.add_staged(staged);
        let failure = spilled
            .take_failure()
            .expect("the failure is kept")
            .to_string();
        assert!(
            failure.contains("y.json") && failure.contains("disk full"),
            "{failure}"
        );
    }

    #[test]
    fn writing_replaces_the_old_site_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("stale.html"), "old").unwrap();
        let staging = Staging::new(&out).unwrap();
        let mut files = SiteFiles::spilling_into(staging.dir().to_path_buf());
        files.insert("index.html", "new");
        files.insert("a/b/c.txt", "deep");
        assert!(files.take_failure().is_none());
        assert!(
            files.get("index.html").is_none(),
            "spilled files are not kept"
        );
        assert_eq!(files.len(), 2);
        assert!(
            out.join("stale.html").exists(),
            "nothing changes before the commit"
        );
        staging.commit().unwrap();
        assert!(!out.join("stale.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("a/b/c.txt")).unwrap(),
            "deep"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging folder is left behind");
    }

    #[test]
    fn a_file_replaced_after_being_linked_from_the_old_site_leaves_the_old_site_alone() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("css")).unwrap();
        std::fs::write(out.join("css/style.css"), "old").unwrap();
        let staging = Staging::new(&out).unwrap();
        let mut files = SiteFiles::spilling_into_after(staging.dir().to_path_buf(), out.clone());
        files.insert("css/style.css", "old");
        files.insert("css/style.css", "override");
        assert!(files.take_failure().is_none());
        assert_eq!(
            std::fs::read_to_string(out.join("css/style.css")).unwrap(),
            "old"
        );
        assert_eq!(
            std::fs::read_to_string(staging.dir().join("css/style.css")).unwrap(),
            "override"
        );
    }

    #[test]
    fn a_staging_folder_dropped_without_commit_is_removed_and_the_old_site_stays() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("index.html"), "old").unwrap();
        let staging = Staging::new(&out).unwrap();
        let mut files = SiteFiles::spilling_into(staging.dir().to_path_buf());
        files.insert("index.html", "new");
        drop(staging);
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "old"
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "the staging folder is gone");
    }
}
