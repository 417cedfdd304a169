#!/usr/bin/python3
"""Golden values for core/stats univariable logistic regression (effect agreement).

Run with Debian's interpreter, which has statsmodels, NumPy and pandas:

    /usr/bin/python3 tests/golden/make_utility_golden.py

It writes tests/golden/utility_logistic.json: two small data sets ("real" and "synthetic",
drawn from a seeded generator with different effects) together with statsmodels' Logit
answer for every univariable model, so tests/core/stats/utility_test.cpp needs no Python.
Each covariate is fitted alone, as SynthReg's effect agreement does: a numerical covariate
per unit, a categorical covariate as dummies against its first level (sorted), rows with a
missing covariate or outcome left out. Logit is fitted by Newton's method to 1e-12.
"""

import json
import os

import numpy as np
import statsmodels
import statsmodels.api as sm

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "utility_logistic.json")


def make_data(seed, n, age_effect, group_effects, missing_rate):
    rng = np.random.default_rng(seed)
    age = np.round(rng.normal(60, 10, n), 1)
    bili = np.round(np.exp(rng.normal(0.5, 0.7, n)), 2)        # no effect on the outcome
    group = rng.choice(["a", "b", "c"], size=n, p=[0.5, 0.3, 0.2])
    albumin = np.round(rng.normal(3.5, 0.4, n), 2)
    albumin[rng.random(n) < missing_rate] = np.nan               # rows with NaN are left out
    eta = -0.5 + age_effect * (age - 60) + np.select([group == "b", group == "c"], group_effects, 0.0) \
        - 0.6 * (np.nan_to_num(albumin, nan=3.5) - 3.5)
    dead = (rng.random(n) < 1 / (1 + np.exp(-eta))).astype(int)
    status = np.where(dead == 1, "dead", "alive")
    return {"age": age, "bili": bili, "group": group, "albumin": albumin, "status": status}


def fit(y, x):
    keep = ~np.isnan(x).any(axis=1)
    model = sm.Logit(y[keep], sm.add_constant(x[keep], has_constant="add"))
    result = model.fit(method="newton", tol=1e-12, maxiter=100, disp=0)
    return result, int(keep.sum())


def effects(data):
    y = (data["status"] == "dead").astype(float)
    out = []
    for name in ["age", "bili", "albumin"]:
        result, rows = fit(y, data[name].reshape(-1, 1).astype(float))
        out.append({"covariate": name, "level": "", "rows": rows,
                    "log_ratio": float(result.params[1]), "standard_error": float(result.bse[1]),
                    "p_value": float(result.pvalues[1])})
    levels = sorted(set(data["group"]))
    dummies = np.column_stack([(data["group"] == level).astype(float) for level in levels[1:]])
    result, rows = fit(y, dummies)
    for i, level in enumerate(levels[1:]):
        out.append({"covariate": "group", "level": level, "rows": rows,
                    "log_ratio": float(result.params[i + 1]), "standard_error": float(result.bse[i + 1]),
                    "p_value": float(result.pvalues[i + 1])})
    return out


def table(data):
    return {"age": [float(v) for v in data["age"]],
            "bili": [float(v) for v in data["bili"]],
            "albumin": [None if np.isnan(v) else float(v) for v in data["albumin"]],
            "group": [str(v) for v in data["group"]],
            "status": [str(v) for v in data["status"]]}


def main():
    real = make_data(seed=20240601, n=400, age_effect=0.05, group_effects=[0.8, 1.2], missing_rate=0.05)
    synthetic = make_data(seed=20240602, n=350, age_effect=0.04, group_effects=[-0.3, 1.0], missing_rate=0.08)
    golden = {
        "generator": "tests/golden/make_utility_golden.py",
        "statsmodels": statsmodels.__version__,
        "numpy": np.__version__,
        "outcome": "status",
        "event": "dead",
        "real": {"data": table(real), "effects": effects(real)},
        "synthetic": {"data": table(synthetic), "effects": effects(synthetic)},
    }
    with open(OUT, "w") as fh:
        json.dump(golden, fh, indent=1)
        fh.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
