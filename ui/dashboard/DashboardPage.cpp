#include "dashboard/DashboardPage.h"

#include "common/ErrorText.h"
#include "common/Guard.h"
#include "dashboard/CountryMatrixModel.h"
#include "dashboard/DashboardText.h"

#include "lintas/service/Workspace.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::ui {
namespace {

// One colour per chart (single-series bars) and one per referral state. Every bar and slice also
// carries its count as text, so nothing depends on telling colours apart.
const QColor kStatusColour(0x2f, 0x6f, 0x9f);
const QColor kExploitationColour(0x7b, 0x4f, 0x9d);
const QColor kMonthColour(0x2a, 0x8a, 0x7e);
const QColor kOverdueColour(0xb2, 0x3a, 0x2e);
const QColor kLabelColour(0x1a, 0x1a, 0x1a);

struct StateColour {
    std::string_view code;
    QColor colour;
};
// The referral lifecycle in order, so that a state keeps its place and colour between refreshes.
const std::array<StateColour, 6> kReferralStates{{
    {"Requested", QColor(0x4c, 0x78, 0xa8)},
    {"Accepted", QColor(0x72, 0xb7, 0xb2)},
    {"InProgress", QColor(0xf2, 0xa9, 0x3b)},
    {"Completed", QColor(0x54, 0xa2, 0x4b)},
    {"Declined", QColor(0x9d, 0x75, 0x5d)},
    {"Cancelled", QColor(0x9e, 0x9e, 0x9e)},
}};
const QColor kOtherStateColour(0xbc, 0x80, 0xbd);

// Case statuses in the order a case usually moves through them.
constexpr std::array<std::string_view, 8> kStatusOrder{
    "Reported", "UnderInvestigation", "Active", "FollowUp", "ReferredForProsecution", "InCourt", "Closed",
    "ClosedReferred"};

QString number(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

/// A category label as the axis draws it: Qt Charts renders axis labels as rich text.
QString axisLabel(const QString& text) { return text.toHtmlEscaped(); }

/// Qt Charts elides a category label to "…" when the label's share of the axis height is less
/// than a line, so a horizontal bar chart grows with its number of bars.
int heightForBars(std::size_t bars) { return std::max(300, 110 + 32 * static_cast<int>(bars)); }

/// One bar: its label and its value.
struct Bar {
    QString label;
    std::int64_t value = 0;
};

/// A titled card holding one chart (or table), with a line under the title and a placeholder
/// for when there is nothing to show.
struct Card {
    QFrame* frame = nullptr;
    QLabel* note = nullptr;
    QStackedWidget* stack = nullptr;
    QLabel* empty = nullptr;

    void showContent(bool hasData) const { stack->setCurrentIndex(hasData ? 0 : 1); }
};

Card makeCard(QWidget* parent, const QString& title, QWidget* content, const char* objectName) {
    Card card;
    card.frame = new QFrame(parent);
    card.frame->setObjectName(QLatin1String(objectName));
    card.frame->setFrameShape(QFrame::StyledPanel);
    card.frame->setAutoFillBackground(true);
    QPalette palette = card.frame->palette();
    palette.setColor(QPalette::Window, Qt::white);
    card.frame->setPalette(palette);
    auto* layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);

    auto* heading = new QLabel(title, card.frame);
    heading->setObjectName(QStringLiteral("cardTitle"));
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    card.note = new QLabel(card.frame);
    card.note->setObjectName(QStringLiteral("cardNote"));
    card.note->setWordWrap(true);
    QPalette notePalette = card.note->palette();
    notePalette.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    card.note->setPalette(notePalette);
    layout->addWidget(card.note);

    card.stack = new QStackedWidget(card.frame);
    card.stack->addWidget(content);
    card.empty = new QLabel(card.frame);
    card.empty->setObjectName(QStringLiteral("cardEmpty"));
    card.empty->setAlignment(Qt::AlignCenter);
    card.empty->setWordWrap(true);
    card.empty->setPalette(notePalette);
    card.stack->addWidget(card.empty);
    layout->addWidget(card.stack, 1);
    return card;
}

QChartView* makeChartView(const char* objectName, int minimumHeight) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);
    auto* view = new QChartView(chart);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

/// Empties a chart for the next refresh: its series and axes are deleted.
void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(QLocale());
}

