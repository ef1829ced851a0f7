"""DMARC record parser: examples and hypothesis fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.records import dmarc


def test_full_record() -> None:
    record = dmarc.parse("v=DMARC1; p=quarantine; sp=reject; pct=50; "
                         "rua=mailto:a@example.com,mailto:b@reports.test!10m; "
                         "ruf=mailto:f@example.com; adkim=s; aspf=r; fo=1:d; ri=86400")
    assert record.policy == "quarantine"
    assert record.subdomain_policy == "reject"
    assert record.pct == 50
    assert record.rua == ["mailto:a@example.com", "mailto:b@reports.test!10m"]
    assert dmarc.external_report_domains("example.com", record) == ["reports.test"]
    assert record.to_dict()["adkim"] == "s"


def test_defaults() -> None:
    record = dmarc.parse("v=DMARC1;p=reject")
    assert (record.pct, record.subdomain_policy, record.rua) == (100, "reject", [])


@pytest.mark.parametrize(("text", "words"), [
    ("v=DMARC1", "p="),
    ("v=DMARC1; p=block", "not a policy"),
    ("v=DMARC1; p=none; pct=101", "pct"),
    ("v=DMARC1; p=none; pct=-1", "pct"),
    ("v=DMARC1; p=none; adkim=x", "adkim"),
    ("v=DMARC1; p=none; rua=dmarc@example.com", "mailto"),
    ("v=DMARC1; p=none; fo=2", "fo"),
    ("v=DMARC1; p=none; p=reject", "more than once"),
    ("v=DMARC1; p none", "tag=value"),
    ("p=none; v=DMARC1", "DMARC1"),
])
def test_errors(text: str, words: str) -> None:
    with pytest.raises(dmarc.DmarcSyntaxError) as info:
        dmarc.parse(text)
    assert words in info.value.message


tag_value = st.one_of(
    st.sampled_from(["none", "quarantine", "reject"]).map(lambda p: f"sp={p}"),
    st.integers(0, 100).map(lambda n: f"pct={n}"),
    st.sampled_from(["r", "s"]).map(lambda a: f"adkim={a}"),
    st.sampled_from(["r", "s"]).map(lambda a: f"aspf={a}"),
    st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.test", fullmatch=True).map(
        lambda a: f"rua=mailto:{a}"),
    st.integers(0, 10**9).map(lambda n: f"ri={n}"),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["none", "quarantine", "reject"]),
       st.lists(tag_value, max_size=6, unique_by=lambda t: t.split("=")[0]),
       st.sampled_from([";", "; ", " ; "]))
def test_generated_valid_records(policy: str, tags: list[str], sep: str) -> None:
    record = dmarc.parse(sep.join(["v=DMARC1", f"p={policy}", *tags]))
    assert record.policy == policy
    assert 0 <= record.pct <= 100


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(text: str) -> None:
    for candidate in (text, "v=DMARC1; " + text):
        try:
            record = dmarc.parse(candidate)
        except dmarc.DmarcSyntaxError as exc:
            assert exc.message
        else:
            assert record.policy in dmarc.POLICIES
            record.to_dict()
