from typing import Literal, cast

InstanceActionUnavailableCode = Literal[
    "vm-action-in-progress", "vm-has-not-launched", "vm-is-terminating", "vm-is-too-old"
]

INSTANCE_ACTION_UNAVAILABLE_CODE_VALUES: frozenset[InstanceActionUnavailableCode] = (
    frozenset(
        {
            "vm-action-in-progress",
            "vm-has-not-launched",
            "vm-is-terminating",
            "vm-is-too-old",
        }
    )
)


def check_instance_action_unavailable_code(value: str) -> InstanceActionUnavailableCode:
    """Read a InstanceActionUnavailableCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``INSTANCE_ACTION_UNAVAILABLE_CODE_VALUES`` tells known values from new ones.
    """
    return cast(InstanceActionUnavailableCode, value)
