// Discrete columns (categorical, binary, ordinal, event codes; stored as text, numbers or
// dates): one-hot over the levels present, rare levels grouped into "other" so that a
// 50,000-level column stays maxCategoryLevels wide (CTGAN #52, SDV #1433), and a "missing" level.

#include "columncodec.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace synthreg::core {

namespace {

struct LevelCount
{
    QString label;
    double key = 0;
    int64_t count = 0;
};

QString timestampText(int64_t seconds, TimestampPrecision precision)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return precision == TimestampPrecision::Date ? when.date().toString(Qt::ISODate) : when.toString(Qt::ISODate);
}

/** Levels present in `rows`, in the source's order: label order for text, ascending for numbers and dates. */
std::vector<LevelCount> countLevels(const Column &column, const std::vector<size_t> &rows, int64_t *missing)
{
    std::vector<LevelCount> levels;
    *missing = 0;
    if (column.kind() == StorageKind::Categorical) {
        std::vector<int64_t> counts(size_t(column.labels().size()), 0);
        for (size_t row : rows) {
            const int32_t code = column.codes()[row];
            if (code < 0 || code >= int32_t(counts.size()))
                ++*missing;
            else
                ++counts[size_t(code)];
        }
        for (size_t code = 0; code < counts.size(); ++code)
            if (counts[code] > 0)
                levels.push_back({column.labels()[qsizetype(code)], double(code), counts[code]});
        return levels;
    }
    std::vector<double> keys;
    keys.reserve(rows.size());
    for (size_t row : rows) {
        if (column.isMissing(row))
            ++*missing;
        else
            keys.push_back(column.kind() == StorageKind::Numeric ? column.numbers()[row] : double(column.seconds()[row]));
    }
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < keys.size();) {
        size_t j = i;
        while (j < keys.size() && keys[j] == keys[i])
            ++j;
        const QString label = column.kind() == StorageKind::Numeric ? formatNumber(keys[i])
                                                                     : timestampText(int64_t(keys[i]), column.precision());
        levels.push_back({label, keys[i], int64_t(j - i)});
        i = j;
    }
    return levels;
}

/** Ordinal levels follow the schema's order; levels it does not list keep their place after them. */
void orderBySpec(std::vector<LevelCount> &levels, const QStringList &specLevels)
{
    if (specLevels.isEmpty())
        return;
    auto rank = [&](const LevelCount &level) {
        const qsizetype at = specLevels.indexOf(level.label);
        return at < 0 ? specLevels.size() : at;
    };
    std::stable_sort(levels.begin(), levels.end(), [&](const auto &a, const auto &b) { return rank(a) < rank(b); });
}

QString percent(double share)
{
    return QString::number(100 * share, 'f', 1) + QLatin1Char('%');
}

} // namespace

ColumnFit fitDiscreteColumn(const Column &column, const ColumnSpec &spec, const std::vector<size_t> &rows,
                            const EncoderOptions &options)
{
    ColumnFit fit{describeColumn(column, spec), {}, {}};
    EncodedColumnState &state = fit.state;
    state.isContinuous = false;
    DiscreteState &d = state.discrete;
    int64_t missing = 0;
    std::vector<LevelCount> levels = countLevels(column, rows, &missing);
    orderBySpec(levels, spec.levels);

    if (levels.empty()) {
        d.allMissing = d.missingLevel = true;
        state.missing = MissingPolicy::Keep;   // nothing to impute from
        fit.warnings << QStringLiteral("Column '%1' has no values; every synthetic row will leave it missing.").arg(spec.name);
        return fit;
    }
    const auto mostFrequent = std::max_element(levels.begin(), levels.end(),
                                               [](const auto &a, const auto &b) { return a.count < b.count; });
    if (spec.missing == MissingPolicy::Impute)
        mostFrequent->count += missing;
    d.missingLevel = spec.missing == MissingPolicy::Keep && missing > 0;
    const QString fillLabel = mostFrequent->label;

    const size_t maxLevels = size_t(std::max(2, options.maxCategoryLevels));
    std::vector<uint8_t> kept(levels.size(), 1);
    if (levels.size() > maxLevels) {
        std::vector<size_t> byCount(levels.size());
        std::iota(byCount.begin(), byCount.end(), size_t(0));
        std::stable_sort(byCount.begin(), byCount.end(), [&](size_t a, size_t b) { return levels[a].count > levels[b].count; });
        for (size_t i = maxLevels - 1; i < byCount.size(); ++i)
            kept[byCount[i]] = 0;
    }
    int64_t total = 0, grouped = 0;
    for (size_t i = 0; i < levels.size(); ++i) {
        total += levels[i].count;
        if (kept[i]) {
            d.labels << levels[i].label;
            d.keys.push_back(levels[i].key);
        } else {
            grouped += levels[i].count;
            d.otherLabels << levels[i].label;
            d.otherKeys.push_back(levels[i].key);
            d.otherCumulative.push_back(double(grouped));
        }
    }
    d.fillLevel = int(d.labels.indexOf(fillLabel));
    if (d.hasOther())
        fit.warnings << QStringLiteral("Column '%1' has %2 levels: the %3 rarest (%4 of the rows) are grouped into one "
                                       "'other' level, which becomes one of them in proportion to its frequency.")
                            .arg(spec.name).arg(levels.size()).arg(d.otherLabels.size())
                            .arg(percent(double(grouped) / double(total)));
    if (levels.size() == 1)
        fit.warnings << QStringLiteral("Column '%1' is constant; every synthetic row will hold '%2'%3.")
                            .arg(spec.name, d.labels.front(), d.missingLevel ? QStringLiteral(" (or leave it missing)") : QString());
    return fit;
}

