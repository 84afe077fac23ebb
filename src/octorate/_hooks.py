"""The one hand-written module the generated models import: lazy parsing, safe reprs.

Every generated model derives from :class:`LazyModel`. Response bodies are wrapped with
``Model._from_json(raw)``, which checks that ``raw`` is a JSON object holding every
required key, keeps a reference to it and returns at once; each field is converted
(date-times, enums, nested models, lists of them) the first time it is read, then stored
in its slot, so the next read is a plain attribute read. A list of 50 reservations thus
costs 50 key checks at the call, and a caller who reads five fields of each pays for
those five, not for the ~120 the document declares. Equality, ``repr``, ``to_dict``,
pickling and ``attrs.evolve`` read every field, so they see exactly what eager parsing
would have produced.

``Model.from_dict(d)``, for callers' own dicts, stays eager: it converts everything at
once and keeps no reference to ``d``, so changing ``d`` afterwards changes nothing.

Errors:
    - ``KeyError(key)`` for a missing required key and ``TypeError`` when the value is
      not a mapping, at once, as the stock generator's parser did.
    - A value that does not fit its declared type raises
      :class:`~octorate.ResponseFieldError` when that field is first read; the value is
      kept (``ResponseFieldError.raw``) and nothing else of the object is lost.

Models built through ``__init__`` are ordinary attrs objects: every slot is filled, so
the lazy path never runs for them.

Reprs: credential and card fields use :func:`redacted_repr` and ``additional_properties``
uses :func:`redacted_mapping_repr` (chosen by the model template), so printing a model
never prints a secret.
"""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Callable, Container, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, ClassVar, Self

import attrs

__all__ = [
    "FieldTable",
    "LazyModel",
    "load_all",
    "materialize",
    "materialize_present",
    "partial_objects",
    "redacted_mapping_repr",
    "redacted_repr",
]

Loader = Callable[[Mapping[str, Any]], Any]


@attrs.frozen
class FieldTable:
    """What a generated model needs to parse itself lazily.

    Attributes:
        required: The JSON keys ``from_dict`` insists on.
        loaders: Python attribute name -> function turning the raw object into that
            attribute's value (``UNSET`` when an optional key is absent).
        load_all: Sets every field not named in its third argument, in one pass; the
            same conversions as ``loaders``, inlined.
        nested: The attributes that may hold models (directly, in a list or a dict).
        keys: Python attribute name -> JSON key, for error messages.
    """

    required: frozenset[str]
    loaders: Mapping[str, Loader]
    load_all: Callable[[Any, Mapping[str, Any], Container[str]], None]
    nested: tuple[str, ...]
    keys: Mapping[str, str]
    # Fetches every required key in C (KeyError if one is missing); None if there are none.
    require: Callable[[Mapping[str, Any]], object] | None = attrs.field(init=False)

    @require.default
    def _require(self) -> Callable[[Mapping[str, Any]], object] | None:
        return operator.itemgetter(*sorted(self.required)) if self.required else None


def _load_nothing(model: Any, raw: Mapping[str, Any], seen: Container[str]) -> None:
    return None


_EMPTY = FieldTable(frozenset(), {}, _load_nothing, (), {})


