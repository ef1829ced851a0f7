"""SPF parser and recursive lookup count: examples from RFC 7208 and hypothesis fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.records import spf

VALID = [
    "v=spf1 -all",
    "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com ~all",
    "v=spf1 a mx a:mail.example.com/24 mx:example.com//64 a/24//64 ?all",
    "v=spf1 ptr ptr:example.org exists:%{ir}.%{l1r+-}._spf.%{d} -all",
    "v=spf1 redirect=_spf.example.com",
    "V=SPF1 IP4:192.0.2.1 -ALL",
    "v=spf1  mx   -all ",
    "v=spf1 include:example.com exp=explain._spf.%{d} -all",
    "v=spf1 foo=bar -all",  # unknown modifiers are allowed
]
INVALID = [
    ("v=spf1 ip4:192.0.2.300", "ip4"),
    ("v=spf1 ip4:2001:db8::1", "ip4"),
    ("v=spf1 ip6:192.0.2.1", "ip6"),
    ("v=spf1 ip4:192.0.2.0/33", "/33"),
    ("v=spf1 include", "include"),
    ("v=spf1 include:", "include:"),
    ("v=spf1 include:localhost", "localhost"),
    ("v=spf1 all:example.com", "all"),
    ("v=spf1 redirect=a.example redirect=b.example", "redirect"),
    ("v=spf1 mx:example.com/99", "/99"),
    ("v=spf1 includ:example.com", "includ"),
    ("v=spf1 +foo=bar", "foo"),
    ("v=spf1 exists:%{x}.example.com", "exists"),
    ("v=spf10 -all", ""),
    ("spf1 -all", ""),
    ("v=spf1 ip4:192.0.2.1\t-all", ""),
]


@pytest.mark.parametrize("record", VALID)
def test_valid_records(record: str) -> None:
    parsed = spf.parse(record)
    assert parsed.raw == record
    assert all(t.text for t in parsed.terms)


@pytest.mark.parametrize(("record", "names"), INVALID)
def test_invalid_records_name_the_term(record: str, names: str) -> None:
    with pytest.raises(spf.SpfSyntaxError) as info:
        spf.parse(record)
    assert names in info.value.message or names in info.value.term


def test_all_qualifier_and_redirect() -> None:
    assert spf.parse("v=spf1 -all").all_qualifier == "-"
    assert spf.parse("v=spf1 all").all_qualifier == "+"
    assert spf.parse("v=spf1 mx").all_qualifier is None
    # redirect is ignored when there is an "all"
    assert spf.parse("v=spf1 -all redirect=x.example").redirect is None
    assert spf.parse("v=spf1 redirect=x.example").redirect == "x.example"
    assert "ANY server" in spf.explain_all(spf.parse("v=spf1 +all"))
    assert "neutral" in spf.explain_all(spf.parse("v=spf1 mx"))


def _fetcher(zone: dict[str, list[str]]) -> spf.Fetch:
    def fetch(domain: str) -> tuple[str, list[str]]:
        return ("ok", zone[domain]) if domain in zone else ("missing", [])
    return fetch


def test_count_includes_redirect_and_skip_ignored_redirect() -> None:
    zone = {"a.test": ["v=spf1 include:b.test redirect=c.test"],  # 2 + b + c
            "b.test": ["v=spf1 a mx -all"],  # 2
            "c.test": ["v=spf1 exists:x.test -all redirect=d.test"]}  # 1, redirect ignored
    analysis = spf.analyse("a.test", _fetcher(zone))
    assert analysis.lookups == 5
    assert analysis.problems == []
    assert [c.domain for c in analysis.tree.children] == ["b.test", "c.test"]


def test_loop_missing_and_multiple() -> None:
    zone = {"a.test": ["v=spf1 include:b.test include:nothing.test -all"],
            "b.test": ["v=spf1 include:a.test -all"],
            "m.test": ["v=spf1 -all", "v=spf1 mx -all"]}
    codes = {p.code for p in spf.analyse("a.test", _fetcher(zone)).problems}
    assert codes == {"loop", "include_missing"}
    assert [p.code for p in spf.analyse("m.test", _fetcher(zone)).problems] == ["multiple"]


def test_macro_include_is_counted_not_followed() -> None:
    zone = {"a.test": ["v=spf1 include:%{d}.spf.test -all"]}
    analysis = spf.analyse("a.test", _fetcher(zone))
    assert analysis.lookups == 1
    assert analysis.tree.children[0].problem == "macro"


# -- fuzzing --------------------------------------------------------------------------------------

label = st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True)
domain = st.builds(lambda parts: ".".join(parts), st.lists(label, min_size=2, max_size=4))
ip4 = st.ip_addresses(v=4).map(str)
ip6 = st.ip_addresses(v=6).map(str)
qualifier = st.sampled_from(["", "+", "-", "~", "?"])
mechanism = st.one_of(
    st.just("all"), domain.map(lambda d: f"include:{d}"), st.just("a"), st.just("mx"),
    domain.map(lambda d: f"a:{d}"), st.integers(0, 32).map(lambda n: f"mx/{n}"),
    ip4.map(lambda a: f"ip4:{a}"), st.tuples(ip4, st.integers(0, 32)).map(
        lambda t: f"ip4:{t[0]}/{t[1]}"),
    ip6.map(lambda a: f"ip6:{a}"), domain.map(lambda d: f"exists:{d}"), st.just("ptr"))
term = st.tuples(qualifier, mechanism).map("".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(term, max_size=12))
def test_generated_valid_records_parse(terms: list[str]) -> None:
    record = " ".join(["v=spf1", *terms])
    parsed = spf.parse(record)
    assert len(parsed.terms) == len(terms)
    lookups = sum(1 for t in parsed.terms if t.queries_dns)
    assert lookups == sum(1 for t in terms if t.lstrip("+-~?").split(":")[0].split("/")[0]
                          in ("include", "a", "mx", "ptr", "exists"))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_parser_never_crashes(text: str) -> None:
    try:
        spf.parse(text)
    except spf.SpfSyntaxError as exc:
        assert exc.message
    try:
        spf.parse("v=spf1 " + text)
    except spf.SpfSyntaxError as exc:
        assert exc.message


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["a.t", "b.t", "c.t", "d.t"]),
                       st.lists(st.text(max_size=60).map(lambda s: "v=spf1 " + s) |
                                st.sampled_from(["v=spf1 include:a.t", "v=spf1 include:b.t mx",
                                                 "v=spf1 redirect=c.t", "v=spf1 -all"]),
                                max_size=2)))
def test_analyse_terminates_on_any_zone(zone: dict[str, list[str]]) -> None:
    analysis = spf.analyse("a.t", _fetcher(zone))
    assert analysis.lookups >= 0
    analysis.to_dict()
