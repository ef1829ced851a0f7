"""A countdown on waits (issue 14): the running step's row says what it waits for and how long
it has waited, "waiting for the greeting, 1 of 5 s", and the words go when the step ends."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.model import Status
from tests.support.gui import fill
from tests.support.servers.scripted import ScriptedServer, silent


def _step_texts(window: Any) -> dict[str, str]:
    """What the step list shows in its Step column, by step id (read through the view)."""
    view = window.results.steps
    model = view.model()
    texts = {}
    for row in range(model.rowCount()):
        step_id = window.results.model.step_at(row).id
        texts[step_id] = model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)
    return texts


@pytest.mark.slow
def test_greeting_wait_counts_the_seconds(qtbot: Any, window: Any,
                                          scripted_server_factory: Callable[..., ScriptedServer]
                                          ) -> None:
    server = scripted_server_factory(silent)
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none",
         reply_timeout="5")
    qtbot.mouseClick(window.action_buttons["ehlo"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.results.model.row_of("greeting") is not None, timeout=5000)
    started = time.monotonic()
    # After about 1.5 s the running row counts: "Server greeting: waiting for the greeting,
    # 1 of 5 s", updated by the model's one-second timer (no clicks, no busy loop).
    qtbot.waitUntil(lambda: time.monotonic() - started >= 1.5, timeout=3000)
    qtbot.waitUntil(lambda: "of 5 s" in _step_texts(window)["greeting"], timeout=2000)
    first = _step_texts(window)["greeting"]
    assert "waiting for the greeting" in first, first
    assert "1 of 5 s" in first or "2 of 5 s" in first, first
    # it goes on counting while the step waits
    qtbot.waitUntil(lambda: _step_texts(window)["greeting"] != first, timeout=2500)
    assert "of 5 s" in _step_texts(window)["greeting"]

    qtbot.waitUntil(lambda: not window.busy, timeout=15000)
    assert window.results.result is not None
    assert window.results.result.status is Status.FAIL
    texts = _step_texts(window)
    assert texts["greeting"] == "Server greeting", texts
    assert not any("waiting for" in text for text in texts.values()), texts
    QTest.qWait(1200)  # a tick of the timer after the end brings nothing back
    assert not any("waiting for" in text for text in _step_texts(window).values())
