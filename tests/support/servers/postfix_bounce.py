"""A real Postfix that writes bounces: the bounce reader's end-to-end bed.

``BouncingPostfix(sink_port, remote_port)`` is the ``Postfix`` core (tests/support/servers/
postfix.py) with one smtpd on loopback that relays for 127.0.0.0/8 and a transport map:

* ``remote.test`` → ``[127.0.0.1]:remote_port`` — a test server that refuses recipients or the
  message (the test's aiosmtpd ``SmtpServer`` with ``reject_rcpt`` / ``reject_data``): Postfix's
  smtp(8) client gets the refusal and writes a DSN with ``Remote-MTA`` and
  ``Diagnostic-Code: smtp; …``;
* ``down.test`` → a loopback port nobody listens on: "Connection refused", and with
  ``maximal_queue_lifetime = 0`` the message is returned after that one attempt;
* ``local.test`` — a virtual mailbox domain of this Postfix (virtual(8), Maildirs owned by
  ``nobody``) whose smtpd accepts unknown users (``smtpd_reject_unlisted_recipient = no``), so
  Postfix bounces them itself ("unknown user", no remote server);
* ``sender.test`` → ``[127.0.0.1]:sink_port`` — where the bounces go: the sender's own server,
  the test's aiosmtpd sink, which hands them to the test.

No SASL (no Dovecot). Root is needed (the master binds ports and drops to ``postfix``);
``postfix.skip_unless_runnable(sasl=False)`` says why it can't run.
"""

from __future__ import annotations

import grp
import pwd
import shutil
from typing import ClassVar, Final

from tests.support.servers.postfix import Postfix, _free_port

SENDER: Final = "alice@sender.test"
REMOTE_UNKNOWN: Final = "nobody@remote.test"
REMOTE_TOO_BIG: Final = "bigfile@remote.test"
LOCAL_UNKNOWN: Final = "ghost@local.test"
LOCAL_KNOWN: Final = "carol@local.test"
DOWN: Final = "dave@down.test"


class BouncingPostfix(Postfix):
    """Relays from loopback, returns what it can't deliver to ``SENDER`` at ``sink_port``."""

    SERVICES: ClassVar = {"smtp": ("smtpd_reject_unlisted_recipient=no",)}
    HOSTNAME: ClassVar[str] = "mail.sender.test"

    def __init__(self, sink_port: int, remote_port: int) -> None:
        super().__init__()
        self.sink_port = sink_port
        self.remote_port = remote_port
        self.refused_port = _free_port()  # nothing listens there

    @property
    def port(self) -> int:
        return self.ports["smtp"]

    def settings(self) -> str:
        d = self.dir
        (d / "transport").write_text(
            f"remote.test smtp:[127.0.0.1]:{self.remote_port}\n"
            f"down.test smtp:[127.0.0.1]:{self.refused_port}\n"
            f"sender.test smtp:[127.0.0.1]:{self.sink_port}\n")
        (d / "mailboxes").write_text(f"{LOCAL_KNOWN} carol/\n")
        (d / "vmail").mkdir()
        shutil.chown(d / "vmail", "nobody", "nogroup")
        return f"""\
mynetworks = 127.0.0.0/8
transport_maps = texthash:{d}/transport
virtual_mailbox_domains = local.test
virtual_mailbox_maps = texthash:{d}/mailboxes
virtual_transport = virtual
virtual_mailbox_base = {d}/vmail
virtual_uid_maps = static:{pwd.getpwnam("nobody").pw_uid}
virtual_gid_maps = static:{grp.getgrnam("nogroup").gr_gid}
maximal_queue_lifetime = 0
bounce_queue_lifetime = 0
smtp_connect_timeout = 5s
smtp_tls_security_level = none
delay_warning_time = 0
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
"""
