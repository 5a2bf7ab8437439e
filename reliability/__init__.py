"""Reliability and security results: figures recorded by the tests, rendered to results.md."""
