"""Build settings, run checks, read results: what the engine's tests share (no Qt).

Everything here talks to real loopback peers (:mod:`tests.support.servers`); nothing is mocked.
"""

from __future__ import annotations

import json
import threading
import time
import tracemalloc
from dataclasses import dataclass
from typing import Any

from app.core.cancel import CancelToken
from app.core.checks.connection import run_check
from app.core.model import RunResult, Security, ServerSettings, Status, StepResult, Timeouts
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

# Short, generous-enough deadlines that keep the suite fast on a loaded 2-core machine.
FAST = Timeouts(connect=1.0, reply=1.5, step=5.0, dns=1.0)
# Short deadlines for hostile peers: each must end within these.
SHORT = Timeouts(connect=1, reply=2, step=5, dns=1)
# Long deadlines, so that only a cancel can end a stalled run quickly.
LONG = Timeouts(connect=20, reply=30, step=60, dns=20)
LOCAL = "127.0.0.1"
SENDER = "alice@example.test"
RECIPIENT = "bob@example.test"


# --------------------------------------------------------------------------- settings


def make_settings(port: int, host: str = LOCAL, **overrides: Any) -> ServerSettings:
    overrides.setdefault("timeouts", FAST)
    return ServerSettings(host=host, port=port, **overrides)


def auth_settings(port: int, **overrides: Any) -> ServerSettings:
    """Settings that log in as the canary user (callers choose security/auth/stop_after)."""
    overrides.setdefault("username", CANARY_USER)
    overrides.setdefault("password", CANARY_PASSWORD)
    return make_settings(port, **overrides)


def settings(port: int, **overrides: Any) -> ServerSettings:
    """For hostile peers: SHORT deadlines and plain SMTP unless told otherwise."""
    overrides.setdefault("timeouts", SHORT)
    overrides.setdefault("security", Security.NONE)
    return make_settings(port, **overrides)


def watch_settings(mta: Any, sender_domain: str = "good.test", *, to: str = "",
                   watch: str | None = None, **overrides: Any) -> ServerSettings:
    """Send through the delivery bed (``servers.delivery.DeliveryMta``) as alice, from
    ``alice@<sender_domain>`` to ``to`` (bob), and watch bob's mailbox over IMAP (STARTTLS)."""
    from dataclasses import replace

    from app.core.model import AuthMethod, StopAfter
    from tests.support.servers import delivery as bed

    base = ServerSettings(
        host=LOCAL, port=mta.port, security=Security.STARTTLS, auth=AuthMethod.PLAIN,
        username=bed.ALICE, password=bed.ALICE_PASSWORD, mail_from=f"alice@{sender_domain}",
        rcpt_to=to or bed.BOB, ca_file=str(mta.ca_file), stop_after=StopAfter.DATA,
        timeouts=Timeouts(connect=5, reply=10, step=20, dns=5),
        watch_imap=watch if watch is not None else f"imap://{bed.BOB}@{LOCAL}:{mta.imap_port}",
        imap_password=bed.BOB_PASSWORD, watch_timeout=30)
    return replace(base, **overrides)


# --------------------------------------------------------------------------- results


def step(result: RunResult, step_id: str) -> StepResult:
    for item in result.steps:
        if item.id == step_id:
            return item
    raise AssertionError(f"no step {step_id!r} in {[s.id for s in result.steps]}")


def step_ids(result: RunResult) -> list[str]:
    return [s.id for s in result.steps]


def describe(result: RunResult) -> str:
    """A compact picture of a run for assertion messages."""
    lines = [f"status={result.status.value} cancelled={result.cancelled} "
             f"verdict={result.verdict!r}"]
    for s in result.steps:
        lines.append(f"  {s.id:9} {s.status.value:7} {s.diagnosis or '-':28} {s.summary[:160]}")
    return "\n".join(lines)


def result_json(result: RunResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False)


def assert_diagnosis(result: RunResult, step_id: str, diagnosis: str,
                     status: Status = Status.FAIL) -> StepResult:
    """The step ``step_id`` ended with ``status`` and ``diagnosis`` and carries usable advice."""
    where = describe(result)
    failing = step(result, step_id)
    assert failing.status is status, where
    assert failing.diagnosis == diagnosis, where
    assert failing.advice is not None, where
    assert failing.advice.id == diagnosis
    assert failing.advice.title.strip(), where
    assert failing.advice.fixes and all(f.strip() for f in failing.advice.fixes), where
    assert failing.summary.strip(), where
    if status is Status.FAIL:
        assert result.status is Status.FAIL, where
        assert result.diagnosis == diagnosis, where
        # everything after the failing step (but QUIT-less cleanup) is skipped
        after = result.steps[result.steps.index(failing) + 1:]
        assert all(s.status is Status.SKIPPED for s in after), where
        assert result.verdict == failing.advice.title, where
    return failing


def no_internal_error(result: RunResult) -> None:
    bad = [s.id for s in result.steps if s.diagnosis == "app.internal_error"]
    assert not bad, f"internal error in {bad}\n{describe(result)}"


# --------------------------------------------------------------------------- runs


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
