"""Every fact key the engine emits has a label (app/core/text/facts.py), found from the syntax
tree so that a new key cannot slip through: dict literals given as facts (``facts=``, an
``Outcome``/``…Error``/``…Failure`` argument, a ``…facts`` variable, ``facts.update``) with
every dict nested in them, ``facts["key"] = …`` (keys from a loop over literals too), and what
functions named ``…fact…`` or ``to_dict`` build (the records, the certificate, attempts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.core.text import facts as fact_words
from app.core.text.i18n import catalogue, msg, set_language, shipped_languages
from app.core.text.words import humanize

ROOT = Path(__file__).resolve().parents[2]
FACT_MODULES = ("app/core/checks", "app/core/protocol", "app/core/records", "app/core/runner.py")
# Keys that are data, not words: what a loop puts there (module, expression) is a DNS name
# ("_submission._tcp") or a URL, shown as it is (humanize keeps it).
DATA_KEYS = {("discover.py", "label"), ("discover.py", "short")}


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    return ""


def _is_facts(node: ast.AST) -> bool:
    return "facts" in _name(node).lower()


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Keys:
    """The fact keys one module emits, and the key expressions it could not resolve."""

    def __init__(self, tree: ast.Module, module: str) -> None:
        self.module = module
        self.keys: dict[str, str] = {}
        self.unresolved: list[tuple[str, str]] = []
        self.loops: dict[str, list[str]] = {}  # loop variable -> the literals it runs over
        for node in ast.walk(tree):
            if isinstance(node, (ast.For, ast.comprehension)):
                self._loop(node.target, node.iter)
        self._visit(tree)

    def _loop(self, target: ast.AST, over: ast.AST) -> None:
        if not isinstance(over, (ast.Tuple, ast.List)):
            return
        names = [target] if isinstance(target, ast.Name) else list(getattr(target, "elts", []))
        for i, var in enumerate(names):
            if not isinstance(var, ast.Name):
                continue
            for elt in over.elts:
                item = elt.elts[i] if (len(names) > 1 and isinstance(elt, ast.Tuple)
                                       and i < len(elt.elts)) else elt
                if (text := _text(item)) is not None:
                    self.loops.setdefault(var.id, []).append(text)

    def _add(self, key: str, at: ast.AST) -> None:
        self.keys.setdefault(key, f"{self.module}:{getattr(at, 'lineno', 0)}")

    def _value(self, node: ast.AST) -> None:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Dict):
                for key in sub.keys:
                    if (text := _text(key)) is not None:
                        self._add(text, sub)
            elif isinstance(sub, ast.Call) and _name(sub.func) == "dict":
                for kw in sub.keywords:
                    if kw.arg:
                        self._add(kw.arg, sub)

    def _slice(self, node: ast.AST, at: ast.AST) -> None:
        if (text := _text(node)) is not None:
            self._add(text, at)
        elif isinstance(node, ast.Name) and node.id in self.loops:
            for text in self.loops[node.id]:
                self._add(text, at)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "lower" and _name(node.func.value) in self.loops):
            for text in self.loops[_name(node.func.value)]:
                self._add(text.lower(), at)
        else:
            self.unresolved.append((self.module, ast.unparse(node)))

    def _visit(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and ("fact" in node.name
                                                      or node.name == "to_dict"):
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Dict):
                        self._value(sub)
                    elif isinstance(sub, ast.Assign):
                        for target in sub.targets:
                            if isinstance(target, ast.Subscript):
                                self._slice(target.slice, sub)
            if isinstance(node, ast.Call):
                self._call(node)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Subscript) and _is_facts(target.value):
                        self._slice(target.slice, node)
                        if node.value is not None:
                            self._value(node.value)
                    elif _is_facts(target) and node.value is not None:
                        self._value(node.value)

    def _call(self, node: ast.Call) -> None:
        for kw in node.keywords:
            if kw.arg == "facts":
                self._value(kw.value)
        callee = _name(node.func)
        if callee == "Outcome" or callee.endswith(("Error", "Failure")):
            for arg in node.args:
                if isinstance(arg, ast.Dict):
                    self._value(arg)
        if callee in ("update", "setdefault") and isinstance(node.func, ast.Attribute) \
                and _is_facts(node.func.value):
            for arg in node.args:
                if callee == "setdefault" and (text := _text(arg)) is not None:
                    self._add(text, node)
                else:
                    self._value(arg)
            for kw in node.keywords:
                if kw.arg:
                    self._add(kw.arg, node)


def _finding_methods() -> list[str]:
    """``facts[f.method]`` in delivery.py: the methods authresults' Finding(...) are made for."""
    tree = ast.parse((ROOT / "app/core/records/authresults.py").read_text(encoding="utf-8"))
    return sorted({text for node in ast.walk(tree) if isinstance(node, ast.Call)
                   and _name(node.func) == "Finding" and node.args
                   and (text := _text(node.args[0])) is not None})


