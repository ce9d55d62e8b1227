from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_mode import BillingMode, check_billing_mode
from ..models.instance_status import InstanceStatus, check_instance_status
from ..models.spot_status import SpotStatus, check_spot_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connect_jupyter import ConnectJupyter
    from ..models.connect_log import ConnectLog
    from ..models.connect_ssh import ConnectSSH
    from ..models.connect_web_terminal import ConnectWebTerminal
    from ..models.instance_env import InstanceEnv
    from ..models.instance_job import InstanceJob
    from ..models.instance_network import InstanceNetwork
    from ..models.instance_node import InstanceNode
    from ..models.port_mapping import PortMapping
    from ..models.status_error import StatusError
    from ..models.volume_mount import VolumeMount


T = TypeVar("T", bound="InstanceInfo")


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
        from ..models.connect_jupyter import ConnectJupyter  # noqa: PLC0415
        from ..models.connect_log import ConnectLog  # noqa: PLC0415
        from ..models.connect_ssh import ConnectSSH  # noqa: PLC0415
        from ..models.connect_web_terminal import ConnectWebTerminal  # noqa: PLC0415
        from ..models.instance_network import InstanceNetwork  # noqa: PLC0415
        from ..models.status_error import StatusError  # noqa: PLC0415

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
        from ..models.connect_jupyter import ConnectJupyter  # noqa: PLC0415
        from ..models.connect_log import ConnectLog  # noqa: PLC0415
        from ..models.connect_ssh import ConnectSSH  # noqa: PLC0415
        from ..models.connect_web_terminal import ConnectWebTerminal  # noqa: PLC0415
        from ..models.instance_env import InstanceEnv  # noqa: PLC0415
        from ..models.instance_job import InstanceJob  # noqa: PLC0415
        from ..models.instance_network import InstanceNetwork  # noqa: PLC0415
        from ..models.instance_node import InstanceNode  # noqa: PLC0415
        from ..models.port_mapping import PortMapping  # noqa: PLC0415
        from ..models.status_error import StatusError  # noqa: PLC0415
        from ..models.volume_mount import VolumeMount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        cluster_id = d.pop("clusterId")

        status = check_instance_status(d.pop("status"))

        image_url = d.pop("imageUrl")

        cpu_num = d.pop("cpuNum")

        memory = d.pop("memory")

        gpu_num = d.pop("gpuNum")

        product_id = d.pop("productId")

        product_name = d.pop("productName")

        rootfs_size = d.pop("rootfsSize")

        billing_mode = check_billing_mode(d.pop("billingMode"))

        def _parse_cluster_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_name = _parse_cluster_name(d.pop("clusterName", UNSET))

        def _parse_status_error(data: object) -> None | StatusError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_error_type_1 = StatusError.from_dict(data)

                return status_error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusError | Unset, data)

        status_error = _parse_status_error(d.pop("statusError", UNSET))

        def _parse_image_auth_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_auth_id = _parse_image_auth_id(d.pop("imageAuthId", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_port_mappings(data: object) -> list[PortMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                port_mappings_type_0 = []
                _port_mappings_type_0 = data
                for port_mappings_type_0_item_data in _port_mappings_type_0:
                    port_mappings_type_0_item = PortMapping.from_dict(
                        port_mappings_type_0_item_data
                    )

                    port_mappings_type_0.append(port_mappings_type_0_item)

                return port_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortMapping] | None | Unset, data)

        port_mappings = _parse_port_mappings(d.pop("portMappings", UNSET))

        def _parse_volume_mounts(data: object) -> list[VolumeMount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                volume_mounts_type_0 = []
                _volume_mounts_type_0 = data
                for volume_mounts_type_0_item_data in _volume_mounts_type_0:
                    volume_mounts_type_0_item = VolumeMount.from_dict(
                        volume_mounts_type_0_item_data
                    )

                    volume_mounts_type_0.append(volume_mounts_type_0_item)

                return volume_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VolumeMount] | None | Unset, data)

        volume_mounts = _parse_volume_mounts(d.pop("volumeMounts", UNSET))

        def _parse_network(data: object) -> InstanceNetwork | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_type_1 = InstanceNetwork.from_dict(data)

                return network_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstanceNetwork | None | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_envs(data: object) -> list[InstanceEnv] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                envs_type_0 = []
                _envs_type_0 = data
                for envs_type_0_item_data in _envs_type_0:
                    envs_type_0_item = InstanceEnv.from_dict(envs_type_0_item_data)

                    envs_type_0.append(envs_type_0_item)

                return envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstanceEnv] | None | Unset, data)

        envs = _parse_envs(d.pop("envs", UNSET))

        def _parse_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_spot_status(data: object) -> None | SpotStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spot_status_type_1 = check_spot_status(data)

                return spot_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpotStatus | Unset, data)

        spot_status = _parse_spot_status(d.pop("spotStatus", UNSET))

        def _parse_spot_reclaim_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spot_reclaim_time = _parse_spot_reclaim_time(d.pop("spotReclaimTime", UNSET))

        def _parse_connect_component_ssh(data: object) -> ConnectSSH | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_component_ssh_type_1 = ConnectSSH.from_dict(data)

                return connect_component_ssh_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectSSH | None | Unset, data)

        connect_component_ssh = _parse_connect_component_ssh(
            d.pop("connectComponentSSH", UNSET)
        )

        def _parse_connect_component_web_terminal(
            data: object,
        ) -> ConnectWebTerminal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_component_web_terminal_type_1 = ConnectWebTerminal.from_dict(
                    data
                )

                return connect_component_web_terminal_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectWebTerminal | None | Unset, data)

        connect_component_web_terminal = _parse_connect_component_web_terminal(
            d.pop("connectComponentWebTerminal", UNSET)
        )

        def _parse_connect_component_jupyter(
            data: object,
        ) -> ConnectJupyter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_component_jupyter_type_1 = ConnectJupyter.from_dict(data)

                return connect_component_jupyter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectJupyter | None | Unset, data)

        connect_component_jupyter = _parse_connect_component_jupyter(
            d.pop("connectComponentJupyter", UNSET)
        )

        def _parse_connect_component_log(data: object) -> ConnectLog | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_component_log_type_1 = ConnectLog.from_dict(data)

                return connect_component_log_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectLog | None | Unset, data)

        connect_component_log = _parse_connect_component_log(
            d.pop("connectComponentLog", UNSET)
        )

        def _parse_node(data: object) -> list[InstanceNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                node_type_0 = []
                _node_type_0 = data
                for node_type_0_item_data in _node_type_0:
                    node_type_0_item = InstanceNode.from_dict(node_type_0_item_data)

                    node_type_0.append(node_type_0_item)

                return node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstanceNode] | None | Unset, data)

        node = _parse_node(d.pop("node", UNSET))

        def _parse_jobs(data: object) -> list[InstanceJob] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                jobs_type_0 = []
                _jobs_type_0 = data
                for jobs_type_0_item_data in _jobs_type_0:
                    jobs_type_0_item = InstanceJob.from_dict(jobs_type_0_item_data)

                    jobs_type_0.append(jobs_type_0_item)

                return jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InstanceJob] | None | Unset, data)

        jobs = _parse_jobs(d.pop("jobs", UNSET))

        def _parse_free_storage_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        free_storage_size = _parse_free_storage_size(d.pop("freeStorageSize", UNSET))

        def _parse_keep_data_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        keep_data_day = _parse_keep_data_day(d.pop("keepDataDay", UNSET))

        instance_info = cls(
            id=id,
            name=name,
            cluster_id=cluster_id,
            status=status,
            image_url=image_url,
            cpu_num=cpu_num,
            memory=memory,
            gpu_num=gpu_num,
            product_id=product_id,
            product_name=product_name,
            rootfs_size=rootfs_size,
            billing_mode=billing_mode,
            cluster_name=cluster_name,
            status_error=status_error,
            image_auth_id=image_auth_id,
            command=command,
            port_mappings=port_mappings,
            volume_mounts=volume_mounts,
            network=network,
            envs=envs,
            kind=kind,
            end_time=end_time,
            spot_status=spot_status,
            spot_reclaim_time=spot_reclaim_time,
            connect_component_ssh=connect_component_ssh,
            connect_component_web_terminal=connect_component_web_terminal,
            connect_component_jupyter=connect_component_jupyter,
            connect_component_log=connect_component_log,
            node=node,
            jobs=jobs,
            free_storage_size=free_storage_size,
            keep_data_day=keep_data_day,
        )

        instance_info.additional_properties = d
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
