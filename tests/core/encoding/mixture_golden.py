#!/usr/bin/env python3
"""Golden values for TableEncoder.VariationalMixtureMatchesScikitLearn (tableencoder_test.cpp).

Fits sklearn's BayesianGaussianMixture exactly as CTGAN/RDT's ClusterBasedNormalizer do, started
from the same k-means labels as core/encoding/variationalmixture.cpp (quantile starts, nearest
center, ties to the upper one), and prints the components whose weight exceeds 0.005.
Run with Debian 12's python3-sklearn 1.2.1: /usr/bin/python3 mixture_golden.py
"""
import warnings

import numpy as np
from sklearn.mixture import BayesianGaussianMixture

warnings.filterwarnings('ignore')   # ConvergenceWarning: 100 iterations, as in CTGAN


def kmeans_labels(s, k):
    n = len(s)
    centers = np.array([s[min(n - 1, int((c + 0.5) / k * n))] for c in range(k)])
    labels = np.zeros(n, int)
    for iteration in range(100):
        new = np.zeros(n, int)
        c = 0
        for i in range(n):
            while c + 1 < k and abs(s[i] - centers[c + 1]) <= abs(s[i] - centers[c]):
                c += 1
            new[i] = c
        changed = (new != labels).any()
        labels = new
        if not changed and iteration > 0:
            break
        for c in range(k):
            if (labels == c).any():
                centers[c] = s[labels == c].mean()
        centers = np.sort(centers)
    return labels


x = np.sort(np.array([(i * 0.6180339887498949 % 1) * 10 + (25 if i >= 500 else 0) for i in range(800)], dtype=float))
k = min(10, len(np.unique(x)))
resp = np.zeros((len(x), k))
resp[np.arange(len(x)), kmeans_labels(x, k)] = 1
model = BayesianGaussianMixture(n_components=k, weight_concentration_prior_type='dirichlet_process',
                                weight_concentration_prior=0.001, max_iter=100, n_init=1)
model._initialize_parameters = lambda X, random_state: model._initialize(X, resp)
model.fit(x.reshape(-1, 1))
for mean, sd, weight in sorted(zip(model.means_.ravel(), np.sqrt(model.covariances_.ravel()), model.weights_)):
    if weight > 0.005:
        print('{%.9g, %.9g, %.9g},' % (mean, sd, weight))
