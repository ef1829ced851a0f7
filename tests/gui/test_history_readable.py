"""The History page as a person reads it at 1280×800: whole verdicts, local human dates,
the security named as the form names it (issue 14, defects 8 and 9)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from app.gui.pages.history import COL_SERVER, COL_STATUS, COL_TIME, COL_VERDICT
from tests.support.gui import show_history, two_runs
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def history_of_two_runs(qtbot: Any, make_window: Any, server: SmtpServer, pki: TestPki,
                        width: int, height: int) -> Any:
    """A window of ``width`` x ``height`` after two runs, its History page showing both."""
    window = make_window(resize=False)
    window.resize(width, height)
    two_runs(qtbot, window, server, pki)
    return show_history(qtbot, window, 2)


def test_history_columns_and_dates_are_readable(qtbot: Any, make_window: Any,
                                                smtp_starttls_auth: SmtpServer,
                                                pki: TestPki) -> None:
    page = history_of_two_runs(qtbot, make_window, smtp_starttls_auth, pki, 1280, 800)
    table, model = page.table, page.model
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    for row in range(model.rowCount()):
        for col in (COL_TIME, COL_STATUS, COL_SERVER):
            text = str(model.index(row, col).data())
            assert header.sectionSize(col) >= metrics.horizontalAdvance(text), (col, text)
    # The verdict column gets the room (a long verdict is whole in its tool tip): a failure's
    # verdict fits, and at least 40 characters do.
    failed = str(model.index(0, COL_VERDICT).data())
    assert header.sectionSize(COL_VERDICT) >= max(metrics.horizontalAdvance(failed),
                                                  metrics.averageCharWidth() * 40), failed
    # A local date in words, the way the user's locale writes it; ISO stays in exports.
    when = str(model.index(0, COL_TIME).data())
    assert not ISO.search(when), when
    today = QDateTime.currentDateTime().date()
    assert when.startswith(QLocale().toString(today, "d MMM yyyy")) or \
        when.startswith(QLocale().toString(QDate(today).addDays(-1), "d MMM yyyy")), when
    server = str(model.index(0, COL_SERVER).data())
    assert server == f"localhost:{smtp_starttls_auth.port}, STARTTLS"

    page.select_rows(0, 1)
    with qtbot.waitSignal(page.compared, timeout=5000):
        page.compare_button.click()
    heading = page.comparison.heading.text()
    assert "Before:" in heading and not ISO.search(heading), heading


def test_history_columns_share_the_room_at_800x600(qtbot: Any, make_window: Any,
                                                   smtp_starttls_auth: SmtpServer,
                                                   pki: TestPki) -> None:
    """A small screen: no sideways scrolling, and the verdict keeps a readable width (whole in
    its tool tip)."""
    page = history_of_two_runs(qtbot, make_window, smtp_starttls_auth, pki, 800, 600)
    table, model = page.table, page.model
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    qtbot.waitUntil(lambda: header.sectionSize(COL_VERDICT) >= metrics.averageCharWidth() * 16,
                    timeout=3000)  # the columns are sized to the rows just listed
    assert not table.horizontalScrollBar().isVisible()
    verdict = str(model.index(0, COL_VERDICT).data())
    assert verdict in str(model.index(0, COL_VERDICT).data(Qt.ItemDataRole.ToolTipRole))
