"""One-click fixes: the typed vocabulary of actions a diagnosis's fix may carry.

In resources/diagnoses.toml a diagnosis lists its actions next to its fixes::

    [["tls.expected_tls".actions]]
    fix = 1                       # the fix text (1-based, in ``fixes``) this action carries out
    kind = "set"                  # set | choose_ca_file | open_tool
    label = "Switch to SSL/TLS and retry"
    changes = { security = "tls" }  # host, port, security, auth; values may be {placeholders}
    retry = true                  # run the same test again once applied
    when = ["auth=none"]          # optional; every condition must hold (see below)

A condition is ``name`` (a fact or setting with a true value), ``!name`` (present and false: "the
probe said no"), ``name=value`` or ``name!=value``; names are looked up in the step's facts, then
the run's settings. ``resolve`` renders an action for one run and returns None when the action
does not fit the facts: a placeholder has no value, a condition fails, a templated host is not a
valid host name, or every change equals what the run already used (no "use port 587" on 587).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import AuthMethod, FixAction, Security

KINDS = ("set", "choose_ca_file", "open_tool")
TOOLS = ("ports",)
SETTINGS = ("host", "port", "security", "auth")
_FIELDS = frozenset({"fix", "kind", "label", "changes", "tool", "retry", "when"})
_CONDITION = re.compile(r"^(!?)([a-z_][a-z0-9_]*)(?:(!?=)(.*))?$")
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass(frozen=True)
class ActionSpec:
    """An action as written in the knowledge base (placeholders not filled)."""

    fix: int  # 0-based index into the diagnosis's generic fixes
    kind: str
    label: str
    changes: dict[str, str | int] = field(default_factory=dict)
    tool: str = ""
    retry: bool = False
    when: tuple[str, ...] = ()

    def texts(self) -> list[str]:
        return [self.label, *(v for v in self.changes.values() if isinstance(v, str))]


def _check_value(key: str, value: Any, where: str) -> str | int:
    if key == "port":
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536:
            return value
        if isinstance(value, str) and _PLACEHOLDER.fullmatch(value):
            return value
        raise ValueError(f"{where}: port must be 1-65535 or a {{placeholder}}")
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key} must be a non-empty string")
    allowed = {"security": {s.value for s in Security}, "auth": {a.value for a in AuthMethod}}
    if key in allowed and value not in allowed[key]:
        raise ValueError(f"{where}: {key} must be one of {', '.join(sorted(allowed[key]))}")
    return value


def parse_actions(raw: Any, fix_count: int, where: str) -> tuple[ActionSpec, ...]:
    """Validate the ``actions`` array of one diagnosis; raises ValueError naming the problem."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ValueError(f"{where}.actions must be an array of tables")
    out: list[ActionSpec] = []
    for n, item in enumerate(raw, 1):
        at = f"{where}.actions[{n}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{at} must be a table")
        unknown = set(item) - _FIELDS
        if unknown:
            raise ValueError(f"{at}: unknown key(s) {', '.join(sorted(unknown))}")
        kind, label, fix = item.get("kind"), item.get("label"), item.get("fix")
        if kind not in KINDS:
            raise ValueError(f"{at}: kind must be one of {', '.join(KINDS)}")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"{at} needs a label")
        if not isinstance(fix, int) or isinstance(fix, bool) or not 0 < fix <= fix_count:
            raise ValueError(f"{at}: fix must be the number of one of the {fix_count} fixes")
        changes = item.get("changes", {})
        if not isinstance(changes, Mapping):
            raise ValueError(f"{at}: changes must be a table")
        for key in changes:
            if key not in SETTINGS:
                raise ValueError(f"{at}: changes may set {', '.join(SETTINGS)}, not {key!r}")
        checked = {str(k): _check_value(str(k), v, at) for k, v in changes.items()}
        if (kind == "set") != bool(checked):
            raise ValueError(f"{at}: changes belong to kind 'set' (and it needs some)")
        tool = item.get("tool", "")
        if (kind == "open_tool") != bool(tool) or (tool and tool not in TOOLS):
            raise ValueError(f"{at}: kind 'open_tool' needs a tool ({', '.join(TOOLS)})")
        retry = item.get("retry", False)
        if not isinstance(retry, bool):
            raise ValueError(f"{at}: retry must be true or false")
        when = item.get("when", [])
        if not isinstance(when, list) or not all(
                isinstance(c, str) and _CONDITION.match(c) for c in when):
            raise ValueError(f"{at}: when must be a list of conditions (name, !name, "
                             "name=value, name!=value)")
        out.append(ActionSpec(fix - 1, str(kind), label, checked, str(tool), retry, tuple(when)))
    return tuple(out)


# -- rendering for one run ----------------------------------------------------------------------