class LazyModel:
    """Base of the generated models: ``_from_json`` is O(1) in the number of fields.

    See the module docstring for the contract. State, in two slots: ``_octorate_raw``
    is the raw object while some field has not been converted (``None`` once all have,
    and for objects built by ``__init__``); ``_octorate_seen`` names the fields read or
    assigned one by one, which a bulk load (:func:`load_all`) must not overwrite.
    """

    __slots__ = ("_octorate_raw", "_octorate_seen")
    _octorate_raw: Mapping[str, Any] | None
    _octorate_seen: set[str] | None

    _octorate_fields: ClassVar[FieldTable] = _EMPTY

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from a decoded JSON object, converting every field now.

        For callers' own dicts: the result keeps no reference to ``src_dict`` (beyond
        the values of unknown keys, kept as ``additional_properties``), so changing the
        dict afterwards changes nothing. Responses use the lazy :meth:`_from_json`.

        Raises:
            TypeError: ``src_dict`` is not a mapping.
            KeyError: a required key is missing (the first one, in sorted order).
            ResponseFieldError: a value does not fit its field's type.
        """
        self = cls._from_json(src_dict)
        materialize(self, deep=True)
        return self

    @classmethod
    def _from_json(cls, raw: Mapping[str, Any]) -> Self:
        """Wrap JSON the SDK decoded and owns; fields are converted on first read.

        Keeps a reference to ``raw`` (no copy: nothing else holds it), checks that it
        is a mapping with every required key, and returns in O(1) of the field count.

        Raises:
            TypeError: ``raw`` is not a mapping.
            KeyError: a required key is missing (the first one, in sorted order).
        """
        if type(raw) is not dict and not isinstance(raw, Mapping):
            msg = f"{cls.__name__}: expected a JSON object, got {type(raw).__name__}"
            raise TypeError(msg)
        require = cls._octorate_fields.require
        if require is not None and not _partial.get():
            require(raw)  # KeyError: the first missing key, in sorted order
        self = _new(cls)
        _set(self, "_octorate_raw", raw)
        _set(self, "_octorate_seen", None)
        return self

    @classmethod
    def _from_json_list(cls, items: list[Any]) -> list[Self]:
        """``[cls._from_json(item) for item in items]``, in one loop (a page of 50).

        Raises:
            TypeError: ``items`` is not a list, or an item is not a mapping.
            KeyError: an item lacks a required key.
        """
        if type(items) is not list:
            msg = f"list of {cls.__name__}: expected a JSON array, got {type(items).__name__}"
            raise TypeError(msg)
        require = None if _partial.get() else cls._octorate_fields.require
        out: list[Self] = []
        append = out.append
        for raw in items:
            if type(raw) is not dict:
                append(cls._from_json(raw))  # a Mapping, or the precise TypeError
                continue
            if require is not None:
                require(raw)  # KeyError: the first missing key, in sorted order
            self = _new(cls)
            _set(self, "_octorate_raw", raw)
            _set(self, "_octorate_seen", None)
            append(self)
        return out

    def __attrs_pre_init__(self) -> None:
        # attrs calls this first in __init__: an object built from values is not lazy.
        _set(self, "_octorate_raw", None)
        _set(self, "_octorate_seen", None)

    def __setattr__(self, name: str, value: Any) -> None:
        if self._octorate_raw is not None:  # a field assigned before it was read
            _mark_seen(self, name)
        _set(self, name, value)

    def __delattr__(self, name: str) -> None:
        if self._octorate_raw is not None and name in type(self)._octorate_fields.loaders:
            # Deleting a field not read yet: it must not come back from the raw object.
            _mark_seen(self, name)
            with contextlib.suppress(AttributeError):  # never converted: the slot is empty
                object.__delattr__(self, name)
            return
        object.__delattr__(self, name)

    if not TYPE_CHECKING:  # keep attribute typos visible to type checkers

        def __getattr__(self, name: str) -> Any:
            # Only reached when the slot is empty: the field has not been read yet.
            if name in _STATE:  # unpickled or copied objects come back fully loaded
                return None
            loader = type(self)._octorate_fields.loaders.get(name)
            raw = self._octorate_raw
            seen = self._octorate_seen
            if loader is None or raw is None or (seen is not None and name in seen):
                msg = f"{type(self).__name__!r} object has no attribute {name!r}"
                raise AttributeError(msg, name=name, obj=self)
            try:
                value = loader(raw)
            except Exception as exc:
                raise _field_error(self, name, raw, exc) from exc
            _set(self, name, value)
            _mark_seen(self, name)
            return value


def redacted_repr(value: object) -> str:
    """The repr of a credential or card field: whether it is set, never its value."""
    if isinstance(value, str) and value:
        return "'<redacted>'"
    return repr(value)


def redacted_mapping_repr(value: object) -> str:
    """The repr of ``additional_properties``: values under credential-like keys masked,
    nested objects and arrays included (Octorate may add such members before the
    document names them). Which names are secret: :func:`octorate._logging.is_secret_name`,
    the vocabulary the log redaction uses."""
    from ._logging import is_secret_name  # the repr path only: keeps model imports light

    def mask(item: object) -> object:
        if isinstance(item, dict):
            return {
                k: "<redacted>" if v and isinstance(k, str) and is_secret_name(k) else mask(v)
                for k, v in item.items()
            }
        if isinstance(item, list):
            return [mask(v) for v in item]
        return item

    return repr(mask(value))


_partial: ContextVar[bool] = ContextVar("octorate_partial_objects", default=False)


@contextlib.contextmanager
def partial_objects() -> Iterator[None]:
    """Wrap JSON objects inside this block without checking their required keys.

    For responses the caller asked to trim (Octorate's ``fields=a,b,c``): the fields that
    came back read normally, and reading one that was left out raises
    :class:`~octorate.ResponseFieldError` ("missing key"). Applies to the objects created
    inside the block (the response and the items of its lists), not to nested objects
    converted later.
    """
    token = _partial.set(True)
    try:
        yield
    finally:
        _partial.reset(token)


_STATE = frozenset(LazyModel.__slots__)
_new = object.__new__
_set = object.__setattr__


def _mark_seen(model: LazyModel, name: str) -> None:
    seen = model._octorate_seen
    if seen is None:
        _set(model, "_octorate_seen", {name})
    else:
        seen.add(name)


def load_all(model: LazyModel) -> None:
    """Convert every field of ``model`` not yet read or assigned, in one pass.

    What ``to_dict`` and :func:`materialize` use: the same values the fields would get
    one by one, at about the cost of the stock generator's eager ``from_dict``.
    """
    raw = model._octorate_raw
    if raw is None:
        return
    table = type(model)._octorate_fields
    seen = model._octorate_seen or ()
    try:
        table.load_all(model, raw, seen)
    except Exception:
        # The error path only: find the field that fails, one loader at a time.
        for name, loader in table.loaders.items():
            try:
                loader(raw)
            except Exception as exc:
                raise _field_error(model, name, raw, exc) from exc
        raise
    _set(model, "_octorate_raw", None)
    _set(model, "_octorate_seen", None)


def _field_error(model: LazyModel, name: str, raw: Mapping[str, Any], exc: Exception) -> Exception:
    from ._errors import ResponseFieldError  # the error path only: keeps httpx off model imports

    table = type(model)._octorate_fields
    key = table.keys.get(name, name)
    value = raw.get(key)
    # The value itself stays out of the message (it may be a token); `raw` keeps it.
    if isinstance(exc, KeyError):
        problem = f"missing key {exc.args[0]!r}" if exc.args else "missing key"
    else:
        problem = f"{type(value).__name__} value does not fit ({type(exc).__name__})"
    msg = f"{type(model).__name__}.{name} (JSON {key!r}): {problem}"
    return ResponseFieldError(msg, model=type(model).__name__, field=name, key=key, raw=value)


def materialize(obj: object, *, deep: bool) -> None:
    """Read every field of ``obj`` now, so that a bad value raises here and not later.

    With ``deep=False`` only ``obj``'s own fields are converted: nested models are
    created (their required keys checked) but their fields stay lazy. With ``deep=True``
    nested models and the models inside lists and dicts are materialised too.
    Anything that is not a :class:`LazyModel` (or a list of them) is left alone.
    """
    if type(obj) is list:
        for item in obj:
            materialize(item, deep=deep)
        return
    if not isinstance(obj, LazyModel):
        return
    load_all(obj)
    if deep:
        for name in type(obj)._octorate_fields.nested:
            value = getattr(obj, name)
            if type(value) is dict:
                for item in value.values():
                    materialize(item, deep=True)
            elif type(value) is list or isinstance(value, LazyModel):
                materialize(value, deep=True)


def materialize_present(obj: object) -> None:
    """Like ``materialize(obj, deep=False)``, for a trimmed object: only the fields
    whose key came back are converted (one by one), the others stay unread."""
    if type(obj) is list:
        for item in obj:
            materialize_present(item)
        return
    if not isinstance(obj, LazyModel) or obj._octorate_raw is None:
        return
    raw = obj._octorate_raw
    for name, key in type(obj)._octorate_fields.keys.items():
        if key in raw:
            getattr(obj, name)
