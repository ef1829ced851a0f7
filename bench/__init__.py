"""SMTP Doctor benchmarks: each figure beside its goal (``python -m bench``; see bench/README.md).

Every benchmark module has ``run(quick: bool, **options) -> list[Figure]`` and a ``main()`` for
running it alone. All traffic goes to loopback (127.0.0.1 / ::1) only: the servers are the test
bed's (tests/support/servers) started on port 0 by the benchmark itself.

Nothing here is a pytest test: timed figures on a shared machine are evidence, not assertions.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Where the benchmarks keep their scratch files (byte-code cache, a regular install, PKI).
SCRATCH = Path(tempfile.gettempdir()) / "smtp-doctor-bench"
LOOPBACK = "127.0.0.1"


@dataclass
class Figure:
    """One line of the table. ``ok`` None = information only (no goal)."""

    name: str
    goal: str
    measured: str
    ok: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        return "INFO" if self.ok is None else ("PASS" if self.ok else "MISS")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float], unit: str = "ms", digits: int = 0) -> str:
    """"median X (min .. max, n=N)"."""
    fmt = f"{{:.{digits}f}}"
    return (f"{fmt.format(median(values))} {unit} (min {fmt.format(min(values))}, "
            f"max {fmt.format(max(values))}, n={len(values)})")


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child process, as a user's would be.

    ``PYTHONDONTWRITEBYTECODE`` (set in this project's sandbox) would make every cold start
    compile all of app/ from source; an installed package and the frozen app both ship byte code.
    So the children get a byte-code cache, kept out of the repository with PYTHONPYCACHEPREFIX.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONPYCACHEPREFIX"] = str(SCRATCH / "pycache")
    env.update(extra)
    return env


def env_for(program: str, **extra: str) -> dict[str, str]:
    """``child_env`` for a child that runs ``program`` (an interpreter or a console script).

    This venv's editable install may point at another checkout (a worktree shares the main
    checkout's venv): its children get this checkout first on the path, so the code measured is
    this one's. A scratch venv's regular install is measured as installed.
    """
    env = child_env(**extra)
    if Path(program).parent == Path(sys.executable).parent:
        env["PYTHONPATH"] = str(ROOT)
    return env


def entry_point() -> list[str]:
    """``smtp-doctor`` as installed in the running venv (the editable install here)."""
    exe = Path(sys.executable).with_name("smtp-doctor")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "app"]


def regular_install(source: Path = ROOT) -> Path:
    """A scratch venv with app/ installed the way a wheel would put it (no editable finder).

    The dependencies come from the running venv's site-packages through a plain path entry in a
    ``.pth`` file (its own ``.pth`` files, the editable finder among them, are not processed).
    Rebuilt on every call (copying app/ takes milliseconds), so it always matches the checkout.
    ``source`` is the checkout to install (another one, e.g. a scratch copy with a proposed
    change, for before/after figures). Returns the ``smtp-doctor`` script of that venv.
    """
    venv = SCRATCH / f"regular-venv-{hashlib.sha1(str(source).encode()).hexdigest()[:8]}"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    ours = Path(subprocess.run(
        [sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    (purelib / "smtp-doctor-deps.pth").write_text(str(ours) + "\n")
    target = purelib / "app"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source / "app", target, ignore=shutil.ignore_patterns("__pycache__"))
    # where the wheel puts the knowledge base (setup.py): app/resources
    shutil.copytree(source / "resources", target / "resources")
    subprocess.run([str(python), "-m", "compileall", "-q", str(target)], check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    script = venv / "bin" / "smtp-doctor"
    script.write_text(f"#!{python}\nimport sys\nfrom app.__main__ import main\n"
                      "if __name__ == '__main__':\n    sys.exit(main())\n")
    script.chmod(0o755)
    return script
