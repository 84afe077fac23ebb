"""Asyncio-native SDK for the Octorate Connect API.

``import octorate`` is cheap: the public names below are imported on first use
(PEP 562), and generated models and operations load only when touched.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._auth import (
        AuthenticationError,
        FileTokenStore,
        InvalidCredentialsError,
        MemoryTokenStore,
        NoGrantError,
        RedisTokenStore,
        StateMismatchError,
        Token,
        TokenManager,
        TokenRefreshError,
        TokenStore,
        TokenStoreError,
        ValidationResult,
    )
    from ._client import APIResponse, Octorate, last_response
    from ._errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        BadRequest,
        DeadlineExceeded,
        Forbidden,
        LoginExpired,
        MethodNotAllowed,
        NotFound,
        OctorateError,
        PartnerServerError,
        QuotaExceeded,
        ResponseFieldError,
        ResponseValidationError,
        ServerError,
        Unauthorized,
        Unprocessable,
    )
    from ._options import RequestOptions
    from ._pagination import iter_pages, paginate
    from ._ratelimit import Limit, MemoryRateLimiter, RateLimiter, RateLimitUsage, RedisRateLimiter
    from ._retry import RetryPolicy

_EXPORTS = {
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APIResponse": "._client",
    "APITimeoutError": "._errors",
    "AuthenticationError": "._auth",
    "BadRequest": "._errors",
    "DeadlineExceeded": "._errors",
    "FileTokenStore": "._auth",
    "Forbidden": "._errors",
    "InvalidCredentialsError": "._auth",
    "Limit": "._ratelimit",
    "LoginExpired": "._errors",
    "MemoryRateLimiter": "._ratelimit",
    "MemoryTokenStore": "._auth",
    "MethodNotAllowed": "._errors",
    "NoGrantError": "._auth",
    "NotFound": "._errors",
    "Octorate": "._client",
    "OctorateError": "._errors",
    "PartnerServerError": "._errors",
    "QuotaExceeded": "._errors",
    "RateLimitUsage": "._ratelimit",
    "RateLimiter": "._ratelimit",
    "RedisRateLimiter": "._ratelimit",
    "RedisTokenStore": "._auth",
    "RequestOptions": "._options",
    "ResponseFieldError": "._errors",
    "ResponseValidationError": "._errors",
    "RetryPolicy": "._retry",
    "ServerError": "._errors",
    "StateMismatchError": "._auth",
    "Token": "._auth",
    "TokenManager": "._auth",
    "TokenRefreshError": "._auth",
    "TokenStore": "._auth",
    "TokenStoreError": "._auth",
    "Unauthorized": "._errors",
    "Unprocessable": "._errors",
    "ValidationResult": "._auth",
    "iter_pages": "._pagination",
    "last_response": "._client",
    "paginate": "._pagination",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequest",
    "DeadlineExceeded",
    "FileTokenStore",
    "Forbidden",
    "InvalidCredentialsError",
    "Limit",
    "LoginExpired",
    "MemoryRateLimiter",
    "MemoryTokenStore",
    "MethodNotAllowed",
    "NoGrantError",
    "NotFound",
    "Octorate",
    "OctorateError",
    "PartnerServerError",
    "QuotaExceeded",
    "RateLimitUsage",
    "RateLimiter",
    "RedisRateLimiter",
    "RedisTokenStore",
    "RequestOptions",
    "ResponseFieldError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "StateMismatchError",
    "Token",
    "TokenManager",
    "TokenRefreshError",
    "TokenStore",
    "TokenStoreError",
    "Unauthorized",
    "Unprocessable",
    "ValidationResult",
    "iter_pages",
    "last_response",
    "paginate",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        msg = f"module 'octorate' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
