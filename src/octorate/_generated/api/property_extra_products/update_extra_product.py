from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_extra_product import ApiExtraProduct
from ...types import Response

METHOD = "PUT"
PATH = "/rest/v1/extra/{accommodation}/{product_id}"


def _get_kwargs(
    accommodation: str,
    product_id: int,
    *,
    body: ApiExtraProduct,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1/extra/{accommodation}/{product_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiExtraProduct | None:
    if response.status_code == 200:
        response_200 = ApiExtraProduct._from_json(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiExtraProduct]:
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
    body: ApiExtraProduct,
) -> Response[Any | ApiExtraProduct]:
    """Update a product

     Update a product inside Octorate. You can set as active or not a product here

    Args:
        accommodation (str):
        product_id (int):
        body (ApiExtraProduct):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiExtraProduct]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        product_id=product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApiExtraProduct,
) -> Any | ApiExtraProduct | None:
    """Update a product

     Update a product inside Octorate. You can set as active or not a product here

    Args:
        accommodation (str):
        product_id (int):
        body (ApiExtraProduct):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiExtraProduct
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            product_id=product_id,
            client=client,
            body=body,
        )
    ).parsed
