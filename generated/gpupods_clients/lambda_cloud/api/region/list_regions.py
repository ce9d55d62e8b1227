from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_regions_response_200 import ListRegionsResponse200
from ...models.list_regions_response_401 import ListRegionsResponse401
from ...models.list_regions_response_403 import ListRegionsResponse403
from ...models.list_regions_response_404 import ListRegionsResponse404
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/regions",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListRegionsResponse200
    | ListRegionsResponse401
    | ListRegionsResponse403
    | ListRegionsResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListRegionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ListRegionsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListRegionsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListRegionsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListRegionsResponse200
    | ListRegionsResponse401
    | ListRegionsResponse403
    | ListRegionsResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListRegionsResponse200
    | ListRegionsResponse401
    | ListRegionsResponse403
    | ListRegionsResponse404
]:
    """List the regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRegionsResponse200 | ListRegionsResponse401 | ListRegionsResponse403 | ListRegionsResponse404]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListRegionsResponse200
    | ListRegionsResponse401
    | ListRegionsResponse403
    | ListRegionsResponse404
    | None
):
    """List the regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRegionsResponse200 | ListRegionsResponse401 | ListRegionsResponse403 | ListRegionsResponse404
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ListRegionsResponse200
    | ListRegionsResponse401
    | ListRegionsResponse403
    | ListRegionsResponse404
]:
    """List the regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRegionsResponse200 | ListRegionsResponse401 | ListRegionsResponse403 | ListRegionsResponse404]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ListRegionsResponse200
    | ListRegionsResponse401
    | ListRegionsResponse403
    | ListRegionsResponse404
    | None
):
    """List the regions

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRegionsResponse200 | ListRegionsResponse401 | ListRegionsResponse403 | ListRegionsResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
