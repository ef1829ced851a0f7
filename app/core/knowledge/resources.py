"""Where the top-level ``resources/`` folder lives, from source or in a PyInstaller bundle, and
``load_toml`` to read a TOML file from it."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path


def _resources_root() -> str:
    """What ``resources_dir`` says, as a string: os.path, not pathlib, which a check would
    otherwise import only for this (with urllib.parse, ~2 ms per CLI start)."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return os.path.join(str(sys._MEIPASS), "resources")
    app_dir = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
    installed = os.path.join(app_dir, "resources")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(app_dir), "resources")


def resources_dir() -> Path:
    """The ``resources/`` folder: in the PyInstaller bundle when frozen; ``app/resources`` in
    an installed wheel (setup.py installs the repository's ``resources/`` there); else the
    repository root's (a source checkout, an editable install)."""
    from pathlib import Path

    return Path(_resources_root())


def resource_path(name: str) -> Path:
    """Path of a file under ``resources/`` (``name`` may contain ``/``)."""
    return resources_dir() / name


def toml_digest(raw: bytes) -> str:
    """SHA-256 of a TOML file's bytes with CRLF read as LF (a Windows checkout may convert the
    line ends; TOML reads either as a newline, tools/gen_toml_snapshots.py checks it)."""
    import hashlib

    return hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()


def load_toml(name: str) -> dict[str, Any]:
    """The parsed TOML file ``resources/name``, as ``tomllib.load`` gives it (its errors too).

    Files a check reads at every run have a snapshot (app/core/knowledge/toml_snapshots.py,
    written by tools/gen_toml_snapshots.py): the data as JSON with the SHA-256 of the file it
    came from. When the file still has that digest the JSON is read (~0.1 ms) instead of
    parsing the TOML (~8 ms for providers.toml, plus importing tomllib); an edited file is
    parsed as before, so a stale snapshot costs time, never correctness."""
    with open(os.path.join(_resources_root(), name), "rb") as fh:
        raw = fh.read()
    from .toml_snapshots import SNAPSHOTS

    snapshot = SNAPSHOTS.get(name)
    if snapshot is not None and snapshot[0] == toml_digest(raw):
        data: dict[str, Any] = json.loads(snapshot[1])
        return data
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib.loads(raw.decode())


def str_tuple(value: Any, file: str, where: str) -> tuple[str, ...]:
    """A TOML list of strings as a tuple (None is empty); a ValueError naming ``file`` and
    ``where`` for anything else, so a broken knowledge-base file says where it is broken."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{file}: {where} must be a list of strings")
    return tuple(value)
