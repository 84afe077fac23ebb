from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_extra_product import ApiExtraProduct
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/extra/{accommodation}/{product_id}"


def _get_kwargs(
    accommodation: str,
    product_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/extra/{accommodation}/{product_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

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
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiExtraProduct]:
    """Delete a product

     Delete a product inside Octorate. You can set as active or not a product here

    Args:
        accommodation (str):
        product_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiExtraProduct]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiExtraProduct | None:
    """Delete a product

     Delete a product inside Octorate. You can set as active or not a product here

    Args:
        accommodation (str):
        product_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiExtraProduct
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            product_id=product_id,
            client=client,
        )
    ).parsed
