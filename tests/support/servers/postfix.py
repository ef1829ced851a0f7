"""A real Postfix (with Dovecot SASL) on loopback, configured to give real replies for real
policies: relay denied, sender login mismatch, recipient access maps, a greylisting-like
DEFER_IF_PERMIT, full mailboxes (an access map's 452/552 action: stock Postfix has no mailbox
quota), a client "blocklist" (an access map with the reject_rbl_client wording), STARTTLS
required, wrong passwords, and the AUTH rate limit.

Everything lives in one temporary directory: Postfix's config (``postfix -c DIR``), queue and
data directories, Dovecot's config, base_dir and passwd-file. Ports are free high ports on
127.0.0.1, one ``smtpd`` service per policy (see ``SERVICES``). Nothing touches /etc/postfix,
/etc/dovecot or port 25. Postfix's master and Dovecot are started by ``RealMta.start`` and
stopped by ``RealMta.stop`` (Postfix with ``postfix -c DIR stop``, Dovecot by its own pid).

Needs root (Postfix's master binds ports and drops to the ``postfix`` user) and the Debian
packages postfix and dovecot-core. ``unavailable()`` says why it cannot run.
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

from tests.support.servers.pki import TestPki

HOSTNAME: Final = "mx.smtpdoctor.test"
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
#: defined below).
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

_INTERNAL_SERVICES = """\
cleanup unix n - n - 0 cleanup
qmgr unix n - n 300 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
proxymap unix - - n - - proxymap
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
tlsmgr unix - - n 1000? 1 tlsmgr
"""


def unavailable() -> str | None:
    """Why a real Postfix cannot run here (None: it can)."""
    missing = [b for b in ("postfix", "dovecot") if shutil.which(b) is None
               and not Path(f"/usr/sbin/{b}").exists()]
    if missing:
        return f"not installed: {', '.join(missing)} (apt-get install postfix dovecot-core)"
    if os.geteuid() != 0:
        return "Postfix's master must start as root"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _binary(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


class RealMta:
    """Postfix + Dovecot SASL on loopback; ``ports[name]`` for each of ``SERVICES``."""

    def __init__(self, pki: TestPki) -> None:
        self.pki = pki
        self.dir = Path(tempfile.mkdtemp(prefix="sd-pf-"))  # short: unix socket paths
        self.ports = {name: _free_port() for name in SERVICES}
        self._dovecot: subprocess.Popen[bytes] | None = None
        self._postfix_started = False

    @property
    def config_dir(self) -> Path:
        return self.dir / "postfix"

    def __enter__(self) -> RealMta:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- configuration ------------------------------------------------------------------------
    def _write(self) -> None:
        d = self.dir
        os.chmod(d, 0o755)  # Postfix's daemons (user postfix) walk into it
        for sub in ("postfix", "queue", "dovecot"):
            (d / sub).mkdir()
        (d / "data").mkdir()
        shutil.chown(d / "data", "postfix")
        self.pki.leaves["valid"].private_key_and_cert_chain_pem.write_to_path(
            str(d / "chain.pem"))
        os.chmod(d / "chain.pem", 0o600)
        (d / "rcpt_access").write_text("".join(f"{k} {v}\n" for k, v in
                                               RECIPIENT_ACCESS.items()))
        (d / "client_access").write_text(f"127.0.0.1 {CLIENT_BLOCKLISTED}\n")
        (d / "sender_login").write_text(f"{SENDER} {USER}\n{OTHER_SENDER} carol\n")
        mailboxes = [SENDER, OTHER_SENDER, RECIPIENT, *RECIPIENT_ACCESS]
        (d / "mailboxes").write_text("".join(f"{m} ok\n" for m in mailboxes))
        (d / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        os.chmod(d / "users", 0o600)
        shutil.chown(d / "users", "dovecot")  # Dovecot's auth process reads it as dovecot
        (self.config_dir / "main.cf").write_text(f"""\
compatibility_level = 3.6
sd_dir = {d}
queue_directory = {d}/queue
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = {HOSTNAME}
mydomain = smtpdoctor.test
myorigin = smtpdoctor.test
mydestination =
mynetworks = 192.0.2.0/24
alias_maps =
alias_database =
local_recipient_maps =
relay_domains =
virtual_mailbox_domains = {DOMAIN}
virtual_mailbox_maps = texthash:{d}/mailboxes
virtual_transport = discard
smtpd_tls_chain_files = {d}/chain.pem
smtpd_tls_auth_only = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {d}/dovecot/auth-postfix
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = texthash:{d}/sender_login
sd_sender_restrictions = reject_sender_login_mismatch
sd_client_restrictions = check_client_access texthash:{d}/client_access
sd_recipient_restrictions = check_recipient_access texthash:{d}/rcpt_access,
    permit_sasl_authenticated, reject_unauth_destination
""")
        services = "".join(
            f"127.0.0.1:{self.ports[name]} inet n - n - - smtpd\n"
            + "".join(f"  -o {option}\n" for option in options)
            for name, options in SERVICES.items())
        (self.config_dir / "master.cf").write_text(services + _INTERNAL_SERVICES)
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
  args = scheme=PLAIN username_format=%u {d}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}}
service auth {{
  unix_listener {d}/dovecot/auth-postfix {{
    mode = 0666
  }}
}}
""")

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> None:
        self._write()
        self._dovecot = subprocess.Popen(
            [_binary("dovecot"), "-F", "-c", str(self.dir / "dovecot.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._postfix("check")
        self._postfix("start")
        self._postfix_started = True
        deadline = time.monotonic() + 15
        while not (self._listening() and (self.dir / "dovecot" / "auth-postfix").exists()):
            if time.monotonic() > deadline or self._dovecot.poll() is not None:
                self.stop()
                raise RuntimeError("the real Postfix/Dovecot did not start: " + self.logs())
            time.sleep(0.05)

    def _listening(self) -> bool:
        for port in self.ports.values():
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    pass
            except OSError:
                return False
        return True

    def _postfix(self, command: str) -> None:
        done = subprocess.run(
            [_binary("postfix"), "-c", str(self.config_dir), command],
            capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"postfix {command} failed ({done.returncode}): "
                               f"{done.stdout}{done.stderr}")

    def _master_pid(self) -> int | None:
        try:
            return int((self.dir / "queue" / "pid" / "master.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def logs(self) -> str:
        log = self.dir / "dovecot.log"
        text = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        if self._dovecot is not None and self._dovecot.poll() is not None and \
                self._dovecot.stderr is not None:
            text += self._dovecot.stderr.read().decode(errors="replace")[-2000:]
        return text or "(no log)"

    def stop(self) -> None:
        if self._postfix_started:
            self._postfix_started = False
            master = self._master_pid()
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                self._postfix("stop")
            deadline = time.monotonic() + 10
            while master is not None and time.monotonic() < deadline and _alive(master):
                time.sleep(0.05)
        if self._dovecot is not None:
            self._dovecot.terminate()
            try:
                self._dovecot.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._dovecot.kill()
                self._dovecot.wait(timeout=5)
            if self._dovecot.stderr is not None:
                self._dovecot.stderr.close()
            self._dovecot = None
        shutil.rmtree(self.dir, ignore_errors=True)
