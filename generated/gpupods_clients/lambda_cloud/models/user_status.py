from typing import Literal, cast

UserStatus = Literal["active", "deactivated"]

USER_STATUS_VALUES: frozenset[UserStatus] = frozenset(
    {
        "active",
        "deactivated",
    }
)


def check_user_status(value: str) -> UserStatus:
    """Read a UserStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``USER_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(UserStatus, value)
