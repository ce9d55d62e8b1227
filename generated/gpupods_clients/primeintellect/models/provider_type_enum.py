from typing import Literal, cast

ProviderTypeEnum = Literal[
    "akash",
    "crusoecloud",
    "cudocompute",
    "datacrunch",
    "dc_eland",
    "dc_gnu",
    "dc_impala",
    "dc_kudu",
    "dc_roan",
    "dc_wildebeest",
    "denvr",
    "fluidstack",
    "hyperstack",
    "lambdalabs",
    "latitude",
    "massedcompute",
    "nebius",
    "oblivus",
    "primecompute",
    "primeintellect",
    "runpod",
    "scaleway",
    "tensordock",
    "vultr",
]

PROVIDER_TYPE_ENUM_VALUES: frozenset[ProviderTypeEnum] = frozenset(
    {
        "akash",
        "crusoecloud",
        "cudocompute",
        "datacrunch",
        "dc_eland",
        "dc_gnu",
        "dc_impala",
        "dc_kudu",
        "dc_roan",
        "dc_wildebeest",
        "denvr",
        "fluidstack",
        "hyperstack",
        "lambdalabs",
        "latitude",
        "massedcompute",
        "nebius",
        "oblivus",
        "primecompute",
        "primeintellect",
        "runpod",
        "scaleway",
        "tensordock",
        "vultr",
    }
)


def check_provider_type_enum(value: str) -> ProviderTypeEnum:
    """Read a ProviderTypeEnum from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``PROVIDER_TYPE_ENUM_VALUES`` tells known values from new ones.
    """
    return cast(ProviderTypeEnum, value)
