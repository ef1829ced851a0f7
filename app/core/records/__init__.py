"""Mail DNS records read and judged: SPF, DMARC, MTA-STS / TLS-RPT and the shared tag-list parser
(DKIM keys are read with it in checks/domain.py).
"""
