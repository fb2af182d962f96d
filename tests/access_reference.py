"""Run PySAL ``access`` (in the reference venv) on a cost table: reference index values.

Usage: .venv-spopt/bin/python tests/access_reference.py case.npz runs.json out.npz
(case.npz holds pop, supply, origin, dest, cost; runs.json a list of
{"name", "method", "max_cost", "weight": [kind, *args], "normalize"}; out.npz gets one array
per run name, the values per demand row with NaN where PySAL gives none).
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pandas as pd
from access import Access, weights

data = np.load(sys.argv[1])
runs = json.loads(open(sys.argv[2]).read())
demand = pd.DataFrame({"pop": data["pop"]}, index=pd.Index(np.arange(len(data["pop"])),
                                                          name="gid"))
supply = pd.DataFrame({"cap": data["supply"]}, index=pd.Index(np.arange(len(data["supply"])),
                                                             name="sid"))
cost = pd.DataFrame({"origin": data["origin"], "dest": data["dest"], "cost": data["cost"]})
makers = {"step": lambda steps: weights.step_fn({float(k): v for k, v in steps}),
          "gaussian": weights.gaussian, "gravity": weights.gravity}
out = {}
for run in runs:
    acc = Access(demand_df=demand, demand_index=True, demand_value="pop", supply_df=supply,
                 supply_index=True, supply_value="cap", cost_df=cost, cost_origin="origin",
                 cost_dest="dest", cost_name="cost")
    w = makers[run["weight"][0]](*run["weight"][1:]) if run.get("weight") else None
    call = {"2sfca": acc.two_stage_fca, "e2sfca": acc.enhanced_two_stage_fca,
            "3sfca": acc.three_stage_fca}.get(run["method"])
    if call is None:
        res = acc.weighted_catchment(name="x", weight_fn=w, max_cost=run.get("max_cost"),
                                     normalize=run.get("normalize", False))
    else:
        res = call(name="x", max_cost=run.get("max_cost"), weight_fn=w,
                   normalize=run.get("normalize", False))
    out[run["name"]] = res["x_cap"].reindex(demand.index).to_numpy(dtype=float)
np.savez(sys.argv[3], **out)
