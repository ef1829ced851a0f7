"""Helpers for the tool-page tests (tests/gui/test_pages_*.py)."""

from __future__ import annotations

import time
from typing import Any

from app.core.model import RunResult, Status


def page_of(window: Any, name: str, qtbot: Any | None = None) -> Any:
    """The tool page by class name, made current (as a user clicking its tab). With ``qtbot``,
    wait until the page has imported its engine in a worker (what happens while a user types)."""
    for page in window.registry.pages():
        if type(page).__name__ == name:
            window.pages.setCurrentWidget(page)
            if qtbot is not None:
                qtbot.waitUntil(lambda p=page: p.warm, timeout=10000)
            return page
    raise KeyError(name)


def run_page(qtbot: Any, page: Any, timeout: int = 20000) -> RunResult:
    page.run_button.click()
    assert page.running, page.results.banner.verdict.text()
    qtbot.waitUntil(lambda: not page.running, timeout=timeout)
    assert page.result is not None, page.results.banner.verdict.text()
    return page.result  # type: ignore[no-any-return]


def statuses(page: Any) -> dict[str, Status]:
    return {row.id: row.result.status for row in page.results.model.rows() if row.result}


def details_of(page: Any, step_id: str) -> str:
    results = page.results
    results.steps.setCurrentIndex(results.model.index(results.model.row_of(step_id), 0))
    return str(results.details.toPlainText())


def assert_fixes_shown(page: Any, step_id: str, diagnosis: str) -> None:
    """The step's diagnosis, its advice title, cause and every numbered fix are on screen."""
    text = details_of(page, step_id)
    step = page.results.details.step
    assert step is not None and step.id == step_id
    assert step.diagnosis == diagnosis, (step.diagnosis, step.summary)
    assert step.advice is not None and step.advice.fixes, step
    assert diagnosis in text and step.advice.title in text and step.advice.cause in text
    for fix in step.advice.fixes:
        assert fix in text


def cancel_within(qtbot: Any, page: Any, wait_for_step: str) -> float:
    """Start, wait until ``wait_for_step`` runs, press Esc's twin (Cancel); seconds to idle."""
    page.run_button.click()
    assert page.running
    qtbot.waitUntil(lambda: page.results.model.row_of(wait_for_step) is not None, timeout=8000)
    assert page.cancel_button.isEnabled() and not page.run_button.isEnabled()
    started = time.monotonic()
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=3000)
    elapsed = time.monotonic() - started
    assert page.result is not None and page.result.cancelled, page.results.banner.verdict.text()
    assert page.results.banner.heading.text() == "Cancelled"
    assert all(row.result is not None for row in page.results.model.rows())  # none spinning
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.progress.isHidden()
    return elapsed
