from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_reservation_guest_dto import ApiReservationGuestDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v2/checkin/{accommodation}/{id}/guest"


def _get_kwargs(
    accommodation: str,
    id: int,
    *,
    body: ApiReservationGuestDTO | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v2/checkin/{accommodation}/{id}/guest".format(
            accommodation=quote(str(accommodation), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiReservationGuestDTO | None:
    if response.status_code == 200:
        response_200 = ApiReservationGuestDTO._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiReservationGuestDTO]:
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
    body: ApiReservationGuestDTO | Unset = UNSET,
) -> Response[ApiReservationGuestDTO]:
    """Create a new Guest inside the reservation. Guest here is the detailed information retrieved during
    the checkin and usually send to police

    Args:
        accommodation (str):
        id (int):
        body (ApiReservationGuestDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiReservationGuestDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApiReservationGuestDTO | Unset = UNSET,
) -> ApiReservationGuestDTO | None:
    """Create a new Guest inside the reservation. Guest here is the detailed information retrieved during
    the checkin and usually send to police

    Args:
        accommodation (str):
        id (int):
        body (ApiReservationGuestDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiReservationGuestDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
