from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_external_room_dto import ApiExternalRoomDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/connection/external/{accommodation}/{connection}"


def _get_kwargs(
    accommodation: str,
    connection: int,
    *,
    body: ApiExternalRoomDTO | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/connection/external/{accommodation}/{connection}".format(
            accommodation=quote(str(accommodation), safe=""),
            connection=quote(str(connection), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 500:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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
    connection: int,
    *,
    client: AuthenticatedClient,
    body: ApiExternalRoomDTO | Unset = UNSET,
) -> Response[Any]:
    """Create an external product

     A combination of Room and Rate compose a Product. <br/>For the ARI Octorate process only products so
    combination of room + rate. Normally we suggest you to not use this method but use the method to
    import them directly from the portal. <br/>This method is usefull for the API user that handles also
    the <b>OTAs</b> when themself are otas. In this case you can create the same products you have on
    your site (i.e. the listing or the room+rate item) Inside Octorate, to let Octorate know what's your
    id.We will provide them in Content Push updates or ARI (Availability and rates inventory) Updates.
    <br/>Please, remember after to associate them to the Octorate Product through the mapping method.
    <br/>If you want, you can also ask the user to do the mapping on our interface.

    Args:
        accommodation (str): Accommodation Id
        connection (int): Connection Id
        body (ApiExternalRoomDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        connection=connection,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
