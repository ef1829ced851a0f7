"""A real Postfix (the Debian package) with Dovecot SASL on loopback, for tests and the benchmarks.

``PostfixServer`` is a context manager yielding a ``RealMta`` (host, port, ca_file, users):

* Postfix runs from a config directory of its own under a temporary directory (``master -c DIR
  -d``, never the system's /etc/postfix, never port 25): ``inet_interfaces = loopback-only``,
  one ``smtpd`` on a random high port of 127.0.0.1 (master.cf) and one in TLS wrapper mode
  (implicit TLS, ``tls_port``), STARTTLS required
  (``smtpd_tls_security_level = encrypt``) with a trustme leaf for ``localhost``, AUTH offered only
  after TLS (``smtpd_tls_auth_only``), the local domain ``example.com`` whose recipient
  ``bob@example.com`` is accepted (a virtual alias), relaying only for authenticated clients.
* SASL is ``smtpd_sasl_type = dovecot`` against a Dovecot started with its own config file
  (``base_dir`` in the temporary directory, no mail protocols, only the auth socket) and a
  ``passwd-file`` holding ``users``.

Both are stopped (and the directory removed) on exit. ``available()`` says why they cannot run
(binaries missing, not root); callers skip with that reason unless ``SMTP_DOCTOR_REAL_MTA=1``
is set (CI), in which case they must fail.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.support.servers.pki import build_pki

POSTFIX_MASTER = Path("/usr/lib/postfix/sbin/master")
POSTFIX = Path("/usr/sbin/postfix")
DOVECOT = Path("/usr/sbin/dovecot")
DOMAIN = "example.com"
RECIPIENT = f"bob@{DOMAIN}"
#: Postfix's helper services the smtpd of this setup talks to (the rest of master.cf is omitted).
_SERVICES = """\
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


@dataclass(frozen=True)
class RealMta:
    host: str
    port: int
    ca_file: Path
    users: Mapping[str, str] = field(default_factory=dict)
    #: The same server's implicit-TLS (submissions, "wrapper mode") port.
    tls_port: int = 0
    #: Postfix's own log (``maillog_file``), for a failing test's message.
    log_file: Path | None = None


def available() -> str | None:
    """None when Postfix and Dovecot can run here, else the reason they cannot."""
    for binary in (POSTFIX_MASTER, POSTFIX, DOVECOT):
        if not binary.exists():
            return f"{binary} is missing (apt-get install postfix dovecot-core)"
    if os.geteuid() != 0:
        return "Postfix and Dovecot need root to switch to their own users"
    return None


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _wait_for_banner(host: str, port: int, deadline: float) -> None:
    while True:
        try:
            with socket.create_connection((host, port), timeout=1.0) as sock:
                if sock.recv(512).startswith(b"220"):
                    sock.sendall(b"QUIT\r\n")
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"Postfix did not greet on {host}:{port}")
        time.sleep(0.05)


def _tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-2000:]
    except OSError:
        return ""


def _wait_for_path(path: Path, deadline: float, what: str) -> None:
    while not path.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not create {path}")
        time.sleep(0.02)


def _dovecot_conf(root: Path, socket_path: Path, passwd: Path) -> str:
    return f"""\
base_dir = {root / "dovecot-run"}
state_dir = {root / "dovecot-state"}
instance_name = smtp-doctor-test-{root.name}
protocols =
log_path = {root / "dovecot.log"}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}}
service auth {{
  unix_listener {socket_path} {{
    mode = 0666
  }}
}}
service anvil {{
  chroot =
}}
"""


def _main_cf(root: Path, queue: Path, cert: Path, key: Path, socket_path: Path) -> str:
    return f"""\
compatibility_level = 3.6
queue_directory = {queue}
data_directory = {root / "data"}
mail_owner = postfix
setgid_group = postdrop
maillog_file = {root / "maillog"}
maillog_file_prefixes = {root}
myhostname = localhost
mydomain = localhost
myorigin = localhost
mydestination =
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks =
virtual_alias_domains = {DOMAIN}
virtual_alias_maps = inline:{{ {RECIPIENT}=root }}
smtpd_banner = $myhostname ESMTP
smtpd_tls_cert_file = {cert}
smtpd_tls_key_file = {key}
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {socket_path}
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_delay_reject = yes
biff = no
alias_maps =
alias_database =
local_recipient_maps =
smtputf8_enable = no
"""


@contextmanager
def PostfixServer(users: Mapping[str, str] | None = None, *,
                  host: str = "127.0.0.1") -> Iterator[RealMta]:
    """Start Postfix + Dovecot on ``host`` (a random port); yields what a client needs."""
    reason = available()
    if reason is not None:
        raise RuntimeError(reason)
    if users is None:
        from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER
        users = {CANARY_USER: CANARY_PASSWORD}
    root = Path(tempfile.mkdtemp(prefix="smtp-doctor-postfix-"))
    os.chmod(root, 0o755)  # the postfix and dovecot users walk into it
    dovecot: subprocess.Popen[bytes] | None = None
    master: subprocess.Popen[bytes] | None = None
    try:
        pki = build_pki(root / "pki")
        cert, key = root / "server.pem", root / "server.key"
        leaf = pki.leaves["valid"]
        cert.write_bytes(b"".join(pem.bytes() for pem in leaf.cert_chain_pems))
        leaf.private_key_pem.write_to_path(str(key))
        key.chmod(0o600)
        socket_path = root / "dovecot-auth"
        passwd = root / "passwd"
        passwd.write_text("".join(f"{name}:{{PLAIN}}{secret}\n" for name, secret in users.items()))
        passwd.chmod(0o644)
        conf = root / "dovecot.conf"
        conf.write_text(_dovecot_conf(root, socket_path, passwd))
        deadline = time.monotonic() + 20
        dovecot = subprocess.Popen([str(DOVECOT), "-F", "-c", str(conf)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_for_path(socket_path, deadline, "Dovecot")

        config = root / "postfix"
        queue = root / "queue"
        config.mkdir()
        (root / "data").mkdir()
        shutil.chown(root / "data", "postfix", "postfix")
        queue.mkdir()
        port, tls_port = _free_port(host), _free_port(host)
        (config / "main.cf").write_text(_main_cf(root, queue, cert, key, socket_path))
        (config / "master.cf").write_text(
            f"{host}:{port} inet n - n - - smtpd\n"
            f"{host}:{tls_port} inet n - n - - smtpd -o smtpd_tls_wrappermode=yes\n" + _SERVICES)
        env = {**os.environ, "MAIL_CONFIG": str(config)}
        checked = subprocess.run([str(POSTFIX), "-c", str(config), "check"], env=env,
                                 capture_output=True, text=True)
        if checked.returncode != 0:
            # postfix(1) reports to syslog only; run it on a terminal to see why
            raise RuntimeError(f"postfix -c {config} check failed ({checked.returncode})")
        master = subprocess.Popen([str(POSTFIX_MASTER), "-c", str(config), "-d"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait_for_banner(host, port, deadline)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}: {_tail(root / 'maillog')}") from None
        yield RealMta(host=host, port=port, ca_file=pki.ca_file, users=dict(users),
                      tls_port=tls_port, log_file=root / "maillog")
    finally:
        for proc in (master, dovecot):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in (master, dovecot):
            if proc is not None:
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                if proc.stderr is not None:
                    proc.stderr.close()
        shutil.rmtree(root, ignore_errors=True)
