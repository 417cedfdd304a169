#include "encodertestdata.h"

#include "core/encoding/variationalmixture.h"
#include "support/testpaths.h"

#include <QDate>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace synthreg::core;
using namespace synthreg::test;

TEST(TableEncoder, DemoPbcRoundTripsWithItsProposedSchema)
{
    const Table pbc = demoPbc();
    const Schema schema = inferSchema(pbc).schema;
    for (ContinuousEncoding encoding : {ContinuousEncoding::ModeSpecific, ContinuousEncoding::Standardized}) {
        EncoderOptions options;
        options.continuous = encoding;
        const TableEncoder encoder = fitted(pbc, schema, options);
        const EncodedMatrix matrix = encoder.encode(pbc, /*seed=*/7);
        EXPECT_EQ(matrix.rows, 418);
        EXPECT_TRUE(allFinite(matrix));
        expectReproducesPbc(pbc, schema, encoder.decode(matrix, /*seed=*/1));
    }
}

TEST(TableEncoder, VariationalMixtureMatchesScikitLearn)
{
    std::vector<double> values;
    for (int i = 0; i < 800; ++i)
        values.push_back(std::fmod(i * 0.6180339887498949, 1.0) * 10 + (i >= 500 ? 25 : 0));
    // mixture_golden.py: sklearn 1.2.1 BayesianGaussianMixture as CTGAN configures it, same start.
    const double golden[][3] = {{4.97644382, 2.99579109, 0.399104361},
                                {5.12887698, 3.124902, 0.225785179},
                                {29.9464953, 3.10757453, 0.366770787}};
    const std::vector<MixtureComponent> components = fitVariationalMixture(values, MixtureOptions{});
    ASSERT_EQ(components.size(), 3u);
    for (size_t k = 0; k < 3; ++k) {
        EXPECT_NEAR(components[k].mean, golden[k][0], 1e-6 * golden[k][0]);
        EXPECT_NEAR(components[k].stddev, golden[k][1], 1e-6 * golden[k][1]);
        EXPECT_NEAR(components[k].weight, golden[k][2], 1e-6);
    }
}

TEST(TableEncoder, StandardizedFlagsMissingValuesInTheirOwnSpan)
{
    const Table pbc = demoPbc();
    EncoderOptions options;
    options.continuous = ContinuousEncoding::Standardized;
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema, options);
    for (const Span &span : encoder.layout().spans)
        EXPECT_NE(span.kind, SpanKind::Mode);
    EXPECT_EQ(spansOf(encoder, QStringLiteral("age")).size(), 1u);   // no missing ages: just the z-score
    const std::vector<Span> chol = spansOf(encoder, QStringLiteral("chol"));
    ASSERT_EQ(chol.size(), 2u);
    EXPECT_EQ(chol[1].kind, SpanKind::Category);
    EXPECT_EQ(chol[1].width, 2);
    const EncodedMatrix matrix = encoder.encode(pbc, 1);
    int64_t flagged = 0;
    for (int64_t i = 0; i < matrix.rows; ++i)
        flagged += argmaxInSpan(matrix.row(i), chol[1]);
    EXPECT_EQ(flagged, 134);
}

TEST(TableEncoder, PatientIdsAreFreshAndNumberedAcrossChunks)
{
    const Table pbc = demoPbc();
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema);
    EXPECT_EQ(encoder.encodedColumn(QStringLiteral("id")), -1);
    const Table decoded = encoder.decode(encoder.encode(pbc, 1), 1, /*firstRowNumber=*/100);
    const Column &ids = decoded.column(decoded.indexOf(QStringLiteral("id")));
    EXPECT_EQ(ids.displayText(0), QStringLiteral("SYN-000101"));
    EXPECT_EQ(ids.displayText(417), QStringLiteral("SYN-000518"));
    EXPECT_EQ(decoded.provenance().format, QStringLiteral("synthetic"));
    EXPECT_TRUE(decoded.provenance().sourcePath.isEmpty());
    EXPECT_EQ(decoded.columnNames(), pbc.columnNames());
}

TEST(TableEncoder, MissingModeCarriesTheMissingRate)
{
    const Table pbc = demoPbc();
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema);
    const EncodedMatrix matrix = encoder.encode(pbc, 3);
    const std::vector<Span> chol = spansOf(encoder, QStringLiteral("chol"));
    ASSERT_EQ(chol.size(), 2u);
    ASSERT_EQ(chol[1].kind, SpanKind::Mode);
    int64_t missingMode = 0;
    for (int64_t i = 0; i < matrix.rows; ++i)
        missingMode += argmaxInSpan(matrix.row(i), chol[1]) == chol[1].width - 1;
    EXPECT_EQ(missingMode, 134);   // R: sum(is.na(pbc$chol))
}

