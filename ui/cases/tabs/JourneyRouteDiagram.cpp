#include "cases/tabs/JourneyRouteDiagram.h"

#include "cases/tabs/TabText.h"
#include "common/CountryModel.h"

#include "lintas/domain/Geo.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace lintas::ui {
namespace {

QString countryName(const QString& alpha3) {
    if (const geo::Country* c = geo::countryByAlpha3(ss(alpha3)))
        return qs(c->name);
    return alpha3;
}

QColor textOn(const QColor& fill) {
    const double luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue();
    return luminance > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

}  // namespace

JourneyRouteDiagram::JourneyRouteDiagram(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("journeyRouteDiagram"));
    setAccessibleName(tr("Journey route diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    updateAccessibleText();
}

QColor JourneyRouteDiagram::stageColour(const std::string& eventType) {
    // Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    if (eventType == "Recruitment")
        return {0x00, 0x72, 0xb2};
    if (eventType == "Transit")
        return {0xe6, 0x9f, 0x00};
    if (eventType == "Exploitation")
        return {0xd5, 0x5e, 0x00};
    if (eventType == "Return")
        return {0x00, 0x9e, 0x73};
    return {0x99, 0x99, 0x99};
}

QVector<JourneyRouteDiagram::Route> JourneyRouteDiagram::computeRoutes(const std::vector<JourneyRow>& legs) {
    QVector<Route> routes;
    for (const JourneyRow& row : legs) {
        const JourneyLeg& leg = row.leg;
        const QString person = qs(leg.personUuid);
        auto route = std::find_if(routes.begin(), routes.end(), [&](const Route& r) { return r.personUuid == person; });
        if (route == routes.end()) {
            routes.push_back(Route{person, qs(row.victimName), {}});
            route = routes.end() - 1;
        }
        const QString country = qs(leg.country);
        if (route->stops.isEmpty() || route->stops.back().country != country) {
            Stop stop;
            stop.country = country;
            if (leg.meansOfTravel)
                stop.arrivedBy = qs(*leg.meansOfTravel);
            route->stops.push_back(stop);
        }
        Stop& stop = route->stops.back();
        const QString stage = qs(leg.eventType);
        if (!stop.stages.contains(stage))
            stop.stages << stage;
        if (leg.eventDate) {
            const QString date = qs(*leg.eventDate);
            if (stop.firstDate.isEmpty() || date < stop.firstDate)
                stop.firstDate = date;
            if (stop.lastDate.isEmpty() || date > stop.lastDate)
                stop.lastDate = date;
        }
        const QString place = qs(!leg.city.empty() ? leg.city : leg.state);
        if (!place.isEmpty() && !stop.places.contains(place))
            stop.places << place;
    }
    return routes;
}

void JourneyRouteDiagram::setLegs(const std::vector<JourneyRow>& legs) {
    m_routes = computeRoutes(legs);
    updateAccessibleText();
    updateGeometry();
    update();
}

QStringList JourneyRouteDiagram::stopCountries(int route) const {
    QStringList out;
    if (route < 0 || route >= m_routes.size())
        return out;
    for (const Stop& stop : m_routes[route].stops)
        out << stop.country;
    return out;
}

void JourneyRouteDiagram::updateAccessibleText() {
    QStringList lines;
    for (const Route& route : m_routes) {
        QStringList countries;
        for (const Stop& stop : route.stops)
            countries << stop.country;
        //: Accessible summary of one victim's route: %1 is the name, %2 the countries joined by arrows.
        lines << tr("%1: %2").arg(route.victimName, countries.join(QStringLiteral(" → ")));
    }
    setAccessibleDescription(lines.isEmpty() ? tr("No journey recorded.") : lines.join(QLatin1Char('\n')));
}

JourneyRouteDiagram::Metrics JourneyRouteDiagram::metrics() const {
    const qreal em = QFontMetricsF(font()).height();
    Metrics m{};
    m.em = em;
    m.margin = 0.8 * em;
    m.legendHeight = 1.9 * em;
    m.nameHeight = 1.5 * em;
    m.boxHeight = 6.5 * em;
    m.rowGap = 0.9 * em;
    m.arrow = 4.2 * em;
    m.minBox = 8.5 * em;
    m.maxBox = 13.0 * em;
    return m;
}

qreal JourneyRouteDiagram::boxWidth(const Metrics& m, int stops) const {
    if (stops <= 0)
        return m.maxBox;
    const qreal available = width() - 2 * m.margin - (stops - 1) * m.arrow;
    return std::clamp(available / stops, m.minBox, m.maxBox);
}

QRectF JourneyRouteDiagram::boxRect(const Metrics& m, int route, int stop) const {
    int maxStops = 0;
    for (const Route& r : m_routes)
        maxStops = std::max(maxStops, static_cast<int>(r.stops.size()));
    const qreal w = boxWidth(m, maxStops);
    const qreal top = m.margin + m.legendHeight + route * (m.nameHeight + m.boxHeight + m.rowGap) + m.nameHeight;
    return {m.margin + stop * (w + m.arrow), top, w, m.boxHeight};
}

QSize JourneyRouteDiagram::sizeHint() const {
    const Metrics m = metrics();
    int maxStops = 1;
    for (const Route& r : m_routes)
        maxStops = std::max(maxStops, static_cast<int>(r.stops.size()));
    const qreal w = 2 * m.margin + maxStops * (m.maxBox * 0.8) + (maxStops - 1) * m.arrow;
    const int rows = std::max(1, static_cast<int>(m_routes.size()));
    const qreal h = 2 * m.margin + m.legendHeight + rows * (m.nameHeight + m.boxHeight + m.rowGap);
    return {static_cast<int>(std::ceil(w)), static_cast<int>(std::ceil(h))};
}

QSize JourneyRouteDiagram::minimumSizeHint() const {
    const Metrics m = metrics();
    int maxStops = 1;
    for (const Route& r : m_routes)
        maxStops = std::max(maxStops, static_cast<int>(r.stops.size()));
    const qreal w = 2 * m.margin + maxStops * m.minBox + (maxStops - 1) * m.arrow;
    return {static_cast<int>(std::ceil(w)), sizeHint().height()};
}

void JourneyRouteDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Metrics m = metrics();
    const QPalette& pal = palette();
    const QColor ink = pal.color(QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.65F);

    // Legend: colour AND name of each stage.
    {
        qreal x = m.margin;
        const qreal y = m.margin;
        const qreal swatch = 0.9 * m.em;
        p.setPen(ink);
        p.drawText(QRectF(x, y, width() - 2 * m.margin, m.em), Qt::AlignLeft | Qt::AlignVCenter, tr("Stages:"));
        x += QFontMetricsF(font()).horizontalAdvance(tr("Stages:")) + 0.6 * m.em;
        for (const vocab::Term& term : vocab::terms(vocab::List::JourneyEventType)) {
            const QString text = TabText::label(vocab::List::JourneyEventType, term.code);
            p.setPen(Qt::NoPen);
            p.setBrush(stageColour(std::string(term.code)));
            p.drawRoundedRect(QRectF(x, y + (m.em - swatch) / 2, swatch, swatch), 0.15 * m.em, 0.15 * m.em);
            x += swatch + 0.3 * m.em;
            p.setPen(ink);
            p.drawText(QRectF(x, y, 20 * m.em, m.em), Qt::AlignLeft | Qt::AlignVCenter, text);
            x += QFontMetricsF(font()).horizontalAdvance(text) + 1.0 * m.em;
        }
    }

    if (m_routes.isEmpty()) {
        p.setPen(muted);
        p.drawText(QRectF(m.margin, m.margin + m.legendHeight, width() - 2 * m.margin, 3 * m.em),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("No journey recorded."));
        return;
    }

    QFont bold = font();
    bold.setBold(true);
    QFont big = bold;
    big.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() * 1.3 : 12);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() * 0.9 : 8);
    const QFontMetricsF fm(font());
    const QFontMetricsF smallFm(small);

    for (int r = 0; r < m_routes.size(); ++r) {
        const Route& route = m_routes[r];
        const QRectF first = boxRect(m, r, 0);
        p.setFont(bold);
        p.setPen(ink);
        p.drawText(QRectF(m.margin, first.top() - m.nameHeight, width() - 2 * m.margin, m.nameHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(tr("Victim: %1").arg(route.victimName), Qt::ElideRight, width() - 2 * m.margin));

        for (int s = 0; s < route.stops.size(); ++s) {
            const Stop& stop = route.stops[s];
            const QRectF box = boxRect(m, r, s);
            const qreal radius = 0.35 * m.em;
            QPainterPath outline;
            outline.addRoundedRect(box, radius, radius);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Base));
            p.drawPath(outline);

            // The band of stages: one segment per stage, each coloured and named.
            const qreal band = 1.45 * m.em;
            p.save();
            p.setClipPath(outline);
            const int n = std::max(1, static_cast<int>(stop.stages.size()));
            const qreal segment = box.width() / n;
            for (int i = 0; i < stop.stages.size(); ++i) {
                const QColor colour = stageColour(ss(stop.stages[i]));
                const QRectF seg(box.left() + i * segment, box.top(), segment, band);
                p.fillRect(seg, colour);
                p.setPen(textOn(colour));
                p.setFont(small);
                const QString label = TabText::label(vocab::List::JourneyEventType, stop.stages[i]);
                p.drawText(seg.adjusted(0.25 * m.em, 0, -0.25 * m.em, 0), Qt::AlignCenter,
                           smallFm.elidedText(label, Qt::ElideRight, seg.width() - 0.5 * m.em));
            }
            p.restore();

            p.setPen(QPen(pal.color(QPalette::Mid), std::max(1.0, 0.08 * m.em)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(outline);

            const QRectF inner = box.adjusted(0.4 * m.em, band + 0.2 * m.em, -0.4 * m.em, -0.2 * m.em);
            p.setPen(ink);
            p.setFont(big);
            const qreal bigHeight = QFontMetricsF(big).height();
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), bigHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       stop.country);
            p.setFont(font());
            qreal y = inner.top() + bigHeight;
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(countryName(stop.country), Qt::ElideRight, inner.width()));
            y += fm.height();
            if (!stop.places.isEmpty())
                p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(stop.places.join(QStringLiteral(", ")), Qt::ElideRight, inner.width()));
            y += fm.height();
            QString dates;
            if (stop.firstDate.isEmpty()) {
                dates = tr("date unknown");
            } else if (stop.firstDate == stop.lastDate) {
                dates = stop.firstDate;
            } else {
                //: A date range on the route diagram: %1 first date, %2 last date.
                dates = tr("%1 – %2").arg(stop.firstDate, stop.lastDate);
                // In a narrow box, drop the repeated year of the end date ("2023-08-30 – 09-03").
                if (fm.horizontalAdvance(dates) > inner.width() && stop.firstDate.left(4) == stop.lastDate.left(4))
                    dates = tr("%1 – %2").arg(stop.firstDate, stop.lastDate.mid(5));
            }
            p.setPen(stop.firstDate.isEmpty() ? muted : ink);
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(dates, Qt::ElideRight, inner.width()));

            if (s + 1 < route.stops.size()) {
                const QRectF next = boxRect(m, r, s + 1);
                const qreal arrowY = box.center().y() + 0.4 * m.em;
                const qreal x0 = box.right() + 0.3 * m.em;
                const qreal x1 = next.left() - 0.3 * m.em;
                const qreal head = 0.55 * m.em;
                p.setPen(QPen(ink, std::max(1.5, 0.12 * m.em), Qt::SolidLine, Qt::RoundCap));
                p.drawLine(QPointF(x0, arrowY), QPointF(x1 - head * 0.8, arrowY));
                QPainterPath arrowHead;
                arrowHead.moveTo(x1, arrowY);
                arrowHead.lineTo(x1 - head, arrowY - head * 0.55);
                arrowHead.lineTo(x1 - head, arrowY + head * 0.55);
                arrowHead.closeSubpath();
                p.setPen(Qt::NoPen);
                p.setBrush(ink);
                p.drawPath(arrowHead);
                const QString& means = route.stops[s + 1].arrivedBy;
                if (!means.isEmpty()) {
                    p.setPen(muted);
                    p.setFont(small);
                    const QString text = TabText::label(vocab::List::MeansOfTravel, means);
                    p.drawText(QRectF(x0, arrowY - 1.5 * m.em, x1 - x0, 1.3 * m.em), Qt::AlignHCenter | Qt::AlignBottom,
                               smallFm.elidedText(text, Qt::ElideRight, x1 - x0));
                }
            }
        }
    }
}

