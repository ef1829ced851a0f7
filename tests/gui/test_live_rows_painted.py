"""Defect 8: finished step rows were left blank in a real window until clicked (seen under Xvfb
while a greeting dripped in). While a run is live, every finished row must be painted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent

from tests.support.gui import fill
from tests.support.servers.scripted import Peer, ScriptedServer


class PaintLog(QObject):
    """Every rectangle the step list's viewport paints."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.rects.append(event.region().boundingRect())
        return False


def _dripping(peer: Peer) -> None:
    from tests.support.servers import hostile

    if peer.drip(b"220 slow.example ESMTP ready\r\n", 0.05):
        hostile.make_esmtp(greeting=b"")(peer)


def test_finished_rows_are_painted_while_the_run_is_live(
        qtbot: Any, window: Any, scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(_dripping)
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none")
    view = window.results.steps
    log = PaintLog()
    view.viewport().installEventFilter(log)
    assert window.run_action("ehlo")
    model = window.results.model
    # wait until the greeting is dripping in: resolve and connect have finished by then
    qtbot.waitUntil(lambda: (row := model.row_of("greeting")) is not None
                    and model.rows()[row].result is None
                    and model.rows()[model.row_of("connect")].result is not None, timeout=5000)
    log.rects.clear()
    connect_rect = view.visualRect(model.index(model.row_of("connect"), 0))
    # while the greeting still drips, the finished row is painted by a live update
    qtbot.waitUntil(lambda: any(rect.intersects(connect_rect) for rect in log.rects),
                    timeout=3000)
    assert model.rows()[model.row_of("greeting")].result is None, "painted only at the end"
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    view.viewport().removeEventFilter(log)