/// A value axis from 0 with room above the largest bar for its count label.
QValueAxis* valueAxisFor(std::int64_t max) {
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<double>(4.0, static_cast<double>(max) * 1.18));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setGridLineColor(QColor(0xe3, 0xe3, 0xe3));
    return axis;
}

/// Shows `bars` as one bar set; horizontal bars list the first bar at the top. Returns the set
/// (whose indexes follow the chart's categories, bottom to top for horizontal bars).
QBarSet* showBars(QChartView* view, const std::vector<Bar>& bars, const QString& setName, const QColor& colour,
                  bool horizontal) {
    QChart* chart = view->chart();
    clearChart(chart);
    auto* set = new QBarSet(setName);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    set->setLabelColor(kLabelColour);
    QStringList categories;
    std::int64_t max = 0;
    for (const Bar& bar : bars) {
        set->append(static_cast<qreal>(bar.value));
        categories.append(axisLabel(bar.label));
        max = std::max(max, bar.value);
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.72);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(15);  // counts, never in exponent notation
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    QValueAxis* valueAxis = valueAxisFor(max);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (horizontal)
        view->setMinimumHeight(heightForBars(bars.size()));
    return set;
}

/// Calls a function when the watched widget is shown.
class OnFirstShow : public QObject {
public:
    OnFirstShow(QObject* parent, std::function<void()> fn) : QObject(parent), m_fn(std::move(fn)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == parent() && event->type() == QEvent::Show)
            m_fn();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_fn;
};

}  // namespace

struct DashboardPage::Impl {
    DashboardPage* q = nullptr;
    QAction* refresh = nullptr;
    QLabel* summary = nullptr;
    QLabel* error = nullptr;
    bool loaded = false;

    QChartView* statusView = nullptr;
    QChartView* exploitationView = nullptr;
    QChartView* monthView = nullptr;
    QChartView* referralView = nullptr;
    QChartView* overdueView = nullptr;
    QTableView* matrixView = nullptr;
    CountryMatrixModel* matrix = nullptr;
    Card statusCard, exploitationCard, monthCard, matrixCard, referralCard, overdueCard;

    // What each bar or slice stands for, in the order of the chart's indexes.
    std::vector<std::string> statusCodes;
    std::vector<std::string> exploitationCodes;
    std::vector<MonthCount> months;
    std::vector<std::string> referralCodes;
    std::vector<std::string> overdueServices;

    void build();
    void compute();
    void show(const DashboardStatistics& s);
    void showStatus(const DashboardStatistics& s);
    void showExploitation(const DashboardStatistics& s);
    void showMonths(const DashboardStatistics& s);
    void showMatrix(const DashboardStatistics& s);
    void showReferrals(const DashboardStatistics& s);
    void showOverdue(const DashboardStatistics& s);
    void clearAll();

