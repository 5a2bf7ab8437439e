"""YAML parsing for the catalog and the manifest: PyYAML's safe loader, in C where it was built with it."""

from __future__ import annotations

import yaml

YAMLError = yaml.YAMLError
# libyaml gives the same result as the pure-Python SafeLoader about ten times faster, which matters for
# the start-up of every run; PyYAML's wheels include it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream):
    """Plain data (dicts, lists, strings, numbers) from YAML text or a text file; never Python objects."""
    return yaml.load(stream, Loader=_LOADER)
