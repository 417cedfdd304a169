#pragma once

#include "core/models/hyperparameters.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QFormLayout;

namespace synthreg::gui {

/**
 * A form generated from a generator's hyperparameter description: a spin box per integer or
 * real setting, a check box per switch, a list per choice, each with its one-line help as
 * tooltip and accessible description, starting at the defaults. The settings keep their
 * stored names (`batch_size`) as labels, so what a user sets here is what the CLI's
 * `--param` takes.
 */
class HyperparameterForm : public QWidget
{
    Q_OBJECT

public:
    explicit HyperparameterForm(QWidget *parent = nullptr);

    /** Replaces the fields with `specs`, at their defaults. */
    void setSpecs(const std::vector<core::HyperparameterSpec> &specs);
    /** Every field as `name → text`, in the form `--param` and core::TrainingRequest take. */
    std::map<std::string, std::string> values() const;
    /** Sets one numeric field (clamped to its range); false when the form has no such field. */
    bool setValue(const std::string &name, double value);
    /** The default of `name`, or `fallback` when the form has no such field. */
    double defaultValue(const std::string &name, double fallback) const;

private:
    QFormLayout *m_layout;
    std::vector<core::HyperparameterSpec> m_specs;
    std::vector<QWidget *> m_fields;   ///< one per spec, same order
};

} // namespace synthreg::gui
