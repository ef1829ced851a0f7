"""The delivery proof on loopback: time from the DATA reply to "found" over IMAP.

    python -m bench.delivery [--runs N]

Against the delivery bed of tests/support/servers/delivery.py (a real Postfix: submission with
OpenDKIM signing → an mx with postfix-policyd-spf-python, OpenDKIM verifying and OpenDMARC →
virtual(8) into a Maildir → Dovecot IMAP with IDLE), in this process (``run_check``, warm).
Measured per run: the found step's ``delay_s`` (the engine's clock, from the 250 to DATA until
the SEARCH that found it), and the same span by the message's own Received times (one-second
resolution: how much of it is the MTAs'). Needs root and the Debian packages the bed names.
"""

from __future__ import annotations

import argparse

from bench import Figure, loadavg, median, spread


def measure(runs: int) -> dict[str, list[float]]:
    from dataclasses import replace

    from app.core.checks.connection import run_check
    from tests.support.checks import watch_settings
    from tests.support.servers import delivery as bed

    found: list[float] = []
    headers: list[float] = []
    with bed.make_dns() as dns, bed.DeliveryMta(dns) as mta:
        base = watch_settings(mta, "good.test")
        for i in range(runs + 1):  # the first run warms Postfix's and Dovecot's processes
            result = run_check(replace(base, subject=f"bench {i}"))
            step = next(s for s in result.steps if s.id == "found")
            if i == 0 or "delay_s" not in step.facts:
                continue
            found.append(float(step.facts["delay_s"]))
            if step.facts.get("delay_by_headers_s") is not None:
                headers.append(float(step.facts["delay_by_headers_s"]))
    return {"found": found, "headers": headers}


def run(quick: bool = False, runs: int | None = None) -> list[Figure]:
    data = measure(runs or (5 if quick else 11))
    found, headers = data["found"], data["headers"]
    return [Figure("Delivery proof: send (250 to DATA) to found over IMAP, loopback", "info",
                   f"{median(found):.3f} s" if found else "no sample", None,
                   (spread([f * 1000 for f in found]) if found else "") +
                   (f"; by the Received times: {spread(headers, 's', 1)}" if headers else ""))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args(argv).runs
    load = loadavg()
    (figure,) = run(runs=runs)
    print(f"{figure.name}: {figure.measured} ({figure.note}); load average {load} before, "
          f"{loadavg()} after")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