def _same(key: str, new: object, current: object) -> bool:
    if current is None:
        return False
    if key == "host":
        return str(new).strip().rstrip(".").lower() == str(current).strip().rstrip(".").lower()
    return str(new).lower() == str(current).lower()


def _holds(condition: str, lookup: Callable[[str], Any]) -> bool:
    match = _CONDITION.match(condition)
    if match is None:
        return False
    negate, name, op, value = match.groups()
    found = lookup(name)
    if op is None:
        if negate:  # "!name": the fact is present and false
            return found is not None and not found
        return bool(found)
    text = "" if found is None else str(found)
    equal = text.lower() == str(value).lower()
    return equal if op == "=" else not equal


def resolve(spec: ActionSpec, values: Mapping[str, str], facts: Mapping[str, Any],
            settings: Mapping[str, Any], fix_index: int) -> FixAction | None:
    """The action for this run, or None when it doesn't fit (see the module doc).

    ``values`` are the display strings placeholders are filled from (the advice's values);
    ``facts`` the step's facts; ``settings`` the run's target (``ServerSettings.public_dict``).
    """

    def lookup(name: str) -> Any:
        return facts[name] if name in facts else settings.get(name)

    if not all(_holds(c, lookup) for c in spec.when):
        return None
    if any(name not in values for text in spec.texts() for name in _PLACEHOLDER.findall(text)):
        return None  # never a button that says "Connect as the name the certificate shows"

    def fill(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)

    changes: dict[str, str | int] = {}
    for key, value in spec.changes.items():
        if isinstance(value, int):
            changes[key] = value
            continue
        text = fill(value).strip()
        if key == "port":
            if not text.isdigit() or not 0 < int(text) < 65536:
                return None
            changes[key] = int(text)
        elif key == "host":
            from ..validate import normalize_host

            try:  # a name from a certificate is untrusted: only a valid host name goes in
                changes[key] = normalize_host(text)
            except ValueError:
                return None
        else:
            changes[key] = text
    if changes and all(_same(k, v, settings.get(k)) for k, v in changes.items()):
        return None
    return FixAction(kind=spec.kind, label=fill(spec.label), changes=changes, tool=spec.tool,
                     retry=spec.retry, fix=fix_index)


# -- the command line that does the same ----------------------------------------------------------


def command_line(action: FixAction, target: Mapping[str, Any],
                 program: str = "smtp-doctor") -> list[str]:
    """The complete ``smtp-doctor`` command that tries this action for the run's ``target``
    (``ServerSettings.public_dict``). Never a password: ``--password-stdin`` stands for it."""
    settings = {**target, **action.changes}
    host = str(settings.get("host", ""))
    if action.kind == "open_tool":
        args = [program, action.tool, host]
        return args + _family(settings) + _dns(settings)
    args = [program, "check", host, "--port", str(settings.get("port", "")),
            "--security", str(settings.get("security", Security.STARTTLS.value))]
    auth = str(settings.get("auth") or AuthMethod.NONE.value)
    signs_in = auth != AuthMethod.NONE.value
    username = str(settings.get("username") or "") if signs_in else ""
    if auth != (AuthMethod.AUTO.value if username else AuthMethod.NONE.value):
        args += ["--auth", auth]
    if username:
        args += ["--user", username]
    if signs_in and settings.get("password_set"):
        args.append("--password-stdin")
    if signs_in and settings.get("oauth_token_set"):
        args.append("--oauth-token-stdin")
    for key, flag in (("mail_from", "--from"), ("rcpt_to", "--to"), ("ehlo_name", "--ehlo")):
        if settings.get(key):
            args += [flag, str(settings[key])]
    if action.kind == "choose_ca_file":
        args += ["--ca-file", "CA-FILE.pem"]
    elif settings.get("ca_file"):
        args += ["--ca-file", str(settings["ca_file"])]
    if settings.get("verify_tls") is False:
        args.append("--insecure")
    if settings.get("allow_old_tls"):
        args.append("--allow-old-tls")
    timeouts = settings.get("timeouts") or {}
    for key, flag, default in (("connect", "--connect-timeout", 10.0), ("reply", "--timeout",
                                                                        30.0)):
        value = timeouts.get(key) if isinstance(timeouts, Mapping) else None
        if isinstance(value, (int, float)) and float(value) != default:
            args += [flag, f"{value:g}"]
    stop_after = str(settings.get("stop_after") or "")
    implied = "rcpt" if settings.get("rcpt_to") else "auth" if username else "ehlo"
    if stop_after and stop_after != implied:
        args += ["--stop-after", stop_after]
    return args + _dns(settings) + _family(settings)


def _family(settings: Mapping[str, Any]) -> list[str]:
    version = settings.get("ip_version")
    return ["-4"] if version == "ipv4" else ["-6"] if version == "ipv6" else []


def _dns(settings: Mapping[str, Any]) -> list[str]:
    return ["--dns-server", str(settings["nameserver"])] if settings.get("nameserver") else []
