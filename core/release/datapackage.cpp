#include "datapackage.h"

#include <QDateTime>
#include <QJsonArray>

namespace synthreg::core {

namespace {

QString fieldType(const Column &column, const ColumnSpec *spec)
{
    switch (column.kind()) {
    case StorageKind::Categorical: return QStringLiteral("string");
    case StorageKind::Timestamp:
        return column.precision() == TimestampPrecision::Date ? QStringLiteral("date") : QStringLiteral("datetime");
    case StorageKind::Numeric: break;
    }
    const bool whole = spec && (spec->role == ColumnRole::Integer || spec->role == ColumnRole::PatientId
                                || (spec->decimals && *spec->decimals == 0));
    return whole ? QStringLiteral("integer") : QStringLiteral("number");
}

QString describe(const ColumnSpec &spec, const Schema &schema)
{
    QString text = QStringLiteral("Role: %1.").arg(roleKey(spec.role));
    if (spec.role == ColumnRole::EventIndicator && !spec.eventCoding.isEmpty()) {
        const QString sep = QStringLiteral(", ");
        text += QStringLiteral(" Codes: censored %1; event %2").arg(spec.eventCoding.censored.join(sep), spec.eventCoding.event.join(sep));
        if (!spec.eventCoding.competing.isEmpty())
            text += QStringLiteral("; competing event %1").arg(spec.eventCoding.competing.join(sep));
        text += u'.';
    }
    for (const SurvivalLink &link : schema.survival) {
        if (link.timeColumn == spec.name)
            text += QStringLiteral(" Follow-up time of the endpoint '%1' (event column %2).").arg(link.name, link.eventColumn);
        if (link.eventColumn == spec.name)
            text += QStringLiteral(" Event of the endpoint '%1' (time column %2).").arg(link.name, link.timeColumn);
    }
    if (spec.role == ColumnRole::PatientId)
        text += QStringLiteral(" Synthetic identifiers, numbered afresh: they match no real patient.");
    return text;
}

QJsonObject field(const Column &column, const Schema &schema)
{
    const ColumnSpec *spec = schema.find(column.name());
    QJsonObject field{{QStringLiteral("name"), column.name()}, {QStringLiteral("type"), fieldType(column, spec)}};
    if (column.kind() == StorageKind::Timestamp && column.precision() == TimestampPrecision::DateTime)
        field[QStringLiteral("format")] = QStringLiteral("%Y-%m-%dT%H:%M:%S");
    if (!spec)
        return field;
    field[QStringLiteral("description")] = describe(*spec, schema);
    QJsonObject constraints;
    if (column.kind() == StorageKind::Categorical) {
        QStringList levels = spec->levels.isEmpty() ? column.labels() : spec->levels;
        constraints[QStringLiteral("enum")] = QJsonArray::fromStringList(levels);
        if (spec->role == ColumnRole::Ordinal)
            field[QStringLiteral("categoriesOrdered")] = true;
    }
    if (spec->lowerBound && column.kind() == StorageKind::Numeric)
        constraints[QStringLiteral("minimum")] = *spec->lowerBound;
    if (spec->upperBound && column.kind() == StorageKind::Numeric)
        constraints[QStringLiteral("maximum")] = *spec->upperBound;
    if (!constraints.isEmpty())
        field[QStringLiteral("constraints")] = constraints;
    return field;
}

} // namespace

QJsonObject dataPackage(const Table &synthetic, const Schema &schema, const DataPackageResource &resource)
{
    QJsonArray fields;
    for (int c = 0; c < synthetic.columnCount(); ++c)
        fields.append(field(synthetic.column(c), schema));
    const QJsonObject tableSchema{{QStringLiteral("fields"), fields},
                                  {QStringLiteral("missingValues"), QJsonArray{QString()}}};
    const QJsonObject dataResource{
        {QStringLiteral("name"), resource.name},
        {QStringLiteral("path"), resource.path},
        {QStringLiteral("title"), resource.title},
        {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
        {QStringLiteral("encoding"), QStringLiteral("utf-8")},
        {QStringLiteral("dialect"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")},
                                                {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")},
                                                {QStringLiteral("header"), true}}},
        {QStringLiteral("bytes"), resource.bytes},
        {QStringLiteral("hash"), QStringLiteral("sha256:") + resource.sha256},
        {QStringLiteral("schema"), tableSchema},
    };
    return {{QStringLiteral("profile"), QStringLiteral("tabular-data-package")},
            {QStringLiteral("name"), resource.name},
            {QStringLiteral("title"), resource.title},
            {QStringLiteral("description"), QStringLiteral("Synthetic data made by SynthReg: no row describes a real person.")},
            {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("licenses"), QJsonArray{QJsonObject{{QStringLiteral("name"), resource.licenseId}}}},
            {QStringLiteral("resources"), QJsonArray{dataResource}}};
}

} // namespace synthreg::core
