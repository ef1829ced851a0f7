"""Text out: redaction of secrets, sanitizing untrusted text, reports (JSON, Markdown, HTML, txt)
and the shared words (status table, durations, app name).
"""
