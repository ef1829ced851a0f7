"""Files the app creates. Its own folders and database are private: 0700 / 0600 whatever the
umask. Documents the user asks for (reports) are created like any program's output: 0666 less
the user's umask. On Windows ``chmod`` only sets the read-only flag; these calls stay harmless
there (owner-writable modes never make a file read-only)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..text.i18n import msg

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_BINARY = getattr(os, "O_BINARY", 0)


def private_dir(path: Path) -> Path:
    """Create ``path`` (with its parents) if it is missing; the folder we create is 0700.
    A folder that exists already is the user's choice and keeps its mode."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_DIR)
    return path


def make_private(path: Path) -> None:
    """chmod 0600 if the file exists (no error if it does not, or cannot be changed)."""
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def create_private(path: Path) -> None:
    """Create an empty file 0600 unless it exists (then only its mode is set)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _BINARY, PRIVATE_FILE))
    make_private(path)


def write_atomic(target: Path, text: str, *, private: bool = False) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``target`` atomically: a new file in the same
    folder, then ``os.replace``, so a reader never sees half a file and a failed write leaves the
    old one. A private file (profiles) is 0600; a document (a report, a CSV) is created with the
    user's umask, and over an existing file it keeps that file's mode."""
    fd, tmp = _new_sibling(target, PRIVATE_FILE if private else 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if private:
            make_private(tmp)
        elif target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def _new_sibling(target: Path, mode: int) -> tuple[int, Path]:
    """A new file next to ``target``, opened for writing and created with ``mode`` less the
    umask (``mkstemp`` would always make it 0600)."""
    folder = target.parent if str(target.parent) else Path(".")
    for _ in range(100):
        tmp = folder / f".{target.name}.{os.urandom(4).hex()}.tmp"
        try:
            return os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _BINARY, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(msg("cannot create a temporary file in {folder}", folder=folder))
