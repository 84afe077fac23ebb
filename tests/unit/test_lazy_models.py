# ruff: noqa: S301  (pickle round trips of our own objects)
"""Generated models parse lazily (octorate._hooks): _from_json checks the required keys,
fields convert on first read, and nothing a caller reads, assigns or mutates is lost;
from_dict, for callers' own dicts, converts everything at once."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from typing import Any

import attrs
import pytest

from octorate import ResponseFieldError
from octorate._generated.models import (
    ApiReservationGuestDTO,
    ApiReservationGuestDTOType,
    ApiReservationRespDTO,
    ApiReservationRespDTOList,
    ApiReservationRespDTOStatus,
)
from octorate._generated.types import UNSET
from octorate._hooks import load_all, materialize

GUEST = {
    "type": "BOOKER",
    "givenName": "Mario",
    "familyName": "Rossi",
    "checkin": "2020-07-06",
    "checkout": "2020-07-14",
    "birthDate": "1980-02-03",
}
RESERVATION: dict[str, Any] = {
    "id": 9,
    "refer": "A2DD123_AA2211",
    "channelId": 142,
    "product": 1,
    "roomGross": 120.5,
    "checkin": "2020-07-06T22:00:00Z[UTC]",
    "checkout": "2020-07-14T07:00:00Z[UTC]",
    "createTime": "2023-11-24T00:54:07.922Z[UTC]",
    "updateTime": "2023-11-24T00:54:07Z",
    "guests": [GUEST],
    "totalGuest": 1,
    "totalChildren": 0,
    "totalInfants": 0,
    "status": "CONFIRMED",
    "somethingNew": {"added": "later"},
}


def _raw(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(RESERVATION), **changes}


class TestFromDict:
    def test_returns_without_converting_and_converts_on_first_read(self) -> None:
        """A bad value in a field nobody reads costs nothing and raises nothing."""
        r = ApiReservationRespDTO._from_json(_raw(checkout="not a date"))
        assert r.refer == "A2DD123_AA2211"
        assert r.checkin == dt.datetime(2020, 7, 6, 22, tzinfo=dt.UTC)
        assert r.status is ApiReservationRespDTOStatus.CONFIRMED
        assert r.guests[0].type_ is ApiReservationGuestDTOType.BOOKER
        assert r.guests[0].birth_date == dt.date(1980, 2, 3)
        assert r.cleaning_fee is UNSET  # optional and absent

    def test_missing_required_key_raises_key_error_at_once(self) -> None:
        raw = _raw()
        del raw["channelId"]
        with pytest.raises(KeyError, match="channelId"):
            ApiReservationRespDTO._from_json(raw)

    def test_not_a_mapping_raises_type_error(self) -> None:
        with pytest.raises(TypeError, match="ApiReservationRespDTO: expected a JSON object, got list"):
            ApiReservationRespDTO._from_json([1, 2])  # type: ignore[arg-type]



class TestPublicFromDictIsEager:
    def test_caller_mutating_its_dict_afterwards_changes_nothing(self) -> None:
        raw = _raw()
        r = ApiReservationRespDTO.from_dict(raw)
        raw["refer"] = "CHANGED"
        raw["guests"][0]["familyName"] = "CHANGED"
        raw["checkin"] = "not a date"
        assert r.refer == "A2DD123_AA2211"
        assert r.guests[0].family_name == "Rossi"
        assert r.checkin == dt.datetime(2020, 7, 6, 22, tzinfo=dt.UTC)

    def test_a_bad_value_anywhere_raises_at_once(self) -> None:
        guest = {**GUEST, "birthDate": "yesterday"}
        with pytest.raises(ResponseFieldError) as info:
            ApiReservationRespDTO.from_dict(_raw(guests=[guest]))
        assert (info.value.model, info.value.field) == ("ApiReservationGuestDTO", "birth_date")

    def test_same_result_as_the_lazy_path(self) -> None:
        assert ApiReservationRespDTO.from_dict(_raw()) == ApiReservationRespDTO._from_json(_raw())


class TestAccess:

    def test_unknown_attribute_is_an_attribute_error(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw())
        assert not hasattr(r, "no_such_field")
        with pytest.raises(AttributeError, match="no_such_field"):
            r.no_such_field  # type: ignore[attr-defined]  # noqa: B018

    def test_unknown_keys_are_kept_as_additional_properties(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw())
        assert r.additional_properties == {"somethingNew": {"added": "later"}}
        assert r["somethingNew"] == {"added": "later"}


class TestBadValues:
    def test_bad_value_raises_a_typed_error_naming_model_and_field(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw(checkout="not a date"))
        with pytest.raises(ResponseFieldError) as info:
            r.checkout  # noqa: B018
        err = info.value
        assert (err.model, err.field, err.key, err.raw) == (
            "ApiReservationRespDTO", "checkout", "checkout", "not a date")
        assert str(err) == (
            "ApiReservationRespDTO.checkout (JSON 'checkout'): str value does not fit (ValueError)")
        assert isinstance(err, ValueError)
        assert r.refer == "A2DD123_AA2211"  # the rest of the object still reads

    def test_the_value_stays_out_of_the_message(self) -> None:
        secret = "eyJhbGciOiJIUzI1NiJ9.secret-token-value"
        r = ApiReservationRespDTO._from_json(_raw(checkin=secret))
        with pytest.raises(ResponseFieldError) as info:
            r.checkin  # noqa: B018
        assert secret not in str(info.value) and secret not in repr(info.value)
        assert info.value.raw == secret

    def test_nested_item_missing_a_required_key(self) -> None:
        guest = dict(GUEST)
        del guest["familyName"]
        r = ApiReservationRespDTO._from_json(_raw(guests=[guest]))
        with pytest.raises(ResponseFieldError, match=r"guests \(JSON 'guests'\): missing key 'familyName'"):
            r.guests  # noqa: B018

    def test_bulk_load_names_the_failing_field(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw(updateTime=12))
        with pytest.raises(ResponseFieldError) as info:
            r.to_dict()
        assert info.value.field == "update_time"
        with pytest.raises(ResponseFieldError):
            materialize(r, deep=True)


class TestSameValuesAsEager:
    def test_field_by_field_equals_bulk_and_round_trips(self) -> None:
        one = ApiReservationRespDTO._from_json(_raw())
        for name in attrs.fields_dict(ApiReservationRespDTO):
            getattr(one, name)
        bulk = ApiReservationRespDTO._from_json(_raw())
        materialize(bulk, deep=True)
        untouched = ApiReservationRespDTO._from_json(_raw())
        assert one == bulk == untouched  # eq reads every field of the lazy one
        assert one.to_dict() == bulk.to_dict() == untouched.to_dict()
        again = ApiReservationRespDTO._from_json(one.to_dict())
        assert again == one
        assert repr(again) == repr(one)

    def test_equal_to_a_model_built_from_values(self) -> None:
        built = ApiReservationGuestDTO(
            type_=ApiReservationGuestDTOType.BOOKER, given_name="Mario", family_name="Rossi",
            checkin="2020-07-06", checkout="2020-07-14", birth_date=dt.date(1980, 2, 3))
        assert ApiReservationGuestDTO.from_dict(GUEST) == built
        assert built.to_dict() == GUEST


class TestNothingIsLost:
    def test_assigned_before_read_survives_bulk_load(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw())
        r.private_notes = "late arrival"
        r.refer = "NEW"
        materialize(r, deep=True)
        assert (r.private_notes, r.refer) == ("late arrival", "NEW")
        assert r.to_dict()["privateNotes"] == "late arrival"

    def test_mutated_nested_object_keeps_its_identity(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw())
        guests = r.guests
        guests[0].family_name = "Bianchi"
        load_all(r)
        assert r.guests is guests
        assert r.to_dict()["guests"][0]["familyName"] == "Bianchi"

    def test_deleted_field_is_not_reloaded(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw())
        del r.refer
        with pytest.raises(AttributeError):
            r.refer  # noqa: B018

    def test_pickle_copy_and_evolve(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw())
        assert pickle.loads(pickle.dumps(r)) == r
        assert copy.deepcopy(r) == r
        evolved = attrs.evolve(r, refer="X")
        assert evolved.refer == "X" and evolved.checkin == r.checkin
        restored = pickle.loads(pickle.dumps(ApiReservationRespDTO._from_json(_raw())))
        restored.refer = "Y"  # a restored object is fully loaded; assignment just works
        assert restored.to_dict()["refer"] == "Y"
        assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET
        assert repr(UNSET) == "UNSET"

    def test_models_built_from_values_are_plain(self) -> None:
        guest = ApiReservationGuestDTO(
            type_=ApiReservationGuestDTOType.GUEST, given_name="A", family_name="B",
            checkin="2020-07-06", checkout="2020-07-07")
        guest.email = "a@example.com"
        assert guest.to_dict()["email"] == "a@example.com"
        assert guest.id is UNSET


def test_list_envelope_creates_items_on_first_read_of_data() -> None:
    page = ApiReservationRespDTOList._from_json(
        {"data": [_raw(), _raw(id=10)], "page": {"page": 0, "totalPages": 1}})
    assert [r.id for r in page.data] == [9, 10]
    assert page.page.total_pages == 1


class TestListOfModels:
    def test_items_are_wrapped_and_checked_in_one_pass(self) -> None:
        guests = ApiReservationGuestDTO._from_json_list([GUEST, {**GUEST, "givenName": "Anna"}])
        assert [g.given_name for g in guests] == ["Mario", "Anna"]

    def test_not_a_list(self) -> None:
        with pytest.raises(TypeError, match="list of ApiReservationGuestDTO: expected a JSON array, got dict"):
            ApiReservationGuestDTO._from_json_list(GUEST)  # type: ignore[arg-type]

    def test_an_item_that_is_not_an_object(self) -> None:
        with pytest.raises(TypeError, match="expected a JSON object, got str"):
            ApiReservationGuestDTO._from_json_list([GUEST, "guest"])

    def test_an_item_missing_required_keys_names_the_first_in_sorted_order(self) -> None:
        partial = {k: v for k, v in GUEST.items() if k not in ("givenName", "checkout")}
        with pytest.raises(KeyError) as info:
            ApiReservationGuestDTO._from_json_list([GUEST, partial])
        assert info.value.args == ("checkout",)


class TestSecretsStayOutOfReprs:
    SECRET = "s3cr3t-value-never-printed"

    def test_oauth_tokens_client_secret_and_code(self) -> None:
        from octorate._generated.models import OAuthIdentity, TokenBody

        identity = OAuthIdentity._from_json(
            {"accessToken": self.SECRET, "refreshToken": self.SECRET + "-r"})
        body = TokenBody(client_id="public_x", client_secret=self.SECRET, code=self.SECRET,
                         redirect_uri="https://example.com/back")
        for model in (identity, body):
            text = repr(model)
            assert self.SECRET not in text and "'<redacted>'" in text
        assert body.to_dict()["code"] == self.SECRET  # only the repr hides it
        assert "client_id='public_x'" in repr(body)

    def test_card_data(self) -> None:
        from octorate._generated.models import ReservationStreamCard

        card = ReservationStreamCard._from_json({"pan": "4111111111111111", "cvv": "737"})
        assert "4111111111111111" not in repr(card) and "737" not in repr(card)
        assert "token=UNSET" in repr(card)  # an absent secret still says so

    def test_every_credential_named_field_of_every_model_is_redacted(self) -> None:
        import importlib
        import pkgutil

        import octorate._generated.models as models_pkg
        from octorate._hooks import redacted_repr

        names = {"access_token", "refresh_token", "client_secret", "password", "token", "pan",
                 "cvv"}
        checked = 0
        for info in pkgutil.iter_modules(models_pkg.__path__):
            module = importlib.import_module(f"{models_pkg.__name__}.{info.name}")
            for cls in vars(module).values():
                if isinstance(cls, type) and attrs.has(cls) and cls.__module__ == module.__name__:
                    for field in attrs.fields(cls):
                        if field.name in names:
                            assert field.repr is redacted_repr, f"{cls.__name__}.{field.name}"
                            checked += 1
        assert checked >= 12

    def test_credential_like_unknown_members_are_masked(self) -> None:
        r = ApiReservationRespDTO._from_json(_raw(
            newPaymentToken=self.SECRET, vendorExtra={"apiKey": self.SECRET, "list": [{"password": "x"}]},
            harmless="visible"))
        text = repr(r)
        assert self.SECRET not in text and "'x'" not in text
        assert "'harmless': 'visible'" in text
        assert r.additional_properties["newPaymentToken"] == self.SECRET
