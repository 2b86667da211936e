#include "cases/tabs/LinksTab.h"

#include "cases/tabs/CaseLinkModel.h"
#include "cases/tabs/CaseRelationshipModel.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/ForeignCaseLinkDialog.h"
#include "cases/tabs/LocalCaseLinkDialog.h"
#include "cases/tabs/RelationshipDialog.h"
#include "cases/tabs/TabText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace lintas::ui {
namespace {

QTableView* makeTable(QWidget* parent, const QString& name, QAbstractItemModel* model) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

}  // namespace

LinksTab::LinksTab(lintas::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("linksTab"));
    m_links = new CaseLinkModel(this);
    m_links->setObjectName(QStringLiteral("caseLinkModel"));
    m_relationships = new CaseRelationshipModel(this);
    m_relationships->setObjectName(QStringLiteral("relationshipModel"));

    m_loadError = FieldErrors::makeErrorLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));

    // Related cases.
    auto* casesBox = new QGroupBox(tr("Related cases"), this);
    m_linkLocal = new QPushButton(tr("Link &local case…"), casesBox);
    m_linkLocal->setObjectName(QStringLiteral("linkLocalCase"));
    m_linkForeign = new QPushButton(tr("Link &foreign case…"), casesBox);
    m_linkForeign->setObjectName(QStringLiteral("linkForeignCase"));
    m_openCase = new QPushButton(tr("&Open case"), casesBox);
    m_openCase->setObjectName(QStringLiteral("openLinkedCase"));
    connect(m_linkLocal, &QPushButton::clicked, this, &LinksTab::linkLocal);
    connect(m_linkForeign, &QPushButton::clicked, this, &LinksTab::linkForeign);
    connect(m_openCase, &QPushButton::clicked, this, &LinksTab::openSelectedCase);
    m_linksView = makeTable(casesBox, QStringLiteral("caseLinksView"), m_links);
    m_linksView->setAccessibleName(tr("Related cases"));
    connect(m_linksView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString linked = index.data(CaseLinkModel::LinkedCaseUuidRole).toString();
        if (!linked.isEmpty())
            emit caseRequested(linked);
    });
    connect(m_linksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LinksTab::updateButtons);
    auto* casesButtons = new QHBoxLayout;
    casesButtons->addWidget(m_linkLocal);
    casesButtons->addWidget(m_linkForeign);
    casesButtons->addStretch(1);
    casesButtons->addWidget(m_openCase);
    auto* casesLayout = new QVBoxLayout(casesBox);
    casesLayout->addLayout(casesButtons);
    casesLayout->addWidget(m_linksView, 1);

    // Relationships.
    auto* relBox = new QGroupBox(tr("Relationships in this case"), this);
    m_addRelationship = new QPushButton(tr("Add &relationship…"), relBox);
    m_addRelationship->setObjectName(QStringLiteral("addRelationship"));
    connect(m_addRelationship, &QPushButton::clicked, this, &LinksTab::addRelationship);
    auto* gradeHint = new QLabel(tr("Grade: source reliability A, B, C or X, then information credibility 1 to 4. "
                                    "Hover over a grade for its meaning."),
                                 relBox);
    gradeHint->setWordWrap(true);
    gradeHint->setTextFormat(Qt::PlainText);
    m_relationshipsView = makeTable(relBox, QStringLiteral("relationshipsView"), m_relationships);
    m_relationshipsView->setAccessibleName(tr("Relationships in this case"));
    connect(m_relationshipsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        bool person = false;
        QString uuid;
        if (index.column() == CaseRelationshipModel::FromColumn) {
            uuid = index.data(CaseRelationshipModel::FromUuidRole).toString();
            person = index.data(CaseRelationshipModel::FromIsPersonRole).toBool();
        } else if (index.column() == CaseRelationshipModel::ToColumn) {
            uuid = index.data(CaseRelationshipModel::ToUuidRole).toString();
            person = index.data(CaseRelationshipModel::ToIsPersonRole).toBool();
        } else {
            return;
        }
        if (person)
            emit personRequested(uuid);
        else
            emit organisationRequested(uuid);
    });
    auto* relButtons = new QHBoxLayout;
    relButtons->addWidget(m_addRelationship);
    relButtons->addWidget(gradeHint, 1);
    auto* relLayout = new QVBoxLayout(relBox);
    relLayout->addLayout(relButtons);
    relLayout->addWidget(m_relationshipsView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(casesBox);
    splitter->addWidget(relBox);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_loadError);
    layout->addWidget(splitter, 1);
    updateButtons();
}

