"""A real Postfix (the Debian package) on loopback, optionally with Dovecot SASL: one small core
(``Postfix``) and the three beds the tests and benchmarks use.

The core puts everything in one short temporary directory: Postfix's config (``master -c DIR
-d``), queue and data directories, its log (``maillog_file``), Dovecot's config, base_dir and
passwd-file. Each ``smtpd`` service listens on a free high port of 127.0.0.1 (master.cf); nothing
touches /etc/postfix, /etc/dovecot or port 25. ``start`` writes main.cf/master.cf (the shared
settings plus the bed's own), starts Dovecot (only when the bed has SASL users) and Postfix's
master, each in a process group of its own, and waits for the banner; ``stop`` (or leaving the
context) terminates both groups, kills what is left and removes the directory. What Postfix
needs to run like this: ``mail_owner = postfix``, a ``data_directory`` owned by postfix, the
queue directory existing before ``postfix check``, and ``maillog_file_prefixes`` allowing a
maillog in the temporary directory.

The beds:

* ``RealMta(pki)`` — Dovecot SASL, one smtpd per policy (``SERVICES``: access maps, sender
  login maps, relay, a greylisting-like DEFER_IF_PERMIT, STARTTLS required, the AUTH rate
  limit); ``ports[name]``. The ``real_mta`` session fixture of the replies tests.
* ``PostfixServer(users)`` — one submission service (STARTTLS required, AUTH after TLS against
  Dovecot) on ``port`` and the same in implicit-TLS wrapper mode on ``tls_port``; ``ca_file``
  trusts it, ``log_file`` is Postfix's log. The benchmark's yardstick and test_real_mta.
* ``PostfixWithChain(chain_pem)`` — no SASL; STARTTLS presents the chain the test gives
  (``smtpd_tls_chain_files``: the way a real server ends up sending its leaf without the
  intermediate).

Needs root (the master binds ports and drops to the ``postfix`` user). ``unavailable()`` says
why it cannot run; ``skip_unless_runnable()`` skips a test with that reason, or fails it when
``SMTP_DOCTOR_REAL_MTA=1`` (CI).
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
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import ClassVar, Final

from tests.support.servers.pki import TestPki, build_pki
from tests.support.servers.startstop import StartStop, skip_or_fail

POSTFIX: Final = Path("/usr/sbin/postfix")
POSTFIX_MASTER: Final = Path("/usr/lib/postfix/sbin/master")
DOVECOT: Final = Path("/usr/sbin/dovecot")
HOST: Final = "127.0.0.1"

#: Postfix's helper services (the rest of a stock master.cf is left out).
_INTERNAL_SERVICES: Final = """\
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
tlsmgr unix - - n 1000? 1 tlsmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
smtp unix - - n - - smtp
relay unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
local unix - n n - - local
virtual unix - n n - - virtual
lmtp unix - - n - - lmtp
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
"""


def unavailable(*, sasl: bool = True) -> str | None:
    """Why a real Postfix (with Dovecot when ``sasl``) cannot run here (None: it can)."""
    needed = (POSTFIX, POSTFIX_MASTER, DOVECOT) if sasl else (POSTFIX, POSTFIX_MASTER)
    missing = [str(binary) for binary in needed if not binary.exists()]
    if missing:
        return (f"not installed: {', '.join(missing)} "
                f"(apt-get install postfix{' dovecot-core' if sasl else ''})")
    if os.geteuid() != 0:
        return "Postfix's master must start as root"
    return None


def skip_unless_runnable(*, sasl: bool = True) -> None:
    """Skip the calling test when Postfix can't run here; under SMTP_DOCTOR_REAL_MTA=1 (CI),
    fail it instead."""
    skip_or_fail(unavailable(sasl=sasl), "a real Postfix")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-2000:]
    except OSError:
        return ""


def _greets(port: int, banner: bool) -> bool:
    """Whether ``port`` accepts a connection (and, with ``banner``, says 220)."""
    try:
        with socket.create_connection((HOST, port), timeout=1.0) as sock:
            if not banner:
                return True
            if sock.recv(512).startswith(b"220"):
                sock.sendall(b"QUIT\r\n")
                return True
    except OSError:
        pass
    return False


def _end_group(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a process started in a group of its own, then kill what is left of the group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # leftovers: children the leader did not take along
    proc.wait(timeout=10)
    if proc.stderr is not None:
        proc.stderr.close()


class Postfix(StartStop):
    """The core: one Postfix (and Dovecot when ``users`` is given) in a temporary directory.

    A bed sets ``SERVICES`` (name -> the smtpd's ``-o`` options; ``ports[name]`` once made),
    ``HOSTNAME``, and returns its own main.cf lines from ``settings()`` (which may write the
    files they name into ``dir``)."""

    SERVICES: ClassVar[Mapping[str, tuple[str, ...]]] = {"smtp": ()}
    HOSTNAME: ClassVar[str] = "mx.smtpdoctor.test"

    def __init__(self, *, chain_pem: bytes | None = None,
                 users: Mapping[str, str] | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="sd-pf-"))  # short: unix socket paths
        self.chain_pem = chain_pem
        self.users = dict(users) if users is not None else None
        self.ports = {name: _free_port() for name in self.SERVICES}
        self.log_file = self.dir / "maillog"
        self._master: subprocess.Popen[bytes] | None = None
        self._dovecot: subprocess.Popen[bytes] | None = None
        self._helpers: list[tuple[str, subprocess.Popen[bytes]]] = []

    @property
    def config_dir(self) -> Path:
        return self.dir / "postfix"

    def settings(self) -> str:
        """This bed's main.cf lines."""
        return ""

    def dovecot_settings(self) -> str:
        """This bed's dovecot.conf lines (after the shared ones: a setting here wins)."""
        return ""

    def dovecot_userdb(self) -> str:
        """The static userdb's args (the SASL beds' users have no mail)."""
        return "uid=nobody gid=nogroup home=/nonexistent"

    def wrap(self, argv: list[str]) -> list[str]:
        """The command line that starts a daemon of this bed (Postfix's master); a bed may run
        it in a namespace of its own."""
        return argv

    def start_helpers(self, deadline: float) -> None:
        """Start the bed's own daemons (milters) before Postfix; ``helper`` keeps them."""

    def helper(self, argv: list[str], ready: Callable[[], bool], deadline: float,
               what: str) -> subprocess.Popen[bytes]:
        """Start a daemon of the bed in a process group of its own (stopped with the bed) and
        wait until ``ready``."""
        proc = subprocess.Popen(self.wrap(argv), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        self._helpers.append((what, proc))
        self._wait(ready, deadline, what)
        return proc

    # -- configuration ------------------------------------------------------------------------
    def _write(self) -> None:
        d = self.dir
        os.chmod(d, 0o755)  # the postfix and dovecot users walk into it
        for sub in ("postfix", "queue", "data", "dovecot"):
            (d / sub).mkdir()
        shutil.chown(d / "data", "postfix", "postfix")
        main = [f"""\
compatibility_level = 3.6
queue_directory = {d}/queue
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = {self.log_file}
maillog_file_prefixes = {d}
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = {self.HOSTNAME}
mydestination =
mynetworks = 192.0.2.0/24
alias_maps =
alias_database =
local_recipient_maps =
relay_domains =
"""]
        if self.chain_pem is not None:
            (d / "chain.pem").write_bytes(self.chain_pem)
            os.chmod(d / "chain.pem", 0o600)
            main.append(f"smtpd_tls_chain_files = {d}/chain.pem\n")
        if self.users is not None:
            main.append(f"smtpd_sasl_type = dovecot\nsmtpd_sasl_path = {self._auth_socket}\n")
            self._write_dovecot()
        main.append(self.settings())
        (self.config_dir / "main.cf").write_text("".join(main))
        services = "".join(
            f"{HOST}:{self.ports[name]} inet n - n - - smtpd\n"
            + "".join(f"  -o {option}\n" for option in options)
            for name, options in self.SERVICES.items())
        (self.config_dir / "master.cf").write_text(services + _INTERNAL_SERVICES)

    @property
    def _auth_socket(self) -> Path:
        return self.dir / "dovecot" / "auth-postfix"

    def _write_dovecot(self) -> None:
        d = self.dir
        assert self.users is not None
        users = d / "users"
        users.write_text("".join(f"{name}:{{PLAIN}}{secret}::::::\n"
                                 for name, secret in self.users.items()))
        os.chmod(users, 0o600)
        shutil.chown(users, "dovecot")  # Dovecot's auth process reads it as dovecot
        (d / "dovecot.conf").write_text(f"""\
instance_name = sd-pf-{d.name}
protocols =
base_dir = {d}/dovecot/run
state_dir = {d}/dovecot/state
log_path = {d}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}
}}
userdb {{
  driver = static
  args = {self.dovecot_userdb()}
}}
service auth {{
  unix_listener {self._auth_socket} {{
    mode = 0666
  }}
}}
service anvil {{
  chroot =
}}
""" + self.dovecot_settings())

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> None:
        reason = unavailable(sasl=self.users is not None)
        if reason is not None:
            raise RuntimeError(f"a real Postfix can't run: {reason}")
        self.start_or_stop(self._start)

    def _start(self) -> None:
        self._write()
        deadline = time.monotonic() + 20
        if self.users is not None:
            self._dovecot = subprocess.Popen(
                [str(DOVECOT), "-F", "-c", str(self.dir / "dovecot.conf")],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
            self._wait(lambda: self._auth_socket.exists(), deadline, "Dovecot's auth socket")
        self.start_helpers(deadline)
        checked = subprocess.run([str(POSTFIX), "-c", str(self.config_dir), "check"],
                                 capture_output=True, text=True, timeout=60, check=False)
        if checked.returncode != 0:
            raise RuntimeError(f"postfix check failed ({checked.returncode}): "
                               f"{checked.stdout}{checked.stderr}{self.logs()}")
        self._master = subprocess.Popen(
            self.wrap([str(POSTFIX_MASTER), "-c", str(self.config_dir), "-d"]),
            env={**os.environ, "MAIL_CONFIG": str(self.config_dir)},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        for name, options in self.SERVICES.items():
            banner = "smtpd_tls_wrappermode=yes" not in options
            self._wait(partial(_greets, self.ports[name], banner), deadline,
                       f"Postfix's {name} service on port {self.ports[name]}")

    def _wait(self, ready: Callable[[], bool], deadline: float, what: str) -> None:
        while not ready():
            for name, proc in (("Postfix's master", self._master), ("Dovecot", self._dovecot),
                               *self._helpers):
                if proc is not None and proc.poll() is not None:
                    raise RuntimeError(f"{what}: {name} exited ({proc.returncode}): "
                                       f"{self.logs()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not come up: {self.logs()}")
            time.sleep(0.05)

    def logs(self) -> str:
        """The ends of Postfix's and Dovecot's logs (for a failure's message)."""
        text = _tail(self.log_file) + _tail(self.dir / "dovecot.log")
        for proc in (self._master, self._dovecot, *(p for _name, p in self._helpers)):
            if proc is not None and proc.poll() is not None and proc.stderr is not None:
                text += proc.stderr.read().decode(errors="replace")[-2000:]
        return text or "(no log)"

    def stop(self) -> None:
        for proc in (self._master, self._dovecot, *(p for _name, p in self._helpers)):
            if proc is not None:
                _end_group(proc)
        self._master = self._dovecot = None
        self._helpers = []
        shutil.rmtree(self.dir, ignore_errors=True)


# -- the replies' bed: one smtpd per policy ---------------------------------------------------

DOMAIN: Final = "example.test"
USER: Final = "alice"
PASSWORD: Final = "pf-Alice-pw-7391"
SENDER: Final = f"{USER}@{DOMAIN}"
OTHER_SENDER: Final = f"carol@{DOMAIN}"  # exists, but alice does not own it
RECIPIENT: Final = f"bob@{DOMAIN}"
FULL: Final = f"full@{DOMAIN}"  # 452 4.2.2 (temporary)
GONE_FULL: Final = f"gone@{DOMAIN}"  # 552 5.2.2 (permanent)
GREY: Final = f"grey@{DOMAIN}"  # DEFER_IF_PERMIT "Greylisted, see ..."
BLOCKED: Final = f"blocked@{DOMAIN}"  # REJECT: "Access denied"
OUTSIDE: Final = "someone@elsewhere.test"  # not ours: relaying

#: The recipient access map (check_recipient_access). Postfix writes the reply: the code and
#: enhanced code come from the action, "<rcpt>: Recipient address rejected:" from Postfix.
RECIPIENT_ACCESS: Final = {
    FULL: "452 4.2.2 Mailbox full",
    GONE_FULL: "552 5.2.2 Mailbox full",
    GREY: "DEFER_IF_PERMIT Greylisted, see https://postgrey.schweikert.ch/help/example.test.html",
    BLOCKED: "REJECT Access denied",
}
#: The client access map of the "blocklisted" service: the text Postfix's own default_rbl_reply
#: would write for a zen.spamhaus.org listing (no DNS blocklist is queried on loopback).
CLIENT_BLOCKLISTED: Final = ("554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked "
                             "using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1")

#: One smtpd service per policy: name -> its ``-o`` overrides (names of main.cf parameters
#: defined in ``RealMta.settings``).
SERVICES: Final[dict[str, tuple[str, ...]]] = {
    # STARTTLS + AUTH (Dovecot), sender login maps, recipient access map
    "submission": ("smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=yes",
                   "smtpd_sender_restrictions=$sd_sender_restrictions",
                   "smtpd_recipient_restrictions=$sd_recipient_restrictions",
                   "smtpd_relay_restrictions=permit_sasl_authenticated,reject_unauth_destination"),
    # no AUTH: anything outside example.test is relaying
    "relay": ("smtpd_tls_security_level=none", "smtpd_sasl_auth_enable=no",
              "smtpd_relay_restrictions=reject_unauth_destination"),
    # the same, with Postfix's "safety net" default: defer instead of reject (454 4.7.1)
    "relay_defer": ("smtpd_tls_security_level=none", "smtpd_sasl_auth_enable=no",
                    "smtpd_relay_restrictions=defer_unauth_destination"),
    # STARTTLS required before MAIL
    "tlsonly": ("smtpd_tls_security_level=encrypt", "smtpd_sasl_auth_enable=yes"),
    # the client's address rejected by an access map with a blocklist's wording
    "blocklisted": ("smtpd_tls_security_level=none", "smtpd_sasl_auth_enable=no",
                    "smtpd_client_restrictions=$sd_client_restrictions"),
    # one AUTH command per minute per client (anvil)
    "authrate": ("smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=yes",
                 "smtpd_client_auth_rate_limit=1",
                 "smtpd_client_event_limit_exceptions="),
}


class RealMta(Postfix):
    """Postfix + Dovecot SASL giving real replies for real policies: relay denied, sender login
    mismatch, recipient access maps, a greylisting-like DEFER_IF_PERMIT, full mailboxes (an
    access map's 452/552 action: stock Postfix has no mailbox quota), a client "blocklist" (an
    access map with the reject_rbl_client wording), STARTTLS required, wrong passwords, and the
    AUTH rate limit. ``ports[name]`` for each of ``SERVICES``."""

    SERVICES = SERVICES

    def __init__(self, pki: TestPki) -> None:
        self.pki = pki
        super().__init__(chain_pem=pki.leaves["valid"].private_key_and_cert_chain_pem.bytes(),
                         users={USER: PASSWORD})

    def settings(self) -> str:
        d = self.dir
        (d / "rcpt_access").write_text("".join(f"{k} {v}\n" for k, v in
                                               RECIPIENT_ACCESS.items()))
        (d / "client_access").write_text(f"127.0.0.1 {CLIENT_BLOCKLISTED}\n")
        (d / "sender_login").write_text(f"{SENDER} {USER}\n{OTHER_SENDER} carol\n")
        mailboxes = [SENDER, OTHER_SENDER, RECIPIENT, *RECIPIENT_ACCESS]
        (d / "mailboxes").write_text("".join(f"{m} ok\n" for m in mailboxes))
        return f"""\
mydomain = smtpdoctor.test
myorigin = smtpdoctor.test
virtual_mailbox_domains = {DOMAIN}
virtual_mailbox_maps = texthash:{d}/mailboxes
virtual_transport = discard
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = texthash:{d}/sender_login
sd_sender_restrictions = reject_sender_login_mismatch
sd_client_restrictions = check_client_access texthash:{d}/client_access
sd_recipient_restrictions = check_recipient_access texthash:{d}/rcpt_access,
    permit_sasl_authenticated, reject_unauth_destination
"""


# -- the benchmark's yardstick: one submission service and its implicit-TLS twin --------------

#: The submission bed's local domain and the recipient it accepts (a virtual alias).
SUBMISSION_DOMAIN: Final = "example.com"
SUBMISSION_RECIPIENT: Final = f"bob@{SUBMISSION_DOMAIN}"


class PostfixServer(Postfix):
    """``with PostfixServer(users) as mta``: STARTTLS required (``smtpd_tls_security_level =
    encrypt``) with a trustme leaf for ``localhost`` (``ca_file`` trusts it), AUTH only after TLS
    against Dovecot holding ``users`` (default: the canary user), the local domain
    ``example.com`` whose ``bob@example.com`` is accepted, relaying only for authenticated
    clients; ``port``, and ``tls_port`` for the same in wrapper mode (implicit TLS)."""

    SERVICES: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "submission": (), "submissions": ("smtpd_tls_wrappermode=yes",)}
    HOSTNAME = "localhost"
    host: ClassVar[str] = HOST

    def __init__(self, users: Mapping[str, str] | None = None) -> None:
        if users is None:
            from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER
            users = {CANARY_USER: CANARY_PASSWORD}
        super().__init__(users=users)
        pki = build_pki(self.dir / "pki")
        self.chain_pem = pki.leaves["valid"].private_key_and_cert_chain_pem.bytes()
        self.ca_file = pki.ca_file

    @property
    def port(self) -> int:
        return self.ports["submission"]

    @property
    def tls_port(self) -> int:
        return self.ports["submissions"]

    def settings(self) -> str:
        return f"""\
mydomain = localhost
myorigin = localhost
virtual_alias_domains = {SUBMISSION_DOMAIN}
virtual_alias_maps = inline:{{ {SUBMISSION_RECIPIENT}=root }}
smtpd_banner = $myhostname ESMTP
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_delay_reject = yes
biff = no
smtputf8_enable = no
"""


# -- a Postfix sending the certificate chain a test gives it ----------------------------------

class PostfixWithChain(Postfix):
    """``PostfixWithChain(chain_pem)``: key and certificates in one PEM (the key first), as
    ``smtpd_tls_chain_files`` reads them; STARTTLS offered, no SASL. ``port``."""

    HOSTNAME = "mx.chain.smtpdoctor.test"

    def __init__(self, chain_pem: bytes) -> None:
        super().__init__(chain_pem=chain_pem)

    @property
    def port(self) -> int:
        return self.ports["smtp"]

    def settings(self) -> str:
        return ("smtpd_tls_security_level = may\n"
                "smtpd_relay_restrictions = reject_unauth_destination\n")
