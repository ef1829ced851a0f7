"""Guard against a Qt binding that corrupts reference counts on signal emits.

PySide6 6.12.0 drops a reference to ``True`` on every ``emit()`` from Python; on Python < 3.12
(where ``True`` is not immortal) the app then aborts with "bool_dealloc" after a few hundred
emits — i.e. after a handful of runs. pyproject.toml excludes it; this test catches any other
version that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    number = Signal(int)
    thing = Signal(object)
    flag = Signal(bool)


def test_emits_keep_reference_counts() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.thing.connect(received.append)
    marker = object()
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(20):
        emitter.number.emit(1)
        emitter.thing.emit(marker)
        emitter.flag.emit(False)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(received) == 20
    # Immortal objects (3.12+) report huge constant counts; anything else must balance.
    assert after == before, f"refcounts of True/False/None moved: {before} -> {after}"
