"""Fixtures for the hardening suite. The shared test bed fixtures come from tests/conftest.py;
``sandbox`` (temporary HOME, XDG and app folders) and ``log_capture`` (the app's log lines at
DEBUG) come from :mod:`tests.support.canary`."""

from __future__ import annotations

import pytest

from tests.support.canary import log_capture, sandbox
from tests.support.checks import warm_up

__all__ = ["log_capture", "sandbox"]  # fixtures, used by name


@pytest.fixture(scope="session")
def warm_engine() -> None:
    warm_up()
