"""Command line of the pipeline: ``python -m pipeline generate [--api NAME] [--force]``.

Bad input (a spec that does not parse, a $ref that does not resolve, an overlay action that
matches nothing, an operation document that does not validate) prints one line naming the
file and the place, and exits with status 2; a generator failure or a coverage gap exits 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import apis
from .errors import SpecError


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="normalize the specs and regenerate the clients")
    gen.add_argument(
        "--api",
        action="append",
        choices=[a.name for a in apis.ALL_APIS],
        help="only this API (repeatable; default: all)",
    )
    gen.add_argument("--force", action="store_true", help="regenerate even if the inputs did not change")
    gen.add_argument("--spec", type=Path, help="use this file instead of the API's vendored spec (needs one --api)")
    gen.add_argument("--out", type=Path, help="write the package(s) under this folder instead of generated/")
    norm = sub.add_parser("normalize", help="write build/<api>/openapi.json without generating")
    norm.add_argument("--api", action="append", choices=[a.name for a in apis.OPENAPI_APIS])
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    try:
        if args.command == "normalize":
            return _normalize(args)
        return _generate(args)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _normalize(args: argparse.Namespace) -> int:
    from .openapi_gen import normalize_api, write_json

    for api in [apis.by_name(n) for n in args.api] if args.api else apis.OPENAPI_APIS:
        result = normalize_api(api)
        write_json(apis.BUILD / api.name / "openapi.json", result.spec)
        print(f"{api.name}: {len(result.operations)} operations, {len(result.repairs)} repairs")
    return 0


def _generate(args: argparse.Namespace) -> int:
    from . import graphql_gen, openapi_gen

    selected = [apis.by_name(n) for n in args.api] if args.api else list(apis.ALL_APIS)
    if args.spec and len(selected) != 1:
        raise SpecError(args.spec, None, "--spec needs exactly one --api")
    out_root = args.out.resolve() if args.out else apis.GENERATED
    coverage_dir = out_root / "_coverage" if args.out else apis.COVERAGE
    openapi_gen.write_root_package(out_root)
    failed = False
    for api in selected:
        started = time.perf_counter()
        outcome: openapi_gen.Outcome | graphql_gen.Outcome
        try:
            if api.kind == "graphql":
                outcome = graphql_gen.generate(out_root=out_root, force=args.force, schema_file=args.spec)
            else:
                outcome = openapi_gen.generate(
                    api, spec_file=args.spec, out_root=out_root, coverage_dir=coverage_dir, force=args.force
                )
        except (openapi_gen.GenerationError, graphql_gen.GenerationError) as exc:
            print(f"FAILED {exc}", file=sys.stderr)
            failed = True
            continue
        elapsed = time.perf_counter() - started
        if outcome.skipped:
            print(f"{api.name}: up to date ({elapsed:.2f}s)")
        else:
            print(f"{api.name}: generated, {outcome.summary()} ({elapsed:.1f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
