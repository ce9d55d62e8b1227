"""The README's mock-clouds example, as a user would write it (the fixtures come from the
``pytest11`` entry point gpupods installs)."""

from __future__ import annotations

import warnings

import pytest
from gpupods import Fleet, Pod, PodSpec
from gpupods.mock import Fault


def start_training(fleet: Fleet) -> Pod:
    """Stands in for the user's own launcher."""
    return fleet.create(PodSpec(name="train", image="pytorch/pytorch:latest", gpu="H100"), provider="runpod")


def test_my_launcher_survives_a_lost_answer(mock_fleet, mock_clouds) -> None:
    mock_clouds.faults("runpod").add(Fault.drop(after_accept=True), routes="create_pod", times=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pod = start_training(mock_fleet)
    mock_clouds.clock.advance(120)
    assert mock_fleet.get(pod).is_running
    assert mock_clouds.pods_left() == 1
    assert mock_clouds.runpod.v2.served["create_pod"] == 1  # the lost answer was not retried into a second pod


def test_the_volumes_example_runs_as_written(mock_clouds, capsys) -> None:
    """The README's volumes section, run on the mock clouds (only ``Fleet.from_env()`` is
    pointed at them): the volume's region decides the provider and where the pod lands."""
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("## Volumes", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    source = code.group(1).replace("Fleet.from_env()", "Fleet.from_env(**OPTIONS)")
    namespace = {"OPTIONS": mock_clouds.fleet_options()}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        exec(compile(source, "README.md", "exec"), namespace)
    pod = namespace["pod"]
    assert (pod.provider, pod.region) == ("runpod", "EU-RO-1")
    assert namespace["data"].monthly_cost == pytest.approx(100 * 0.07)
    assert mock_clouds.pods_left() == 0
    assert "EU-RO-1" in capsys.readouterr().out