    /// Makes the bars of `set` clickable: a pointing hand and a tooltip on hover, `open(index)`
    /// on click.
    void connectBars(QChartView* view, QBarSet* set, std::function<QString(int)> tip,
                     std::function<void(int)> open) const;
};

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent) : Page(workspace, parent), d(new Impl) {
    d->q = this;
    d->build();
    // Charts are computed when first looked at, not when the database is opened: a large
    // database then opens as fast as its case list. Later, reload() (F5, or the main window
    // after another page changed data) recomputes.
    installEventFilter(new OnFirstShow(this, [this] {
        if (!d->loaded)
            runGuarded(this, [this] { d->compute(); });
    }));
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::reload() { d->compute(); }

void DashboardPage::Impl::build() {
    auto* outer = new QVBoxLayout(q);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto* header = new QWidget(q);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 6);
    auto* title = new QLabel(DashboardPage::tr("Dashboard"), header);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);
    headerLayout->addWidget(title);
    summary = new QLabel(header);
    summary->setObjectName(QStringLiteral("dashboardSummary"));
    headerLayout->addSpacing(12);
    headerLayout->addWidget(summary, 1);

    refresh = new QAction(DashboardPage::tr("&Refresh"), q);
    refresh->setObjectName(QStringLiteral("refreshDashboardAction"));
    // F5 is the main window's Reload, which calls reload() on this page.
    refresh->setToolTip(DashboardPage::tr("Count everything again from the database (F5)"));
    QObject::connect(refresh, &QAction::triggered, q, [this] { runGuarded(q, [this] { compute(); }); });
    q->addAction(refresh);
    auto* refreshButton = new QToolButton(header);
    refreshButton->setObjectName(QStringLiteral("refreshDashboardButton"));
    refreshButton->setDefaultAction(refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    headerLayout->addWidget(refreshButton);
    outer->addWidget(header);

    error = new QLabel(q);
    error->setObjectName(QStringLiteral("dashboardError"));
    error->setWordWrap(true);
    error->setContentsMargins(16, 4, 16, 4);
    QPalette errorPalette = error->palette();
    errorPalette.setColor(QPalette::WindowText, kOverdueColour);
    error->setPalette(errorPalette);
    error->hide();
    outer->addWidget(error);

    auto* scroll = new QScrollArea(q);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* grid = new QWidget(scroll);
    grid->setObjectName(QStringLiteral("dashboardGrid"));
    grid->setAutoFillBackground(true);
    QPalette gridPalette = grid->palette();
    gridPalette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    grid->setPalette(gridPalette);
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(14);

    statusView = makeChartView("casesByStatusChart", 300);
    statusCard = makeCard(grid, DashboardPage::tr("Cases by status"), statusView, "casesByStatusCard");
    exploitationView = makeChartView("victimsByExploitationChart", 300);
    exploitationCard = makeCard(grid, DashboardPage::tr("Victims by form of exploitation"), exploitationView,
                                "victimsByExploitationCard");
    monthView = makeChartView("casesByMonthChart", 320);
    monthCard = makeCard(grid, DashboardPage::tr("New cases per month"), monthView, "casesByMonthCard");

    matrix = new CountryMatrixModel(q);
    matrixView = new QTableView(grid);
    matrixView->setObjectName(QStringLiteral("citizenshipMatrix"));
    matrixView->setModel(matrix);
    matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    matrixView->setFocusPolicy(Qt::NoFocus);
    matrixView->setShowGrid(true);
    matrixView->setGridStyle(Qt::SolidLine);
    matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    matrixView->verticalHeader()->setDefaultSectionSize(28);
    matrixView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    matrixView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    matrixView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    matrixView->setCornerButtonEnabled(false);
    matrixCard = makeCard(grid, DashboardPage::tr("Victims by citizenship and country of exploitation"), matrixView,
                          "citizenshipMatrixCard");

    referralView = makeChartView("referralsByStatusChart", 300);
    referralCard = makeCard(grid, DashboardPage::tr("Referrals by state"), referralView, "referralsByStatusCard");
    overdueView = makeChartView("overdueByServiceChart", 300);
    overdueCard = makeCard(grid, DashboardPage::tr("Overdue referrals by service"), overdueView, "overdueByServiceCard");

    layout->addWidget(statusCard.frame, 0, 0);
    layout->addWidget(exploitationCard.frame, 0, 1);
    layout->addWidget(monthCard.frame, 1, 0, 1, 2);
    layout->addWidget(matrixCard.frame, 2, 0, 1, 2);
    layout->addWidget(referralCard.frame, 3, 0);
    layout->addWidget(overdueCard.frame, 3, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(4, 1);

    scroll->setWidget(grid);
    outer->addWidget(scroll, 1);
}

void DashboardPage::Impl::compute() {
    loaded = true;
    QElapsedTimer timer;
    timer.start();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    struct RestoreCursor {
        ~RestoreCursor() { QGuiApplication::restoreOverrideCursor(); }
    } restoreCursor;

    auto stats = q->workspace().stats.dashboard();
    if (!stats) {
        clearAll();
        error->setText(DashboardPage::tr("The dashboard could not be computed: %1").arg(ErrorText::describe(stats.error())));
        error->show();
        summary->clear();
        return;
    }
    error->hide();
    show(*stats);
    emit q->statusMessage(DashboardPage::tr("Dashboard updated in %1 ms").arg(timer.elapsed()));
}

void DashboardPage::Impl::show(const DashboardStatistics& s) {
    const QDate today = QDate::fromString(QString::fromStdString(s.today), Qt::ISODate);
    //: Dashboard header. %1 is a date, %2 a number of cases, %3 a number of overdue referrals.
    summary->setText(DashboardPage::tr("As of %1: %2 cases, %3 overdue referrals")
                         .arg(QLocale().toString(today, QLocale::LongFormat), number(s.cases),
                              number(s.overdueReferrals)));
    showStatus(s);
    showExploitation(s);
    showMonths(s);
    showMatrix(s);
    showReferrals(s);
    showOverdue(s);
}

void DashboardPage::Impl::clearAll() {
    for (QChartView* view : {statusView, exploitationView, monthView, referralView, overdueView})
        clearChart(view->chart());
    matrix->setPairs({});
    statusCodes.clear();
    exploitationCodes.clear();
    months.clear();
    referralCodes.clear();
    overdueServices.clear();
}

void DashboardPage::Impl::connectBars(QChartView* view, QBarSet* set, std::function<QString(int)> tip,
                                      std::function<void(int)> open) const {
    QObject::connect(set, &QBarSet::hovered, view, [view, tip = std::move(tip)](bool over, int index) {
        view->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
        view->setToolTip(over ? tip(index) : QString());
    });
    QObject::connect(set, &QBarSet::clicked, q, [this, open = std::move(open)](int index) {
        runGuarded(q, [&] { open(index); });
    });
}

void DashboardPage::Impl::showStatus(const DashboardStatistics& s) {
    statusCodes.clear();
    std::vector<Bar> bars;
    const auto countOf = [&](std::string_view code) -> std::int64_t {
        for (const auto& c : s.casesByStatus)
            if (c.key == code)
                return c.count;
        return 0;
    };
    // Every status, in lifecycle order (zeros too: "none in court" is worth seeing), then any
    // code this version does not know.
    for (std::string_view code : kStatusOrder) {
        statusCodes.emplace_back(code);
        bars.push_back(Bar{DashboardText::caseStatus(code), countOf(code)});
    }
    for (const auto& c : s.casesByStatus)
        if (std::find(kStatusOrder.begin(), kStatusOrder.end(), c.key) == kStatusOrder.end()) {
            statusCodes.push_back(c.key);
            bars.push_back(Bar{DashboardText::caseStatus(c.key), c.count});
        }
    // Horizontal bars are drawn bottom to top: reverse so the first status is at the top.
    std::reverse(bars.begin(), bars.end());
    std::reverse(statusCodes.begin(), statusCodes.end());
    QBarSet* set = showBars(statusView, bars, DashboardPage::tr("Cases"), kStatusColour, true);
    //: %1 is the number of cases in the database.
    statusCard.note->setText(s.cases > 0 ? DashboardPage::tr("All %1 cases. Click a bar to list them.").arg(number(s.cases))
                                         : QString());
    statusCard.empty->setText(DashboardPage::tr("No cases recorded yet."));
    statusCard.showContent(s.cases > 0);
    connectBars(
        statusView, set,
        [this, set](int i) {
            //: Tooltip on a bar. %1 is a case status, %2 a number of cases.
            return DashboardPage::tr("%1: %2 cases").arg(DashboardText::caseStatus(statusCodes.at(static_cast<std::size_t>(i))),
                                                        number(static_cast<std::int64_t>(set->at(i))));
        },
        [this](int i) {
            CaseQuery query;
            query.status = statusCodes.at(static_cast<std::size_t>(i));
            emit q->casesRequested(query);
        });
}

void DashboardPage::Impl::showExploitation(const DashboardStatistics& s) {
    exploitationCodes.clear();
    std::vector<Bar> bars;
    std::int64_t total = 0;
    for (const auto& c : s.victimsByExploitation) {
        exploitationCodes.push_back(c.key);
        bars.push_back(Bar{DashboardText::exploitationType(c.key), c.count});
        total += c.count;
    }
    std::reverse(bars.begin(), bars.end());
    std::reverse(exploitationCodes.begin(), exploitationCodes.end());
    QBarSet* set = showBars(exploitationView, bars, DashboardPage::tr("Victims"), kExploitationColour, true);
    exploitationCard.note->setText(
        DashboardPage::tr("Victims per form recorded in their profiles; one victim may count under several forms. "
                          "Click a bar to list the cases with that form."));
    exploitationCard.empty->setText(DashboardPage::tr("No victim profile records a form of exploitation yet."));
    exploitationCard.showContent(total > 0);
    connectBars(
        exploitationView, set,
        [this, set](int i) {
            //: Tooltip on a bar. %1 is a form of exploitation, %2 a number of victims.
            return DashboardPage::tr("%1: %2 victims")
                .arg(DashboardText::exploitationType(exploitationCodes.at(static_cast<std::size_t>(i))),
                     number(static_cast<std::int64_t>(set->at(i))));
        },
        [this](int i) {
            CaseQuery query;
            query.exploitationForm = exploitationCodes.at(static_cast<std::size_t>(i));
            emit q->casesRequested(query);
        });
}

void DashboardPage::Impl::showMonths(const DashboardStatistics& s) {
    months = s.newCasesByMonth;
    std::vector<Bar> bars;
    std::int64_t total = 0;
    for (const auto& m : months) {
        const QDate first = QDate::fromString(QString::fromStdString(m.firstDay), Qt::ISODate);
        bars.push_back(Bar{QLocale().toString(first, QStringLiteral("MMM yyyy")), m.count});
        total += m.count;
    }
    QBarSet* set = showBars(monthView, bars, DashboardPage::tr("New cases"), kMonthColour, false);
    if (auto* series = qobject_cast<QAbstractBarSeries*>(monthView->chart()->series().value(0)))
        series->setLabelsAngle(-90);
    if (const auto axes = monthView->chart()->axes(Qt::Horizontal); !axes.isEmpty())
        axes.front()->setLabelsAngle(-90);
    if (!months.empty()) {
        const QDate from = QDate::fromString(QString::fromStdString(months.front().firstDay), Qt::ISODate);
        const QDate to = QDate::fromString(QString::fromStdString(months.back().month + "-01"), Qt::ISODate);
        //: %1 is a number of cases, %2 and %3 are months ("April 2024").
        monthCard.note->setText(DashboardPage::tr("%1 cases opened from %2 to %3, by the date they were opened. "
                                                  "Click a bar to list that month's cases.")
                                    .arg(number(total), QLocale().toString(from, QStringLiteral("MMMM yyyy")),
                                         QLocale().toString(to, QStringLiteral("MMMM yyyy"))));
    }
    monthCard.empty->clear();
    monthCard.showContent(true);  // months without cases are worth seeing too
    connectBars(
        monthView, set,
        [this, set](int i) {
            const auto& m = months.at(static_cast<std::size_t>(i));
            const QDate first = QDate::fromString(QString::fromStdString(m.firstDay), Qt::ISODate);
            //: Tooltip on a bar. %1 is a month ("April 2024"), %2 a number of cases.
            return DashboardPage::tr("%1: %2 new cases")
                .arg(QLocale().toString(first, QStringLiteral("MMMM yyyy")), number(static_cast<std::int64_t>(set->at(i))));
        },
        [this](int i) {
            const auto& m = months.at(static_cast<std::size_t>(i));
            CaseQuery query;
            query.openedFrom = m.firstDay;
            query.openedTo = m.lastDay;
            emit q->casesRequested(query);
        });
}

void DashboardPage::Impl::showMatrix(const DashboardStatistics& s) {
    matrix->setPairs(s.victimsByCitizenshipAndExploitationCountry);
    matrixCard.note->setText(DashboardPage::tr(
        "Rows: the victim's first citizenship. Columns: the country where the victim's journey records exploitation. "
        "Each cell counts victims; darker means more."));
    matrixCard.empty->setText(DashboardPage::tr("No victim's journey records a place of exploitation yet."));
    matrixCard.showContent(matrix->rowCount() > 0);
    // Tall enough for every row, so the card scrolls with the page rather than on its own.
    const int rows = matrix->rowCount();
    const int height = matrixView->horizontalHeader()->sizeHint().height() + rows * matrixView->verticalHeader()->defaultSectionSize() + 4;
    matrixView->setMinimumHeight(height);
    matrixView->setMaximumHeight(height);
}

void DashboardPage::Impl::showReferrals(const DashboardStatistics& s) {
    QChart* chart = referralView->chart();
    clearChart(chart);
    referralCodes.clear();
    auto* series = new QPieSeries;
    series->setHoleSize(0.42);
    series->setPieSize(0.62);
    std::int64_t total = 0;
    for (const auto& c : s.referralsByStatus)
        total += c.count;

    std::vector<std::pair<std::string, QColor>> order;
    for (const auto& state : kReferralStates)
        order.emplace_back(std::string(state.code), state.colour);
    for (const auto& c : s.referralsByStatus)
        if (std::none_of(order.begin(), order.end(), [&](const auto& o) { return o.first == c.key; }))
            order.emplace_back(c.key, kOtherStateColour);

    for (const auto& [code, colour] : order) {
        std::int64_t count = 0;
        for (const auto& c : s.referralsByStatus)
            if (c.key == code)
                count = c.count;
        if (count == 0)
            continue;  // a slice of nothing cannot be drawn or clicked
        referralCodes.push_back(code);
        const double share = total > 0 ? static_cast<double>(count) / static_cast<double>(total) : 0.0;
        QPieSlice* slice = series->append(QLocale().toString(share * 100.0, 'f', 0) + QLocale().percent(),
                                          static_cast<qreal>(count));
        slice->setColor(colour);
        slice->setBorderColor(Qt::white);
        slice->setLabelColor(kLabelColour);
        // A percentage on the slices that have room for one; the legend names every state.
        slice->setLabelVisible(share >= 0.04);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        const QString tip = DashboardPage::tr("%1: %2 referrals").arg(DashboardText::referralStatus(code), number(count));
        QObject::connect(slice, &QPieSlice::hovered, referralView, [view = referralView, slice, tip](bool over) {
            slice->setExploded(over);
            view->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
            view->setToolTip(over ? tip : QString());
        });
    }
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    const auto markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < static_cast<qsizetype>(referralCodes.size()); ++i) {
        const auto& code = referralCodes[static_cast<std::size_t>(i)];
        const auto count = static_cast<std::int64_t>(series->slices().at(i)->value());
        //: Legend entry of the referral chart. %1 is a referral state, %2 a number of referrals.
        markers[i]->setLabel(DashboardPage::tr("%1: %2").arg(DashboardText::referralStatus(code), number(count)));
    }
    QObject::connect(series, &QPieSeries::clicked, q, [this, series](QPieSlice* slice) {
        const auto index = series->slices().indexOf(slice);
        if (index < 0 || index >= static_cast<qsizetype>(referralCodes.size()))
            return;
        ReferralQuery query;
        query.status = referralCodes[static_cast<std::size_t>(index)];
        emit q->referralsRequested(query);
    });
    //: %1 is the number of referrals in the database.
    referralCard.note->setText(
        total > 0 ? DashboardPage::tr("All %1 referrals. Click a segment to list them.").arg(number(total)) : QString());
    referralCard.empty->setText(DashboardPage::tr("No referrals recorded yet."));
    referralCard.showContent(total > 0);
}

