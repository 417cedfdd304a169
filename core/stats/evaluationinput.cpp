#include "evaluationinput.h"

#include <QHash>

#include <cmath>

namespace synthreg::core {

MetricKind metricKindFor(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Continuous:
    case ColumnRole::Integer:
    case ColumnRole::SurvivalTime:
    case ColumnRole::VisitTime:
        return MetricKind::Numerical;
    case ColumnRole::Date:
    case ColumnRole::DateTime:
        return MetricKind::Datetime;
    case ColumnRole::Categorical:
    case ColumnRole::Ordinal:
    case ColumnRole::Binary:
    case ColumnRole::EventIndicator:
        return MetricKind::Categorical;
    case ColumnRole::PatientId:
    case ColumnRole::Excluded:
        return MetricKind::Skipped;
    }
    return MetricKind::Skipped;
}

static std::vector<double> asNumbers(const Column &column)
{
    std::vector<double> values(column.size());
    for (size_t row = 0; row < column.size(); ++row) {
        if (column.isMissing(row)) {
            values[row] = std::nan("");
            continue;
        }
        switch (column.kind()) {
        case StorageKind::Numeric: values[row] = column.numbers()[row]; break;
        case StorageKind::Timestamp: values[row] = double(column.seconds()[row]) / 86400.0; break;
        case StorageKind::Categorical: values[row] = column.displayText(row).toDouble(); break;
        }
    }
    return values;
}

QStringList CategoricalPair::realLevels() const
{
    std::vector<bool> seen(size_t(labels.size()), false);
    for (int32_t code : real) {
        if (code >= 0)
            seen[size_t(code)] = true;
    }
    QStringList present;
    for (qsizetype code = 0; code < labels.size(); ++code) {
        if (seen[size_t(code)])
            present << labels[code];
    }
    return present;
}

NumericPair alignNumeric(const Column &real, const Column &synthetic)
{
    return {asNumbers(real), asNumbers(synthetic)};
}

CategoricalPair alignCategorical(const Column &real, const Column &synthetic)
{
    CategoricalPair pair;
    QHash<QString, int32_t> codes;
    auto encode = [&](const Column &column) {
        std::vector<int32_t> out(column.size(), Column::kMissingCode);
        // Categorical storage: map each label once, then each row by its code.
        std::vector<int32_t> labelCode;
        if (column.kind() == StorageKind::Categorical) {
            for (const QString &label : column.labels()) {
                auto it = codes.find(label);
                if (it == codes.end()) {
                    it = codes.insert(label, int32_t(pair.labels.size()));
                    pair.labels << label;
                }
                labelCode.push_back(it.value());
            }
        }
        for (size_t row = 0; row < column.size(); ++row) {
            if (column.isMissing(row))
                continue;
            if (column.kind() == StorageKind::Categorical) {
                out[row] = labelCode[size_t(column.codes()[row])];
                continue;
            }
            const QString label = column.displayText(row);
            auto it = codes.find(label);
            if (it == codes.end()) {
                it = codes.insert(label, int32_t(pair.labels.size()));
                pair.labels << label;
            }
            out[row] = it.value();
        }
        return out;
    };
    pair.real = encode(real);
    pair.synthetic = encode(synthetic);
    return pair;
}

std::optional<EvaluationInput> EvaluationInput::build(const Table &real, const Table &synthetic, const Schema &schema,
                                                      QString *error)
{
    QStringList missing, extra;
    for (const QString &name : real.columnNames()) {
        if (synthetic.indexOf(name) < 0)
            missing << name;
    }
    for (const QString &name : synthetic.columnNames()) {
        if (real.indexOf(name) < 0)
            extra << name;
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty())
            parts << QStringLiteral("the synthetic data lacks %1").arg(missing.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            parts << QStringLiteral("the synthetic data has columns the real data does not: %1").arg(extra.join(QStringLiteral(", ")));
        *error = parts.join(QStringLiteral("; ")) + QStringLiteral(". Compare tables with the same columns.");
        return std::nullopt;
    }
    if (synthetic.rowCount() == 0 || real.rowCount() == 0) {
        *error = synthetic.rowCount() == 0 ? QStringLiteral("The synthetic data has no rows: generate some before evaluating.")
                                           : QStringLiteral("The real data has no rows.");
        return std::nullopt;
    }
    EvaluationInput input;
    input.realRows = real.rowCount();
    input.syntheticRows = synthetic.rowCount();
    for (const ColumnSpec &spec : schema.columns) {
        const int r = real.indexOf(spec.name);
        const int s = synthetic.indexOf(spec.name);
        if (r < 0 || s < 0) {
            *error = QStringLiteral("The schema names column '%1', which the data does not have.").arg(spec.name);
            return std::nullopt;
        }
        EvaluationColumn column{spec.name, spec.role, metricKindFor(spec.role), {}, {}};
        if (column.kind == MetricKind::Skipped)
            continue;
        const bool textual = real.column(r).kind() == StorageKind::Categorical || synthetic.column(s).kind() == StorageKind::Categorical;
        if (column.kind != MetricKind::Categorical && textual) {
            *error = QStringLiteral("Column '%1' holds text but its role is '%2': change its role to categorical, or fix the values.")
                         .arg(spec.name, roleDisplayName(spec.role));
            return std::nullopt;
        }
        if (column.kind == MetricKind::Categorical)
            column.categorical = alignCategorical(real.column(r), synthetic.column(s));
        else
            column.numeric = alignNumeric(real.column(r), synthetic.column(s));
        input.columns.push_back(std::move(column));
    }
    return input;
}

const EvaluationColumn *EvaluationInput::find(const QString &name) const
{
    for (const EvaluationColumn &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

} // namespace synthreg::core
