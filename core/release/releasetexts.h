#pragma once

#include "provenance.h"

#include <QString>
#include <QStringList>

namespace synthreg::core {

/** A licence a steward can release under; `custom` takes the user's own terms. */
struct ReleaseLicense
{
    QString id;       ///< SPDX identifier, e.g. "CC-BY-4.0"; "custom" for the user's own text
    QString name;     ///< e.g. "Creative Commons Attribution 4.0 International"
    QString url;      ///< where the legal code is published (a reference, never fetched)
};

/** The licences offered, CC BY 4.0 (the default) first. */
const QList<ReleaseLicense> &releaseLicenses();
/** The licence with `id`, or nullopt. */
std::optional<ReleaseLicense> releaseLicense(const QString &id);

/** LICENSE.txt: the licence's name, identifier and notice, or `customText` for "custom". */
QByteArray licenseText(const ReleaseLicense &license, const QString &customText, const QString &holder);

/** README.txt: what the bundle is, that it is synthetic, how it was made, its files and terms of use. */
QByteArray readmeText(const QString &title, const ReleaseProvenance &provenance, const ReleaseLicense &license,
                      const QStringList &files);

} // namespace synthreg::core
