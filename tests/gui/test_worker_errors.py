"""An unexpected error reaches a label cleaned and redacted: its message may quote a server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.cancel import CancelToken
from app.core.text.redact import MARK, clear_registered, register_secret
from app.gui.workers import RunController

TOKEN = "ya29.a0-access-token-of-the-session"
HOSTILE = f"server said \x1b]52;c;aGk=\x07 \u202eevil\u202c token={TOKEN}"


@pytest.fixture
def registered_token() -> Iterator[str]:
    register_secret(TOKEN)
    yield TOKEN
    clear_registered()


def test_run_failed_text_is_cleaned_and_redacted(qtbot: Any, registered_token: str) -> None:
    controller = RunController()

    def job(_on_event: Any, _cancel: CancelToken) -> None:
        raise ValueError(HOSTILE)

    with qtbot.waitSignal(controller.run_failed, timeout=5000) as blocker:
        assert controller.start(job)
    text = blocker.args[0]
    assert text.startswith("ValueError: server said ")
    assert "\\x1b]52;c;aGk=\\x07" in text and "\\u202eevil\\u202c" in text
    assert not any(ch in text for ch in "\x1b\x07\u202e\u202c")
    assert registered_token not in text and MARK in text
