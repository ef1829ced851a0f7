"""The delivery proof in the window: the "After sending, watch a mailbox" section, the steps
after "Send test email" against the real delivery bed (Postfix, milters, Dovecot), the
countdown while waiting, a field error next to the mailbox, and the page at 800×600."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.model import Status
from tests.support.gui import fill, run, statuses
from tests.support.servers import delivery
from tests.support.servers.delivery import DeliveryMta

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bed() -> Iterator[DeliveryMta]:
    yield from delivery.running_bed()


def _fill(window: Any, bed: DeliveryMta, sender: str) -> None:
    fill(window, host="127.0.0.1", port=bed.port, security="starttls", auth="plain",
         username=delivery.ALICE, password=delivery.ALICE_PASSWORD, ca_file=str(bed.ca_file),
         mail_from=sender, rcpt_to=delivery.BOB)
    watch = window.panel.watch
    window.panel.watch_section.set_expanded(True)
    watch.enabled.setChecked(True)
    watch.mailbox.setText(f"imap://{delivery.BOB}@127.0.0.1:{bed.imap_port}")
    watch.password.setText(delivery.BOB_PASSWORD)
    watch.timeout.setValue(30)


def _details(window: Any, step_id: str) -> str:
    results = window.results
    results.steps.setCurrentIndex(results.model.index(results.model.row_of(step_id), 0))
    return str(results.details.toPlainText())


def test_send_and_watch_shows_where_it_arrived_and_how_it_was_judged(
        qtbot: Any, window: Any, bed: DeliveryMta, tmp_path: Path) -> None:
    _fill(window, bed, "alice@softfail.test")
    waiting: list[tuple[str, str, float]] = []
    window.controller.step_waiting.connect(lambda *args: waiting.append(args))
    result = run(qtbot, window, "data", timeout=60000)
    assert result is not None and not result.cancelled
    got = statuses(window)
    assert got["watch"] is Status.PASS and got["found"] is Status.PASS, (result.verdict, got)
    assert got["authresults"] is Status.WARN
    assert ("watch", "it to arrive", 30.0) in waiting  # the countdown: the watch timeout
    rows = {row.id: row for row in window.results.model.rows()}
    assert rows["watch"].result.title == "Waiting for the message"
    assert rows["found"].result.summary.startswith("Found in Inbox after ")
    assert rows["found"].result.title.startswith("Found in Inbox after ")  # the row says it
    text = _details(window, "authresults")
    assert "delivery.dmarc_fail" in text and "provider.test" in text
    assert delivery.BOB_PASSWORD not in window.results.transcript.toPlainText()
    window.results.copy_results_text()
    window.resize(800, 600)
    window.grab().save(str(tmp_path / "delivery-800x600.png"))
    assert (tmp_path / "delivery-800x600.png").stat().st_size > 0


def test_the_row_counts_down_while_waiting(qtbot: Any, window: Any, bed: DeliveryMta) -> None:
    """Watching alice's own mailbox, where the message to bob never comes: the row says
    "Waiting for the message: waiting for it to arrive, N of 5 s" until the watch ends in
    delivery.not_arrived."""
    from PySide6.QtCore import Qt

    _fill(window, bed, "alice@good.test")
    window.panel.watch.mailbox.setText(f"imap://127.0.0.1:{bed.imap_port}")
    window.panel.watch.password.setText("")
    window.panel.watch.timeout.setValue(5)
    assert window.run_action("data")

    def watch_text() -> str:
        row = window.results.model.row_of("watch")
        if row is None:
            return ""
        return str(window.results.steps.model().index(row, 1).data(
            Qt.ItemDataRole.DisplayRole))

    qtbot.waitUntil(lambda: "of 5 s" in watch_text(), timeout=15000)
    assert watch_text().startswith("Waiting for the message: waiting for it to arrive, ")
    qtbot.waitUntil(lambda: not window.busy, timeout=30000)
    assert statuses(window)["watch"] is Status.FAIL
    assert "delivery.not_arrived" in _details(window, "watch")


def test_bad_mailbox_address_is_shown_next_to_the_field(qtbot: Any, window: Any,
                                                         bed: DeliveryMta) -> None:
    _fill(window, bed, "alice@good.test")
    window.panel.watch.mailbox.setText(f"imap://bob:{delivery.BOB_PASSWORD}@127.0.0.1")
    window.run_action("data")
    qtbot.waitUntil(lambda: bool(window.panel.error_for("watch_imap")), timeout=5000)
    message = window.panel.error_for("watch_imap")
    assert "password" in message and delivery.BOB_PASSWORD not in message
    assert not window.busy


def test_watching_is_only_for_send_test_email(qtbot: Any, window: Any, bed: DeliveryMta) -> None:
    """With watching on, "Test login" runs no delivery steps (and refuses nothing)."""
    _fill(window, bed, "alice@good.test")
    result = run(qtbot, window, "auth")
    assert result is not None and result.status is Status.PASS, result.verdict
    assert "watch" not in statuses(window)


def test_profile_keeps_the_watch_options_but_never_the_mailbox_password(
        window: Any, bed: DeliveryMta) -> None:
    _fill(window, bed, "alice@good.test")
    values = window.panel.profile_values()
    assert values["watch_enabled"] is True and values["watch_mailbox"].startswith("imap://")
    assert delivery.BOB_PASSWORD not in str(values)
    from app.core.storage.profiles import Profile

    saved = Profile.from_mapping("p", {**values, "imap_password": delivery.BOB_PASSWORD})
    assert delivery.BOB_PASSWORD not in str(saved)


def test_sub_second_durations_read_in_milliseconds() -> None:
    """The delay to "found" (0.7 s on loopback) reads "704 ms", not "1 ms"; a time in ms too."""
    from app.gui.facts import value_text

    assert value_text("delay_s", 0.704) == "704 ms"
    assert value_text("elapsed_ms", 500) == "500 ms"
    assert value_text("waited_s", 2.5) == "2.5 s"
