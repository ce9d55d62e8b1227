"""The client objects every operation of this package takes (``client=``).

``Client`` sends requests as they are; ``AuthenticatedClient`` adds its token to every request
(``Authorization: Bearer <token>`` by default). Neither shows its token, headers or cookies
in its repr: they may hold credentials.
"""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field


@define
class Client:
    """Where the API is and how to reach it.

    ``base_url`` is the API's base URL; ``headers`` and ``cookies`` go with every request;
    ``timeout`` (an ``httpx.Timeout``) bounds each request; ``verify_ssl`` is passed to httpx
    (keep it on outside tests); ``follow_redirects`` is off by default; ``httpx_args`` are
    passed to the ``httpx.Client``/``httpx.AsyncClient`` this object builds on first use.
    ``set_httpx_client``/``set_async_httpx_client`` give it clients built elsewhere instead.
    ``raise_on_unexpected_status`` makes an undocumented status raise ``errors.UnexpectedStatus``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(
        factory=dict, kw_only=True, alias="cookies", repr=False
    )
    _headers: dict[str, str] = field(
        factory=dict, kw_only=True, alias="headers", repr=False
    )
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(
        factory=dict, kw_only=True, alias="httpx_args", repr=False
    )
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(
        default=None, init=False, repr=False
    )

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy that also sends ``headers`` (clients already built get them too)."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy that also sends ``cookies``."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy with another timeout."""
        for built in (self._client, self._async_client):
            if built is not None:
                built.timeout = timeout
        return evolve(self, timeout=timeout)

    def _request_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._request_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send through ``client`` (its base URL, headers and settings are used as they are)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` requests go through, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._client_args())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send through ``async_client`` (used as it is)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` async requests go through, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._client_args())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A ``Client`` that sends ``token`` with every request, as ``<auth_header_name>: <prefix> <token>``
    (``Authorization: Bearer <token>`` unless told otherwise; an empty prefix sends the token alone)."""

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _request_headers(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: value}
