"""A real Postfix on loopback whose STARTTLS presents a certificate chain of the test's choice
(``smtpd_tls_chain_files``): the way a real server ends up sending its leaf without the
intermediate. Postfix only (no SASL), one ``smtpd`` on a free high port of 127.0.0.1, every
directory in one temporary directory (``postfix -c DIR``); /etc/postfix and port 25 are never
touched. ``unavailable()`` says why it cannot run (skip, unless SMTP_DOCTOR_REAL_MTA=1).

(Helper "replies" has a fuller Postfix + Dovecot bed for reply texts; this one is only about
the chain a real Postfix sends.)
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Final

HOSTNAME: Final = "mx.chain.smtpdoctor.test"

_SERVICES: Final = """\
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
proxymap unix - - n - - proxymap
error unix - - n - - error
discard unix - - n - - discard
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
tlsmgr unix - - n 1000? 1 tlsmgr
"""


def unavailable() -> str | None:
    if shutil.which("postfix") is None and not Path("/usr/sbin/postfix").exists():
        return "not installed: postfix (apt-get install postfix)"
    if os.geteuid() != 0:
        return "Postfix's master must start as root"
    return None


def _postfix_binary() -> str:
    return shutil.which("postfix") or "/usr/sbin/postfix"


class PostfixWithChain:
    """``PostfixWithChain(chain_pem)``: key and certificates in one PEM (the key first), as
    ``smtpd_tls_chain_files`` reads them. Context manager; ``port`` once started."""

    def __init__(self, chain_pem: bytes) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="sd-pfc-"))
        self.chain_pem = chain_pem
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self._started = False

    def __enter__(self) -> PostfixWithChain:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _command(self, command: str) -> None:
        done = subprocess.run([_postfix_binary(), "-c", str(self.dir / "etc"), command],
                              capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"postfix {command} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        d = self.dir
        os.chmod(d, 0o755)
        for sub in ("etc", "queue", "data"):
            (d / sub).mkdir()
        shutil.chown(d / "data", "postfix")
        (d / "chain.pem").write_bytes(self.chain_pem)
        os.chmod(d / "chain.pem", 0o600)
        (d / "etc" / "main.cf").write_text(f"""\
compatibility_level = 3.6
queue_directory = {d}/queue
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = {HOSTNAME}
mydestination =
mynetworks = 192.0.2.0/24
alias_maps =
alias_database =
local_recipient_maps =
relay_domains =
smtpd_tls_security_level = may
smtpd_tls_chain_files = {d}/chain.pem
smtpd_relay_restrictions = reject_unauth_destination
""")
        (d / "etc" / "master.cf").write_text(
            f"127.0.0.1:{self.port} inet n - n - - smtpd\n" + _SERVICES)
        self._command("check")
        self._command("start")
        self._started = True
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the real Postfix did not start listening") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self._started:
            self._started = False
            pid_file = self.dir / "queue" / "pid" / "master.pid"
            try:
                master = int(pid_file.read_text().split()[0])
            except (OSError, ValueError, IndexError):
                master = None
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self._command("stop")
            deadline = time.monotonic() + 10
            while master is not None and time.monotonic() < deadline:
                try:
                    os.kill(master, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.05)
        shutil.rmtree(self.dir, ignore_errors=True)
