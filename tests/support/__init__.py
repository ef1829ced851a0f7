"""What the tests share. Test modules import from here and never from one another.

Layout (each module's docstring says more):

* ``servers/`` — real peers on loopback, each a context manager on port 0: ``smtpd``
  (aiosmtpd with TLS and AUTH), ``scripted`` (a thread per connection running a script, with
  the one ESMTP command loop ``serve_esmtp`` / ``make_esmtp`` every scripted peer uses),
  ``hostile`` (scripts that misbehave on purpose), ``oldtls`` (TLS 1.0 only), ``dns``,
  ``https``, ``pki`` (trustme CAs and certificates; a leaf without its intermediate whose AIA
  names ``CertHttpServer``), ``ports`` (refused / filtered / open ports), ``netns`` (an
  unreachable route in a network namespace), ``oauth_as`` (an Authlib OAuth 2 authorization
  server over HTTPS), ``oauth_browser`` (the headless browser step), ``oauth_smtp`` (an SMTP
  server checking XOAUTH2 / OAUTHBEARER tokens by introspection), ``postfix`` (a real Postfix,
  Debian package, own config dir, loopback high ports, Dovecot SASL when a bed wants it; one
  core and three beds: ``RealMta``, one smtpd per policy, the ``real_mta`` session fixture of
  the replies tests; ``PostfixServer``, one submission service and its implicit-TLS twin, the
  benchmark's yardstick and test_real_mta; ``PostfixWithChain``, sending the certificate chain
  a test gives it; ``skip_unless_runnable`` skips, or fails under SMTP_DOCTOR_REAL_MTA=1),
  ``proxies`` (real proxies: Dante for SOCKS5, with port lists and login users in a private
  mount namespace; tinyproxy for HTTP CONNECT with ConnectPort and BasicAuth; the same
  skip-or-fail rule),
  ``delivery`` (the delivery proof's bed on that core: submission with OpenDKIM signing → an
  mx with postfix-policyd-spf-python, OpenDKIM verifying and OpenDMARC → Maildirs served by
  Dovecot IMAP/IMAPS; DNS from a ``DnsServer`` on port 53 of a loopback address of its own).
  Each peer with ``start``/``stop`` is a ``startstop.StartStop`` (the ``with`` shape).
* ``worlds`` — those peers put together as a mail domain: discovery (``corp``, ``planted``
  fixtures), domain health zones, and the failing servers a form can point at.
* ``checks`` — settings builders with short deadlines, running (timed, cancelled) checks, and
  reading or asserting results (``step``, ``describe``, ``assert_diagnosis``).
* ``canary`` — the canary secrets' every encoding, the audit that searches outputs for them,
  the ``sandbox`` fixture and ``MemoryKeyring``.
* ``proc`` — this process and its children: open descriptors, ``wait_until``, ``run_cli``
  (the CLI in this process), the CLI's argv and environment in a subprocess.
* ``samples`` — plain data: a finished run, form inputs the engine must refuse.
* ``fact_labels`` — a run's fact keys and the fact labels read back out of a rendered report
  (Markdown, HTML, text), for the tests that the facts are shown in the user's language.
* ``oauth`` — what the app-side OAuth tests share (keychain stand-in, the browser hook,
  providers pointed at the loopback server); ``oauth_fixtures`` — the pytest plugin with the
  OAuth bed's fixtures (``oauth_server``, ``oauth_browser``, ``oauth_smtp_factory`` …), loaded
  by tests/conftest.py.
* ``gui`` — driving the real window (Qt; the only module here that imports it).
* ``layout_probe``, ``startup_time`` — scripts run in a fresh process (the window's layout on a
  given screen; cold start time for bench/gui.py).
* ``desktop`` — a private Xvfb display with a D-Bus session and the AT-SPI bus (skips, or fails
  under SMTP_DOCTOR_REAL_MTA=1, when they are missing); ``a11y_app`` — the real app on it (xcb),
  ``atspi_reader`` — Debian's pyatspi (system Python) reading it as a screen reader does.

Fixtures stay in the ``conftest.py`` files (tests/conftest.py for every suite, tests/gui and
tests/hardening for theirs); a fixture defined here (``corp``, ``planted``, ``sandbox``) is
re-exported by the conftest that registers it.
"""
