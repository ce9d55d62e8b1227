"""Generate the RunPod GraphQL clients (sync and async) with ariadne-codegen.

Before ariadne-codegen runs, the SDL and every operation document are parsed and validated
here with graphql-core, so a bad document fails with its own file, line and the offending
field instead of ariadne-codegen's message about the concatenated queries.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from graphql import GraphQLError, GraphQLSchema, build_schema, parse, validate
from graphql.language import DocumentNode, FragmentDefinitionNode, OperationDefinitionNode

from . import versions
from .apis import BUILD, GENERATED, GRAPHQL_API, ROOT, display_path
from .errors import SpecError
from .openapi_gen import tool_env
from .stamp import Stamp, input_key

TOOLS = ("ariadne-codegen", "ruff", "graphql-core")
PACKAGES = {False: "runpod_graphql", True: "runpod_graphql_async"}
CLIENT_NAMES = {False: "RunPodGraphQLClient", True: "AsyncRunPodGraphQLClient"}

CONFIG = """\
[tool.ariadne-codegen]
schema_path = "{schema}"
queries_path = "{queries}"
target_package_path = "{target}"
target_package_name = "{package}"
client_name = "{client}"
async_client = {is_async}
include_comments = "stable"
convert_to_snake_case = true
include_all_inputs = true
include_all_enums = true
default_optional_fields_to_none = true
plugins = ["pipeline.gql_plugins"]
"""


class GenerationError(Exception):
    """ariadne-codegen failed; the message carries its output."""


@dataclass
class Outcome:
    api: str
    skipped: bool
    operations: int = 0

    def summary(self) -> str:
        return f"{self.operations} operations in sync and async clients"


def _error_place(error: GraphQLError) -> str | None:
    if error.locations:
        loc = error.locations[0]
        return f"line {loc.line}, column {loc.column}"
    return None


def load_schema(schema_file: Path) -> GraphQLSchema:
    try:
        return build_schema(schema_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(schema_file, None, "file not found") from None
    except GraphQLError as exc:
        raise SpecError(schema_file, _error_place(exc), exc.message) from None
    except TypeError as exc:  # build_schema reports some semantic errors this way
        raise SpecError(schema_file, None, str(exc)) from None


def validate_operations(schema: GraphQLSchema, operations_dir: Path) -> list[str]:
    """Validate each document (with every fragment available); return the operation names."""
    documents: dict[Path, DocumentNode] = {}
    for file in sorted(operations_dir.glob("*.graphql")):
        try:
            documents[file] = parse(file.read_text(encoding="utf-8"))
        except GraphQLError as exc:
            raise SpecError(file, _error_place(exc), exc.message) from None
    fragments = [d for doc in documents.values() for d in doc.definitions if isinstance(d, FragmentDefinitionNode)]
    names: list[str] = []
    for file, doc in documents.items():
        operations = [d for d in doc.definitions if isinstance(d, OperationDefinitionNode)]
        if not operations:
            continue
        own = {id(d) for d in doc.definitions}
        combined = DocumentNode(definitions=[*doc.definitions, *(f for f in fragments if id(f) not in own)])
        errors = [e for e in validate(schema, combined) if "is never used" not in e.message]
        if errors:
            first = errors[0]
            nodes = [n for n in (first.nodes or []) if n.loc and n.loc.source.body == doc.loc.source.body]  # type: ignore[union-attr]
            where = None
            if nodes and nodes[0].loc:
                loc = nodes[0].loc.source.get_location(nodes[0].loc.start)
                where = f"line {loc.line}, column {loc.column}"
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise SpecError(file, where, f"does not validate against the schema: {first.message}{more}")
        for op in operations:
            if op.name is None:
                raise SpecError(file, None, "every operation needs a name (it becomes the client method)")
            names.append(op.name.value)
    if not names:
        raise SpecError(operations_dir, None, "no operation documents (*.graphql) found")
    return names


def generate(*, out_root: Path = GENERATED, force: bool = False, schema_file: Path | None = None) -> Outcome:
    folder = GRAPHQL_API.folder
    schema_file = schema_file or folder / "schema.graphql"
    operations_dir = folder / "operations"
    targets = [out_root / PACKAGES[False], out_root / PACKAGES[True]]
    key = input_key([schema_file, operations_dir], versions.fingerprint(TOOLS))
    stamp = Stamp(GRAPHQL_API.name)
    if not force and out_root == GENERATED and stamp.is_fresh(key, targets):
        return Outcome(GRAPHQL_API.name, skipped=True)
    versions.check_installed(TOOLS)

    schema = load_schema(schema_file)
    names = validate_operations(schema, operations_dir)
    work = BUILD / GRAPHQL_API.name
    shutil.rmtree(work, ignore_errors=True)
    (work / "out").mkdir(parents=True)
    for is_async in (False, True):
        package = PACKAGES[is_async]
        config = work / f"{package}.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(
            CONFIG.format(
                schema=_relative(schema_file),
                queries=_relative(operations_dir),
                target=_relative(work / "out"),
                package=package,
                client=CLIENT_NAMES[is_async],
                is_async=str(is_async).lower(),
            )
        )
        # cwd is the repository so the "# Source:" comments carry repository-relative paths
        # and the plugin module imports.
        command = [sys.executable, "-m", "ariadne_codegen", "--config", str(config)]
        run = subprocess.run(command, cwd=ROOT, env=tool_env(), capture_output=True, text=True, check=False)
        built = work / "out" / package
        if run.returncode != 0 or not built.is_dir():
            raise GenerationError(f"runpod_graphql: ariadne-codegen failed ({package}):\n{run.stdout}{run.stderr}")
        shutil.copyfile(schema_file, built / "schema.graphql")
    for is_async, target in zip((False, True), targets, strict=True):
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(work / "out" / PACKAGES[is_async], target)
    if out_root == GENERATED:
        stamp.save(key, targets)
    return Outcome(GRAPHQL_API.name, skipped=False, operations=len(names))


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return display_path(path)
