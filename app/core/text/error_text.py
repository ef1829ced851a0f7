"""An unexpected exception in words, safe for a label or a terminal.

Its message may quote a server, a certificate, a file or an OAuth service, and may carry a secret
the app knows: every registered secret is redacted (:mod:`app.core.text.redact`) and the text is
cleaned (:mod:`app.core.text.sanitize`). The GUI's error labels and the CLI's internal-error
report both use it.
"""

from __future__ import annotations

from .redact import Redactor
from .sanitize import clean_text


def error_text(error: BaseException | None) -> str:
    """``Type: message``, redacted and cleaned."""
    return clean_text(Redactor().scrub(f"{type(error).__name__}: {error}"))


def traceback_text(error: BaseException) -> str:
    """The traceback of ``error`` (multi-line), redacted and cleaned line by line."""
    import traceback  # with linecache and tokenize ~2 ms: only a bug's report needs it

    text = "".join(traceback.format_exception(error))
    return clean_text(Redactor().scrub(text), multiline=True)


__all__ = ["error_text", "traceback_text"]
