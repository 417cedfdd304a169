// Schema <-> SynthReg's own schema JSON ("format": "synthreg.schema"). The keys are a file
// format shared by the CLI, the GUI and project files: add keys, never rename them.
#include "schema.h"

#include <QJsonArray>

namespace synthreg::core {

namespace {
constexpr int kFormatVersion = 1;

QJsonArray toArray(const QStringList &list) { return QJsonArray::fromStringList(list); }

bool readStringList(const QJsonValue &value, const QString &where, QStringList *out, QString *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1 must be a list of strings").arg(where);
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("%1 must be a list of strings").arg(where);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool readOptionalNumber(const QJsonObject &object, const QString &key, const QString &where,
                        std::optional<double> *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble()) {
        *error = QStringLiteral("%1.%2 must be a number").arg(where, key);
        return false;
    }
    *out = value.toDouble();
    return true;
}

QJsonObject columnToJson(const ColumnSpec &spec)
{
    QJsonObject json{{QStringLiteral("name"), spec.name},
                     {QStringLiteral("role"), roleKey(spec.role)},
                     {QStringLiteral("missing"), missingPolicyKey(spec.missing)}};
    if (spec.lowerBound)
        json.insert(QStringLiteral("lower_bound"), *spec.lowerBound);
    if (spec.upperBound)
        json.insert(QStringLiteral("upper_bound"), *spec.upperBound);
    if (spec.decimals)
        json.insert(QStringLiteral("decimals"), *spec.decimals);
    if (!spec.levels.isEmpty())
        json.insert(QStringLiteral("levels"), toArray(spec.levels));
    if (!spec.eventCoding.isEmpty()) {
        json.insert(QStringLiteral("event_coding"),
                    QJsonObject{{QStringLiteral("censored"), toArray(spec.eventCoding.censored)},
                                {QStringLiteral("event"), toArray(spec.eventCoding.event)},
                                {QStringLiteral("competing"), toArray(spec.eventCoding.competing)}});
    }
    if (!spec.dateFormat.isEmpty())
        json.insert(QStringLiteral("date_format"), spec.dateFormat);
    if (!spec.reason.isEmpty())
        json.insert(QStringLiteral("reason"), spec.reason);
    if (!spec.warnings.isEmpty())
        json.insert(QStringLiteral("warnings"), toArray(spec.warnings));
    return json;
}

std::optional<ColumnSpec> columnFromJson(const QJsonValue &value, int index, QString *error)
{
    const QString where = QStringLiteral("columns[%1]").arg(index);
    if (!value.isObject()) {
        *error = QStringLiteral("%1 must be an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject json = value.toObject();
    ColumnSpec spec;
    spec.name = json.value(QStringLiteral("name")).toString();
    if (spec.name.isEmpty()) {
        *error = QStringLiteral("%1.name is missing or empty").arg(where);
        return std::nullopt;
    }
    const auto role = roleFromKey(json.value(QStringLiteral("role")).toString());
    if (!role) {
        *error = QStringLiteral("%1.role '%2' is not a known role").arg(where, json.value(QStringLiteral("role")).toString());
        return std::nullopt;
    }
    spec.role = *role;
    const QString policyText = json.value(QStringLiteral("missing")).toString(QStringLiteral("keep"));
    const auto policy = missingPolicyFromKey(policyText);
    if (!policy) {
        *error = QStringLiteral("%1.missing '%2' must be keep, impute or drop_rows").arg(where, policyText);
        return std::nullopt;
    }
    spec.missing = *policy;
    if (!readOptionalNumber(json, QStringLiteral("lower_bound"), where, &spec.lowerBound, error)
        || !readOptionalNumber(json, QStringLiteral("upper_bound"), where, &spec.upperBound, error))
        return std::nullopt;
    if (json.contains(QStringLiteral("decimals"))) {
        const QJsonValue decimals = json.value(QStringLiteral("decimals"));
        if (!decimals.isDouble() || decimals.toDouble() < 0 || decimals.toDouble() > 15) {
            *error = QStringLiteral("%1.decimals must be a whole number from 0 to 15").arg(where);
            return std::nullopt;
        }
        spec.decimals = decimals.toInt();
    }
    if (!readStringList(json.value(QStringLiteral("levels")), where + QStringLiteral(".levels"), &spec.levels, error)
        || !readStringList(json.value(QStringLiteral("warnings")), where + QStringLiteral(".warnings"), &spec.warnings, error))
        return std::nullopt;
    const QJsonObject coding = json.value(QStringLiteral("event_coding")).toObject();
    const QString codingWhere = where + QStringLiteral(".event_coding");
    if (!readStringList(coding.value(QStringLiteral("censored")), codingWhere + QStringLiteral(".censored"), &spec.eventCoding.censored, error)
        || !readStringList(coding.value(QStringLiteral("event")), codingWhere + QStringLiteral(".event"), &spec.eventCoding.event, error)
        || !readStringList(coding.value(QStringLiteral("competing")), codingWhere + QStringLiteral(".competing"), &spec.eventCoding.competing, error))
        return std::nullopt;
    spec.dateFormat = json.value(QStringLiteral("date_format")).toString();
    spec.reason = json.value(QStringLiteral("reason")).toString();
    return spec;
}
} // namespace

QJsonObject Schema::toJson() const
{
    QJsonArray columnArray;
    for (const ColumnSpec &spec : columns)
        columnArray.append(columnToJson(spec));
    QJsonArray links;
    for (const SurvivalLink &link : survival) {
        links.append(QJsonObject{{QStringLiteral("name"), link.name},
                                 {QStringLiteral("time"), link.timeColumn},
                                 {QStringLiteral("event"), link.eventColumn}});
    }
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("synthreg.schema")},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("columns"), columnArray},
                     {QStringLiteral("survival"), links}};
    if (longitudinal) {
        json.insert(QStringLiteral("longitudinal"),
                    QJsonObject{{QStringLiteral("patient_id"), longitudinal->patientIdColumn},
                                {QStringLiteral("visit_time"), longitudinal->visitTimeColumn}});
    }
    return json;
}

