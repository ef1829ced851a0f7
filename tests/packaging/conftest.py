"""Packaging tests. ``packaging``-marked tests build the app with PyInstaller (about a minute)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Registered here too, so that --strict-markers accepts it before pyproject.toml lists it.
    config.addinivalue_line(
        "markers", "packaging: builds the frozen app with PyInstaller and runs it (slow)")
