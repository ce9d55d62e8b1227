from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_state import JobState
from ...models.job_type import JobType
from ...models.list_jobs_response import ListJobsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    job_id: str | Unset = UNSET,
    state: JobState | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    start_time: int | Unset = 0,
    end_time: int | Unset = 0,
    creators: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params["jobId"] = job_id

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["startTime"] = start_time

    params["endTime"] = end_time

    params["creators"] = creators

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListJobsResponse | None:
    if response.status_code == 200:
        response_200 = ListJobsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListJobsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    job_id: str | Unset = UNSET,
    state: JobState | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    start_time: int | Unset = 0,
    end_time: int | Unset = 0,
    creators: str | Unset = UNSET,
) -> Response[ErrorResponse | ListJobsResponse]:
    """List background jobs (image saves, migrations)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        job_id (str | Unset):
        state (JobState | Unset):
        type_ (JobType | Unset):
        start_time (int | Unset):  Default: 0.
        end_time (int | Unset):  Default: 0.
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListJobsResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        job_id=job_id,
        state=state,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        creators=creators,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    job_id: str | Unset = UNSET,
    state: JobState | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    start_time: int | Unset = 0,
    end_time: int | Unset = 0,
    creators: str | Unset = UNSET,
) -> ErrorResponse | ListJobsResponse | None:
    """List background jobs (image saves, migrations)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        job_id (str | Unset):
        state (JobState | Unset):
        type_ (JobType | Unset):
        start_time (int | Unset):  Default: 0.
        end_time (int | Unset):  Default: 0.
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListJobsResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_num=page_num,
        job_id=job_id,
        state=state,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        creators=creators,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    job_id: str | Unset = UNSET,
    state: JobState | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    start_time: int | Unset = 0,
    end_time: int | Unset = 0,
    creators: str | Unset = UNSET,
) -> Response[ErrorResponse | ListJobsResponse]:
    """List background jobs (image saves, migrations)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        job_id (str | Unset):
        state (JobState | Unset):
        type_ (JobType | Unset):
        start_time (int | Unset):  Default: 0.
        end_time (int | Unset):  Default: 0.
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListJobsResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        job_id=job_id,
        state=state,
        type_=type_,
        start_time=start_time,
        end_time=end_time,
        creators=creators,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    job_id: str | Unset = UNSET,
    state: JobState | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    start_time: int | Unset = 0,
    end_time: int | Unset = 0,
    creators: str | Unset = UNSET,
) -> ErrorResponse | ListJobsResponse | None:
    """List background jobs (image saves, migrations)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        job_id (str | Unset):
        state (JobState | Unset):
        type_ (JobType | Unset):
        start_time (int | Unset):  Default: 0.
        end_time (int | Unset):  Default: 0.
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListJobsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_num=page_num,
            job_id=job_id,
            state=state,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            creators=creators,
        )
    ).parsed
