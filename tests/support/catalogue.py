"""Is a text the catalogue's text? For tests that run the engine in a language and check that
what it wrote for people went through ``msg()``: ``says(text, english, lang)`` is True when
``text`` is ``english``'s entry in ``lang`` (the pseudo-locale's form for ``"pseudo"``, the
English itself for ``"en"``) with any values in its placeholders; ``assert_says`` also fails
when a translated text is still the English one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from app.core.text.i18n import PSEUDO, SOURCE, catalogue, pseudo, set_language

English = str | tuple[str, str]  # a message, or a plural's (singular, plural)


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """The engine speaks ``lang`` inside the block, the environment's language after it."""
    set_language(lang)
    try:
        yield lang
    finally:
        set_language(None)


def forms(english: English, lang: str) -> list[str]:
    """Every form ``english`` can take in ``lang`` (a plural has several)."""
    singular, plural = english if isinstance(english, tuple) else (english, english)
    if lang == SOURCE:
        return sorted({singular, plural})
    if lang == PSEUDO:
        return sorted({pseudo(singular), pseudo(plural)})
    entry = catalogue(lang, "messages").get(plural)
    assert entry, f"{plural!r} has no {lang} entry"
    return sorted(entry.values()) if isinstance(entry, Mapping) else [str(entry)]


def _pattern(form: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+(?::[^{}]*)?\}", form)
    return re.compile("(.*?)".join(re.escape(p) for p in parts), re.S)


def says(text: str, english: English, lang: str) -> bool:
    """``text`` is one of ``english``'s forms in ``lang``, placeholders filled."""
    return any(_pattern(form).fullmatch(text) for form in forms(english, lang))


def assert_says(text: str, english: English, lang: str) -> None:
    assert says(text, english, lang), f"{text!r} is not the {lang} text of {english!r}"
    if lang != SOURCE and forms(english, lang) != forms(english, SOURCE):
        assert not says(text, english, SOURCE), f"{text!r} is still English"


def source_of(text: str, lang: str) -> str | None:
    """The English entry whose ``lang`` text ``text`` is (placeholders filled), or None: for a
    text that may come from any of several messages."""
    for english, entry in catalogue(lang, "messages").items():
        if english == "words" or not entry:
            continue
        targets = entry.values() if isinstance(entry, Mapping) else [entry]
        if any(isinstance(t, str) and t != english and _pattern(t).fullmatch(text)
               for t in targets):
            return english
    return None
