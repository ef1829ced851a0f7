"""The protocol transcript, redacted where it is recorded."""

from __future__ import annotations

import base64
import threading
import time

from .model import Direction, TranscriptLine

MAX_SHOWN = 1000  # characters of one line kept in the transcript


def secret_forms(secret: str) -> list[str]:
    """The secret and the encodings that carry it on the wire (AUTH PLAIN/LOGIN base64)."""
    if not secret:
        return []
    raw = secret.encode("utf-8", "surrogateescape")
    whole = base64.b64encode(raw).decode()
    forms = {secret, whole, whole[:-4]}
    # Base64 of the secret embedded at any alignment (AUTH PLAIN carries "\0user\0password"):
    # drop the 4-character groups at each end that mix in neighbouring bytes.
    for pad in (b"\0", b"\0\0"):
        enc = base64.b64encode(pad + raw).decode()
        forms.add(enc[4:-4])
    return sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)


def printable(data: bytes) -> str:
    """Bytes from the wire as one readable line: invalid UTF-8 and control bytes escaped."""
    text = data.decode("utf-8", "backslashreplace")
    out = []
    for ch in text:
        if ch == "\t" or (ch >= " " and ch != "\x7f"):
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}")
    line = "".join(out)
    if len(line) > MAX_SHOWN:
        line = f"{line[:MAX_SHOWN]}… ({len(data)} bytes)"
    return line


class Transcript:
    """Append-only, thread-safe. Every line is checked against the run's secrets."""

    def __init__(self, secrets: list[str] | None = None, start: float | None = None) -> None:
        self.start = time.monotonic() if start is None else start
        self._lines: list[TranscriptLine] = []
        self._lock = threading.Lock()
        self._secrets = [form for s in (secrets or []) for form in secret_forms(s)]

    def redact(self, text: str) -> str:
        for form in self._secrets:
            if form in text:
                text = text.replace(form, "[redacted]")
        return text

    def add(self, direction: Direction, text: str, tls: bool = False) -> None:
        line = TranscriptLine((time.monotonic() - self.start) * 1000, direction,
                              self.redact(text), tls)
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