TEST(TableEncoder, ExactZerosBecomeTheirOwnModeAndDecodeToZero)
{
    std::vector<double> values = lognormal(2000, 0.5, 11);
    for (size_t i = 0; i < values.size(); i += 3)
        values[i] = 0;   // a third exact zeros: CTAB-GAN+'s mixed column
    const Table table = tableOf({numbers("dose", values)});
    const TableEncoder encoder = fitted(table, schemaOf({specOf("dose", ColumnRole::Continuous)}));
    EncodedMatrix matrix = encoder.encode(table, 5);
    setAlphas(matrix, 0.9f);   // whatever the generator says about alpha, a point mass stays exact
    const Table decoded = encoder.decode(matrix, 5);
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i] == 0) {
            ASSERT_EQ(decoded.column(0).numbers()[i], 0.0) << i;
        } else {
            ASSERT_GT(decoded.column(0).numbers()[i], 0.0) << i;
        }
    }
}

// Years of schooling (adult.csv's education_num): 16 values, one of them held by 0.2 % of the
// rows. Each becomes a point mass, so whatever alpha a generator emits the decoded column holds
// only those values, and its rare smallest value is still among them.
TEST(TableEncoder, ANumericColumnWithFewValuesKeepsExactlyThoseValues)
{
    std::vector<double> years;
    for (int i = 0; i < 5000; ++i)
        years.push_back(i < 10 ? 1.0 : double(2 + (i * 7) % 15));
    const Table table = tableOf({numbers("education_num", years)});
    const TableEncoder encoder = fitted(table, schemaOf({specOf("education_num", ColumnRole::Continuous)}));
    const std::vector<Span> spans = spansOf(encoder, QStringLiteral("education_num"));
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[1].width, 16) << "one mode per value";

    EncodedMatrix matrix = encoder.encode(table, 5);
    setAlphas(matrix, 0.9f);
    const Table decoded = encoder.decode(matrix, 5);
    for (size_t i = 0; i < years.size(); ++i)
        ASSERT_EQ(decoded.column(0).numbers()[i], years[i]) << "row " << i;

    // 25 values are more than a discrete column holds: Gaussian modes (at most 10) again.
    std::vector<double> many;
    for (int i = 0; i < 5000; ++i)
        many.push_back(double(i % 25));
    const Table manyValues = tableOf({numbers("dose", many)});
    EXPECT_LT(spansOf(fitted(manyValues, schemaOf({specOf("dose", ColumnRole::Continuous)})), QStringLiteral("dose"))[1].width, 11);
}

TEST(TableEncoder, LongRightTailIsModelledOnTheLogScale)
{
    const std::vector<double> skewed = lognormal(3000, 1.5, 21);
    std::vector<double> symmetric(3000);
    std::mt19937_64 engine(22);
    std::normal_distribution<double> normal(50, 10);
    for (double &v : symmetric)
        v = normal(engine);
    const Table table = tableOf({numbers("crp", skewed), numbers("height", symmetric)});
    const TableEncoder encoder = fitted(table, schemaOf({specOf("crp", ColumnRole::Continuous),
                                                         specOf("height", ColumnRole::Continuous)}));
    EncodedMatrix matrix = encoder.encode(table, 9);
    const Table roundTrip = encoder.decode(matrix, 9);
    const auto largest = std::max_element(skewed.begin(), skewed.end()) - skewed.begin();
    EXPECT_NEAR(roundTrip.column(0).numbers()[size_t(largest)], skewed[size_t(largest)], 1e-4 * skewed[size_t(largest)]);

    // Within each row's mode, alpha steps of equal size: on the log scale the step up is larger
    // than the step down for crp (exp is convex); height, not transformed, stays symmetric.
    auto decodedAt = [&](float alpha) {
        EncodedMatrix shifted = matrix;
        setAlphas(shifted, alpha);
        return encoder.decode(shifted, 9);
    };
    const Table low = decodedAt(-0.25f), middle = decodedAt(0.0f), high = decodedAt(0.25f);
    int skewedRows = 0, symmetricRows = 0;
    for (size_t i = 0; i < table.rowCount(); ++i) {
        auto step = [&](int c, const Table &a, const Table &b) { return a.column(c).numbers()[i] - b.column(c).numbers()[i]; };
        skewedRows += step(0, high, middle) > 1.05 * step(0, middle, low);
        const double up = step(1, high, middle), down = step(1, middle, low);
        symmetricRows += std::abs(up - down) <= 1e-6 * (up + down);
    }
    EXPECT_GT(skewedRows, 2700);
    EXPECT_GT(symmetricRows, 2700);
}

