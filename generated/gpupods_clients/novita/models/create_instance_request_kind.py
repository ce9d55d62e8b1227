from typing import Literal, cast

CreateInstanceRequestKind = Literal["cpu", "gpu"]

CREATE_INSTANCE_REQUEST_KIND_VALUES: frozenset[CreateInstanceRequestKind] = frozenset(
    {
        "cpu",
        "gpu",
    }
)


def check_create_instance_request_kind(value: str) -> CreateInstanceRequestKind:
    """Read a CreateInstanceRequestKind from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CREATE_INSTANCE_REQUEST_KIND_VALUES`` tells known values from new ones.
    """
    return cast(CreateInstanceRequestKind, value)
