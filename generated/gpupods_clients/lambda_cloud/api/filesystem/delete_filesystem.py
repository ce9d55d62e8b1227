from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_filesystem_response_200 import DeleteFilesystemResponse200
from ...models.delete_filesystem_response_400 import DeleteFilesystemResponse400
from ...models.delete_filesystem_response_401 import DeleteFilesystemResponse401
from ...models.delete_filesystem_response_403 import DeleteFilesystemResponse403
from ...models.delete_filesystem_response_404 import DeleteFilesystemResponse404
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/filesystems/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteFilesystemResponse200
    | DeleteFilesystemResponse400
    | DeleteFilesystemResponse401
    | DeleteFilesystemResponse403
    | DeleteFilesystemResponse404
    | None
):
    if response.status_code == 200:
        response_200 = DeleteFilesystemResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteFilesystemResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteFilesystemResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteFilesystemResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteFilesystemResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteFilesystemResponse200
    | DeleteFilesystemResponse400
    | DeleteFilesystemResponse401
    | DeleteFilesystemResponse403
    | DeleteFilesystemResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteFilesystemResponse200
    | DeleteFilesystemResponse400
    | DeleteFilesystemResponse401
    | DeleteFilesystemResponse403
    | DeleteFilesystemResponse404
]:
    """Delete a filesystem that no instance mounts

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFilesystemResponse200 | DeleteFilesystemResponse400 | DeleteFilesystemResponse401 | DeleteFilesystemResponse403 | DeleteFilesystemResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteFilesystemResponse200
    | DeleteFilesystemResponse400
    | DeleteFilesystemResponse401
    | DeleteFilesystemResponse403
    | DeleteFilesystemResponse404
    | None
):
    """Delete a filesystem that no instance mounts

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFilesystemResponse200 | DeleteFilesystemResponse400 | DeleteFilesystemResponse401 | DeleteFilesystemResponse403 | DeleteFilesystemResponse404
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteFilesystemResponse200
    | DeleteFilesystemResponse400
    | DeleteFilesystemResponse401
    | DeleteFilesystemResponse403
    | DeleteFilesystemResponse404
]:
    """Delete a filesystem that no instance mounts

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteFilesystemResponse200 | DeleteFilesystemResponse400 | DeleteFilesystemResponse401 | DeleteFilesystemResponse403 | DeleteFilesystemResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteFilesystemResponse200
    | DeleteFilesystemResponse400
    | DeleteFilesystemResponse401
    | DeleteFilesystemResponse403
    | DeleteFilesystemResponse404
    | None
):
    """Delete a filesystem that no instance mounts

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteFilesystemResponse200 | DeleteFilesystemResponse400 | DeleteFilesystemResponse401 | DeleteFilesystemResponse403 | DeleteFilesystemResponse404
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