std::optional<Schema> Schema::fromJson(const QJsonObject &json, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("synthreg.schema")) {
        message = QStringLiteral("\"format\" must be \"synthreg.schema\" (for SDV metadata use the SDV import)");
        return std::nullopt;
    }
    if (json.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        message = QStringLiteral("\"version\" %1 was written by a newer SynthReg: update SynthReg to read it")
                      .arg(json.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    if (!json.value(QStringLiteral("columns")).isArray()) {
        message = QStringLiteral("\"columns\" must be a list");
        return std::nullopt;
    }
    Schema schema;
    const QJsonArray columnArray = json.value(QStringLiteral("columns")).toArray();
    for (int i = 0; i < columnArray.size(); ++i) {
        auto spec = columnFromJson(columnArray.at(i), i, &message);
        if (!spec)
            return std::nullopt;
        if (schema.indexOf(spec->name) >= 0) {
            message = QStringLiteral("columns[%1].name '%2' appears twice").arg(i).arg(spec->name);
            return std::nullopt;
        }
        schema.columns.append(*spec);
    }
    const QJsonArray links = json.value(QStringLiteral("survival")).toArray();
    for (int i = 0; i < links.size(); ++i) {
        const QJsonObject link = links.at(i).toObject();
        SurvivalLink parsed{link.value(QStringLiteral("name")).toString(), link.value(QStringLiteral("time")).toString(),
                            link.value(QStringLiteral("event")).toString()};
        if (parsed.timeColumn.isEmpty() || parsed.eventColumn.isEmpty()) {
            message = QStringLiteral("survival[%1] needs both \"time\" and \"event\"").arg(i);
            return std::nullopt;
        }
        schema.survival.append(parsed);
    }
    if (json.contains(QStringLiteral("longitudinal"))) {
        const QJsonObject keys = json.value(QStringLiteral("longitudinal")).toObject();
        LongitudinalKeys parsed{keys.value(QStringLiteral("patient_id")).toString(),
                                keys.value(QStringLiteral("visit_time")).toString()};
        if (parsed.patientIdColumn.isEmpty() || parsed.visitTimeColumn.isEmpty()) {
            message = QStringLiteral("\"longitudinal\" needs both \"patient_id\" and \"visit_time\"");
            return std::nullopt;
        }
        schema.longitudinal = parsed;
    }
    return schema;
}

} // namespace synthreg::core
