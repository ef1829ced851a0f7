"""Where a CLI check's time goes: start-up, imports, and per step our code vs waiting on the peer.

    python -m bench.overhead [--runs N] [--importtime]

Against the real Postfix + Dovecot SASL of tests/support/servers/postfix.py on 127.0.0.1 (STARTTLS
required, AUTH PLAIN after TLS):

* **cold phases** — a fresh ``smtp-doctor check … --stop-after rcpt`` process per sample, with
  clock marks: spawn → interpreter + site ready (the first line of the child) → ``import
  app.cli`` done → the engine starts → the engine ends → the process has exited. The child is
  the real CLI (``app.cli.main``); the marks come from a thin wrapper around ``run_check``.
* **per step** — wall time of each step and the CPU time of the engine's thread in it
  (``time.thread_time``). CPU is our code (and the client's share of the TLS handshake); the
  rest of the wall time is waiting on the peer (or the GIL). Cold = the first run in a process
  (lazy imports happen here), warm = later runs in the same process.
* **import cost** — ``python -c pass`` and ``smtp-doctor check --help`` as fresh processes, and
  (``--importtime``) the heaviest modules of ``python -X importtime -m app check --help``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import Figure, entry_point, env_for, loadavg, median, regular_install, spread
from tests.support.servers.postfix import PostfixServer
from tests.support.servers.smtpd import CANARY_PASSWORD, CANARY_USER

CHILD = r"""
import json, os, sys, time
marks = {"started": time.time()}
import app.cli
marks["imported"] = time.time()
import app.core.checks.connection as connection
_run_check = connection.run_check
steps = []
def run_check(settings, on_event=None, cancel=None):
    from app.core.model import StepStarted, StepFinished
    marks["engine_start"] = time.time()
    state = {}
    def hook(event):
        if isinstance(event, StepStarted):
            state["cpu"] = time.thread_time()
        elif isinstance(event, StepFinished) and event.result.status.value != "skipped":
            steps.append((event.result.id, event.result.duration_ms,
                          (time.thread_time() - state.get("cpu", time.thread_time())) * 1000))
        if on_event is not None:
            on_event(event)
    try:
        return _run_check(settings, hook, cancel)
    finally:
        marks["engine_end"] = time.time()
connection.run_check = run_check
import app.__main__
code = app.__main__.main()  # the entry point's own code path (the CLI for these arguments)
marks["main_done"] = time.time()
with open(os.environ["SMTP_DOCTOR_BENCH_OUT"], "w") as f:
    json.dump({"marks": marks, "steps": steps, "code": code}, f)
sys.exit(code)
"""


def check_args(port: int, ca_file: Path) -> list[str]:
    return ["check", "localhost", "--port", str(port), "-4", "--user", CANARY_USER,
            "--password-stdin", "--auth", "plain", "--ca-file", str(ca_file),
            "--from", "alice@example.com", "--to", "bob@example.com", "--stop-after", "rcpt"]


def python_of(script: Path) -> str:
    """The interpreter in a console script's shebang."""
    return script.read_text().splitlines()[0][2:].strip()


def cold_phases(python: str, port: int, ca_file: Path) -> dict[str, Any]:
    out = Path(tempfile.mkstemp(prefix="smtp-doctor-bench-", suffix=".json")[1])
    env = env_for(python, SMTP_DOCTOR_BENCH_OUT=str(out))
    t0 = time.time()
    proc = subprocess.run([python, "-c", CHILD, *check_args(port, ca_file)],
                          input=CANARY_PASSWORD + "\n", capture_output=True, text=True, env=env,
                          cwd=tempfile.gettempdir())
    t_exit = time.time()
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(out.read_text())
    out.unlink()
    m = data["marks"]
    phases = {
        "interpreter + site": m["started"] - t0,
        "import app.cli": m["imported"] - m["started"],
        "parse args, validate": m["engine_start"] - m["imported"],
        "engine run": m["engine_end"] - m["engine_start"],
        "print report": m["main_done"] - m["engine_end"],
        "interpreter exit": t_exit - m["main_done"],
        "total": t_exit - t0,
    }
    return {"phases": {k: v * 1000 for k, v in phases.items()}, "steps": data["steps"]}


