"""Monitoring: run a check every N seconds and keep latency figures per phase. No Qt.

Public API::

    monitor = Monitor(settings, every=60, count=None, duration=None,
                      on_sample=callback, on_event=None, cancel=None, clock=None)
    summary = monitor.run()        # blocking: call it in a worker thread
    monitor.stop()                 # any thread; the run in flight is cancelled within a second
    monitor.samples                # list[Sample], a copy
    monitor.summary()              # Summary at any time (runs, failures by diagnosis, p50/p95/max)
    write_csv(samples, file)       # or monitor.write_csv(path)

A :class:`Sample` has the run's time, status, diagnosis, verdict and the latency of each phase
in :data:`PHASES` (connect, greeting, tls, auth, total) in milliseconds, None where the phase did
not run or failed (a failed phase has no meaningful latency; the failure is in ``diagnosis``).

Runs start on a fixed schedule (start + k * every) so they do not drift; when a run takes longer
than ``every`` the next one starts at once rather than bunching up. Runs stopped by ``stop()``
are not recorded.

Time comes from a :class:`Clock` (``monotonic``, ``wall`` and ``sleep(seconds, cancel)``). The
default is the real one; :class:`SimulatedClock` skips the waits, so tests run an hour of
monitoring in seconds against real servers (the checks themselves still take real time).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from .cancel import CancelToken
from .model import Event, RunResult, ServerSettings, Status
from .storage.files import write_atomic
from .text.i18n import msg, number
from .text.report_text import sample_line
from .text.words import ms_figure

PHASES: tuple[str, ...] = ("connect", "greeting", "tls", "auth", "total")
PHASE_STEPS: dict[str, tuple[str, ...]] = {
    "connect": ("connect",),
    "greeting": ("greeting",),
    "tls": ("tls", "starttls"),
    "auth": ("auth",),
}
DEFAULT_EVERY = 60.0

CheckFunction = Callable[[ServerSettings, Callable[[Event], None] | None, CancelToken | None],
                         RunResult]
#: Called before each run of a monitor: the settings to use this time.
Prepare = Callable[[ServerSettings, CancelToken], ServerSettings]


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> dt.datetime: ...

    def sleep(self, seconds: float, cancel: CancelToken) -> bool:
        """Wait up to ``seconds``; True when cancelled meanwhile."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def sleep(self, seconds: float, cancel: CancelToken) -> bool:
        return cancel.wait(seconds)


class SimulatedClock:
    """Real time plus an offset that ``sleep`` advances instantly: the checks take their real
    time, the waits between them take none. Thread-safe."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0
        self._t0 = time.monotonic()
        self._wall0 = start or dt.datetime.now(dt.timezone.utc)

    @property
    def skipped(self) -> float:
        """Seconds of waiting skipped so far."""
        with self._lock:
            return self._offset

    def monotonic(self) -> float:
        with self._lock:
            return time.monotonic() + self._offset

    def wall(self) -> dt.datetime:
        return self._wall0 + dt.timedelta(seconds=self.monotonic() - self._t0)

    def sleep(self, seconds: float, cancel: CancelToken) -> bool:
        if cancel.cancelled:
            return True
        with self._lock:
            self._offset += max(0.0, seconds)
        return cancel.cancelled


@dataclass(frozen=True)
class Sample:
    index: int  # 1, 2, ...
    time: str  # ISO 8601 UTC, when the run started
    status: str  # pass | warn | fail
    diagnosis: str | None
    verdict: str
    phases: dict[str, float | None]  # PHASES -> ms or None
    elapsed_s: float = 0.0  # since the monitor started (for a chart's x axis)

    @property
    def failed(self) -> bool:
        return self.status == Status.FAIL.value

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "time": self.time, "elapsed_s": round(self.elapsed_s, 3),
                "status": self.status, "diagnosis": self.diagnosis, "verdict": self.verdict,
                **{f"{p}_ms": _round(self.phases.get(p)) for p in PHASES}}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def sample_from_result(result: RunResult, index: int = 1, elapsed_s: float = 0.0,
                       when: str | None = None) -> Sample:
    """The latency per phase of one run, from its steps."""
    by_id = {step.id: step for step in result.steps}
    phases: dict[str, float | None] = {}
    for phase, ids in PHASE_STEPS.items():
        value: float | None = None
        for step_id in ids:
            step = by_id.get(step_id)
            if step is not None and step.status in (Status.PASS, Status.WARN):
                value = step.duration_ms
                break
        phases[phase] = value
    phases["total"] = result.total_ms
    return Sample(index=index, time=when or result.started_at, status=result.status.value,
                  diagnosis=result.diagnosis if result.status is Status.FAIL else None,
                  verdict=result.verdict, phases=phases, elapsed_s=elapsed_s)


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values (non-empty)."""
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass(frozen=True)
class PhaseStats:
    count: int
    p50: float | None
    p95: float | None
    max: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "p50_ms": _round(self.p50), "p95_ms": _round(self.p95),
                "max_ms": _round(self.max)}


