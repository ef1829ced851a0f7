"""Runs a plan of timed steps, sends events to a listener, honours a CancelToken.

A plan is any object with ``steps()``, ``begin_step()``, ``close()``, ``verdict()``,
``advice_context()``, a ``transcript`` and a ``target``; the connection check is one
(``checks.connection.run_check`` runs it).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from .. import __version__
from .cancel import Cancelled, CancelToken
from .errors import CheckFailure
from .model import (
    Event,
    FixAction,
    RunFinished,
    RunResult,
    Status,
    StepFinished,
    StepResult,
    StepStarted,
)
from .protocol.transcript import Transcript
from .text.i18n import msg
from .text.redact import Redactor
from .text.sanitize import clean_text, clean_value


@dataclass
class Outcome:
    status: Status = Status.PASS
    summary: str = ""
    facts: dict[str, Any] = field(default_factory=dict)
    diagnosis: str | None = None
    title: str = ""  # the finished step's title, when it says more than the plan's


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    run: Callable[[], Outcome]
    waiting_for: str = ""  # what the step waits for, in words ("the greeting"); see StepStarted
    timeout_s: float | None = None  # how long it may wait for it


class Plan(Protocol):
    transcript: Transcript

    @property
    def target(self) -> dict[str, Any]: ...

    def steps(self) -> list[Step]: ...

    def begin_step(self) -> None: ...

    def close(self) -> None: ...

    def verdict(self, steps: list[StepResult], status: Status, total_ms: float) -> str: ...

    def advice_context(self) -> dict[str, Any]: ...


def overall_status(steps: list[StepResult]) -> Status:
    worst = Status.SKIPPED
    for step in steps:
        if step.status.rank > worst.rank:
            worst = step.status
    return Status.PASS if worst is Status.SKIPPED else worst


def _flat_facts(facts: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in facts.items() if not isinstance(v, dict)}


def _run_step(step: Step, cancel: CancelToken | None) -> Outcome:
    try:
        return step.run()
    except Exception as exc:
        if cancel is not None and cancel.cancelled and not isinstance(exc, Cancelled):
            # Whatever broke after a cancel (a closed socket, EBADF) is the cancel itself.
            raise Cancelled() from exc
        raise


def _outgoing(text: str, redactor: Redactor) -> str:
    """Text that leaves the engine: sanitized, then scrubbed of the run's secrets."""
    return redactor.scrub(clean_text(text))


def _outgoing_action(action: FixAction, redactor: Redactor) -> FixAction:
    changes = {k: _outgoing(v, redactor) if isinstance(v, str) else v
               for k, v in action.changes.items()}
    return replace(action, label=_outgoing(action.label, redactor), changes=changes)


def _step_result(plan: Plan, step: Step, outcome: Outcome, redactor: Redactor) -> StepResult:
    """The one place where a step's words become a result: whatever a server, a certificate or
    DNS said is sanitized, and every form of the run's secrets is redacted, before any listener,
    printer, report or history sees it."""
    facts = redactor.scrub_value(clean_value(outcome.facts))
    title = _outgoing(outcome.title, redactor) if outcome.title else step.title
    result = StepResult(step.id, title, outcome.status,
                        summary=_outgoing(outcome.summary, redactor), facts=facts,
                        diagnosis=outcome.diagnosis)
    if outcome.diagnosis:  # the knowledge base is read only when a step has a diagnosis
        from .knowledge.diagnoses import advise

        # The advice is our own wording with values filled in: the values are scrubbed (the
        # facts above, the context here), the wording is not. Scrubbing the rendered text would
        # redact our own words whenever a short password is one of them ("the password is
        # [redacted]" for the password "wrong"), which tells the password instead of hiding it.
        context = redactor.scrub_value(clean_value(plan.advice_context()))
        advice = advise(outcome.diagnosis, {**context, **_flat_facts(facts)},
                        settings=plan.target if getattr(plan, "offers_fix_actions", False)
                        else None, facts=facts)
        result.advice = replace(advice, title=clean_text(advice.title),
                                cause=clean_text(advice.cause),
                                fixes=tuple(clean_text(f) for f in advice.fixes),
                                actions=tuple(_outgoing_action(a, redactor)
                                              for a in advice.actions))
    return result


def execute(plan: Plan, on_event: Callable[[Event], None] | None = None,
            cancel: CancelToken | None = None) -> RunResult:
    emit = on_event or (lambda _event: None)
    redactor = plan.transcript.redactor
    started_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    start = time.monotonic()
    results: list[StepResult] = []
    stopped: str | None = None  # the summary of the steps skipped from now on (why)
    cancelled = False
    try:
        # titles and what a step waits for are written with msg() where the plan makes them
        for step in plan.steps():
            if stopped is None and cancel is not None and cancel.cancelled:
                cancelled, stopped = True, msg("Not run: cancelled.")
            if stopped is not None:
                result = StepResult(step.id, step.title, Status.SKIPPED, summary=stopped)
                results.append(result)
                emit(StepFinished(result))
                continue
            emit(StepStarted(step.id, step.title, step.waiting_for, step.timeout_s))
            mark = len(plan.transcript)
            t0 = time.monotonic()
            plan.begin_step()
            try:
                outcome = _run_step(step, cancel)
            except Cancelled:
                cancelled, stopped = True, msg("Not run: cancelled.")
                outcome = Outcome(Status.SKIPPED, msg("Cancelled by you."), {}, "cancelled")
            except CheckFailure as failure:
                outcome = Outcome(Status.WARN if failure.warn else Status.FAIL, failure.summary,
                                  failure.facts, failure.diagnosis)
                if not failure.warn:
                    stopped = msg("Not run: an earlier step failed.")
            except Exception as exc:  # a bug: report it as a failed step, never a traceback
                import traceback  # only for a bug (with linecache, tokenize: ~1.5 ms a start)

                # scrubbed before it is cut, so no half of a secret survives the cut
                detail = redactor.scrub("".join(traceback.format_exception(exc)))[-4000:]
                outcome = Outcome(Status.FAIL, msg("SMTP Doctor hit an internal error ({error}).",
                                                   error=type(exc).__name__),
                                  {"traceback": detail}, "app.internal_error")
                stopped = msg("Not run: an earlier step failed.")
            result = _step_result(plan, step, outcome, redactor)
            result.duration_ms = (time.monotonic() - t0) * 1000
            result.started_ms = (t0 - start) * 1000
            result.transcript = plan.transcript.since(mark)
            results.append(result)
            emit(StepFinished(result))
    finally:
        plan.close()
    total_ms = (time.monotonic() - start) * 1000
    status = overall_status(results)
    if cancelled:
        verdict = msg("Cancelled: the check was stopped before it finished.")
    else:
        verdict = _outgoing(plan.verdict(results, status, total_ms), redactor)
    run = RunResult(target=redactor.scrub_value(plan.target), steps=results, status=status,
                    verdict=verdict, total_ms=total_ms, started_at=started_at, cancelled=cancelled,
                    app_version=__version__)
    emit(RunFinished(run))
    return run

