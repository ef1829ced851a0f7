"""Secret redaction: the one place that knows what a password or token looks like in text.

A ``Redactor`` is made per run from the run's secrets (password, OAuth token) and user name. It
finds each secret in the forms that can reach text:

* the secret itself, and as JSON, HTML or the transcript's ``\\xNN`` escapes would show it;
* base64 of the secret, whole or embedded at any alignment, and base64 of the SASL blobs that
  carry it (PLAIN ``\\0user\\0password``, XOAUTH2 and OAUTHBEARER ``…auth=Bearer token…``);
  a match inside a longer base64 run redacts the whole run, so no group at either end stays
  decodable;
* secrets of one to three characters only as a whole token (not inside a longer word or number),
  and as the base64 of their SASL blobs; anything else would blank out ordinary words.

The runner applies it to everything a step produces (summary, facts, advice, the verdict), the
transcript to every line it records; reports and history apply it once more.
"""

from __future__ import annotations

import base64
import html
import json
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from .sanitize import clean_text

MARK = "[redacted]"
SHORT = 4  # secrets shorter than this are matched as whole tokens only
_B64_BODY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _raw(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _b64_forms(secret: str) -> set[str]:
    """Base64 of the secret, whole and at each alignment inside a longer payload."""
    raw = _raw(secret)
    whole = _b64(raw)
    forms = {whole, whole.rstrip("=")}
    if len(whole) > 4:
        forms.add(whole[:-4])
    # Embedded at offset 1 or 2 of a base64 group: drop the groups that mix in other bytes.
    for pad in (b"\0", b"\0\0"):
        forms.add(_b64(pad + raw)[4:-4])
    return {f for f in forms if len(f) >= SHORT}


def _blob_forms(secret: str, username: str) -> set[str]:
    """Base64 of the SASL messages that carry the secret (PLAIN, XOAUTH2, OAUTHBEARER)."""
    blobs = [f"\0{username}\0{secret}", f"{username}\0{username}\0{secret}",
             f"user={username}\x01auth=Bearer {secret}\x01\x01",
             f"n,a={username},\x01auth=Bearer {secret}\x01\x01"]
    forms: set[str] = set()
    for blob in blobs:
        whole = _b64(_raw(blob))
        forms.update({whole, whole.rstrip("=")})
    return forms


def _text_forms(secret: str) -> set[str]:
    """How the secret itself can appear in text: plain, sanitized, JSON, HTML, escaped bytes."""
    forms = {secret, clean_text(secret), json.dumps(secret)[1:-1], html.escape(secret)}
    for encoding in ("latin-1", "cp1252"):
        try:
            data = secret.encode(encoding)
        except UnicodeEncodeError:
            continue
        forms.add(data.decode("utf-8", "backslashreplace"))
    return forms


def secret_forms(secret: str) -> list[str]:
    """The secret and its encodings of four characters or more, longest first."""
    if not secret:
        return []
    forms = {f for f in _text_forms(secret) | _b64_forms(secret) if len(f) >= SHORT}
    return sorted(forms, key=len, reverse=True)


_registered_lock = threading.Lock()
_registered: set[str] = set()
REGISTER_MIN = 8  # OAuth tokens are long; a short value here would blank out ordinary words


def register_secret(secret: str) -> None:
    """Redact ``secret`` in every :class:`Redactor` made from now on in this process.

    For secrets that are not in the run's settings but may still reach text: OAuth access and
    refresh tokens (app.core.oauth registers each one it sees)."""
    if len(secret) >= REGISTER_MIN:
        with _registered_lock:
            _registered.add(secret)


def registered_secrets() -> frozenset[str]:
    with _registered_lock:
        return frozenset(_registered)


def clear_registered() -> None:
    """Forget every registered secret (the test suite, between tests)."""
    with _registered_lock:
        _registered.clear()


class Redactor:
    """Replaces every form of the run's secrets (and the registered ones) with ``[redacted]``."""

    def __init__(self, secrets: Iterable[str] = (), username: str = "") -> None:
        secrets = [*secrets, *registered_secrets()]
        text: set[str] = set()
        b64: set[str] = set()
        short: set[str] = set()
        for secret in (s for s in secrets if s):
            for form in _text_forms(secret):
                (text if len(form) >= SHORT else short).add(form)
            b64 |= _b64_forms(secret) | _blob_forms(secret, username)
        self._text = sorted(text, key=len, reverse=True)
        self._b64 = sorted(b64 - text, key=len, reverse=True)
        self._short: re.Pattern[str] | None = None
        if short:
            alternatives = "|".join(re.escape(s) for s in sorted(short, key=len, reverse=True))
            # A whole token: not inside a word or number, though right after an escaped NUL
            # or \x01 separator (how a server echoing a decoded SASL blob shows it).
            self._short = re.compile(
                rf"(?:(?<=\\x00)|(?<=\\x01)|(?<![0-9A-Za-z]))(?:{alternatives})(?![0-9A-Za-z])")

    @classmethod
    def for_run(cls, data: Mapping[str, Any], secrets: Iterable[str]) -> Redactor:
        """A redactor for a run's ``to_dict()``: its user name from the target."""
        target = data.get("target") or {}
        return cls(secrets, str(target.get("username", "")) if isinstance(target, Mapping) else "")

    def __bool__(self) -> bool:
        return bool(self._text or self._b64 or self._short)

    def scrub(self, text: str) -> str:
        if not self or not text:
            return text
        spans: list[tuple[int, int]] = []
        for form in self._text:
            spans += _find_all(text, form)
        for form in self._b64:
            spans += [_base64_run(text, start, end) for start, end in _find_all(text, form)]
        if self._short is not None:
            spans += [m.span() for m in self._short.finditer(text)]
        if not spans:
            return text
        out: list[str] = []
        cursor = 0
        for start, end in _merge(spans):
            out += [text[cursor:start], MARK]
            cursor = end
        out.append(text[cursor:])
        return "".join(out)

    def scrub_failure(self, failure: Any) -> None:
        """Scrub a classified failure (``summary``, ``facts``, its message) in place."""
        if not self:
            return
        failure.summary = self.scrub(failure.summary)
        failure.facts = self.scrub_value(failure.facts)
        failure.args = tuple(self.scrub(a) if isinstance(a, str) else a for a in failure.args)

    def scrub_value(self, value: Any) -> Any:
        """Every string in a (nested) value scrubbed; dict keys too."""
        if not self:
            return value
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, dict):
            return {self.scrub(k) if isinstance(k, str) else k: self.scrub_value(v)
                    for k, v in value.items()}
        if isinstance(value, list):
            return [self.scrub_value(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.scrub_value(v) for v in value)
        return value


def _find_all(text: str, form: str) -> list[tuple[int, int]]:
    spans = []
    start = text.find(form)
    while start != -1:
        spans.append((start, start + len(form)))
        start = text.find(form, start + 1)
    return spans


def _base64_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a match to the whole base64 run around it (padding only at its end)."""
    while start > 0 and text[start - 1] in _B64_BODY:
        start -= 1
    while end < len(text) and text[end] in _B64_BODY:
        end += 1
    while end < len(text) and text[end] == "=":
        end += 1
    return start, end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
