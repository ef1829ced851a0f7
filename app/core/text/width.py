"""Text in columns by the width a console shows it, not by len(): a CJK character (East Asian
"Wide" or "Fullwidth") takes two columns, a combining mark none. Used wherever a text table is
padded (the CLI's step lines, its candidate and recipient lists) so that Japanese and Chinese
rows line up like English ones."""

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


__all__ = ["display_width", "ljust", "rjust"]
