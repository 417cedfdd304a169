#include "startpage.h"

#include "pagelayout.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
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
    , m_recentTitle(new QLabel(this))
    , m_recentList(new QWidget(this))
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
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_recentTitle);
    columnLayout->addWidget(m_recentList);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_privacyNote);

    centerInPage(this, column);

    connect(m_demoButton, &QCommandLinkButton::clicked, this, &StartPage::openDemoRequested);
    connect(m_importButton, &QCommandLinkButton::clicked, this, &StartPage::importRequested);
    auto *recentLayout = new QVBoxLayout(m_recentList);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(0);
    m_recentTitle->setObjectName(QStringLiteral("recentFilesTitle"));
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    setRecentFiles({});
    retranslate();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    QLayout *layout = m_recentList->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *button = new QCommandLinkButton(info.fileName(), QDir::toNativeSeparators(info.absolutePath()), m_recentList);
        button->setObjectName(QStringLiteral("recentFileButton"));
        button->setAccessibleName(tr("Open %1").arg(info.fileName()));
        button->setToolTip(QDir::toNativeSeparators(path));
        connect(button, &QCommandLinkButton::clicked, this, [this, path] { Q_EMIT openFileRequested(path); });
        layout->addWidget(button);
    }
    m_recentTitle->setVisible(!paths.isEmpty());
    m_recentList->setVisible(!paths.isEmpty());
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
    m_recentTitle->setText(tr("Recent files"));
    m_privacyNote->setText(tr("Your data stays on this computer. SynthReg opens source files "
                              "read-only and never changes them."));
}

} // namespace synthreg::gui
