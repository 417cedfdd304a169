#pragma once

#include <QString>

namespace synthreg::resources {

/** Qt resource path of the embedded demo baseline table (R survival::pbc, 418 patients). */
QString demoBaselinePath();
/** Qt resource path of the embedded demo visits table (R survival::pbcseq, 1945 visits). */
QString demoVisitsPath();
/** The licence and provenance notice that travels with the demo data. */
QString demoNotice();

} // namespace synthreg::resources
