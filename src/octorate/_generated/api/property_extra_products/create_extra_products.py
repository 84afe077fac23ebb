from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_extra_product import ApiExtraProduct
from ...types import Response

METHOD = "POST"
PATH = "/rest/v1/extra/bulk/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    body: list[ApiExtraProduct],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/extra/bulk/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiExtraProduct | None:
    if response.status_code == 200:
        response_200 = ApiExtraProduct._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiExtraProduct]:
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
    body: list[ApiExtraProduct],
) -> Response[ApiExtraProduct]:
    """Create new Extra Products

    Args:
        accommodation (str):
        body (list[ApiExtraProduct]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiExtraProduct]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[ApiExtraProduct],
) -> ApiExtraProduct | None:
    """Create new Extra Products

    Args:
        accommodation (str):
        body (list[ApiExtraProduct]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiExtraProduct
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            body=body,
        )
    ).parsed
