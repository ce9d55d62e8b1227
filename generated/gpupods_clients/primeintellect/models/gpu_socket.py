from typing import Literal, cast

GPUSocket = Literal["PCIe", "SXM2", "SXM3", "SXM4", "SXM5", "SXM6"]

GPU_SOCKET_VALUES: frozenset[GPUSocket] = frozenset(
    {
        "PCIe",
        "SXM2",
        "SXM3",
        "SXM4",
        "SXM5",
        "SXM6",
    }
)


def check_gpu_socket(value: str) -> GPUSocket:
    """Read a GPUSocket from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GPU_SOCKET_VALUES`` tells known values from new ones.
    """
    return cast(GPUSocket, value)
