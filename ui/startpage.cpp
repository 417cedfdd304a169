#include "startpage.h"

#include "pagelayout.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace synthreg::gui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_demoButton(new QCommandLinkButton(this))
    , m_importButton(new QCommandLinkButton(this))
    , m_privacyNote(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_privacyNote->setWordWrap(true);
    m_privacyNote->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_subtitle);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_demoButton);
    columnLayout->addWidget(m_importButton);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_privacyNote);

    centerInPage(this, column);

    connect(m_demoButton, &QCommandLinkButton::clicked, this, &StartPage::openDemoRequested);
    connect(m_importButton, &QCommandLinkButton::clicked, this, &StartPage::importRequested);
    retranslate();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    m_title->setText(tr("Welcome to SynthReg"));
    m_subtitle->setText(tr("Turn a registry or trial extract into synthetic data you can share, "
                           "with the evidence your governance board needs."));
    m_demoButton->setText(tr("Open demo project"));
    m_demoButton->setDescription(tr("Primary biliary cholangitis trial, Mayo Clinic: 418 patients, "
                                    "survival endpoint, missing values. Built in."));
    m_demoButton->setAccessibleName(tr("Open demo project"));
    m_importButton->setText(tr("Import file…"));
    m_importButton->setDescription(tr("CSV or TSV, a SQLite table, or a SAS, Stata or SPSS file."));
    m_importButton->setAccessibleName(tr("Import file"));
    m_privacyNote->setText(tr("Your data stays on this computer. SynthReg opens source files "
                              "read-only and never changes them."));
}

} // namespace synthreg::gui
