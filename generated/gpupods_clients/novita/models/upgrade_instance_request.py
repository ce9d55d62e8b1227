from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar
    from ..models.upgrade_network_volume import UpgradeNetworkVolume


T = TypeVar("T", bound="UpgradeInstanceRequest")


@_attrs_define
class UpgradeInstanceRequest:
    instance_id: str
    image_url: str
    envs: list[EnvVar]
    command: str
    save: bool
    """ Keep the data disk across the re-image. """
    network_volume: UpgradeNetworkVolume
    image_auth_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        image_url = self.image_url

        envs = []
        for envs_item_data in self.envs:
            envs_item = envs_item_data.to_dict()
            envs.append(envs_item)

        command = self.command

        save = self.save

        network_volume = self.network_volume.to_dict()

        image_auth_id: None | str | Unset
        if isinstance(self.image_auth_id, Unset):
            image_auth_id = UNSET
        else:
            image_auth_id = self.image_auth_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceId": instance_id,
                "imageUrl": image_url,
                "envs": envs,
                "command": command,
                "save": save,
                "networkVolume": network_volume,
            }
        )
        if image_auth_id is not UNSET:
            field_dict["imageAuthId"] = image_auth_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_var import EnvVar  # noqa: PLC0415
        from ..models.upgrade_network_volume import (
            UpgradeNetworkVolume,  # noqa: PLC0415
        )

        d = dict(src_dict)
        instance_id = d.pop("instanceId")

        image_url = d.pop("imageUrl")

        envs = []
        _envs = d.pop("envs")
        for envs_item_data in _envs:
            envs_item = EnvVar.from_dict(envs_item_data)

            envs.append(envs_item)

        command = d.pop("command")

        save = d.pop("save")

        network_volume = UpgradeNetworkVolume.from_dict(d.pop("networkVolume"))

        def _parse_image_auth_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_auth_id = _parse_image_auth_id(d.pop("imageAuthId", UNSET))

        upgrade_instance_request = cls(
            instance_id=instance_id,
            image_url=image_url,
            envs=envs,
            command=command,
            save=save,
            network_volume=network_volume,
            image_auth_id=image_auth_id,
        )

        upgrade_instance_request.additional_properties = d
        return upgrade_instance_request

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
