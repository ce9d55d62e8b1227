import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.billing_bucket_size import BillingBucketSize
from ...models.error_response import ErrorResponse
from ...models.list_serverless_billing_response import ListServerlessBillingResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    bucket_size: BillingBucketSize | Unset = UNSET,
    last_n: int | Unset = UNSET,
    serverless_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    json_bucket_size: str | Unset = UNSET
    if not isinstance(bucket_size, Unset):
        json_bucket_size = bucket_size

    params["bucketSize"] = json_bucket_size

    params["lastN"] = last_n

    params["serverlessId"] = serverless_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/billing/serverless",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListServerlessBillingResponse:
    if response.status_code == 200:
        response_200 = ListServerlessBillingResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListServerlessBillingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    bucket_size: BillingBucketSize | Unset = UNSET,
    last_n: int | Unset = UNSET,
    serverless_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListServerlessBillingResponse]:
    """Serverless spending per endpoint and time bucket

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        bucket_size (BillingBucketSize | Unset):
        last_n (int | Unset):
        serverless_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListServerlessBillingResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        bucket_size=bucket_size,
        last_n=last_n,
        serverless_id=serverless_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    bucket_size: BillingBucketSize | Unset = UNSET,
    last_n: int | Unset = UNSET,
    serverless_id: str | Unset = UNSET,
) -> ErrorResponse | ListServerlessBillingResponse | None:
    """Serverless spending per endpoint and time bucket

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        bucket_size (BillingBucketSize | Unset):
        last_n (int | Unset):
        serverless_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListServerlessBillingResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        bucket_size=bucket_size,
        last_n=last_n,
        serverless_id=serverless_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    bucket_size: BillingBucketSize | Unset = UNSET,
    last_n: int | Unset = UNSET,
    serverless_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListServerlessBillingResponse]:
    """Serverless spending per endpoint and time bucket

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        bucket_size (BillingBucketSize | Unset):
        last_n (int | Unset):
        serverless_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListServerlessBillingResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        bucket_size=bucket_size,
        last_n=last_n,
        serverless_id=serverless_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    bucket_size: BillingBucketSize | Unset = UNSET,
    last_n: int | Unset = UNSET,
    serverless_id: str | Unset = UNSET,
) -> ErrorResponse | ListServerlessBillingResponse | None:
    """Serverless spending per endpoint and time bucket

    Args:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        bucket_size (BillingBucketSize | Unset):
        last_n (int | Unset):
        serverless_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListServerlessBillingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            bucket_size=bucket_size,
            last_n=last_n,
            serverless_id=serverless_id,
        )
    ).parsed
