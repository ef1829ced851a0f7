"""Where the top-level ``resources/`` folder lives, from source or in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The ``resources/`` folder: in the PyInstaller bundle when frozen; ``app/resources`` in
    an installed wheel (setup.py installs the repository's ``resources/`` there); else the
    repository root's (a source checkout, an editable install)."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(str(sys._MEIPASS)) / "resources"
    here = Path(__file__).resolve()
    installed = here.parents[2] / "resources"
    if installed.is_dir():
        return installed
    return here.parents[3] / "resources"


def resource_path(name: str) -> Path:
    """Path of a file under ``resources/`` (``name`` may contain ``/``)."""
    return resources_dir() / name


def str_tuple(value: Any, file: str, where: str) -> tuple[str, ...]:
    """A TOML list of strings as a tuple (None is empty); a ValueError naming ``file`` and
    ``where`` for anything else, so a broken knowledge-base file says where it is broken."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{file}: {where} must be a list of strings")
    return tuple(value)
