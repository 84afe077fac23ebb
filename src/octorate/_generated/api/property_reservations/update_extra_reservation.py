from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_extra_detail_dto import ApiExtraDetailDTO
from ...types import UNSET, Response, Unset

METHOD = "PUT"
PATH = "/rest/v1/reservation/{accommodation}/{id}/extra/{extra_id}"


def _get_kwargs(
    accommodation: str,
    id: int,
    extra_id: int,
    *,
    body: ApiExtraDetailDTO | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1/reservation/{accommodation}/{id}/extra/{extra_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            id=quote(str(id), safe=""),
            extra_id=quote(str(extra_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiExtraDetailDTO | str | None:
    if response.status_code == 200:
        response_200 = ApiExtraDetailDTO._from_json(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(str, response.json())
        return response_401

    if response.status_code == 404:
        response_404 = cast(str, response.json())
        return response_404

    if response.status_code == 500:
        response_500 = cast(str, response.json())
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiExtraDetailDTO | str]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    id: int,
    extra_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApiExtraDetailDTO | Unset = UNSET,
) -> Response[Any | ApiExtraDetailDTO | str]:
    """Update an existing reservation

    Args:
        accommodation (str):
        id (int):
        extra_id (int):
        body (ApiExtraDetailDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiExtraDetailDTO | str]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
        extra_id=extra_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    id: int,
    extra_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApiExtraDetailDTO | Unset = UNSET,
) -> Any | ApiExtraDetailDTO | str | None:
    """Update an existing reservation

    Args:
        accommodation (str):
        id (int):
        extra_id (int):
        body (ApiExtraDetailDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiExtraDetailDTO | str
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            id=id,
            extra_id=extra_id,
            client=client,
            body=body,
        )
    ).parsed
