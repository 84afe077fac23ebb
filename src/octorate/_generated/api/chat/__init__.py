"""Operations tagged "chat"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Awaitable, Callable
    from io import BytesIO
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_list_response import ApiListResponse
    from ...models.chat_message_dto import ChatMessageDTO
    from ...models.chat_message_reader_dto import ChatMessageReaderDTO
    from ...models.chat_thread_dto import ChatThreadDTO
    from ...models.mail_template_dto import MailTemplateDTO
    from ...models.special_offer_dto import SpecialOfferDTO
    from ...models.translate_message_language import TranslateMessageLanguage
    from ...types import UNSET, File, FileTypes, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class Chat:
    """Operations tagged "chat"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def add_member_to_all_threads(
        self,
        property_: str,
        person_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | list[ChatThreadDTO]:
        """PUT /rest/v1/chat/{property_}/threads/members/{person_id}
        Operation ``add_member_to_all_threads``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_member_to_all_threads", __name__)
        request = op._get_kwargs(
            property_=property_,
            person_id=person_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "personId": person_id,
            },
        )

    async def remove_member_from_all_threads(
        self,
        property_: str,
        person_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | list[ChatThreadDTO]:
        """DELETE /rest/v1/chat/{property_}/threads/members/{person_id}
        Operation ``remove_member_from_all_threads``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".remove_member_from_all_threads", __name__)
        request = op._get_kwargs(
            property_=property_,
            person_id=person_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "personId": person_id,
            },
        )

    async def archive_thread(
        self,
        property_: str,
        thread: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ChatThreadDTO:
        """PATCH /rest/v1/chat/{property_}/threads/{thread}/archive
        Operation ``archive_thread``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".archive_thread", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread=thread,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "thread": thread,
            },
        )

    async def find_messages(
        self,
        property_: str,
        *,
        query_string: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ChatThreadDTO]:
        """GET /rest/v1/chat/{property_}/messages
        Operation ``find_messages``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".find_messages", __name__)
        request = op._get_kwargs(
            property_=property_,
            query_string=query_string,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
            },
        )

    async def create_message(
        self,
        property_: str,
        *,
        body: ChatMessageDTO,
        options: RequestOptions | None = None,
    ) -> Any | ChatMessageDTO:
        """POST /rest/v1/chat/{property_}/messages
        Operation ``create_message``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_message", __name__)
        request = op._get_kwargs(
            property_=property_,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
            },
        )

    async def create_pre_approval(
        self,
        property_: str,
        thread_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | SpecialOfferDTO:
        """POST /rest/v1/chat/{property_}/threads/{thread_id}/preApprove
        Operation ``create_pre_approval``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_pre_approval", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread_id=thread_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "threadId": thread_id,
            },
        )

    async def create_special_offer(
        self,
        property_: str,
        thread_id: int,
        *,
        body: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | SpecialOfferDTO:
        """POST /rest/v1/chat/{property_}/threads/{thread_id}/specialOffer
        Operation ``create_special_offer``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_special_offer", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread_id=thread_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "threadId": thread_id,
            },
        )

    async def get_thread(
        self,
        property_: str,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ChatThreadDTO:
        """GET /rest/v1/chat/{property_}/threads/{id}
        Operation ``get_thread``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_thread", __name__)
        request = op._get_kwargs(
            property_=property_,
            id=id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "id": id,
            },
        )

    async def get_thread_messages(
        self,
        property_: str,
        thread: int,
        *,
        created_after: datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiListResponse:
        """GET /rest/v1/chat/{property_}/threads/{thread}/messages
        Operation ``get_thread_messages``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_thread_messages", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread=thread,
            created_after=created_after,
            fields=fields,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "thread": thread,
            },
        )

    async def get_thread_templates(
        self,
        property_: str,
        thread: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | list[MailTemplateDTO]:
        """GET /rest/v1/chat/{property_}/threads/{thread}/templates
        Operation ``get_thread_templates``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_thread_templates", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread=thread,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "thread": thread,
            },
        )

    async def get_threads(
        self,
        property_: str,
        *,
        offset: int | Unset = UNSET,
        filter_read_status: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ChatThreadDTO]:
        """GET /rest/v1/chat/{property_}/threads
        Operation ``get_threads``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_threads", __name__)
        request = op._get_kwargs(
            property_=property_,
            offset=offset,
            filter_read_status=filter_read_status,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
            },
        )

    async def get_unreaded_messages_count(
        self,
        property_: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any | list[ChatMessageDTO]:
        """GET /rest/v1/chat/{property_}/unreadedMessagesCount
        Operation ``get_unreaded_messages_count``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_unreaded_messages_count", __name__)
        request = op._get_kwargs(
            property_=property_,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
            },
        )

    async def read_all_threads(
        self,
        property_: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiListResponse:
        """PATCH /rest/v1/chat/{property_}/messages/readAll
        Operation ``read_all_threads``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".read_all_threads", __name__)
        request = op._get_kwargs(
            property_=property_,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
            },
        )

    async def read_thread(
        self,
        property_id: str,
        thread_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ChatMessageReaderDTO:
        """PATCH /rest/v1/chat/{property_id}/threads/{thread_id}/read
        Operation ``read_thread``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".read_thread", __name__)
        request = op._get_kwargs(
            property_id=property_id,
            thread_id=thread_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "propertyId": property_id,
                "threadId": thread_id,
            },
        )

    async def set_ai_assistant(
        self,
        accommodation_id: str,
        thread: int,
        *,
        enabled: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ChatThreadDTO:
        """PATCH /rest/v1/chat/{accommodation_id}/threads/{thread}/aiAssistant
        Operation ``set_ai_assistant``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".set_ai_assistant", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            thread=thread,
            enabled=enabled,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "thread": thread,
            },
        )

    async def set_default_processor(
        self,
        property_: str,
        thread: int,
        *,
        body: File | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ChatThreadDTO:
        """PATCH /rest/v1/chat/{property_}/threads/{thread}/processor
        Operation ``set_default_processor``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".set_default_processor", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread=thread,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "thread": thread,
            },
        )

    async def set_thread_as_unread(
        self,
        accommodation_id: str,
        thread: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ChatThreadDTO:
        """PATCH /rest/v1/chat/{accommodation_id}/threads/{thread}/setAsUnread
        Operation ``set_thread_as_unread``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".set_thread_as_unread", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            thread=thread,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "thread": thread,
            },
        )

    async def translate_message(
        self,
        property_: str,
        thread_id: int,
        message_id: int,
        language: TranslateMessageLanguage,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ChatMessageDTO:
        """PATCH /rest/v1/chat/{property_}/threads/{thread_id}/messages/{message_id}/translate/{language}
        Operation ``translate_message``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".translate_message", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread_id=thread_id,
            message_id=message_id,
            language=language,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "threadId": thread_id,
                "messageId": message_id,
                "language": language,
            },
        )

    async def update_message(
        self,
        property_: str,
        message_id: int,
        *,
        body: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ChatMessageDTO:
        """PUT /rest/v1/chat/{property_}/messages/{message_id}
        Operation ``update_message``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_message", __name__)
        request = op._get_kwargs(
            property_=property_,
            message_id=message_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "messageId": message_id,
            },
        )

    async def withdraw_special_offer(
        self,
        property_: str,
        thread_id: int,
        special_offer_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | SpecialOfferDTO:
        """PATCH /rest/v1/chat/{property_}/threads/{thread_id}/specialOffer/{special_offer_id}/withdraw
        Operation ``withdraw_special_offer``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".withdraw_special_offer", __name__)
        request = op._get_kwargs(
            property_=property_,
            thread_id=thread_id,
            special_offer_id=special_offer_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "property": property_,
                "threadId": thread_id,
                "specialOfferId": special_offer_id,
            },
        )
