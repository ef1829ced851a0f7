"""Monitor against real loopback servers: schedule, per-phase latency, failures, summary, CSV,
stop, and an hour of simulated time without growth in threads, sockets or memory."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import json
import os
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.cancel import CancelToken
from app.core.model import AuthMethod, RunResult, Security, StopAfter, Timeouts
from app.core.monitor import (
    PHASES,
    Monitor,
    Sample,
    SimulatedClock,
    SystemClock,
    csv_text,
    percentile,
    sample_line,
    summarize,
    summary_lines,
)
from tests.support.checks import auth_settings, make_settings
from tests.support.proc import open_fds, socket_fds, wait_until
from tests.support.servers import scripted
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer
from tests.support.servers.smtpd import SmtpServer

SmtpFactory = Callable[..., SmtpServer]
ScriptedFactory = Callable[..., ScriptedServer]
FIGURES_ENV = "SMTP_DOCTOR_MONITOR_FIGURES"  # optional: write the measured figures here (JSON)


def _plain(port: int, **overrides: Any) -> Any:
    overrides.setdefault("security", Security.NONE)
    return make_settings(port, **overrides)


# ------------------------------------------------------------------------ schedule and phases


def test_an_hour_every_minute_is_sixty_runs_on_a_fixed_grid(smtp_plain: SmtpServer) -> None:
    clock = SimulatedClock()
    monitor = Monitor(_plain(smtp_plain.port), every=60, duration=3600, clock=clock)
    started = time.monotonic()
    summary = monitor.run()
    assert time.monotonic() - started < 30  # an hour of simulated time, in seconds
    assert clock.skipped > 3500
    samples = monitor.samples
    assert summary.runs == len(samples) == 60 and summary.failures == 0
    assert not summary.stopped
    for k, sample in enumerate(samples):
        assert sample.index == k + 1
        assert abs(sample.elapsed_s - 60 * k) < 2.0, (k, sample.elapsed_s)
        assert sample.status == "pass" and sample.diagnosis is None
        assert sample.phases["connect"] is not None and sample.phases["greeting"] is not None
        assert sample.phases["tls"] is None and sample.phases["auth"] is None  # not in this check
        assert sample.phases["total"] is not None and sample.phases["total"] > 0
    # wall-clock times follow the simulated clock: a minute apart
    first, last = samples[0].time, samples[-1].time
    span = dt.datetime.fromisoformat(last) - dt.datetime.fromisoformat(first)
    assert 59 * 60 - 5 <= span.total_seconds() <= 59 * 60 + 5
    assert summary.phases["connect"].count == 60 and summary.phases["tls"].count == 0
    assert summary.phases["tls"].p50 is None


def test_phases_with_starttls_and_auth(smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    settings = auth_settings(smtp_starttls_auth.port, security=Security.STARTTLS,
                             auth=AuthMethod.AUTO, ca_file=str(pki.ca_file),
                             stop_after=StopAfter.AUTH)
    seen: list[tuple[Sample, RunResult]] = []
    monitor = Monitor(settings, every=5, count=3, clock=SimulatedClock(),
                      on_sample=lambda s, r: seen.append((s, r)))
    summary = monitor.run()
    assert summary.runs == 3 and len(seen) == 3
    for sample, result in seen:
        steps = {s.id: s for s in result.steps}
        assert sample.phases["tls"] == steps["starttls"].duration_ms
        assert sample.phases["auth"] == steps["auth"].duration_ms
        assert sample.phases["connect"] == steps["connect"].duration_ms
        assert sample.phases["total"] == result.total_ms
    for phase in PHASES:
        stats = summary.phases[phase]
        assert stats.count == 3 and stats.p50 is not None and stats.max is not None
        assert stats.p50 <= stats.p95 <= stats.max  # type: ignore[operator]


def test_failures_by_diagnosis_and_csv(smtp_server_factory: SmtpFactory, tmp_path: Path) -> None:
    server = smtp_server_factory()
    port = server.port

    def on_sample(sample: Sample, _result: RunResult) -> None:
        if sample.index == 3:
            server.stop()  # from now on the port refuses connections

    monitor = Monitor(_plain(port), every=30, count=6, clock=SimulatedClock(),
                      on_sample=on_sample)
    summary = monitor.run()
    statuses = [s.status for s in monitor.samples]
    assert statuses == ["pass"] * 3 + ["fail"] * 3
    assert summary.failures == 3 and summary.passed == 3
    assert summary.failures_by_diagnosis == {"tcp.refused": 3}
    failed = monitor.samples[-1]
    assert failed.diagnosis == "tcp.refused" and failed.failed
    assert failed.phases["connect"] is None and failed.phases["total"] is not None
    assert summary.phases["connect"].count == 3
    assert "tcp.refused" in sample_line(failed) and "FAIL" in sample_line(failed)
    assert any("3 x tcp.refused" in line for line in summary_lines(summary))

    path = tmp_path / "series.csv"
    monitor.write_csv(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert len(rows) == 6
    assert list(rows[0]) == ["index", "time", "elapsed_s", "status", "diagnosis", "connect_ms",
                             "greeting_ms", "tls_ms", "auth_ms", "total_ms", "verdict"]
    assert rows[0]["status"] == "pass" and float(rows[0]["connect_ms"]) >= 0
    assert rows[5]["diagnosis"] == "tcp.refused" and rows[5]["connect_ms"] == ""
    assert float(rows[5]["elapsed_s"]) == pytest.approx(150, abs=2)


def test_stop_cancels_the_run_in_flight(scripted_server_factory: ScriptedFactory) -> None:
    """stop() from another thread while a reply is awaited: ends within a second, the cancelled
    run is not recorded, the summary says stopped."""
    server = scripted_server_factory(scripted.silent_after_greeting)
    settings = _plain(server.port, timeouts=Timeouts(connect=2, reply=30, step=60, dns=2))
    monitor = Monitor(settings, every=60)
    box: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: box.setdefault("summary", monitor.run()))
    worker.start()
    assert wait_until(lambda: server.heard(b"EHLO"), timeout=10)  # the EHLO reply is awaited
    stopped_at = time.monotonic()
    monitor.stop()
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - stopped_at < 1.5
    assert box["summary"].runs == 0 and box["summary"].stopped
    assert not monitor.running


class _WatchedClock(SystemClock):
    """The real clock; ``waiting`` is set when the monitor starts waiting for its next run."""

    def __init__(self) -> None:
        self.waiting = threading.Event()

    def sleep(self, seconds: float, cancel: CancelToken) -> bool:
        self.waiting.set()
        return super().sleep(seconds, cancel)


def test_stop_while_waiting_for_the_next_run(smtp_plain: SmtpServer) -> None:
    clock = _WatchedClock()
    monitor = Monitor(_plain(smtp_plain.port), every=120, count=10, clock=clock)
    worker = threading.Thread(target=monitor.run)
    worker.start()
    assert clock.waiting.wait(10)
    stopped_at = time.monotonic()
    monitor.stop()
    worker.join(5)
    assert time.monotonic() - stopped_at < 1.0
    summary = monitor.summary()
    assert summary.runs == 1 and summary.stopped


def test_argument_checks(smtp_plain: SmtpServer) -> None:
    settings = _plain(smtp_plain.port)
    for bad in ({"every": 0}, {"count": 0}, {"duration": -1}):
        with pytest.raises(ValueError):
            Monitor(settings, **bad)  # type: ignore[arg-type]


# ------------------------------------------------------------------------ pure helpers


def test_percentile_nearest_rank() -> None:
    values = sorted(float(v) for v in range(1, 101))
    assert percentile(values, 50) == 50 and percentile(values, 95) == 95
    assert percentile(values, 100) == 100 and percentile([7.0], 95) == 7.0


def test_summary_and_csv_cells() -> None:
    phases: dict[str, float | None] = {p: 1.0 for p in PHASES}
    samples = [Sample(1, "t1", "pass", None, "ok", phases),
               Sample(2, "t2", "fail", "auth.failed", "=HYPERLINK(\"x\")", {**phases,
                                                                            "auth": None}),
               Sample(3, "t3", "fail", "auth.failed", "-1+1", phases)]
    summary = summarize(samples)
    assert summary.failures_by_diagnosis == {"auth.failed": 2}
    assert summary.phases["auth"].count == 2
    assert json.loads(json.dumps(summary.to_dict()))["runs"] == 3
    rows = list(csv.reader(io.StringIO(csv_text(samples))))
    assert rows[2][-1] == "'=HYPERLINK(\"x\")"  # no formula in a spreadsheet
    assert rows[3][-1] == "'-1+1"
    assert rows[1][5] == "1.0"


# ------------------------------------------------------------------------ leaks


@pytest.mark.slow
def test_simulated_hour_without_growth(smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    """One run every 10 s for an hour (360 real STARTTLS + AUTH checks against the loopback
    server, waits skipped). After a warm-up, threads, open fds (sockets) and traced Python memory
    must not grow. ``max_samples`` keeps the stored series the same size at both checkpoints,
    so any growth would be a leak, not data."""
    settings = auth_settings(smtp_starttls_auth.port, security=Security.STARTTLS,
                             auth=AuthMethod.AUTO, ca_file=str(pki.ca_file),
                             stop_after=StopAfter.AUTH)
    warmup, every, hour = 30, 10.0, 3600.0
    expected_runs = int(hour / every)
    marks: dict[str, dict[str, float]] = {}

    def measure() -> dict[str, float]:
        time.sleep(0.2)  # let the server side close the last connection (real time)
        gc.collect()
        return {"threads": threading.active_count(), "fds": len(open_fds()),
                "sockets": len(socket_fds()), "memory": tracemalloc.get_traced_memory()[0]}

    def on_sample(sample: Sample, _result: RunResult) -> None:
        # the test server keeps a record of every AUTH attempt (test bookkeeping, ~150 B a
        # run): drop it so that what is measured is the client
        smtp_starttls_auth.auth_attempts.clear()
        if sample.index == warmup:
            marks["warm"] = measure()

    tracemalloc.start()
    try:
        monitor = Monitor(settings, every=every, duration=hour, clock=SimulatedClock(),
                          on_sample=on_sample, max_samples=warmup)
        started = time.monotonic()
        summary = monitor.run()
        took = time.monotonic() - started
        marks["end"] = measure()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.failures == 0, summary.failures_by_diagnosis
    assert monitor.samples[-1].index == expected_runs
    warm, end = marks["warm"], marks["end"]
    growth = end["memory"] - warm["memory"]
    figures = {"runs": expected_runs, "real_seconds": round(took, 1),
               "threads": [warm["threads"], end["threads"]], "fds": [warm["fds"], end["fds"]],
               "sockets": [warm["sockets"], end["sockets"]],
               "traced_memory_kib": [round(warm["memory"] / 1024), round(end["memory"] / 1024)],
               "growth_kib": round(growth / 1024, 1),
               "growth_bytes_per_run": round(growth / (expected_runs - warmup), 1),
               "peak_kib": round(peak / 1024)}
    print("\nsimulated hour:", json.dumps(figures))
    if os.environ.get(FIGURES_ENV):
        Path(os.environ[FIGURES_ENV]).write_text(json.dumps(figures, indent=2) + "\n")
    assert end["threads"] <= warm["threads"], figures
    assert end["fds"] <= warm["fds"], figures
    assert end["sockets"] <= warm["sockets"], figures
    # generous: 330 runs leaking even 1 KiB each would be 330 KiB
    assert growth < 256 * 1024, figures
