"""Every change the differ reports, by stable rule id.

Ids follow oasdiff's vocabulary where one exists (sdk-anchors.md §5.1); the
levels are what a *client* of the API (our generated SDK and its users) feels:

- ``breaking``: code that works today fails or misbehaves after the change.
- ``warning``: it may, depending on how the client uses the data.
- ``info``: nothing a client must do.

``documentation-changed`` is counted in every report but listed one by one only
with ``--verbose``.
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["LEVELS", "RULES", "Level", "level_of"]

Level = Literal["breaking", "warning", "info"]
LEVELS: Final[tuple[Level, ...]] = ("breaking", "warning", "info")

B: Final = "breaking"
W: Final = "warning"
I: Final = "info"  # noqa: E741 - mirrors B and W

RULES: Final[dict[str, tuple[Level, str]]] = {
    # operations
    "operation-removed": (B, "an operation was removed"),
    "operation-added": (I, "an operation was added"),
    "operation-id-changed": (B, "the operationId (the SDK method name) changed"),
    "operation-deprecated": (I, "an operation became deprecated"),
    "operation-security-changed": (B, "a security requirement the operation accepted is gone"),
    "operation-security-alternative-added": (I, "the operation accepts one more security option"),
    "request-path-parameter-renamed": (
        B,
        "a path parameter was renamed (same method and path shape); the SDK argument name changes",
    ),
    # parameters
    "request-parameter-removed": (W, "a request parameter was removed"),
    "request-parameter-required-added": (B, "a required request parameter was added"),
    "request-parameter-optional-added": (I, "an optional request parameter was added"),
    "request-parameter-became-required": (B, "an optional request parameter became required"),
    "request-parameter-became-optional": (I, "a required request parameter became optional"),
    "request-parameter-deprecated": (I, "a request parameter became deprecated"),
    "request-parameter-type-changed": (B, "a request parameter's type changed"),
    "request-parameter-format-changed": (B, "a request parameter's format changed"),
    "request-parameter-enum-value-removed": (B, "a request parameter no longer accepts a value"),
    "request-parameter-enum-value-added": (I, "a request parameter accepts one more value"),
    "request-parameter-enum-restricted": (B, "a free request parameter became an enum"),
    "request-parameter-enum-relaxed": (I, "a request parameter is no longer an enum"),
    "request-parameter-became-nullable": (I, "a request parameter accepts null"),
    "request-parameter-became-not-nullable": (B, "a request parameter no longer accepts null"),
    "request-parameter-variants-changed": (B, "a request parameter's oneOf/anyOf changed"),
    # request body
    "request-body-added-required": (B, "a required request body was added"),
    "request-body-added-optional": (I, "an optional request body was added"),
    "request-body-removed": (W, "the request body was removed"),
    "request-body-became-required": (B, "the request body became required"),
    "request-body-became-optional": (I, "the request body became optional"),
    "request-body-media-type-removed": (B, "a request body media type was removed"),
    "request-body-media-type-added": (I, "a request body media type was added"),
    "request-body-schema-replaced": (B, "the request body schema's type changed"),
    "request-schema-ref-changed": (W, "a request schema now names another component (model)"),
    # request properties
    "request-property-removed": (W, "a request property was removed"),
    "request-property-required-added": (B, "a required request property was added"),
    "request-property-optional-added": (I, "an optional request property was added"),
    "request-property-became-required": (B, "an optional request property became required"),
    "request-property-became-optional": (I, "a required request property became optional"),
    "request-property-type-changed": (B, "a request property's type changed"),
    "request-property-format-changed": (B, "a request property's format changed"),
    "request-property-enum-value-removed": (B, "a request property no longer accepts a value"),
    "request-property-enum-value-added": (I, "a request property accepts one more value"),
    "request-property-enum-restricted": (B, "a free request property became an enum"),
    "request-property-enum-relaxed": (I, "a request property is no longer an enum"),
    "request-property-became-nullable": (I, "a request property accepts null"),
    "request-property-became-not-nullable": (B, "a request property no longer accepts null"),
    "request-property-variants-changed": (B, "a request property's oneOf/anyOf changed"),
    # responses
    "response-success-status-removed": (B, "a success status was removed"),
    "response-success-status-added": (I, "a success status was added"),
    "response-non-success-status-removed": (I, "an error status was removed"),
    "response-non-success-status-added": (I, "an error status was added"),
    "response-media-type-removed": (B, "a response media type was removed"),
    "response-media-type-added": (I, "a response media type was added"),
    "response-schema-replaced": (B, "the response schema's type changed"),
    "response-schema-ref-changed": (W, "a response schema now names another component (model)"),
    "response-header-removed": (W, "a response header was removed"),
    "response-header-added": (I, "a response header was added"),
    # response properties
    "response-property-removed": (B, "a response property was removed"),
    "response-property-added": (I, "a response property was added"),
    "response-property-type-changed": (B, "a response property's type changed"),
    "response-property-format-changed": (B, "a response property's format changed"),
    "response-property-enum-value-added": (W, "a response property may carry a new value"),
    "response-property-enum-value-removed": (I, "a response property no longer carries a value"),
    "response-property-enum-restricted": (I, "a free response property became an enum"),
    "response-property-enum-relaxed": (W, "a response property is no longer an enum"),
    "response-property-became-optional": (W, "a required response property became optional"),
    "response-property-became-required": (I, "an optional response property became required"),
    "response-property-became-nullable": (W, "a response property may now be null"),
    "response-property-became-not-nullable": (I, "a response property is never null now"),
    "response-property-variants-changed": (B, "a response property's oneOf/anyOf changed"),
    # not tied to one operation
    "security-scheme-removed": (B, "a security scheme definition was removed"),
    "security-scheme-added": (I, "a security scheme definition was added"),
    "security-scheme-changed": (
        W,
        "a security scheme definition changed (type, flows, URLs, scopes)",
    ),
    "api-version-changed": (I, "info.version changed"),
    # prose
    "documentation-changed": (I, "a description, summary, title or example changed"),
}


def level_of(rule_id: str) -> Level:
    """The level of a rule; KeyError for an unknown id (a bug in the differ)."""
    return RULES[rule_id][0]