void DashboardPage::Impl::showOverdue(const DashboardStatistics& s) {
    overdueServices.clear();
    std::vector<Bar> bars;
    for (const auto& c : s.overdueByService) {
        overdueServices.push_back(c.key);
        bars.push_back(Bar{DashboardText::service(c.key), c.count});
    }
    std::reverse(bars.begin(), bars.end());
    std::reverse(overdueServices.begin(), overdueServices.end());
    QBarSet* set = showBars(overdueView, bars, DashboardPage::tr("Overdue referrals"), kOverdueColour, true);
    //: %1 is a number of referrals.
    overdueCard.note->setText(
        s.overdueReferrals > 0
            ? DashboardPage::tr("%1 open referrals are past their due date. Click a bar to list them.")
                  .arg(number(s.overdueReferrals))
            : QString());
    overdueCard.empty->setText(DashboardPage::tr("No referral is overdue."));
    overdueCard.showContent(s.overdueReferrals > 0);
    connectBars(
        overdueView, set,
        [this, set](int i) {
            //: Tooltip on a bar. %1 is a support service, %2 a number of referrals.
            return DashboardPage::tr("%1: %2 overdue referrals")
                .arg(DashboardText::service(overdueServices.at(static_cast<std::size_t>(i))),
                     number(static_cast<std::int64_t>(set->at(i))));
        },
        [this](int i) {
            ReferralQuery query;
            query.service = overdueServices.at(static_cast<std::size_t>(i));
            query.overdueOnly = true;
            emit q->referralsRequested(query);
        });
}

}  // namespace lintas::ui
