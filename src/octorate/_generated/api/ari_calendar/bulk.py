from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.calendar_bulk_request import CalendarBulkRequest
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
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
) -> Response[Any]:
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
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
