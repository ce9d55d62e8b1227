"""``nvidia-smi`` for a mock pod: its GPUs, idle, in the layout the real tool prints.

Supported: no arguments (the summary table), ``-L`` (one line per GPU) and
``--query-gpu=FIELDS --format=csv[,noheader][,nounits]``. A pod without GPUs answers
"No devices were found" with status 6, as the real tool does.
"""

from __future__ import annotations

import time
import uuid

from .identity import PodIdentity

DRIVER = "550.54.15"
CUDA = "12.4"
NO_DEVICES = 6
COLUMNS = (41, 24, 22)  # the summary table's three columns
WIDTH = sum(COLUMNS) + 4

_QUERY_FIELDS = {
    "index": ("index", ""),
    "name": ("name", ""),
    "uuid": ("uuid", ""),
    "count": ("count", ""),
    "driver_version": ("driver_version", ""),
    "memory.total": ("memory.total [MiB]", " MiB"),
    "memory.used": ("memory.used [MiB]", " MiB"),
    "memory.free": ("memory.free [MiB]", " MiB"),
    "utilization.gpu": ("utilization.gpu [%]", " %"),
    "temperature.gpu": ("temperature.gpu", ""),
}


def gpu_uuid(pod: PodIdentity, index: int) -> str:
    return "GPU-" + str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{pod.hostname}.gpu{index}.gpupods.mock"))


def nvidia_smi(pod: PodIdentity, args: list[str]) -> tuple[int, str, str]:
    """(status, stdout, stderr) of ``nvidia-smi ARGS`` on the pod."""
    if pod.gpu_count <= 0 or not pod.gpu_model:
        return NO_DEVICES, "No devices were found\n", ""
    if args == ["-L"] or args == ["--list-gpus"]:
        return 0, "".join(f"GPU {i}: {pod.gpu_name} (UUID: {gpu_uuid(pod, i)})\n" for i in range(pod.gpu_count)), ""
    query = next((a.split("=", 1)[1] for a in args if a.startswith("--query-gpu=")), None)
    if query is not None:
        form = next((a.split("=", 1)[1] for a in args if a.startswith("--format=")), "")
        return _query(pod, query, form)
    if args:
        return 2, "", f"nvidia-smi (gpupods mock): unsupported arguments: {' '.join(args)}\n"
    return 0, _summary(pod), ""


def _query(pod: PodIdentity, query: str, form: str) -> tuple[int, str, str]:
    options = form.split(",")
    if options[0] != "csv":
        return 2, "", '--format must be "csv" with optional ",noheader" and ",nounits"\n'
    fields = [f.strip() for f in query.split(",") if f.strip()]
    unknown = [f for f in fields if f not in _QUERY_FIELDS]
    if unknown or not fields:
        return 2, "", f'Field "{(unknown or [query])[0]}" is not a valid field to query.\n'
    units = "nounits" not in options
    lines = [] if "noheader" in options else [", ".join(_QUERY_FIELDS[f][0] for f in fields)]
    for index in range(pod.gpu_count):
        values = {
            "index": str(index),
            "name": pod.gpu_name,
            "uuid": gpu_uuid(pod, index),
            "count": str(pod.gpu_count),
            "driver_version": DRIVER,
            "memory.total": str(pod.gpu_memory_mib),
            "memory.used": "1",
            "memory.free": str(pod.gpu_memory_mib - 1),
            "utilization.gpu": "0",
            "temperature.gpu": "31",
        }
        lines.append(", ".join(values[f] + (_QUERY_FIELDS[f][1] if units else "") for f in fields))
    return 0, "".join(line + "\n" for line in lines), ""


def _row(*cells: str) -> str:
    """One table line: three cells padded to the columns, or one cell across the table."""
    widths = COLUMNS if len(cells) == 3 else (WIDTH - 2,)
    return "|" + "|".join(cell.ljust(width)[:width] for cell, width in zip(cells, widths, strict=True)) + "|"


def _summary(pod: PodIdentity) -> str:
    rule = "+" + "-" * 41 + "+" + "-" * 24 + "+" + "-" * 22 + "+"
    heavy = "|" + "=" * 41 + "+" + "=" * 24 + "+" + "=" * 22 + "|"
    full = "+" + "-" * (WIDTH - 2) + "+"
    name = pod.gpu_name if len(pod.gpu_name) <= 31 else pod.gpu_name[:28] + "..."
    total = pod.gpu_memory_mib
    lines = [
        time.strftime("%a %b %e %H:%M:%S %Y"),
        full,
        _row(f" NVIDIA-SMI {DRIVER:<22}Driver Version: {DRIVER:<15}CUDA Version: {CUDA}"),
        "|" + "-" * 41 + "+" + "-" * 24 + "+" + "-" * 22 + "+",
        _row(" GPU  Name                 Persistence-M ", " Bus-Id          Disp.A ", " Volatile Uncorr. ECC "),
        _row(" Fan  Temp   Perf          Pwr:Usage/Cap ", "           Memory-Usage ", " GPU-Util  Compute M. "),
        _row(" " * 41, " " * 24, "               MIG M. "),
        heavy,
    ]
    for index in range(pod.gpu_count):
        lines += [
            _row(f" {index:>3}  {name:<31}On  ", f"   00000000:{0x18 + index:02X}:00.0 Off ", f"{0:>21} "),
            _row(
                " N/A   31C    P0             69W /  700W ",
                f"{'1MiB / ' + str(total) + 'MiB':>23} ",
                "      0%      Default ",
            ),
            _row(" " * 41, " " * 24, "             Disabled "),
            rule,
        ]
    lines += [
        " " * WIDTH,
        full,
        _row(" Processes:"),
        _row("  GPU   GI   CI        PID   Type   Process name" + " " * 30 + "GPU Memory"),
        _row("        ID   ID" + " " * 63 + "Usage"),
        "|" + "=" * (WIDTH - 2) + "|",
        _row("  No running processes found"),
        full,
    ]
    return "\n".join(lines) + "\n"
