from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.balance import Balance
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_team_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_team_id, Unset):
        headers["X-Team-Id"] = x_team_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/billing/balance",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Balance | ErrorResponse:
    if response.status_code == 200:
        response_200 = Balance.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Balance | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[Balance | ErrorResponse]:
    """The account's balance and how it pays

     UNCONFIRMED PATH: RunPod documents this operation on a rendered docs page (api-
    reference-v2/billing/get-the-account-balance, 2026-11-18) that shows no path; this one is read from
    the page's address. If RunPod answers 404 here, correct the path in this file (the Python name is
    pinned in overlay.yaml and stays). Needs the billing:read scope. On a PREPAID account new pods and
    workers are refused once the balance runs out; a POSTPAID account is invoiced and a low balance does
    not stop it.

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Balance | ErrorResponse]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Balance | ErrorResponse | None:
    """The account's balance and how it pays

     UNCONFIRMED PATH: RunPod documents this operation on a rendered docs page (api-
    reference-v2/billing/get-the-account-balance, 2026-11-18) that shows no path; this one is read from
    the page's address. If RunPod answers 404 here, correct the path in this file (the Python name is
    pinned in overlay.yaml and stays). Needs the billing:read scope. On a PREPAID account new pods and
    workers are refused once the balance runs out; a POSTPAID account is invoiced and a low balance does
    not stop it.

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Balance | ErrorResponse
    """

    return sync_detailed(
        client=client,
        x_team_id=x_team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Response[Balance | ErrorResponse]:
    """The account's balance and how it pays

     UNCONFIRMED PATH: RunPod documents this operation on a rendered docs page (api-
    reference-v2/billing/get-the-account-balance, 2026-11-18) that shows no path; this one is read from
    the page's address. If RunPod answers 404 here, correct the path in this file (the Python name is
    pinned in overlay.yaml and stays). Needs the billing:read scope. On a PREPAID account new pods and
    workers are refused once the balance runs out; a POSTPAID account is invoiced and a low balance does
    not stop it.

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Balance | ErrorResponse]
    """

    kwargs = _get_kwargs(
        x_team_id=x_team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_team_id: str | Unset = UNSET,
) -> Balance | ErrorResponse | None:
    """The account's balance and how it pays

     UNCONFIRMED PATH: RunPod documents this operation on a rendered docs page (api-
    reference-v2/billing/get-the-account-balance, 2026-11-18) that shows no path; this one is read from
    the page's address. If RunPod answers 404 here, correct the path in this file (the Python name is
    pinned in overlay.yaml and stays). Needs the billing:read scope. On a PREPAID account new pods and
    workers are refused once the balance runs out; a POSTPAID account is invoiced and a low balance does
    not stop it.

    Args:
        x_team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Balance | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            x_team_id=x_team_id,
        )
    ).parsed
