from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateMounts")

_FIELDS = frozenset(("persistent",))


@_attrs_define
class TemplateMounts:
    """Storage of a template; only a persistent mount."""

    persistent: PersistentMount | Unset = UNSET
    """ A volume on the pod's own machine; lost if that machine fails, not for CPU pods. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        persistent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.persistent, Unset):
            persistent = self.persistent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if persistent is not UNSET:
            field_dict["persistent"] = persistent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        template_mounts = cls(
            PersistentMount.from_dict(src_dict["persistent"])
            if "persistent" in src_dict
            else UNSET,  # persistent
        )
        if len(src_dict) > 0 and not _FIELDS.issuperset(src_dict):
            template_mounts.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return template_mounts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.persistent_mount import PersistentMount  # noqa: E402
