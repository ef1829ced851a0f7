"""The fix-condition format of resources/diagnoses.toml (``when`` / ``unless`` on a fix)."""

from __future__ import annotations

import pytest

from app.core.knowledge import diagnoses
from app.core.knowledge.diagnoses import Fix, condition_facts, load_knowledge_base


def _entry(*fixes: object) -> dict[str, object]:
    return {"title": "T", "cause": "C", "fixes": list(fixes)}


def test_plain_and_conditional_fixes_load() -> None:
    diag = diagnoses._parse("x.y", _entry(
        "always", {"text": "on 587", "when": {"port": 587}},
        {"text": "not 465 or 587", "unless": [{"port": 465}, {"port": [587]}]}))
    plain, when, unless = diag.fixes
    assert plain == "always" and not plain.when and not plain.unless  # type: ignore[attr-defined]
    assert isinstance(when, Fix) and when.when == ({"port": frozenset({"587"})},)
    assert isinstance(unless, Fix) and len(unless.unless) == 2


@pytest.mark.parametrize("bad", [
    {"text": "x", "when": "port"},                 # not a table
    {"text": "x", "when": {}},                     # empty table
    {"text": "x", "when": {"port": {"a": 1}}},     # nested table as a value
    {"text": "x", "if": {"port": 587}},            # unknown key
    {"text": "", "when": {"port": 587}},           # no text
    {"when": {"port": 587}},
])
def test_malformed_conditions_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        diagnoses._parse("x.y", _entry(bad))


def test_conditions_compare_values_and_lists() -> None:
    facts = condition_facts({"port": 587, "security": "STARTTLS", "username": "bob",
                             "attempts": [{"family": "IPv6"}, {"family": "IPv4"}],
                             "reply_timeout": 60})
    assert Fix("a", when=({"security": frozenset({"starttls"})},)).applies(facts)
    assert not Fix("a", unless=({"port": frozenset({"587", "465"})},)).applies(facts)
    assert not Fix("a", when=({"username_is_address": frozenset({"yes"})},)).applies(facts)
    assert Fix("a", when=({"families_tried": frozenset({"ipv4"})},)).applies(facts)
    assert Fix("a", when=({"long_reply_timeout": frozenset({"yes"})},)).applies(facts)
    # a fact the run does not know never matches: ``when`` hides the fix, ``unless`` keeps it
    assert not Fix("a", when=({"control_host": frozenset({"yes"})},)).applies(facts)
    assert Fix("a", unless=({"control_host": frozenset({"yes"})},)).applies(facts)


def test_every_diagnosis_keeps_a_fix_whatever_the_facts() -> None:
    for diag in load_knowledge_base().values():
        assert any(not (getattr(f, "when", ()) or getattr(f, "unless", ()))
                   for f in diag.fixes), diag.id


def test_condition_keys_are_facts_the_engine_gives() -> None:
    # blocklist_policy: on every send.blocklisted (app.core.knowledge.blocklists.reply_facts)
    known = {"port", "security", "auth", "ip_version", "control_host", "blocklist_policy",
             *diagnoses.DERIVED_FACTS}
    for diag in load_knowledge_base().values():
        for fix in [*diag.fixes, *(f for fs in diag.provider_fixes.values() for f in fs)]:
            for table in (*getattr(fix, "when", ()), *getattr(fix, "unless", ())):
                assert set(table) <= known, (diag.id, fix)
