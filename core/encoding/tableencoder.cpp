#include "tableencoder.h"

#include "columncodec.h"

#include "core/models/generator.h"

#include <algorithm>

namespace synthreg::core {

namespace {

bool isDiscreteRole(ColumnRole role)
{
    return role == ColumnRole::Categorical || role == ColumnRole::Binary || role == ColumnRole::Ordinal
        || role == ColumnRole::EventIndicator;
}

/** Rows that have a value in every DropRows column (all rows when there is none). */
std::vector<size_t> keptRows(const Table &table, const std::vector<const Column *> &dropColumns)
{
    std::vector<size_t> rows;
    rows.reserve(table.rowCount());
    for (size_t row = 0; row < table.rowCount(); ++row)
        if (std::none_of(dropColumns.begin(), dropColumns.end(), [row](const Column *c) { return c->isMissing(row); }))
            rows.push_back(row);
    return rows;
}

/** The table's columns in the order of `state.columns`; throws GeneratorError naming a missing one. */
std::vector<const Column *> matchColumns(const Table &table, const TableEncoder::State &state)
{
    std::vector<const Column *> columns;
    for (const EncodedColumnState &column : state.columns) {
        const int index = table.indexOf(column.name);
        if (index < 0)
            throw GeneratorError(QStringLiteral("Column '%1', which the encoder was fitted on, is not in the table: "
                                                "use a table with the training data's columns.")
                                     .arg(column.name).toStdString());
        columns.push_back(&table.column(index));
    }
    return columns;
}

std::vector<const Column *> dropRowColumns(const std::vector<const Column *> &columns, const TableEncoder::State &state)
{
    std::vector<const Column *> drop;
    for (size_t i = 0; i < columns.size(); ++i)
        if (state.columns[i].missing == MissingPolicy::DropRows)
            drop.push_back(columns[i]);
    return drop;
}

Column syntheticIds(const QString &name, int64_t rows, int64_t firstRowNumber)
{
    QStringList labels;
    labels.reserve(rows);
    std::vector<int32_t> codes(static_cast<size_t>(rows));
    for (int64_t i = 0; i < rows; ++i) {
        labels << QStringLiteral("SYN-%1").arg(firstRowNumber + i + 1, 6, 10, QLatin1Char('0'));
        codes[size_t(i)] = int32_t(i);
    }
    return Column::categorical(name, std::move(codes), std::move(labels));
}

} // namespace

EncodedColumnState describeColumn(const Column &column, const ColumnSpec &spec)
{
    EncodedColumnState state;
    state.name = spec.name;
    state.role = spec.role;
    state.missing = spec.missing;
    state.storage = column.kind();
    state.precision = column.precision();
    state.sourceFormat = column.sourceFormat();
    if (column.kind() == StorageKind::Categorical)
        state.sourceLabels = column.labels();
    return state;
}

void buildLayout(TableEncoder::State &state)
{
    state.layout.spans.clear();
    state.firstSpan.clear();
    int offset = 0;
    auto add = [&](SpanKind kind, int width, int column) {
        state.layout.spans.push_back(Span{kind, offset, width, column});
        offset += width;
    };
    for (size_t i = 0; i < state.columns.size(); ++i) {
        const EncodedColumnState &column = state.columns[i];
        state.firstSpan.push_back(int(state.layout.spans.size()));
        if (!column.isContinuous) {
            add(SpanKind::Category, column.discrete.width(), int(i));
            continue;
        }
        add(SpanKind::Scalar, 1, int(i));
        if (state.options.continuous == ContinuousEncoding::ModeSpecific)
            add(SpanKind::Mode, column.continuous.modeCount(), int(i));
        else if (column.continuous.missingFlag)
            add(SpanKind::Category, 2, int(i));   // [observed, missing]
    }
}

TableEncoder::TableEncoder(std::shared_ptr<const State> state) : m_state(std::move(state)) {}

const Layout &TableEncoder::layout() const { return m_state->layout; }
const EncoderOptions &TableEncoder::options() const { return m_state->options; }

int TableEncoder::encodedColumn(const QString &name) const
{
    for (size_t i = 0; i < m_state->columns.size(); ++i)
        if (m_state->columns[i].name == name)
            return int(i);
    return -1;
}

std::optional<TableEncoder> TableEncoder::fit(const Table &table, const Schema &schema, const EncoderOptions &options,
                                              QString *error, QStringList *warnings)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (table.rowCount() == 0)
        return fail(QStringLiteral("The table has no rows: import data with at least one row before training."));

