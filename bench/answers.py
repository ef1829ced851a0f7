"""Time to the right answer: a wrong encryption mode, and a dual-stack host with broken IPv6.

    python -m bench.answers [--runs N]

Both against the real Postfix + Dovecot SASL of tests/support/servers/postfix.py on 127.0.0.1,
in this process (``run_check``, warm: the engine, not the interpreter's start):

* **wrong mode** — a STARTTLS check on Postfix's implicit-TLS port (``smtpd_tls_wrappermode``):
  the port says nothing and waits for a ClientHello. Measured: the whole run's wall time until
  the verdict ``tls.expected_tls``. Before issue 16 the TLS probe started after 2 s of silence
  (about 2.05 s). Also counted: connections Postfix logged for one normal check of its plain
  port (must be 1: the probe must not start when the greeting comes at once).
* **dual stack** — the suite's DNS server answers AAAA ``::1`` and A ``127.0.0.1``; ``::1`` on
  Postfix's port is black-holed (a listener with a full accept queue drops the SYNs), 127.0.0.1
  is Postfix. Connect timeout 10 s. Measured: the connect step's wall time (serially it was the
  whole connect timeout), and that the IPv6 attempt is reported as a warning.
"""

from __future__ import annotations

import argparse
import re
import time

from bench import Figure, loadavg, median, spread
from tests.support.servers.dns import DnsServer
from tests.support.servers.ports import filtered_at
from tests.support.servers.postfix import PostfixServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

WRONG_MODE_GOAL_S = 0.3
DUAL_GOAL_S = 0.5


def _settings(mta: PostfixServer, port: int, **extra: object) -> object:
    from app.core.model import Security, ServerSettings, StopAfter, Timeouts

    options: dict[str, object] = {
        "host": "localhost", "port": port, "security": Security.STARTTLS,
        "ca_file": str(mta.ca_file), "stop_after": StopAfter.EHLO,
        "timeouts": Timeouts(connect=10.0, reply=10.0, step=20.0, dns=2.0)}
    options.update(extra)
    return ServerSettings(**options)  # type: ignore[arg-type]


def _connections(mta: PostfixServer) -> int:
    assert mta.log_file is not None
    return len(re.findall(r"smtpd\[\d+\]: connect from", mta.log_file.read_text()))


def measure(runs: int) -> dict[str, object]:
    from app.core.checks.connection import run_check
    from app.core.model import IPVersion

    out: dict[str, object] = {}
    with PostfixServer({CANARY_USER: CANARY_PASSWORD}) as mta:
        wrong: list[float] = []
        diagnoses = set()
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            result = run_check(_settings(mta, mta.tls_port))  # type: ignore[arg-type]
            wrong.append(time.perf_counter() - t0)
            diagnoses.add(result.diagnosis)
        out["wrong"], out["wrong_diagnoses"] = wrong[1:], diagnoses
        time.sleep(0.3)  # Postfix's log is written asynchronously
        before = _connections(mta)
        normal = run_check(_settings(mta, mta.port))  # type: ignore[arg-type]
        time.sleep(0.5)
        out["normal_status"] = normal.status.value
        out["normal_connections"] = _connections(mta) - before

        dual: list[float] = []
        warned = set()
        with DnsServer({"dual.test": {"AAAA": ["::1"], "A": ["127.0.0.1"]}}) as dns, \
                filtered_at("::1", mta.port):
            for _ in range(runs):
                result = run_check(_settings(  # type: ignore[arg-type]
                    mta, mta.port, host="dual.test", nameserver=dns.nameserver,
                    ip_version=IPVersion.AUTO, verify_tls=False))
                connect = next(s for s in result.steps if s.id == "connect")
                dual.append(connect.duration_ms / 1000)
                failed = connect.facts.get("failed") or []
                warned.add(f"{connect.status.value} {connect.diagnosis}; failed: "
                           + ", ".join(f"{f['address']} {f['result']}" for f in failed))
        out["dual"], out["dual_warned"] = dual, warned
    return out


def run(quick: bool = False, runs: int | None = None) -> list[Figure]:
    data = measure(runs or (5 if quick else 11))
    wrong: list[float] = data["wrong"]  # type: ignore[assignment]
    dual: list[float] = data["dual"]  # type: ignore[assignment]
    diagnoses = data["wrong_diagnoses"]
    return [
        Figure("Wrong encryption mode (STARTTLS on Postfix's implicit-TLS port): time to "
               "tls.expected_tls", f"<= {WRONG_MODE_GOAL_S} s (was 2.05 s)",
               f"{median(wrong):.3f} s",
               median(wrong) <= WRONG_MODE_GOAL_S and diagnoses == {"tls.expected_tls"},
               f"{spread([w * 1000 for w in wrong])}; verdicts {sorted(map(str, diagnoses))}"),
        Figure("Normal check of Postfix: connections Postfix logged", "1 (no probe)",
               str(data["normal_connections"]), data["normal_connections"] == 1,
               f"run status {data['normal_status']}"),
        Figure("Dual stack, IPv6 black-holed (connect timeout 10 s): connect step",
               f"<= {DUAL_GOAL_S} s, IPv6 reported", f"{median(dual):.3f} s",
               median(dual) <= DUAL_GOAL_S and all("::1 timeout" in w for w in
                                                   data["dual_warned"]),  # type: ignore[attr-defined]
               f"{spread([d * 1000 for d in dual])}; step: "
               f"{sorted(data['dual_warned'])}"),  # type: ignore[call-overload]
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    print(f"load average before: {loadavg()}")
    for figure in run(runs=args.runs):
        print(f"{figure.verdict:5} {figure.name}: {figure.measured} ({figure.note})")
    print(f"load average after: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
