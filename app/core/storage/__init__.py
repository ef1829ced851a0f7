"""What the app keeps: history (SQLite), profiles (JSON), secrets (the OS keychain) and the file-
mode / atomic-write rules.
"""
