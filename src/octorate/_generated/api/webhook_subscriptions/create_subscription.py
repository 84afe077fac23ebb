from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_subscription_body import CreateSubscriptionBody
from ...models.create_subscription_event import CreateSubscriptionEvent
from ...models.webhook_subscription import WebhookSubscription
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/subscription/{event}"


def _get_kwargs(
    event: CreateSubscriptionEvent,
    *,
    body: CreateSubscriptionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/subscription/{event}".format(
            event=quote(str(event), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WebhookSubscription | None:
    if response.status_code == 200:
        response_200 = WebhookSubscription._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WebhookSubscription]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    event: CreateSubscriptionEvent,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubscriptionBody | Unset = UNSET,
) -> Response[WebhookSubscription]:
    """Create a new subscription (webhook). You can configure webhook endpoints via the API to be notified
    about events that happen in your connected Octorate Customers.<br/><br/>In the section on the right
    you can see one or two example of the notification you can receive. Generally is you already known
    reservation,room,etc... wrapped with some additional information like the create time or the webhook
    ID.<br/><br/>We divide the available subscriptions by these types:<br/>- Available for OTAs: If you
    are an Online travel agency, you can subscribe to calendar updates and content push updates in order
    to keep your portal updated.<br/>- Normal subscription: You can receive subscription regarding an
    update of the reservation, a change of it or when other events related to the user are
    triggered.<br/><br/><b> Retry logic </b><br/>Octorate will attemp to deliver the webhooks for up to
    2 days, delaying more and more the attemps. <br/>Generally,<br/>- if you reply with the HTTP
    response code 200, we will assume the webhook as notified<br/>- All other codes will means to
    retry<br/>- 406 (Not acceptable content) is the only exception that will stop Octorate
    retrying.<br/><br/><b> Constraints </b><br/>- Please take note that the timeout given you to reply
    is very short. Do any time-expensive operation AFTER you have received the webhook.<br/><br/><b>
    Order of events </b><br/>- We try to give you events in order but order is not guaranteed. Please be
    preparated to receive any other necessary info after (We give unique id in the responses and the
    possibility to pull object that you may miss when the request arrives).<br/><br/><b> Duplicates
    event </b><br/>- Generally, many consecutive attempts to send the same content inside a 5 minutes
    request, will result in one webhook only.

    Args:
        event (CreateSubscriptionEvent): The type of event you want to subscribe to
        body (CreateSubscriptionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WebhookSubscription]
    """

    kwargs = _get_kwargs(
        event=event,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event: CreateSubscriptionEvent,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubscriptionBody | Unset = UNSET,
) -> WebhookSubscription | None:
    """Create a new subscription (webhook). You can configure webhook endpoints via the API to be notified
    about events that happen in your connected Octorate Customers.<br/><br/>In the section on the right
    you can see one or two example of the notification you can receive. Generally is you already known
    reservation,room,etc... wrapped with some additional information like the create time or the webhook
    ID.<br/><br/>We divide the available subscriptions by these types:<br/>- Available for OTAs: If you
    are an Online travel agency, you can subscribe to calendar updates and content push updates in order
    to keep your portal updated.<br/>- Normal subscription: You can receive subscription regarding an
    update of the reservation, a change of it or when other events related to the user are
    triggered.<br/><br/><b> Retry logic </b><br/>Octorate will attemp to deliver the webhooks for up to
    2 days, delaying more and more the attemps. <br/>Generally,<br/>- if you reply with the HTTP
    response code 200, we will assume the webhook as notified<br/>- All other codes will means to
    retry<br/>- 406 (Not acceptable content) is the only exception that will stop Octorate
    retrying.<br/><br/><b> Constraints </b><br/>- Please take note that the timeout given you to reply
    is very short. Do any time-expensive operation AFTER you have received the webhook.<br/><br/><b>
    Order of events </b><br/>- We try to give you events in order but order is not guaranteed. Please be
    preparated to receive any other necessary info after (We give unique id in the responses and the
    possibility to pull object that you may miss when the request arrives).<br/><br/><b> Duplicates
    event </b><br/>- Generally, many consecutive attempts to send the same content inside a 5 minutes
    request, will result in one webhook only.

    Args:
        event (CreateSubscriptionEvent): The type of event you want to subscribe to
        body (CreateSubscriptionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WebhookSubscription
    """

    return (
        await asyncio_detailed(
            event=event,
            client=client,
            body=body,
        )
    ).parsed
