"""Exceptions raised by the token manager and the token stores.

Tree (everything derives from :class:`octorate._errors.OctorateError`)::

    OctorateError
    ├── AuthenticationError            an identity call failed or no token can be produced
    │   ├── InvalidCredentialsError    client_id / client_secret (or old API key) rejected
    │   ├── WrongEnvironmentError      sandbox credentials against production or vice versa
    │   ├── IdentityUnavailableError   network error or 5xx from an identity endpoint
    │   ├── NoGrantError               no OAuth grant for the property; send the user to a URL
    │   ├── StateMismatchError         OAuth callback ``state`` differs from the one we issued
    │   └── TokenRefreshError          ``/identity/refresh`` failed
    └── TokenStoreError                a token store cannot be read or written
        ├── InsecureTokenFileError     token file readable/writable by group or others
        └── CorruptTokenFileError      token file exists but cannot be parsed

No message, ``repr`` or attribute of these exceptions ever contains the client
secret, an access token, a refresh token or an old API key: messages are built
here from non-secret parts only (status code, Octorate error ``type``,
``request-id`` header, accommodation ids), and free text from a response body is
scrubbed of every secret the manager knows before it is used.
"""

from __future__ import annotations

from octorate._errors import OctorateError

__all__ = [
    "AuthenticationError",
    "CorruptTokenFileError",
    "IdentityUnavailableError",
    "InsecureTokenFileError",
    "InvalidCredentialsError",
    "NoGrantError",
    "StateMismatchError",
    "TokenRefreshError",
    "TokenStoreError",
    "WrongEnvironmentError",
]


class AuthenticationError(OctorateError):
    """An identity endpoint refused us, or no usable token can be produced.

    Attributes:
        status_code: HTTP status of the identity response, if there was one.
        error_type: Octorate's ``ApiError.type`` (e.g. ``"ApiKeyInvalid"``), if any.
        request_id: the ``request-id`` response header, for Octorate support.
        retryable: True when trying again later may succeed (network error,
            5xx); False when the credentials or the grant must change first.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_type: str | None = None,
        request_id: str | None = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_type = error_type
        self.request_id = request_id
        self.retryable = retryable


class InvalidCredentialsError(AuthenticationError):
    """The identity endpoint rejected the credentials (HTTP 400/401, ``ApiKeyInvalid``)."""


class WrongEnvironmentError(AuthenticationError):
    """HTTP 403 ``WrongEnviroment``: sandbox credentials on production or vice versa."""


class IdentityUnavailableError(AuthenticationError):
    """The identity endpoint could not be reached or answered 5xx; ``retryable`` is True."""


class NoGrantError(AuthenticationError):
    """No OAuth grant (refresh token) is known for the property.

    Send the property's user to :attr:`authorization_url`, keep :attr:`state`
    (for example in the user's session) and pass both to
    :meth:`TokenManager.exchange_code` when Octorate redirects back.

    Attributes:
        accommodation: the property id that has no grant, or None when an
            ``OAuthLogin`` operation without a property found no default grant.
        authorization_url: the consent URL for this application.
        state: the random ``state`` embedded in :attr:`authorization_url`.
    """

    def __init__(
        self,
        accommodation: str | None,
        *,
        authorization_url: str,
        state: str,
    ) -> None:
        target = (
            f"accommodation {accommodation!r}"
            if accommodation is not None
            else "operations without an accommodation (no default grant)"
        )
        msg = (
            f"no OAuth grant for {target}; send the property's user to the "
            f"authorization URL (NoGrantError.authorization_url)"
        )
        super().__init__(msg)
        self.accommodation = accommodation
        self.authorization_url = authorization_url
        self.state = state


class StateMismatchError(AuthenticationError):
    """The OAuth callback ``state`` does not match the one issued (possible CSRF)."""


class TokenRefreshError(AuthenticationError):
    """``POST /rest/v1/identity/refresh`` failed.

    Every task that was waiting for the same refresh receives the *same*
    instance. A later call starts a fresh refresh attempt.
    """


class TokenStoreError(OctorateError):
    """A token store could not be read or written (I/O, Redis or lock failure)."""


class InsecureTokenFileError(TokenStoreError):
    """The token file can be read or written by group or others (or another user).

    The file is left untouched; fix it with ``chmod 600 <path>`` (after checking
    nobody else has read it: if so, revoke the grants with Octorate).
    """


class CorruptTokenFileError(TokenStoreError):
    """The token file exists but is not a valid token document.

    The store refuses to read *and* to write it, so no grant is ever lost by
    silently overwriting a file it could not parse. Repair or move the file.
    """
