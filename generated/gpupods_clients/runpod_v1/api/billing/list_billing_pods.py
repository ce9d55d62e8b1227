import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_bucket_size import BillingBucketSize
from ...models.billing_record import BillingRecord
from ...models.error import Error
from ...models.gpu_type_id import GpuTypeId
from ...models.pod_billing_grouping import (
    PodBillingGrouping,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bucket_size: BillingBucketSize | Unset = "day",
    end_time: datetime.datetime | Unset = UNSET,
    gpu_type_id: GpuTypeId | Unset = UNSET,
    grouping: PodBillingGrouping | Unset = "gpuTypeId",
    pod_id: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_bucket_size: str | Unset = UNSET
    if not isinstance(bucket_size, Unset):
        json_bucket_size = bucket_size

    params["bucketSize"] = json_bucket_size

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    json_gpu_type_id: str | Unset = UNSET
    if not isinstance(gpu_type_id, Unset):
        json_gpu_type_id = gpu_type_id

    params["gpuTypeId"] = json_gpu_type_id

    json_grouping: str | Unset = UNSET
    if not isinstance(grouping, Unset):
        json_grouping = grouping

    params["grouping"] = json_grouping

    params["podId"] = pod_id

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/billing/pods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[BillingRecord] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_billing_records_item_data in _response_200:
            componentsschemas_billing_records_item = BillingRecord.from_dict(
                componentsschemas_billing_records_item_data
            )

            response_200.append(componentsschemas_billing_records_item)

        return response_200

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[BillingRecord]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bucket_size: BillingBucketSize | Unset = "day",
    end_time: datetime.datetime | Unset = UNSET,
    gpu_type_id: GpuTypeId | Unset = UNSET,
    grouping: PodBillingGrouping | Unset = "gpuTypeId",
    pod_id: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[BillingRecord]]:
    """Pod charges over a period, bucketed by time

    Args:
        bucket_size (BillingBucketSize | Unset):  Default: 'day'.
        end_time (datetime.datetime | Unset):
        gpu_type_id (GpuTypeId | Unset): RunPod's GPU type ids, spelled as RunPod lists them (some
            have a double space).
        grouping (PodBillingGrouping | Unset):  Default: 'gpuTypeId'.
        pod_id (str | Unset):
        start_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[BillingRecord]]
    """

    kwargs = _get_kwargs(
        bucket_size=bucket_size,
        end_time=end_time,
        gpu_type_id=gpu_type_id,
        grouping=grouping,
        pod_id=pod_id,
        start_time=start_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bucket_size: BillingBucketSize | Unset = "day",
    end_time: datetime.datetime | Unset = UNSET,
    gpu_type_id: GpuTypeId | Unset = UNSET,
    grouping: PodBillingGrouping | Unset = "gpuTypeId",
    pod_id: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
) -> Error | list[BillingRecord] | None:
    """Pod charges over a period, bucketed by time

    Args:
        bucket_size (BillingBucketSize | Unset):  Default: 'day'.
        end_time (datetime.datetime | Unset):
        gpu_type_id (GpuTypeId | Unset): RunPod's GPU type ids, spelled as RunPod lists them (some
            have a double space).
        grouping (PodBillingGrouping | Unset):  Default: 'gpuTypeId'.
        pod_id (str | Unset):
        start_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[BillingRecord]
    """

    return sync_detailed(
        client=client,
        bucket_size=bucket_size,
        end_time=end_time,
        gpu_type_id=gpu_type_id,
        grouping=grouping,
        pod_id=pod_id,
        start_time=start_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bucket_size: BillingBucketSize | Unset = "day",
    end_time: datetime.datetime | Unset = UNSET,
    gpu_type_id: GpuTypeId | Unset = UNSET,
    grouping: PodBillingGrouping | Unset = "gpuTypeId",
    pod_id: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[BillingRecord]]:
    """Pod charges over a period, bucketed by time

    Args:
        bucket_size (BillingBucketSize | Unset):  Default: 'day'.
        end_time (datetime.datetime | Unset):
        gpu_type_id (GpuTypeId | Unset): RunPod's GPU type ids, spelled as RunPod lists them (some
            have a double space).
        grouping (PodBillingGrouping | Unset):  Default: 'gpuTypeId'.
        pod_id (str | Unset):
        start_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[BillingRecord]]
    """

    kwargs = _get_kwargs(
        bucket_size=bucket_size,
        end_time=end_time,
        gpu_type_id=gpu_type_id,
        grouping=grouping,
        pod_id=pod_id,
        start_time=start_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bucket_size: BillingBucketSize | Unset = "day",
    end_time: datetime.datetime | Unset = UNSET,
    gpu_type_id: GpuTypeId | Unset = UNSET,
    grouping: PodBillingGrouping | Unset = "gpuTypeId",
    pod_id: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
) -> Error | list[BillingRecord] | None:
    """Pod charges over a period, bucketed by time

    Args:
        bucket_size (BillingBucketSize | Unset):  Default: 'day'.
        end_time (datetime.datetime | Unset):
        gpu_type_id (GpuTypeId | Unset): RunPod's GPU type ids, spelled as RunPod lists them (some
            have a double space).
        grouping (PodBillingGrouping | Unset):  Default: 'gpuTypeId'.
        pod_id (str | Unset):
        start_time (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[BillingRecord]
    """

    return (
        await asyncio_detailed(
            client=client,
            bucket_size=bucket_size,
            end_time=end_time,
            gpu_type_id=gpu_type_id,
            grouping=grouping,
            pod_id=pod_id,
            start_time=start_time,
        )
    ).parsed
