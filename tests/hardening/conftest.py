"""Fixtures for the hardening suite. The shared test bed fixtures come from tests/conftest.py;
``sandbox`` (temporary HOME, XDG and app folders) comes from :mod:`tests.support.canary`."""

from __future__ import annotations

import pytest

from tests.support.canary import sandbox
from tests.support.checks import warm_up

__all__ = ["sandbox"]  # a fixture, used by name


@pytest.fixture(scope="session")
def warm_engine() -> None:
    warm_up()
