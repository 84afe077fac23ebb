from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_rate_dto import ApiRateDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/rateplans/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    check_multiaccount: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["checkMultiaccount"] = check_multiaccount

    params["fields"] = fields

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/rateplans/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ApiRateDTO] | None:
    if response.status_code == 200:
        response_200 = ApiRateDTO._from_json_list(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ApiRateDTO]]:
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
    check_multiaccount: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> Response[list[ApiRateDTO]]:
    """Retrieve the rate plans labels

     These are the available rate plans

    Args:
        accommodation (str):
        check_multiaccount (bool | Unset):
        fields (str | Unset):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ApiRateDTO]]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        check_multiaccount=check_multiaccount,
        fields=fields,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    check_multiaccount: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
) -> list[ApiRateDTO] | None:
    """Retrieve the rate plans labels

     These are the available rate plans

    Args:
        accommodation (str):
        check_multiaccount (bool | Unset):
        fields (str | Unset):
        ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ApiRateDTO]
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            check_multiaccount=check_multiaccount,
            fields=fields,
            ids=ids,
        )
    ).parsed
