"""The one tag-list parser (``name=value; …``) behind DKIM, DMARC, MTA-STS and TLS-RPT records."""

from __future__ import annotations

import pytest

from app.core.checks.domain import DkimError, parse_dkim
from app.core.records import dmarc, mtasts
from app.core.records.taglist import ANY_NAME, TagListError, parse_tags


def test_tags_by_name_with_empty_parts_and_spaces() -> None:
    assert parse_tags(" v = DMARC1 ;; p = reject ; rua=mailto:a@b.example;", "DMARC1") == {
        "v": "DMARC1", "p": "reject", "rua": "mailto:a@b.example"}


@pytest.mark.parametrize(("text", "kwargs", "words"), [
    ("v=STSv1; id", {}, "“id” is not a tag=value pair"),
    ("v=STSv1; 1d=x", {}, "“1d=x” is not a tag=value pair"),
    ("v=STSv1; =x", {"names": ANY_NAME}, "“=x” is not a tag=value pair"),
    ("id=1; v=STSv1", {}, "must start with “v=STSv1”"),
    ("v=STSv2; id=1", {}, "must start with “v=STSv1”"),
    ("id=1", {}, "must start with “v=STSv1”"),
    ("", {}, "must start with “v=STSv1”"),
    ("v=STSv1; id=1; id=2", {}, "The tag “id” appears more than once"),
    ("v=STSv1; ID=1; id=2", {"ignore_case": True}, "The tag “id” appears more than once"),
])
def test_problems(text: str, kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(TagListError) as info:
        parse_tags(text, "STSv1", **kwargs)  # type: ignore[arg-type]
    assert words in info.value.message


def test_a_long_part_is_shortened_in_the_message() -> None:
    with pytest.raises(TagListError) as info:
        parse_tags("v=STSv1; " + "x" * 100, "STSv1")
    assert info.value.message == f"“{'x' * 40}…” is not a tag=value pair"


def test_names_and_version() -> None:
    # MTA-STS and TLS-RPT extension names are looser than DKIM's; DMARC ignores case.
    assert parse_tags("v=TLSRPTv1; 1x-y.z=a", "TLSRPTv1", names=ANY_NAME)["1x-y.z"] == "a"
    assert parse_tags("v=dmarc1; P=none", "DMARC1", ignore_case=True) == {"v": "dmarc1",
                                                                          "p": "none"}
    with pytest.raises(TagListError):
        parse_tags("v=dmarc1; p=none", "DMARC1")


def test_an_optional_version_must_still_come_first() -> None:
    assert parse_tags("k=rsa; p=", "DKIM1", version_required=False) == {"k": "rsa", "p": ""}
    with pytest.raises(TagListError, match="must start with “v=DKIM1”"):
        parse_tags("k=rsa; v=DKIM1; p=", "DKIM1", version_required=False)


def test_each_record_type_says_it_in_its_own_error() -> None:
    with pytest.raises(DkimError, match="appears more than once"):
        parse_dkim("v=DKIM1; p=; p=")
    with pytest.raises(dmarc.DmarcSyntaxError, match="appears more than once"):
        dmarc.parse("v=DMARC1; p=none; P=reject")
    with pytest.raises(mtasts.PolicyError, match="is not a tag=value pair"):
        mtasts.parse_tlsrpt("v=TLSRPTv1; rua")
    assert parse_dkim("v=DKIM1; p=")["revoked"] is True
