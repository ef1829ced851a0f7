"""The wire: name resolution, TCP, TLS, the SMTP channel and session, SASL, HTTPS GET, DNS record
lookups, the transcript and the test message.
"""
