"""MTA-STS TXT, policy file and TLS-RPT parsers; MX pattern matching; hypothesis fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.records import mtasts

POLICY = "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\n" \
         "max_age: 604800\r\n"


def test_policy() -> None:
    policy = mtasts.parse_policy(POLICY)
    assert policy.mode == "enforce" and policy.max_age == 604800
    assert policy.mx == ("mail.example.com", "*.example.net")
    assert policy.covers("MAIL.example.com.")
    assert policy.covers("mx1.example.net")
    assert not policy.covers("a.b.example.net")  # a wildcard covers one label only
    assert not policy.covers("example.net")


@pytest.mark.parametrize(("text", "words"), [
    ("mode: enforce\nmx: a.example\nmax_age: 1", "version"),
    ("version: STSv1\nmode: strict\nmx: a.example\nmax_age: 1", "mode"),
    ("version: STSv1\nmode: enforce\nmax_age: 1", "mx"),
    ("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 31557601", "limit"),
    ("version: STSv1\nmode: enforce\nmx: a.example\nmax_age: soon", "max_age"),
    ("version: STSv1\nmode: enforce\nmx: *.*.example\nmax_age: 1", "mx"),
    ("version: STSv1\nmode enforce\n", "key: value"),
    ("version: STSv1\nmode: enforce\nmode: testing\nmx: a.example\nmax_age: 1", "more than"),
])
def test_policy_errors(text: str, words: str) -> None:
    with pytest.raises(mtasts.PolicyError) as info:
        mtasts.parse_policy(text)
    assert words in info.value.message


def test_mode_none_needs_no_mx() -> None:
    assert mtasts.parse_policy("version: STSv1\nmode: none\nmax_age: 86400").mx == ()


def test_txt_records() -> None:
    assert mtasts.parse_sts_txt("v=STSv1; id=20240101T000000Z;") == "20240101T000000Z"
    for bad in ("v=STSv1;", "v=STSv1; id=with-dash", "id=1; v=STSv1", "v=STSv2; id=1"):
        with pytest.raises(mtasts.PolicyError):
            mtasts.parse_sts_txt(bad)
    assert mtasts.parse_tlsrpt("v=TLSRPTv1; rua=mailto:a@example.com,https://r.example/x") == [
        "mailto:a@example.com", "https://r.example/x"]
    for bad in ("v=TLSRPTv1;", "v=TLSRPTv1; rua=http://insecure.example", "rua=mailto:a@b"):
        with pytest.raises(mtasts.PolicyError):
            mtasts.parse_tlsrpt(bad)


label = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
host = st.lists(label, min_size=2, max_size=4).map(".".join)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["enforce", "testing"]), st.lists(host, min_size=1, max_size=5),
       st.integers(0, mtasts.MAX_AGE_LIMIT), st.sampled_from(["\n", "\r\n"]),
       st.booleans())
def test_generated_policies(mode: str, hosts: list[str], age: int, eol: str,
                            wildcard: bool) -> None:
    patterns = [f"*.{h}" if wildcard else h for h in hosts]
    text = eol.join(["version: STSv1", f"mode: {mode}", *[f"mx: {p}" for p in patterns],
                     f"max_age: {age}"]) + eol
    policy = mtasts.parse_policy(text)
    assert policy.mode == mode and policy.max_age == age
    for h in hosts:
        assert policy.covers(f"mx.{h}" if wildcard else h)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_parsers_never_crash(text: str) -> None:
    for parser in (mtasts.parse_policy, mtasts.parse_sts_txt, mtasts.parse_tlsrpt):
        try:
            parser(text)
        except mtasts.PolicyError as exc:
            assert exc.message


@settings(max_examples=60, deadline=None)
@given(host, host)
def test_mx_match_is_exact_without_wildcard(a: str, b: str) -> None:
    assert mtasts.mx_matches(a, b) == (a == b)
