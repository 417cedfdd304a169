// Schema <-> SDV single-table metadata (METADATA_SPEC_VERSION "SINGLE_TABLE_V1", SDV >= 1.0).
// SDV has fewer roles than SynthReg, so the export is lossy: ordinal order, event coding,
// survival links and missingness policies have no SDV field and are dropped (documented in
// docs/architecture.md); an import therefore proposes roles that the user may refine.
#include "schema.h"

namespace synthreg::core {

namespace {
const QString kSpecVersion = QStringLiteral("SINGLE_TABLE_V1");

QJsonObject sdvColumn(const ColumnSpec &spec)
{
    auto numerical = [](const char *representation) {
        return QJsonObject{{QStringLiteral("sdtype"), QStringLiteral("numerical")},
                           {QStringLiteral("computer_representation"), QLatin1String(representation)}};
    };
    switch (spec.role) {
    case ColumnRole::Continuous:
    case ColumnRole::SurvivalTime:
    case ColumnRole::VisitTime:
        return numerical("Float");
    case ColumnRole::Integer:
        return numerical("Int64");
    case ColumnRole::Categorical:
    case ColumnRole::Ordinal:
    case ColumnRole::Binary:
    case ColumnRole::EventIndicator:
        return {{QStringLiteral("sdtype"), QStringLiteral("categorical")}};
    case ColumnRole::Date:
    case ColumnRole::DateTime: {
        QJsonObject json{{QStringLiteral("sdtype"), QStringLiteral("datetime")}};
        // SDV wants strftime; SynthReg's dates are exported as ISO 8601.
        json.insert(QStringLiteral("datetime_format"),
                    spec.role == ColumnRole::Date ? QStringLiteral("%Y-%m-%d") : QStringLiteral("%Y-%m-%dT%H:%M:%S"));
        return json;
    }
    case ColumnRole::PatientId:
        return {{QStringLiteral("sdtype"), QStringLiteral("id")}};
    case ColumnRole::Excluded:
        return {{QStringLiteral("sdtype"), QStringLiteral("unknown")}, {QStringLiteral("pii"), true}};
    }
    return {};
}

std::optional<ColumnRole> roleFromSdv(const QJsonObject &column)
{
    const QString sdtype = column.value(QStringLiteral("sdtype")).toString();
    if (sdtype == QLatin1String("numerical")) {
        const QString representation = column.value(QStringLiteral("computer_representation")).toString();
        return representation.startsWith(QLatin1String("Int")) || representation.startsWith(QLatin1String("UInt"))
                   ? ColumnRole::Integer : ColumnRole::Continuous;
    }
    if (sdtype == QLatin1String("categorical"))
        return ColumnRole::Categorical;
    if (sdtype == QLatin1String("boolean"))
        return ColumnRole::Binary;
    if (sdtype == QLatin1String("datetime"))
        return ColumnRole::Date;
    if (sdtype == QLatin1String("id"))
        return ColumnRole::PatientId;
    if (sdtype.isEmpty())
        return std::nullopt;
    // Every other sdtype (email, phone_number, name, address, unknown, ...) is PII or free text.
    return ColumnRole::Excluded;
}
} // namespace

QJsonObject Schema::toSdvMetadata() const
{
    QJsonObject sdvColumns;
    QString primaryKey;
    for (const ColumnSpec &spec : columns) {
        sdvColumns.insert(spec.name, sdvColumn(spec));
        if (spec.role == ColumnRole::PatientId && primaryKey.isEmpty() && !longitudinal)
            primaryKey = spec.name;
    }
    QJsonObject json{{QStringLiteral("METADATA_SPEC_VERSION"), kSpecVersion},
                     {QStringLiteral("columns"), sdvColumns}};
    if (!primaryKey.isEmpty())
        json.insert(QStringLiteral("primary_key"), primaryKey);
    return json;
}

std::optional<Schema> Schema::fromSdvMetadata(const QJsonObject &json, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    // Multi-table metadata nests tables; accept it when it holds exactly one table.
    QJsonObject table = json;
    if (json.contains(QStringLiteral("tables"))) {
        const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
        if (tables.size() != 1) {
            message = QStringLiteral("SDV metadata holds %1 tables; SynthReg reads single-table metadata").arg(tables.size());
            return std::nullopt;
        }
        table = tables.begin().value().toObject();
    }
    if (!table.value(QStringLiteral("columns")).isObject()) {
        message = QStringLiteral("SDV metadata has no \"columns\" object");
        return std::nullopt;
    }
    Schema schema;
    const QJsonObject sdvColumns = table.value(QStringLiteral("columns")).toObject();
    // QJsonObject iterates keys sorted; SDV metadata carries no column order, so the data decides it later.
    for (auto it = sdvColumns.begin(); it != sdvColumns.end(); ++it) {
        const auto role = roleFromSdv(it.value().toObject());
        if (!role) {
            message = QStringLiteral("columns.%1 has no \"sdtype\"").arg(it.key());
            return std::nullopt;
        }
        ColumnSpec spec;
        spec.name = it.key();
        spec.role = *role;
        spec.reason = QStringLiteral("from SDV metadata (sdtype %1)").arg(it.value().toObject().value(QStringLiteral("sdtype")).toString());
        schema.columns.append(spec);
    }
    return schema;
}

} // namespace synthreg::core
