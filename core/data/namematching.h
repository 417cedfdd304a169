#pragma once

#include <QString>
#include <QStringList>

namespace synthreg::core {

/**
 * Splits a column name into lower-case words: "os_time" -> {os, time}, "alk.phos" ->
 * {alk, phos}, "PatientID" -> {patient, id}. Type inference matches these words, so
 * "status" matches "os_status" but "stat" does not match "status".
 */
QStringList nameTokens(const QString &name);

/** True when any token of `name` is one of `words`. */
bool hasToken(const QStringList &tokens, const QStringList &words);

/** The name without the given words, joined by "_": the endpoint prefix of "efs_time" is "efs". */
QString stripTokens(const QStringList &tokens, const QStringList &words);

} // namespace synthreg::core
