"""Where the top-level ``resources/`` folder lives, from source or in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: in the PyInstaller bundle when frozen, else the repo root's."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(str(sys._MEIPASS)) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def resource_path(name: str) -> Path:
    """Path of a file under ``resources/`` (``name`` may contain ``/``)."""
    return resources_dir() / name
