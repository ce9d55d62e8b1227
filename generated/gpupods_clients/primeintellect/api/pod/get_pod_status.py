from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generic_response_list_api_pod_status_response import (
    GenericResponseListAPIPodStatusResponse,
)
from ...models.http_error_detail import HTTPErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pod_ids: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_pod_ids: list[str] | Unset = UNSET
    if not isinstance(pod_ids, Unset):
        json_pod_ids = pod_ids

    params["pod_ids"] = json_pod_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pods/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = GenericResponseListAPIPodStatusResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = HTTPErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pod_ids: list[str] | Unset = UNSET,
) -> Response[
    ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail
]:
    """Read status, installation progress and SSH details of several pods at once

     Status, installation progress and SSH details of several pods in one call; repeat the pod_ids query
    key once per pod.

    Args:
        pod_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        pod_ids=pod_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pod_ids: list[str] | Unset = UNSET,
) -> ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail | None:
    """Read status, installation progress and SSH details of several pods at once

     Status, installation progress and SSH details of several pods in one call; repeat the pod_ids query
    key once per pod.

    Args:
        pod_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail
    """

    return sync_detailed(
        client=client,
        pod_ids=pod_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pod_ids: list[str] | Unset = UNSET,
) -> Response[
    ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail
]:
    """Read status, installation progress and SSH details of several pods at once

     Status, installation progress and SSH details of several pods in one call; repeat the pod_ids query
    key once per pod.

    Args:
        pod_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        pod_ids=pod_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pod_ids: list[str] | Unset = UNSET,
) -> ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail | None:
    """Read status, installation progress and SSH details of several pods at once

     Status, installation progress and SSH details of several pods in one call; repeat the pod_ids query
    key once per pod.

    Args:
        pod_ids (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenericResponseListAPIPodStatusResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            pod_ids=pod_ids,
        )
    ).parsed
