#include "cases/tabs/JourneyTab.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/JourneyLegDialog.h"
#include "cases/tabs/JourneyLegModel.h"
#include "cases/tabs/JourneyRouteDiagram.h"
#include "cases/tabs/TabText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace lintas::ui {

JourneyTab::JourneyTab(lintas::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("journeyTab"));
    m_model = new JourneyLegModel(this);
    m_model->setObjectName(QStringLiteral("journeyModel"));

    auto* filterLabel = new QLabel(tr("&Victim:"), this);
    m_victimFilter = new QComboBox(this);
    m_victimFilter->setObjectName(QStringLiteral("victimFilter"));
    m_victimFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_victimFilter);
    m_add = new QPushButton(tr("&Add leg…"), this);
    m_add->setObjectName(QStringLiteral("addLeg"));
    m_remove = new QPushButton(tr("&Remove leg…"), this);
    m_remove->setObjectName(QStringLiteral("removeLeg"));
    connect(m_add, &QPushButton::clicked, this, &JourneyTab::addLeg);
    connect(m_remove, &QPushButton::clicked, this, &JourneyTab::removeSelected);
    connect(m_victimFilter, &QComboBox::activated, this, [this] { runGuarded(this, [&] { reloadLegs(); }); });

    auto* top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_victimFilter);
    top->addStretch(1);
    top->addWidget(m_add);
    top->addWidget(m_remove);

    m_loadError = FieldErrors::makeErrorLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));

    m_diagram = new JourneyRouteDiagram;
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("routeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_diagram);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("journeyView"));
    m_view->setAccessibleName(tr("Journey legs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JourneyLegModel::DocumentsColumn, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit personRequested(index.data(JourneyLegModel::PersonUuidRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JourneyTab::updateButtons);
    auto* removeShortcut = new QAction(m_view);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QAction::triggered, this, &JourneyTab::removeSelected);
    m_view->addAction(removeShortcut);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("journeySplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_loadError);
    layout->addWidget(splitter, 1);
    updateButtons();
}

JourneyTab::~JourneyTab() = default;

void JourneyTab::setCase(const QString& caseUuid) {
    runGuarded(this, [&] {
        if (caseUuid != m_caseUuid)
            m_victimFilter->clear();
        m_caseUuid = caseUuid;
        reload();
    });
}

void JourneyTab::reload() {
    m_loadError->hide();
    m_victims.clear();
    if (!m_caseUuid.isEmpty()) {
        auto parties = m_ws.cases.parties(ss(m_caseUuid));
        if (!parties) {
            m_loadError->setText(TabText::errorSentence(parties.error()));
            m_loadError->show();
        } else {
            const auto names = TabText::partyNames(*parties);
            for (const CaseParty& p : *parties)
                if (p.role == "Victim")
                    m_victims.push_back({qs(p.personUuid), names.at(p.personUuid)});
        }
    }
    const QString chosen = m_victimFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_victimFilter);
        m_victimFilter->clear();
        m_victimFilter->addItem(tr("All victims"), QString());
        for (const auto& [uuid, name] : m_victims)
            m_victimFilter->addItem(name, uuid);
        const int row = m_victimFilter->findData(chosen);
        m_victimFilter->setCurrentIndex(row >= 0 ? row : 0);
    }
    reloadLegs();
}

void JourneyTab::reloadLegs() {
    std::vector<JourneyRow> rows;
    if (!m_caseUuid.isEmpty()) {
        auto legs = m_ws.links.journey(ss(m_caseUuid), ss(m_victimFilter->currentData().toString()));
        if (!legs) {
            m_loadError->setText(TabText::errorSentence(legs.error()));
            m_loadError->show();
        } else {
            std::map<std::string, std::string> names;
            for (const auto& [uuid, name] : m_victims)
                names[ss(uuid)] = ss(name);
            for (JourneyLeg& leg : *legs) {
                const auto it = names.find(leg.personUuid);
                std::string name = it != names.end() ? it->second : std::string();
                rows.push_back(JourneyRow{std::move(leg), std::move(name)});
            }
        }
    }
    m_diagram->setLegs(rows);
    m_model->setLegs(std::move(rows));
    updateButtons();
}

void JourneyTab::updateButtons() {
    m_add->setEnabled(!m_caseUuid.isEmpty() && !m_victims.isEmpty());
    m_add->setToolTip(m_victims.isEmpty() ? tr("Add a victim to the case first (People tab)") : QString());
    m_remove->setEnabled(m_view->selectionModel()->currentIndex().isValid());
}

void JourneyTab::addLeg() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new JourneyLegDialog(m_ws, m_caseUuid, m_victims, m_victimFilter->currentData().toString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            runGuarded(this, [&] {
                reloadLegs();
                emit changed();
            });
        });
        dialog->open();
    });
}

void JourneyTab::removeSelected() {
    runGuarded(this, [&] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (!current.isValid())
            return;
        const QString uuid = current.data(JourneyLegModel::UuidRole).toString();
        //: %1 is a journey stage (e.g. Transit), %2 a country.
        const QString what = tr("%1 in %2").arg(current.siblingAtColumn(JourneyLegModel::TypeColumn).data().toString(),
                                                current.siblingAtColumn(JourneyLegModel::CountryColumn).data().toString());
        if (QMessageBox::question(this, tr("Remove journey leg"), tr("Remove the journey leg “%1”?").arg(what),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        const Status removed = m_ws.links.removeJourneyLeg(ss(uuid));
        if (!removed) {
            QMessageBox::warning(this, tr("Remove journey leg"), TabText::errorSentence(removed.error()));
            return;
        }
        reloadLegs();
        emit changed();
    });
}

}  // namespace lintas::ui
