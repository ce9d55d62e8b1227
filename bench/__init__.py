"""gpupods benchmarks: ``python -m bench`` (or ``nox -s bench``) runs them all side by side
and writes bench/RESULTS.md. See bench/README.md for what each one measures."""
