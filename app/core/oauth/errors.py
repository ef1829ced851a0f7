"""Sign-in failures: one exception, classified into diagnosis ids (resources/diagnoses.toml).

Classification is by the OAuth ``error`` code (RFC 6749, RFC 8628, OIDC) and, for Microsoft, by
the numeric AADSTS codes MSAL hands back in ``error_codes`` (or at the start of
``error_description``, where a server puts them only there). Sources for every code are in the
knowledge base entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..text.i18n import N_, msg
from ..text.sanitize import clean_text, clean_value

#: AADSTS code -> diagnosis id (https://learn.microsoft.com/entra/identity-platform/reference-error-codes)
AADSTS: dict[int, str] = {
    65001: "oauth.consent_required",  # user or administrator has not consented
    65004: "oauth.access_denied",  # the user declined to consent
    90094: "oauth.admin_consent_required",  # the grant requires admin permission
    90095: "oauth.admin_consent_required",  # admin consent workflow: request sent to an admin
    50076: "oauth.mfa_required",  # must use multi-factor authentication
    50079: "oauth.mfa_required",  # must enroll in multi-factor authentication
    53003: "oauth.conditional_access",  # blocked by Conditional Access
    700016: "oauth.app_not_found",  # application not found in the directory
    7000218: "oauth.public_client_disabled",  # request body must contain client_secret
    50011: "oauth.redirect_mismatch",  # redirect URI does not match
    500113: "oauth.redirect_mismatch",  # no reply address is registered
    70008: "oauth.refresh_expired",  # refresh token / code expired
    700082: "oauth.refresh_expired",  # refresh token expired due to inactivity
    700084: "oauth.refresh_expired",  # refresh token for a SPA expired
    50173: "oauth.refresh_expired",  # grant expired: password changed / tokens revoked
    70020: "oauth.timeout",  # device code expired
}

#: OAuth ``error`` code -> diagnosis id, when no AADSTS code says more.
ERRORS: dict[str, str] = {
    "access_denied": "oauth.access_denied",  # RFC 6749 4.1.2.1, RFC 8628 3.5
    "consent_required": "oauth.consent_required",  # OIDC Core 3.1.2.6
    "interaction_required": "oauth.mfa_required",  # OIDC Core 3.1.2.6 (step-up)
    "login_required": "oauth.mfa_required",
    "expired_token": "oauth.timeout",  # RFC 8628 3.5: the device code expired
    "invalid_scope": "oauth.wrong_scope",  # RFC 6749 5.2
    "invalid_client": "oauth.app_not_found",  # RFC 6749 5.2; Google "OAuth client was not found"
    "unauthorized_client": "oauth.public_client_disabled",  # RFC 6749 5.2: grant not allowed
    "redirect_uri_mismatch": "oauth.redirect_mismatch",  # Google
    "org_internal": "oauth.google_unverified_app",  # Google: app limited to its organisation
    "admin_policy_enforced": "oauth.admin_consent_required",  # Google Workspace admin policy
}

_AADSTS_IN_TEXT = re.compile(r"\bAADSTS(\d{4,7})\b")


class OAuthError(Exception):
    """A sign-in, refresh or sign-out that did not work. ``diagnosis`` is a knowledge-base id.

    ``description`` is the provider's text, already scrubbed of tokens by the caller. Every text
    (the summary, the error code, the description, the facts) may carry the OAuth server's words,
    so each is cleaned here, where it enters, with the one sanitizer; the description keeps its
    line breaks (Microsoft's has a trace and correlation id on lines of their own).
    """

    def __init__(self, diagnosis: str, summary: str, *, error: str = "", description: str = "",
                 codes: Iterable[int] = (), facts: Mapping[str, Any] | None = None) -> None:
        summary = clean_text(summary)
        error = clean_text(error)
        description = "\n".join(clean_text(line) for line in description.splitlines())
        super().__init__(summary)
        self.diagnosis = diagnosis
        self.summary = summary
        self.error = error
        self.description = description
        self.codes = tuple(codes)
        self.facts: dict[str, Any] = clean_value(dict(facts or {}))
        if error:
            self.facts.setdefault("oauth_error", error)
        if self.codes:
            self.facts.setdefault("error_codes", list(self.codes))
        if description:
            self.facts.setdefault("error_description", description[:500])


def error_codes(result: Mapping[str, Any]) -> list[int]:
    """AADSTS codes of an error answer: ``error_codes``, else those named in the description."""
    raw = result.get("error_codes")
    codes = [int(c) for c in raw if isinstance(c, int) or str(c).isdigit()] \
        if isinstance(raw, list) else []
    if not codes:
        codes = [int(c) for c in _AADSTS_IN_TEXT.findall(str(result.get("error_description", "")))]
    return codes


def classify(provider_id: str, error: str, codes: Iterable[int] = (), *,
             refreshing: bool = False) -> str:
    """The diagnosis id for an OAuth error answer."""
    for code in codes:
        if code in AADSTS:
            return AADSTS[code]
    if error == "invalid_grant":
        return "oauth.refresh_expired" if refreshing else "oauth.sign_in_failed"
    if error == "access_denied" and provider_id == "google":
        return "oauth.google_unverified_app"
    return ERRORS.get(error, "oauth.sign_in_failed")


#: What failed, as a whole sentence per step (``failed("Signing in", reason)``).
FAILED = {
    "Signing in": N_("Signing in failed: {reason}"),
    "Refreshing the sign-in": N_("Refreshing the sign-in failed: {reason}"),
    "Starting the device-code sign-in": N_("Starting the device-code sign-in failed: {reason}"),
}


def failed(what: str, reason: str) -> str:
    """"Signing in failed: {reason}" in the current language."""
    return msg(FAILED.get(what, N_("Signing in failed: {reason}")), reason=reason)


def from_result(provider_id: str, result: Mapping[str, Any], what: str, *,
                refreshing: bool = False,
                scrub: Callable[[str], str] | None = None) -> OAuthError:
    """An :class:`OAuthError` for an error answer (MSAL's result dict or a token endpoint's)."""
    error = str(result.get("error", "")) or "unknown_error"
    description = str(result.get("error_description", "") or "")
    if scrub is not None:
        description = scrub(description)
    codes = error_codes(result)
    diagnosis = classify(provider_id, error, codes, refreshing=refreshing)
    first = description.splitlines()[0].strip() if description else error
    return OAuthError(diagnosis, failed(what, first), error=error,
                      description=description, codes=codes)
