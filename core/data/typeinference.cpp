#include "typeinference.h"

#include "namematching.h"
#include "survivaldetection.h"
#include "table.h"

#include <QRegularExpression>
#include <QSet>

#include <unordered_map>

namespace synthreg::core {

namespace {
QStringList words(const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); }

const QStringList kIdWords = words("id patid patientid pid subject subjid usubjid subjectid studyid caseid case record");
const QStringList kDirectIdWords = words("name firstname lastname surname forename fullname vorname nachname "
                                         "email mail phone telephone tel mobile fax address street ssn mrn nhs "
                                         "insurance passport initials");
const QStringList kBirthWords = words("dob birth birthdate birthday born geburt geburtsdatum");
const QStringList kNominalCodeWords = words("inst institution site center centre hospital clinic region country "
                                            "race ethnicity ethnic rx arm treatment trt");
const QStringList kVisitWords = words("day days visit visitday week weeks month months year years date "
                                      "visitdate vdate exam obsdate t");

// Numbers in a reason read as the data does: "1–4", "0/0.5/1".
QString range(const ColumnProfile &p)
{
    return QStringLiteral("%1–%2").arg(QString::number(p.minimum, 'g', 6), QString::number(p.maximum, 'g', 6));
}

QString listedValues(const ColumnProfile &p)
{
    QStringList values = p.sampleValues;
    if (p.storage == StorageKind::Numeric) {
        std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    }
    return values.join(QLatin1Char('/'));
}

// Smallest number of decimals (≤ 6) that reproduces every value: what the source was written with.
std::optional<int> observedDecimals(const Column &column)
{
    for (int decimals = 0; decimals <= 6; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        const bool fits = std::all_of(column.numbers().begin(), column.numbers().end(), [&](double v) {
            if (std::isnan(v))
                return true;
            const double scaled = v * scale;
            return std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::abs(scaled));
        });
        if (fits)
            return decimals;
    }
    return std::nullopt;
}

bool looksLikeEmail(const QStringList &samples)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    return !samples.isEmpty() && std::all_of(samples.begin(), samples.end(), [](const QString &s) { return email.match(s).hasMatch(); });
}

bool looksLikePhone(const QStringList &samples)
{
    // Digits with the separators phone numbers are written with; a bare number is not enough.
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()/.\\-]{5,}[0-9]$"));
    return !samples.isEmpty() && std::all_of(samples.begin(), samples.end(), [](const QString &s) {
        const qsizetype digits = std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
        const bool separated = s.startsWith(QLatin1Char('+')) || s.contains(QLatin1Char(' ')) || s.contains(QLatin1Char('-'))
                            || s.contains(QLatin1Char('/')) || s.contains(QLatin1Char('('));
        return phone.match(s).hasMatch() && digits >= 7 && digits <= 15 && separated;
    });
}

double averageLength(const QStringList &samples)
{
    double total = 0;
    for (const QString &s : samples)
        total += double(s.size());
    return samples.isEmpty() ? 0 : total / double(samples.size());
}

void exclude(ColumnSpec &spec, const QString &reason, const QString &warning)
{
    spec.role = ColumnRole::Excluded;
    spec.reason = reason;
    if (!warning.isEmpty())
        spec.warnings << warning;
}

/** Direct identifiers and free text, by name first and then by content. */
bool proposeIfIdentifier(ColumnSpec &spec, const QStringList &tokens, const ColumnProfile &p)
{
    const QString warning = QStringLiteral("likely direct identifier: it is never modelled nor released");
    if (p.storage == StorageKind::Timestamp && hasToken(tokens, kBirthWords)) {
        exclude(spec, QStringLiteral("exact birth dates → excluded (derive age instead)"), warning);
        return true;
    }
    if (hasToken(tokens, kDirectIdWords)) {
        exclude(spec, QStringLiteral("named like a direct identifier ('%1') → excluded").arg(spec.name), warning);
        return true;
    }
    if (p.storage != StorageKind::Categorical)
        return false;
    if (looksLikeEmail(p.sampleValues)) {
        exclude(spec, QStringLiteral("e-mail addresses → excluded"), warning);
        return true;
    }
    if (looksLikePhone(p.sampleValues)) {
        exclude(spec, QStringLiteral("phone numbers → excluded"), warning);
        return true;
    }
    const bool mostlyUnique = p.distinctCount > 50 && p.distinctCount * 2 > p.rowCount - p.missingCount;
    if (mostlyUnique && averageLength(p.sampleValues) > 30) {
        exclude(spec, QStringLiteral("long, mostly unique texts → free text, excluded"),
                QStringLiteral("free text can name patients: it is never modelled nor released"));
        return true;
    }
    return false;
}