@dataclass(frozen=True)
class Summary:
    runs: int
    passed: int  # pass or warn
    failures: int
    failures_by_diagnosis: dict[str, int]  # most frequent first
    phases: dict[str, PhaseStats]
    first: str | None = None
    last: str | None = None
    stopped: bool = False  # stopped by the user before count/duration was reached

    def to_dict(self) -> dict[str, Any]:
        return {"runs": self.runs, "passed": self.passed, "failures": self.failures,
                "failures_by_diagnosis": dict(self.failures_by_diagnosis),
                "phases": {k: v.to_dict() for k, v in self.phases.items()},
                "first": self.first, "last": self.last, "stopped": self.stopped}


def summarize(samples: Iterable[Sample], stopped: bool = False) -> Summary:
    items = list(samples)
    failures = Counter(s.diagnosis or "unknown" for s in items if s.failed)
    phases: dict[str, PhaseStats] = {}
    for phase in PHASES:
        values = sorted(v for s in items if (v := s.phases.get(phase)) is not None)
        if values:
            phases[phase] = PhaseStats(len(values), percentile(values, 50),
                                       percentile(values, 95), values[-1])
        else:
            phases[phase] = PhaseStats(0, None, None, None)
    return Summary(runs=len(items), passed=sum(1 for s in items if not s.failed),
                   failures=sum(failures.values()),
                   failures_by_diagnosis=dict(failures.most_common()), phases=phases,
                   first=items[0].time if items else None, last=items[-1].time if items else None,
                   stopped=stopped)


CSV_COLUMNS: tuple[str, ...] = ("index", "time", "elapsed_s", "status", "diagnosis",
                                *(f"{p}_ms" for p in PHASES), "verdict")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    # A cell a spreadsheet would run as a formula (server text can end up in the verdict).
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        text = "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(samples: Iterable[Sample], file: IO[str] | str | os.PathLike[str]) -> None:
    """The series as CSV (header + one row per run; empty cell = phase did not run)."""
    if isinstance(file, (str, os.PathLike)):
        write_atomic(Path(file), csv_text(samples))  # a document: the user's umask
        return
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for sample in samples:
        row = sample.to_dict()
        writer.writerow([_csv_cell(row[c]) for c in CSV_COLUMNS])


def csv_text(samples: Iterable[Sample]) -> str:
    buffer = io.StringIO()
    write_csv(samples, buffer)
    return buffer.getvalue()


@dataclass
class _State:
    samples: list[Sample] = field(default_factory=list)
    stopped: bool = False
    running: bool = False


