"""The Monitor page against real loopback servers: chart, table, summary, Stop, CSV, threads."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from app.core.monitor import SimulatedClock
from app.gui.pages.monitor import COL_DIAGNOSIS, COL_STATUS, MonitorPage
from tests.support.gui import StallMeter, fill
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer, silent
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER, SmtpServer


def _configure(page: MonitorPage, *, every: float = 60, count: int | None = None) -> None:
    page.every.setValue(every)
    page.check.setCurrentIndex(page.check.findData("auth"))
    if count is None:
        page.mode.setCurrentIndex(page.mode.findData("forever"))
    else:
        page.mode.setCurrentIndex(page.mode.findData("count"))
        page.count.setValue(count)


def _fill_login(window: Any, server: SmtpServer, pki: TestPki) -> None:
    fill(window, host="localhost", port=server.port, security="starttls", auth="auto",
         username=CANARY_USER, password=CANARY_PASSWORD, ca_file=str(pki.ca_file))


def test_monitor_fills_chart_table_and_summary_and_marks_failures(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    _fill_login(window, smtp_starttls_auth, pki)
    page: MonitorPage = window.registry.page("monitor")
    window.pages.setCurrentWidget(page)

    class ServerGoesAway(SimulatedClock):
        """Runs one minute apart without waiting the minute; after the fifth run the server
        stops (in the monitor's thread, between runs: deterministic)."""

        sleeps = 0

        def sleep(self, seconds: float, cancel: Any) -> bool:
            ServerGoesAway.sleeps += 1
            if ServerGoesAway.sleeps == 5:
                smtp_starttls_auth.stop()
            return super().sleep(seconds, cancel)

    page.clock_factory = ServerGoesAway
    _configure(page, every=60, count=10)

    meter = StallMeter()
    meter.start()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.running, timeout=5000)
    # The rest of the app stays usable: the connection page can be shown and edited meanwhile.
    window.pages.setCurrentIndex(0)
    window.panel.message.subject.setText("still typing")
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    stall = meter.stop()
    print(f"\nmax event-loop gap during a 10-run monitor: {stall * 1000:.1f} ms")
    assert stall < 0.1

    samples = page.samples()
    assert [s.index for s in samples] == list(range(1, 11))
    passed = [s for s in samples if not s.failed]
    failed = [s for s in samples if s.failed]
    assert [s.index for s in passed] == [1, 2, 3, 4, 5]
    assert {s.diagnosis for s in failed} == {"tcp.refused"}
    # Simulated minutes apart: the x axis spans about nine minutes.
    assert samples[-1].elapsed_s == pytest.approx(540, abs=5)

    counts = page.chart.point_counts()
    assert counts["total"] == 10
    assert counts["failures"] == len(failed)
    for phase in ("connect", "greeting", "tls", "auth"):
        assert counts[phase] == 5, (phase, counts)
    failure_points = [page.chart.failures.at(i) for i in range(page.chart.failures.count())]
    totals = {round(p.x()): p.y() for p in (page.chart.series["total"].at(i)
                                           for i in range(10))}
    assert all(totals[round(p.x())] == p.y() for p in failure_points)

    model = page.model
    assert model.rowCount() == 10
    first_fail = failed[0].index - 1
    assert model.index(0, COL_STATUS).data() == "Passed"
    assert model.index(first_fail, COL_STATUS).data() == "Failed"
    assert model.index(first_fail, COL_DIAGNOSIS).data() == "tcp.refused"
    assert model.index(first_fail, COL_STATUS).data(1) is not None  # an icon, not colour alone

    assert page.runs_label.text().startswith(f"10 ({len(passed)} passed, {len(failed)} failed")
    assert "5 × tcp.refused" in page.failures_label.text()
    assert page.stats.item(4, 0).text() == "10"  # total: every run
    assert page.stats.item(3, 0).text() == str(len(passed))  # login: the passing ones
    assert page.stats.item(4, 3).text() != "-"
    assert page.last_summary is not None and page.last_summary.runs == 10
    assert "Finished after 10 runs" in page.state.text()
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_stop_ends_within_a_second_while_waiting_and_mid_check(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki,
        scripted_server_factory: Callable[..., ScriptedServer]) -> None:
    page: MonitorPage = window.registry.page("monitor")
    # 1) Between runs (the real clock, every second, until stopped).
    _fill_login(window, smtp_starttls_auth, pki)
    _configure(page, every=1)
    server = scripted_server_factory(silent)
    baseline = threading.active_count()  # Qt's pool threads idle out; servers are counted
    assert page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=10_000)
    started = time.perf_counter()
    page.stop_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    elapsed = time.perf_counter() - started
    print(f"\nstop between runs took {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0
    assert page.last_summary is not None and page.last_summary.stopped
    assert "Stopped after" in page.state.text()

    # 2) While a check waits for a greeting that never comes.
    fill(window, host="127.0.0.1", port=server.port, security="none", auth="none",
         reply_timeout=30, connect_timeout=10)
    page.check.setCurrentIndex(page.check.findData("ehlo"))
    assert page.run()
    qtbot.waitUntil(lambda: page.running and server.connections == 1, timeout=5000)
    assert page.model.rowCount() == 0  # connected, still waiting for the greeting
    started = time.perf_counter()
    page.cancel()
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    elapsed = time.perf_counter() - started
    print(f"stop mid-check took {elapsed * 1000:.0f} ms")
    assert elapsed < 1.0
    assert page.model.rowCount() == 0  # a cancelled run is not recorded
    assert QThreadPool.globalInstance().waitForDone(3000), "a worker thread was left running"
    qtbot.waitUntil(lambda: threading.active_count() <= baseline, timeout=3000)


def test_closing_the_window_stops_the_monitor(qtbot: Any, window: Any,
                                               smtp_starttls_auth: SmtpServer,
                                               pki: TestPki) -> None:
    page: MonitorPage = window.registry.page("monitor")
    _fill_login(window, smtp_starttls_auth, pki)
    _configure(page, every=3600)
    assert page.run()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.running  # now waiting an hour for the next run
    window.close()
    qtbot.waitUntil(lambda: not page.running, timeout=2000)
    assert QThreadPool.globalInstance().waitForDone(2000)


def test_bad_settings_are_reported_and_nothing_runs(qtbot: Any, window: Any) -> None:
    page: MonitorPage = window.registry.page("monitor")
    fill(window, host="", port="25")
    assert page.run()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert not page.running and page.model.rowCount() == 0
    assert "Connection test page" in page.state.text()
    assert page.start_button.isEnabled()


def test_export_csv_through_the_save_dialog(qtbot: Any, window: Any,
                                            smtp_starttls_auth: SmtpServer, pki: TestPki,
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page: MonitorPage = window.registry.page("monitor")
    _fill_login(window, smtp_starttls_auth, pki)
    page.clock_factory = SimulatedClock
    _configure(page, every=30, count=3)
    assert not page.export_button.isEnabled()
    assert page.run()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert page.export_button.isEnabled()

    target = tmp_path / "series"  # no extension: .csv is added
    asked: list[Any] = []

    def fake_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(page.message, timeout=5000) as blocker:
        page.export_button.click()
    assert asked and str(asked[0][2]).endswith(".csv")
    assert "Saved 3 runs" in blocker.args[0]
    with open(tmp_path / "series.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["index"] for r in rows] == ["1", "2", "3"]
    assert {r["status"] for r in rows} <= {"pass", "warn"}
    assert all(float(r["auth_ms"]) > 0 and float(r["total_ms"]) > 0 for r in rows)
    assert [float(r["elapsed_s"]) for r in rows] == pytest.approx([0, 30, 60], abs=3)
    assert CANARY_PASSWORD not in (tmp_path / "series.csv").read_text(encoding="utf-8")


def test_an_hour_of_monitoring_leaves_no_threads_or_sockets(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    """Sixty runs a simulated minute apart (real checks): flat threads and file descriptors,
    bounded views, and the event loop never stalls."""
    page: MonitorPage = window.registry.page("monitor")
    _fill_login(window, smtp_starttls_auth, pki)
    page.clock_factory = SimulatedClock
    page.mode.setCurrentIndex(page.mode.findData("duration"))
    page.duration.setValue(60)
    page.check.setCurrentIndex(page.check.findData("auth"))
    window.pages.setCurrentWidget(page)
    fds = Path("/proc/self/fd")

    def settle() -> tuple[int, int]:
        assert QThreadPool.globalInstance().waitForDone(5000)
        qtbot.wait(50)
        return threading.active_count(), len(list(fds.iterdir())) if fds.exists() else 0

    threads_before, fds_before = settle()
    meter = StallMeter()
    meter.start()
    assert page.run()
    qtbot.waitUntil(lambda: not page.busy, timeout=120_000)
    stall = meter.stop()
    threads_after, fds_after = settle()
    print(f"\nan hour (simulated) of monitoring: {page.model.rowCount()} runs, max event-loop gap "
          f"{stall * 1000:.1f} ms, threads {threads_before}->{threads_after}, "
          f"fds {fds_before}->{fds_after}")
    assert page.model.rowCount() == 60 and page.chart.point_counts()["total"] == 60
    assert page.summary().failures == 0
    assert stall < 0.1
    assert threads_after <= threads_before
    assert fds_after <= fds_before + 2  # the server side may still be closing one connection


def test_keyboard_on_the_monitor_page(qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer,
                                      pki: TestPki) -> None:
    """Ctrl+Return starts monitoring and Esc stops it; the connection test does not run."""
    page: MonitorPage = window.registry.page("monitor")
    _fill_login(window, smtp_starttls_auth, pki)
    _configure(page, every=1)
    window.pages.setCurrentWidget(page)
    page.every.setFocus()
    assert not window.run_again_action.isEnabled()
    qtbot.keyClick(page.every, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.running, timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=10_000)
    assert window.results.model.rowCount() == 0  # the connection test did not run
    qtbot.keyClick(page.every, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    window.pages.setCurrentIndex(0)
    assert window.run_again_action.isEnabled()
