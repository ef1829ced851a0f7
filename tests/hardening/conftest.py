"""Fixtures for the hardening suite. The shared test bed fixtures come from tests/conftest.py."""

from __future__ import annotations

import pytest

from tests.hardening.util import warm_up


@pytest.fixture(scope="session")
def warm_engine() -> None:
    warm_up()
