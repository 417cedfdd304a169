#include "smallcells.h"

#include <QJsonArray>

namespace synthreg::core {

namespace {

std::vector<size_t> countCodes(const std::vector<int32_t> &codes, qsizetype labels)
{
    std::vector<size_t> counts(size_t(labels), 0);
    for (int32_t code : codes) {
        if (code >= 0 && code < labels)
            ++counts[size_t(code)];
    }
    return counts;
}

void addSmallCells(SmallCellResult &result, const QString &column, const QStringList &labels,
                   const std::vector<int32_t> &real, const std::vector<int32_t> &synthetic)
{
    const std::vector<size_t> realCounts = countCodes(real, labels.size());
    const std::vector<size_t> syntheticCounts = countCodes(synthetic, labels.size());
    const size_t threshold = size_t(std::max(0, result.threshold));
    for (qsizetype code = 0; code < labels.size(); ++code) {
        const size_t r = realCounts[size_t(code)];
        const size_t s = syntheticCounts[size_t(code)];
        const bool realIsSmall = r > 0 && r < threshold;
        const bool syntheticIsSmall = s > 0 && s < threshold;
        if (realIsSmall || syntheticIsSmall)
            result.cells.push_back({column, labels[code], r, s});
    }
}

} // namespace

SmallCellResult smallCells(const EvaluationInput &input, int threshold)
{
    SmallCellResult result;
    result.threshold = threshold;
    for (const EvaluationColumn &column : input.columns) {
        if (column.kind == MetricKind::Categorical)
            addSmallCells(result, column.name, column.categorical.labels, column.categorical.real, column.categorical.synthetic);
    }
    return result;
}

SmallCellResult smallCells(const HoldoutInput &input, int threshold)
{
    SmallCellResult result;
    result.threshold = threshold;
    for (const HoldoutColumn &column : input.columns) {
        if (column.isCategorical())
            addSmallCells(result, column.name, column.labels, column.codesOf(RecordSet::Train), column.codesOf(RecordSet::Synthetic));
    }
    return result;
}

QJsonObject SmallCellResult::toJson() const
{
    QJsonArray list;
    for (const SmallCell &cell : cells) {
        list.append(QJsonObject{{QStringLiteral("column"), cell.column},
                                {QStringLiteral("label"), cell.label},
                                {QStringLiteral("real_count"), qint64(cell.realCount)},
                                {QStringLiteral("synthetic_count"), qint64(cell.syntheticCount)}});
    }
    return {{QStringLiteral("threshold"), threshold}, {QStringLiteral("cells"), list}};
}

} // namespace synthreg::core
