#!/usr/bin/python3
"""Golden values for core/stats hypothesis tests, correlations and quantiles.

Run with Debian's interpreter, which has SciPy, NumPy and pandas (and Rscript on PATH, for
Shapiro-Wilk: scipy 1.10 computes it in single precision, R in double):

    /usr/bin/python3 tests/golden/make_stats_golden.py

It writes tests/golden/stats_tests.json: every input together with SciPy's answer, so the
C++ tests (tests/core/stats/hypothesistests_test.cpp, correlation_test.cpp) need no Python.
The inputs are fixed: a seeded generator plus hand-written vectors with ties, small and
larger n, a 2x2 and a 3x4 table.
"""

import json
import os
import subprocess
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.stats import contingency

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "stats_tests.json")


def floats(a):
    return [float(v) for v in a]


def r_shapiro(x):
    """R's shapiro.test (double precision swilk.c); scipy 1.10's swilk runs in single precision."""
    code = ("x <- as.numeric(strsplit(readLines(file('stdin'), n = 1), ' ')[[1]]); "
            "r <- shapiro.test(x); cat(sprintf('%.17g %.17g', r$statistic, r$p.value))")
    text = subprocess.run(["Rscript", "-e", code], input=" ".join(repr(v) for v in x),
                          capture_output=True, text=True, check=True).stdout
    w, p = text.split()
    return float(w), float(p)


def samples():
    rng = np.random.RandomState(20240611)
    s = {
        "tiny_ties_a": [1.0, 2.0, 2.0, 3.0, 5.0, 5.0, 5.0],
        "tiny_ties_b": [2.0, 2.0, 4.0, 5.0, 6.0, 6.0, 8.0, 9.0],
        "small_a": floats(np.round(rng.normal(10, 2, 12), 3)),
        "small_b": floats(np.round(rng.normal(11, 3, 15), 3)),
        "lab_a": floats(np.round(rng.lognormal(1.0, 0.6, 180), 1)),  # rounded: many ties
        "lab_b": floats(np.round(rng.lognormal(1.1, 0.5, 240), 1)),
        "equal_n_a": floats(np.round(rng.normal(0, 1, 60), 2)),
        "equal_n_b": floats(np.round(rng.normal(0.4, 1, 60), 2)),
        "counts_a": floats(rng.poisson(3, 300)),
        "counts_b": floats(rng.poisson(3.4, 500)),
        "large_a": floats(rng.normal(0, 1, 12000)),
        "large_b": floats(rng.normal(0.03, 1, 9000)),
        "n3": [1.0, 2.5, 2.7],
        "n5": [3.1, 4.7, 4.9, 5.0, 12.0],
        "n11": floats(np.round(rng.exponential(1, 11), 3)),
        "n40_uniform": floats(rng.uniform(0, 1, 40)),
        "n800_skewed": floats(rng.gamma(2.0, 1.5, 800)),
    }
    return s


