"""Blocking work in a daemon thread, awaited with a deadline and a cancel token.

The engine's one concurrency primitive. Calls that have no timeout of their own
(``getaddrinfo``, a keyring backend waiting for an unlock prompt, dnspython's resolver) and calls
that run side by side (probes, DNS lookups) all go through here:

- :func:`start` runs ``fn()`` in a new **daemon** thread and returns a
  :class:`concurrent.futures.Future` that receives its result or the exception it raised.
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

import concurrent.futures
import threading
import time
from collections.abc import Callable, Hashable, Mapping
from concurrent.futures import Future
from typing import Any, TypeVar

from .cancel import Cancelled, CancelToken

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

#: How often a waiting thread looks at the cancel token (seconds).
POLL_S = 0.05


class DeadlineExceeded(TimeoutError):
    """The awaited work did not finish before the deadline (it goes on in its thread)."""


def start(fn: Callable[[], T], name: str = "smtp-doctor-worker") -> Future[T]:
    """Run ``fn()`` in a new daemon thread; the future gets its result or its exception."""
    future: Future[T] = Future()
    future.set_running_or_notify_cancel()

    def target() -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed over to the waiting thread
            future.set_exception(exc)
        else:
            future.set_result(result)

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
        done, _pending = concurrent.futures.wait((future,), timeout=slice_s)
        if done:
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
        _done, pending = concurrent.futures.wait(pending, timeout=slice_s)
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
