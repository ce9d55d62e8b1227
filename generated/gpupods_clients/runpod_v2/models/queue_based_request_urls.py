from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueueBasedRequestUrls")

_FIELDS = frozenset(
    (
        "run",
        "runSync",
        "status",
        "stream",
        "cancel",
        "retry",
        "purgeQueue",
        "health",
    )
)


@_attrs_define
class QueueBasedRequestUrls:
    """Job URLs of a queue endpoint, on api.runpod.ai."""

    run: str

    run_sync: str
    """ Waits for the result (?wait= seconds, 90 by default). """

    status: str

    stream: str

    cancel: str

    retry: str

    purge_queue: str

    health: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run = self.run

        run_sync = self.run_sync

        status = self.status

        stream = self.stream

        cancel = self.cancel

        retry = self.retry

        purge_queue = self.purge_queue

        health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
                "runSync": run_sync,
                "status": status,
                "stream": stream,
                "cancel": cancel,
                "retry": retry,
                "purgeQueue": purge_queue,
                "health": health,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        queue_based_request_urls = cls(
            src_dict["run"],  # run
            src_dict["runSync"],  # run_sync
            src_dict["status"],  # status
            src_dict["stream"],  # stream
            src_dict["cancel"],  # cancel
            src_dict["retry"],  # retry
            src_dict["purgeQueue"],  # purge_queue
            src_dict["health"],  # health
        )
        if len(src_dict) != 8:  # every required key was read: any other is unknown
            queue_based_request_urls.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return queue_based_request_urls

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
