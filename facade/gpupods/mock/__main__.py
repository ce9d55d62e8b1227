"""Run the mock clouds on loopback until interrupted.

    python -m gpupods.mock                       # RunPod :8701, Prime Intellect :8702, Novita :8703
    python -m gpupods.mock --port 9000           # every provider, on 9000, 9001, 9002
    python -m gpupods.mock --port 0              # every provider on a free port
    python -m gpupods.mock --provider runpod --api-key K1 --api-key K2
    python -m gpupods.mock --lifecycle-scale 0.05   # pods come up in seconds instead of minutes

With ``--api-key`` (repeatable) the clouds refuse every other key, each with its provider's
own 401 answer; without it they accept any key. It prints the base URLs and the environment
variables that point gpupods (and the CLI) at them.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from . import CLOUD_CLASSES, MOCK_API_KEY, Lifecycle, MockClouds, RealClock, cloud_class


def exports(urls: dict[str, str], key: str = MOCK_API_KEY) -> list[str]:
    from .._config import PROVIDERS

    lines = []
    for name, url in urls.items():
        info = PROVIDERS[name]
        lines.append(f"export {info.url_env}={url}")
        lines.append(f"export {info.key_env}={key}")
    return lines


def ports_for(providers: Sequence[str], base: int | None) -> dict[str, int]:
    """Each provider's port: its default, or ``base`` + its position (0: a free port each)."""
    if base is None:
        return {p: cloud_class(p).default_port for p in providers}
    return {p: (0 if base == 0 else base + i) for i, p in enumerate(providers)}


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(prog="python -m gpupods.mock", description=(__doc__ or "").splitlines()[0])
    parse.add_argument("--provider", action="append", choices=list(CLOUD_CLASSES), help="repeatable; default: all")
    parse.add_argument("--port", type=int, help="first port: providers take consecutive ones (0: free ports)")
    parse.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only this key (repeatable); default: any key",
    )
    parse.add_argument("--lifecycle-scale", type=float, default=1.0, help="multiply every lifecycle phase")
    parse.add_argument("--seed", type=int, default=0)
    return parse


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    providers = list(dict.fromkeys(args.provider or CLOUD_CLASSES))
    if args.port is not None and not 0 <= args.port <= 65535 - len(providers) + 1:
        parser().error(f"--port must leave room for {len(providers)} consecutive ports")
    if args.lifecycle_scale <= 0 or args.lifecycle_scale != args.lifecycle_scale:
        parser().error("--lifecycle-scale must be a positive number")
    keys = [k for k in args.api_keys or [] if k.strip()]
    if args.api_keys and not keys:
        parser().error("--api-key needs a non-empty key")
    clouds = MockClouds(
        clock=RealClock(),
        lifecycle=Lifecycle(scale=args.lifecycle_scale),
        seed=args.seed,
        providers=providers,
        api_keys=keys or None,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        with clouds.serve(ports_for(providers, args.port)) as urls:
            for name, url in urls.items():
                print(f"{name:15} {url}")
            print("\n# point gpupods at the mocks:")
            print("\n".join(exports(urls, keys[0] if keys else MOCK_API_KEY)))
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