TEST(TableEncoder, FarValuesAFewRowsHoldStillComeBack)
{
    // pbc's prothrombin times: a bulk around 10.6 and three values far above it (15.2, 17.1,
    // 18.0). Too few rows for a mode of their own, they must still encode within a mode's
    // reach, or decoding (and every generator) tops out below them.
    std::vector<double> values(2000);
    std::mt19937_64 engine(5);
    std::normal_distribution<double> bulk(10.6, 0.8);
    for (double &v : values)
        v = std::round(bulk(engine) * 10) / 10;
    values[10] = 15.2;
    values[500] = 17.1;
    values[1500] = 18.0;
    values[700] = 4.0;
    const Table table = tableOf({numbers("protime", values)});
    const TableEncoder encoder = fitted(table, schemaOf({specOf("protime", ColumnRole::Continuous)}));
    const Table roundTrip = encoder.decode(encoder.encode(table, 3), 3);
    for (size_t row : {size_t(10), size_t(500), size_t(1500), size_t(700)})
        EXPECT_NEAR(roundTrip.column(0).numbers()[row], values[row], 0.05) << "row " << row;

    const Table pbc = demoPbc();
    const TableEncoder pbcEncoder = fitted(pbc, inferSchema(pbc).schema);
    const Table pbcRoundTrip = pbcEncoder.decode(pbcEncoder.encode(pbc, 3), 3);
    const Column &protime = pbcRoundTrip.column(pbcRoundTrip.indexOf(QStringLiteral("protime")));
    double largest = 0;
    for (double v : protime.numbers())
        largest = std::isnan(v) ? largest : std::max(largest, v);
    EXPECT_DOUBLE_EQ(largest, 18.0);
}

TEST(TableEncoder, DecodingRespectsBoundsRoundingAndIntegers)
{
    std::vector<double> counts(600), lab(600), score(600);
    for (size_t i = 0; i < counts.size(); ++i) {
        counts[i] = double(i % 37);
        lab[i] = double(i % 251) / 100.0 + 1.0;   // two decimals, 1.00 .. 3.50
        score[i] = double(i % 97) * 0.731;
    }
    const Table table = tableOf({numbers("visits", counts), numbers("lab", lab), numbers("score", score)});
    ColumnSpec scoreSpec = specOf("score", ColumnRole::Continuous);
    scoreSpec.lowerBound = 10;
    scoreSpec.upperBound = 20;
    scoreSpec.decimals = 1;
    const TableEncoder encoder = fitted(table, schemaOf({specOf("visits", ColumnRole::Integer),
                                                         specOf("lab", ColumnRole::Continuous), scoreSpec}));
    for (float alpha : {-1.0f, 1.0f}) {
        EncodedMatrix matrix = encoder.encode(table, 4);
        setAlphas(matrix, alpha);
        const Table decoded = encoder.decode(matrix, 4);
        for (size_t i = 0; i < table.rowCount(); ++i) {
            const double visits = decoded.column(0).numbers()[i], labValue = decoded.column(1).numbers()[i];
            const double scoreValue = decoded.column(2).numbers()[i];
            ASSERT_EQ(visits, std::round(visits));
            ASSERT_TRUE(visits >= 0 && visits <= 36) << visits;
            ASSERT_NEAR(labValue * 100, std::round(labValue * 100), 1e-6);
            ASSERT_TRUE(labValue >= 1.0 && labValue <= 3.5) << labValue;
            ASSERT_TRUE(scoreValue >= 10 && scoreValue <= 20) << scoreValue;
            ASSERT_NEAR(scoreValue * 10, std::round(scoreValue * 10), 1e-6);
        }
    }
}

