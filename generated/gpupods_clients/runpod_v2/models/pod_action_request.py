from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.pod_action import PodAction

T = TypeVar("T", bound="PodActionRequest")

_FIELDS = frozenset(("action",))


@_attrs_define
class PodActionRequest:
    action: PodAction

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        pod_action_request = cls(
            src_dict["action"],  # action
        )
        return pod_action_request
