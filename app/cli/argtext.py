"""argparse's own words ("usage:", "options:", "show this help message and exit", "the following
arguments are required: …") in the user's language, from our catalogue.

argparse translates through ``gettext``: it calls the module global ``argparse._``
(``from gettext import gettext as _``), which looks the text up in gettext's "messages" domain
(compiled ``.mo`` files we don't ship). :func:`argparse_language` puts a gettext-compatible
function in its place while the command line is built and parsed,
and puts the original back after: the texts below are looked up in messages.toml like every
other engine text (their ``%s`` / ``%(name)s`` stay for argparse to fill).

Two of argparse's messages would repeat what was typed, which may be a password: "ignored
explicit argument %r" (``--password-stdin=VALUE``) is replaced by a sentence that leaves the
value out; "unrecognized arguments" and "ambiguous option" are written by ``_Parser`` itself
(app/cli/__init__.py) from what it kept of the options, never from argparse's formatted text.

:class:`HelpFormatter` lays the help out by display width, so Japanese and Chinese help lines
up and wraps like English.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterator

from ..core.text.i18n import N_, PSEUDO, current_language, msg, pseudo
from ..core.text.width import display_width, ljust, wrap

# argparse's texts we translate; the rest (programming errors: "dest= is required …") never
# reach a user of a finished command line
TEXTS: frozenset[str] = frozenset({
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
})
# argparse formats the value typed after "=" into this one: the value may be a password
EXPLICIT_VALUE = "ignored explicit argument %r"
_PERCENT = re.compile(r"%(?:\(\w+\))?[sdr%]")


def _pseudo(text: str) -> str:
    """The pseudo-locale's form, with argparse's %-placeholders and a trailing space ("usage: ")
    kept as they are."""
    kept = _PERCENT.findall(text)
    numbers = iter(range(len(kept)))
    body = text.rstrip()
    out = pseudo(_PERCENT.sub(lambda _match: f"{{{next(numbers)}}}", body))
    for number, spec in enumerate(kept):
        out = out.replace(f"{{{number}}}", spec, 1)
    return out + text[len(body):]


def gettext(text: str) -> str:
    """argparse's ``_``: our translation of ``text`` (argparse's own English otherwise)."""
    if text == EXPLICIT_VALUE:
        # "%.0s" takes the value argparse formats in and writes none of it
        return msg("takes no value: write the option alone (passwords and tokens are never "
                   "taken on the command line, they are read from standard input)") + "%.0s"
    if text not in TEXTS:
        return text
    if current_language() == PSEUDO:
        return _pseudo(text)
    return msg(text)


@contextlib.contextmanager
def argparse_language() -> Iterator[None]:
    """argparse speaks the current language inside the block."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = gettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout measured by display width: a Japanese or Chinese option label
    pads its column like an English one, and help text wraps between CJK characters (they have
    no spaces) and at the column a console shows, not at len()."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            invocations += [self._format_action_invocation(sub)
                            for sub in self._iter_indented_subactions(action)]
            self._action_max_length = max(self._action_max_length, self._current_indent
                                          + max(map(display_width, invocations)))

    def _format_action(self, action: argparse.Action) -> str:
        # argparse's own layout, with display_width where it measures len()
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = " " * self._current_indent
        first = 0
        if not action.help:
            header = f"{indent}{header}\n"
        elif display_width(header) <= action_width:
            header = f"{indent}{ljust(header, action_width)}  "
        else:
            header = f"{indent}{header}\n"
            first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(" " * first + lines[0] + "\n")
                parts += [" " * help_position + line + "\n" for line in lines[1:]]
        elif not header.endswith("\n"):
            parts.append("\n")
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = wrap(self._whitespace_matcher.sub(" ", text).strip(), width - len(indent))
        return "\n".join(indent + line for line in lines)


__all__ = ["TEXTS", "HelpFormatter", "argparse_language", "gettext"]
