from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.terminate_instances_instance_terminate_request import (
    TerminateInstancesInstanceTerminateRequest,
)
from ...models.terminate_instances_response_200 import TerminateInstancesResponse200
from ...models.terminate_instances_response_400 import TerminateInstancesResponse400
from ...models.terminate_instances_response_401 import TerminateInstancesResponse401
from ...models.terminate_instances_response_403 import TerminateInstancesResponse403
from ...models.terminate_instances_response_404 import TerminateInstancesResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: TerminateInstancesInstanceTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/instance-operations/terminate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    TerminateInstancesResponse200
    | TerminateInstancesResponse400
    | TerminateInstancesResponse401
    | TerminateInstancesResponse403
    | TerminateInstancesResponse404
    | None
):
    if response.status_code == 200:
        response_200 = TerminateInstancesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TerminateInstancesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TerminateInstancesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = TerminateInstancesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = TerminateInstancesResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    TerminateInstancesResponse200
    | TerminateInstancesResponse400
    | TerminateInstancesResponse401
    | TerminateInstancesResponse403
    | TerminateInstancesResponse404
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
    body: TerminateInstancesInstanceTerminateRequest,
) -> Response[
    TerminateInstancesResponse200
    | TerminateInstancesResponse400
    | TerminateInstancesResponse401
    | TerminateInstancesResponse403
    | TerminateInstancesResponse404
]:
    """Terminate instances

     Ends each listed instance for good (local disks are erased). The answer lists them as they are right
    after the request; they then go terminating, then terminated.

    Args:
        body (TerminateInstancesInstanceTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TerminateInstancesResponse200 | TerminateInstancesResponse400 | TerminateInstancesResponse401 | TerminateInstancesResponse403 | TerminateInstancesResponse404]
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
    body: TerminateInstancesInstanceTerminateRequest,
) -> (
    TerminateInstancesResponse200
    | TerminateInstancesResponse400
    | TerminateInstancesResponse401
    | TerminateInstancesResponse403
    | TerminateInstancesResponse404
    | None
):
    """Terminate instances

     Ends each listed instance for good (local disks are erased). The answer lists them as they are right
    after the request; they then go terminating, then terminated.

    Args:
        body (TerminateInstancesInstanceTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TerminateInstancesResponse200 | TerminateInstancesResponse400 | TerminateInstancesResponse401 | TerminateInstancesResponse403 | TerminateInstancesResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TerminateInstancesInstanceTerminateRequest,
) -> Response[
    TerminateInstancesResponse200
    | TerminateInstancesResponse400
    | TerminateInstancesResponse401
    | TerminateInstancesResponse403
    | TerminateInstancesResponse404
]:
    """Terminate instances

     Ends each listed instance for good (local disks are erased). The answer lists them as they are right
    after the request; they then go terminating, then terminated.

    Args:
        body (TerminateInstancesInstanceTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TerminateInstancesResponse200 | TerminateInstancesResponse400 | TerminateInstancesResponse401 | TerminateInstancesResponse403 | TerminateInstancesResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TerminateInstancesInstanceTerminateRequest,
) -> (
    TerminateInstancesResponse200
    | TerminateInstancesResponse400
    | TerminateInstancesResponse401
    | TerminateInstancesResponse403
    | TerminateInstancesResponse404
    | None
):
    """Terminate instances

     Ends each listed instance for good (local disks are erased). The answer lists them as they are right
    after the request; they then go terminating, then terminated.

    Args:
        body (TerminateInstancesInstanceTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TerminateInstancesResponse200 | TerminateInstancesResponse400 | TerminateInstancesResponse401 | TerminateInstancesResponse403 | TerminateInstancesResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