void encodeDiscreteColumn(const EncodedColumnState &state, const Column &column, const std::vector<size_t> &rows,
                          int firstSpan, EncodedMatrix &matrix)
{
    const DiscreteState &d = state.discrete;
    const size_t width = size_t(matrix.width());
    const size_t offset = size_t(matrix.layout.spans[size_t(firstSpan)].offset);
    const int missingLevel = d.missingLevel ? d.missingLevelIndex() : d.fillLevel;
    // A value unseen at fit (a holdout table) becomes "other" when there is one, else the most frequent level.
    const int unseenLevel = d.hasOther() ? d.otherLevel() : d.fillLevel;

    QHash<QString, int> byLabel;
    for (qsizetype i = 0; i < d.labels.size(); ++i)
        byLabel.insert(d.labels[i], int(i));
    for (const QString &label : d.otherLabels)
        byLabel.insert(label, d.otherLevel());
    std::vector<int> levelOfRow(rows.size());
    if (column.kind() == StorageKind::Categorical) {
        std::vector<int> levelOfCode(size_t(column.labels().size()));
        for (size_t code = 0; code < levelOfCode.size(); ++code)
            levelOfCode[code] = byLabel.value(column.labels()[qsizetype(code)], unseenLevel);
        for (size_t i = 0; i < rows.size(); ++i) {
            const int32_t code = column.codes()[rows[i]];
            levelOfRow[i] = code < 0 || size_t(code) >= levelOfCode.size() ? missingLevel : levelOfCode[size_t(code)];
        }
    } else if (column.kind() == state.storage) {
        std::unordered_map<double, int> byKey;
        for (size_t i = 0; i < d.keys.size(); ++i)
            byKey.emplace(d.keys[i], int(i));
        for (double key : d.otherKeys)
            byKey.emplace(key, d.otherLevel());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (column.isMissing(rows[i])) {
                levelOfRow[i] = missingLevel;
                continue;
            }
            const double key = column.kind() == StorageKind::Numeric ? column.numbers()[rows[i]] : double(column.seconds()[rows[i]]);
            const auto found = byKey.find(key);
            levelOfRow[i] = found == byKey.end() ? unseenLevel : found->second;
        }
    } else {
        for (size_t i = 0; i < rows.size(); ++i)
            levelOfRow[i] = column.isMissing(rows[i]) ? missingLevel : byLabel.value(column.displayText(rows[i]), unseenLevel);
    }
    float *values = matrix.values.data();
    for (size_t i = 0; i < rows.size(); ++i)
        values[i * width + offset + size_t(levelOfRow[i])] = 1;
}

Column decodeDiscreteColumn(const EncodedColumnState &state, const EncodedMatrix &matrix, int firstSpan, ColumnRandom random)
{
    const DiscreteState &d = state.discrete;
    const Span &span = matrix.layout.spans[size_t(firstSpan)];
    const size_t rows = size_t(matrix.rows);
    // Per row: a kept level (>= 0), a grouped level (-2 - index), or missing (-1).
    std::vector<int> picks(rows, -1);
    for (size_t i = 0; i < rows; ++i) {
        const int level = d.allMissing ? -1 : argmaxInSpan(matrix.row(int64_t(i)), span);
        if (level < int(d.labels.size())) {
            picks[i] = level;
        } else if (d.hasOther() && level == d.otherLevel()) {
            const double u = random.uniform() * d.otherCumulative.back();
            const auto at = std::upper_bound(d.otherCumulative.begin(), d.otherCumulative.end(), u);
            picks[i] = -2 - int(std::min<ptrdiff_t>(at - d.otherCumulative.begin(), ptrdiff_t(d.otherKeys.size()) - 1));
        }
    }
    auto pickedLabel = [&](int pick) { return pick >= 0 ? d.labels[pick] : d.otherLabels[-2 - pick]; };
    auto pickedKey = [&](int pick) { return pick >= 0 ? d.keys[size_t(pick)] : d.otherKeys[size_t(-2 - pick)]; };

    Column column;
    if (state.storage == StorageKind::Categorical) {
        QHash<QString, int32_t> codeOf;
        for (qsizetype code = 0; code < state.sourceLabels.size(); ++code)
            codeOf.insert(state.sourceLabels[code], int32_t(code));
        std::vector<int32_t> codes(rows, Column::kMissingCode);
        for (size_t i = 0; i < rows; ++i)
            if (picks[i] != -1)
                codes[i] = codeOf.value(pickedLabel(picks[i]), Column::kMissingCode);
        column = Column::categorical(state.name, std::move(codes), state.sourceLabels);
    } else if (state.storage == StorageKind::Numeric) {
        std::vector<double> numbers(rows, std::nan(""));
        for (size_t i = 0; i < rows; ++i)
            if (picks[i] != -1)
                numbers[i] = pickedKey(picks[i]);
        column = Column::numeric(state.name, std::move(numbers));
    } else {
        std::vector<int64_t> seconds(rows, 0);
        std::vector<uint8_t> missing(rows, 1);
        for (size_t i = 0; i < rows; ++i)
            if (picks[i] != -1) {
                seconds[i] = int64_t(pickedKey(picks[i]));
                missing[i] = 0;
            }
        column = Column::timestamp(state.name, std::move(seconds), std::move(missing), state.precision);
    }
    column.setSourceFormat(state.sourceFormat);
    return column;
}

} // namespace synthreg::core
