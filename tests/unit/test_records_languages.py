"""What the record readers say for people, in German and in the pseudo-locale: every
Authentication-Results finding (words and fix), every TLSA explanation and mismatch reason, every
MTA-STS policy and BIMI record error, the Received path's words. Each text is a catalogue entry
of the language (bracketed in the pseudo-locale); the record's own text stays data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.records import authresults, bimi, dane, mtasts, received
from app.core.records.dmarc import parse as parse_dmarc
from app.core.text.i18n import msg
from tests.support.catalogue import source_of, speaking

#: Authentication-Results values that lead every finding branch of ``authresults.explain``.
HEADERS = {
    "all pass": "mx.test; spf=pass smtp.mailfrom=a.test; dkim=pass header.d=a.test; "
                "dmarc=pass header.from=a.test; arc=pass",
    "provider": "mx.test; spf=softfail smtp.mailfrom=a.test; dkim=pass header.d=esp.test; "
                "dmarc=fail header.from=a.test",
    "spf other domain": "mx.test; spf=pass smtp.mailfrom=bounce.esp.test; dkim=fail "
                        "(bad signature) header.d=a.test header.s=s1; dmarc=fail "
                        "header.from=a.test; arc=fail",
    "fail": "mx.test; spf=fail smtp.mailfrom=a.test; dkim=permerror header.d=a.test; "
            "dmarc=fail header.from=a.test",
    "none": "mx.test; spf=none smtp.mailfrom=a.test; dkim=none; dmarc=none header.from=a.test",
    "neutral": "mx.test; spf=neutral smtp.mailfrom=a.test; dkim=neutral header.d=a.test; "
               "dmarc=fail header.from=a.test",
    "errors": "mx.test; spf=temperror smtp.mailfrom=a.test; dkim=temperror header.d=a.test",
    "policy": "mx.test; dkim=policy header.d=a.test; dkim=weird header.d=a.test",
}
POLICIES = [
    "version: STSv1\nmode: enforce\nmax_age: 86400\n",
    "version: STSv2\nmode: enforce\nmx: mx.a.test\nmax_age: 1\n",
    "version: STSv1\nmode: strict\nmx: mx.a.test\nmax_age: 1\n",
    "version: STSv1\nmode: enforce\nmx: mx.a.test\nmax_age: soon\n",
    "version: STSv1\nmode: enforce\nmx: mx.a.test\nmax_age: 99999999\n",
    "version: STSv1\nmode: enforce\nmx: -bad-\nmax_age: 1\n",
    "version: STSv1\nmode: enforce\nmode: none\nmx: mx.a.test\nmax_age: 1\n",
    "version: STSv1\nno colon here\n",
    "x" * (65 * 1024),
]


@pytest.fixture(params=["de", "pseudo"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(str(request.param)) as code:
        yield code


def _is_catalogue_text(text: str, lang: str) -> bool:
    if lang == "pseudo":
        return text.startswith("[") and text.endswith("]")
    return source_of(text, lang) is not None


def test_every_finding_is_said_in_the_language(lang: str) -> None:
    seen: set[str | None] = set()
    for value in HEADERS.values():
        for finding in authresults.explain(authresults.parse(value).results, "a.test"):
            seen.add(finding.diagnosis)
            assert _is_catalogue_text(finding.words, lang), finding
            assert not finding.fix or _is_catalogue_text(finding.fix, lang), finding
    assert {"delivery.spf_softfail", "delivery.spf_fail", "delivery.spf_none",
            "delivery.spf_error", "delivery.dkim_other_domain", "delivery.dkim_fail",
            "delivery.dkim_none", "delivery.dmarc_fail", "delivery.dmarc_none"} <= seen


def test_tlsa_explanations_and_mismatches(lang: str) -> None:
    for text in ("3 1 1 " + "ab" * 32, "2 0 2 " + "cd" * 64, "1 1 0 ef", "0 0 1 00",
                 "7 1 1 00", "3 9 9 00"):
        record = dane.parse_tlsa(text)
        meaning = record.to_dict()["meaning"]
        assert _is_catalogue_text(meaning, lang), meaning
        assert meaning.startswith(text[:5]) or lang == "pseudo"  # the numbers stay data
    records = [dane.parse_tlsa("3 1 1 " + "ab" * 32), dane.parse_tlsa("2 1 1 " + "ab" * 32)]
    assert _is_catalogue_text(dane.check_chain(records, [], True).why, lang)
    with pytest.raises(dane.TlsaError) as caught:
        dane.parse_tlsa("3 1 nonsense")
    assert _is_catalogue_text(caught.value.message, lang)


def test_policy_and_bimi_errors(lang: str) -> None:
    for policy in POLICIES:
        with pytest.raises(mtasts.PolicyError) as caught:
            mtasts.parse_policy(policy)
        assert _is_catalogue_text(caught.value.message, lang), (policy[:40], caught.value)
    for txt, parse in (("v=STSv1; id=", mtasts.parse_sts_txt),
                       ("v=STSv1; id=not-ok!", mtasts.parse_sts_txt),
                       ("v=TLSRPTv1; rua=", mtasts.parse_tlsrpt),
                       ("v=TLSRPTv1; rua=ftp://x", mtasts.parse_tlsrpt)):
        with pytest.raises(mtasts.PolicyError) as caught:
            parse(txt)
        assert _is_catalogue_text(caught.value.message, lang), (txt, caught.value)
    for txt in ("v=BIMI1; a=https://a.test/vmc.pem", "v=BIMI1; l=http://a.test/logo.svg"):
        with pytest.raises(bimi.BimiError) as caught:
            bimi.parse(txt)
        assert _is_catalogue_text(caught.value.message, lang), (txt, caught.value)
    gaps = bimi.dmarc_gaps(parse_dmarc("v=DMARC1; p=none; pct=10; sp=none")) + \
        bimi.dmarc_gaps(None)
    assert len(gaps) == 4 and all(_is_catalogue_text(g, lang) for g in gaps), gaps


def test_received_path_words(lang: str) -> None:
    hops = received.chain([
        "from mx.b.test by in.c.test with ESMTP id 2; Mon, 30 Nov 2026 08:00:03 +0000",
        "from a.test ([192.0.2.1]) by mx.b.test with ESMTPS (using TLSv1.3 with cipher "
        "TLS_AES_256_GCM_SHA384) id 1; Mon, 30 Nov 2026 08:00:01 +0000",
    ], None)
    plain = hops[-1]
    assert plain.encrypted is False
    words = plain.how()[-1]
    assert words == msg("no TLS") and _is_catalogue_text(words, lang), words
    assert words in plain.line() and words in received.path_text(hops)
    assert "in.c.test" in plain.line() and "TLS 1.3" in received.path_text(hops)
