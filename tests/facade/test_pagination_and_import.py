"""Listing follows each provider's pagination; importing gpupods loads no generated client."""

from __future__ import annotations

import subprocess
import sys

from gpupods import Fleet, PodSpec


def test_prime_intellect_and_novita_lists_cross_pages(clouds) -> None:
    clouds.primeintellect.set_stock("tensordock-4090-1", 500)
    clouds.novita.set_stock("1", 500)
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer_pi = fleet.offers("RTX4090", provider="primeintellect")[0]
        offer_nv = fleet.offers("RTX4090", provider="novita")[0]
        for i in range(230):
            fleet.create(PodSpec(name=f"p{i}", image="ubuntu_22_cuda_12", gpu="RTX4090"), offer_pi)
            fleet.create(PodSpec(name=f"n{i}", image="img", gpu="RTX4090"), offer_nv)
        pi_pods = fleet.list("primeintellect")
        nv_pods = fleet.list("novita")
    assert len(pi_pods) == len({p.id for p in pi_pods}) == 230
    assert len(nv_pods) == len({p.id for p in nv_pods}) == 230
    pages_pi = clouds.primeintellect.served["list_pods"]
    pages_nv = clouds.novita.served["list_gpu_instances"]
    assert (pages_pi, pages_nv) == (3, 3)  # 100 + 100 + 30


def test_import_gpupods_loads_no_generated_client() -> None:
    code = (
        "import sys, gpupods\n"
        "from gpupods import Fleet, PodSpec, PodStatus, errors\n"
        "print(sorted(m for m in sys.modules if m.startswith('gpupods_clients')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
