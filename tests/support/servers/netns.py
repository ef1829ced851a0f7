"""Network namespaces for "host unreachable" tests (Linux, root, iproute2).

Inside a fresh namespace only ``lo`` exists (brought up here). A route of type ``unreachable``
for a loopback-range prefix in the ``local`` table makes connect() to it fail with
EHOSTUNREACH (113) inside the namespace. No traffic ever leaves loopback: the namespace has no
other interface. Run code inside with :func:`run_in_netns` (``ip netns exec``).
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator, Sequence
from typing import Any, Final

UNREACHABLE_PREFIX: Final = "127.66.0.0/16"
UNREACHABLE_IP: Final = "127.66.0.1"


def _ip(*args: str, ns: str | None = None) -> subprocess.CompletedProcess[str]:
    argv = ["ip", "netns", "exec", ns, "ip", *args] if ns else ["ip", *args]
    return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=10)


@functools.lru_cache(maxsize=1)
def netns_available() -> bool:
    """True if we are root, have ``ip`` and can really create and delete a namespace."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("ip") is None:
        return False
    name = f"smtpdoc-probe-{uuid.uuid4().hex[:8]}"
    try:
        _ip("netns", "add", name)
    except (OSError, subprocess.SubprocessError):
        return False
    try:
        _ip("netns", "delete", name)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def run_in_netns(ns: str, argv: Sequence[str], **kw: Any) -> subprocess.CompletedProcess[Any]:
    """``subprocess.run(["ip", "netns", "exec", ns, *argv], **kw)`` (timeout 30 s by default)."""
    kw.setdefault("timeout", 30)
    return subprocess.run(["ip", "netns", "exec", ns, *argv], **kw)


@contextlib.contextmanager
def unreachable_netns(
    prefix: str = UNREACHABLE_PREFIX, ip: str = UNREACHABLE_IP
) -> Iterator[tuple[str, str]]:
    """A fresh namespace where ``ip`` (inside ``prefix``) is unreachable: yields (ns, ip)."""
    name = f"smtpdoc-{uuid.uuid4().hex[:10]}"
    _ip("netns", "add", name)
    try:
        _ip("link", "set", "lo", "up", ns=name)
        _ip("route", "add", "unreachable", prefix, "table", "local", ns=name)
        yield name, ip
    finally:
        subprocess.run(
            ["ip", "netns", "delete", name], check=False, capture_output=True, timeout=10
        )
