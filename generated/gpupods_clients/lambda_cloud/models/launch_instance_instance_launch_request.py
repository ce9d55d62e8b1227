from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchInstanceInstanceLaunchRequest")

_FIELDS = frozenset(
    (
        "region_name",
        "instance_type_name",
        "ssh_key_names",
        "file_system_names",
        "file_system_mounts",
        "hostname",
        "name",
        "image",
        "user_data",
        "tags",
        "firewall_rulesets",
    )
)


@_attrs_define
class LaunchInstanceInstanceLaunchRequest:
    region_name: str
    """ The region code to launch in, such as `us-west-1`. """

    instance_type_name: str
    """ A key of the instance-type catalogue, such as `gpu_1x_a10`. """

    ssh_key_names: list[str]
    """ Names of SSH keys the instance accepts; exactly one is required today. """

    file_system_names: list[str] | Unset = UNSET
    """ Filesystems (same region) to mount at their default path `/lambda/nfs/<name>`. """

    file_system_mounts: list[RequestedFilesystemMountEntry] | Unset = UNSET
    """ Filesystems to mount at a chosen path; a filesystem named here and in `file_system_names` uses this path.
    """

    hostname: str | Unset = UNSET
    """ Written to /etc/hostname; without it a name derived from the IP address is used. """

    name: str | Unset = UNSET
    """ A display name (at most 64 characters). """

    image: ImageSpecificationFamily | ImageSpecificationID | Unset = UNSET
    """ The image to boot, by id or by family; the latest Lambda Stack when left out. """

    user_data: str | Unset = UNSET
    """ Plain-text cloud-init user data, at most 1 MB. """

    tags: list[RequestedTagEntry] | Unset = UNSET
    """ Key/value labels for the instance. """

    firewall_rulesets: list[FirewallRulesetEntry] | Unset = UNSET
    """ Rulesets (same region as the instance) to attach. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_name = self.region_name

        instance_type_name = self.instance_type_name

        ssh_key_names = self.ssh_key_names

        file_system_names: list[str] | Unset = UNSET
        if not isinstance(self.file_system_names, Unset):
            file_system_names = self.file_system_names

        file_system_mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_system_mounts, Unset):
            file_system_mounts = []
            for file_system_mounts_item_data in self.file_system_mounts:
                file_system_mounts_item = file_system_mounts_item_data.to_dict()
                file_system_mounts.append(file_system_mounts_item)

        hostname = self.hostname

        name = self.name

        image: dict[str, Any] | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageSpecificationID):
            image = self.image.to_dict()
        else:
            image = self.image.to_dict()

        user_data = self.user_data

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        firewall_rulesets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.firewall_rulesets, Unset):
            firewall_rulesets = []
            for firewall_rulesets_item_data in self.firewall_rulesets:
                firewall_rulesets_item = firewall_rulesets_item_data.to_dict()
                firewall_rulesets.append(firewall_rulesets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region_name": region_name,
                "instance_type_name": instance_type_name,
                "ssh_key_names": ssh_key_names,
            }
        )
        if file_system_names is not UNSET:
            field_dict["file_system_names"] = file_system_names
        if file_system_mounts is not UNSET:
            field_dict["file_system_mounts"] = file_system_mounts
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if name is not UNSET:
            field_dict["name"] = name
        if image is not UNSET:
            field_dict["image"] = image
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if tags is not UNSET:
            field_dict["tags"] = tags
        if firewall_rulesets is not UNSET:
            field_dict["firewall_rulesets"] = firewall_rulesets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _image = src_dict.get("image", UNSET)
        image: ImageSpecificationFamily | ImageSpecificationID | Unset
        if isinstance(_image, Unset):
            image = _image
        else:
            try:
                if not isinstance(_image, dict):
                    raise TypeError()
                image = ImageSpecificationID.from_dict(_image)
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_image, dict):
                    raise TypeError()
                image = ImageSpecificationFamily.from_dict(_image)

        launch_instance_instance_launch_request = cls(
            src_dict["region_name"],  # region_name
            src_dict["instance_type_name"],  # instance_type_name
            src_dict["ssh_key_names"],  # ssh_key_names
            src_dict.get("file_system_names", UNSET),  # file_system_names
            [
                RequestedFilesystemMountEntry.from_dict(item0)
                for item0 in src_dict["file_system_mounts"]
            ]
            if "file_system_mounts" in src_dict
            else UNSET,  # file_system_mounts
            src_dict.get("hostname", UNSET),  # hostname
            src_dict.get("name", UNSET),  # name
            image,  # image
            src_dict.get("user_data", UNSET),  # user_data
            [RequestedTagEntry.from_dict(item0) for item0 in src_dict["tags"]]
            if "tags" in src_dict
            else UNSET,  # tags
            [
                FirewallRulesetEntry.from_dict(item0)
                for item0 in src_dict["firewall_rulesets"]
            ]
            if "firewall_rulesets" in src_dict
            else UNSET,  # firewall_rulesets
        )
        if len(src_dict) > 3 and not _FIELDS.issuperset(src_dict):
            launch_instance_instance_launch_request.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return launch_instance_instance_launch_request

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
from ..models.firewall_ruleset_entry import FirewallRulesetEntry  # noqa: E402
from ..models.image_specification_family import ImageSpecificationFamily  # noqa: E402
from ..models.image_specification_id import ImageSpecificationID  # noqa: E402
from ..models.requested_filesystem_mount_entry import (
    RequestedFilesystemMountEntry,  # noqa: E402
)
from ..models.requested_tag_entry import RequestedTagEntry  # noqa: E402
