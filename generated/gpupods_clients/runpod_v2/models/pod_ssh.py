from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PodSsh")

_FIELDS = frozenset(
    (
        "proxy",
        "direct",
    )
)


@_attrs_define
class PodSsh:
    """proxy goes through RunPod's SSH gateway (shell only); direct needs 22/tcp exposed on a running pod. Each is null
    when not possible.

    """

    proxy: None | PodSshEndpoint

    direct: None | PodSshEndpoint

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proxy: dict[str, Any] | None
        if isinstance(self.proxy, PodSshEndpoint):
            proxy = self.proxy.to_dict()
        else:
            proxy = self.proxy

        direct: dict[str, Any] | None
        if isinstance(self.direct, PodSshEndpoint):
            direct = self.direct.to_dict()
        else:
            direct = self.direct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proxy": proxy,
                "direct": direct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)
        _proxy = src_dict["proxy"]
        proxy: None | PodSshEndpoint
        if _proxy is None:
            proxy = _proxy
        else:
            try:
                if not isinstance(_proxy, dict):
                    raise TypeError()
                proxy = PodSshEndpoint.from_dict(_proxy)
            except (TypeError, ValueError, AttributeError, KeyError):
                proxy = _proxy

        _direct = src_dict["direct"]
        direct: None | PodSshEndpoint
        if _direct is None:
            direct = _direct
        else:
            try:
                if not isinstance(_direct, dict):
                    raise TypeError()
                direct = PodSshEndpoint.from_dict(_direct)
            except (TypeError, ValueError, AttributeError, KeyError):
                direct = _direct

        pod_ssh = cls(
            proxy,  # proxy
            direct,  # direct
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            pod_ssh.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return pod_ssh

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
from ..models.pod_ssh_endpoint import PodSshEndpoint  # noqa: E402
