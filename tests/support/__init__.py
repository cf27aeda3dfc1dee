"""Helpers shared by test suites: real servers on loopback (see servers.py)."""
