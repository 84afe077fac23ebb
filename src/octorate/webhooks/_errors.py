"""The one exception the webhooks package raises for bad deliveries."""

from __future__ import annotations

from octorate._errors import OctorateError

__all__ = ["WebhookError"]


class WebhookError(OctorateError, ValueError):
    """A webhook delivery could not be parsed.

    Raised for every malformed body: not UTF-8, not JSON, not an object, a
    missing or mistyped envelope field, a ``content`` that is not a JSON string,
    or content that does not fit the model of its event type. The cause, when
    there is one worth reading, is chained as ``__cause__``.

    A receiver answers these with HTTP 406, the one status that stops
    Octorate's retries: a malformed body will not improve on the next attempt.

    .. versionadded:: 0.1.0
    """
