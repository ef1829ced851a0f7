"""The History page after real GUI runs against the loopback servers."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool

from app.core.model import Status
from app.core.storage.history import DATA_DIR_ENV, FILE_NAME
from app.gui.pages.history import COL_STATUS, COL_VERDICT, HistoryPage
from tests.support.gui import StallMeter, fill, run, show_history, two_runs
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import CANARY_PASSWORD, SmtpServer


def _step_statuses(page: HistoryPage) -> dict[str, Status]:
    return {r.id: r.result.status for r in page.results.model.rows() if r.result}


def test_runs_are_listed_opened_compared_and_deleted(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    two_runs(qtbot, window, smtp_starttls_auth, pki)
    page = show_history(qtbot, window, 2)
    assert window.current_profile == "Default"
    assert page.profile.currentData() == "Default"
    # Newest first: the failed login, then the passing one; icon + word in the status column.
    assert page.model.index(0, COL_STATUS).data() == "Failed"
    assert page.model.index(1, COL_STATUS).data() in ("Passed", "Warning")
    assert page.model.index(0, COL_STATUS).data(1) is not None
    assert "password" in page.model.index(0, COL_VERDICT).data().lower()

    # Open the older run: the ResultsPanel shows its steps, banner and transcript.
    with qtbot.waitSignal(page.run_opened, timeout=5000) as opened:
        page.select_rows(1)
    assert opened.args[0].id == page.model.run_at(1).id
    got = _step_statuses(page)
    for step in ("connect", "greeting", "ehlo", "starttls", "auth"):
        assert got.get(step) is Status.PASS, (step, got)
    assert page.results.banner.verdict.text() == page.model.run_at(1).verdict
    transcript = page.results.transcript.toPlainText()
    assert " C: EHLO" in transcript and CANARY_PASSWORD not in transcript

    # The failed one shows its diagnosis and fixes when its failing step is selected.
    with qtbot.waitSignal(page.run_opened, timeout=5000):
        page.select_rows(0)
    assert _step_statuses(page)["auth"] is Status.FAIL
    details = page.results.details.toPlainText()
    assert "Diagnosis: auth.failed" in details and "How to fix it" in details

    # Compare the two: the login step changed status.
    page.select_rows(0, 1)
    assert page.compare_button.isEnabled()
    with qtbot.waitSignal(page.compared, timeout=5000) as compared:
        page.compare_button.click()
    comparison = compared.args[0]
    changed = {d.step_id: (d.old_status, d.new_status) for d in comparison.status_changed}
    assert changed["auth"] == ("pass", "fail")
    assert page.tabs.currentWidget() is page.comparison
    tree = page.comparison.tree
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in
            range(tree.topLevelItemCount())}
    auth_title = next(d.title for d in comparison.steps if d.step_id == "auth")
    auth = rows[auth_title]
    assert (auth.text(1), auth.text(2)) == ("Passed", "Failed")
    assert "status changed" in auth.text(5) and auth.font(0).bold()
    assert f"{len(changed)} steps changed status" in page.comparison.heading.text()

    # Delete the failed run.
    page.select_rows(0)
    failed_id = page.model.run_at(0).id
    with qtbot.waitSignal(page.runs_loaded, timeout=5000):
        page.delete_selected(confirm=False)
    assert page.model.rowCount() == 1 and page.model.run_at(0).id != failed_id
    assert QThreadPool.globalInstance().waitForDone(5000)

    # Nothing of the password reached the database file.
    folder = Path(os.environ[DATA_DIR_ENV])
    for path in folder.glob(FILE_NAME + "*"):
        assert CANARY_PASSWORD.encode() not in path.read_bytes()


def test_history_survives_a_restart_and_keeps_the_retention(
        qtbot: Any, make_window: Callable[..., Any], smtp_starttls_auth: SmtpServer,
        pki: TestPki) -> None:
    first = make_window()
    two_runs(qtbot, first, smtp_starttls_auth, pki)
    ids = [r.id for r in show_history(qtbot, first, 2).model.runs()]
    first.close()
    assert QThreadPool.globalInstance().waitForDone(5000)

    second = make_window()  # a new window reading the same data dir
    page = show_history(qtbot, second, 2)
    assert [r.id for r in page.model.runs()] == ids
    with qtbot.waitSignal(page.run_opened, timeout=5000):
        page.select_rows(0)
    assert _step_statuses(page)["auth"] is Status.FAIL

    # Keep the last run only (all profiles together): the older one goes at once.
    page.retention.setValue(1)
    assert page.apply_retention.isEnabled()
    with qtbot.waitSignal(page.runs_loaded, timeout=5000):
        page.set_retention(confirm=False)
    assert [r.id for r in page.model.runs()] == [ids[0]]
    assert page.retention.value() == 1 and not page.apply_retention.isEnabled()


def test_saving_runs_never_stalls_the_event_loop(
        qtbot: Any, window: Any, smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    page = show_history(qtbot, window, 0)
    meter = StallMeter()
    meter.start()
    two_runs(qtbot, window, smtp_starttls_auth, pki)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    stall = meter.stop()
    print(f"\nmax event-loop gap while runs are saved and listed: {stall * 1000:.1f} ms")
    assert stall < 0.1


def test_profiles_are_listed_separately(qtbot: Any, window: Any,
                                        smtp_starttls_auth: SmtpServer, pki: TestPki) -> None:
    page: HistoryPage = window.registry.page("history")
    fill(window, host="localhost", port=smtp_starttls_auth.port, security="starttls",
         auth="none", ca_file=str(pki.ca_file))
    with qtbot.waitSignal(page.stored, timeout=15_000):
        run(qtbot, window, "ehlo")
    window.history.add_run(window.results.result, "Other")
    qtbot.waitUntil(lambda: page.profile.findData("Other") >= 0, timeout=5000)
    page = show_history(qtbot, window, 1)
    page.profile.setCurrentIndex(page.profile.findData("Other"))
    with qtbot.waitSignal(page.runs_loaded, timeout=5000):
        page.profile.activated.emit(page.profile.currentIndex())
    assert page.model.rowCount() == 1 and page.model.run_at(0).profile == "Other"
    page.profile.setCurrentIndex(page.profile.findText("All profiles"))
    with qtbot.waitSignal(page.runs_loaded, timeout=5000):
        page.profile.activated.emit(page.profile.currentIndex())
    assert page.model.rowCount() == 2


def test_saving_a_run_never_builds_the_history_page(
        qtbot: Any, config_dir: Path, memory_keyring: Any, smtp_starttls_auth: SmtpServer,
        pki: TestPki) -> None:
    """The window saves runs through its HistoryService: the History page, a view of it, is
    built only when it is first shown, and then lists the run saved before it existed."""
    from app.gui.main_window import MainWindow

    window = MainWindow()  # not shown yet: nothing builds the pages after a first paint
    qtbot.addWidget(window)
    fill(window, host="localhost", port=smtp_starttls_auth.port, security="starttls",
         auth="none", ca_file=str(pki.ca_file))
    with qtbot.waitSignal(window.history.stored, timeout=15_000) as stored:
        window.action_buttons["ehlo"].click()
    assert window.registry.built("history") is None
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert window.results.result is not None

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.pages.findChild(HistoryPage) is not None, timeout=10_000)
    history = window.pages.findChild(HistoryPage)
    tab = next(i for i in range(window.pages.count()) if window.pages.tabText(i) == "History")
    window.pages.setCurrentIndex(tab)  # as a click on the History tab
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5000)
    assert history.model.run_at(0).id == stored.args[0]
    assert history.model.run_at(0).host == "localhost"
    assert QThreadPool.globalInstance().waitForDone(5000), "a worker thread was left running"
