from typing import Literal, cast

CudaVersion = Literal[
    "11.8",
    "12.0",
    "12.1",
    "12.2",
    "12.3",
    "12.4",
    "12.5",
    "12.6",
    "12.7",
    "12.8",
    "12.9",
    "13.0",
]

CUDA_VERSION_VALUES: frozenset[CudaVersion] = frozenset(
    {
        "11.8",
        "12.0",
        "12.1",
        "12.2",
        "12.3",
        "12.4",
        "12.5",
        "12.6",
        "12.7",
        "12.8",
        "12.9",
        "13.0",
    }
)


def check_cuda_version(value: str) -> CudaVersion:
    """Read a CudaVersion from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CUDA_VERSION_VALUES`` tells known values from new ones.
    """
    return cast(CudaVersion, value)
