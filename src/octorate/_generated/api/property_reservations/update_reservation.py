from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_reservation_req_dto import ApiReservationReqDTO
from ...types import UNSET, Response, Unset

METHOD = "PUT"
PATH = "/rest/v1/reservation/{accommodation}/{id}"


def _get_kwargs(
    accommodation: str,
    id: int,
    *,
    body: ApiReservationReqDTO | Unset = UNSET,
    availability: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["availability"] = availability

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1/reservation/{accommodation}/{id}".format(
            accommodation=quote(str(accommodation), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

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
    accommodation: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApiReservationReqDTO | Unset = UNSET,
    availability: bool | Unset = UNSET,
) -> Response[Any]:
    """Update an existing reservation

    Args:
        accommodation (str):
        id (int):
        availability (bool | Unset):
        body (ApiReservationReqDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
        body=body,
        availability=availability,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
