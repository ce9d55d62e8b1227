from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pod_id: str,
    *,
    tail: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tail: int | None | Unset
    if isinstance(tail, Unset):
        json_tail = UNSET
    else:
        json_tail = tail
    params["tail"] = json_tail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pods/{pod_id}/log".format(
            pod_id=quote(str(pod_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = HTTPErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | HTTPErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pod_id: str,
    *,
    client: AuthenticatedClient,
    tail: int | None | Unset = UNSET,
) -> Response[Any | ErrorResponse | HTTPErrorDetail]:
    """Read the most recent log output of a pod

    Args:
        pod_id (str):
        tail (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        pod_id=pod_id,
        tail=tail,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pod_id: str,
    *,
    client: AuthenticatedClient,
    tail: int | None | Unset = UNSET,
) -> Any | ErrorResponse | HTTPErrorDetail | None:
    """Read the most recent log output of a pod

    Args:
        pod_id (str):
        tail (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        pod_id=pod_id,
        client=client,
        tail=tail,
    ).parsed


async def asyncio_detailed(
    pod_id: str,
    *,
    client: AuthenticatedClient,
    tail: int | None | Unset = UNSET,
) -> Response[Any | ErrorResponse | HTTPErrorDetail]:
    """Read the most recent log output of a pod

    Args:
        pod_id (str):
        tail (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        pod_id=pod_id,
        tail=tail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pod_id: str,
    *,
    client: AuthenticatedClient,
    tail: int | None | Unset = UNSET,
) -> Any | ErrorResponse | HTTPErrorDetail | None:
    """Read the most recent log output of a pod

    Args:
        pod_id (str):
        tail (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            pod_id=pod_id,
            client=client,
            tail=tail,
        )
    ).parsed
