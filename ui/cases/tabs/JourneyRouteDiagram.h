#pragma once

#include "cases/tabs/JourneyLegModel.h"

#include <QColor>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <string>
#include <vector>

namespace lintas::ui {

/// A simple origin → transit → destination diagram: per victim, one box per country visited in
/// journey order (consecutive legs in the same country share a box), joined by arrows. Each box
/// names the country, the stages that happened there — coloured AND written out — and the dates.
/// Drawn in logical coordinates sized from the font, so it stays sharp and legible at any DPI and
/// stretches with the widget.
class JourneyRouteDiagram : public QWidget {
    Q_OBJECT

public:
    struct Stop {
        QString country;          ///< ISO alpha-3
        QStringList stages;       ///< JourneyEventType codes, distinct, in journey order
        QString firstDate;        ///< ISO date of the earliest dated leg, or empty
        QString lastDate;         ///< ISO date of the latest dated leg, or empty
        QStringList places;       ///< cities or states mentioned
        QString arrivedBy;        ///< MeansOfTravel code of the first leg here, or empty
    };
    struct Route {
        QString personUuid;
        QString victimName;
        QVector<Stop> stops;
    };

    explicit JourneyRouteDiagram(QWidget* parent = nullptr);

    /// Rebuilds the routes from legs in journey order (as JourneyLegModel holds them).
    void setLegs(const std::vector<JourneyRow>& legs);
    [[nodiscard]] const QVector<Route>& routes() const { return m_routes; }
    /// The countries of one route's stops, e.g. {"IDN", "THA", "MMR"}.
    [[nodiscard]] QStringList stopCountries(int route) const;

    /// Routes from legs: grouped by victim in order of first appearance; legs in the given order.
    [[nodiscard]] static QVector<Route> computeRoutes(const std::vector<JourneyRow>& legs);
    /// The colour of a journey stage (never the only cue: every coloured mark is also labelled).
    [[nodiscard]] static QColor stageColour(const std::string& eventType);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Metrics {
        qreal em;
        qreal margin;
        qreal legendHeight;
        qreal nameHeight;
        qreal boxHeight;
        qreal rowGap;
        qreal arrow;
        qreal minBox;
        qreal maxBox;
    };
    [[nodiscard]] Metrics metrics() const;
    [[nodiscard]] qreal boxWidth(const Metrics& m, int stops) const;
    [[nodiscard]] QRectF boxRect(const Metrics& m, int route, int stop) const;
    [[nodiscard]] QString stopToolTip(const Route& route, const Stop& stop) const;
    void updateAccessibleText();

    QVector<Route> m_routes;
};

}  // namespace lintas::ui
