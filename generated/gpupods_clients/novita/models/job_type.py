from typing import Literal, cast

JobType = Literal["autoInstanceMigrate", "instanceMigrate", "saveImage"]

JOB_TYPE_VALUES: frozenset[JobType] = frozenset(
    {
        "autoInstanceMigrate",
        "instanceMigrate",
        "saveImage",
    }
)


def check_job_type(value: str) -> JobType:
    """Read a JobType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``JOB_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(JobType, value)
