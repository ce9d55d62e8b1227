"""The gpupods code-generation pipeline: specs/ -> normalize -> generate -> coverage.

Run it through nox (``nox -s generate``) or directly with ``python -m pipeline``.
"""