def form_fields() -> dict[str, str]:
    """The keys of the ``fields`` fact: the form field every ``FieldError(field, …)`` of
    app/core names."""
    found: dict[str, str] = {}
    for file in sorted((ROOT / "app/core").rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == "FieldError" and node.args \
                    and (text := _text(node.args[0])) is not None:
                found.setdefault(text, f"{file.name}:{node.lineno}")
    return found


def emitted_keys() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Every fact key the engine's modules write (key -> first place), and the key expressions
    that are neither literals nor data."""
    keys: dict[str, str] = {}
    unresolved: list[tuple[str, str]] = []
    for module in FACT_MODULES:
        path = ROOT / module
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            found = _Keys(ast.parse(file.read_text(encoding="utf-8")), file.name)
            for key, where in found.keys.items():
                keys.setdefault(key, where)
            for item in found.unresolved:
                if item == ("delivery.py", "f.method"):
                    keys.update({m: "delivery.py (authresults.Finding)"
                                 for m in _finding_methods()})
                elif item not in DATA_KEYS:
                    unresolved.append(item)
    for key, where in form_fields().items():
        keys.setdefault(key, where)
    return keys, unresolved


def test_the_walk_finds_the_facts_it_must() -> None:
    keys, _ = emitted_keys()
    # one of each way a key is written: a literal, a nested record, a loop, keyword.lower(),
    # a to_dict(), an error's facts, authresults' methods
    for key in ("connected_to", "not_after", "original_subject", "smtputf8", "usage",
                "abandoned_for", "dkim", "tls_version", "attempts", "traceback",
                "watch_imap"):
        assert key in keys, key
    assert len(keys) > 200


def test_every_emitted_fact_key_has_a_label() -> None:
    keys, unresolved = emitted_keys()
    assert not unresolved, f"fact keys the test cannot read (make them literals): {unresolved}"
    missing = {k: where for k, where in keys.items() if k not in fact_words.LABELS}
    assert not missing, f"fact keys without a label in app/core/text/facts.py: {missing}"


def test_every_label_and_word_is_translated_in_every_language() -> None:
    texts = {*fact_words.LABELS.values(), *fact_words.AUTH_WORDS.values(),
             *fact_words.IP_WORDS.values(), *fact_words.RESULT_WORDS.values(),
             *fact_words.STATE_WORDS.values(),
             fact_words.NO_ENCRYPTION, fact_words.YES, fact_words.NO, fact_words.NONE}
    for lang in shipped_languages()[1:]:
        entries = catalogue(lang, "messages")
        missing = sorted(t for t in texts if not str(entries.get(t) or "").strip())
        assert not missing, (lang, missing)
    set_language("de")
    try:
        assert fact_words.label("not_after") == "Gültig bis"
        assert fact_words.label("delay_s") == "Verzögerung"
        assert fact_words.value_text("result", "refused") == "abgelehnt"
        assert fact_words.value_text("state", "filtered") == "gefiltert"
        assert fact_words.value_text("ip_version", "ipv6") == "Nur IPv6"
        assert fact_words.yes_no(True) == "ja" and fact_words.none_text() == "(keine)"
    finally:
        set_language(None)


def test_labels_and_words_go_through_the_catalogue() -> None:
    set_language("pseudo")
    try:
        for key in fact_words.LABELS:
            shown = fact_words.label(key)
            assert shown.startswith("[") and shown.endswith("]"), (key, shown)
        shown, _ = fact_words.readable({"result": "timeout", "auth": "none", "expired": False})
        assert all(k.startswith("[") for k in shown)
        assert shown[fact_words.label("result")] == msg("no answer")
        assert msg("no answer").startswith("[")
    finally:
        set_language(None)


@pytest.mark.parametrize("key", ["SIZE", "_submission._tcp", "https://example.org/x",
                                 "smtp.mailfrom"])
def test_data_used_as_a_key_stays_as_it_is(key: str) -> None:
    assert humanize(key) == key
    assert fact_words.label(key) == key


def test_what_a_server_sent_keeps_its_keys() -> None:
    shown, _ = fact_words.readable({"capabilities": {"SIZE": "1000", "auth": "PLAIN"},
                                    "properties": {"header.d": "example.org"}})
    assert shown["Offered extensions"] == {"SIZE": "1000", "auth": "PLAIN"}
    assert shown["Properties"] == {"header.d": "example.org"}
