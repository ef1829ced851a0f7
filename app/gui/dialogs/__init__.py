"""Dialogs: profiles management, About."""
