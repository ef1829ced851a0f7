"""Run one check in English, German and the pseudo-locale, and prove that every text it writes
for people went through the catalogue at its source (issue 19).

* pseudo: every step title, what a step waits for, summary and the verdict is bracketed
  ("[Šéñð ~~]"): a text without brackets never went through ``msg``;
* German: no English sentence of the checked modules is left in any of them, and a summary
  differs from the English run's unless the step says only data (``data_only``);
* all three runs reach the same steps, statuses and diagnosis ids (the language changes words,
  never the diagnosis).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.model import Event, RunResult, StepStarted
from app.core.text.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "de", "pseudo")
Run = Callable[[Callable[[Event], None]], RunResult]


@dataclass
class LanguageRun:
    result: RunResult
    started: list[StepStarted] = field(default_factory=list)

    def texts(self) -> dict[str, str]:
        """Every text for people: "title:<id>", "waiting:<id>", "summary:<id>", "verdict"."""
        out = {f"title:{e.step_id}": e.title for e in self.started}
        out.update({f"waiting:{e.step_id}": e.waiting_for for e in self.started
                    if e.waiting_for})
        out.update({f"summary:{s.id}": s.summary for s in self.result.steps})
        out["verdict"] = self.result.verdict  # mine, or a step's advice title (also bracketed)
        return out


def run_in_languages(run: Run) -> dict[str, LanguageRun]:
    """``run(on_event)`` once per language (English, German, pseudo); the language of the
    environment is restored after."""
    out: dict[str, LanguageRun] = {}
    try:
        for code in LANGUAGES:
            assert set_language(code) == code
            started: list[StepStarted] = []

            def listen(event: Event, started: list[StepStarted] = started) -> None:
                if isinstance(event, StepStarted):
                    started.append(event)

            out[code] = LanguageRun(run(listen), started)
    finally:
        set_language(None)
    return out


def english_sentences(modules: Iterable[str]) -> set[str]:
    """The English pieces (three words or more, between placeholders) of every ``msg`` /
    ``msg_n`` / ``N_`` text written in ``modules`` (paths from the project root)."""
    pieces: set[str] = set()
    for module in modules:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            count = {"msg": 1, "N_": 1, "msg_n": 2}.get(node.func.id, 0)
            for arg in node.args[:count]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    for piece in re.split(r"\{\w+\}", arg.value):
                        piece = piece.strip(" ;:,.()")
                        if len(piece.split()) >= 3:
                            pieces.add(piece)
    assert len(pieces) > 10, pieces  # the modules were read
    return pieces


def assert_translated(runs: dict[str, LanguageRun], modules: Iterable[str],
                      data_only: Iterable[str] = ()) -> None:
    """The checks above; ``data_only``: step ids whose summary is only data (host → address)."""
    en, de, pseudo = (runs[code] for code in LANGUAGES)
    shape = [(s.id, s.status, s.diagnosis) for s in en.result.steps]
    assert shape and all([(s.id, s.status, s.diagnosis) for s in r.result.steps] == shape
                         for r in runs.values()), {c: r.result.steps for c, r in runs.items()}
    unbracketed = {k: v for k, v in pseudo.texts().items()
                   if not (v.startswith("[") and v.endswith("]"))}
    assert not unbracketed, f"never went through the catalogue: {unbracketed}"
    english = english_sentences(modules)
    left = {k: [p for p in english if p in v] for k, v in de.texts().items()}
    assert not any(left.values()), f"English left in the German run: {left}"
    same = [s.id for s, g in zip(en.result.steps, de.result.steps, strict=True)
            if s.summary == g.summary and s.id not in set(data_only)]
    assert not same, f"summaries the German run did not translate: {same}"
    assert de.result.verdict != en.result.verdict
