from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.calendar_bulk_request import CalendarBulkRequest
from ...models.calendar_bulk_response import CalendarBulkResponse
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/calendar/bulk"


def _get_kwargs(
    *,
    body: list[CalendarBulkRequest] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/calendar/bulk",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarBulkResponse:
    response_default = CalendarBulkResponse._from_json(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarBulkResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[CalendarBulkRequest] | Unset = UNSET,
) -> Response[CalendarBulkResponse]:
    """Update Calendar (ARI)

     Update the calendar values for the given rooms and date intervals. It takes in input a list.
    <br/>Take care: Every 15 room/day requestes, one more quota is consumed. Please optimize your calls
    to avoid unuseful requests. Maximum available quota is based on your properties. Likely (but just to
    give an example) you can perform only 5/6 2 year full update per 5 minutes.

    Args:
        body (list[CalendarBulkRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarBulkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[CalendarBulkRequest] | Unset = UNSET,
) -> CalendarBulkResponse | None:
    """Update Calendar (ARI)

     Update the calendar values for the given rooms and date intervals. It takes in input a list.
    <br/>Take care: Every 15 room/day requestes, one more quota is consumed. Please optimize your calls
    to avoid unuseful requests. Maximum available quota is based on your properties. Likely (but just to
    give an example) you can perform only 5/6 2 year full update per 5 minutes.

    Args:
        body (list[CalendarBulkRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarBulkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