TEST(TableEncoder, SurvivalTimesStayPositiveAtExtremeAlphas)
{
    std::vector<double> times = lognormal(800, 1.0, 31);
    for (double &t : times)
        t *= 0.3;   // many values close to zero
    times[0] = times[1] = 0;   // events on day 0 happen in registries; a synthetic time of 0 breaks survival fits
    const Table table = tableOf({numbers("time", times)});
    ColumnSpec time = specOf("time", ColumnRole::SurvivalTime);
    time.lowerBound = 0;
    const TableEncoder encoder = fitted(table, schemaOf({time}));
    EncodedMatrix matrix = encoder.encode(table, 2);
    setAlphas(matrix, -1.0f);
    const Table decoded = encoder.decode(matrix, 2);
    double smallestPositive = INFINITY;
    for (double t : times)
        if (t > 0)
            smallestPositive = std::min(smallestPositive, t);
    for (double t : decoded.column(0).numbers())
        ASSERT_GE(t, smallestPositive);
}

TEST(TableEncoder, FiftyThousandLevelsStayBoundedAndRareLevelsAreGrouped)
{
    constexpr int kLevels = 50000, kRows = 60000;
    QStringList names;
    for (int i = 0; i < kLevels; ++i)
        names << QStringLiteral("clinic-%1").arg(i);
    std::vector<int32_t> codes(kRows);
    for (int i = 0; i < kRows; ++i)
        codes[size_t(i)] = i < kLevels ? i : i % 20;   // 20 frequent clinics, the rest seen once
    const Table table = tableOf({labels("clinic", codes, names)});
    QStringList warnings;
    const TableEncoder encoder = fitted(table, schemaOf({specOf("clinic", ColumnRole::Categorical)}), {}, &warnings);
    EXPECT_LE(encoder.layout().width(), encoder.options().maxCategoryLevels + 1);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("'clinic'"))) << warnings[0].toStdString();
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("49801"))) << warnings[0].toStdString();

    const Table decoded = encoder.decode(encoder.encode(table, 1), 1);
    const Column &out = decoded.column(0);
    for (int i = 0; i < kRows; ++i) {
        if (i < 199 || i >= kLevels) {
            ASSERT_EQ(out.codes()[size_t(i)], codes[size_t(i)]);   // the 199 kept clinics come back as themselves
        } else {
            ASSERT_GE(out.codes()[size_t(i)], 199);                 // a grouped one becomes some grouped clinic
        }
    }
    QString error;
    EXPECT_FALSE(encoder.parseConditions({QStringLiteral("clinic=clinic-40000")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("too rare"))) << error.toStdString();
}

TEST(TableEncoder, ConstantAndEmptyColumnsWarnAndDecodeAsTheyWere)
{
    const double nan = std::nan("");
    const Table table = tableOf({numbers("site", std::vector<double>(50, 5.0)),
                                 labels("country", std::vector<int32_t>(50, 0), {QStringLiteral("DE")}),
                                 numbers("unused", std::vector<double>(50, nan)),
                                 labels("comment", std::vector<int32_t>(50, -1), {}),
                                 numbers("age", lognormal(50, 0.3, 3))});
    QStringList warnings;
    const TableEncoder encoder = fitted(table, schemaOf({specOf("site", ColumnRole::Continuous), specOf("country", ColumnRole::Categorical),
                                                         specOf("unused", ColumnRole::Continuous), specOf("comment", ColumnRole::Categorical),
                                                         specOf("age", ColumnRole::Continuous)}), {}, &warnings);
    EXPECT_EQ(warnings.size(), 4) << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(warnings.join(QLatin1Char(' ')).contains(QStringLiteral("'site' is constant; every synthetic row will hold 5")));
    const EncodedMatrix matrix = encoder.encode(table, 1);
    EXPECT_TRUE(allFinite(matrix));
    const Table decoded = encoder.decode(matrix, 1);
    for (size_t i = 0; i < 50; ++i) {
        EXPECT_EQ(decoded.column(0).numbers()[i], 5.0);
        EXPECT_EQ(decoded.column(1).displayText(i), QStringLiteral("DE"));
        EXPECT_TRUE(decoded.column(2).isMissing(i));
        EXPECT_TRUE(decoded.column(3).isMissing(i));
    }
}

