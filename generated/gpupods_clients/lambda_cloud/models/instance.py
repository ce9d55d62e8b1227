from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_status import InstanceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Instance")

_FIELDS = frozenset(
    (
        "id",
        "status",
        "ssh_key_names",
        "file_system_names",
        "region",
        "instance_type",
        "actions",
        "name",
        "ip",
        "private_ip",
        "file_system_mounts",
        "hostname",
        "jupyter_token",
        "jupyter_url",
        "tags",
        "firewall_rulesets",
        "image",
    )
)


@_attrs_define
class Instance:
    """A virtual machine of the account."""

    id: str
    """ The instance's id (32 hexadecimal digits). """

    status: InstanceStatus
    """ Where the instance is in its life: `booting` after launch (and restart), `active` when up, `unhealthy` when
    up but failing Lambda's health checks, `terminating` then `terminated` after terminate; `preempted` is listed
    but not documented. """

    ssh_key_names: list[str]
    """ The SSH keys the instance was launched with. """

    file_system_names: list[str]
    """ The filesystems mounted (empty when none). """

    region: Region
    """ A region. """

    instance_type: InstanceType
    """ A kind of machine that can be launched. """

    actions: InstanceActionAvailability
    """ Which actions the instance allows right now. """

    name: str | Unset = UNSET
    """ The display name; absent or empty when none was given. """

    ip: str | Unset = UNSET
    """ The public IPv4 address; absent while the instance boots. """

    private_ip: str | Unset = UNSET
    """ The private IPv4 address. """

    file_system_mounts: list[FilesystemMountEntry] | Unset = UNSET
    """ Where each filesystem is mounted; absent when none is. """

    hostname: str | Unset = UNSET
    """ A host name that resolves to the instance's IP address. """

    jupyter_token: str | Unset = UNSET
    """ The token of the instance's JupyterLab. """

    jupyter_url: str | Unset = UNSET
    """ The address of the instance's JupyterLab. """

    tags: list[TagEntry] | Unset = UNSET
    """ The instance's key/value labels. """

    firewall_rulesets: list[FirewallRulesetEntry] | Unset = UNSET
    """ The rulesets attached. """

    image: InstanceInstanceImage | Unset = UNSET
    """ The machine image the instance was launched from. Sent by Lambda's later revision of the API, not in the
    published file (see SOURCE.md). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        ssh_key_names = self.ssh_key_names

        file_system_names = self.file_system_names

        region = self.region.to_dict()

        instance_type = self.instance_type.to_dict()

        actions = self.actions.to_dict()

        name = self.name

        ip = self.ip

        private_ip = self.private_ip

        file_system_mounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_system_mounts, Unset):
            file_system_mounts = []
            for file_system_mounts_item_data in self.file_system_mounts:
                file_system_mounts_item = file_system_mounts_item_data.to_dict()
                file_system_mounts.append(file_system_mounts_item)

        hostname = self.hostname

        jupyter_token = self.jupyter_token

        jupyter_url = self.jupyter_url

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

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "ssh_key_names": ssh_key_names,
                "file_system_names": file_system_names,
                "region": region,
                "instance_type": instance_type,
                "actions": actions,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if ip is not UNSET:
            field_dict["ip"] = ip
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if file_system_mounts is not UNSET:
            field_dict["file_system_mounts"] = file_system_mounts
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if jupyter_token is not UNSET:
            field_dict["jupyter_token"] = jupyter_token
        if jupyter_url is not UNSET:
            field_dict["jupyter_url"] = jupyter_url
        if tags is not UNSET:
            field_dict["tags"] = tags
        if firewall_rulesets is not UNSET:
            field_dict["firewall_rulesets"] = firewall_rulesets
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        instance = cls(
            src_dict["id"],  # id
            src_dict["status"],  # status
            src_dict["ssh_key_names"],  # ssh_key_names
            src_dict["file_system_names"],  # file_system_names
            Region.from_dict(src_dict["region"]),  # region
            InstanceType.from_dict(src_dict["instance_type"]),  # instance_type
            InstanceActionAvailability.from_dict(src_dict["actions"]),  # actions
            src_dict.get("name", UNSET),  # name
            src_dict.get("ip", UNSET),  # ip
            src_dict.get("private_ip", UNSET),  # private_ip
            [
                FilesystemMountEntry.from_dict(item0)
                for item0 in src_dict["file_system_mounts"]
            ]
            if "file_system_mounts" in src_dict
            else UNSET,  # file_system_mounts
            src_dict.get("hostname", UNSET),  # hostname
            src_dict.get("jupyter_token", UNSET),  # jupyter_token
            src_dict.get("jupyter_url", UNSET),  # jupyter_url
            [TagEntry.from_dict(item0) for item0 in src_dict["tags"]]
            if "tags" in src_dict
            else UNSET,  # tags
            [
                FirewallRulesetEntry.from_dict(item0)
                for item0 in src_dict["firewall_rulesets"]
            ]
            if "firewall_rulesets" in src_dict
            else UNSET,  # firewall_rulesets
            InstanceInstanceImage.from_dict(src_dict["image"])
            if "image" in src_dict
            else UNSET,  # image
        )
        if len(src_dict) > 7 and not _FIELDS.issuperset(src_dict):
            instance.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance

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
from ..models.filesystem_mount_entry import FilesystemMountEntry  # noqa: E402
from ..models.firewall_ruleset_entry import FirewallRulesetEntry  # noqa: E402
from ..models.instance_action_availability import (
    InstanceActionAvailability,  # noqa: E402
)
from ..models.instance_instance_image import InstanceInstanceImage  # noqa: E402
from ..models.instance_type import InstanceType  # noqa: E402
from ..models.region import Region  # noqa: E402
from ..models.tag_entry import TagEntry  # noqa: E402
