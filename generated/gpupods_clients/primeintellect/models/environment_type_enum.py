from typing import Literal, cast

EnvironmentTypeEnum = Literal[
    "axolotl",
    "bittensor",
    "cuda_11_8_pytorch_2_1",
    "cuda_12_1_pytorch_2_2",
    "cuda_12_1_pytorch_2_3",
    "cuda_12_1_pytorch_2_4",
    "cuda_12_4_pytorch_2_4",
    "cuda_12_4_pytorch_2_5",
    "cuda_12_4_pytorch_2_6",
    "cuda_12_6_pytorch_2_7",
    "custom_template",
    "flux",
    "hivemind",
    "petals_llama",
    "prime_rl",
    "stable_diffusion",
    "ubuntu_22_cuda_12",
    "vllm_llama_405b",
    "vllm_llama_70b",
    "vllm_llama_8b",
]

ENVIRONMENT_TYPE_ENUM_VALUES: frozenset[EnvironmentTypeEnum] = frozenset(
    {
        "axolotl",
        "bittensor",
        "cuda_11_8_pytorch_2_1",
        "cuda_12_1_pytorch_2_2",
        "cuda_12_1_pytorch_2_3",
        "cuda_12_1_pytorch_2_4",
        "cuda_12_4_pytorch_2_4",
        "cuda_12_4_pytorch_2_5",
        "cuda_12_4_pytorch_2_6",
        "cuda_12_6_pytorch_2_7",
        "custom_template",
        "flux",
        "hivemind",
        "petals_llama",
        "prime_rl",
        "stable_diffusion",
        "ubuntu_22_cuda_12",
        "vllm_llama_405b",
        "vllm_llama_70b",
        "vllm_llama_8b",
    }
)


def check_environment_type_enum(value: str) -> EnvironmentTypeEnum:
    """Read a EnvironmentTypeEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ENVIRONMENT_TYPE_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(EnvironmentTypeEnum, value)
