"""gpupods benchmarks: ``python -m bench`` (or ``nox -s bench``) runs them side by side and
writes bench/RESULTS.md. bench/README.md says what each one measures and its target."""
