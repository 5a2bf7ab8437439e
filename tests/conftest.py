"""Settings for the whole test suite."""

from hypothesis import settings

# No per-example deadline: it is a timing assertion, and on these shared 2-core machines a parser that
# takes 0.2 ms may take 400 ms while browsers run beside it (hypothesis then fails the test as
# "flaky"). Speed is the benchmark's job (python -m bench), never a test's.
settings.register_profile("shared-machine", deadline=None)
settings.load_profile("shared-machine")
