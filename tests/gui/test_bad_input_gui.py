"""The malformed-input table of the engine's validation, typed into the real widgets: each message
appears next to the field that caused it, nothing runs, nothing crashes (issue 7, GUI side)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.gui import fill
from tests.support.samples import BAD, BAD_SEND

# Form keys the GUI has widgets for (security/auth are combo boxes whose values are always valid).
TYPED = {"host", "port", "connect_timeout", "reply_timeout", "username", "password",
         "ehlo_name", "mail_from", "rcpt_to", "subject"}
ACTION = {"auth": "auth", "rcpt": "data", "data": "data"}


def _cases() -> list[Any]:
    cases = []
    for change, field, words in BAD + BAD_SEND:
        typed = {k: v for k, v in change.items() if k in TYPED}
        if field not in TYPED or set(change) - TYPED - {"stop_after", "auth"}:
            continue  # a choice the GUI's combo boxes cannot express
        cases.append(pytest.param(typed, change, field, words, id=f"{field}:{change[field]!r}"
                                  if field in change else field))
    return cases


CASES = _cases()


def test_the_table_is_large() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize(("typed", "change", "field", "words"), CASES)
def test_message_at_the_field(qtbot: Any, window: Any, typed: dict[str, str],
                              change: dict[str, str], field: str, words: str) -> None:
    values: dict[str, Any] = {"host": "smtp.example.com", "port": "587",
                              "mail_from": "me@example.com", "rcpt_to": "you@example.com"}
    if change.get("auth"):
        values.update(auth=change["auth"])
    values.update(typed)
    fill(window, **values)
    action = ACTION.get(change.get("stop_after", ""), "ehlo")
    if field in ("mail_from", "rcpt_to"):
        action = "data"
    if field in ("username", "password") and "auth" in change:
        action = "auth"
    assert window.run_action(action)
    qtbot.waitUntil(lambda: not window.busy, timeout=3000)
    shown = window.panel.error_for(field)
    assert words.lower() in shown.lower(), (field, shown)
    assert window.results.model.rowCount() == 0  # nothing ran
