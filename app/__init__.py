"""SMTP Doctor: tells you why your mail settings don't work and how to fix them."""

__version__ = "0.1.0"
