"""The knowledge base: diagnosis ids -> causes and fixes, providers, one-click fix actions, and
where resources/ lives.
"""
