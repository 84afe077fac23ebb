import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_reservation_resp_dto_list import ApiReservationRespDTOList
from ...models.find_reservations_status import FindReservationsStatus
from ...models.find_reservations_type import FindReservationsType
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/reservation/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    ids: list[int] | Unset = UNSET,
    product: int | Unset = UNSET,
    products: list[int] | Unset = UNSET,
    pms: bool | Unset = UNSET,
    pms_product: int | Unset = UNSET,
    source: str | Unset = UNSET,
    status: FindReservationsStatus | Unset = UNSET,
    excluded_sources: str | Unset = UNSET,
    group_results: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    refer: str | Unset = UNSET,
    type_: FindReservationsType | Unset = FindReservationsType.STAY,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    refer_is_exclusive: bool | Unset = UNSET,
    agency: int | Unset = UNSET,
    effective_checked_in: bool | Unset = UNSET,
    effective_checked_out: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["product"] = product

    json_products: list[int] | Unset = UNSET
    if not isinstance(products, Unset):
        json_products = products

    params["products[]"] = json_products

    params["pms"] = pms

    params["pmsProduct"] = pms_product

    params["source"] = source

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["excludedSources"] = excluded_sources

    params["groupResults"] = group_results

    params["sortBy"] = sort_by

    params["refer"] = refer

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["referIsExclusive"] = refer_is_exclusive

    params["agency"] = agency

    params["effectiveCheckedIn"] = effective_checked_in

    params["effectiveCheckedOut"] = effective_checked_out

    params["fields"] = fields

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/reservation/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiReservationRespDTOList | None:
    if response.status_code == 200:
        response_200 = ApiReservationRespDTOList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiReservationRespDTOList]:
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
    ids: list[int] | Unset = UNSET,
    product: int | Unset = UNSET,
    products: list[int] | Unset = UNSET,
    pms: bool | Unset = UNSET,
    pms_product: int | Unset = UNSET,
    source: str | Unset = UNSET,
    status: FindReservationsStatus | Unset = UNSET,
    excluded_sources: str | Unset = UNSET,
    group_results: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    refer: str | Unset = UNSET,
    type_: FindReservationsType | Unset = FindReservationsType.STAY,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    refer_is_exclusive: bool | Unset = UNSET,
    agency: int | Unset = UNSET,
    effective_checked_in: bool | Unset = UNSET,
    effective_checked_out: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> Response[ApiReservationRespDTOList]:
    """findReservations

     Retrieve all the existing reservations reservation.

    Args:
        accommodation (str):  Example: 112696.
        ids (list[int] | Unset):
        product (int | Unset):
        products (list[int] | Unset):
        pms (bool | Unset):
        pms_product (int | Unset):
        source (str | Unset):
        status (FindReservationsStatus | Unset):
        excluded_sources (str | Unset):
        group_results (bool | Unset):
        sort_by (str | Unset):
        refer (str | Unset):
        type_ (FindReservationsType | Unset):  Default: FindReservationsType.STAY.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        refer_is_exclusive (bool | Unset):
        agency (int | Unset):
        effective_checked_in (bool | Unset):
        effective_checked_out (bool | Unset):
        fields (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiReservationRespDTOList]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        ids=ids,
        product=product,
        products=products,
        pms=pms,
        pms_product=pms_product,
        source=source,
        status=status,
        excluded_sources=excluded_sources,
        group_results=group_results,
        sort_by=sort_by,
        refer=refer,
        type_=type_,
        start_date=start_date,
        end_date=end_date,
        refer_is_exclusive=refer_is_exclusive,
        agency=agency,
        effective_checked_in=effective_checked_in,
        effective_checked_out=effective_checked_out,
        fields=fields,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    ids: list[int] | Unset = UNSET,
    product: int | Unset = UNSET,
    products: list[int] | Unset = UNSET,
    pms: bool | Unset = UNSET,
    pms_product: int | Unset = UNSET,
    source: str | Unset = UNSET,
    status: FindReservationsStatus | Unset = UNSET,
    excluded_sources: str | Unset = UNSET,
    group_results: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    refer: str | Unset = UNSET,
    type_: FindReservationsType | Unset = FindReservationsType.STAY,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    refer_is_exclusive: bool | Unset = UNSET,
    agency: int | Unset = UNSET,
    effective_checked_in: bool | Unset = UNSET,
    effective_checked_out: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> ApiReservationRespDTOList | None:
    """findReservations

     Retrieve all the existing reservations reservation.

    Args:
        accommodation (str):  Example: 112696.
        ids (list[int] | Unset):
        product (int | Unset):
        products (list[int] | Unset):
        pms (bool | Unset):
        pms_product (int | Unset):
        source (str | Unset):
        status (FindReservationsStatus | Unset):
        excluded_sources (str | Unset):
        group_results (bool | Unset):
        sort_by (str | Unset):
        refer (str | Unset):
        type_ (FindReservationsType | Unset):  Default: FindReservationsType.STAY.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        refer_is_exclusive (bool | Unset):
        agency (int | Unset):
        effective_checked_in (bool | Unset):
        effective_checked_out (bool | Unset):
        fields (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiReservationRespDTOList
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            ids=ids,
            product=product,
            products=products,
            pms=pms,
            pms_product=pms_product,
            source=source,
            status=status,
            excluded_sources=excluded_sources,
            group_results=group_results,
            sort_by=sort_by,
            refer=refer,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            refer_is_exclusive=refer_is_exclusive,
            agency=agency,
            effective_checked_in=effective_checked_in,
            effective_checked_out=effective_checked_out,
            fields=fields,
            size=size,
            page=page,
        )
    ).parsed
