"""Port matrix: 4 loopback ports, 2 of them filtered, connect timeout T.

    python -m bench.ports_matrix [--timeout T] [--runs N]

Two ports answer SMTP (the test bed's scripted ``plain_esmtp`` peer, each its own listener) and
two are filtered (``tests.support.servers.ports.filtered_port``: a full accept queue, so SYNs are
dropped and connect() hangs until the client's timeout). All on 127.0.0.1.

* **ours**: ``run_ports(PortsOptions(host="127.0.0.1", ports=…, timeout=T, reference=""))`` —
  the whole check (resolve, parallel probe, per-port verdicts) — wall time vs T. Goal ≤ 1.1 T.
* **serial**: the same engine function (``app.core.checks.ports.probe_port``) called for one
  port after another with the same timeout — what a one-port-at-a-time tool (a loop of
  ``nc -z -w T``) costs: about T per filtered port.
"""

from __future__ import annotations

import argparse
import contextlib
import time

from bench import Figure, loadavg, median
from tests.support.servers.ports import filtered_port
from tests.support.servers.scripted import ScriptedServer, plain_esmtp


def measure(timeout: float, runs: int) -> dict[str, list[float]]:
    from app.core.cancel import CancelToken
    from app.core.checks.ports import PortsOptions, probe_port, run_ports
    from app.core.model import IPVersion
    from app.core.protocol.net import resolve
    from app.core.protocol.transcript import Transcript

    samples: dict[str, list[float]] = {"parallel": [], "serial": []}
    with contextlib.ExitStack() as stack:
        open_ports = [stack.enter_context(ScriptedServer(plain_esmtp)).port for _ in range(2)]
        filtered = [stack.enter_context(filtered_port()) for _ in range(2)]
        ports = (open_ports[0], filtered[0], open_ports[1], filtered[1])
        options = PortsOptions(host="127.0.0.1", ports=ports, timeout=timeout, reference="",
                               ip_version=IPVersion.V4)
        for _ in range(runs):
            t0 = time.monotonic()
            result = run_ports(options)
            samples["parallel"].append(time.monotonic() - t0)
            states = {s.id: s.status.value for s in result.steps}
            if [states.get(f"port_{p}") for p in ports] != ["pass", "fail", "pass", "fail"] and \
                    [states.get(f"port_{p}") for p in ports] != ["pass", "warn", "pass", "warn"]:
                raise RuntimeError(f"unexpected port states: {states}")
            t0 = time.monotonic()
            cancel = CancelToken()
            address = resolve("127.0.0.1", 0, IPVersion.V4, 5.0, "", cancel)[0]
            for port in ports:
                probe_port(address, port, "127.0.0.1", timeout, options.greeting_wait, cancel,
                           Transcript())
            samples["serial"].append(time.monotonic() - t0)
    return samples


def run(quick: bool = False, timeout: float | None = None, runs: int | None = None
        ) -> list[Figure]:
    t = timeout or (1.0 if quick else 2.0)
    samples = measure(t, runs or (1 if quick else 3))
    ours, serial = median(samples["parallel"]), median(samples["serial"])
    return [
        Figure(f"Port matrix (4 ports, 2 filtered, T={t:g} s): our wall time", "<= 1.1 T",
               f"{ours:.2f} s = {ours / t:.2f} T", ours <= 1.1 * t,
               "runs: " + ", ".join(f"{v:.2f}" for v in samples["parallel"])),
        Figure("Port matrix: serial probe (same engine, one port after another)", "-",
               f"{serial:.2f} s = {serial / t:.2f} T (ours {serial / ours:.1f}x faster)", None,
               "runs: " + ", ".join(f"{v:.2f}" for v in samples["serial"])),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"load average before: {loadavg()}")
    for figure in run(False, args.timeout, args.runs):
        print(f"{figure.name}: {figure.measured} (goal {figure.goal}) {figure.verdict}  "
              f"{figure.note}")
    print(f"load average after: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
