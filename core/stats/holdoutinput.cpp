#include "holdoutinput.h"

#include <QHash>

namespace synthreg::core {

const HoldoutColumn *HoldoutInput::find(const QString &name) const
{
    for (const HoldoutColumn &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

std::optional<HoldoutInput> HoldoutInput::build(const Table &train, const Table &holdout, const Table &synthetic,
                                                const Schema &schema, QString *error)
{
    // EvaluationInput's messages speak of "the synthetic data"; name the holdout ourselves.
    QStringList missing, extra;
    for (const QString &name : train.columnNames()) {
        if (holdout.indexOf(name) < 0)
            missing << name;
    }
    for (const QString &name : holdout.columnNames()) {
        if (train.indexOf(name) < 0)
            extra << name;
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty())
            parts << QStringLiteral("the holdout lacks %1").arg(missing.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            parts << QStringLiteral("the holdout has columns the training data does not: %1").arg(extra.join(QStringLiteral(", ")));
        *error = parts.join(QStringLiteral("; ")) + QStringLiteral(". Split the holdout from the same table as the training data.");
        return std::nullopt;
    }
    if (holdout.rowCount() == 0) {
        *error = QStringLiteral("The holdout has no rows: keep part of the real data back from training (e.g. 20%).");
        return std::nullopt;
    }
    const auto trainVsSynthetic = EvaluationInput::build(train, synthetic, schema, error);
    if (!trainVsSynthetic)
        return std::nullopt;
    const auto trainVsHoldout = EvaluationInput::build(train, holdout, schema, error);
    if (!trainVsHoldout)
        return std::nullopt;
    return fromEvaluationInputs(*trainVsSynthetic, *trainVsHoldout, error);
}

std::optional<HoldoutInput> HoldoutInput::fromEvaluationInputs(const EvaluationInput &trainVsSynthetic,
                                                               const EvaluationInput &trainVsHoldout, QString *error)
{
    if (trainVsSynthetic.realRows != trainVsHoldout.realRows
        || trainVsSynthetic.columns.size() != trainVsHoldout.columns.size()) {
        *error = QStringLiteral("The two evaluation inputs were built from different training tables: build both from the same one.");
        return std::nullopt;
    }
    HoldoutInput input;
    input.rows = {trainVsSynthetic.realRows, trainVsHoldout.syntheticRows, trainVsSynthetic.syntheticRows};
    for (size_t i = 0; i < trainVsSynthetic.columns.size(); ++i) {
        const EvaluationColumn &withSynthetic = trainVsSynthetic.columns[i];
        const EvaluationColumn &withHoldout = trainVsHoldout.columns[i];
        if (withSynthetic.name != withHoldout.name || withSynthetic.kind != withHoldout.kind) {
            *error = QStringLiteral("Column '%1' differs between the two evaluation inputs: build both with the same schema.")
                         .arg(withSynthetic.name);
            return std::nullopt;
        }
        HoldoutColumn column{withSynthetic.name, withSynthetic.role, withSynthetic.kind, {}, {}, {}};
        if (!column.isCategorical()) {
            column.numeric[size_t(RecordSet::Train)] = withSynthetic.numeric.real;
            column.numeric[size_t(RecordSet::Holdout)] = withHoldout.numeric.synthetic;
            column.numeric[size_t(RecordSet::Synthetic)] = withSynthetic.numeric.synthetic;
            input.columns.push_back(std::move(column));
            continue;
        }
        // Train's codes agree in both inputs (each numbers train's labels first, in the same
        // order); only labels the holdout alone has need new codes after the synthetic ones.
        column.labels = withSynthetic.categorical.labels;
        QHash<QString, int32_t> codeOf;
        for (qsizetype code = 0; code < column.labels.size(); ++code)
            codeOf.insert(column.labels[code], int32_t(code));
        std::vector<int32_t> holdoutCode(size_t(withHoldout.categorical.labels.size()));
        for (qsizetype code = 0; code < withHoldout.categorical.labels.size(); ++code) {
            const QString &label = withHoldout.categorical.labels[code];
            auto it = codeOf.find(label);
            if (it == codeOf.end()) {
                it = codeOf.insert(label, int32_t(column.labels.size()));
                column.labels << label;
            }
            holdoutCode[size_t(code)] = it.value();
        }
        std::vector<int32_t> holdoutCodes(withHoldout.categorical.synthetic.size());
        for (size_t row = 0; row < holdoutCodes.size(); ++row) {
            const int32_t code = withHoldout.categorical.synthetic[row];
            holdoutCodes[row] = code < 0 ? Column::kMissingCode : holdoutCode[size_t(code)];
        }
        column.codes[size_t(RecordSet::Train)] = withSynthetic.categorical.real;
        column.codes[size_t(RecordSet::Holdout)] = std::move(holdoutCodes);
        column.codes[size_t(RecordSet::Synthetic)] = withSynthetic.categorical.synthetic;
        input.columns.push_back(std::move(column));
    }
    return input;
}

} // namespace synthreg::core
