from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpgradeInstanceRequest")

_FIELDS = frozenset(
    (
        "instanceId",
        "imageUrl",
        "envs",
        "command",
        "save",
        "networkVolume",
        "imageAuthId",
    )
)


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
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        upgrade_instance_request = cls(
            src_dict["instanceId"],  # instance_id
            src_dict["imageUrl"],  # image_url
            [EnvVar.from_dict(item0) for item0 in src_dict["envs"]],  # envs
            src_dict["command"],  # command
            src_dict["save"],  # save
            UpgradeNetworkVolume.from_dict(src_dict["networkVolume"]),  # network_volume
            src_dict.get("imageAuthId", UNSET),  # image_auth_id
        )
        if len(src_dict) > 6 and not _FIELDS.issuperset(src_dict):
            upgrade_instance_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
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


# The models this one refers to, imported after the class so that models which refer to each
# other import in any order.
from ..models.env_var import EnvVar  # noqa: E402
from ..models.upgrade_network_volume import UpgradeNetworkVolume  # noqa: E402
