from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_reservation_req_dto import ApiReservationReqDTO
from ...models.api_reservation_resp_dto import ApiReservationRespDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/reservation/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    body: ApiReservationReqDTO | Unset = UNSET,
    availability: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["availability"] = availability

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/reservation/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiReservationRespDTO:
    response_default = ApiReservationRespDTO._from_json(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiReservationRespDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiReservationReqDTO | Unset = UNSET,
    availability: bool | Unset = True,
) -> Response[ApiReservationRespDTO]:
    """Create a new Reservation

    Args:
        accommodation (str):
        availability (bool | Unset): Optional parameter to let octorate know if decrement the
            availability Default: True.
        body (ApiReservationReqDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiReservationRespDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        body=body,
        availability=availability,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiReservationReqDTO | Unset = UNSET,
    availability: bool | Unset = True,
) -> ApiReservationRespDTO | None:
    """Create a new Reservation

    Args:
        accommodation (str):
        availability (bool | Unset): Optional parameter to let octorate know if decrement the
            availability Default: True.
        body (ApiReservationReqDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiReservationRespDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            body=body,
            availability=availability,
        )
    ).parsed