TEST(TableEncoder, RefusesWhatCannotBeModelled)
{
    const Table table = tableOf({numbers("id", {1, 2, 3}), numbers("name", {4, 5, 6})});
    QString error;
    EXPECT_FALSE(TableEncoder::fit(table, schemaOf({specOf("id", ColumnRole::PatientId), specOf("name", ColumnRole::Excluded)}),
                                   {}, &error));
    EXPECT_EQ(error, QStringLiteral("No column is modelled: mark at least one column as continuous, categorical, binary, "
                                    "ordinal, date or survival time in the schema."));
    EXPECT_FALSE(TableEncoder::fit(table.head(0), schemaOf({specOf("id", ColumnRole::Continuous)}), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no rows"))) << error.toStdString();
    EXPECT_FALSE(TableEncoder::fit(table, schemaOf({specOf("weight", ColumnRole::Continuous)}), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'weight'"))) << error.toStdString();
}

TEST(TableEncoder, DropRowsShrinksTheMatrixAndImputeFillsTheTypicalValue)
{
    const double nan = std::nan("");
    const Table table = tableOf({numbers("bmi", {20, nan, 22, 30, nan, 24}),
                                 labels("smoker", {0, -1, 1, 1, 1, -1}, {QStringLiteral("no"), QStringLiteral("yes")})});
    const TableEncoder dropping = fitted(table, schemaOf({specOf("bmi", ColumnRole::Continuous, MissingPolicy::DropRows),
                                                          specOf("smoker", ColumnRole::Binary)}));
    EXPECT_EQ(dropping.encode(table, 1).rows, 4);

    const TableEncoder imputing = fitted(table, schemaOf({specOf("bmi", ColumnRole::Continuous, MissingPolicy::Impute),
                                                          specOf("smoker", ColumnRole::Binary, MissingPolicy::Impute)}));
    const Table decoded = imputing.decode(imputing.encode(table, 1), 1);
    EXPECT_EQ(decoded.column(0).missingCount(), 0u);
    EXPECT_EQ(decoded.column(1).missingCount(), 0u);
    EXPECT_NEAR(decoded.column(0).numbers()[1], 24.0, 1e-3);   // median of 20, 22, 24, 30 (upper middle)
    EXPECT_EQ(decoded.column(1).displayText(5), QStringLiteral("yes"));
}

TEST(TableEncoder, ParsesConditionsAndExplainsBadOnes)
{
    const Table pbc = demoPbc();
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema);
    QString error;
    const std::optional<Conditions> parsed = encoder.parseConditions({QStringLiteral("sex=f"), QStringLiteral(" stage = 4.0")}, &error);
    ASSERT_TRUE(parsed) << error.toStdString();
    ASSERT_EQ(parsed->size(), 2u);
    const Span &sex = encoder.layout().spans[size_t((*parsed)[0].span)];
    EXPECT_EQ(sex.kind, SpanKind::Category);
    EXPECT_EQ(sex.column, encoder.encodedColumn(QStringLiteral("sex")));
    // The condition addresses the level that encode() writes for "f" rows.
    const EncodedMatrix matrix = encoder.encode(pbc, 1);
    ASSERT_EQ(pbc.column(pbc.indexOf(QStringLiteral("sex"))).displayText(0), QStringLiteral("f"));
    EXPECT_EQ(argmaxInSpan(matrix.row(0), sex), (*parsed)[0].category);

    auto errorFor = [&](const char *text) {
        QString message;
        EXPECT_FALSE(encoder.parseConditions({QString::fromLatin1(text)}, &message)) << text;
        return message;
    };
    const QString badLevel = errorFor("sex=x");
    EXPECT_TRUE(badLevel.contains(QStringLiteral("'sex'")) && badLevel.contains(QStringLiteral("f, m"))) << badLevel.toStdString();
    EXPECT_TRUE(errorFor("age=50").contains(QStringLiteral("continuous")));
    EXPECT_TRUE(errorFor("weight=3").contains(QStringLiteral("'weight'")));
    EXPECT_TRUE(errorFor("id=1").contains(QStringLiteral("not modelled")));
    EXPECT_TRUE(errorFor("sexf").contains(QStringLiteral("'='")));
    EXPECT_FALSE(encoder.parseConditions({QStringLiteral("sex=f"), QStringLiteral("sex=m")}, &error));
}

TEST(TableEncoder, SavedEncoderDecodesIdentically)
{
    const Table pbc = demoPbc();
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema);
    QString error;
    const std::optional<TableEncoder> loaded = TableEncoder::load(encoder.save(), &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->layout().width(), encoder.layout().width());
    const EncodedMatrix before = encoder.encode(pbc, 8), after = loaded->encode(pbc, 8);
    EXPECT_EQ(before.values, after.values);
    const Table a = encoder.decode(before, 8), b = loaded->decode(after, 8);
    for (int c = 0; c < a.columnCount(); ++c)
        for (size_t row = 0; row < a.rowCount(); ++row)
            ASSERT_EQ(a.column(c).displayText(row), b.column(c).displayText(row));

    EXPECT_FALSE(TableEncoder::load(QByteArrayLiteral("PK\x03\x04 not an encoder"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a saved table encoder"))) << error.toStdString();
    EXPECT_FALSE(TableEncoder::load(encoder.save().left(100), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
}

TEST(TableEncoder, SameSeedGivesTheSameMatrix)
{
    const Table pbc = demoPbc();
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema);
    EXPECT_EQ(encoder.encode(pbc, 42).values, encoder.encode(pbc, 42).values);
    EXPECT_NE(encoder.encode(pbc, 42).values, encoder.encode(pbc, 43).values);   // the mode is sampled
    const TableEncoder again = fitted(pbc, inferSchema(pbc).schema);
    EXPECT_EQ(again.save(), encoder.save());
}

TEST(TableEncoder, DatesComeBackAsWholeDaysInTheSourceFormat)
{
    std::vector<int64_t> seconds(300);
    std::vector<uint8_t> missing(300, 0);
    const QDate start(2015, 3, 1);
    for (size_t i = 0; i < seconds.size(); ++i)
        seconds[i] = start.addDays(qint64(i * 7 % 900)).startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    missing[5] = 1;
    Column dates = Column::timestamp(QStringLiteral("diagnosis"), seconds, missing, TimestampPrecision::Date);
    dates.setSourceFormat(QStringLiteral("dd.MM.yyyy"));
    const Table table = tableOf({std::move(dates)});
    const TableEncoder encoder = fitted(table, schemaOf({specOf("diagnosis", ColumnRole::Date)}));
    const Table decoded = encoder.decode(encoder.encode(table, 1), 1);
    const Column &out = decoded.column(0);
    EXPECT_EQ(out.kind(), StorageKind::Timestamp);
    EXPECT_EQ(out.precision(), TimestampPrecision::Date);
    EXPECT_EQ(out.sourceFormat(), QStringLiteral("dd.MM.yyyy"));
    EXPECT_TRUE(out.isMissing(5));
    for (size_t i = 0; i < seconds.size(); ++i) {
        if (i != 5) {
            ASSERT_EQ(out.seconds()[i], seconds[i]) << i;
        }
    }
}

TEST(TableEncoder, AnyGeneratorOutputDecodesToValidValues)
{
    const Table pbc = demoPbc();
    const TableEncoder encoder = fitted(pbc, inferSchema(pbc).schema);
    EncodedMatrix noise = encoder.encode(pbc, 1);
    std::mt19937_64 engine(5);
    std::uniform_real_distribution<float> uniform(-1.5f, 1.5f);
    for (float &v : noise.values)
        v = uniform(engine);   // softmax-like, out-of-range alphas: what an untrained generator emits
    const Table decoded = encoder.decode(noise, 1);
    const Column &status = decoded.column(decoded.indexOf(QStringLiteral("status")));
    const Column &time = decoded.column(decoded.indexOf(QStringLiteral("time")));
    const Column &bili = pbc.column(pbc.indexOf(QStringLiteral("bili")));
    const auto [lowest, highest] = std::minmax_element(bili.numbers().begin(), bili.numbers().end());
    for (size_t row = 0; row < decoded.rowCount(); ++row) {
        const QString code = status.displayText(row);
        ASSERT_TRUE(code == QStringLiteral("0") || code == QStringLiteral("1") || code == QStringLiteral("2")) << code.toStdString();
        ASSERT_GT(time.numbers()[row], 0.0);
        const double b = decoded.column(decoded.indexOf(QStringLiteral("bili"))).numbers()[row];
        ASSERT_TRUE(b >= *lowest && b <= *highest) << b;
    }
}

TEST(TableEncoder, AdultEncodesWithBoundedWidth)
{
    const QString path = sharedDatasetPath(QStringLiteral("adult.csv"));
    if (path.isEmpty())
        GTEST_SKIP() << "shared datasets absent";
    const ImportResult read = CsvReader().readFile(path);
    ASSERT_TRUE(read.ok());
    const TableEncoder encoder = fitted(read.table, inferSchema(read.table).schema);
    const EncodedMatrix matrix = encoder.encode(read.table, 1);
    EXPECT_EQ(matrix.rows, 48842);
    EXPECT_TRUE(allFinite(matrix));
    EXPECT_LT(matrix.width(), 400);
}
