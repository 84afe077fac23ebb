"""Operations tagged "content_portals"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_extra_bed_request import ApiExtraBedRequest
    from ...models.api_fee_request import ApiFeeRequest
    from ...models.external_accomodation import ExternalAccomodation
    from ...models.external_contact import ExternalContact
    from ...models.external_service import ExternalService
    from ...models.retrieve_meta_portal_category_item import RetrieveMetaPortalCategoryItem
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class ContentPortals:
    """Operations tagged "content_portals"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def delete_cancellation_policy(
        self,
        connection: int,
        portal_value: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/connections/{connection}/cancellationPolicies/{portal_value}: Cancellation Policy [DELETE]
        Operation ``delete_cancellation_policy``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_cancellation_policy", __name__)
        request = op._get_kwargs(
            connection=connection,
            portal_value=portal_value,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
                "portalValue": portal_value,
            },
        )

    async def delete_contact(
        self,
        connection: int,
        contact_type: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/connections/{connection}/contacts/{contact_type}: Contact [DELETE]
        Operation ``delete_contact``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_contact", __name__)
        request = op._get_kwargs(
            connection=connection,
            contact_type=contact_type,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
                "contactType": contact_type,
            },
        )

    async def delete_fee(
        self,
        connection: int,
        index: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/connections/{connection}/fees/{index}: Fee [REMOVE]
        Operation ``delete_fee``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_fee", __name__)
        request = op._get_kwargs(
            connection=connection,
            index=index,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
                "index": index,
            },
        )

    async def delete_service(
        self,
        connection: int,
        index: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/connections/{connection}/services/{index}: Service [DELETE]
        Operation ``delete_service``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_service", __name__)
        request = op._get_kwargs(
            connection=connection,
            index=index,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
                "index": index,
            },
        )

    async def get_cancellation_policies(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/{connection}/cancellationPolicies: Cancellation Policies
        Operation ``get_cancellation_policies``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_cancellation_policies", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_cancellation_policy(
        self,
        connection: int,
        *,
        policy: str | Unset = UNSET,
        apply_on_deposit: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/cancellationPolicies: Cancellation Policy [ADD]
        Operation ``push_cancellation_policy``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_cancellation_policy", __name__)
        request = op._get_kwargs(
            connection=connection,
            policy=policy,
            apply_on_deposit=apply_on_deposit,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_accommodation(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/push: Final Push to Portal
        Operation ``push_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_accommodation", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def retrieve_accommodation_listing(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/{connection}/accommodationconf: Accommodation Settings
        Operation ``retrieve_accommodation_listing``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_accommodation_listing", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_accommodation_config(
        self,
        connection: int,
        *,
        body: ExternalAccomodation | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/accommodationconf: Accommodation Settings
        Operation ``push_accommodation_config``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_accommodation_config", __name__)
        request = op._get_kwargs(
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def retrieve_contacts(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/{connection}/contacts: Contacts List
        Operation ``retrieve_contacts``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_contacts", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_contact(
        self,
        connection: int,
        *,
        body: ExternalContact | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/contacts
        Operation ``push_contact``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_contact", __name__)
        request = op._get_kwargs(
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def retrieve_extra_beds(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/{connection}/extrabeds: Extra Beds
        Operation ``retrieve_extra_beds``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_extra_beds", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_extra_bed(
        self,
        connection: int,
        *,
        body: ApiExtraBedRequest | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/extrabeds: Extra Beds [ADD]
        Operation ``push_extra_bed``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_extra_bed", __name__)
        request = op._get_kwargs(
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def retrieve_fees(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/{connection}/fees: Fees
        Operation ``retrieve_fees``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_fees", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_fee(
        self,
        connection: int,
        *,
        body: ApiFeeRequest | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/fees: Fee [ADD]
        Operation ``push_fee``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_fee", __name__)
        request = op._get_kwargs(
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_rental(
        self,
        connection: int,
        *,
        url_query: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/rentalagreement: Rental Agreement
        Operation ``push_rental``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_rental", __name__)
        request = op._get_kwargs(
            connection=connection,
            url_query=url_query,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def retrieve_services(
        self,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/{connection}/services: Services
        Operation ``retrieve_services``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_services", __name__)
        request = op._get_kwargs(
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def push_service(
        self,
        connection: int,
        *,
        body: ExternalService | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/connections/{connection}/services: Service [ADD]
        Operation ``push_service``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_service", __name__)
        request = op._get_kwargs(
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
            },
        )

    async def remove_bed(
        self,
        connection: int,
        index: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/connections/{connection}/extrabeds/{index}: Extra Beds [DELETE]
        Operation ``remove_bed``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".remove_bed", __name__)
        request = op._get_kwargs(
            connection=connection,
            index=index,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "connection": connection,
                "index": index,
            },
        )

    async def retrieve_meta_portal(
        self,
        portal: str,
        *,
        category: list[RetrieveMetaPortalCategoryItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/connections/meta/{portal}: Read Static Portal meta
        Operation ``retrieve_meta_portal``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_meta_portal", __name__)
        request = op._get_kwargs(
            portal=portal,
            category=category,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "portal": portal,
            },
        )
