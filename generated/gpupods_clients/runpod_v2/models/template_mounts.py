from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.persistent_mount import PersistentMount


T = TypeVar("T", bound="TemplateMounts")


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
        from ..models.persistent_mount import PersistentMount  # noqa: PLC0415

        d = dict(src_dict)
        _persistent = d.pop("persistent", UNSET)
        persistent: PersistentMount | Unset
        if isinstance(_persistent, Unset):
            persistent = UNSET
        else:
            persistent = PersistentMount.from_dict(_persistent)

        template_mounts = cls(
            persistent=persistent,
        )

        template_mounts.additional_properties = d
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
