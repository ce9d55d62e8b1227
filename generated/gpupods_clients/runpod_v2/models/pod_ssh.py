from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pod_ssh_endpoint import PodSshEndpoint


T = TypeVar("T", bound="PodSsh")


@_attrs_define
class PodSsh:
    """proxy goes through RunPod's SSH gateway (shell only); direct needs 22/tcp exposed on a running pod. Each is null
    when not possible.

    """

    proxy: None | PodSshEndpoint
    direct: None | PodSshEndpoint
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pod_ssh_endpoint import PodSshEndpoint  # noqa: PLC0415

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
        from ..models.pod_ssh_endpoint import PodSshEndpoint  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_proxy(data: object) -> None | PodSshEndpoint:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_type_0 = PodSshEndpoint.from_dict(data)

                return proxy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PodSshEndpoint, data)

        proxy = _parse_proxy(d.pop("proxy"))

        def _parse_direct(data: object) -> None | PodSshEndpoint:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                direct_type_0 = PodSshEndpoint.from_dict(data)

                return direct_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PodSshEndpoint, data)

        direct = _parse_direct(d.pop("direct"))

        pod_ssh = cls(
            proxy=proxy,
            direct=direct,
        )

        pod_ssh.additional_properties = d
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
