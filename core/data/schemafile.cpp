#include "schemafile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace synthreg::core {

std::optional<Schema> readSchemaFile(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 cannot be read (%2). Check the path.").arg(name, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object (%2 at byte %3).").arg(name, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject json = document.object();
    std::optional<Schema> schema;
    QString detail;
    if (json.contains(QLatin1String("METADATA_SPEC_VERSION")))
        schema = Schema::fromSdvMetadata(json, &detail);
    else if (json.contains(QLatin1String("format")))
        schema = Schema::fromJson(json, &detail);
    else
        detail = QStringLiteral("it is neither a SynthReg schema (no \"format\" key) nor SDV metadata (no \"METADATA_SPEC_VERSION\" key)");
    if (!schema)
        *error = QStringLiteral("%1 could not be read: %2.").arg(name, detail);
    return schema;
}

Schema orderedLike(const Schema &schema, const QStringList &columnNames)
{
    Schema ordered = schema;
    ordered.columns.clear();
    for (const QString &name : columnNames) {
        if (const ColumnSpec *spec = schema.find(name))
            ordered.columns.append(*spec);
    }
    for (const ColumnSpec &spec : schema.columns) {
        if (!columnNames.contains(spec.name))
            ordered.columns.append(spec);
    }
    return ordered;
}

} // namespace synthreg::core
