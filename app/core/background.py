"""Blocking work in a daemon thread, awaited with a deadline and a cancel token.

The engine's one concurrency primitive. Calls that have no timeout of their own
(``getaddrinfo``, a keyring backend waiting for an unlock prompt, dnspython's resolver) and calls
that run side by side (probes, DNS lookups) all go through here:

- :func:`start` runs ``fn()`` in a new **daemon** thread and returns a :class:`Future` (the
  part of :class:`concurrent.futures.Future` the engine uses: ``done``, ``result``,
  ``exception``) that receives its result or the exception it raised. Not concurrent.futures'
  own: importing it imports logging, ~3 ms at every CLI start, and every check starts threads.
- :func:`wait` waits for one future, :func:`wait_all` for several, in short slices so that a
  cancel (and, in the main thread, a signal such as Ctrl-C) is noticed within ``POLL_S``.
- :func:`call` is ``wait(start(fn))``; :func:`run_parallel` starts several callables and returns
  what finished in time.

On timeout :func:`wait` raises :class:`DeadlineExceeded` (a ``TimeoutError``); on cancel it raises
:class:`~app.core.cancel.Cancelled`. In both cases the thread is **not** stopped (Python cannot
stop a thread): it finishes on its own and its result is dropped. Being a daemon it cannot keep the
process alive. Work that holds a socket registers it with the :class:`CancelToken`, whose
``cancel()`` closes it, so a cancelled network call ends at once instead of lingering.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Collection, Hashable, Mapping
from typing import Any, Generic, TypeVar

from .cancel import Cancelled, CancelToken

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

#: How often a waiting thread looks at the cancel token (seconds).
POLL_S = 0.05


class DeadlineExceeded(TimeoutError):
    """The awaited work did not finish before the deadline (it goes on in its thread)."""


class Future(Generic[T]):
    """The result of work in another thread, or the exception it raised, once it is done."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._result: T | None = None
        self._error: BaseException | None = None
        self._waiters: list[threading.Event] = []  # set when this one is done (_wait_any)

    def done(self) -> bool:
        return self._done.is_set()

    def exception(self, timeout: float | None = None) -> BaseException | None:
        """The exception the work raised (None if it returned); TimeoutError if not done in
        ``timeout`` seconds."""
        if not self._done.wait(timeout):
            raise TimeoutError()
        return self._error

    def result(self, timeout: float | None = None) -> T:
        """What the work returned; raises what it raised, or TimeoutError if not done in
        ``timeout`` seconds."""
        error = self.exception(timeout)
        if error is not None:
            raise error
        return self._result  # type: ignore[return-value]

    def _finish(self, result: T | None, error: BaseException | None) -> None:
        with self._lock:
            self._result, self._error = result, error
            self._done.set()
            waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter.set()


def _wait_any(futures: Collection[Future[Any]], timeout: float) -> set[Future[Any]]:
    """Wait until one of ``futures`` is done or ``timeout`` passes; those not done yet."""
    woken = threading.Event()
    watched = []
    try:
        for future in futures:
            with future._lock:
                if future.done():
                    break
                future._waiters.append(woken)
                watched.append(future)
        else:
            woken.wait(timeout)
    finally:
        for future in watched:
            with future._lock, contextlib.suppress(ValueError):
                future._waiters.remove(woken)
    return {future for future in futures if not future.done()}


def start(fn: Callable[[], T], name: str = "smtp-doctor-worker") -> Future[T]:
    """Run ``fn()`` in a new daemon thread; the future gets its result or its exception."""
    future: Future[T] = Future()

    def target() -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed over to the waiting thread
            future._finish(None, exc)
        else:
            future._finish(result, None)

    threading.Thread(target=target, name=name[:60], daemon=True).start()
    return future


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - time.monotonic()


def wait(future: Future[T], timeout: float | None, cancel: CancelToken | None = None) -> T:
    """The result of ``future`` (its exception is re-raised here).

    ``timeout`` None waits without a deadline. Raises :class:`DeadlineExceeded` when ``timeout``
    seconds pass and :class:`Cancelled` when ``cancel`` fires first; the work is left running.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        remaining = _remaining(deadline)
        if remaining is not None and remaining <= 0:
            raise DeadlineExceeded(f"not finished within {timeout:g} s")
        slice_s = POLL_S if remaining is None else min(remaining, POLL_S)
        # Not future.result(timeout): its TimeoutError is the builtin one, which the work itself
        # may raise; a done future is asked for its result only once it is done.
        if future._done.wait(slice_s):
            return future.result()


def wait_all(futures: Mapping[K, Future[Any]], timeout: float | None,
             cancel: CancelToken | None = None) -> dict[K, Any]:
    """Wait until every future is done or ``timeout`` passes; ``{key: result or exception}``.

    Futures not done by the deadline are left out (their work goes on and is dropped). Raises
    :class:`Cancelled` when ``cancel`` fires meanwhile.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    pending = set(futures.values())
    while pending:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        remaining = _remaining(deadline)
        if remaining is not None and remaining <= 0:
            break
        slice_s = POLL_S if remaining is None else min(remaining, POLL_S)
        pending = _wait_any(pending, slice_s)
    outcomes: dict[K, Any] = {}
    for key, future in futures.items():
        if future.done():
            error = future.exception()
            outcomes[key] = error if error is not None else future.result()
    return outcomes


def call(fn: Callable[[], T], timeout: float | None, cancel: CancelToken | None = None,
         name: str = "smtp-doctor-worker") -> T:
    """Run ``fn()`` in a daemon thread and wait for it as :func:`wait` does."""
    return wait(start(fn, name), timeout, cancel)


def run_parallel(tasks: Mapping[K, Callable[[], Any]], cancel: CancelToken | None,
                 timeout: float | None, name: str = "smtp-doctor") -> dict[K, Any]:
    """Run each callable in its own daemon thread; ``{key: result or the exception it raised}``.

    Waits at most ``timeout`` seconds (late results are left out) and raises :class:`Cancelled`
    when the token fires meanwhile. Threads are named ``f"{name}-{key}"``.
    """
    futures = {key: start(fn, f"{name}-{key}") for key, fn in tasks.items()}
    return wait_all(futures, timeout, cancel)
