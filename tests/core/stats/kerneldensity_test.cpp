// The density overlays of the Columns view: scipy.stats.gaussian_kde's golden values.
#include "core/stats/kerneldensity.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg::core;

TEST(KernelDensity, MatchesScipyGaussianKde)
{
    // /usr/bin/python3 -c "import numpy as np; from scipy.stats import gaussian_kde;
    //   k = gaussian_kde([1, 2, 2.5, 3, 7, 7.5, 8, 10]); print(k.factor, k.covariance ** 0.5, k([0, 2, 5, 7.5, 12]))"
    const std::vector<double> values{1, 2, 2.5, 3, NAN, 7, 7.5, 8, 10};   // the NaN is skipped
    const std::vector<double> points{0, 2, 5, 7.5, 12};
    EXPECT_NEAR(scottBandwidth(values), 2.2216459625632434, 1e-12);
    const std::vector<double> density = gaussianKde(values, points);
    const double scipy[] = {0.056456, 0.08834983, 0.07803166, 0.08416122, 0.02408506};
    ASSERT_EQ(density.size(), points.size());
    for (size_t i = 0; i < points.size(); ++i)
        EXPECT_NEAR(density[i], scipy[i], 5e-8) << "at " << points[i];
}

TEST(KernelDensity, AConstantOrSingleValueHasNoCurve)
{
    const std::vector<double> points{0, 5};
    EXPECT_EQ(scottBandwidth(std::vector<double>{5, 5, 5}), 0);
    EXPECT_EQ(gaussianKde(std::vector<double>{5, 5, 5}, points), std::vector<double>(2, 0.0));
    EXPECT_EQ(gaussianKde(std::vector<double>{5}, points), std::vector<double>(2, 0.0));
    EXPECT_EQ(gaussianKde(std::vector<double>{}, points), std::vector<double>(2, 0.0));
}
