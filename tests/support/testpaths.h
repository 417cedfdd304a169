#pragma once

#include <QString>
#include <QTemporaryDir>

namespace synthreg::test {

/** A fixture under tests/data/. */
QString fixturePath(const QString &name);
/** A file of ../shared/datasets, or an empty string when that folder is absent (tests then skip). */
QString sharedDatasetPath(const QString &name);
/** The built synthreg-cli executable. */
QString cliPath();

/** Writes `bytes` to `name` inside `dir` and returns the path. */
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
/** The whole content of a file (empty when it cannot be read). */
QByteArray readFile(const QString &path);

} // namespace synthreg::test
