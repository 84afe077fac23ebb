"""Operations tagged "property_extra_products"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_extra_product import ApiExtraProduct
    from ...models.api_extra_product_list import ApiExtraProductList
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyExtraProducts:
    """Operations tagged "property_extra_products"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_extra_products(
        self,
        accommodation: str,
        *,
        body: list[ApiExtraProduct],
        options: RequestOptions | None = None,
    ) -> ApiExtraProduct:
        """POST /rest/v1/extra/bulk/{accommodation}
        Operation ``create_extra_products``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_extra_products", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def update_extra_product(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ApiExtraProduct,
        options: RequestOptions | None = None,
    ) -> Any | ApiExtraProduct:
        """PUT /rest/v1/extra/{accommodation}/{product_id}: Update a product
        Operation ``update_extra_product``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_extra_product", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
            },
        )

    async def delete_extra_product(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ApiExtraProduct:
        """DELETE /rest/v1/extra/{accommodation}/{product_id}: Delete a product
        Operation ``delete_extra_product``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_extra_product", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
            },
        )

    async def find_extras(
        self,
        accommodation: str,
        *,
        id: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        extra_category_id: int | Unset = UNSET,
        include_generated_extra: bool | Unset = True,
        include_master_accommodation_extras: bool | Unset = True,
        accommodations: list[str] | Unset = UNSET,
        fields: str | Unset = UNSET,
        size: int | Unset = 20,
        page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiExtraProductList:
        """GET /rest/v1/extra/{accommodation}
        Operation ``find_extras``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".find_extras", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            sort_by=sort_by,
            enabled=enabled,
            name=name,
            extra_category_id=extra_category_id,
            include_generated_extra=include_generated_extra,
            include_master_accommodation_extras=include_master_accommodation_extras,
            accommodations=accommodations,
            fields=fields,
            size=size,
            page=page,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def update_extra_product_bulk(
        self,
        accommodation: str,
        *,
        body: list[ApiExtraProduct],
        options: RequestOptions | None = None,
    ) -> ApiExtraProduct:
        """PUT /rest/v1/extra/{accommodation}/updateAll: Update All Extra products
        Operation ``update_extra_product_bulk``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_extra_product_bulk", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )
