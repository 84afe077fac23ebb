"""Authentication: the token manager, token stores and their errors.

See ``docs/auth.md`` for the flows. Everything public is re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import (
    AuthenticationError,
    CorruptTokenFileError,
    IdentityUnavailableError,
    InsecureTokenFileError,
    InvalidCredentialsError,
    NoGrantError,
    StateMismatchError,
    TokenRefreshError,
    TokenStoreError,
    WrongEnvironmentError,
)
from ._identity import Send
from ._manager import (
    DEFAULT_AUTHORIZE_URL,
    DEFAULT_BASE_URL,
    TokenManager,
    TokenManagerStatistics,
    ValidationReason,
    ValidationResult,
    check_credentials,
)
from ._stores import FileTokenStore, MemoryTokenStore, TokenStore
from ._token import Token

__all__ = [
    "DEFAULT_AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "AuthenticationError",
    "CorruptTokenFileError",
    "FileTokenStore",
    "IdentityUnavailableError",
    "InsecureTokenFileError",
    "InvalidCredentialsError",
    "MemoryTokenStore",
    "NoGrantError",
    "RedisTokenStore",
    "Send",
    "StateMismatchError",
    "Token",
    "TokenManager",
    "TokenManagerStatistics",
    "TokenRefreshError",
    "TokenStore",
    "TokenStoreError",
    "ValidationReason",
    "ValidationResult",
    "WrongEnvironmentError",
    "check_credentials",
]

if TYPE_CHECKING:
    from ._redis import RedisTokenStore


def __getattr__(name: str) -> Any:
    # The Redis backend (an optional dependency) loads only when asked for.
    if name == "RedisTokenStore":
        from ._redis import RedisTokenStore

        return RedisTokenStore
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
