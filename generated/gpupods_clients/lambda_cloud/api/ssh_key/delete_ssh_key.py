from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_ssh_key_response_200 import DeleteSshKeyResponse200
from ...models.delete_ssh_key_response_400 import DeleteSshKeyResponse400
from ...models.delete_ssh_key_response_401 import DeleteSshKeyResponse401
from ...models.delete_ssh_key_response_403 import DeleteSshKeyResponse403
from ...models.delete_ssh_key_response_404 import DeleteSshKeyResponse404
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/ssh-keys/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteSshKeyResponse200
    | DeleteSshKeyResponse400
    | DeleteSshKeyResponse401
    | DeleteSshKeyResponse403
    | DeleteSshKeyResponse404
    | None
):
    if response.status_code == 200:
        response_200 = DeleteSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DeleteSshKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DeleteSshKeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DeleteSshKeyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DeleteSshKeyResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteSshKeyResponse200
    | DeleteSshKeyResponse400
    | DeleteSshKeyResponse401
    | DeleteSshKeyResponse403
    | DeleteSshKeyResponse404
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
    DeleteSshKeyResponse200
    | DeleteSshKeyResponse400
    | DeleteSshKeyResponse401
    | DeleteSshKeyResponse403
    | DeleteSshKeyResponse404
]:
    """Delete an SSH key

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | DeleteSshKeyResponse401 | DeleteSshKeyResponse403 | DeleteSshKeyResponse404]
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
    DeleteSshKeyResponse200
    | DeleteSshKeyResponse400
    | DeleteSshKeyResponse401
    | DeleteSshKeyResponse403
    | DeleteSshKeyResponse404
    | None
):
    """Delete an SSH key

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | DeleteSshKeyResponse401 | DeleteSshKeyResponse403 | DeleteSshKeyResponse404
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
    DeleteSshKeyResponse200
    | DeleteSshKeyResponse400
    | DeleteSshKeyResponse401
    | DeleteSshKeyResponse403
    | DeleteSshKeyResponse404
]:
    """Delete an SSH key

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | DeleteSshKeyResponse401 | DeleteSshKeyResponse403 | DeleteSshKeyResponse404]
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
    DeleteSshKeyResponse200
    | DeleteSshKeyResponse400
    | DeleteSshKeyResponse401
    | DeleteSshKeyResponse403
    | DeleteSshKeyResponse404
    | None
):
    """Delete an SSH key

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSshKeyResponse200 | DeleteSshKeyResponse400 | DeleteSshKeyResponse401 | DeleteSshKeyResponse403 | DeleteSshKeyResponse404
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
