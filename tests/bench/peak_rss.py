"""Peak resident memory of a command, measured right.

`ru_maxrss` from `os.wait4` on a child that Python started is wrong for anything smaller than the
Python process: the child is forked (or vforked) from Python, and the kernel carries the pre-exec
resident size (Python's) into the child's high-water mark. GNU time forks the command from a ~1 MiB
process, so its `%M` is the command's own peak. Without GNU time there is no figure (None).
"""
import os, shutil, tempfile

GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else shutil.which("gtime")


def wrap(argv):
    """argv run under GNU time; returns (argv, report path) or (argv, None) without GNU time."""
    if not GNU_TIME:
        return list(argv), None
    fd, path = tempfile.mkstemp(prefix="cpaws-rss-")
    os.close(fd)
    return [GNU_TIME, "-f", "%M", "-o", path, "--"] + list(argv), path


def read(path):
    """The peak RSS in MiB from a report written by `wrap`'s command (None without one)."""
    if path is None:
        return None
    try:
        with open(path) as f:
            lines = [l.strip() for l in f if l.strip()]
        return int(lines[-1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return None
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
