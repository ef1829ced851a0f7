"""TLSA (RFC 6698 / 7672) and BIMI record parsing, with hypothesis fuzzing: bad records are
refused with a sentence, never an exception of another type. The matching of TLSA records to
real servers' certificates is tested end to end in tests/integration/test_domain_dane.py."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.records import bimi, dane, dmarc
from app.core.records.taglist import RecordError


def test_tlsa_presentation_format_with_split_data() -> None:
    record = dane.parse_tlsa("3 1 1 ABCD ef01")
    assert (record.usage, record.selector, record.matching, record.data) == (
        3, 1, 1, bytes.fromhex("abcdef01"))
    assert record.usable and record.text() == "3 1 1 abcdef01"
    assert "DANE-EE" in record.explain() and "SHA-256" in record.explain()


@pytest.mark.parametrize(("text", "usable", "words"), [
    ("2 0 2 00", True, "CA certificate"),
    ("0 0 1 00", False, "unusable"),
    ("1 1 1 00", False, "unusable"),
    ("3 7 1 00", False, "unknown selector"),
    ("9 1 1 00", False, "nothing senders understand"),
])
def test_tlsa_usages_explained(text: str, usable: bool, words: str) -> None:
    record = dane.parse_tlsa(text)
    assert record.usable is usable
    assert words in record.explain()


@pytest.mark.parametrize("text", ["", "3 1 1", "3 1 x 00", "3 1 1 zz", "3 1 1 abc", "300 1 1 00"])
def test_tlsa_garbage_is_refused(text: str) -> None:
    with pytest.raises(dane.TlsaError):
        dane.parse_tlsa(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["", "3 1 1 ", "v=BIMI1; "]))
def test_parsers_refuse_garbage_with_a_sentence(text: str, prefix: str) -> None:
    for parse in (dane.parse_tlsa, bimi.parse):
        with contextlib.suppress(RecordError):
            parse(prefix + text)  # a record, or RecordError with a message; nothing else


def test_chain_check_without_certificates_says_so() -> None:
    result = dane.check_chain([dane.parse_tlsa("3 1 1 00")], [], names_ok=True)
    assert not result.ok and "no certificate" in result.why


@pytest.mark.parametrize(("text", "logo", "evidence"), [
    ("v=BIMI1; l=https://x.test/l.svg; a=https://x.test/v.pem", "https://x.test/l.svg",
     "https://x.test/v.pem"),
    ("v=BIMI1; l=", "", ""),
    ("V=bimi1;L=https://x.test/l.svg", "https://x.test/l.svg", ""),
])
def test_bimi_records(text: str, logo: str, evidence: str) -> None:
    record = bimi.parse(text)
    assert (record.logo, record.evidence) == (logo, evidence)


@pytest.mark.parametrize("text", ["v=BIMI1", "v=BIMI1; l=http://x.test/l.svg",
                                  "l=https://x.test/l.svg; v=BIMI1", "v=BIMI1; a=ftp://x"])
def test_bimi_garbage_is_refused(text: str) -> None:
    with pytest.raises(bimi.BimiError):
        bimi.parse(text)


@pytest.mark.parametrize(("record", "gaps"), [
    ("v=DMARC1; p=reject", []),
    ("v=DMARC1; p=quarantine; sp=none", ["sp=none"]),
    ("v=DMARC1; p=none; pct=10", ["p=none", "pct=10"]),
])
def test_bimi_needs_an_enforced_dmarc(record: str, gaps: list[str]) -> None:
    found = bimi.dmarc_gaps(dmarc.parse(record))
    assert len(found) == len(gaps)
    assert all(g in f for g, f in zip(gaps, found, strict=True))
    assert bimi.dmarc_gaps(None) == ["the domain has no DMARC record"]
