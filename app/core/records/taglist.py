"""Tag lists: the ``name=value; name=value`` syntax of DNS TXT records for mail.

One parser for DKIM keys (RFC 6376 3.2), DMARC (RFC 7489 6.4), MTA-STS (RFC 8461 3.1) and
TLS-RPT (RFC 8460 3). Each record names its version first (``v=DMARC1``); a tag may appear once;
empty parts (``a=1;;b=2;``) are allowed. SPF is not a tag list: its terms are separated by spaces
(``spf.py`` parses those). Problems are plain sentences for a non-expert in the language in use
(``msg``), raised as :class:`TagListError`; each record's module turns them into its own error
type.
"""

from __future__ import annotations

import re

from ..text.i18n import msg

# RFC 6376 tag-name = ALPHA *ALNUMPUNC (DKIM, and DMARC by reference).
TAG_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
# Any non-empty name (MTA-STS, TLS-RPT: their extension names are looser).
ANY_NAME = re.compile(r"^.+$")


class RecordError(ValueError):
    """A record that can't be read; ``message`` is one plain sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TagListError(RecordError):
    pass


def parse_tags(text: str, version: str, *, version_required: bool = True,
               names: re.Pattern[str] = TAG_NAME, ignore_case: bool = False) -> dict[str, str]:
    """The tags of ``text`` by name, values stripped. ``v={version}`` must be the first part;
    without ``version_required`` (DKIM) it may be left out, but if it is there it comes first.
    With ``ignore_case`` (DMARC) names are lower-cased and the version compared in any case."""

    def fold(value: str) -> str:
        return value.lower() if ignore_case else value

    tags: dict[str, str] = {}
    for index, part in enumerate(text.split(";")):
        part = part.strip()
        if not part:
            continue
        name, eq, value = part.partition("=")
        name, value = fold(name.strip()), value.strip()
        if not eq or names.match(name) is None:
            shown = part if len(part) <= 40 else part[:40] + "…"
            raise TagListError(msg("“{part}” is not a tag=value pair", part=shown))
        is_version = index == 0 and name == "v" and fold(value) == fold(version)
        if (name == "v" or (index == 0 and version_required)) and not is_version:
            raise TagListError(msg("The record must start with “v={version}”", version=version))
        if name in tags:
            raise TagListError(msg("The tag “{name}” appears more than once", name=name))
        tags[name] = value
    if version_required and "v" not in tags:
        raise TagListError(msg("The record must start with “v={version}”", version=version))
    return tags
