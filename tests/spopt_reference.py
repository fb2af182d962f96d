"""Run PySAL spopt (in its own venv) on a cost matrix: reference p-median / MCLP optima.

Usage: .venv-spopt/bin/python tests/spopt_reference.py problem.npz  -> JSON on stdout
(the npz holds cost, weight, p, and optionally radius).
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pulp
from spopt.locate import MCLP, PMedian

data = np.load(sys.argv[1])
cost, weight, p = data["cost"], data["weight"], int(data["p"])
solver = pulp.PULP_CBC_CMD(msg=False)
if "radius" in data:
    model = MCLP.from_cost_matrix(cost, weight, service_radius=float(data["radius"]),
                                  p_facilities=p).solve(solver)
    covered = np.zeros(len(cost), bool)
    sites = [j for j in range(cost.shape[1]) if model.fac2cli[j]]
    for j in sites:
        covered[model.fac2cli[j]] = True
    print(json.dumps({"sites": sites, "objective": float(weight[covered].sum())}))
else:
    model = PMedian.from_cost_matrix(cost, weight, p_facilities=p).solve(solver)
    sites = [j for j in range(cost.shape[1]) if model.fac2cli[j]]
    print(json.dumps({"sites": sites, "objective": float(pulp.value(model.problem.objective))}))
