from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.pod_action import PodAction, check_pod_action

T = TypeVar("T", bound="PodActionRequest")


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
        d = dict(src_dict)
        action = check_pod_action(d.pop("action"))

        pod_action_request = cls(
            action=action,
        )

        return pod_action_request
