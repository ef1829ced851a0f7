"""The Details pane's facts in the user's language (issue 19): the real window runs a check
against aiosmtpd with STARTTLS (trustme certificate), and every fact label it shows is the
catalogue's German one (app/core/text/facts.py, the table every face shares), none humanized
from a key; in the pseudo-locale every label is bracketed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.core.model import RunResult, Status, StepResult
from app.core.text import facts as fact_words
from app.core.text import i18n as core_i18n
from app.core.text.i18n import msg
from app.gui import i18n
from tests.support.checks import RECIPIENT, SENDER
from tests.support.fact_labels import fact_keys
from tests.support.gui import details_of, fill, run
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer


@pytest.fixture
def language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Start the app in a language (its translators and the engine's); English afterwards."""
    yield lambda code: i18n.install(qapp, code)
    i18n.install(qapp, core_i18n.SOURCE)


def _check(qtbot: Any, window: Any, server: SmtpServer, pki: TestPki) -> RunResult:
    fill(window, host="127.0.0.1", port=server.port, security="starttls",
         auth="none", ca_file=str(pki.ca_file), mail_from=SENDER, rcpt_to=RECIPIENT)
    result = run(qtbot, window, "data", timeout=20000)
    assert result is not None and result.status is Status.PASS, result and result.verdict
    return result  # type: ignore[no-any-return]


def _shown_keys(step: StepResult) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    sent: set[str] = set()
    fact_keys(step.facts, keys, sent)
    if "certificate" in keys:  # its flat copies are shown once, inside the certificate
        keys -= set(fact_words.CERT_COPIES)
    return keys, sent


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def test_details_show_every_fact_label_in_german(
        qtbot: Any, make_window: Callable[..., Any], language: Callable[[str], None],
        smtp_server_factory: Callable[..., SmtpServer], pki: TestPki) -> None:
    language("de")
    window = make_window()
    result = _check(qtbot, window, smtp_server_factory(tls="starttls"), pki)
    seen: set[str] = set()
    for step in result.steps:
        keys, _sent = _shown_keys(step)
        if not keys:
            continue
        assert not keys - set(fact_words.LABELS), keys - set(fact_words.LABELS)
        lines = _lines(details_of(window, step.id))
        for key in keys:
            german, english = msg(fact_words.LABELS[key]), fact_words.LABELS[key]
            assert german in lines, (step.id, key, german, sorted(lines))
            if english != german:
                assert english not in lines, (step.id, key, english)
        seen |= keys
    assert {"certificate", "not_after", "sans", "attempts", "tls_version"} <= seen
    assert "Gültig bis" in _lines(details_of(window, "starttls"))


def test_pseudo_locale_brackets_every_fact_label_in_details(
        qtbot: Any, make_window: Callable[..., Any], language: Callable[[str], None],
        smtp_server_factory: Callable[..., SmtpServer], pki: TestPki) -> None:
    language(core_i18n.PSEUDO)
    window = make_window()
    result = _check(qtbot, window, smtp_server_factory(tls="starttls"), pki)
    step = next(s for s in result.steps if s.id == "starttls")
    keys, _sent = _shown_keys(step)
    lines = _lines(details_of(window, "starttls"))
    for key in keys:
        label = msg(fact_words.LABELS[key])
        assert label.startswith("[") and label.endswith("]") and label in lines, (key, label)
        assert fact_words.LABELS[key] not in lines, key
