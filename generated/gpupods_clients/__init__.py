"""Typed low-level clients generated from the specs in specs/ by ``nox -s generate``.

Never edit anything under this package by hand: change the spec, its overlay or the pipeline
and regenerate. One subpackage per API: ``runpod_v2``, ``runpod_v1`` (deprecated),
``runpod_graphql`` and ``runpod_graphql_async`` (deprecated), ``primeintellect``,
``novita``, ``lambda_cloud``.
"""
