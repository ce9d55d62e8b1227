from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...models.wallet_response import WalletResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    team_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["teamId"] = json_team_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/billing/wallet",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPErrorDetail | WalletResponse | None:
    if response.status_code == 200:
        response_200 = WalletResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPErrorDetail | WalletResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    team_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPErrorDetail | WalletResponse]:
    """Read the wallet balance and its latest billing rows

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        team_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPErrorDetail | WalletResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        team_id=team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    team_id: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPErrorDetail | WalletResponse | None:
    """Read the wallet balance and its latest billing rows

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        team_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPErrorDetail | WalletResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        team_id=team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    team_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPErrorDetail | WalletResponse]:
    """Read the wallet balance and its latest billing rows

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        team_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPErrorDetail | WalletResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    team_id: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPErrorDetail | WalletResponse | None:
    """Read the wallet balance and its latest billing rows

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.
        team_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPErrorDetail | WalletResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            team_id=team_id,
        )
    ).parsed