QString JourneyRouteDiagram::stopToolTip(const Route& route, const Stop& stop) const {
    QStringList stages;
    for (const QString& stage : stop.stages)
        stages << TabText::label(vocab::List::JourneyEventType, stage);
    QStringList lines;
    lines << route.victimName;
    lines << CountryModel::displayName(stop.country);
    lines << tr("Stages: %1").arg(stages.join(QStringLiteral(", ")));
    if (!stop.places.isEmpty())
        lines << tr("Places: %1").arg(stop.places.join(QStringLiteral(", ")));
    if (!stop.firstDate.isEmpty())
        lines << (stop.firstDate == stop.lastDate ? tr("Date: %1").arg(stop.firstDate)
                                                  : tr("Dates: %1 – %2").arg(stop.firstDate, stop.lastDate));
    if (!stop.arrivedBy.isEmpty())
        lines << tr("Arrived by: %1").arg(TabText::label(vocab::List::MeansOfTravel, stop.arrivedBy));
    return lines.join(QLatin1Char('\n'));
}

bool JourneyRouteDiagram::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Metrics m = metrics();
        for (int r = 0; r < m_routes.size(); ++r)
            for (int s = 0; s < m_routes[r].stops.size(); ++s)
                if (boxRect(m, r, s).contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), stopToolTip(m_routes[r], m_routes[r].stops[s]), this);
                    return true;
                }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace lintas::ui
