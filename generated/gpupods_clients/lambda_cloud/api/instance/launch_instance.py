from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.launch_instance_instance_launch_request import (
    LaunchInstanceInstanceLaunchRequest,
)
from ...models.launch_instance_response_200 import LaunchInstanceResponse200
from ...models.launch_instance_response_400 import LaunchInstanceResponse400
from ...models.launch_instance_response_401 import LaunchInstanceResponse401
from ...models.launch_instance_response_403 import LaunchInstanceResponse403
from ...models.launch_instance_response_404 import LaunchInstanceResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: LaunchInstanceInstanceLaunchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/instance-operations/launch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    LaunchInstanceResponse200
    | LaunchInstanceResponse400
    | LaunchInstanceResponse401
    | LaunchInstanceResponse403
    | LaunchInstanceResponse404
    | None
):
    if response.status_code == 200:
        response_200 = LaunchInstanceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LaunchInstanceResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LaunchInstanceResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = LaunchInstanceResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = LaunchInstanceResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    LaunchInstanceResponse200
    | LaunchInstanceResponse400
    | LaunchInstanceResponse401
    | LaunchInstanceResponse403
    | LaunchInstanceResponse404
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
    body: LaunchInstanceInstanceLaunchRequest,
) -> Response[
    LaunchInstanceResponse200
    | LaunchInstanceResponse400
    | LaunchInstanceResponse401
    | LaunchInstanceResponse403
    | LaunchInstanceResponse404
]:
    """Launch one on-demand instance

     Starts one instance of a type in a region and answers with its id at once; the instance boots
    asynchronously (`booting`, then `active`). At most one launch every 12 seconds (five a minute); more
    is answered 429. Nothing makes a launch idempotent: a retried launch can create a second instance,
    so look for it (by name or tag) before retrying.

    Args:
        body (LaunchInstanceInstanceLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LaunchInstanceResponse200 | LaunchInstanceResponse400 | LaunchInstanceResponse401 | LaunchInstanceResponse403 | LaunchInstanceResponse404]
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
    body: LaunchInstanceInstanceLaunchRequest,
) -> (
    LaunchInstanceResponse200
    | LaunchInstanceResponse400
    | LaunchInstanceResponse401
    | LaunchInstanceResponse403
    | LaunchInstanceResponse404
    | None
):
    """Launch one on-demand instance

     Starts one instance of a type in a region and answers with its id at once; the instance boots
    asynchronously (`booting`, then `active`). At most one launch every 12 seconds (five a minute); more
    is answered 429. Nothing makes a launch idempotent: a retried launch can create a second instance,
    so look for it (by name or tag) before retrying.

    Args:
        body (LaunchInstanceInstanceLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LaunchInstanceResponse200 | LaunchInstanceResponse400 | LaunchInstanceResponse401 | LaunchInstanceResponse403 | LaunchInstanceResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LaunchInstanceInstanceLaunchRequest,
) -> Response[
    LaunchInstanceResponse200
    | LaunchInstanceResponse400
    | LaunchInstanceResponse401
    | LaunchInstanceResponse403
    | LaunchInstanceResponse404
]:
    """Launch one on-demand instance

     Starts one instance of a type in a region and answers with its id at once; the instance boots
    asynchronously (`booting`, then `active`). At most one launch every 12 seconds (five a minute); more
    is answered 429. Nothing makes a launch idempotent: a retried launch can create a second instance,
    so look for it (by name or tag) before retrying.

    Args:
        body (LaunchInstanceInstanceLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LaunchInstanceResponse200 | LaunchInstanceResponse400 | LaunchInstanceResponse401 | LaunchInstanceResponse403 | LaunchInstanceResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LaunchInstanceInstanceLaunchRequest,
) -> (
    LaunchInstanceResponse200
    | LaunchInstanceResponse400
    | LaunchInstanceResponse401
    | LaunchInstanceResponse403
    | LaunchInstanceResponse404
    | None
):
    """Launch one on-demand instance

     Starts one instance of a type in a region and answers with its id at once; the instance boots
    asynchronously (`booting`, then `active`). At most one launch every 12 seconds (five a minute); more
    is answered 429. Nothing makes a launch idempotent: a retried launch can create a second instance,
    so look for it (by name or tag) before retrying.

    Args:
        body (LaunchInstanceInstanceLaunchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LaunchInstanceResponse200 | LaunchInstanceResponse400 | LaunchInstanceResponse401 | LaunchInstanceResponse403 | LaunchInstanceResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
