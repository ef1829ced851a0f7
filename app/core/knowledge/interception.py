"""Security software that intercepts TLS, from resources/interception.toml: one list and one
matcher for the connection check and the TLS details tool.

How interception is decided: a certificate name (the leaf's issuer, or the subject or issuer of
any certificate up to the root) contains one of a product's ``names`` — the primary signal. The
secondary signal, that the root is not a public (Mozilla) root but one installed on this
computer, is judged by the callers (``root_is_public``): on Windows and macOS the trust store
can't easily tell which roots were added locally, so "not in certifi's Mozilla bundle" stands in
for "installed locally" when certifi is available.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.knowledge.resources import load_toml, str_tuple
from app.core.text.i18n import localized_table, localized_text

INTERCEPTION_FILE = "interception.toml"


@dataclass(frozen=True)
class Interceptor:
    """One product that intercepts TLS."""

    id: str
    name: str
    kind: str  # "antivirus" | "proxy"
    names: tuple[str, ...]
    fix: str
    sources: tuple[str, ...]
    name_is_match: bool = False


@dataclass(frozen=True)
class InterceptionMatch:
    product: str  # what to call it
    fix: str  # what to do, for this product
    kind: str
    matched: str  # the certificate name that matched
    pattern: str  # the pattern it matched


@functools.lru_cache(maxsize=1)
def load_interceptors() -> tuple[Interceptor, ...]:
    data = load_toml(INTERCEPTION_FILE)
    out: list[Interceptor] = []
    for pid, raw in data.items():
        name, kind, fix = raw.get("name"), raw.get("kind"), raw.get("fix")
        if not all(isinstance(v, str) and v for v in (name, kind, fix)):
            raise ValueError(f"{INTERCEPTION_FILE}: [{pid}] needs a name, a kind and a fix")
        if kind not in ("antivirus", "proxy"):
            raise ValueError(f"{INTERCEPTION_FILE}: [{pid}].kind must be antivirus or proxy")
        names = str_tuple(raw.get("names"), INTERCEPTION_FILE, f"[{pid}].names")
        if not names:
            raise ValueError(f"{INTERCEPTION_FILE}: [{pid}] needs names")
        out.append(Interceptor(
            id=pid, name=str(name), kind=str(kind), names=names, fix=str(fix),
            sources=str_tuple(raw.get("sources"), INTERCEPTION_FILE, f"[{pid}].sources"),
            name_is_match=bool(raw.get("name_is_match", False))))
    return tuple(out)


def match_interception(names: Iterable[str]) -> InterceptionMatch | None:
    """The first product whose pattern occurs (case-insensitively) in one of ``names``."""
    texts = [n for n in names if n]
    for product in load_interceptors():
        for pattern in product.names:
            low = pattern.lower()
            for text in texts:
                if low in text.lower():
                    return InterceptionMatch(
                        product=pattern if product.name_is_match else product.name,
                        fix=localized_text(product.fix, localized_table(
                            "interception", product.id).get("fix")),
                        kind=product.kind, matched=text, pattern=pattern)
    return None
