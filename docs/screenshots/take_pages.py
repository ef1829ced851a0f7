"""Screenshots of the tool pages (Ports, Find my settings, Domain health, TLS details), from the
real app against the test suite's loopback peers (DNS, SMTP, HTTPS). Nothing leaves the machine.

Run under a display from the repo root, e.g.::

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/take_pages.py \
        --page ports --scheme dark --out docs/screenshots/page-ports-dark.png
"""

from __future__ import annotations

import argparse
import contextlib
import os
import ssl
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

NAMES = ("mail.corp.test", "smtp.corp.test", "corp.test", "autoconfig.corp.test")


@contextlib.contextmanager
def scenario(page: str, tmp: Path) -> Iterator[dict[str, Any]]:
    """Start the peers a page's screenshot needs; yield what to type into the page."""
    from tests.support.servers.dns import DnsServer
    from tests.support.servers.https import HttpsServer
    from tests.support.servers.pki import build_pki
    from tests.support.servers.ports import filtered_port, refused_port
    from tests.support.servers.smtpd import SmtpServer

    pki = build_pki(tmp)
    with contextlib.ExitStack() as stack:
        if page == "ports":
            from tests.support.servers.ports import filtered_at, open_at

            smtp = stack.enter_context(SmtpServer(pki=pki, hostname="mail.example.test"))
            tls = stack.enter_context(SmtpServer(pki=pki, tls="tls",
                                                 hostname="mail.example.test"))
            local = stack.enter_context(filtered_port())
            stack.enter_context(filtered_at("127.0.0.2", local))
            remote = stack.enter_context(filtered_port())
            for port in (remote, smtp.port, tls.port):
                stack.enter_context(open_at("127.0.0.2", port))
            dns = stack.enter_context(DnsServer({"mail.example.test": {"A": ["127.0.0.1"]}}))
            yield {"host": "mail.example.test", "nameserver": dns.nameserver,
                   "ports": f"{smtp.port}, {tls.port}, {local}, {remote}, {refused_port()}"}
        elif page == "discover":
            from tests.support.worlds import AUTOCONFIG, server_context

            def context() -> ssl.SSLContext:
                return server_context(pki, *NAMES)

            implicit = stack.enter_context(SmtpServer(pki=pki, tls="tls", tls_context=context(),
                                                      users={"alice": "x"}))
            starttls = stack.enter_context(SmtpServer(pki=pki, tls="starttls",
                                                      tls_context=context(),
                                                      users={"alice": "x"}))
            plain = stack.enter_context(SmtpServer(pki=pki))
            dns = stack.enter_context(DnsServer({
                "corp.test": {"MX": [(10, "mx.corp.test")], "A": ["127.0.0.1"]},
                "_submissions._tcp.corp.test": {"SRV": [(0, 1, implicit.port,
                                                         "mail.corp.test")]},
                "_submission._tcp.corp.test": {"SRV": [(0, 0, 0, ".")]},
                "autoconfig.corp.test": {"A": ["127.0.0.1"]},
                "mail.corp.test": {"A": ["127.0.0.1"]},
                "smtp.corp.test": {"A": ["127.0.0.1"]},
            }))
            https = stack.enter_context(HttpsServer(
                pki, {("autoconfig.corp.test", "/mail/config-v1.1.xml"):
                      (200, "text/xml", AUTOCONFIG.format(port=starttls.port))}, NAMES))
            yield {"query": "alice@corp.test", "nameserver": dns.nameserver,
                   "https_port": https.port, "guess_ports": (starttls.port, plain.port),
                   "ca_file": str(pki.ca_file)}
        elif page == "domain":
            from tests.support.worlds import dkim_record, healthy_zone

            smtp = stack.enter_context(SmtpServer(pki=pki, hostname="mx.example.test"))
            zone = healthy_zone(dkim_record(1024))
            zone["_dmarc.example.test"] = {"TXT": ["v=DMARC1; p=none"]}
            del zone["_mta-sts.example.test"]
            dns = stack.enter_context(DnsServer(zone))
            yield {"domain": "example.test", "selectors": "sel1", "nameserver": dns.nameserver,
                   "server": f"127.0.0.1:{smtp.port}", "ca_file": str(pki.ca_file)}
        else:
            intermediate = pki.ca.create_child_ca()
            leaf = intermediate.issue_cert("127.0.0.1", "localhost", "mail.example.test")
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            leaf.configure_cert(ctx)
            smtp = stack.enter_context(SmtpServer(pki=pki, tls="starttls", tls_context=ctx))
            yield {"host": "localhost", "port": str(smtp.port), "security": "starttls",
                   "ca_file": str(pki.ca_file)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--page", choices=("ports", "discover", "domain", "tls"),
                        default="ports")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    tmp = Path(tempfile.mkdtemp(prefix="smtp-doctor-shot-"))
    os.environ["SMTP_DOCTOR_CONFIG_DIR"] = str(tmp / "config")
    os.environ["SMTP_DOCTOR_DATA_DIR"] = str(tmp / "data")
    os.environ["SMTP_DOCTOR_COLOR_SCHEME"] = args.scheme

    from PySide6.QtCore import QTimer

    from app.gui.app import create_application

    app = create_application([sys.argv[0]])
    from app.gui.main_window import MainWindow
    from tests.support.gui import fill

    index = {"ports": 1, "discover": 2, "domain": 3, "tls": 4}[args.page]
    with scenario(args.page, tmp / "pki") as values:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        page = window.registry.pages()[index - 1]

        def grab() -> None:
            window.grab().save(args.out)
            window.close()

        def finished(_result: object) -> None:
            if args.page == "domain":
                page.results._select_row(page.results.model.row_of("dmarc"))
            if args.page == "ports":
                page.table.setCurrentCell(3, 1)
            QTimer.singleShot(400, grab)

        def start() -> None:
            form: dict[str, Any] = {}
            if "ca_file" in values:
                form["ca_file"] = values["ca_file"]
            if args.page == "tls":
                form.update(host=values["host"], port=values["port"],
                            security=values["security"])
            if args.page == "discover":
                form.update(mail_from=values["query"])
            if args.page == "domain":
                form.update(mail_from="shop@example.test")
            fill(window, **form)
            window.pages.setCurrentIndex(index)
            if args.page == "ports":
                page.host.setText(values["host"])
                page.ports.setText(values["ports"])
                page.timeout.setText("1.5")
                page.reference.setText("127.0.0.2")
                page.nameserver.setText(values["nameserver"])
            elif args.page == "discover":
                page.nameserver.setText(values["nameserver"])
                page.https_port = values["https_port"]
                page.guess_ports = values["guess_ports"]
                page.timeout = 1.5
            elif args.page == "domain":
                page.selectors.setText(values["selectors"])
                page.common.setChecked(False)
                page.server.setText(values["server"])
                page.nameserver.setText(values["nameserver"])
                page.timeout = 1.5
            page.finished.connect(finished)
            page.run()

        QTimer.singleShot(500, start)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
