from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.restart_instances_instance_restart_request import (
    RestartInstancesInstanceRestartRequest,
)
from ...models.restart_instances_response_200 import RestartInstancesResponse200
from ...models.restart_instances_response_400 import RestartInstancesResponse400
from ...models.restart_instances_response_401 import RestartInstancesResponse401
from ...models.restart_instances_response_403 import RestartInstancesResponse403
from ...models.restart_instances_response_404 import RestartInstancesResponse404
from ...models.restart_instances_response_409 import RestartInstancesResponse409
from ...types import Response


def _get_kwargs(
    *,
    body: RestartInstancesInstanceRestartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/instance-operations/restart",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RestartInstancesResponse200
    | RestartInstancesResponse400
    | RestartInstancesResponse401
    | RestartInstancesResponse403
    | RestartInstancesResponse404
    | RestartInstancesResponse409
    | None
):
    if response.status_code == 200:
        response_200 = RestartInstancesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RestartInstancesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RestartInstancesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RestartInstancesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RestartInstancesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = RestartInstancesResponse409.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RestartInstancesResponse200
    | RestartInstancesResponse400
    | RestartInstancesResponse401
    | RestartInstancesResponse403
    | RestartInstancesResponse404
    | RestartInstancesResponse409
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
    body: RestartInstancesInstanceRestartRequest,
) -> Response[
    RestartInstancesResponse200
    | RestartInstancesResponse400
    | RestartInstancesResponse401
    | RestartInstancesResponse403
    | RestartInstancesResponse404
    | RestartInstancesResponse409
]:
    """Restart instances

     Reboots each listed instance; the answer lists them as they are right after the request.

    Args:
        body (RestartInstancesInstanceRestartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestartInstancesResponse200 | RestartInstancesResponse400 | RestartInstancesResponse401 | RestartInstancesResponse403 | RestartInstancesResponse404 | RestartInstancesResponse409]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RestartInstancesInstanceRestartRequest,
) -> (
    RestartInstancesResponse200
    | RestartInstancesResponse400
    | RestartInstancesResponse401
    | RestartInstancesResponse403
    | RestartInstancesResponse404
    | RestartInstancesResponse409
    | None
):
    """Restart instances

     Reboots each listed instance; the answer lists them as they are right after the request.

    Args:
        body (RestartInstancesInstanceRestartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestartInstancesResponse200 | RestartInstancesResponse400 | RestartInstancesResponse401 | RestartInstancesResponse403 | RestartInstancesResponse404 | RestartInstancesResponse409
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RestartInstancesInstanceRestartRequest,
) -> Response[
    RestartInstancesResponse200
    | RestartInstancesResponse400
    | RestartInstancesResponse401
    | RestartInstancesResponse403
    | RestartInstancesResponse404
    | RestartInstancesResponse409
]:
    """Restart instances

     Reboots each listed instance; the answer lists them as they are right after the request.

    Args:
        body (RestartInstancesInstanceRestartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestartInstancesResponse200 | RestartInstancesResponse400 | RestartInstancesResponse401 | RestartInstancesResponse403 | RestartInstancesResponse404 | RestartInstancesResponse409]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RestartInstancesInstanceRestartRequest,
) -> (
    RestartInstancesResponse200
    | RestartInstancesResponse400
    | RestartInstancesResponse401
    | RestartInstancesResponse403
    | RestartInstancesResponse404
    | RestartInstancesResponse409
    | None
):
    """Restart instances

     Reboots each listed instance; the answer lists them as they are right after the request.

    Args:
        body (RestartInstancesInstanceRestartRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestartInstancesResponse200 | RestartInstancesResponse400 | RestartInstancesResponse401 | RestartInstancesResponse403 | RestartInstancesResponse404 | RestartInstancesResponse409
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