bool isDenseUniqueIntegerRun(const Column &column, const ColumnProfile &p)
{
    if (p.storage != StorageKind::Numeric || !p.allIntegers || p.missingCount > 0 || p.distinctCount != p.rowCount
        || p.rowCount < 20)
        return false;
    const auto &v = column.numbers();
    return std::is_sorted(v.begin(), v.end()) && p.maximum - p.minimum + 1 <= 1.5 * double(p.rowCount);
}

/** Role from the values alone (and a few words that mark nominal codes). */
void proposeFromContent(ColumnSpec &spec, const QStringList &tokens, const ColumnProfile &p, const Column &column)
{
    const qint64 present = p.rowCount - p.missingCount;
    if (present == 0) {
        exclude(spec, QStringLiteral("all values missing → excluded"), QStringLiteral("every value is missing"));
        return;
    }
    if (p.storage == StorageKind::Timestamp) {
        const bool dateOnly = column.precision() == TimestampPrecision::Date;
        spec.role = dateOnly ? ColumnRole::Date : ColumnRole::DateTime;
        spec.dateFormat = column.sourceFormat();
        spec.reason = column.sourceFormat().isEmpty() ? (dateOnly ? QStringLiteral("dates") : QStringLiteral("dates with times"))
                                                      : QStringLiteral("%1 dates").arg(column.sourceFormat().toLower());
        return;
    }
    if (p.distinctCount == 1) {
        spec.role = ColumnRole::Categorical;
        spec.reason = QStringLiteral("a single value ('%1') → categorical").arg(p.sampleValues.value(0));
        spec.warnings << QStringLiteral("constant: carries no information; consider excluding it");
        return;
    }
    if (p.distinctCount == 2) {
        spec.role = ColumnRole::Binary;
        spec.reason = QStringLiteral("2 distinct values %1 → binary").arg(listedValues(p));
        return;
    }
    if (p.storage == StorageKind::Categorical) {
        spec.role = ColumnRole::Categorical;
        spec.reason = QStringLiteral("%1 distinct labels → categorical").arg(p.distinctCount);
        if (p.distinctCount > 50) {
            spec.warnings << QStringLiteral("high cardinality (%1 levels): rare levels will be grouped").arg(p.distinctCount);
            if (p.distinctCount * 2 > present)
                spec.warnings << QStringLiteral("almost every value is different: if this identifies people, exclude it");
        }
        return;
    }
    const bool nominal = hasToken(tokens, kNominalCodeWords);
    if (nominal && p.allIntegers && p.distinctCount <= 100) {
        spec.role = ColumnRole::Categorical;
        spec.reason = QStringLiteral("%1 integer codes named like a group ('%2') → categorical").arg(p.distinctCount).arg(spec.name);
        return;
    }
    const bool smallIntegerScale = p.allIntegers && p.distinctCount <= 10 && p.maximum - p.minimum <= 100;
    if (smallIntegerScale || (!p.allIntegers && p.distinctCount <= 5)) {
        spec.role = ColumnRole::Ordinal;
        QStringList levels = p.sampleValues;
        std::sort(levels.begin(), levels.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
        spec.levels = levels;
        spec.reason = QStringLiteral("%1 distinct values %2 → ordinal").arg(p.distinctCount).arg(levels.join(QLatin1Char('/')));
        return;
    }
    // Counts start at 0 or 1 (pregnancies, positive nodes); whole-number measurements such as
    // glucose in mg/dl or age in years do not, and are continuous values rounded to integers.
    if (p.allIntegers && (p.minimum == 0 || p.minimum == 1) && p.maximum <= 1000) {
        spec.role = ColumnRole::Integer;
        spec.reason = QStringLiteral("whole numbers %1 → integer/count").arg(range(p));
        return;
    }
    spec.role = ColumnRole::Continuous;
    spec.decimals = observedDecimals(column);
    spec.reason = p.allIntegers ? QStringLiteral("whole numbers %1 → continuous, rounded to integers").arg(range(p))
                                : QStringLiteral("decimal values %1 → continuous").arg(range(p));
}

/** Share of patients (with ≥ 2 rows) whose values of `column` differ between their rows. */
double shareVaryingWithinPatient(const Column &ids, const Column &column)
{
    std::unordered_map<std::string, std::pair<QString, bool>> firstValue; // id -> (first value, varies)
    std::unordered_map<std::string, int> rows;
    for (size_t row = 0; row < ids.size(); ++row) {
        if (ids.isMissing(row))
            continue;
        const std::string id = ids.displayText(row).toStdString();
        const QString value = column.displayText(row);
        auto [it, inserted] = firstValue.try_emplace(id, value, false);
        if (!inserted && it->second.first != value)
            it->second.second = true;
        ++rows[id];
    }
    int repeated = 0, varying = 0;
    for (const auto &[id, count] : rows) {
        if (count < 2)
            continue;
        ++repeated;
        varying += firstValue[id].second ? 1 : 0;
    }
    return repeated ? double(varying) / repeated : 0.0;
}

void proposeLongitudinalKeys(InferenceResult &result, const Table &table, int idColumn, const QStringList &survivalColumns)
{
    const ColumnProfile &idProfile = result.profiles[idColumn];
    const qint64 present = idProfile.rowCount - idProfile.missingCount;
    if (idProfile.distinctCount >= present)
        return;
    ColumnSpec &idSpec = result.schema.columns[idColumn];
    for (int c = 0; c < table.columnCount(); ++c) {
        ColumnSpec &spec = result.schema.columns[c];
        const bool timeLike = result.profiles[c].storage != StorageKind::Categorical;
        if (c == idColumn || !timeLike || survivalColumns.contains(spec.name) || !isModelledRole(spec.role)
            || !hasToken(nameTokens(spec.name), kVisitWords))
            continue;
        if (shareVaryingWithinPatient(table.column(idColumn), table.column(c)) < 0.5)
            continue;
        spec.role = ColumnRole::VisitTime;
        spec.reason = QStringLiteral("varies within patient '%1' and is named like a visit time → visit time").arg(idSpec.name);
        result.schema.longitudinal = LongitudinalKeys{idSpec.name, spec.name};
        idSpec.reason = QStringLiteral("%1 patients over %2 rows, with visit time '%3' → patient id (longitudinal)")
                            .arg(idProfile.distinctCount).arg(present).arg(spec.name);
        return;
    }
    idSpec.warnings << QStringLiteral("not unique (%1 distinct values in %2 rows) and no visit-time column found: "
                                      "choose one if rows are visits, otherwise check for duplicate records")
                           .arg(idProfile.distinctCount).arg(present);
}
} // namespace

