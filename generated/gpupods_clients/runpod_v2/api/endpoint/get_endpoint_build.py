from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
    build_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/serverless/{id}/builds/{build_id}".format(
            id=quote(str(id), safe=""),
            build_id=quote(str(build_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Build | ErrorResponse:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Build | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    build_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Build | ErrorResponse]:
    """Look up one build, however old

    Args:
        id (str):
        build_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        build_id=build_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    build_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Build | ErrorResponse | None:
    """Look up one build, however old

    Args:
        id (str):
        build_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build | ErrorResponse
    """

    return sync_detailed(
        id=id,
        build_id=build_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    build_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Build | ErrorResponse]:
    """Look up one build, however old

    Args:
        id (str):
        build_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        build_id=build_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    build_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Build | ErrorResponse | None:
    """Look up one build, however old

    Args:
        id (str):
        build_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            build_id=build_id,
            client=client,
        )
    ).parsed