LinksTab::~LinksTab() = default;

void LinksTab::setCase(const QString& caseUuid) {
    runGuarded(this, [&] {
        m_caseUuid = caseUuid;
        reload();
    });
}

void LinksTab::reload() {
    m_loadError->hide();
    reloadLinks();
    reloadRelationships();
    updateButtons();
}

void LinksTab::reloadLinks() {
    std::vector<CaseLinkRow> rows;
    if (!m_caseUuid.isEmpty()) {
        auto links = m_ws.links.caseLinks(ss(m_caseUuid));
        if (!links) {
            m_loadError->setText(TabText::errorSentence(links.error()));
            m_loadError->show();
        } else {
            for (CaseLink& link : *links) {
                CaseLinkRow row;
                if (link.linkedCaseUuid) {
                    if (auto other = m_ws.cases.get(*link.linkedCaseUuid)) {
                        row.linkedReference = other->reference;
                        row.linkedTitle = other->title;
                    }
                }
                row.link = std::move(link);
                rows.push_back(std::move(row));
            }
        }
    }
    m_links->setLinks(std::move(rows));
}

void LinksTab::reloadRelationships() {
    std::vector<RelationshipRow> rows;
    if (!m_caseUuid.isEmpty()) {
        auto relationships = m_ws.links.relationshipsInCase(ss(m_caseUuid));
        if (!relationships) {
            m_loadError->setText(TabText::errorSentence(relationships.error()));
            m_loadError->show();
        } else {
            // The case's parties by the names the other tabs show (a masked victim numbered as
            // there); people outside the case and organisations are looked up.
            std::map<std::string, QString> names;
            if (auto parties = m_ws.cases.parties(ss(m_caseUuid)))
                names = TabText::partyNames(*parties);
            const auto nameOf = [&](PartyKind kind, const std::string& uuid) {
                if (const auto it = names.find(uuid); it != names.end())
                    return it->second;
                QString name;
                if (kind == PartyKind::Person) {
                    if (auto p = m_ws.persons.get(uuid))
                        name = p->identityMasked ? TabText::maskedVictim() : qs(p->displayName());
                } else if (auto o = m_ws.organisations.get(uuid)) {
                    name = qs(o->name);
                }
                names[uuid] = name;
                return name;
            };
            for (Relationship& r : *relationships) {
                RelationshipRow row;
                row.fromName = ss(nameOf(r.fromKind, r.fromUuid));
                row.toName = ss(nameOf(r.toKind, r.toUuid));
                row.relationship = std::move(r);
                rows.push_back(std::move(row));
            }
        }
    }
    m_relationships->setRelationships(std::move(rows));
}

void LinksTab::updateButtons() {
    const bool open = !m_caseUuid.isEmpty();
    m_linkLocal->setEnabled(open);
    m_linkForeign->setEnabled(open);
    m_addRelationship->setEnabled(open);
    const QModelIndex current = m_linksView->selectionModel()->currentIndex();
    m_openCase->setEnabled(current.isValid() && current.data(CaseLinkModel::IsLocalRole).toBool());
}

void LinksTab::openSelectedCase() {
    const QModelIndex current = m_linksView->selectionModel()->currentIndex();
    const QString linked = current.data(CaseLinkModel::LinkedCaseUuidRole).toString();
    if (!linked.isEmpty())
        emit caseRequested(linked);
}

void LinksTab::linkLocal() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new LocalCaseLinkDialog(m_ws, m_caseUuid, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            runGuarded(this, [&] {
                reloadLinks();
                emit changed();
            });
        });
        dialog->open();
    });
}

void LinksTab::linkForeign() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new ForeignCaseLinkDialog(m_ws, m_caseUuid, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            runGuarded(this, [&] {
                reloadLinks();
                emit changed();
            });
        });
        dialog->open();
    });
}

void LinksTab::addRelationship() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        QVector<RelationshipDialog::PersonChoice> people;
        if (auto parties = m_ws.cases.parties(ss(m_caseUuid))) {
            const auto names = TabText::partyNames(*parties);
            for (const CaseParty& p : *parties)
                people.push_back({qs(p.personUuid), names.at(p.personUuid), TabText::label(vocab::List::PersonRole, p.role)});
        }
        auto* dialog = new RelationshipDialog(m_ws, m_caseUuid, people, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            runGuarded(this, [&] {
                reloadRelationships();
                emit changed();
            });
        });
        dialog->open();
    });
}

}  // namespace lintas::ui
