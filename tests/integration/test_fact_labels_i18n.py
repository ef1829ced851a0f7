"""The facts under each step in the user's language (issue 19): a real run against aiosmtpd
with STARTTLS (trustme certificate, so the certificate's facts appear), rendered as the
Markdown, HTML and text reports in German and in the pseudo-locale. Every label comes from
app/core/text/facts.py through the catalogue; none falls back to humanize()."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.core.checks.connection import run_check
from app.core.model import RunResult, Security, StopAfter
from app.core.text import facts as fact_words
from app.core.text import report
from app.core.text.i18n import msg, set_language
from app.core.text.report_text import results_text
from app.core.text.words import humanize
from tests.support.checks import RECIPIENT, SENDER, make_settings
from tests.support.fact_labels import html_labels, md_labels, run_keys, shown_keys, txt_labels
from tests.support.servers.pki import TestPki
from tests.support.servers.smtpd import SmtpServer

FORMATS: dict[str, Callable[[str], list[str]]] = {"md": md_labels, "html": html_labels,
                                                  "txt": txt_labels}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunResult]:
    from tests.support.servers.pki import build_pki

    pki: TestPki = build_pki(tmp_path_factory.mktemp("pki"))
    with SmtpServer(pki=pki, tls="starttls") as server:
        yield run_check(make_settings(server.port, security=Security.STARTTLS,
                                      ca_file=str(pki.ca_file), mail_from=SENDER,
                                      rcpt_to=RECIPIENT, stop_after=StopAfter.DATA))


@pytest.fixture
def german() -> Iterator[None]:
    set_language("de")
    yield
    set_language(None)


def test_the_run_has_the_facts_this_test_is_about(run: RunResult) -> None:
    keys, sent = run_keys(run)
    assert {"certificate", "not_after", "sans", "attempts", "tls_version",
            "mail_from"} <= keys, keys
    assert "STARTTLS" in sent
    missing = sorted(k for k in keys if k not in fact_words.LABELS)
    assert not missing, f"keys of a real run shown through humanize(): {missing}"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_german_report_labels_every_fact_in_german(run: RunResult, german: None,
                                                     fmt: str) -> None:
    keys, sent = run_keys(run)
    text = report.render(run, fmt)
    labels = FORMATS[fmt](text)
    wanted = {msg(fact_words.LABELS[k]) for k in shown_keys(keys, fmt)}
    assert wanted <= set(labels), sorted(wanted - set(labels))
    strays = sorted(set(labels) - wanted - sent)
    assert not strays, f"labels that are not the German ones: {strays}"
    english = {fact_words.LABELS[k] for k in keys} | {humanize(k) for k in keys}
    assert not (english - wanted - sent) & set(labels)
    assert msg("Valid until") == "Gültig bis" and "Gültig bis" in labels
    # the value words too: booleans, a connect result, seconds with a decimal comma
    assert "Abgelaufen: nein" in text or "Abgelaufen</th><td>nein" in text \
        or "**Abgelaufen:** nein" in text
    assert "verbunden" in text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_pseudo_locale_brackets_every_fact_label(run: RunResult, fmt: str) -> None:
    set_language("pseudo")
    try:
        _keys, sent = run_keys(run)
        labels = FORMATS[fmt](report.render(run, fmt))
    finally:
        set_language(None)
    assert labels
    plain = [label for label in labels if label not in sent
             and not (label.startswith("[") and label.endswith("]"))]
    assert not plain, f"fact labels that never went through the catalogue: {plain}"


def test_the_clipboard_text_says_the_same(run: RunResult, german: None) -> None:
    keys, _sent = run_keys(run)
    labels = set(txt_labels(results_text(run)))
    assert {msg(fact_words.LABELS[k]) for k in shown_keys(keys, "txt")} <= labels
