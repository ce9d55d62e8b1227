from typing import Literal, cast

ListInstancesResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

LIST_INSTANCES_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    ListInstancesResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_list_instances_response_403_error_code(
    value: str,
) -> ListInstancesResponse403ErrorCode:
    """Read a ListInstancesResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_INSTANCES_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ListInstancesResponse403ErrorCode, value)
