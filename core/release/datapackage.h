#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"

#include <QJsonObject>

namespace synthreg::core {

/** Where and how the synthetic table lies in the bundle, for its data dictionary. */
struct DataPackageResource
{
    QString name;          ///< e.g. "pbc-synthetic"
    QString path;          ///< inside the bundle, e.g. "synthetic/pbc-synthetic.csv"
    QString title;
    QString licenseId;     ///< SPDX, e.g. "CC-BY-4.0"
    qint64 bytes = 0;
    QString sha256;
};

/**
 * The bundle's data dictionary as a Frictionless Data Package (tabular-data-package) with
 * one Table Schema: per column its type (number, integer, string, date, datetime), a title,
 * a description of its role (and the event coding of event indicators, the linked time of a
 * survival endpoint), the allowed categories and the user's bounds as constraints, and the
 * missing-value convention of the CSV (empty cells). Never any real value.
 */
QJsonObject dataPackage(const Table &synthetic, const Schema &schema, const DataPackageResource &resource);

} // namespace synthreg::core
