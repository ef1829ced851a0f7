"""One sanitizer for untrusted text: what servers, certificates, DNS and files say.

Text from the other side of the wire is data from a possible adversary. Before it becomes a fact,
a summary or a transcript line, every character that could steer a terminal, a rich-text view or
the reading order is shown visibly instead of being passed on:

* C0 controls (U+0000–U+001F) but TAB, DEL (U+007F) and C1 controls (U+0080–U+009F, e.g. U+009B,
  the one-byte CSI) as ``\\xNN``; an ANSI or OSC sequence (ESC [ … m, ESC ] 52 ; … for the
  clipboard) therefore arrives as the harmless text ``\\x1b[31m``;
* bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), line and
  paragraph separators (U+2028/U+2029) and the byte-order mark (U+FEFF) as ``\\uNNNN``.

The runner applies it to every summary and fact of every step (``clean_value``), the SMTP channel
to every line it records (``transcript.printable``), so every printer, report, JSON document and
GUI view gets clean text without having to remember it.
"""

from __future__ import annotations

import re
from typing import Any

_BIDI_AND_SEPARATORS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
                       "\u2066\u2067\u2068\u2069\u2028\u2029\ufeff"
# Everything that is escaped. TAB is kept; NEWLINE only where a value is multi-line by nature.
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0a-\\x1f\\x7f-\\x9f{_BIDI_AND_SEPARATORS}]")
_UNSAFE_KEEP_NEWLINE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI_AND_SEPARATORS}]")

# Facts whose value is multi-line text by nature (an internal error's traceback).
MULTILINE_FACTS = frozenset({"traceback"})


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def clean_text(text: str, *, multiline: bool = False) -> str:
    """``text`` with every control, bidi or separator character shown as an escape."""
    pattern = _UNSAFE_KEEP_NEWLINE if multiline else _UNSAFE
    return pattern.sub(_escape, text)


def is_clean(text: str) -> bool:
    return _UNSAFE.search(text) is None


def clean_value(value: Any, *, multiline: bool = False) -> Any:
    """A fact value (str, number, list, tuple, dict, nested) with every string cleaned.

    Dict keys are cleaned too (a server chooses its EHLO keywords); a key in
    ``MULTILINE_FACTS`` keeps the newlines of its value.
    """
    if isinstance(value, str):
        return clean_text(value, multiline=multiline)
    if isinstance(value, dict):
        return {clean_text(str(k)) if isinstance(k, str) else k:
                clean_value(v, multiline=multiline or k in MULTILINE_FACTS)
                for k, v in value.items()}
    if isinstance(value, list):
        return [clean_value(v, multiline=multiline) for v in value]
    if isinstance(value, tuple):
        return tuple(clean_value(v, multiline=multiline) for v in value)
    return value
