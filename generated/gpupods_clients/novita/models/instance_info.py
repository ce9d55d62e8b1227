from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_mode import BillingMode
from ..models.instance_status import InstanceStatus
from ..models.spot_status import SpotStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceInfo")

_FIELDS = frozenset(
    (
        "id",
        "name",
        "clusterId",
        "status",
        "imageUrl",
        "cpuNum",
        "memory",
        "gpuNum",
        "productId",
        "productName",
        "rootfsSize",
        "billingMode",
        "clusterName",
        "statusError",
        "imageAuthId",
        "command",
        "portMappings",
        "volumeMounts",
        "network",
        "envs",
        "kind",
        "endTime",
        "spotStatus",
        "spotReclaimTime",
        "connectComponentSSH",
        "connectComponentWebTerminal",
        "connectComponentJupyter",
        "connectComponentLog",
        "node",
        "jobs",
        "freeStorageSize",
        "keepDataDay",
    )
)


@_attrs_define
class InstanceInfo:
    """An instance; list answers carry a subset of these fields."""

    id: str

    name: str

    cluster_id: str

    status: InstanceStatus
    """ Lifecycle state; toX values are queued transitions, Xing values are in progress. """

    image_url: str

    cpu_num: str
    """ A number, sent as a string. """

    memory: str
    """ GB, sent as a string. """

    gpu_num: str
    """ A number, sent as a string. """

    product_id: str

    product_name: str

    rootfs_size: int

    billing_mode: BillingMode

    cluster_name: None | str | Unset = UNSET

    status_error: None | StatusError | Unset = UNSET

    image_auth_id: None | str | Unset = UNSET

    command: None | str | Unset = UNSET

    port_mappings: list[PortMapping] | None | Unset = UNSET

    volume_mounts: list[VolumeMount] | None | Unset = UNSET

    network: InstanceNetwork | None | Unset = UNSET

    envs: list[InstanceEnv] | None | Unset = UNSET

    kind: None | str | Unset = UNSET

    end_time: None | str | Unset = UNSET
    """ Subscription end; "-1" for pay-as-you-go. """

    spot_status: None | SpotStatus | Unset = UNSET

    spot_reclaim_time: None | str | Unset = UNSET

    connect_component_ssh: ConnectSSH | None | Unset = UNSET

    connect_component_web_terminal: ConnectWebTerminal | None | Unset = UNSET

    connect_component_jupyter: ConnectJupyter | None | Unset = UNSET

    connect_component_log: ConnectLog | None | Unset = UNSET

    node: list[InstanceNode] | None | Unset = UNSET

    jobs: list[InstanceJob] | None | Unset = UNSET

    free_storage_size: int | None | Unset = UNSET

    keep_data_day: int | None | Unset = UNSET
    """ Days the data is kept after a stop. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cluster_id = self.cluster_id

        status: str = self.status

        image_url = self.image_url

        cpu_num = self.cpu_num

        memory = self.memory

        gpu_num = self.gpu_num

        product_id = self.product_id

        product_name = self.product_name

        rootfs_size = self.rootfs_size

        billing_mode: str = self.billing_mode

        cluster_name: None | str | Unset
        if isinstance(self.cluster_name, Unset):
            cluster_name = UNSET
        else:
            cluster_name = self.cluster_name

        status_error: dict[str, Any] | None | Unset
        if isinstance(self.status_error, Unset):
            status_error = UNSET
        elif isinstance(self.status_error, StatusError):
            status_error = self.status_error.to_dict()
        else:
            status_error = self.status_error

        image_auth_id: None | str | Unset
        if isinstance(self.image_auth_id, Unset):
            image_auth_id = UNSET
        else:
            image_auth_id = self.image_auth_id

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        port_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.port_mappings, Unset):
            port_mappings = UNSET
        elif isinstance(self.port_mappings, list):
            port_mappings = []
            for port_mappings_type_0_item_data in self.port_mappings:
                port_mappings_type_0_item = port_mappings_type_0_item_data.to_dict()
                port_mappings.append(port_mappings_type_0_item)

        else:
            port_mappings = self.port_mappings

        volume_mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.volume_mounts, Unset):
            volume_mounts = UNSET
        elif isinstance(self.volume_mounts, list):
            volume_mounts = []
            for volume_mounts_type_0_item_data in self.volume_mounts:
                volume_mounts_type_0_item = volume_mounts_type_0_item_data.to_dict()
                volume_mounts.append(volume_mounts_type_0_item)

        else:
            volume_mounts = self.volume_mounts

        network: dict[str, Any] | None | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, InstanceNetwork):
            network = self.network.to_dict()
        else:
            network = self.network

        envs: list[dict[str, Any]] | None | Unset
        if isinstance(self.envs, Unset):
            envs = UNSET
        elif isinstance(self.envs, list):
            envs = []
            for envs_type_0_item_data in self.envs:
                envs_type_0_item = envs_type_0_item_data.to_dict()
                envs.append(envs_type_0_item)

        else:
            envs = self.envs

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        spot_status: None | str | Unset
        if isinstance(self.spot_status, Unset):
            spot_status = UNSET
        elif isinstance(self.spot_status, str):
            spot_status = self.spot_status
        else:
            spot_status = self.spot_status

        spot_reclaim_time: None | str | Unset
        if isinstance(self.spot_reclaim_time, Unset):
            spot_reclaim_time = UNSET
        else:
            spot_reclaim_time = self.spot_reclaim_time

        connect_component_ssh: dict[str, Any] | None | Unset
        if isinstance(self.connect_component_ssh, Unset):
            connect_component_ssh = UNSET
        elif isinstance(self.connect_component_ssh, ConnectSSH):
            connect_component_ssh = self.connect_component_ssh.to_dict()
        else:
            connect_component_ssh = self.connect_component_ssh

        connect_component_web_terminal: dict[str, Any] | None | Unset
        if isinstance(self.connect_component_web_terminal, Unset):
            connect_component_web_terminal = UNSET
        elif isinstance(self.connect_component_web_terminal, ConnectWebTerminal):
            connect_component_web_terminal = (
                self.connect_component_web_terminal.to_dict()
            )
        else:
            connect_component_web_terminal = self.connect_component_web_terminal

        connect_component_jupyter: dict[str, Any] | None | Unset
        if isinstance(self.connect_component_jupyter, Unset):
            connect_component_jupyter = UNSET
        elif isinstance(self.connect_component_jupyter, ConnectJupyter):
            connect_component_jupyter = self.connect_component_jupyter.to_dict()
        else:
            connect_component_jupyter = self.connect_component_jupyter

        connect_component_log: dict[str, Any] | None | Unset
        if isinstance(self.connect_component_log, Unset):
            connect_component_log = UNSET
        elif isinstance(self.connect_component_log, ConnectLog):
            connect_component_log = self.connect_component_log.to_dict()
        else:
            connect_component_log = self.connect_component_log

        node: list[dict[str, Any]] | None | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        elif isinstance(self.node, list):
            node = []
            for node_type_0_item_data in self.node:
                node_type_0_item = node_type_0_item_data.to_dict()
                node.append(node_type_0_item)

        else:
            node = self.node

        jobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.jobs, Unset):
            jobs = UNSET
        elif isinstance(self.jobs, list):
            jobs = []
            for jobs_type_0_item_data in self.jobs:
                jobs_type_0_item = jobs_type_0_item_data.to_dict()
                jobs.append(jobs_type_0_item)

        else:
            jobs = self.jobs

        free_storage_size: int | None | Unset
        if isinstance(self.free_storage_size, Unset):
            free_storage_size = UNSET
        else:
            free_storage_size = self.free_storage_size

        keep_data_day: int | None | Unset
        if isinstance(self.keep_data_day, Unset):
            keep_data_day = UNSET
        else:
            keep_data_day = self.keep_data_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "clusterId": cluster_id,
                "status": status,
                "imageUrl": image_url,
                "cpuNum": cpu_num,
                "memory": memory,
                "gpuNum": gpu_num,
                "productId": product_id,
                "productName": product_name,
                "rootfsSize": rootfs_size,
                "billingMode": billing_mode,
            }
        )
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if status_error is not UNSET:
            field_dict["statusError"] = status_error
        if image_auth_id is not UNSET:
            field_dict["imageAuthId"] = image_auth_id
        if command is not UNSET:
            field_dict["command"] = command
        if port_mappings is not UNSET:
            field_dict["portMappings"] = port_mappings
        if volume_mounts is not UNSET:
            field_dict["volumeMounts"] = volume_mounts
        if network is not UNSET:
            field_dict["network"] = network
        if envs is not UNSET:
            field_dict["envs"] = envs
        if kind is not UNSET:
            field_dict["kind"] = kind
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if spot_status is not UNSET:
            field_dict["spotStatus"] = spot_status
        if spot_reclaim_time is not UNSET:
            field_dict["spotReclaimTime"] = spot_reclaim_time
        if connect_component_ssh is not UNSET:
            field_dict["connectComponentSSH"] = connect_component_ssh
        if connect_component_web_terminal is not UNSET:
            field_dict["connectComponentWebTerminal"] = connect_component_web_terminal
        if connect_component_jupyter is not UNSET:
            field_dict["connectComponentJupyter"] = connect_component_jupyter
        if connect_component_log is not UNSET:
            field_dict["connectComponentLog"] = connect_component_log
        if node is not UNSET:
            field_dict["node"] = node
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if free_storage_size is not UNSET:
            field_dict["freeStorageSize"] = free_storage_size
        if keep_data_day is not UNSET:
            field_dict["keepDataDay"] = keep_data_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        _status_error = src_dict.get("statusError", UNSET)
        status_error: None | StatusError | Unset
        if _status_error is None or isinstance(_status_error, Unset):
            status_error = _status_error
        else:
            try:
                if not isinstance(_status_error, dict):
                    raise TypeError()
                status_error = StatusError.from_dict(_status_error)
            except (TypeError, ValueError, AttributeError, KeyError):
                status_error = _status_error

        _port_mappings = src_dict.get("portMappings", UNSET)
        port_mappings: list[PortMapping] | None | Unset
        if _port_mappings is None or isinstance(_port_mappings, Unset):
            port_mappings = _port_mappings
        else:
            try:
                if not isinstance(_port_mappings, list):
                    raise TypeError()
                port_mappings = [
                    PortMapping.from_dict(item0) for item0 in _port_mappings
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                port_mappings = _port_mappings

        _volume_mounts = src_dict.get("volumeMounts", UNSET)
        volume_mounts: list[VolumeMount] | None | Unset
        if _volume_mounts is None or isinstance(_volume_mounts, Unset):
            volume_mounts = _volume_mounts
        else:
            try:
                if not isinstance(_volume_mounts, list):
                    raise TypeError()
                volume_mounts = [
                    VolumeMount.from_dict(item0) for item0 in _volume_mounts
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                volume_mounts = _volume_mounts

        _network = src_dict.get("network", UNSET)
        network: InstanceNetwork | None | Unset
        if _network is None or isinstance(_network, Unset):
            network = _network
        else:
            try:
                if not isinstance(_network, dict):
                    raise TypeError()
                network = InstanceNetwork.from_dict(_network)
            except (TypeError, ValueError, AttributeError, KeyError):
                network = _network

        _envs = src_dict.get("envs", UNSET)
        envs: list[InstanceEnv] | None | Unset
        if _envs is None or isinstance(_envs, Unset):
            envs = _envs
        else:
            try:
                if not isinstance(_envs, list):
                    raise TypeError()
                envs = [InstanceEnv.from_dict(item0) for item0 in _envs]
            except (TypeError, ValueError, AttributeError, KeyError):
                envs = _envs

        _connect_component_ssh = src_dict.get("connectComponentSSH", UNSET)
        connect_component_ssh: ConnectSSH | None | Unset
        if _connect_component_ssh is None or isinstance(_connect_component_ssh, Unset):
            connect_component_ssh = _connect_component_ssh
        else:
            try:
                if not isinstance(_connect_component_ssh, dict):
                    raise TypeError()
                connect_component_ssh = ConnectSSH.from_dict(_connect_component_ssh)
            except (TypeError, ValueError, AttributeError, KeyError):
                connect_component_ssh = _connect_component_ssh

        _connect_component_web_terminal = src_dict.get(
            "connectComponentWebTerminal", UNSET
        )
        connect_component_web_terminal: ConnectWebTerminal | None | Unset
        if _connect_component_web_terminal is None or isinstance(
            _connect_component_web_terminal, Unset
        ):
            connect_component_web_terminal = _connect_component_web_terminal
        else:
            try:
                if not isinstance(_connect_component_web_terminal, dict):
                    raise TypeError()
                connect_component_web_terminal = ConnectWebTerminal.from_dict(
                    _connect_component_web_terminal
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                connect_component_web_terminal = _connect_component_web_terminal

        _connect_component_jupyter = src_dict.get("connectComponentJupyter", UNSET)
        connect_component_jupyter: ConnectJupyter | None | Unset
        if _connect_component_jupyter is None or isinstance(
            _connect_component_jupyter, Unset
        ):
            connect_component_jupyter = _connect_component_jupyter
        else:
            try:
                if not isinstance(_connect_component_jupyter, dict):
                    raise TypeError()
                connect_component_jupyter = ConnectJupyter.from_dict(
                    _connect_component_jupyter
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                connect_component_jupyter = _connect_component_jupyter

        _connect_component_log = src_dict.get("connectComponentLog", UNSET)
        connect_component_log: ConnectLog | None | Unset
        if _connect_component_log is None or isinstance(_connect_component_log, Unset):
            connect_component_log = _connect_component_log
        else:
            try:
                if not isinstance(_connect_component_log, dict):
                    raise TypeError()
                connect_component_log = ConnectLog.from_dict(_connect_component_log)
            except (TypeError, ValueError, AttributeError, KeyError):
                connect_component_log = _connect_component_log

        _node = src_dict.get("node", UNSET)
        node: list[InstanceNode] | None | Unset
        if _node is None or isinstance(_node, Unset):
            node = _node
        else:
            try:
                if not isinstance(_node, list):
                    raise TypeError()
                node = [InstanceNode.from_dict(item0) for item0 in _node]
            except (TypeError, ValueError, AttributeError, KeyError):
                node = _node

        _jobs = src_dict.get("jobs", UNSET)
        jobs: list[InstanceJob] | None | Unset
        if _jobs is None or isinstance(_jobs, Unset):
            jobs = _jobs
        else:
            try:
                if not isinstance(_jobs, list):
                    raise TypeError()
                jobs = [InstanceJob.from_dict(item0) for item0 in _jobs]
            except (TypeError, ValueError, AttributeError, KeyError):
                jobs = _jobs

        instance_info = cls(
            src_dict["id"],  # id
            src_dict["name"],  # name
            src_dict["clusterId"],  # cluster_id
            src_dict["status"],  # status
            src_dict["imageUrl"],  # image_url
            src_dict["cpuNum"],  # cpu_num
            src_dict["memory"],  # memory
            src_dict["gpuNum"],  # gpu_num
            src_dict["productId"],  # product_id
            src_dict["productName"],  # product_name
            src_dict["rootfsSize"],  # rootfs_size
            src_dict["billingMode"],  # billing_mode
            src_dict.get("clusterName", UNSET),  # cluster_name
            status_error,  # status_error
            src_dict.get("imageAuthId", UNSET),  # image_auth_id
            src_dict.get("command", UNSET),  # command
            port_mappings,  # port_mappings
            volume_mounts,  # volume_mounts
            network,  # network
            envs,  # envs
            src_dict.get("kind", UNSET),  # kind
            src_dict.get("endTime", UNSET),  # end_time
            src_dict.get("spotStatus", UNSET),  # spot_status
            src_dict.get("spotReclaimTime", UNSET),  # spot_reclaim_time
            connect_component_ssh,  # connect_component_ssh
            connect_component_web_terminal,  # connect_component_web_terminal
            connect_component_jupyter,  # connect_component_jupyter
            connect_component_log,  # connect_component_log
            node,  # node
            jobs,  # jobs
            src_dict.get("freeStorageSize", UNSET),  # free_storage_size
            src_dict.get("keepDataDay", UNSET),  # keep_data_day
        )
        if len(src_dict) > 12 and not _FIELDS.issuperset(src_dict):
            instance_info.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return instance_info

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
from ..models.connect_jupyter import ConnectJupyter  # noqa: E402
from ..models.connect_log import ConnectLog  # noqa: E402
from ..models.connect_ssh import ConnectSSH  # noqa: E402
from ..models.connect_web_terminal import ConnectWebTerminal  # noqa: E402
from ..models.instance_env import InstanceEnv  # noqa: E402
from ..models.instance_job import InstanceJob  # noqa: E402
from ..models.instance_network import InstanceNetwork  # noqa: E402
from ..models.instance_node import InstanceNode  # noqa: E402
from ..models.port_mapping import PortMapping  # noqa: E402
from ..models.status_error import StatusError  # noqa: E402
from ..models.volume_mount import VolumeMount  # noqa: E402
