"""When a run ends, Details shows the failing step's cause and every fix (issue 14, defect 1).

Real failing peers on loopback; the run is started and watched through the real widgets only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from app.core.model import Status
from tests.support.gui import fill, page_of
from tests.support.servers.pki import TestPki
from tests.support.servers.scripted import ScriptedServer, silent
from tests.support.servers.smtpd import SmtpServer
from tests.support.worlds import FAILING_SETUPS


@pytest.fixture
def stack() -> Iterator[ExitStack]:
    with ExitStack() as s:
        yield s


def assert_failure_explained(results: Any) -> None:
    """The failing step is selected and Details says what went wrong and every fix."""
    rows = results.model.rows()
    failing = [i for i, r in enumerate(rows) if r.result and r.result.status is Status.FAIL]
    assert failing, [(r.id, r.result and r.result.status) for r in rows]
    assert results.steps.currentIndex().row() == failing[0]
    step = rows[failing[0]].result
    assert step.advice is not None and step.advice.fixes, step
    text = results.details.toPlainText()
    assert "Running…" not in text, text
    assert step.advice.cause in text, text
    for fix in step.advice.fixes:
        assert fix in text, (fix, text)


@pytest.mark.parametrize("case", list(FAILING_SETUPS))
def test_details_show_the_cause_and_fixes_when_a_run_fails(
        qtbot: Any, window: Any, pki: TestPki, stack: ExitStack, case: str) -> None:
    setup, action = FAILING_SETUPS[case]
    fill(window, **setup(stack, pki))
    window.action_buttons[action].click()
    qtbot.waitUntil(lambda: not window.busy, timeout=20000)
    result = window.results.result
    assert result is not None and result.status is Status.FAIL, result and result.verdict
    assert_failure_explained(window.results)


def _tls_expired(stack: ExitStack, pki: TestPki) -> tuple[int, str]:
    return stack.enter_context(SmtpServer(pki=pki, tls="tls", cert="expired")).port, "tls"


def _tls_silent(stack: ExitStack, pki: TestPki) -> tuple[int, str]:
    return stack.enter_context(ScriptedServer(silent)).port, "starttls"


@pytest.mark.parametrize("setup", [_tls_expired, _tls_silent], ids=["expired", "silent"])
def test_tool_page_details_show_the_cause_and_fixes(
        qtbot: Any, window: Any, pki: TestPki, stack: ExitStack,
        setup: Callable[[ExitStack, TestPki], tuple[int, str]]) -> None:
    """The tool pages share pages/base.py and the results panel: the TLS page."""
    port, security = setup(stack, pki)
    fill(window, ca_file=str(pki.ca_file), connect_timeout="2", reply_timeout="2")
    page = page_of(window, "TlsPage", qtbot)
    page.host.setText("127.0.0.1")
    page.port.setText(str(port))
    page.security.setCurrentIndex(page.security.findData(security))
    page.run_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=20000)
    assert page.result is not None and page.result.status is Status.FAIL
    assert_failure_explained(page.results)
