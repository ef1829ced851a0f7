"""The delivery proof's bed: a real path from submission to a mailbox read over IMAP, with the
receiver's Authentication-Results written by real milters and a real SPF policy service.

``DeliveryMta(dns)`` is a ``postfix.Postfix`` bed:

* ``submission`` (``port``): STARTTLS, AUTH against Dovecot, OpenDKIM in signing mode as
  milter (``SIGNING``: which From domain is signed with which key), then every message goes on
  over SMTP with STARTTLS (``content_filter``) to
* ``mx``: ``myhostname = mx.inbox.test``, STARTTLS offered, postfix-policyd-spf-python as a
  policy service (``Header_Type = AR``), OpenDKIM in verifying mode and OpenDMARC as milters,
  all writing Authentication-Results with the authserv-id ``mx.inbox.test``; then
* Postfix's virtual(8) delivers into Maildirs: ``bob@inbox.test`` to Inbox,
  ``bob+junk@inbox.test`` to the folder Junk (SPECIAL-USE ``\\Junk``), ``bob+spam@inbox.test``
  to a folder named Spam without the attribute (found by its name);
* ``plain`` (``ports["plain"]``): the same mailboxes reached without any check (no milters,
  no policy service), so no Authentication-Results at all;
* Dovecot serves those Maildirs over IMAP (``imap_port``, STARTTLS) and IMAPS
  (``imaps_port``), with the certificate ``ca_file`` trusts; ``bob@inbox.test`` (``BOB``,
  ``BOB_PASSWORD``) can log in to it, and to the submission service.

DNS: each sender domain's SPF, DKIM key and DMARC records (``ZONE``, with the DKIM keys the bed
makes) are served by a ``DnsServer`` on port 53 of a loopback address of its own, because the
milters' resolvers take no port: OpenDKIM (libunbound) is given it with ``Nameservers``; Postfix's
master (and so the SPF policy service it spawns) and OpenDMARC (libc's resolver and libspf2)
run in a mount namespace (``unshare -m``) where /etc/resolv.conf names it. Needs root.

The sender domains (``SENDERS``): ``good.test`` passes everything; ``softfail.test`` is
signed by its provider's domain ``provider.test`` and its SPF record ends in ~all without this
server; ``bad.test`` fails SPF (-all) and DKIM (the published key is another one); ``none.test``
has no records at all; ``broken.test`` has an SPF record including a domain without one
(permerror).
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar, Final

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.support.servers.dns import DnsServer
from tests.support.servers.pki import build_pki
from tests.support.servers.postfix import HOST, Postfix, _free_port, unavailable
from tests.support.servers.startstop import skip_or_fail

OPENDKIM: Final = Path("/usr/sbin/opendkim")
OPENDMARC: Final = Path("/usr/sbin/opendmarc")
POLICYD_SPF: Final = Path("/usr/bin/policyd-spf")
IMAP_LOGIN: Final = Path("/usr/lib/dovecot/imap")
UNSHARE: Final = Path("/usr/bin/unshare")

MX: Final = "mx.inbox.test"
INBOX_DOMAIN: Final = "inbox.test"
BOB: Final = f"bob@{INBOX_DOMAIN}"
BOB_PASSWORD: Final = "imap-Bob-pw-5518"
ALICE: Final = "alice@good.test"  # the submission login that sends as any sender domain
ALICE_PASSWORD: Final = "smtp-Alice-pw-2207"
TO_JUNK: Final = f"bob+junk@{INBOX_DOMAIN}"
TO_SPAM: Final = f"bob+spam@{INBOX_DOMAIN}"
SELECTOR: Final = "s1"
OAUTH_USER: Final = "alice@contoso.test"  # the bed's OAuth server's test account (oauth_as)
OTHER_NET: Final = "192.0.2.0/24"  # what the milters' "internal/ignored hosts" lists hold

#: From domain -> the domain whose key signs it ("" = not signed).
SIGNING: Final = {"good.test": "good.test", "softfail.test": "provider.test",
                  "bad.test": "bad.test", "broken.test": "", "none.test": ""}
SENDERS: Final = tuple(SIGNING)


def _key() -> tuple[bytes, str]:
    """An RSA key: PEM (for OpenDKIM) and the base64 public key (for the DKIM TXT record)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    import base64

    return pem, base64.b64encode(der).decode()


def _txt(text: str) -> list[str]:
    """One TXT record (the DNS server cuts it into 255-byte strings)."""
    return [text]