def warm_steps(port: int, ca_file: Path, runs: int) -> list[list[tuple[str, float, float]]]:
    from app.core.checks.connection import run_check
    from app.core.model import StepFinished, StepStarted
    from app.core.validate import parse_form

    settings = parse_form({
        "host": "localhost", "port": str(port), "security": "starttls", "auth": "plain",
        "username": CANARY_USER, "password": CANARY_PASSWORD, "ca_file": str(ca_file),
        "ip_version": "ipv4", "mail_from": "alice@example.com", "rcpt_to": "bob@example.com",
        "stop_after": "rcpt"})
    all_runs = []
    for _ in range(runs):
        steps: list[tuple[str, float, float]] = []
        state: dict[str, float] = {}

        def hook(event: Any, steps: list[tuple[str, float, float]] = steps,
                 state: dict[str, float] = state) -> None:
            if isinstance(event, StepStarted):
                state["cpu"] = time.thread_time()
            elif isinstance(event, StepFinished) and event.result.status.value != "skipped":
                steps.append((event.result.id, event.result.duration_ms,
                              (time.thread_time() - state["cpu"]) * 1000))

        result = run_check(settings, hook)
        if result.status.value == "fail":
            raise RuntimeError(f"warm run failed: {result.verdict}")
        all_runs.append(steps)
    return all_runs


def step_table(runs: list[list[tuple[str, float, float]]]) -> list[tuple[str, float, float]]:
    """Per step id: median wall, median CPU."""
    ids = [s[0] for s in runs[0]]
    out = []
    for step_id in ids:
        walls = [s[1] for r in runs for s in r if s[0] == step_id]
        cpus = [s[2] for r in runs for s in r if s[0] == step_id]
        out.append((step_id, median(walls), median(cpus)))
    return out


def startup(command: list[str], runs: int) -> dict[str, list[float]]:
    env = env_for(command[0])
    tools = {"python -c pass": [python_of(Path(command[0])) if len(command) == 1 else
                                command[0], "-c", "pass"],
             "smtp-doctor check --help": [*command, "check", "--help"]}
    samples: dict[str, list[float]] = {k: [] for k in tools}
    for _ in range(runs + 1):
        for name, argv in tools.items():
            t0 = time.perf_counter()
            subprocess.run(argv, capture_output=True, env=env, check=True,
                           cwd=tempfile.gettempdir())
            samples[name].append((time.perf_counter() - t0) * 1000)
    return {k: v[1:] for k, v in samples.items()}  # the first was the warm-up


def importtime(command: list[str], top: int = 25) -> list[tuple[int, int, str]]:
    python = python_of(Path(command[0])) if len(command) == 1 else command[0]
    proc = subprocess.run([python, "-X", "importtime", "-m", "app", "check", "--help"],
                          capture_output=True, text=True, env=env_for(python),
                          cwd=tempfile.gettempdir())
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = (p.strip() for p in line[len("import time:"):].split("|"))
        rows.append((int(self_us), int(cum_us), name))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


def measure(runs: int) -> dict[str, Any]:
    editable = entry_point()
    regular = regular_install()
    python_e = python_of(Path(editable[0])) if len(editable) == 1 else editable[0]
    python_r = python_of(regular)
    out: dict[str, Any] = {}
    with PostfixServer({CANARY_USER: CANARY_PASSWORD}) as server:
        cold: dict[str, list[dict[str, Any]]] = {"editable": [], "regular": []}
        cold_phases(python_e, server.port, server.ca_file)  # warm-up (byte-code cache)
        cold_phases(python_r, server.port, server.ca_file)
        for _ in range(runs):
            cold["editable"].append(cold_phases(python_e, server.port, server.ca_file))
            cold["regular"].append(cold_phases(python_r, server.port, server.ca_file))
        out["cold"] = cold
        out["warm"] = warm_steps(server.port, server.ca_file, max(runs, 5))
    out["startup_editable"] = startup(editable, runs)
    out["startup_regular"] = startup([str(regular)], runs)
    return out


