#include "reportrenderer.h"

#include "columncomparison.h"
#include "correlationsview.h"
#include "heatmapwidget.h"
#include "privacyview.h"
#include "survivalchart.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace synthreg::gui {

namespace {

constexpr qreal kPixelRatio = 1.5;
constexpr QSize kChartSize(820, 460);
constexpr QSize kGridCell(520, 300);
constexpr int kGridColumns = 2;
constexpr int kGridRows = 3;

/** The report is printed on white, whatever the window's theme. */
QPalette reportPalette()
{
    QPalette palette(QColor(Qt::white));
    palette.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    return palette;
}

QImage blankImage(QSize size)
{
    QImage image(size * kPixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kPixelRatio);
    image.fill(Qt::white);
    return image;
}

/** Paints `chart` (taken over) into `area` of `painter`. */
void paintChart(QChart *chart, QPainter &painter, const QRectF &area)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    chart->layout()->activate();
    scene.setSceneRect(chart->geometry());
    scene.render(&painter, area, scene.sceneRect());
}

QByteArray pngOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray chartPng(QChart *chart)
{
    QImage image = blankImage(kChartSize);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(chart, painter, QRectF(QPointF(0, 0), kChartSize));
    painter.end();
    return pngOf(image);
}

/** Runs `draw` on the GUI thread, waiting for it when called from another thread. */
QByteArray onGuiThread(const std::function<QByteArray()> &draw)
{
    if (QThread::currentThread() == qApp->thread())
        return draw();
    QByteArray result;
    QMetaObject::invokeMethod(qApp, [&] { result = draw(); }, Qt::BlockingQueuedConnection);
    return result;
}

QString fileStem(const QString &name)
{
    QString stem = name.toLower();
    for (QChar &c : stem)
        if (!c.isLetterOrNumber())
            c = u'-';
    return stem;
}

void addColumnFigures(const core::FigureInput &input, const QPalette &palette, std::vector<core::ReportFigure> &figures)
{
    QStringList columns;
    QSet<QString> discrete;
    for (const core::ColumnSpec &spec : input.schema.columns) {
        if (!core::isModelledRole(spec.role) || input.real.indexOf(spec.name) < 0 || input.synthetic.indexOf(spec.name) < 0)
            continue;
        columns << spec.name;
        if (spec.role == core::ColumnRole::Binary || spec.role == core::ColumnRole::Ordinal || spec.role == core::ColumnRole::Categorical
            || spec.role == core::ColumnRole::EventIndicator)
            discrete.insert(spec.name);
    }
    const int perPage = kGridColumns * kGridRows;
    for (int first = 0; first < columns.size(); first += perPage) {
        const QStringList page = columns.mid(first, perPage);
        const int rows = int((page.size() + kGridColumns - 1) / kGridColumns);
        const QByteArray png = onGuiThread([&] {
            QImage image = blankImage(QSize(kGridCell.width() * kGridColumns, kGridCell.height() * rows));
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            for (int i = 0; i < page.size(); ++i) {
                const auto comparison = compareColumns(input.real.column(input.real.indexOf(page[i])),
                                                       input.synthetic.column(input.synthetic.indexOf(page[i])), discrete.contains(page[i]));
                const QPointF at((i % kGridColumns) * kGridCell.width(), (i / kGridColumns) * kGridCell.height());
                paintChart(createColumnComparisonChart(comparison, palette), painter, QRectF(at, kGridCell));
            }
            painter.end();
            return pngOf(image);
        });
        figures.push_back({QStringLiteral("columns-%1.png").arg(first / perPage + 1),
                           QStringLiteral("Real (blue) and synthetic (orange) distributions: %1.").arg(page.join(QStringLiteral(", "))),
                           QStringLiteral("columns"), png});
    }
}

void addCorrelationFigure(const core::FigureInput &input, const QPalette &palette, std::vector<core::ReportFigure> &figures)
{
    const core::CorrelationMatrices &m = input.report.correlations.pearson;
    if (m.real.columns.size() < 2)
        return;
    const QByteArray png = onGuiThread([&] {
        const int side = std::clamp(int(m.real.columns.size()) * 26 + 140, 360, 620);
        const HeatmapContent contents[] = {{m.real, QStringLiteral("Real"), 1.0},
                                           {m.synthetic, QStringLiteral("Synthetic"), 1.0},
                                           {m.difference, QStringLiteral("Synthetic − real"), kCorrelationDifferenceScale}};
        QImage image = blankImage(QSize(side * 3, side + 40));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < 3; ++i) {
            painter.setPen(palette.color(QPalette::Text));
            painter.drawText(QRectF(i * side, 0, side, 32), Qt::AlignCenter, contents[i].title);
            paintHeatmap(painter, QRectF(i * side + 6, 36, side - 12, side), contents[i], palette);
        }
        painter.end();
        return pngOf(image);
    });
    figures.push_back({QStringLiteral("correlations.png"),
                       QStringLiteral("Pearson correlations (Cramér's V where a category is involved): real, synthetic and their difference."),
                       QStringLiteral("correlations"), png});
}

} // namespace

std::vector<core::ReportFigure> ChartReportRenderer::figures(const core::FigureInput &input)
{
    const QPalette palette = reportPalette();
    std::vector<core::ReportFigure> figures;
    addColumnFigures(input, palette, figures);
    addCorrelationFigure(input, palette, figures);
    for (const core::SurvivalEndpointEvaluation &endpoint : input.report.survival) {
        if (!endpoint.isValid())
            continue;
        const QByteArray png = onGuiThread([&] { return chartPng(createSurvivalChart(endpoint, palette, input.minAtRisk)); });
        figures.push_back({QStringLiteral("km-%1.png").arg(fileStem(endpoint.name)),
                           QStringLiteral("Kaplan-Meier estimate of %1, real against synthetic, with 95 %% confidence bands; each curve "
                                          "stops where fewer than %2 remain at risk.").arg(endpoint.name).arg(input.minAtRisk),
                           QStringLiteral("survival"), png});
    }
    if (input.report.privacy) {
        const QByteArray png = onGuiThread([&] { return chartPng(createDcrChart(input.report.privacy->dcr, palette)); });
        figures.push_back({QStringLiteral("privacy-dcr.png"),
                           QStringLiteral("Distance from each synthetic row and each holdout row to its closest training row: the two "
                                          "should overlap."),
                           QStringLiteral("privacy"), png});
    }
    return figures;
}

QByteArray ChartReportRenderer::pdf(const QString &html, const std::vector<core::ReportFigure> &figures)
{
    QTextDocument document;
    for (const core::ReportFigure &figure : figures)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("figures/") + figure.fileName),
                             QImage::fromData(figure.png, "PNG"));
    document.setHtml(html);
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // Screen resolution: the report's 640-pixel figures and point-sized text then keep the
    // proportions they have in a browser.
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));   // QTextDocument::print() sets its own 2 cm
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("SynthReg"));
    document.print(&writer);
    buffer.close();
    return bytes;
}

} // namespace synthreg::gui
