"""Text in columns by the width a console shows it, not by len(): a CJK character (East Asian
"Wide" or "Fullwidth") takes two columns, a combining mark none. Used wherever a text table is
padded or wrapped (the CLI's step lines, its candidate and recipient lists, --help) so that
Japanese and Chinese rows line up like English ones."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def ljust(text: str, width: int) -> str:
    """``text`` padded with spaces on the right to ``width`` columns (as is when wider)."""
    return text + " " * max(0, width - display_width(text))


def rjust(text: str, width: int) -> str:
    """``text`` padded with spaces on the left to ``width`` columns (as is when wider)."""
    return " " * max(0, width - display_width(text)) + text


# what must not start a line in Japanese and Chinese: it stays with the character before it
_NO_LINE_START = set("、。，．）」』】〕：；！？・ーゝゞ々…")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _chunks(text: str) -> list[str]:
    """The pieces wrapping keeps whole: a word with the spaces after it, or one wide character
    with the punctuation that must not start a line after it."""
    chunks: list[str] = []
    for ch in text:
        last = chunks[-1] if chunks else ""
        joins = bool(last) and (ch.isspace() or ch in _NO_LINE_START or (
            not _wide(ch) and not _wide(last[-1]) and not last[-1].isspace()))
        if joins:
            chunks[-1] = last + ch
        else:
            chunks.append(ch)
    return chunks


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` display columns, broken at spaces and between
    wide characters (Japanese and Chinese have no spaces); a longer word gets a line of its
    own."""
    lines: list[str] = []
    line = ""
    for chunk in _chunks(text):
        if line and display_width((line + chunk).rstrip()) > width:
            lines.append(line.rstrip())
            line = chunk.lstrip()
        else:
            line += chunk
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


__all__ = ["display_width", "ljust", "rjust", "wrap"]
