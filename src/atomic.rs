//! Writing a file so that a crash, a full disk or Ctrl-C leaves either the old file or the new one,
//! never half of one: a temporary file in the same directory, flushed to disk, renamed over.
//!
//! The target is what the user named: a symbolic link is followed (the file it points to is
//! replaced, the link stays), an existing file keeps its permissions, and anything that is not a
//! regular file (a directory, a device, a pipe) is refused rather than replaced.

use std::io::Write;
use std::path::{Path, PathBuf};

/// How many links deep a chain of symbolic links is followed.
const MAX_LINKS: usize = 16;

/// The regular file `path` stands for: itself, or where its symbolic links lead (which need not
/// exist yet). Errors for a directory, device, pipe or socket, and for a loop of links.
pub fn resolve_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(p),
            Err(e) => return Err(e),
            Ok(m) if m.file_type().is_symlink() => {
                let next = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
            }
            Ok(m) if m.is_file() => return Ok(p),
            Ok(m) => {
                let what = if m.is_dir() {
                    "a directory"
                } else {
                    "not a regular file (a device, pipe or socket)"
                };
                return Err(std::io::Error::other(format!(
                    "{} is {what}; cpaws only writes regular files",
                    p.display()
                )));
            }
        }
    }
    Err(std::io::Error::other(format!(
        "{} is a chain of more than {MAX_LINKS} symbolic links",
        path.display()
    )))
}

/// The directory `path` is in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A temporary file beside `target`, named `PREFIX…`, for a download written as it arrives: it is
/// deleted when dropped (an error, a signal), and put in place by [`persist`] once whole.
pub fn temp_beside(target: &Path, prefix: &str) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(prefix)
        .tempfile_in(parent_dir(target))
}

/// Put a finished temporary file (already synced) in place: over an existing file with
/// `replace`, else only where there is none.
pub fn persist(tmp: tempfile::NamedTempFile, target: &Path, replace: bool) -> std::io::Result<()> {
    let done = if replace {
        tmp.persist(target)
    } else {
        tmp.persist_noclobber(target)
    };
    done.map(|_| ()).map_err(|e| e.error)
}

/// Write `bytes` to `path` atomically (the parent directory must exist).
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = resolve_target(path)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent_dir(&target))?;
    tmp.write_all(bytes)?;
    if let Ok(meta) = std::fs::metadata(&target) {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map(|_| ()).map_err(|e| e.error)
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_the_file_whole_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.json");
        super::write(&p, b"old").unwrap();
        super::write(&p, b"new").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(super::write(&dir.path().join("missing/f"), b"x").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symlink_and_refuses_devices_and_directories() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        std::fs::write(&real, b"old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("real.md", &link).unwrap();
        super::write(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        // A dangling link creates the file it points to.
        let dangling = dir.path().join("d.md");
        std::os::unix::fs::symlink("created.md", &dangling).unwrap();
        super::write(&dangling, b"x").unwrap();
        assert_eq!(std::fs::read(dir.path().join("created.md")).unwrap(), b"x");
        assert!(super::write(std::path::Path::new("/dev/null"), b"x").is_err());
        assert!(super::write(dir.path(), b"x").is_err());
        // A loop of links is an error, not a hang.
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink("b", &a).unwrap();
        std::os::unix::fs::symlink("a", &b).unwrap();
        assert!(super::write(&a, b"x").is_err());
    }
}
