"""Provider settings: API keys (never shown), base URLs, timeouts, transports."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._http import DEFAULT_TIMEOUT, RetryPolicy
from .errors import ConfigurationError
from .registry import REGISTRY


class Secret:
    """A string that never shows itself in a repr, a str() or a log line."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is never pickled (it would write the key out); pass keys through the environment")


#: The providers by name (``gpupods.registry``): key variables, base URLs, titles.
PROVIDERS = REGISTRY


@dataclass
class ProviderConfig:
    """How to reach one provider. ``transport`` replaces the network (the mock clouds use it)."""

    name: str
    api_key: Secret  # a plain str is accepted and wrapped
    base_url: str
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    transport: Any = None  # an httpx transport usable sync and async (e.g. the mock clouds')
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: Plain ``http://`` sends the key in clear text: it is refused except to a loopback
    #: address (the mock clouds) unless this is set (or ``GPUPODS_ALLOW_INSECURE_HTTP=1``).
    allow_insecure_http: bool = False

    def __post_init__(self) -> None:
        if self.name not in PROVIDERS:
            raise ConfigurationError(f"unknown provider {self.name!r}; known: {', '.join(PROVIDERS)}")
        key: object = self.api_key
        if isinstance(key, str):
            self.api_key = Secret(key)
        if not self.api_key:
            info = PROVIDERS[self.name]
            raise ConfigurationError(f"no API key for {info.title}: set {info.key_env} or pass api_key=")
        if isinstance(self.timeout, int | float):
            self.timeout = httpx.Timeout(float(self.timeout), connect=min(5.0, float(self.timeout)))
        self._check_base_url()

    def _check_base_url(self) -> None:
        title = PROVIDERS[self.name].title
        try:
            url = httpx.URL(self.base_url)
        except (httpx.InvalidURL, TypeError):
            raise ConfigurationError(f"{title}: the base URL is not a URL") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError(f"{title}: the base URL must be http(s)://host[:port][/path]")
        if url.userinfo or url.query or self.api_key.reveal() in self.base_url:
            raise ConfigurationError(f"{title}: the base URL must not carry credentials or a query string")
        if url.scheme == "http" and not self.allow_insecure_http and not _is_loopback(url.host):
            raise ConfigurationError(
                f"{title}: refusing to send the API key in clear text to {url.host} (http://); use https://, "
                "or set GPUPODS_ALLOW_INSECURE_HTTP=1 (allow_insecure_http=True) for a trusted network"
            )

    @classmethod
    def from_env(cls, name: str, environ: Mapping[str, str] | None = None, **overrides: Any) -> ProviderConfig:
        """Settings from the provider's key variable (``RUNPOD_API_KEY``...; see
        ``gpupods.registry``) and an optional ``GPUPODS_<PROVIDER>_URL``, overridden by
        keyword arguments."""
        environ = os.environ if environ is None else environ
        if name not in PROVIDERS:
            raise ConfigurationError(f"unknown provider {name!r}; known: {', '.join(PROVIDERS)}")
        info = PROVIDERS[name]
        key = overrides.pop("api_key", None) or environ.get(info.key_env, "")
        base_url = overrides.pop("base_url", None) or environ.get(info.url_env) or info.base_url
        if environ.get("GPUPODS_ALLOW_INSECURE_HTTP", "").strip().lower() in ("1", "true", "yes"):
            overrides.setdefault("allow_insecure_http", True)
        return cls(name=name, api_key=Secret(key) if isinstance(key, str) else key, base_url=base_url, **overrides)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
