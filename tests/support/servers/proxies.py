"""Real proxies on loopback: Dante (SOCKS5, Debian ``dante-server``) and tinyproxy (HTTP CONNECT).

Each writes its config into a temporary directory, listens on a free port of 127.0.0.1, runs in
the foreground in a process group of its own and is stopped with that group; nothing touches
/etc or a system service.

* ``Dante(allow_ports=…, users=…)`` — SOCKS5; names are resolved by Dante (socks5h). With
  ``allow_ports`` only those destination ports pass (the others get "not allowed by ruleset",
  reply 2). With ``users`` the username method (RFC 1929) is required: Dante checks system
  users, so it runs in a mount namespace of its own (``unshare --mount``) where /etc/passwd and
  /etc/shadow are bind-mounted copies holding the test users; the machine's own files are never
  changed. Needs root (CI runs as root).
* ``TinyProxy(connect_ports=…, basic_auth=…)`` — HTTP CONNECT, only to ``connect_ports``
  (ConnectPort: others get 403), with BasicAuth (407 without credentials, 401 with wrong ones).

``unavailable(…)`` says why a proxy cannot run here; ``skip_unless_runnable(…)`` skips the test
with that reason, or fails it when ``SMTP_DOCTOR_REAL_MTA=1`` (CI installs both packages).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Final

from tests.support.servers.startstop import StartStop, skip_or_fail

DANTED: Final = "danted"
TINYPROXY: Final = "tinyproxy"
HOST: Final = "127.0.0.1"
_FIRST_UID: Final = 61000


def _which(name: str) -> str | None:
    return shutil.which(name) or next(
        (str(p) for p in (Path("/usr/sbin") / name, Path("/usr/bin") / name) if p.exists()),
        None)


def unavailable(program: str, *, users: bool = False) -> str | None:
    """Why ``program`` (danted or tinyproxy) can't run here, or None."""
    if _which(program) is None:
        package = "dante-server" if program == DANTED else program
        return f"{program} is not installed (apt-get install {package})"
    if program == DANTED and os.geteuid() != 0:
        return "Dante needs root here"
    if users and (_which("unshare") is None or _which("openssl") is None):
        return "Dante's username method needs unshare and openssl for its test users"
    return None


def skip_unless_runnable(program: str, *, users: bool = False) -> None:
    """Skip the calling test when the proxy can't run; under SMTP_DOCTOR_REAL_MTA=1, fail."""
    skip_or_fail(unavailable(program, users=users), f"a real proxy ({program})")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class _Daemon(StartStop):
    """A proxy daemon in the foreground, in its own process group, on ``port``."""

    name = "proxy"

    def __init__(self) -> None:
        self.port = 0
        self.dir = Path()
        self._proc: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def write_config(self) -> None:
        raise NotImplementedError

    @property
    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.dir / "log").read_text(errors="replace")[-2000:]
        return ""

    def start(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=f"sd-{self.name}-"))
        self.dir.chmod(0o755)  # the daemons drop to nobody and read their config
        self.port = _free_port()
        self.write_config()
        with open(self.dir / "stdout", "wb") as out:
            self._proc = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                output = (self.dir / "stdout").read_text(errors="replace")
                self.stop()
                raise RuntimeError(f"{self.name} exited: {output[-1500:]} {self.log}")
            with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), 0.5):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.name} did not listen on {self.port}: {self.log}")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, sig)
                try:
                    proc.wait(timeout=5)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if self.dir != Path():
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, scheme: str, user: str = "") -> str:
        """The proxy's address as the app takes it (never with a password)."""
        return f"{scheme}://{user + '@' if user else ''}{HOST}:{self.port}"


class Dante(_Daemon):
    name = "danted"

    def __init__(self, *, allow_ports: Iterable[int] | None = None,
                 users: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.allow_ports = list(allow_ports) if allow_ports is not None else None
        self.users = dict(users or {})

    def write_config(self) -> None:
        rules = "".join(f"socks pass {{ from: 127.0.0.0/8 to: 0.0.0.0/0 port = {p} }}\n"
                        for p in self.allow_ports or ())
        if self.allow_ports is None:
            rules = "socks pass { from: 127.0.0.0/8 to: 0.0.0.0/0 }\n"
        (self.dir / "danted.conf").write_text(
            f"logoutput: {self.dir / 'log'}\n"
            f"internal: {HOST} port = {self.port}\n"
            f"external: {HOST}\n"
            f"socksmethod: {'username' if self.users else 'none'}\n"
            "clientmethod: none\n"
            "user.privileged: root\n"
            "user.unprivileged: nobody\n"
            "client pass { from: 127.0.0.0/8 to: 0.0.0.0/0 }\n"
            f"{rules}"
            "socks block { from: 0.0.0.0/0 to: 0.0.0.0/0 }\n")
        if self.users:
            passwd = Path("/etc/passwd").read_text()
            shadow = Path("/etc/shadow").read_text()
            for i, (user, password) in enumerate(self.users.items()):
                hashed = subprocess.run(["openssl", "passwd", "-6", "-stdin"], input=password,
                                        capture_output=True, text=True, check=True).stdout
                uid = _FIRST_UID + i
                passwd += f"{user}:x:{uid}:{uid}::/nonexistent:/usr/sbin/nologin\n"
                shadow += f"{user}:{hashed.strip()}:19000:0:99999:7:::\n"
            (self.dir / "passwd").write_text(passwd)
            (self.dir / "shadow").write_text(shadow)
            (self.dir / "shadow").chmod(0o600)

    def command(self) -> list[str]:
        danted = [_which(DANTED) or DANTED, "-f", str(self.dir / "danted.conf")]
        if not self.users:
            return danted
        binds = (f"mount --bind {self.dir / 'passwd'} /etc/passwd && "
                 f"mount --bind {self.dir / 'shadow'} /etc/shadow && exec \"$@\"")
        return ["unshare", "--mount", "--propagation", "private", "sh", "-c", binds, "sh",
                *danted]


class TinyProxy(_Daemon):
    name = "tinyproxy"

    def __init__(self, *, connect_ports: Iterable[int] = (),
                 basic_auth: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.connect_ports = list(connect_ports)
        self.basic_auth = basic_auth

    def write_config(self) -> None:
        lines = [f"Port {self.port}", f"Listen {HOST}", "Timeout 30", "MaxClients 20",
                 "LogLevel Info", f'LogFile "{self.dir / "log"}"',
                 f'PidFile "{self.dir / "pid"}"']
        lines += [f"ConnectPort {port}" for port in self.connect_ports]
        if self.basic_auth is not None:
            lines.append(f"BasicAuth {self.basic_auth[0]} {self.basic_auth[1]}")
        (self.dir / "tinyproxy.conf").write_text("\n".join(lines) + "\n")
        (self.dir / "log").touch()
        (self.dir / "log").chmod(0o666)

    def command(self) -> list[str]:
        return [_which(TINYPROXY) or TINYPROXY, "-d", "-c", str(self.dir / "tinyproxy.conf")]
