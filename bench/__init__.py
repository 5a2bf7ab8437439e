"""Benchmarks of the ETL and the dashboard against same-run baselines: `python -m bench`."""
