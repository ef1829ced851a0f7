"""The engine's languages: which one is in use, its catalogues, and locale-aware formatting.

Qt-free (the CLI and the reports use it; the GUI sets the language it chose). Translations are
data, one folder per language under ``resources/i18n/<lang>/``, each file keyed so that a
translator edits one file per language and never touches code:

* ``messages.toml`` — the engine's own words (report headings and template words, step
  titles, the verdict, the messages of bad input), gettext-style: ``"English text {name}" =
  "Übersetzung {name}"``; a plural is a table ``{ one = "…", other = "…" }`` keyed by the
  English plural; the words other messages put in a placeholder ("sender") are entries too.
* ``diagnoses.toml`` — per diagnosis id: ``title``, ``cause``, ``fixes`` (in the English order)
  and ``providers.<id>.fixes``; a ``[_fallbacks]`` table for the neutral words.
* ``providers.toml`` — per provider id: ``auth_hint``, ``notes``, ``presets`` (labels).
* ``language.toml`` — ``name`` (the language's own name) and ``[format]`` (decimal and group
  separators, the plural rule).

Anything missing falls back to English. ``msg("…", name=value)`` is the engine's ``gettext``;
``msg_n(singular, plural, n, …)`` its ``ngettext``; tools/i18n.py extracts both.

The language comes from ``SMTP_DOCTOR_LANG``, then (as gettext does) ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``; the GUI sets it with ``set_language``. ``pseudo`` is the
pseudo-locale: accented, 40 % longer, bracketed text that shows every untranslated string.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from typing import Any

from app.core.knowledge.resources import resource_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ENV_LANG = "SMTP_DOCTOR_LANG"
PSEUDO = "pseudo"
SOURCE = "en"
I18N_DIR = "i18n"

_current: str | None = None


# -- which language ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def shipped_languages() -> tuple[str, ...]:
    """English first, then every language with a folder under resources/i18n (sorted)."""
    folder = resource_path(I18N_DIR)
    found = sorted(p.name for p in folder.iterdir() if p.is_dir() and
                   (p / "language.toml").is_file()) if folder.is_dir() else []
    return (SOURCE, *[code for code in found if code != SOURCE])


def supported(name: str) -> str | None:
    """The shipped language for a locale name ("de_DE.UTF-8", "pt-BR", "zh_CN", "C"), or None.
    A regional code matches its own folder first ("pt-BR"), then the bare language ("de")."""
    raw = name.strip().split(".")[0].split("@")[0].replace("_", "-")
    if not raw or raw in ("C", "POSIX"):
        return None
    if raw.lower() == PSEUDO:
        return PSEUDO
    shipped = {code.lower(): code for code in shipped_languages()}
    parts = raw.split("-")
    full = "-".join([parts[0].lower(), *(p.upper() for p in parts[1:2])])
    return shipped.get(full.lower()) or shipped.get(parts[0].lower())


def env_override(environ: Mapping[str, str] | None = None) -> str:
    """``SMTP_DOCTOR_LANG`` ("" when unset)."""
    env = os.environ if environ is None else environ
    return env.get(ENV_LANG, "").strip()


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, the way gettext reads it (English by default)."""
    env = os.environ if environ is None else environ
    forced = env_override(env)
    if forced:
        return supported(forced) or SOURCE
    # LANGUAGE is a priority list, honoured unless the locale is "C" (as gettext does).
    locale = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if env.get("LANGUAGE") and locale.split(".")[0] not in ("C", "POSIX"):
        for name in env["LANGUAGE"].split(":"):
            code = supported(name)
            if code:
                return code
    return (supported(locale) if locale else None) or SOURCE


def current_language() -> str:
    """The language in use (from the environment until someone sets one)."""
    global _current
    if _current is None:
        _current = language_from_env()
    return _current


def set_language(code: str | None) -> str:
    """Use ``code`` (a shipped language, "pseudo", or None for the environment's)."""
    global _current
    _current = (supported(code) if code else None) or (language_from_env() if not code
                                                        else SOURCE)
    return _current


def native_name(code: str) -> str:
    """The language's name in itself ("Deutsch"), for the Language menu."""
    if code == SOURCE:
        return "English"
    name = _language_file(code).get("name")
    return name if isinstance(name, str) and name else code


# -- catalogues -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def catalogue(code: str, kind: str) -> dict[str, Any]:
    """``resources/i18n/<code>/<kind>.toml`` as a dict ({} when there is none or it is broken:
    a translation must never stop the app)."""
    if code in (SOURCE, PSEUDO) or "/" in code or "/" in kind:
        return {}
    path = resource_path(f"{I18N_DIR}/{code}/{kind}.toml")
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}


def _language_file(code: str) -> dict[str, Any]:
    return catalogue(code, "language")


def msg(text: str, /, **args: object) -> str:
    """``text`` in the current language, its ``{placeholders}`` filled from ``args``."""
    code = current_language()
    found = catalogue(code, "messages").get(text)
    out = found if isinstance(found, str) and found else text
    if code == PSEUDO:
        out = pseudo(out)
    return _fill(out, args)


def N_(text: str, /) -> str:
    """Marks an English text for extraction where it is written (a module-level table, a
    constant) and returns it unchanged: translate it with ``msg(text)`` where it is shown, in
    the language in use then (gettext's ``N_``)."""
    return text


