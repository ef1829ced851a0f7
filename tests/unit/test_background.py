"""The engine's one concurrency helper: results, errors, deadlines, cancel, parallel runs."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import pytest

from app.core import background
from app.core.cancel import Cancelled, CancelToken


def test_call_returns_the_result_from_a_daemon_thread() -> None:
    seen: list[threading.Thread] = []

    def work() -> int:
        seen.append(threading.current_thread())
        return 42

    assert background.call(work, 5.0, name="bg-test") == 42
    assert seen[0] is not threading.current_thread()
    assert seen[0].daemon
    assert seen[0].name == "bg-test"


def test_call_reraises_the_work_s_own_exception() -> None:
    def work() -> None:
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        background.call(work, 5.0)


def test_a_timeout_raised_by_the_work_is_not_taken_for_the_deadline() -> None:
    def work() -> None:
        raise TimeoutError("the work's own")

    with pytest.raises(TimeoutError) as info:
        background.call(work, 5.0)
    assert not isinstance(info.value, background.DeadlineExceeded)


def test_deadline_raises_and_leaves_the_work_running() -> None:
    release = threading.Event()
    finished = threading.Event()

    def work() -> str:
        release.wait(10)
        finished.set()
        return "late"

    future = background.start(work)
    t0 = time.monotonic()
    with pytest.raises(background.DeadlineExceeded):
        background.wait(future, 0.2)
    assert time.monotonic() - t0 < 5  # generous bound: it did not wait for the work
    assert not future.done()
    release.set()
    assert finished.wait(5)
    assert future.result(5) == "late"  # the work finished on its own; nobody was waiting


@contextlib.contextmanager
def _cancelled_while_blocked() -> Iterator[tuple[CancelToken, threading.Event]]:
    """A token cancelled 0.2 s from now and an event the blocked work waits for (set at the
    end, so no thread is left waiting)."""
    release = threading.Event()
    token = CancelToken()
    timer = threading.Timer(0.2, token.cancel)
    timer.start()
    try:
        yield token, release
    finally:
        release.set()
        timer.cancel()


def test_cancel_interrupts_a_wait_without_deadline() -> None:
    with _cancelled_while_blocked() as (token, release):
        t0 = time.monotonic()
        with pytest.raises(Cancelled):
            background.call(lambda: release.wait(10), None, token)
        assert time.monotonic() - t0 < 5  # generous bound


def test_an_already_cancelled_token_raises_at_once() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        background.call(lambda: 1, 5.0, token)


def test_run_parallel_gives_results_errors_and_leaves_out_the_late() -> None:
    release = threading.Event()

    def fails() -> None:
        raise ValueError("bad")

    try:
        outcomes = background.run_parallel(
            {"a": lambda: 1, "b": fails, "late": lambda: release.wait(10)}, None, 0.5)
    finally:
        release.set()
    assert outcomes["a"] == 1
    assert isinstance(outcomes["b"], ValueError)
    assert "late" not in outcomes


def test_run_parallel_runs_side_by_side() -> None:
    barrier = threading.Barrier(3, timeout=5)  # only passes when all three run at once
    outcomes = background.run_parallel({i: barrier.wait for i in range(3)}, None, 10)
    assert sorted(outcomes) == [0, 1, 2]
    assert not any(isinstance(v, BaseException) for v in outcomes.values())


def test_run_parallel_with_nothing_to_do() -> None:
    assert background.run_parallel({}, None, 1.0) == {}


def test_run_parallel_raises_cancelled() -> None:
    with _cancelled_while_blocked() as (token, release), pytest.raises(Cancelled):
        background.run_parallel({"slow": lambda: release.wait(10)}, token, None)


def test_future_reports_running_then_result_or_error() -> None:
    release = threading.Event()
    future = background.start(lambda: release.wait(10) and "done")
    with pytest.raises(TimeoutError):
        future.result(0.05)
    with pytest.raises(TimeoutError):
        future.exception(0.05)
    release.set()
    assert future.result(5) == "done" and future.exception() is None and future.done()

    def fails() -> None:
        raise KeyError("k")

    failed = background.start(fails)
    assert isinstance(failed.exception(5), KeyError)
    with pytest.raises(KeyError):
        failed.result()


def test_wait_all_returns_when_the_last_finishes_not_at_the_deadline() -> None:
    gates = [threading.Event() for _ in range(3)]
    futures = {i: background.start(lambda gate=gate: gate.wait(10) and 1)
               for i, gate in enumerate(gates)}
    for gate in gates:  # finished one after another while wait_all waits
        threading.Timer(0.1, gate.set).start()
    t0 = time.monotonic()
    assert background.wait_all(futures, 30, None) == {0: 1, 1: 1, 2: 1}
    assert time.monotonic() - t0 < 10  # generous: far from the 30 s deadline
    assert all(not f._waiters for f in futures.values())  # no waiter left behind