InferenceResult inferSchema(const Table &table)
{
    InferenceResult result;
    result.profiles = profileTable(table);

    int idColumn = -1;
    QStringList taken;   // columns already decided, out of the survival search
    for (int c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        const ColumnProfile &p = result.profiles[c];
        const QStringList tokens = nameTokens(column.name());
        ColumnSpec spec;
        spec.name = column.name();
        spec.missing = MissingPolicy::Keep;

        const bool idByName = hasToken(tokens, kIdWords) && (p.storage != StorageKind::Numeric || p.allIntegers)
                           && p.distinctCount > 1;
        if (proposeIfIdentifier(spec, tokens, p)) {
            taken << spec.name;
        } else if (idColumn < 0 && (idByName || isDenseUniqueIntegerRun(column, p))) {
            spec.role = ColumnRole::PatientId;
            spec.reason = p.distinctCount == p.rowCount
                              ? QStringLiteral("unique %1 → patient id").arg(p.storage == StorageKind::Numeric ? QStringLiteral("integers") : QStringLiteral("codes"))
                              : QStringLiteral("named like an identifier → patient id");
            idColumn = c;
            taken << spec.name;
        } else {
            proposeFromContent(spec, tokens, p, column);
            if (spec.role == ColumnRole::Excluded)
                taken << spec.name;
        }
        result.schema.columns << spec;
    }

    const SurvivalProposal survival = detectSurvivalPairs(table, result.profiles, taken);
    QStringList survivalColumns;
    for (const SurvivalLink &link : survival.links) {
        ColumnSpec *time = result.schema.find(link.timeColumn);
        ColumnSpec *event = result.schema.find(link.eventColumn);
        time->role = ColumnRole::SurvivalTime;
        time->reason = survival.reasons.value(link.timeColumn);
        time->levels.clear();
        event->role = ColumnRole::EventIndicator;
        event->reason = survival.reasons.value(link.eventColumn);
        event->eventCoding = survival.eventCoding.value(link.eventColumn);
        event->levels.clear();
        survivalColumns << link.timeColumn << link.eventColumn;
    }
    result.schema.survival = survival.links;
    result.warnings << survival.warnings;

    if (idColumn >= 0)
        proposeLongitudinalKeys(result, table, idColumn, survivalColumns);

    for (const ColumnSpec &spec : result.schema.columns) {
        for (const QString &warning : spec.warnings)
            result.warnings << QStringLiteral("%1: %2").arg(spec.name, warning);
    }
    return result;
}

} // namespace synthreg::core