def msg_n(singular: str, plural: str, n: int, /, **args: object) -> str:
    """The plural form for ``n`` in the current language (``{n}`` is filled with ``n``, written
    the locale's way)."""
    code = current_language()
    entry = catalogue(code, "messages").get(plural)
    english = singular if n == 1 else plural
    out = english
    if isinstance(entry, Mapping):
        form = entry.get(plural_category(n, code))
        out = form if isinstance(form, str) and form else english
    if code == PSEUDO:
        out = pseudo(out)
    return _fill(out, {"n": number(n), **args})


def _fill(text: str, args: Mapping[str, object]) -> str:
    if not args:
        return text
    try:
        return text.format_map(_Keep(args))
    except (ValueError, IndexError, AttributeError):
        return text


class _Keep(dict[str, object]):
    """``format_map`` values; an unknown placeholder stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def localized_table(kind: str, key: str) -> Mapping[str, Any]:
    """One table (a diagnosis id, a provider id) of the current language's ``kind`` file."""
    found = catalogue(current_language(), kind).get(key)
    return found if isinstance(found, Mapping) else {}


def localized_text(english: str, translated: object) -> str:
    """``translated`` when it is a usable string, else ``english`` (pseudo-locale applied)."""
    out = translated if isinstance(translated, str) and translated.strip() else english
    return pseudo(out) if current_language() == PSEUDO else out


def localized_list(english: tuple[str, ...], translated: object) -> tuple[str, ...]:
    """A translated list item by item (a missing or empty item stays English)."""
    items = translated if isinstance(translated, list) else []
    return tuple(localized_text(e, items[i] if i < len(items) else None)
                 for i, e in enumerate(english))


# -- formatting -------------------------------------------------------------------------------


def plural_category(n: int, code: str | None = None) -> str:
    """The CLDR plural category ("one", "few", "many", "other") of ``n`` for a language."""
    code = code or current_language()
    rule = _language_file(code).get("format", {}).get("plural", "one_other")
    n = abs(int(n))
    if rule == "none":  # Japanese, Chinese
        return "other"
    if rule == "zero_one":  # French, Brazilian Portuguese: 0 and 1 are "one"
        return "one" if n in (0, 1) else "other"
    if rule == "slavic_pl":  # Polish
        if n == 1:
            return "one"
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def number(value: float, decimals: int | None = None) -> str:
    """A number the current language's way: 1,234.5 (en), 1.234,5 (de)."""
    fmt = _language_file(current_language()).get("format", {})
    decimal = str(fmt.get("decimal", "."))
    group = str(fmt.get("group", ","))
    if decimals is None:
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.{_decimals(value)}f}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else 2 if abs(value) < 10 else 1


def duration(ms: object) -> str:
    """Milliseconds for people in the current language: "4.2 ms", "2.35 s" / "2,35 s"."""
    try:
        value = float(ms)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    if value >= 1000:
        return msg("{value} s", value=number(value / 1000, 2))
    if value < 10:
        return msg("{value} ms", value=number(value, 1))
    return msg("{value} ms", value=number(value, 0))


def date_time(iso: str) -> str:
    """An ISO timestamp ("2026-11-30T08:14:08+00:00") in the language's order, as written in
    ``language.toml``'s ``format.datetime`` (a strftime pattern; ISO when there is none)."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    pattern = _language_file(current_language()).get("format", {}).get(
        "datetime", "%Y-%m-%d %H:%M:%S")
    return moment.strftime(str(pattern))


# -- pseudo-localization ----------------------------------------------------------------------

PAD_WORD = 5  # tildes per "word" of the pseudo-locale's padding
_ACCENTS = str.maketrans(
    "aceinousyzACEINOUSYZ",
    "åçéîñöûšýžÅÇÉÎÑÖÛŠÝŽ",
)
# What must survive untouched: {placeholders}, %n / %1 / %v-style arguments, HTML tags and
# entities, and the & of an accelerator (kept before the letter it marks).
_PROTECTED = re.compile(r"\{[^{}]*\}|%(?:n|\d+|[a-zA-Z])|<[^<>]*>|&[a-zA-Z#0-9]+;")


def pseudo(text: str) -> str:
    """The pseudo-locale's form of ``text``: "[Šéñð ~~~~]" — accented, 40 % longer,
    bracketed; placeholders, Qt arguments, markup and accelerators kept."""
    if not text or (text.startswith("[") and text.endswith("]")):
        return text
    out: list[str] = []
    pos = 0
    for match in _PROTECTED.finditer(text):
        out.append(text[pos : match.start()].translate(_ACCENTS))
        out.append(match.group(0))
        pos = match.end()
    out.append(text[pos:].translate(_ACCENTS))
    body = "".join(out)
    letters = sum(1 for ch in text if unicodedata.category(ch).startswith("L"))
    pad = "~" * max(1, round(letters * 0.4))
    # cut into words: a long text wraps like a real language's instead of ending in one
    # unbreakable 80-character word that would set a label's minimum width
    words = " ".join(pad[i : i + PAD_WORD] for i in range(0, len(pad), PAD_WORD))
    return f"[{body} {words}]"
