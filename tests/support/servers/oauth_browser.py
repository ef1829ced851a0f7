"""The browser step for OAuth tests: a headless HTTP client that signs in on the bed's pages.

``HeadlessBrowser(ca_file)`` keeps cookies (the AS session), verifies the AS certificate against
the test CA, follows redirects by hand and stops at the first redirect that leaves the AS:

* ``authorize(url, consent="allow"|"deny")`` opens an authorization URL, logs in with the test
  user on the login form, presses Allow or Deny on the consent page and then delivers the
  redirect to the app's loopback listener (an ``http://127.0.0.1:<port>/...`` GET, as a
  browser would). Returns a ``BrowserResult`` with the redirect URL, its query and the
  listener's answer (or the AS's error page).
* ``device(verification_uri, user_code, consent=...)`` does the same for the device flow.

No JavaScript, no real browser: the pages are plain HTML forms.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import httpx

from tests.support.servers.oauth_as import TEST_PASSWORD, TEST_USER


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    buttons: list[tuple[str, str]] = field(default_factory=list)


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self.ids: dict[str, str] = {}
        self._id: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(Form(a.get("action", ""), a.get("method", "get").lower()))
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1].fields[a["name"]] = a.get("value", "")
        elif tag == "button" and self.forms and a.get("name"):
            self.forms[-1].buttons.append((a["name"], a.get("value", "")))
        if "id" in a:
            self._id = a["id"]
            self.ids.setdefault(self._id, "")

    def handle_data(self, data: str) -> None:
        if self._id is not None:
            self.ids[self._id] += data

    def handle_endtag(self, tag: str) -> None:
        self._id = None


def parse_page(text: str) -> _FormParser:
    parser = _FormParser()
    parser.feed(text)
    return parser


@dataclass
class BrowserResult:
    """Where the browser ended.

    ``redirect_url``: the URL the AS sent the browser to outside itself (the app's loopback
    redirect URI), or None if it stopped on one of the AS's pages.
    ``params``: the redirect's query (``code``, ``state``, ``error``, ...), single values.
    ``listener_status`` / ``listener_body``: what the app's listener answered (None when the
    listener could not be reached or ``deliver=False``).
    ``page_status`` / ``page_text`` / ``page_ids``: the last AS page (errors are in
    ``page_ids["error"]`` and ``page_ids["error_description"]``).
    """

    redirect_url: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    listener_status: int | None = None
    listener_body: str | None = None
    listener_error: str | None = None
    page_status: int = 0
    page_text: str = ""
    page_ids: dict[str, str] = field(default_factory=dict)


class HeadlessBrowser:
    """A cookie-keeping HTTPS client that clicks through the bed's login and consent pages."""

    def __init__(self, ca_file: Path | str, *, username: str = TEST_USER,
                 password: str = TEST_PASSWORD, timeout: float = 10.0) -> None:
        self.username = username
        self.password = password
        ctx = ssl.create_default_context(cafile=str(ca_file))
        self._client = httpx.Client(verify=ctx, follow_redirects=False, timeout=timeout)
        self._plain = httpx.Client(follow_redirects=False, timeout=timeout, trust_env=False)
        self.visited: list[str] = []

    def __enter__(self) -> HeadlessBrowser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()
        self._plain.close()

    # ----------------------------------------------------------------- flows
    def authorize(self, url: str, *, consent: str = "allow", deliver: bool = True) -> BrowserResult:
        """Open ``url`` (an authorization request), sign in, press ``consent`` ("allow" or
        "deny") and deliver the redirect to the app's listener."""
        origin = self._origin(url)
        response = self._follow(self._client.get(url), origin)
        for _step in range(6):
            if response.is_redirect:
                return self._leave(response, deliver)
            page = parse_page(response.text)
            form = self._pick(page)
            if form is None:
                return self._stopped(response, page)
            response = self._follow(self._submit(origin, form, consent), origin)
        raise RuntimeError("too many pages in the authorization flow")

    def device(self, verification_uri: str, user_code: str, *,
               consent: str = "allow") -> BrowserResult:
        """Open the device verification page, sign in, type ``user_code``, press ``consent``."""
        origin = self._origin(verification_uri)
        response = self._follow(self._client.get(verification_uri), origin)
        typed = False
        for _step in range(6):
            page = parse_page(response.text)
            form = self._pick(page)
            if form is None:
                return self._stopped(response, page)
            if "user_code" in form.fields and form.buttons[0][1] not in ("allow", "deny"):
                if typed:
                    return self._stopped(response, page)
                form.fields["user_code"] = user_code
                typed = True
            response = self._follow(self._submit(origin, form, consent), origin)
        raise RuntimeError("too many pages in the device flow")

    # ----------------------------------------------------------------- internals
    @staticmethod
    def _origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def _follow(self, response: httpx.Response, origin: str) -> httpx.Response:
        """Follow redirects while they stay on the AS."""
        self.visited.append(str(response.request.url))
        for _hop in range(10):
            if not response.is_redirect:
                return response
            target = urljoin(str(response.request.url), response.headers["location"])
            if self._origin(target) != origin:
                return response
            response = self._client.get(target)
            self.visited.append(target)
        raise RuntimeError("redirect loop on the authorization server")

    def _pick(self, page: _FormParser) -> Form | None:
        return page.forms[0] if page.forms else None

    def _submit(self, origin: str, form: Form, consent: str) -> httpx.Response:
        data = dict(form.fields)
        if "username" in data:
            data["username"] = self.username
            data["password"] = self.password
        names = {value: name for name, value in form.buttons}
        if consent in names:
            data[names[consent]] = consent
        elif form.buttons:
            name, value = form.buttons[0]
            data[name] = value
        target = urljoin(origin + "/", form.action)
        if form.method == "post":
            return self._client.post(target, data=data)
        return self._client.get(target, params=data)

    def _leave(self, response: httpx.Response, deliver: bool) -> BrowserResult:
        target = urljoin(str(response.request.url), response.headers["location"])
        query = parse_qs(urlsplit(target).query)
        result = BrowserResult(redirect_url=target,
                               params={k: v[0] for k, v in query.items()},
                               page_status=response.status_code)
        if deliver:
            try:
                answer = self._plain.get(target)
            except httpx.HTTPError as exc:
                result.listener_error = type(exc).__name__
            else:
                result.listener_status = answer.status_code
                result.listener_body = answer.text
        return result

    @staticmethod
    def _stopped(response: httpx.Response, page: _FormParser) -> BrowserResult:
        return BrowserResult(page_status=response.status_code, page_text=response.text,
                             page_ids={k: v.strip() for k, v in page.ids.items()})
