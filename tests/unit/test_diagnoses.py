"""The fixes knowledge base: every documented id is present, well formed and renders safely."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.core.knowledge import diagnoses
from app.core.knowledge.diagnoses import (
    KNOWN_PLACEHOLDERS,
    advise,
    known_ids,
    load_knowledge_base,
    render,
)
from app.core.knowledge.providers import all_providers
from app.core.knowledge.resources import resource_path
from app.core.model import Advice, Security

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]

REQUIRED_IDS = [
    "input.invalid_host", "input.invalid_port", "input.invalid_address", "input.invalid_value",
    "dns.not_found", "dns.no_address", "dns.timeout", "dns.failure",
    "tcp.refused", "tcp.timeout", "tcp.unreachable",
    "tls.expected_plaintext", "tls.expected_tls", "tls.handshake_failed", "tls.cert_expired",
    "tls.cert_not_yet_valid", "tls.cert_hostname_mismatch", "tls.cert_untrusted",
    "tls.cert_intercepted", "tls.old_protocol", "tls.verify_disabled",
    "smtp.greeting_timeout", "smtp.busy", "smtp.rejected", "smtp.closed", "smtp.reply_timeout",
    "smtp.protocol_error", "smtp.starttls_unavailable", "smtp.starttls_failed",
    "auth.not_offered", "auth.mechanism_unsupported", "auth.encryption_required", "auth.failed",
    "auth.app_password_required", "auth.disabled", "auth.cleartext", "auth.no_credentials",
    "send.auth_required", "app.internal_error",
    "send.sender_rejected", "send.recipient_rejected", "send.relay_denied",
    "send.message_rejected", "send.too_large", "cancelled", "smtp.greeting_slow",
]
WARNINGS = {"tls.verify_disabled", "auth.cleartext", "cancelled"}

FULL_CONTEXT: dict[str, object] = {
    "host": "mail.example.com", "port": 465, "security": Security.TLS, "username": "alice",
    "address": "192.0.2.10", "mail_from": "alice@example.com", "rcpt_to": "bob@example.org",
    "field": "timeout", "value": "-1", "family": "IPv6", "error": "WRONG_VERSION_NUMBER",
    "cert_names": ["a.example.net", "b.example.net"], "suggested_host": "a.example.net",
    "cert_issuer": "Example CA", "cert_not_before": "2031-01-01T00:00:00+00:00",
    "cert_not_after": "2020-01-01T00:00:00+00:00", "tls_version": "TLSv1",
    "reply": "550 5.7.1 Nope", "reply_code": 550, "enhanced_code": "5.7.1",
    "mechanisms": ("PLAIN", "LOGIN"), "size_limit": 10_485_760, "message_size": 20_000_000,
    "suggested_port": 587, "suggested_security": "starttls", "interception_product": "Avast",
    "provider": "Example Mail",
}


@pytest.fixture(scope="module")
def kb() -> dict[str, diagnoses.Diagnosis]:
    return load_knowledge_base()


def _gen_module() -> ModuleType:
    path = ROOT / "tools" / "gen_diagnoses_doc.py"
    spec = importlib.util.spec_from_file_location("gen_diagnoses_doc", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_diagnoses_doc", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("diag_id", REQUIRED_IDS)
def test_required_id_is_complete(kb: dict[str, diagnoses.Diagnosis], diag_id: str) -> None:
    diag = kb[diag_id]
    assert diag.title.strip() and diag.cause.strip()
    assert len(diag.fixes) >= 2
    assert all(fix.strip() for fix in diag.fixes)
    assert diag.severity == ("warn" if diag_id in WARNINGS else "fail")


def test_known_ids_cover_required() -> None:
    assert set(REQUIRED_IDS) <= known_ids()


def test_ids_are_dotted_lowercase(kb: dict[str, diagnoses.Diagnosis]) -> None:
    for diag_id in kb:
        assert re.fullmatch(r"[a-z]+(\.[a-z_]+)?", diag_id), diag_id


def test_placeholders_are_known_and_brackets_balanced(
    kb: dict[str, diagnoses.Diagnosis],
) -> None:
    for diag in kb.values():
        for text in diag.texts():
            assert diagnoses.placeholders(text) <= KNOWN_PLACEHOLDERS, (diag.id, text)
            depth = 0
            for ch in text:
                depth += {"[": 1, "]": -1}.get(ch, 0)
                assert depth in (0, 1), (diag.id, text)  # no nesting, no stray "]"
            assert depth == 0, (diag.id, text)
            # A sentence never starts with a placeholder or an optional part.
            assert not text.startswith(("{", "[")), (diag.id, text)


def test_every_placeholder_has_a_fallback() -> None:
    assert all(diagnoses.FALLBACKS[name] for name in KNOWN_PLACEHOLDERS)


@pytest.mark.parametrize("context", [{}, FULL_CONTEXT, {"host": "smtp.gmail.com"},
                                     {"host": None, "port": None, "cert_names": []}])
def test_every_id_renders_cleanly(kb: dict[str, diagnoses.Diagnosis],
                                  context: dict[str, object]) -> None:
    for diag_id in kb:
        advice = advise(diag_id, context)
        for text in (advice.title, advice.cause, *advice.fixes):
            assert text
            assert "{" not in text and "}" not in text, (diag_id, text)
            # "None" only where the text itself names the option (“set login to None”)
            raw_nones = sum(t.count("None") for t in kb[diag_id].texts())
            assert text.count("None") <= raw_nones, (diag_id, text)
            assert "[" not in text and "]" not in text, (diag_id, text)
            assert "  " not in text, (diag_id, text)
            assert text[0].isupper() or not text[0].isalpha(), (diag_id, text)


def test_provider_ids_in_diagnoses_exist(kb: dict[str, diagnoses.Diagnosis]) -> None:
    provider_ids = {p.id for p in all_providers()}
    for diag in kb.values():
        assert set(diag.provider_fixes) <= provider_ids, diag.id


def test_provider_fixes_come_first_for_gmail(kb: dict[str, diagnoses.Diagnosis]) -> None:
    advice = advise("auth.failed", {"host": "smtp.gmail.com", "port": 587})
    gmail_fix = kb["auth.failed"].provider_fixes["gmail"][0]
    assert advice.fixes[0] == gmail_fix
    assert "app password" in advice.fixes[0]
    # the generic fixes follow, in order
    generic = list(kb["auth.failed"].fixes)
    assert [f for f in advice.fixes if f in generic] == generic


def test_provider_match_is_case_insensitive_with_trailing_dot() -> None:
    advice = advise("auth.disabled", {"host": "SMTP.Office365.COM."})
    assert "Set-CASMailbox" in advice.fixes[0]


def test_explicit_provider_id_is_used() -> None:
    advice = advise("tls.cert_untrusted", {"host": "127.0.0.1", "provider_id": "proton_bridge"})
    assert "Bridge" in advice.fixes[0]


def test_no_provider_fixes_for_unknown_host(kb: dict[str, diagnoses.Diagnosis]) -> None:
    advice = advise("auth.failed", {"host": "mail.example.com"})
    assert list(advice.fixes) == list(kb["auth.failed"].fixes)


def test_placeholders_render() -> None:
    advice = advise("tls.cert_hostname_mismatch", {
        "host": "mail.example.com",
        "cert_names": ["server1.hosting.example", "*.hosting.example"],
        "suggested_host": "server1.hosting.example",
    })
    assert "server1.hosting.example, *.hosting.example" in advice.cause
    assert "mail.example.com" in advice.title
    # A name from the certificate is never offered as "the right server" without saying where
    # it came from (the certificate is the server's own claim).
    assert any("The certificate is issued for server1.hosting.example (a name taken from the "
               "server's own certificate; check with your provider that this is really their "
               "server before you use it)" in fix for fix in advice.fixes)
    assert not any("try server1" in fix for fix in advice.fixes)


def test_missing_placeholders_use_neutral_words() -> None:
    advice = advise("tls.cert_hostname_mismatch", {})
    assert advice.title == "The certificate doesn't match the server name"
    assert "made out for other names" in advice.cause
    assert advice.fixes[0] == "Use a server name the certificate covers and your provider lists."
    assert advise("tcp.timeout", {}).title == "The server did not answer"
    assert advise("tcp.timeout", {"port": 587}).title == "The server did not answer on port 587"


def test_value_rendering() -> None:
    assert render("[{security}]", {"security": Security.STARTTLS}) == "STARTTLS"
    assert render("X {security}", {"security": "tls"}) == "X SSL/TLS"
    assert render("X {size_limit}", {"size_limit": 35_882_577}) == "X 35.9 MB"
    assert render("X {cert_not_after}", {"cert_not_after": "2024-05-01T12:00:00+00:00"}) == (
        "X 2024-05-01")
    assert render("X {mechanisms}", {"mechanisms": ["PLAIN", "LOGIN"]}) == "X PLAIN, LOGIN"
    assert render("X {port}", {"port": None}) == "X the chosen port"
    assert render("{host} answered", {}) == "The server answered"
    # values are never parsed as templates themselves
    assert render("Said {reply}", {"reply": "550 {host} [x]"}) == "Said 550 {host} [x]"
    assert render("At {host}", {"host": "  "}) == "At the server"


def test_interception_sentence() -> None:
    advice = advise("tls.cert_intercepted", {"interception_product": "ESET",
                                             "cert_issuer": "ESET SSL Filter CA"})
    assert "ESET" in advice.cause
    assert any("Avast" in fix for fix in advice.fixes)


def test_unknown_id_gives_generic_advice() -> None:
    advice = advise("no.such.thing", {"host": "smtp.gmail.com"})
    assert isinstance(advice, Advice)
    assert advice.id == "no.such.thing"
    assert advice.title and advice.cause and len(advice.fixes) >= 2


def test_advise_never_raises_on_odd_context() -> None:
    class Weird:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    advice = advise("tcp.timeout", {"host": 42, "port": Weird(), "cert_names": {"b", "a"}})
    assert advice.title == "The server did not answer"
    assert advise("tcp.timeout", None).fixes


def test_advice_to_dict_round_trip() -> None:
    data = advise("auth.failed", {"host": "smtp.gmail.com"}).to_dict()
    assert data["id"] == "auth.failed" and data["fixes"]


def test_knowledge_base_matches_toml_order() -> None:
    with resource_path("diagnoses.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    assert list(load_knowledge_base()) == list(raw)


def test_docs_are_up_to_date() -> None:
    gen = _gen_module()
    expected = gen.render_markdown()
    actual = (ROOT / "docs" / "diagnoses.md").read_text(encoding="utf-8")
    assert actual == expected, "run: python tools/gen_diagnoses_doc.py"
    for diag_id in REQUIRED_IDS:
        assert f"## {diag_id}\n" in actual


def test_every_id_the_engine_names_is_in_the_knowledge_base() -> None:
    """Any "family.name" string literal in app/ that looks like a diagnosis id must be known."""
    root = Path(__file__).resolve().parents[2] / "app"
    families = ("input", "dns", "tcp", "tls", "smtp", "auth", "send", "app", "oauth",
                "readiness", "delivery")
    pattern = re.compile(r"[\"']((?:{})\.[a-z_0-9]+)[\"']".format("|".join(families)))
    named = {m.group(1) for path in root.rglob("*.py")
             for m in pattern.finditer(path.read_text(encoding="utf-8"))}
    named -= {"app.core", "app.gui", "app.cli"}
    named -= {"smtp.mailfrom", "smtp.helo"}  # RFC 8601 property names (records/authresults)
    named = {n for n in named if not n.startswith(("app.core.", "app.gui."))
             and not n.endswith(("_", ".svg", ".png", ".py"))}
    assert named, "the scan found nothing: the pattern is broken"
    assert named - known_ids() == set()
