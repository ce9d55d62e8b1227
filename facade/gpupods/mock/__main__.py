"""Run the mock clouds on loopback until interrupted.

    python -m gpupods.mock                       # RunPod :8701, Prime Intellect :8702, Novita :8703
    python -m gpupods.mock --provider runpod --port 9000
    python -m gpupods.mock --lifecycle-scale 0.05   # pods come up in seconds instead of minutes

It prints the base URLs and the environment variables that point gpupods (and the CLI) at them.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from . import DEFAULT_PORTS, MOCK_API_KEY, Lifecycle, MockClouds, RealClock


def exports(urls: dict[str, str]) -> list[str]:
    from .._config import PROVIDERS

    lines = []
    for name, url in urls.items():
        info = PROVIDERS[name]
        lines.append(f"export {info.url_env}={url}")
        lines.append(f"export {info.key_env}={MOCK_API_KEY}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gpupods.mock", description=__doc__.splitlines()[0])
    parser.add_argument("--provider", action="append", choices=list(DEFAULT_PORTS), help="repeatable; default: all")
    parser.add_argument("--port", type=int, help="port for a single --provider (0 picks a free one)")
    parser.add_argument("--lifecycle-scale", type=float, default=1.0, help="multiply every lifecycle phase")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    providers = tuple(args.provider or DEFAULT_PORTS)
    if args.port is not None and len(providers) != 1:
        parser.error("--port needs exactly one --provider")
    ports = {p: (args.port if args.port is not None else DEFAULT_PORTS[p]) for p in providers}
    clouds = MockClouds(clock=RealClock(), lifecycle=Lifecycle(scale=args.lifecycle_scale), seed=args.seed,
                        providers=providers)  # fmt: skip
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with clouds.serve(ports) as urls:
            for name, url in urls.items():
                print(f"{name:15} {url}")
            print("\n# point gpupods at the mocks:")
            print("\n".join(exports(urls)))
            sys.stdout.flush()
            stop.wait()
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"error: cannot listen: {exc}", file=sys.stderr)
        return 1
    finally:
        clouds.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
