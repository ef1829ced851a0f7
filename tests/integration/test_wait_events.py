"""StepStarted says what a step waits for and for how long (the GUI's countdown, issue 14)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.checks.connection import run_check
from app.core.model import Event, Security, StepStarted, StopAfter, Timeouts
from tests.support.checks import make_settings
from tests.support.servers import scripted
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import SmtpServer


def _started(events: list[Event]) -> dict[str, StepStarted]:
    return {e.step_id: e for e in events if isinstance(e, StepStarted)}


@pytest.mark.slow
def test_silent_greeting_announces_its_wait(
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    server = scripted_server_factory(scripted.silent)
    events: list[Event] = []
    run_check(make_settings(server.port, security=Security.NONE,
                            timeouts=Timeouts(connect=3, reply=2, step=10, dns=4)), events.append)
    started = _started(events)
    assert (started["greeting"].waiting_for, started["greeting"].timeout_s) == ("the greeting",
                                                                                2)
    assert (started["connect"].waiting_for, started["connect"].timeout_s) == ("the connection",
                                                                              3)
    assert started["input"].waiting_for == "" and started["input"].timeout_s is None


def test_every_network_step_has_a_deadline_no_longer_than_the_step(
        smtp_server_factory: Callable[..., SmtpServer]) -> None:
    server = smtp_server_factory(tls="starttls")
    events: list[Event] = []
    run_check(make_settings(server.port, host="localhost", security=Security.STARTTLS,
                            verify_tls=False, stop_after=StopAfter.EHLO,
                            timeouts=Timeouts(connect=1, reply=30, step=8, dns=1)),
              events.append)
    started = _started(events)
    for step_id in ("resolve", "connect", "greeting", "ehlo", "starttls", "ehlo_tls", "quit"):
        event = started[step_id]
        assert event.waiting_for and event.timeout_s is not None, step_id
        assert 0 < event.timeout_s <= 8, (step_id, event.timeout_s)
    assert started["ehlo"].timeout_s == 8  # the reply timeout (30 s) is cut by the step's (8 s)
