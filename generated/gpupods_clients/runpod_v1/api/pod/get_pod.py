from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pod import Pod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pod_id: str,
    *,
    include_machine: bool | Unset = False,
    include_network_volume: bool | Unset = False,
    include_savings_plans: bool | Unset = False,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeMachine"] = include_machine

    params["includeNetworkVolume"] = include_network_volume

    params["includeSavingsPlans"] = include_savings_plans

    params["includeTemplate"] = include_template

    params["includeWorkers"] = include_workers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pods/{pod_id}".format(
            pod_id=quote(str(pod_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Pod | None:
    if response.status_code == 200:
        response_200 = Pod.from_dict(response.json())

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
) -> Response[Error | Pod]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pod_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_machine: bool | Unset = False,
    include_network_volume: bool | Unset = False,
    include_savings_plans: bool | Unset = False,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Response[Error | Pod]:
    """Get one pod

    Args:
        pod_id (str):
        include_machine (bool | Unset):  Default: False.
        include_network_volume (bool | Unset):  Default: False.
        include_savings_plans (bool | Unset):  Default: False.
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Pod]
    """

    kwargs = _get_kwargs(
        pod_id=pod_id,
        include_machine=include_machine,
        include_network_volume=include_network_volume,
        include_savings_plans=include_savings_plans,
        include_template=include_template,
        include_workers=include_workers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pod_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_machine: bool | Unset = False,
    include_network_volume: bool | Unset = False,
    include_savings_plans: bool | Unset = False,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Error | Pod | None:
    """Get one pod

    Args:
        pod_id (str):
        include_machine (bool | Unset):  Default: False.
        include_network_volume (bool | Unset):  Default: False.
        include_savings_plans (bool | Unset):  Default: False.
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Pod
    """

    return sync_detailed(
        pod_id=pod_id,
        client=client,
        include_machine=include_machine,
        include_network_volume=include_network_volume,
        include_savings_plans=include_savings_plans,
        include_template=include_template,
        include_workers=include_workers,
    ).parsed


async def asyncio_detailed(
    pod_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_machine: bool | Unset = False,
    include_network_volume: bool | Unset = False,
    include_savings_plans: bool | Unset = False,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Response[Error | Pod]:
    """Get one pod

    Args:
        pod_id (str):
        include_machine (bool | Unset):  Default: False.
        include_network_volume (bool | Unset):  Default: False.
        include_savings_plans (bool | Unset):  Default: False.
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Pod]
    """

    kwargs = _get_kwargs(
        pod_id=pod_id,
        include_machine=include_machine,
        include_network_volume=include_network_volume,
        include_savings_plans=include_savings_plans,
        include_template=include_template,
        include_workers=include_workers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pod_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_machine: bool | Unset = False,
    include_network_volume: bool | Unset = False,
    include_savings_plans: bool | Unset = False,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Error | Pod | None:
    """Get one pod

    Args:
        pod_id (str):
        include_machine (bool | Unset):  Default: False.
        include_network_volume (bool | Unset):  Default: False.
        include_savings_plans (bool | Unset):  Default: False.
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Pod
    """

    return (
        await asyncio_detailed(
            pod_id=pod_id,
            client=client,
            include_machine=include_machine,
            include_network_volume=include_network_volume,
            include_savings_plans=include_savings_plans,
            include_template=include_template,
            include_workers=include_workers,
        )
    ).parsed
