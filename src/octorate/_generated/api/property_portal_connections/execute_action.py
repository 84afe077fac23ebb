from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_mapping_list import ApiMappingList
from ...models.execute_action_action import ExecuteActionAction
from ...types import Response

METHOD = "POST"
PATH = "/rest/v1/connection/{action}/{accommodation}/{connection}"


def _get_kwargs(
    action: ExecuteActionAction,
    accommodation: str,
    connection: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/connection/{action}/{accommodation}/{connection}".format(
            action=quote(str(action), safe=""),
            accommodation=quote(str(accommodation), safe=""),
            connection=quote(str(connection), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiMappingList | None:
    if response.status_code == 200:
        response_200 = ApiMappingList._from_json(response.json())

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

    if response.status_code == 550:
        response_550 = cast(Any, None)
        return response_550

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiMappingList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    action: ExecuteActionAction,
    accommodation: str,
    connection: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ApiMappingList]:
    """Execute ACTION on connection

     This API method executes one of the following actions on the connection id (the portal connection of
    one property) provided..

    Args:
        action (ExecuteActionAction): Email Help to Customer = Send the welcome mail to customer
            <br/> Import rooms = Import the rooms from the external channel, ready to be mapped <br/>
            Import calendar = Import the calendar inside Octorate <br/> Mark connect = Notify to
            Octorate and if needed to the external channel that this connection is ready <br/> Import
            Room Pms: If this channel is able to give PMS rooms, import them <br/> Import resa: Import
            future reservations inside Octorate.
        accommodation (str): Property ID
        connection (int): Connection ID of the connection created on the accommodation. If you
            don't have one, look for 'Create new connection'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiMappingList]
    """

    kwargs = _get_kwargs(
        action=action,
        accommodation=accommodation,
        connection=connection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    action: ExecuteActionAction,
    accommodation: str,
    connection: int,
    *,
    client: AuthenticatedClient,
) -> Any | ApiMappingList | None:
    """Execute ACTION on connection

     This API method executes one of the following actions on the connection id (the portal connection of
    one property) provided..

    Args:
        action (ExecuteActionAction): Email Help to Customer = Send the welcome mail to customer
            <br/> Import rooms = Import the rooms from the external channel, ready to be mapped <br/>
            Import calendar = Import the calendar inside Octorate <br/> Mark connect = Notify to
            Octorate and if needed to the external channel that this connection is ready <br/> Import
            Room Pms: If this channel is able to give PMS rooms, import them <br/> Import resa: Import
            future reservations inside Octorate.
        accommodation (str): Property ID
        connection (int): Connection ID of the connection created on the accommodation. If you
            don't have one, look for 'Create new connection'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiMappingList
    """

    return (
        await asyncio_detailed(
            action=action,
            accommodation=accommodation,
            connection=connection,
            client=client,
        )
    ).parsed