def main():
    s = samples()
    out = {"generator": "tests/golden/make_stats_golden.py", "scipy": scipy.__version__,
           "numpy": np.__version__, "samples": s}

    two_sample_pairs = [("tiny_ties_a", "tiny_ties_b"), ("small_a", "small_b"), ("lab_a", "lab_b"),
                        ("equal_n_a", "equal_n_b"), ("counts_a", "counts_b")]
    out["welch"] = []
    out["mann_whitney"] = []
    out["ks"] = []
    for a, b in two_sample_pairs + [("large_a", "large_b")]:
        x, y = np.array(s[a]), np.array(s[b])
        t = stats.ttest_ind(x, y, equal_var=False)
        out["welch"].append({"x": a, "y": b, "statistic": float(t.statistic), "p": float(t.pvalue)})
        u = stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=True, alternative="two-sided")
        out["mann_whitney"].append({"x": a, "y": b, "statistic": float(u.statistic), "p": float(u.pvalue)})
        k = stats.ks_2samp(x, y, method="auto")
        out["ks"].append({"x": a, "y": b, "statistic": float(k.statistic), "p": float(k.pvalue),
                          "exact": bool(max(len(x), len(y)) <= 10000)})

    # The finite-n Kolmogorov tail that ks_2samp's asymptotic branch uses, over its regimes.
    out["kstwo_sf"] = []
    for n, d in [(150, 0.2), (150, 0.05), (5000, 0.02), (5000, 0.01), (5000, 0.005), (120000, 0.003),
                 (120000, 0.006), (60, 0.1), (60, 0.3), (300, 0.6), (20000, 0.0004)]:
        out["kstwo_sf"].append({"n": n, "d": d, "sf": float(stats.kstwo.sf(d, n))})

    out["fisher"] = []
    for table in [[[8, 2], [1, 5]], [[12, 5], [7, 9]], [[0, 5], [6, 1]], [[3, 0], [0, 3]],
                  [[20, 180], [35, 165]], [[5, 5], [5, 5]], [[0, 0], [4, 2]]]:
        odds, p = stats.fisher_exact(table)
        out["fisher"].append({"table": table, "statistic": None if not np.isfinite(odds) else float(odds),
                              "statistic_is_inf": bool(np.isinf(odds)), "p": float(p)})

    out["chi2"] = []
    for table in [[[12, 5], [7, 9]], [[20, 180], [35, 165]],
                  [[10, 14, 9, 3], [8, 20, 11, 6], [15, 9, 4, 12]],
                  [[30, 10, 5], [25, 15, 10]]]:
        chi2, p, dof, _ = stats.chi2_contingency(np.array(table), correction=True)
        out["chi2"].append({"table": table, "statistic": float(chi2), "p": float(p), "dof": int(dof)})

    out["shapiro"] = []
    for name in ["n3", "n5", "n11", "small_a", "n40_uniform", "lab_a", "n800_skewed", "tiny_ties_b"]:
        w = stats.shapiro(np.array(s[name]))
        rw, rp = r_shapiro(s[name])
        out["shapiro"].append({"x": name, "statistic": float(w.statistic), "p": float(w.pvalue),
                               "r_statistic": rw, "r_p": rp})

    out["spearman"] = []
    out["pearson"] = []
    for a, b in [("tiny_ties_a", "tiny_ties_b"), ("equal_n_a", "equal_n_b"), ("lab_a", "lab_b")]:
        n = min(len(s[a]), len(s[b]))
        x, y = np.array(s[a][:n]), np.array(s[b][:n])
        if a == "equal_n_a":
            y = x * 0.6 + y  # correlated pair
        r = stats.spearmanr(x, y)
        out["spearman"].append({"x": floats(x), "y": floats(y), "statistic": float(r.correlation),
                                "p": float(r.pvalue)})
        r = stats.pearsonr(x, y)
        out["pearson"].append({"x": floats(x), "y": floats(y), "statistic": float(r.statistic),
                               "p": float(r.pvalue)})

    # numpy's default (linear) quantiles for Table 1's median and IQR.
    out["quantiles"] = []
    for name in ["tiny_ties_a", "small_a", "lab_a", "n5"]:
        x = np.array(s[name])
        out["quantiles"].append({"x": name, "q1": float(np.percentile(x, 25)),
                                 "median": float(np.median(x)), "q3": float(np.percentile(x, 75)),
                                 "sd": float(np.std(x, ddof=1)), "mean": float(np.mean(x))})

    # Cramer's V without bias correction = scipy.stats.contingency.association(method='cramer').
    out["cramers_v"] = []
    for table in [[[12, 5], [7, 9]], [[10, 14, 9, 3], [8, 20, 11, 6], [15, 9, 4, 12]]]:
        out["cramers_v"].append({"table": table,
                                 "v": float(contingency.association(np.array(table), method="cramer"))})

    # Correlation ratio eta = sqrt(between-group SS / total SS), no SciPy function: by definition.
    groups = [0, 0, 1, 1, 1, 2, 2, 2, 2, 0, 1, 2]
    values = [1.0, 2.0, 4.0, 5.0, 4.5, 8.0, 9.0, 7.5, 8.5, 1.5, 3.0, 10.0]
    g = np.array(groups)
    v = np.array(values)
    between = sum(len(v[g == k]) * (v[g == k].mean() - v.mean()) ** 2 for k in np.unique(g))
    total = ((v - v.mean()) ** 2).sum()
    out["eta"] = [{"groups": groups, "values": values, "eta": float(np.sqrt(between / total))}]

    with open(OUT, "w") as f:
        json.dump(out, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