def summarize(data: dict[str, Any]) -> list[str]:
    lines = []
    for kind in ("editable", "regular"):
        samples = data["cold"][kind]
        lines.append(f"cold phases, {kind} install (median ms of {len(samples)}):")
        for phase in samples[0]["phases"]:
            lines.append(f"  {phase:24} {median([s['phases'][phase] for s in samples]):7.1f}")
    lines.append("per step (median ms): wall / CPU of the engine thread")
    cold_steps = step_table([s["steps"] for s in data["cold"]["regular"]])
    warm = dict((k, (w, c)) for k, w, c in step_table(data["warm"]))
    lines.append(f"  {'step':10} {'cold wall':>9} {'cold CPU':>9} {'warm wall':>9} "
                 f"{'warm CPU':>9}")
    for step_id, wall, cpu in cold_steps:
        w, c = warm.get(step_id, (float("nan"), float("nan")))
        lines.append(f"  {step_id:10} {wall:9.1f} {cpu:9.1f} {w:9.1f} {c:9.1f}")
    tot_cold = [sum(s[1] for s in r["steps"]) for r in data["cold"]["regular"]]
    tot_cold_cpu = [sum(s[2] for s in r["steps"]) for r in data["cold"]["regular"]]
    tot_warm = [sum(s[1] for s in r) for r in data["warm"]]
    tot_warm_cpu = [sum(s[2] for s in r) for r in data["warm"]]
    lines.append(f"  {'total':10} {median(tot_cold):9.1f} {median(tot_cold_cpu):9.1f} "
                 f"{median(tot_warm):9.1f} {median(tot_warm_cpu):9.1f}")
    for kind in ("editable", "regular"):
        for name, values in data[f"startup_{kind}"].items():
            lines.append(f"{name} ({kind}): {spread(values)}")
    return lines


def run(quick: bool = False, runs: int | None = None) -> list[Figure]:
    data = measure(runs or (5 if quick else 11))
    figures = []
    for kind in ("editable", "regular"):
        s = data[f"startup_{kind}"]
        base, helped = median(s["python -c pass"]), median(s["smtp-doctor check --help"])
        figures.append(Figure(f"Import cost: `check --help` minus `python -c pass` ({kind})",
                              "-", f"{helped - base:.0f} ms ({helped:.0f} - {base:.0f})", None))
    for kind in ("editable", "regular"):
        samples = data["cold"][kind]
        ph = {p: median([s["phases"][p] for s in samples]) for p in samples[0]["phases"]}
        figures.append(Figure(
            f"Cold CLI check phases ({kind})", "-",
            f"total {ph['total']:.0f} ms", None,
            ", ".join(f"{k} {v:.0f}" for k, v in ph.items() if k != "total")))
    cold_steps = step_table([s["steps"] for s in data["cold"]["regular"]])
    warm_steps_ = step_table(data["warm"])
    figures.append(Figure("Engine, first run in a process: wall / our CPU", "-",
                          f"{sum(w for _, w, _ in cold_steps):.0f} / "
                          f"{sum(c for _, _, c in cold_steps):.0f} ms", None,
                          ", ".join(f"{i} {w:.0f}/{c:.0f}" for i, w, c in cold_steps
                                    if w >= 1.0)))
    figures.append(Figure("Engine, warm run: wall / our CPU", "-",
                          f"{sum(w for _, w, _ in warm_steps_):.1f} / "
                          f"{sum(c for _, _, c in warm_steps_):.1f} ms", None,
                          ", ".join(f"{i} {w:.1f}/{c:.1f}" for i, w, c in warm_steps_)))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args(argv)
    print(f"load average before: {loadavg()}")
    data = measure(args.runs)
    print("\n".join(summarize(data)))
    if args.importtime:
        for kind, command in (("editable", entry_point()), ("regular", [str(regular_install())])):
            print(f"\nheaviest imports, `python -X importtime -m app check --help` ({kind}), "
                  "cumulative / self µs:")
            for self_us, cum_us, name in importtime(command):
                print(f"  {cum_us:8d} {self_us:8d}  {name}")
    print(f"load average after: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