class Monitor:
    """Repeats a check; thread-safe to observe and stop while ``run()`` works in another thread.

    ``count``: stop after that many recorded runs; ``duration``: runs start only within
    ``duration`` seconds of the first (3600 s every 60 s = 60 runs); neither: until ``stop()``.
    ``on_sample(sample, result)`` is called in the monitor's thread after each run (a GUI
    re-emits it as a signal; the result can go to :class:`~app.core.storage.history.History`).
    ``max_samples`` bounds memory for very long sessions: older samples are dropped
    from ``samples`` and the summary. ``prepare(settings, cancel)`` runs before each check and
    returns the settings to use (the OAuth sign-in's access token, refreshed when it expires
    during a long session: :func:`app.core.oauth.store.fresh_settings`).
    """

    def __init__(self, settings: ServerSettings, *, every: float = DEFAULT_EVERY,
                 count: int | None = None, duration: float | None = None,
                 on_sample: Callable[[Sample, RunResult], None] | None = None,
                 on_event: Callable[[Event], None] | None = None,
                 cancel: CancelToken | None = None, clock: Clock | None = None,
                 check: CheckFunction | None = None, max_samples: int = 100_000,
                 prepare: Prepare | None = None) -> None:
        if every <= 0:
            raise ValueError("every must be more than 0 seconds")
        if count is not None and count < 1:
            raise ValueError("count must be at least 1")
        if duration is not None and duration < 0:
            raise ValueError("duration must not be negative")
        self.settings = settings
        self.every = float(every)
        self.count = count
        self.duration = duration
        self.on_sample = on_sample
        self.on_event = on_event
        self.cancel = cancel or CancelToken()
        self.clock: Clock = clock or SystemClock()
        self.max_samples = max_samples
        self._check = check
        self.prepare = prepare
        self._lock = threading.Lock()
        self._state = _State()

    # ------------------------------------------------------------------ observing
    @property
    def samples(self) -> list[Sample]:
        with self._lock:
            return list(self._state.samples)

    @property
    def running(self) -> bool:
        with self._lock:
            return self._state.running

    def summary(self) -> Summary:
        with self._lock:
            samples, stopped = list(self._state.samples), self._state.stopped
        return summarize(samples, stopped)

    def write_csv(self, file: IO[str] | str | os.PathLike[str]) -> None:
        write_csv(self.samples, file)

    # ------------------------------------------------------------------ control
    def stop(self) -> None:
        """Stop from any thread: the run in flight is cancelled (its sockets closed)."""
        self.cancel.cancel()

    def run(self) -> Summary:
        """Run until count/duration is reached or ``stop()``; returns the summary."""
        check = self._check
        if check is None:
            from .checks.connection import run_check

            check = run_check
        with self._lock:
            if self._state.running:
                raise RuntimeError("this monitor is already running")
            self._state.running = True
        start = self.clock.monotonic()
        try:
            done = 0
            slot = 0
            while True:
                if self.count is not None and done >= self.count:
                    break
                if self.cancel.cancelled:
                    break
                now = self.clock.monotonic()
                when = self.clock.wall().isoformat(timespec="seconds")
                settings = self.settings
                if self.prepare is not None:  # e.g. an OAuth access token refreshed per run
                    settings = self.settings = self.prepare(settings, self.cancel)
                result = check(settings, self.on_event, self.cancel)
                if result.cancelled or self.cancel.cancelled:
                    break
                done += 1
                sample = sample_from_result(result, done, now - start, when)
                with self._lock:
                    self._state.samples.append(sample)
                    if len(self._state.samples) > self.max_samples:
                        del self._state.samples[: len(self._state.samples) - self.max_samples]
                if self.on_sample is not None:
                    self.on_sample(sample, result)
                del result
                if self.count is not None and done >= self.count:
                    break
                # next slot on the fixed grid that is still ahead of us (no burst catch-up)
                now = self.clock.monotonic()
                slot = max(slot + 1, math.ceil((now - start) / self.every - 1e-9))
                next_at = start + slot * self.every
                if self.duration is not None and next_at - start >= self.duration - 1e-9:
                    break
                if self.clock.sleep(next_at - now, self.cancel):
                    break
        finally:
            with self._lock:
                self._state.running = False
                self._state.stopped = self.cancel.cancelled
        return self.summary()


def summary_lines(summary: Summary) -> list[str]:
    counts = {"runs": number(summary.runs), "passed": number(summary.passed),
              "failed": number(summary.failures)}
    lines = [msg("Runs: {runs}, passed: {passed}, failed: {failed}  (stopped)", **counts)
             if summary.stopped else msg("Runs: {runs}, passed: {passed}, failed: {failed}",
                                         **counts)]
    for diagnosis, times in summary.failures_by_diagnosis.items():
        lines.append(f"  {times} x {diagnosis}")
    # column headings: one word each (the figures below are aligned under them)
    lines.append(f"{msg('phase'):<10}{msg('runs'):>6}{msg('p50 ms'):>10}{msg('p95 ms'):>10}"
                 f"{msg('max ms'):>10}")
    for phase in PHASES:
        stats = summary.phases[phase]
        lines.append(f"{phase:<10}{stats.count:>6}{ms_figure(stats.p50):>10}"
                     f"{ms_figure(stats.p95):>10}{ms_figure(stats.max):>10}")
    return lines


def write_summary(summary: Summary, out: IO[str]) -> None:
    for line in summary_lines(summary):
        out.write(line + "\n")


__all__ = [
    "PHASES", "Clock", "Monitor", "PhaseStats", "Sample", "SimulatedClock", "Summary",
    "SystemClock", "csv_text", "percentile", "sample_from_result", "sample_line", "summarize",
    "summary_lines", "write_csv", "write_summary",
]
