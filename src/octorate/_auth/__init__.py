"""Authentication: the token manager, token stores and their errors.

See ``docs/auth.md`` for the flows. Everything public is re-exported here.
"""

from __future__ import annotations

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
from ._redis import RedisTokenStore
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
