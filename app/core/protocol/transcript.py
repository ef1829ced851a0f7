"""The protocol transcript, redacted where it is recorded."""

from __future__ import annotations

import threading
import time

from ..model import Direction, TranscriptLine
from ..text.redact import Redactor, secret_forms
from ..text.sanitize import clean_text

__all__ = ["MAX_SHOWN", "Transcript", "printable", "secret_forms"]

MAX_SHOWN = 1000  # characters of one line kept in the transcript


def printable(data: bytes) -> str:
    """Bytes from the wire as one readable line: invalid UTF-8 and control bytes escaped."""
    line = clean_text(data.decode("utf-8", "backslashreplace"))
    if len(line) > MAX_SHOWN:
        line = f"{line[:MAX_SHOWN]}… ({len(data)} bytes)"
    return line


class Transcript:
    """Append-only, thread-safe. Every line is checked against the run's secrets."""

    def __init__(self, secrets: list[str] | None = None, start: float | None = None,
                 username: str = "") -> None:
        self.start = time.monotonic() if start is None else start
        self._lines: list[TranscriptLine] = []
        self._lock = threading.Lock()
        self.redactor = Redactor(secrets or (), username)

    def redact(self, text: str) -> str:
        return self.redactor.scrub(text)

    def add(self, direction: Direction, text: str, tls: bool = False) -> None:
        line = TranscriptLine((time.monotonic() - self.start) * 1000, direction,
                              self.redact(clean_text(text)), tls)
        with self._lock:
            self._lines.append(line)

    def note(self, text: str, tls: bool = False) -> None:
        self.add("*", text, tls)

    def __len__(self) -> int:
        with self._lock:
            return len(self._lines)

    def since(self, index: int) -> list[TranscriptLine]:
        with self._lock:
            return list(self._lines[index:])
