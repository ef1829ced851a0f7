"""Small helpers for the hardening suite (kept here so the suite does not depend on other tests)."""

from __future__ import annotations

import os
import threading
import time
import tracemalloc
from dataclasses import dataclass
from typing import Any

from app.core.cancel import CancelToken
from app.core.checks.connection import run_check
from app.core.model import RunResult, Security, ServerSettings, Status, StepResult, Timeouts
from tests.integration.helpers import open_fds, socket_fds, wait_until  # noqa: F401 (re-exported)

# Short deadlines, as the issue asks: a hostile peer must end within these.
SHORT = Timeouts(connect=1, reply=2, step=5, dns=1)
# Long deadlines, so that only a cancel can end a stalled run quickly.
LONG = Timeouts(connect=20, reply=30, step=60, dns=20)
LOCAL = "127.0.0.1"
SENDER = "alice@example.test"
RECIPIENT = "bob@example.test"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def settings(port: int, **overrides: Any) -> ServerSettings:
    overrides.setdefault("timeouts", SHORT)
    overrides.setdefault("security", Security.NONE)
    host = overrides.pop("host", LOCAL)
    return ServerSettings(host=host, port=port, **overrides)


def describe(result: RunResult) -> str:
    lines = [f"status={result.status.value} cancelled={result.cancelled} "
             f"verdict={result.verdict!r}"]
    for s in result.steps:
        lines.append(f"  {s.id:9} {s.status.value:7} {s.diagnosis or '-':28} {s.summary[:160]}")
    return "\n".join(lines)


def step(result: RunResult, step_id: str) -> StepResult:
    for item in result.steps:
        if item.id == step_id:
            return item
    raise AssertionError(f"no step {step_id!r} in {[s.id for s in result.steps]}")


def no_internal_error(result: RunResult) -> None:
    bad = [s.id for s in result.steps if s.diagnosis == "app.internal_error"]
    assert not bad, f"internal error in {bad}\n{describe(result)}"


@dataclass
class Timed:
    result: RunResult
    seconds: float
    peak_bytes: int = 0


def timed_run(s: ServerSettings, *, trace_memory: bool = False) -> Timed:
    if trace_memory:
        tracemalloc.start()
        tracemalloc.reset_peak()
    started = time.monotonic()
    try:
        result = run_check(s)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1] if trace_memory else 0
    finally:
        if trace_memory:
            tracemalloc.stop()
    return Timed(result, elapsed, peak)




@dataclass
class CancelledRun:
    result: RunResult
    ended_after_cancel: float


def run_and_cancel(s: ServerSettings, when: threading.Event | float) -> CancelledRun:
    """Run in a worker thread; cancel from this thread when ``when`` is set (or after a delay)."""
    token = CancelToken()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = run_check(s, None, token)
        except BaseException as exc:  # surfaced below
            box["error"] = exc

    worker = threading.Thread(target=work, name="hardening-run", daemon=True)
    worker.start()
    if isinstance(when, threading.Event):
        assert when.wait(10), "the run never reached the step to cancel"
        time.sleep(0.1)  # let the client settle into its wait
    else:
        time.sleep(when)
    assert worker.is_alive(), "the run ended before the cancel"
    cancelled_at = time.monotonic()
    token.cancel()
    worker.join(10)
    ended = time.monotonic() - cancelled_at
    assert not worker.is_alive(), "the run did not end within 10 s of cancel"
    if "error" in box:
        raise box["error"]
    return CancelledRun(box["result"], ended)


def warm_up() -> None:
    """Load the knowledge base and lazy imports once, so memory figures measure the run only."""
    import socket

    with socket.socket() as sock:
        sock.bind((LOCAL, 0))
        port = sock.getsockname()[1]
    result = run_check(settings(port))
    assert result.status is Status.FAIL
