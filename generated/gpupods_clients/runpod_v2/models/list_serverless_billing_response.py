from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListServerlessBillingResponse")

_FIELDS = frozenset(
    (
        "records",
        "metadata",
    )
)


@_attrs_define
class ListServerlessBillingResponse:
    records: list[ServerlessBillingRecord]

    metadata: ServerlessBillingMetadata

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            type(src_dict) is not dict
        ):  # any mapping (or pairs) reads as the generator's dict(src_dict) would
            src_dict = dict(src_dict)

        list_serverless_billing_response = cls(
            [
                ServerlessBillingRecord.from_dict(item0)
                for item0 in src_dict["records"]
            ],  # records
            ServerlessBillingMetadata.from_dict(src_dict["metadata"]),  # metadata
        )
        if len(src_dict) != 2:  # every required key was read: any other is unknown
            list_serverless_billing_response.additional_properties = {
                k: v for k, v in src_dict.items() if k not in _FIELDS
            }
        return list_serverless_billing_response

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
from ..models.serverless_billing_metadata import ServerlessBillingMetadata  # noqa: E402
from ..models.serverless_billing_record import ServerlessBillingRecord  # noqa: E402
