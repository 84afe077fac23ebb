from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_room_result import SearchRoomResult
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/reservation/search/hotel"


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    checkin: str | Unset = UNSET,
    checkout: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    adults: int | Unset = UNSET,
    children: int | Unset = UNSET,
    availcheck: bool | Unset = UNSET,
    apply_discount: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    show_rates: bool | Unset = UNSET,
    ignore_greater_pax: bool | Unset = UNSET,
    show_lower_occupancy_result: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["checkin"] = checkin

    params["checkout"] = checkout

    params["currency"] = currency

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["adults"] = adults

    params["children"] = children

    params["availcheck"] = availcheck

    params["applyDiscount"] = apply_discount

    params["showHidden"] = show_hidden

    params["showRates"] = show_rates

    params["ignoreGreaterPax"] = ignore_greater_pax

    params["showLowerOccupancyResult"] = show_lower_occupancy_result

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/reservation/search/hotel",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchRoomResult | None:
    if response.status_code == 200:
        response_200 = SearchRoomResult._from_json(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SearchRoomResult]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    checkin: str | Unset = UNSET,
    checkout: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    adults: int | Unset = UNSET,
    children: int | Unset = UNSET,
    availcheck: bool | Unset = UNSET,
    apply_discount: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    show_rates: bool | Unset = UNSET,
    ignore_greater_pax: bool | Unset = UNSET,
    show_lower_occupancy_result: bool | Unset = UNSET,
) -> Response[Any | SearchRoomResult]:
    """Search rooms for a specific hotel, considering various filter options (adults, children,
    availability, etc.)

    Args:
        id (int | Unset):
        checkin (str | Unset):
        checkout (str | Unset):
        currency (str | Unset):
        ids (list[int] | Unset):
        adults (int | Unset):
        children (int | Unset):
        availcheck (bool | Unset):
        apply_discount (bool | Unset):
        show_hidden (bool | Unset):
        show_rates (bool | Unset):
        ignore_greater_pax (bool | Unset):
        show_lower_occupancy_result (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SearchRoomResult]
    """

    kwargs = _get_kwargs(
        id=id,
        checkin=checkin,
        checkout=checkout,
        currency=currency,
        ids=ids,
        adults=adults,
        children=children,
        availcheck=availcheck,
        apply_discount=apply_discount,
        show_hidden=show_hidden,
        show_rates=show_rates,
        ignore_greater_pax=ignore_greater_pax,
        show_lower_occupancy_result=show_lower_occupancy_result,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    checkin: str | Unset = UNSET,
    checkout: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    adults: int | Unset = UNSET,
    children: int | Unset = UNSET,
    availcheck: bool | Unset = UNSET,
    apply_discount: bool | Unset = UNSET,
    show_hidden: bool | Unset = UNSET,
    show_rates: bool | Unset = UNSET,
    ignore_greater_pax: bool | Unset = UNSET,
    show_lower_occupancy_result: bool | Unset = UNSET,
) -> Any | SearchRoomResult | None:
    """Search rooms for a specific hotel, considering various filter options (adults, children,
    availability, etc.)

    Args:
        id (int | Unset):
        checkin (str | Unset):
        checkout (str | Unset):
        currency (str | Unset):
        ids (list[int] | Unset):
        adults (int | Unset):
        children (int | Unset):
        availcheck (bool | Unset):
        apply_discount (bool | Unset):
        show_hidden (bool | Unset):
        show_rates (bool | Unset):
        ignore_greater_pax (bool | Unset):
        show_lower_occupancy_result (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SearchRoomResult
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            checkin=checkin,
            checkout=checkout,
            currency=currency,
            ids=ids,
            adults=adults,
            children=children,
            availcheck=availcheck,
            apply_discount=apply_discount,
            show_hidden=show_hidden,
            show_rates=show_rates,
            ignore_greater_pax=ignore_greater_pax,
            show_lower_occupancy_result=show_lower_occupancy_result,
        )
    ).parsed
