"""Secrets in tests: the canary credentials' every encoding, an audit that searches outputs for
them, a sandbox of the places the app writes files, and an in-memory keyring.

``SecretAudit`` collects texts by source (``add``, ``add_result`` for everything derived from a
RunResult, ``add_tree`` for files) and ``assert_clean`` fails on any form of the password or the
token. Adding an output source is one line: a ``(name, render)`` pair in ``RESULT_OUTPUTS`` or an
environment variable in ``WATCHED_DIRS`` (a place the app writes files).
"""

from __future__ import annotations

import base64
import html
import json
import logging
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import keyring
import pytest
from keyring import errors
from keyring.backend import KeyringBackend

from app.core.errors import CheckFailure
from app.core.model import RunResult
from app.core.text import report
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

Backend = TypeVar("Backend", bound=KeyringBackend)

CANARY_TOKEN = "ya29.CanaryT0ken-9f8e7d6c5b4a3210"
#: The proxy's password (a keychain secret with the same rules as the mail password).
CANARY_PROXY_USER = "proxyuser"
CANARY_PROXY_PASSWORD = "Pr0xyCanary-5e6f7a8b"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (not a mock of anything)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise errors.PasswordDeleteError("not found")


@contextmanager
def keyring_restored() -> Iterator[None]:
    """Whatever keyring the block selects, the one selected before is selected again after."""
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@contextmanager
def keyring_selected(backend: Backend) -> Iterator[Backend]:
    """``backend`` is the selected keyring while the block runs (``keyring_restored`` after)."""
    with keyring_restored():
        keyring.set_keyring(backend)
        yield backend


RESULT_OUTPUTS: list[tuple[str, Callable[[RunResult], str]]] = [
    ("str(result)", str),
    ("repr(result)", repr),
    ("json", lambda r: json.dumps(r.to_dict(), ensure_ascii=False)),
    ("json ascii", lambda r: json.dumps(r.to_dict())),
    ("transcript", lambda r: "\n".join(line.render() for line in r.transcript)),
    ("facts", lambda r: repr([s.facts for s in r.steps])),
    ("report json", lambda r: report.render(r, "json")),
    ("report md", lambda r: report.render(r, "md")),
    ("report html", lambda r: report.render(r, "html")),
]
WATCHED_DIRS = ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR", "TMPDIR", "SMTP_DOCTOR_CONFIG_DIR", "SMTP_DOCTOR_DATA_DIR"]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def forbidden_forms(secret: str, user: str = CANARY_USER) -> set[str]:
    """The secret and every encoding of it that a transcript or log could carry."""
    raw = secret.encode("utf-8")
    forms = {secret, html.escape(secret), json.dumps(secret)[1:-1], b64(raw)}
    for offset in range(3):  # the secret starting at each position of a base64 group
        encoded = b64(b"\0" * offset + raw)
        start = 4 if offset else 0  # the first group mixes in bytes before the secret
        end = ((offset + len(raw)) // 3) * 4  # the last group mixes in bytes after it
        if end - start >= 8:
            forms.add(encoded[start:end])
    for wrapped in (f"\0{user}\0{secret}", f"{user}\0{user}\0{secret}",
                    f"user={user}\x01auth=Bearer {secret}\x01\x01",
                    f"n,a={user},\x01auth=Bearer {secret}\x01\x01"):
        forms.add(b64(wrapped.encode("utf-8")))
    return forms




def secret_forms(password: str = CANARY_PASSWORD, user: str = CANARY_USER) -> list[str]:
    """``forbidden_forms`` as a list, shortest first."""
    return sorted(forbidden_forms(password, user), key=len)


PASSWORD_FORMS = secret_forms()
FORMS = sorted(forbidden_forms(CANARY_PASSWORD) | forbidden_forms(CANARY_TOKEN)
               | forbidden_forms(CANARY_PROXY_PASSWORD, CANARY_PROXY_USER), key=len)


@dataclass
class SecretAudit:
    sources: dict[str, str] = field(default_factory=dict)
    extra_forms: list[str] = field(default_factory=list)  # e.g. the OAuth tokens a bed issued

    def add(self, source: str, data: str | bytes) -> None:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        key = source
        n = 2
        while key in self.sources:
            key = f"{source} #{n}"
            n += 1
        self.sources[key] = text

    def add_result(self, result: RunResult) -> None:
        for name, render in RESULT_OUTPUTS:
            self.add(name, render(result))

    def add_exception(self, exc: BaseException) -> None:
        self.add("str(exception)", str(exc))
        self.add("repr(exception)", repr(exc))
        self.add("traceback", "".join(traceback.format_exception(exc)))
        if isinstance(exc, CheckFailure):
            self.add("exception facts", repr(exc.facts))

    def add_tree(self, root: Path) -> int:
        count = 0
        for path in sorted(root.rglob("*")):
            if path.is_file():
                self.add(f"file {path.relative_to(root)}", path.read_bytes())
                count += 1
        return count

    def leaks(self) -> list[tuple[str, str]]:
        return [(source, form) for source, text in self.sources.items()
                for form in (*FORMS, *self.extra_forms) if form in text]

    def assert_clean(self) -> None:
        assert self.sources, "nothing was audited"
        leaks = self.leaks()
        assert not leaks, "secret found in: " + ", ".join(f"{s} ({f!r})" for s, f in leaks[:10])


#: The aiosmtpd test server's own logs, not the app's.
IGNORED_LOGGERS = ("mail.log", "asyncio")


class LogCollect(logging.Handler):
    """Every log line of the app at DEBUG (the test servers' own loggers left out)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(IGNORED_LOGGERS):
            self.lines.append(self.format(record))


@pytest.fixture
def log_capture() -> Iterator[LogCollect]:
    """The root logger at DEBUG into a :class:`LogCollect` while the test runs."""
    handler = LogCollect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Temporary HOME, XDG dirs, TMPDIR and app dirs, set in this process (and for children)."""
    env = {}
    for name in WATCHED_DIRS:
        path = tmp_path / "sandbox" / name.lower()
        path.mkdir(parents=True)
        env[name] = str(path)
        monkeypatch.setenv(name, str(path))
    yield env


def assert_no_secret(*texts: str) -> None:
    """No form of the canary password in any of ``texts``."""
    for text in texts:
        for form in PASSWORD_FORMS:
            assert form not in text, f"secret form {form!r} leaked"