def delivery_unavailable() -> str | None:
    """Why the delivery bed can't run here (None: it can)."""
    reason = unavailable(sasl=True)
    if reason is not None:
        return reason
    missing = [str(p) for p in (OPENDKIM, OPENDMARC, POLICYD_SPF, IMAP_LOGIN, UNSHARE)
               if not p.exists()]
    if missing:
        return (f"not installed: {', '.join(missing)} (apt-get install opendkim opendmarc "
                "postfix-policyd-spf-python dovecot-imapd util-linux)")
    probe = subprocess.run([str(UNSHARE), "-m", "true"], capture_output=True, text=True,
                           timeout=30, check=False)
    if probe.returncode != 0:
        return f"no mount namespaces here (unshare -m: {probe.stderr.strip()})"
    return None


def skip_unless_delivery_runnable() -> None:
    skip_or_fail(delivery_unavailable(), "the delivery bed")


def running_bed() -> Iterator[DeliveryMta]:
    """The tests' fixture body: a started bed (with its DNS server) until the generator is
    closed; skips (or fails under SMTP_DOCTOR_REAL_MTA=1) when it can't run here."""
    skip_unless_delivery_runnable()
    with make_dns() as dns, DeliveryMta(dns) as mta:
        yield mta


def _listening(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def make_dns() -> DnsServer:
    """The bed's DNS server: port 53 of a loopback address no other bed uses (empty zone; the
    bed fills it in)."""
    host = f"127.53.{random.randint(1, 254)}.{random.randint(1, 254)}"
    return DnsServer({}, host=host, port=53)


class DeliveryMta(Postfix):
    SERVICES: ClassVar = {
        "submission": ("smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=yes",
                       "smtpd_tls_auth_only=yes",
                       "smtpd_relay_restrictions=permit_sasl_authenticated,reject",
                       "smtpd_milters=$sd_sign_milter", "content_filter=$sd_to_mx"),
        "mx": ("smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=no",
               f"myhostname={MX}", "smtpd_milters=$sd_verify_milters",
               "smtpd_recipient_restrictions=$sd_mx_restrictions"),
        # a receiver that checks nothing: no milters, no SPF policy (no Authentication-Results)
        "plain": ("smtpd_tls_security_level=may", "smtpd_sasl_auth_enable=no",
                  "smtpd_milters=", "smtpd_recipient_restrictions=reject_unauth_destination"),
    }
    HOSTNAME = "submit.smtpdoctor.test"

    def __init__(self, dns: DnsServer, *, oauth_introspection: str = "",
                 oauth_ca_file: str = "") -> None:
        super().__init__(users={BOB: BOB_PASSWORD, ALICE: ALICE_PASSWORD})
        self.dns = dns
        # Dovecot checks XOAUTH2/OAUTHBEARER tokens (IMAP, and Postfix's SASL through it) by
        # RFC 7662 introspection at this URL (client credentials in it), trusting this CA
        self.oauth_introspection = oauth_introspection
        self.oauth_ca_file = oauth_ca_file
        pki = build_pki(self.dir / "pki")
        self.chain_pem = pki.leaves["valid"].private_key_and_cert_chain_pem.bytes()
        self.ca_file = pki.ca_file
        self._leaf = pki.leaves["valid"]
        self.milter_ports = {name: _free_port() for name in ("sign", "verify", "dmarc")}
        self.imap_port = _free_port()
        self.imaps_port = _free_port()
        self.maildir = self.dir / "mail" / "bob" / "Maildir"

    @property
    def port(self) -> int:
        return self.ports["submission"]

    # -- DNS ----------------------------------------------------------------------------------
    def _zone(self, keys: dict[str, str]) -> dict[str, dict[str, object]]:
        wrong = _key()[1]  # bad.test publishes a key it does not sign with
        zone: dict[str, dict[str, object]] = {
            "good.test": {"TXT": _txt("v=spf1 ip4:127.0.0.1 -all")},
            "_dmarc.good.test": {"TXT": _txt("v=DMARC1; p=reject")},
            "softfail.test": {"TXT": _txt("v=spf1 ip4:192.0.2.1 ~all")},
            "_dmarc.softfail.test": {"TXT": _txt("v=DMARC1; p=none")},
            "provider.test": {"TXT": _txt("v=spf1 ip4:127.0.0.1 -all")},
            "bad.test": {"TXT": _txt("v=spf1 ip4:192.0.2.1 -all")},
            "_dmarc.bad.test": {"TXT": _txt("v=DMARC1; p=none")},
            "broken.test": {"TXT": _txt("v=spf1 include:nospf.test -all")},
            "nospf.test": {"A": ["192.0.2.7"]},
            "none.test": {"A": ["192.0.2.8"]},
            "imap.inbox.test": {"A": ["127.0.0.1"]},  # not a name in the IMAP certificate
        }
        for domain, public in keys.items():
            published = wrong if domain == "bad.test" else public
            zone[f"{SELECTOR}._domainkey.{domain}"] = {
                "TXT": _txt(f"v=DKIM1; k=rsa; p={published}")}
        return zone

    # -- configuration ------------------------------------------------------------------------
    def settings(self) -> str:
        d = self.dir
        mail = d / "mail"
        # bob's Maildir with its Junk and Spam folders made before any mail (as a real account
        # has them), owned by the user virtual(8) delivers as and Dovecot reads as
        for folder in ("", ".Junk", ".Spam"):
            for sub in ("cur", "new", "tmp"):
                (self.maildir / folder / sub).mkdir(parents=True, exist_ok=True)
        for path in (mail, *mail.rglob("*")):
            shutil.chown(path, "nobody", "nogroup")
        (d / "vmailbox").write_text(f"{BOB} bob/Maildir/\n{TO_JUNK} bob/Maildir/.Junk/\n"
                                    f"{TO_SPAM} bob/Maildir/.Spam/\n"
                                    f"{OAUTH_USER} alice/Maildir/\n")  # Dovecot: mail/%n
        (d / "policyd-spf.conf").write_text(f"""\
debugLevel = 1
HELO_reject = False
Mail_From_reject = False
PermError_reject = False
TempError_Defer = False
skip_addresses = {OTHER_NET}
Header_Type = AR
Authserv_Id = {MX}
""")
        p = self.milter_ports
        return f"""\
mydomain = smtpdoctor.test
myorigin = smtpdoctor.test
virtual_mailbox_domains = {INBOX_DOMAIN}, {OAUTH_USER.partition("@")[2]}
virtual_mailbox_base = {mail}
virtual_mailbox_maps = texthash:{d}/vmailbox
virtual_uid_maps = static:{_uid("nobody")}
virtual_gid_maps = static:{_gid("nogroup")}
virtual_minimum_uid = 1
recipient_delimiter = +
smtpd_sasl_auth_enable = no
smtp_tls_security_level = may
smtpd_tls_received_header = yes
milter_default_action = tempfail
sd_sign_milter = inet:{HOST}:{p["sign"]}
sd_verify_milters = inet:{HOST}:{p["verify"]}, inet:{HOST}:{p["dmarc"]}
sd_to_mx = smtp:[{HOST}]:{self.ports["mx"]}
sd_mx_restrictions = reject_unauth_destination, check_policy_service unix:private/policyd-spf
policyd-spf_time_limit = 3600
"""

    def _write(self) -> None:
        super()._write()
        master = self.config_dir / "master.cf"
        master.write_text(master.read_text() + (
            f"policyd-spf unix - n n - 0 spawn\n  user=nobody argv={POLICYD_SPF} "
            f"{self.dir}/policyd-spf.conf\n"))

    def dovecot_userdb(self) -> str:
        return f"uid=nobody gid=nogroup home={self.dir}/mail/%n"

    def _oauth_settings(self) -> str:
        if not self.oauth_introspection:
            return ""
        ca = self.dir / "oauth-ca.pem"  # where Dovecot's auth process (a user) can read it
        shutil.copyfile(self.oauth_ca_file, ca)
        os.chmod(ca, 0o644)
        conf = self.dir / "oauth2.conf"
        conf.write_text(f"""\
introspection_mode = post
introspection_url = {self.oauth_introspection}
username_attribute = username
active_attribute = active
active_value = true
tls_ca_cert_file = {ca}
""")
        os.chmod(conf, 0o644)
        return f"""\
auth_mechanisms = plain login xoauth2 oauthbearer
auth_verbose = yes
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {conf}
}}
"""

    def dovecot_settings(self) -> str:
        d = self.dir
        (d / "imap.pem").write_bytes(self._leaf.cert_chain_pems[0].bytes())
        (d / "imap.key").write_bytes(self._leaf.private_key_pem.bytes())
        os.chmod(d / "imap.key", 0o600)
        return f"""\
protocols = imap
listen = {HOST}
ssl = yes
ssl_cert = <{d}/imap.pem
ssl_key = <{d}/imap.key
mail_location = maildir:~/Maildir
first_valid_uid = 1
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Junk {{
    special_use = \\Junk
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
""" + self._oauth_settings()

    def wrap(self, argv: list[str]) -> list[str]:
        """Run ``argv`` where /etc/resolv.conf names the bed's DNS server (port 53)."""
        resolv = self.dir / "resolv.conf"
        if not resolv.exists():
            resolv.write_text(f"nameserver {self.dns.host}\noptions timeout:2 attempts:2\n")
            os.chmod(resolv, 0o644)
        return [str(UNSHARE), "-m", "sh", "-c",
                f'mount --bind "{resolv}" /etc/resolv.conf && exec "$@"', "sh", *argv]

    # -- the milters ----------------------------------------------------------------------------
    def start_helpers(self, deadline: float) -> None:
        d = self.dir
        keys: dict[str, str] = {}
        keydir = d / "keys"
        keydir.mkdir()
        for domain in sorted({k for k in SIGNING.values() if k}):
            pem, public = _key()
            (keydir / f"{domain}.key").write_bytes(pem)
            os.chmod(keydir / f"{domain}.key", 0o600)
            keys[domain] = public
        self.dns.records.clear()
        self.dns.records.update(self._zone(keys))
        (d / "keytable").write_text("".join(
            f"{k} {k}:{SELECTOR}:{keydir}/{k}.key\n" for k in keys))
        (d / "signingtable").write_text("".join(
            f"*@{sender} {signer}\n" for sender, signer in SIGNING.items() if signer))
        (d / "external").write_text(f"{OTHER_NET}\n")
        # libunbound: forward everything to the bed's server; it would not ask 127/8 otherwise,
        # and answers for the special-use .test (RFC 6761) itself unless told not to
        (d / "unbound.conf").write_text(f"""\
server:
  do-not-query-localhost: no
  local-zone: "test." nodefault
forward-zone:
  name: "."
  forward-addr: {self.dns.host}@{self.dns.port}
""")
        common = f"""\
AuthservID {MX}
Syslog no
UMask 002
Canonicalization relaxed/simple
RequireSafeKeys false
AlwaysAddARHeader yes
ResolverConfiguration {d}/unbound.conf
"""
        (d / "opendkim-sign.conf").write_text(common + f"""\
Mode s
Socket inet:{self.milter_ports["sign"]}@{HOST}
PidFile {d}/opendkim-sign.pid
KeyTable refile:{d}/keytable
SigningTable refile:{d}/signingtable
InternalHosts {HOST}
""")
        (d / "opendkim-verify.conf").write_text(common + f"""\
Mode v
Socket inet:{self.milter_ports["verify"]}@{HOST}
PidFile {d}/opendkim-verify.pid
InternalHosts {d}/external
""")
        (d / "opendmarc.conf").write_text(f"""\
AuthservID {MX}
TrustedAuthservIDs {MX}
Socket inet:{self.milter_ports["dmarc"]}@{HOST}
PidFile {d}/opendmarc.pid
Syslog false
IgnoreHosts {d}/external
IgnoreAuthenticatedClients false
RejectFailures false
SPFSelfValidate false
SPFIgnoreResults false
""")
        for name in ("sign", "verify"):
            self.helper([str(OPENDKIM), "-f", "-x", str(d / f"opendkim-{name}.conf")],
                        lambda port=self.milter_ports[name]: _listening(port), deadline,
                        f"OpenDKIM ({name})")
        self.helper([str(OPENDMARC), "-f", "-c", str(d / "opendmarc.conf")],
                    lambda: _listening(self.milter_ports["dmarc"]), deadline, "OpenDMARC")

    def start(self) -> None:
        reason = delivery_unavailable()
        if reason is not None:
            raise RuntimeError(f"the delivery bed can't run: {reason}")
        super().start()
        self._wait(lambda: _listening(self.imap_port), __import__("time").monotonic() + 20,
                   "Dovecot's IMAP service")

    def messages(self) -> list[Path]:
        """Every message file delivered so far (any folder)."""
        return sorted(p for p in self.maildir.rglob("*") if p.is_file()
                      and p.parent.name in ("new", "cur"))


def _uid(name: str) -> int:
    import pwd

    return pwd.getpwnam(name).pw_uid


def _gid(name: str) -> int:
    import grp

    return grp.getgrnam(name).gr_gid
