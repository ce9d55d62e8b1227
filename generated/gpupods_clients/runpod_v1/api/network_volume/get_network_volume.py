from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.network_volume import NetworkVolume
from ...types import Response


def _get_kwargs(
    network_volume_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/networkvolumes/{network_volume_id}".format(
            network_volume_id=quote(str(network_volume_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NetworkVolume | None:
    if response.status_code == 200:
        response_200 = NetworkVolume.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | NetworkVolume]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | NetworkVolume]:
    """Get one network volume

    Args:
        network_volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkVolume]
    """

    kwargs = _get_kwargs(
        network_volume_id=network_volume_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | NetworkVolume | None:
    """Get one network volume

    Args:
        network_volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkVolume
    """

    return sync_detailed(
        network_volume_id=network_volume_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    network_volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | NetworkVolume]:
    """Get one network volume

    Args:
        network_volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkVolume]
    """

    kwargs = _get_kwargs(
        network_volume_id=network_volume_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | NetworkVolume | None:
    """Get one network volume

    Args:
        network_volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkVolume
    """

    return (
        await asyncio_detailed(
            network_volume_id=network_volume_id,
            client=client,
        )
    ).parsed