    auto state = std::make_shared<State>();
    state->options = options;
    std::vector<const Column *> sources;
    std::vector<const ColumnSpec *> specs;
    for (const ColumnSpec &spec : schema.columns) {
        if (spec.role == ColumnRole::Excluded)
            continue;
        const int index = table.indexOf(spec.name);
        if (index < 0)
            return fail(QStringLiteral("Column '%1' is in the schema but not in the data: re-import the data or remove "
                                       "the column from the schema.").arg(spec.name));
        if (!isModelledRole(spec.role)) {
            state->outputs.push_back({spec.name, -1});
            continue;
        }
        state->outputs.push_back({spec.name, int(sources.size())});
        sources.push_back(&table.column(index));
        specs.push_back(&spec);
    }
    if (sources.empty())
        return fail(QStringLiteral("No column is modelled: mark at least one column as continuous, categorical, "
                                   "binary, ordinal, date or survival time in the schema."));

    std::vector<const Column *> drop;
    QStringList dropNames;
    for (size_t i = 0; i < specs.size(); ++i)
        if (specs[i]->missing == MissingPolicy::DropRows) {
            drop.push_back(sources[i]);
            dropNames << specs[i]->name;
        }
    const std::vector<size_t> rows = keptRows(table, drop);
    if (rows.empty())
        return fail(QStringLiteral("Every row misses a value in a column whose missing values drop the row (%1): set "
                                   "their missing policy to 'keep' or 'impute'.").arg(dropNames.join(QStringLiteral(", "))));

    std::vector<ColumnFit> fits(sources.size());
    forEachColumn(int(sources.size()), [&](int i) {
        const ColumnSpec &spec = *specs[size_t(i)];
        fits[size_t(i)] = isDiscreteRole(spec.role) ? fitDiscreteColumn(*sources[size_t(i)], spec, rows, options)
                                                    : fitContinuousColumn(*sources[size_t(i)], spec, rows, options, uint64_t(i));
    });
    for (ColumnFit &fit : fits) {
        if (!fit.error.isEmpty())
            return fail(fit.error);
        if (warnings)
            *warnings << fit.warnings;
        state->columns.push_back(std::move(fit.state));
    }
    buildLayout(*state);
    return TableEncoder(std::move(state));
}

EncodedMatrix TableEncoder::encode(const Table &table, uint64_t seed) const
{
    const State &state = *m_state;
    const std::vector<const Column *> columns = matchColumns(table, state);
    const std::vector<size_t> rows = keptRows(table, dropRowColumns(columns, state));
    EncodedMatrix matrix;
    matrix.layout = state.layout;
    matrix.rows = int64_t(rows.size());
    matrix.values.assign(rows.size() * size_t(matrix.width()), 0.0f);
    forEachColumn(int(columns.size()), [&](int i) {
        const EncodedColumnState &column = state.columns[size_t(i)];
        const int firstSpan = state.firstSpan[size_t(i)];
        if (column.isContinuous)
            encodeContinuousColumn(column, state.options.continuous, *columns[size_t(i)], rows, firstSpan, matrix,
                                   ColumnRandom(seed, uint64_t(i)));
        else
            encodeDiscreteColumn(column, *columns[size_t(i)], rows, firstSpan, matrix);
    });
    return matrix;
}

Table TableEncoder::decode(const EncodedMatrix &matrix, uint64_t seed, int64_t firstRowNumber) const
{
    const State &state = *m_state;
    if (matrix.width() != state.layout.width() || matrix.values.size() != size_t(matrix.rows) * size_t(matrix.width()))
        throw GeneratorError(QStringLiteral("The generated rows have %1 encoded columns but the encoder expects %2: "
                                            "the model and the encoder come from different trainings; train again.")
                                 .arg(matrix.width()).arg(state.layout.width()).toStdString());
    std::vector<Column> decoded(state.columns.size());
    forEachColumn(int(state.columns.size()), [&](int i) {
        const EncodedColumnState &column = state.columns[size_t(i)];
        const int firstSpan = state.firstSpan[size_t(i)];
        decoded[size_t(i)] = column.isContinuous
                               ? decodeContinuousColumn(column, state.options.continuous, matrix, firstSpan)
                               : decodeDiscreteColumn(column, matrix, firstSpan, ColumnRandom(seed, uint64_t(i)));
    });
    Table table;
    for (const OutputColumnState &output : state.outputs)
        table.addColumn(output.encoded < 0 ? syntheticIds(output.name, matrix.rows, firstRowNumber)
                                           : std::move(decoded[size_t(output.encoded)]));
    TableProvenance provenance;   // no source path: synthetic rows never point back at the real file
    provenance.format = QStringLiteral("synthetic");
    table.setProvenance(provenance);
    return table;
}

} // namespace synthreg::core
