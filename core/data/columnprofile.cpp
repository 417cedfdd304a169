#include "columnprofile.h"

#include "table.h"

#include <QJsonArray>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace synthreg::core {

namespace {
constexpr int kMaxBins = 20;
constexpr int kMaxSamples = 10;

QString storageKey(StorageKind kind)
{
    switch (kind) {
    case StorageKind::Numeric: return QStringLiteral("numeric");
    case StorageKind::Categorical: return QStringLiteral("categorical");
    case StorageKind::Timestamp: return QStringLiteral("timestamp");
    }
    return {};
}

// Numeric and timestamp columns: moments in one pass (Welford), distinct via a hash set,
// then an equal-width histogram over [min, max] (numpy's convention: the last bin is closed).
template <typename Value, typename IsMissing>
void profileNumbers(ColumnProfile &profile, const std::vector<Value> &values, IsMissing isMissing)
{
    std::unordered_set<Value> distinct;
    double mean = 0, m2 = 0;
    qint64 n = 0;
    double lo = 0, hi = 0;
    for (size_t row = 0; row < values.size(); ++row) {
        if (isMissing(row))
            continue;
        const double x = double(values[row]);
        if (n == 0)
            lo = hi = x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
        ++n;
        const double delta = x - mean;
        mean += delta / double(n);
        m2 += delta * (x - mean);
        distinct.insert(values[row]);
    }
    profile.missingCount = profile.rowCount - n;
    profile.distinctCount = qint64(distinct.size());
    if (n == 0)
        return;
    profile.minimum = lo;
    profile.maximum = hi;
    profile.mean = mean;
    profile.standardDeviation = n > 1 ? std::sqrt(m2 / double(n - 1)) : 0.0;
    profile.allIntegers = std::all_of(distinct.begin(), distinct.end(),
                                      [](Value v) { return double(v) == std::floor(double(v)); });

    const int binCount = int(std::min<qint64>(kMaxBins, std::max<qint64>(1, profile.distinctCount)));
    const double width = hi > lo ? (hi - lo) / binCount : 1.0;
    QList<ProfileBin> bins(binCount);
    for (int b = 0; b < binCount; ++b) {
        bins[b].lower = lo + b * width;
        bins[b].upper = b + 1 == binCount ? hi : lo + (b + 1) * width;
    }
    for (size_t row = 0; row < values.size(); ++row) {
        if (isMissing(row))
            continue;
        const int b = hi > lo ? std::min(binCount - 1, int((double(values[row]) - lo) / width)) : 0;
        ++bins[b].count;
    }
    profile.bins = bins;
}
} // namespace

ColumnProfile profileColumn(const Column &column)
{
    ColumnProfile profile;
    profile.name = column.name();
    profile.storage = column.kind();
    profile.rowCount = qint64(column.size());

    switch (column.kind()) {
    case StorageKind::Numeric: {
        const auto &values = column.numbers();
        profileNumbers(profile, values, [&](size_t row) { return std::isnan(values[row]); });
        for (auto &bin : profile.bins)
            bin.label = QStringLiteral("%1 – %2").arg(formatNumber(bin.lower), formatNumber(bin.upper));
        break;
    }
    case StorageKind::Timestamp: {
        const auto &mask = column.missingMask();
        profileNumbers(profile, column.seconds(), [&](size_t row) { return mask[row] != 0; });
        break;
    }
    case StorageKind::Categorical: {
        std::vector<qint64> counts(size_t(column.labels().size()), 0);
        for (int32_t code : column.codes()) {
            if (code >= 0)
                ++counts[size_t(code)];
            else
                ++profile.missingCount;
        }
        std::vector<int> order;
        for (size_t i = 0; i < counts.size(); ++i) {
            if (counts[i] > 0)
                order.push_back(int(i));
        }
        profile.distinctCount = qint64(order.size());
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
        for (size_t i = 0; i < order.size() && i < size_t(kMaxBins); ++i) {
            ProfileBin bin;
            bin.label = column.labels().at(order[i]);
            bin.count = counts[size_t(order[i])];
            profile.bins << bin;
        }
        break;
    }
    }

    // Samples in first-seen order: what a user would see scrolling the top of the table.
    QStringList samples;
    for (size_t row = 0; row < column.size() && samples.size() < kMaxSamples; ++row) {
        if (column.isMissing(row))
            continue;
        const QString text = column.displayText(row);
        if (!samples.contains(text))
            samples << text;
    }
    profile.sampleValues = samples;
    return profile;
}

QList<ColumnProfile> profileTable(const Table &table)
{
    QList<ColumnProfile> profiles;
    for (int c = 0; c < table.columnCount(); ++c)
        profiles << profileColumn(table.column(c));
    return profiles;
}

QJsonObject ColumnProfile::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("storage"), storageKey(storage)},
                     {QStringLiteral("rows"), rowCount},
                     {QStringLiteral("missing"), missingCount},
                     {QStringLiteral("missing_share"), missingShare()},
                     {QStringLiteral("distinct"), distinctCount},
                     {QStringLiteral("samples"), QJsonArray::fromStringList(sampleValues)}};
    if (storage != StorageKind::Categorical && missingCount < rowCount) {
        json.insert(QStringLiteral("min"), minimum);
        json.insert(QStringLiteral("max"), maximum);
        json.insert(QStringLiteral("mean"), mean);
        json.insert(QStringLiteral("sd"), standardDeviation);
        json.insert(QStringLiteral("all_integers"), allIntegers);
    }
    QJsonArray binArray;
    for (const ProfileBin &bin : bins) {
        QJsonObject b{{QStringLiteral("count"), bin.count}};
        if (storage == StorageKind::Categorical) {
            b.insert(QStringLiteral("label"), bin.label);
        } else {
            b.insert(QStringLiteral("lower"), bin.lower);
            b.insert(QStringLiteral("upper"), bin.upper);
        }
        binArray.append(b);
    }
    json.insert(QStringLiteral("bins"), binArray);
    return json;
}

} // namespace synthreg::core
