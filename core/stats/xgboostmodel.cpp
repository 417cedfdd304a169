#include "xgboostmodel.h"

#include <xgboost/c_api.h>

#include <limits>
#include <utility>

namespace synthreg::core {

namespace {

// A DMatrix that frees itself.
class DMatrix
{
public:
    explicit DMatrix(const FeatureMatrix &features)
    {
        if (XGDMatrixCreateFromMat(features.values.data(), bst_ulong(features.rows), bst_ulong(features.cols),
                                   std::numeric_limits<float>::quiet_NaN(), &m_handle) != 0)
            m_handle = nullptr;
    }
    ~DMatrix()
    {
        if (m_handle)
            XGDMatrixFree(m_handle);
    }
    DMatrix(const DMatrix &) = delete;
    DMatrix &operator=(const DMatrix &) = delete;

    DMatrixHandle handle() const { return m_handle; }

private:
    DMatrixHandle m_handle = nullptr;
};

QString lastError(const char *what)
{
    return QStringLiteral("XGBoost could not %1: %2").arg(QString::fromLatin1(what), QString::fromUtf8(XGBGetLastError()));
}

} // namespace

XgboostModel::~XgboostModel()
{
    release();
}

XgboostModel::XgboostModel(XgboostModel &&other) noexcept
    : m_booster(std::exchange(other.m_booster, nullptr)), m_error(std::move(other.m_error))
{
}

XgboostModel &XgboostModel::operator=(XgboostModel &&other) noexcept
{
    if (this != &other) {
        release();
        m_booster = std::exchange(other.m_booster, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void XgboostModel::release()
{
    if (m_booster)
        XGBoosterFree(static_cast<BoosterHandle>(m_booster));
    m_booster = nullptr;
}

bool XgboostModel::train(const FeatureMatrix &features, const std::vector<float> &labels, const XgboostParams &params)
{
    release();
    m_error.clear();
    if (features.rows == 0 || labels.size() != features.rows) {
        m_error = QStringLiteral("No training rows (or not one label per row).");
        return false;
    }
    DMatrix train(features);
    if (!train.handle()) {
        m_error = lastError("read the training rows");
        return false;
    }
    if (XGDMatrixSetFloatInfo(train.handle(), "label", labels.data(), bst_ulong(labels.size())) != 0) {
        m_error = lastError("set the labels");
        return false;
    }
    DMatrixHandle matrices[] = {train.handle()};
    BoosterHandle booster = nullptr;
    if (XGBoosterCreate(matrices, 1, &booster) != 0) {
        m_error = lastError("create a booster");
        return false;
    }
    m_booster = booster;

    const char *objective = params.objective == XgboostParams::Objective::Binary       ? "binary:logistic"
                            : params.objective == XgboostParams::Objective::Multiclass ? "multi:softprob"
                                                                                       : "reg:squarederror";
    const std::vector<std::pair<QByteArray, QByteArray>> settings = {
        {"objective", objective},
        {"tree_method", "hist"},
        {"max_depth", QByteArray::number(params.maxDepth)},
        {"eta", QByteArray::number(params.learningRate, 'g', 17)},
        {"nthread", QByteArray::number(params.threads)},
        {"seed", QByteArray::number(qint64(params.seed % 2147483647ULL))},
        {"verbosity", "0"},
    };
    for (const auto &[name, value] : settings) {
        if (XGBoosterSetParam(booster, name.constData(), value.constData()) != 0) {
            m_error = lastError("accept its settings");
            release();
            return false;
        }
    }
    if (params.objective == XgboostParams::Objective::Multiclass
        && XGBoosterSetParam(booster, "num_class", QByteArray::number(params.classCount).constData()) != 0) {
        m_error = lastError("accept the number of classes");
        release();
        return false;
    }
    for (int round = 0; round < params.rounds; ++round) {
        if (XGBoosterUpdateOneIter(booster, round, train.handle()) != 0) {
            m_error = lastError("train");
            release();
            return false;
        }
    }
    return true;
}

std::optional<std::vector<float>> XgboostModel::predict(const FeatureMatrix &features)
{
    if (!m_booster) {
        m_error = QStringLiteral("The model has not been trained.");
        return std::nullopt;
    }
    DMatrix data(features);
    if (!data.handle()) {
        m_error = lastError("read the rows to predict");
        return std::nullopt;
    }
    // type 0: plain predictions (probabilities for the logistic and softprob objectives).
    const char *config = R"({"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0, "strict_shape": false})";
    const bst_ulong *shape = nullptr;
    bst_ulong dims = 0;
    const float *result = nullptr;
    if (XGBoosterPredictFromDMatrix(static_cast<BoosterHandle>(m_booster), data.handle(), config, &shape, &dims, &result) != 0) {
        m_error = lastError("predict");
        return std::nullopt;
    }
    size_t count = 1;
    for (bst_ulong d = 0; d < dims; ++d)
        count *= size_t(shape[d]);
    return std::vector<float>(result, result + count);   // the booster owns `result`
}

} // namespace synthreg::core
