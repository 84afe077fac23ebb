from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_room_dto import ApiRoomDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v3/roomrates/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    fields: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    include_rms: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["page"] = page

    params["size"] = size

    params["includeRms"] = include_rms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v3/roomrates/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ApiRoomDTO] | None:
    if response.status_code == 200:
        response_200 = ApiRoomDTO._from_json_list(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[ApiRoomDTO]]:
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
    fields: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    include_rms: bool | Unset = UNSET,
) -> Response[Any | list[ApiRoomDTO]]:
    """Retrieve property rooms and rates

     Through this call you can retrieve all the Inventory of Octorate platform. <br/>Please take note, we
    consider both typology or rate as products. We don't yet allow to separate them and mixing after.
    <br/>We define the relationship between these products using the field derivedRule where you can
    setup the relationship between the current object and the parent (i.e. +5 eur, follow avail,etc..)
    <br/><b>We strongly suggest you to have also a look to the backoffice of the user to understand
    better how this products are linked. </b> <br/>New accommodation or new product for an apartment?
    All depends on where the linked services should be located. I.e. we support sending statistical data
    and sending information to the police setting up only one credential for accommodation. If you're
    sure that all the products belongs to the same configuration you can set up them inside the same
    property (An example might be defining the building, with always the same external credentials, and
    inside the single apartment as products)  <b> Migrating from V1? </b> We've changed the amenity
    model to introduce some more details, We've also introduced the read-only field 'images' to speed up
    your development

    Args:
        accommodation (str):
        fields (str | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        size (int | Unset):
        include_rms (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ApiRoomDTO]]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        fields=fields,
        ids=ids,
        page=page,
        size=size,
        include_rms=include_rms,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    include_rms: bool | Unset = UNSET,
) -> Any | list[ApiRoomDTO] | None:
    """Retrieve property rooms and rates

     Through this call you can retrieve all the Inventory of Octorate platform. <br/>Please take note, we
    consider both typology or rate as products. We don't yet allow to separate them and mixing after.
    <br/>We define the relationship between these products using the field derivedRule where you can
    setup the relationship between the current object and the parent (i.e. +5 eur, follow avail,etc..)
    <br/><b>We strongly suggest you to have also a look to the backoffice of the user to understand
    better how this products are linked. </b> <br/>New accommodation or new product for an apartment?
    All depends on where the linked services should be located. I.e. we support sending statistical data
    and sending information to the police setting up only one credential for accommodation. If you're
    sure that all the products belongs to the same configuration you can set up them inside the same
    property (An example might be defining the building, with always the same external credentials, and
    inside the single apartment as products)  <b> Migrating from V1? </b> We've changed the amenity
    model to introduce some more details, We've also introduced the read-only field 'images' to speed up
    your development

    Args:
        accommodation (str):
        fields (str | Unset):
        ids (list[int] | Unset):
        page (int | Unset):
        size (int | Unset):
        include_rms (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ApiRoomDTO]
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            fields=fields,
            ids=ids,
            page=page,
            size=size,
            include_rms=include_rms,
        )
    ).parsed
