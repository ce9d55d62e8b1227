from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_instance_instance_modification_request import (
    UpdateInstanceInstanceModificationRequest,
)
from ...models.update_instance_response_200 import UpdateInstanceResponse200
from ...models.update_instance_response_400 import UpdateInstanceResponse400
from ...models.update_instance_response_401 import UpdateInstanceResponse401
from ...models.update_instance_response_403 import UpdateInstanceResponse403
from ...models.update_instance_response_404 import UpdateInstanceResponse404
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateInstanceInstanceModificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/instances/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateInstanceResponse200
    | UpdateInstanceResponse400
    | UpdateInstanceResponse401
    | UpdateInstanceResponse403
    | UpdateInstanceResponse404
    | None
):
    if response.status_code == 200:
        response_200 = UpdateInstanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateInstanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateInstanceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateInstanceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateInstanceResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateInstanceResponse200
    | UpdateInstanceResponse400
    | UpdateInstanceResponse401
    | UpdateInstanceResponse403
    | UpdateInstanceResponse404
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
    body: UpdateInstanceInstanceModificationRequest,
) -> Response[
    UpdateInstanceResponse200
    | UpdateInstanceResponse400
    | UpdateInstanceResponse401
    | UpdateInstanceResponse403
    | UpdateInstanceResponse404
]:
    """Change an instance's details

     Renames the instance. Fields left out of the body stay as they are.

    Args:
        id (str):
        body (UpdateInstanceInstanceModificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateInstanceResponse200 | UpdateInstanceResponse400 | UpdateInstanceResponse401 | UpdateInstanceResponse403 | UpdateInstanceResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInstanceInstanceModificationRequest,
) -> (
    UpdateInstanceResponse200
    | UpdateInstanceResponse400
    | UpdateInstanceResponse401
    | UpdateInstanceResponse403
    | UpdateInstanceResponse404
    | None
):
    """Change an instance's details

     Renames the instance. Fields left out of the body stay as they are.

    Args:
        id (str):
        body (UpdateInstanceInstanceModificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateInstanceResponse200 | UpdateInstanceResponse400 | UpdateInstanceResponse401 | UpdateInstanceResponse403 | UpdateInstanceResponse404
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInstanceInstanceModificationRequest,
) -> Response[
    UpdateInstanceResponse200
    | UpdateInstanceResponse400
    | UpdateInstanceResponse401
    | UpdateInstanceResponse403
    | UpdateInstanceResponse404
]:
    """Change an instance's details

     Renames the instance. Fields left out of the body stay as they are.

    Args:
        id (str):
        body (UpdateInstanceInstanceModificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateInstanceResponse200 | UpdateInstanceResponse400 | UpdateInstanceResponse401 | UpdateInstanceResponse403 | UpdateInstanceResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateInstanceInstanceModificationRequest,
) -> (
    UpdateInstanceResponse200
    | UpdateInstanceResponse400
    | UpdateInstanceResponse401
    | UpdateInstanceResponse403
    | UpdateInstanceResponse404
    | None
):
    """Change an instance's details

     Renames the instance. Fields left out of the body stay as they are.

    Args:
        id (str):
        body (UpdateInstanceInstanceModificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateInstanceResponse200 | UpdateInstanceResponse400 | UpdateInstanceResponse401 | UpdateInstanceResponse403 | UpdateInstanceResponse404
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
