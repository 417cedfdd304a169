#include "hyperparameterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <cmath>

namespace synthreg::gui {

namespace {

using Type = core::HyperparameterSpec::Type;

int clampToInt(double value) { return int(std::clamp(value, double(INT_MIN), double(INT_MAX))); }

// Enough decimals to show the smallest allowed value with two significant digits.
int decimalsFor(const core::HyperparameterSpec &spec)
{
    const double smallest = spec.minimum > 0 ? spec.minimum : std::max(std::abs(spec.defaultValue), 0.001);
    return std::clamp(int(std::ceil(-std::log10(smallest))) + 1, 1, 8);
}

QWidget *fieldFor(const core::HyperparameterSpec &spec, QWidget *parent)
{
    switch (spec.type) {
    case Type::Integer: {
        auto *box = new QSpinBox(parent);
        box->setRange(clampToInt(spec.minimum), clampToInt(spec.maximum));
        box->setValue(clampToInt(spec.defaultValue));
        box->setGroupSeparatorShown(true);
        return box;
    }
    case Type::Real: {
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(decimalsFor(spec));
        box->setRange(spec.minimum, spec.maximum);
        box->setSingleStep(spec.logScale ? std::max(spec.minimum, spec.defaultValue / 2) : (spec.maximum - spec.minimum) / 100);
        box->setValue(spec.defaultValue);
        return box;
    }
    case Type::Boolean: {
        auto *box = new QCheckBox(parent);
        box->setChecked(spec.defaultValue != 0);
        return box;
    }
    case Type::Choice: {
        auto *box = new QComboBox(parent);
        for (const std::string &choice : spec.choices)
            box->addItem(QString::fromStdString(choice));
        box->setCurrentIndex(clampToInt(spec.defaultValue));
        return box;
    }
    }
    return nullptr;
}

QString labelFor(const std::string &name)
{
    QString label = QString::fromStdString(name);
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    return label;
}

} // namespace

HyperparameterForm::HyperparameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
}

void HyperparameterForm::setSpecs(const std::vector<core::HyperparameterSpec> &specs)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_specs = specs;
    m_fields.clear();
    for (const core::HyperparameterSpec &spec : m_specs) {
        QWidget *field = fieldFor(spec, this);
        const QString help = QString::fromStdString(spec.help);
        field->setObjectName(QStringLiteral("param_") + QString::fromStdString(spec.name));
        field->setToolTip(help);
        field->setAccessibleName(labelFor(spec.name));
        field->setAccessibleDescription(help);
        m_layout->addRow(labelFor(spec.name), field);
        m_fields.push_back(field);
    }
}

std::map<std::string, std::string> HyperparameterForm::values() const
{
    std::map<std::string, std::string> out;
    for (size_t i = 0; i < m_specs.size(); ++i) {
        const QWidget *field = m_fields[i];
        QString text;
        if (const auto *spin = qobject_cast<const QSpinBox *>(field))
            text = QString::number(spin->value());
        else if (const auto *real = qobject_cast<const QDoubleSpinBox *>(field))
            text = QString::number(real->value(), 'g', 10);
        else if (const auto *check = qobject_cast<const QCheckBox *>(field))
            text = check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        else if (const auto *combo = qobject_cast<const QComboBox *>(field))
            text = combo->currentText();
        out[m_specs[i].name] = text.toStdString();
    }
    return out;
}

bool HyperparameterForm::setValue(const std::string &name, double value)
{
    for (size_t i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].name != name)
            continue;
        if (auto *spin = qobject_cast<QSpinBox *>(m_fields[i]))
            spin->setValue(clampToInt(std::round(value)));
        else if (auto *real = qobject_cast<QDoubleSpinBox *>(m_fields[i]))
            real->setValue(value);
        else
            return false;
        return true;
    }
    return false;
}

double HyperparameterForm::defaultValue(const std::string &name, double fallback) const
{
    for (const core::HyperparameterSpec &spec : m_specs)
        if (spec.name == name)
            return spec.defaultValue;
    return fallback;
}

} // namespace synthreg::gui
