#include "security/RetentionPage.h"

#include "common/Guard.h"
#include "lintas/service/Workspace.h"
#include "security/PostponeDialog.h"
#include "security/PurgeDialog.h"
#include "security/RetentionDueModel.h"
#include "security/SecurityText.h"

#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// After the number of years a record is kept: " year" or " years".
QString yearsSuffix(int years) {
    //: Suffix after the number 1 in "1 year" (how long a record is kept).
    return years == 1 ? RetentionPage::tr(" year")
                      //: Suffix after a number of years other than 1 ("7 years").
                      : RetentionPage::tr(" years");
}

void addTo(security::PurgeReport& total, security::PurgeReport part, bool first) {
    total.records += part.records;
    total.rows += part.rows;
    total.files += part.files;
    if (first)
        total.bytesBefore = part.bytesBefore;
    total.bytesAfter = part.bytesAfter;
    total.vacuumed = part.vacuumed;
    for (auto& d : part.deleted)
        total.deleted.push_back(std::move(d));
    for (auto& k : part.keptPersons)
        total.keptPersons.push_back(std::move(k));
}

/// The ticked items' UUIDs per kind: core deletes each kind's records in one transaction.
std::map<std::string, std::vector<std::string>> byKind(const std::vector<security::RetentionItem>& items) {
    std::map<std::string, std::vector<std::string>> out;
    for (const security::RetentionItem& item : items)
        out[item.kind].push_back(item.uuid);
    return out;
}

}  // namespace

RetentionPage::RetentionPage(Workspace& workspace, QWidget* parent) : Page(workspace, parent) {
    setObjectName(QStringLiteral("retentionPage"));

    auto* title = new QLabel(tr("Retention"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Personal data is kept no longer than needed. A rule says how long each kind of "
                                "record is kept; records past that date are listed here for a supervisor to keep "
                                "for longer or to delete for good."),
                             this);
    intro->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("retentionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    m_nothing = new QLabel(tr("Your roles give you nothing to do here: rules are set by an administrator, deletions "
                              "are confirmed by a supervisor."),
                           this);
    m_nothing->setObjectName(QStringLiteral("retentionNothing"));
    m_nothing->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_nothing);

    buildRules();
    buildDue();
    layout->addWidget(m_rulesBox);
    layout->addWidget(m_dueBox, 1);

    const bool rules = workspace.context().can(security::Permission::SettingsManage);
    const bool due = workspace.context().can(security::Permission::RetentionConfirm);
    m_rulesBox->setVisible(rules);
    m_dueBox->setVisible(due);
    m_nothing->setVisible(!rules && !due);
    if (!due)
        layout->addStretch(1);

    reload();
}

RetentionPage::~RetentionPage() = default;

void RetentionPage::buildRules() {
    m_rulesBox = new QGroupBox(tr("Rules"), this);
    m_rulesBox->setObjectName(QStringLiteral("retentionRules"));
    m_rulesGrid = new QGridLayout;
    m_rulesGrid->setColumnStretch(3, 1);
    m_saveRules = new QPushButton(tr("&Save rules"), m_rulesBox);
    m_saveRules->setObjectName(QStringLiteral("saveRetentionRules"));
    m_saveRules->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveRules);
    auto* box = new QVBoxLayout(m_rulesBox);
    box->addLayout(m_rulesGrid);
    box->addLayout(buttons);
    connect(m_saveRules, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { saveRules(); }); });
}

void RetentionPage::buildDue() {
    m_dueBox = new QGroupBox(tr("Due for deletion"), this);
    m_dueBox->setObjectName(QStringLiteral("retentionDue"));
    m_due = new RetentionDueModel(this);
    m_dueView = new QTableView(m_dueBox);
    m_dueView->setObjectName(QStringLiteral("retentionDueTable"));
    m_dueView->setModel(m_due);
    m_dueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueView->verticalHeader()->setVisible(false);
    m_dueView->horizontalHeader()->setStretchLastSection(true);
    m_dueView->horizontalHeader()->resizeSection(RetentionDueModel::RecordColumn, 240);
    m_dueView->horizontalHeader()->resizeSection(RetentionDueModel::KindColumn, 180);
    m_dueView->horizontalHeader()->resizeSection(RetentionDueModel::BasisColumn, 120);
    m_dueView->horizontalHeader()->resizeSection(RetentionDueModel::DueColumn, 120);
    m_dueView->setWordWrap(false);
    m_dueEmpty = new QLabel(tr("Nothing is due: no record is past its retention date."), m_dueBox);
    m_dueEmpty->setObjectName(QStringLiteral("retentionDueEmpty"));
    m_dueEmpty->setEnabled(false);

    m_selectAll = new QPushButton(tr("Tick &all"), m_dueBox);
    m_selectAll->setObjectName(QStringLiteral("retentionTickAll"));
    m_postpone = new QPushButton(tr("&Postpone…"), m_dueBox);
    m_postpone->setObjectName(QStringLiteral("retentionPostpone"));
    m_delete = new QPushButton(tr("&Delete…"), m_dueBox);
    m_delete->setObjectName(QStringLiteral("retentionDelete"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_selectAll);
    buttons->addStretch();
    buttons->addWidget(m_postpone);
    buttons->addWidget(m_delete);

    m_report = new QLabel(m_dueBox);
    m_report->setObjectName(QStringLiteral("retentionReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setFrameShape(QFrame::StyledPanel);
    m_report->setMargin(8);
    m_report->setVisible(false);

    auto* box = new QVBoxLayout(m_dueBox);
    box->addWidget(m_dueView, 1);
    box->addWidget(m_dueEmpty);
    box->addLayout(buttons);
    box->addWidget(m_report);

    connect(m_due, &RetentionDueModel::checkedChanged, this, &RetentionPage::updateActions);
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        m_due->setAllChecked(m_due->checkedItems().size() != static_cast<std::size_t>(m_due->rowCount()));
    });
    connect(m_postpone, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { postponeChecked(); }); });
    connect(m_delete, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { deleteChecked(); }); });
}

void RetentionPage::reload() {
    runGuarded(this, [this] {
        showError({});
        reloadRules();
        if (workspace().context().can(security::Permission::RetentionConfirm))
            reloadDue();
    });
}

void RetentionPage::reloadRules() {
    if (!workspace().context().can(security::Permission::SettingsManage))
        return;
    auto rules = workspace().retention.rules();
    if (!rules) {
        showError(SecurityText::problem(rules.error()));
        return;
    }
    QGridLayout* grid = m_rulesGrid;
    for (const security::RetentionRule& rule : *rules) {
        auto it = m_rules.find(rule.kind);
        if (it == m_rules.end()) {
            const int row = grid->rowCount();
            RuleRow r;
            auto* label = new QLabel(SecurityText::retentionKindLabel(rule.kind), m_rulesBox);
            r.years = new QSpinBox(m_rulesBox);
            r.years->setObjectName(QStringLiteral("retentionYears_") + qs(rule.kind));
            r.years->setRange(0, security::kMaxRetentionYears);
            //: A retention rule of 0 years: the records are never deleted.
            r.years->setSpecialValueText(tr("keep forever"));
            QSpinBox* years = r.years;
            connect(r.years, &QSpinBox::valueChanged, this,
                    [years](int value) { years->setSuffix(yearsSuffix(value)); });
            r.years->setMinimumWidth(r.years->fontMetrics().averageCharWidth() * 16);
            label->setBuddy(r.years);
            auto* description = new QLabel(SecurityText::retentionKindDescription(rule.kind), m_rulesBox);
            description->setWordWrap(true);
            description->setForegroundRole(QPalette::PlaceholderText);
            r.changed = new QLabel(m_rulesBox);
            r.changed->setObjectName(QStringLiteral("retentionChanged_") + qs(rule.kind));
            r.changed->setEnabled(false);
            grid->addWidget(label, row, 0);
            grid->addWidget(r.years, row, 1);
            grid->addWidget(r.changed, row, 2);
            grid->addWidget(description, row + 1, 0, 1, 4);
            connect(r.years, &QSpinBox::valueChanged, this, &RetentionPage::updateActions);
            it = m_rules.emplace(rule.kind, r).first;
        }
        RuleRow& r = it->second;
        r.stored = rule.years;
        r.years->blockSignals(true);
        r.years->setValue(rule.years);
        r.years->setSuffix(yearsSuffix(rule.years));
        r.years->blockSignals(false);
        r.changed->setText(rule.updatedAt.empty() ? QString()
                                                  //: %1 is a date and time.
                                                  : tr("changed %1").arg(SecurityText::timestamp(rule.updatedAt)));
    }
    updateActions();
}

void RetentionPage::reloadDue() {
    auto due = workspace().retention.due(workspace().context().today());
    if (!due) {
        m_due->setItems({});
        showError(SecurityText::problem(due.error()));
    } else {
        m_due->setItems(std::move(due).value());
    }
    const bool empty = m_due->rowCount() == 0;
    m_dueEmpty->setVisible(empty);
    m_selectAll->setEnabled(!empty);
    updateActions();
}

void RetentionPage::updateActions() {
    bool changed = false;
    for (const auto& [kind, r] : m_rules)
        changed = changed || r.years->value() != r.stored;
    m_saveRules->setEnabled(changed);
    const bool any = !m_due->checkedItems().empty();
    m_postpone->setEnabled(any);
    m_delete->setEnabled(any);
}

void RetentionPage::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QSpinBox* RetentionPage::yearsField(const std::string& kind) const {
    auto it = m_rules.find(kind);
    return it == m_rules.end() ? nullptr : it->second.years;
}

bool RetentionPage::saveRules() {
    for (auto& [kind, r] : m_rules) {
        if (r.years->value() == r.stored)
            continue;
        const Status stored = workspace().retention.setRule(kind, r.years->value());
        if (!stored) {
            showError(SecurityText::problem(stored.error()));
            return false;
        }
    }
    showError({});
    reloadRules();
    if (workspace().context().can(security::Permission::RetentionConfirm))
        reloadDue();  // a shorter rule may make records due now
    emit statusMessage(tr("Retention rules saved."));
    emit dataChanged();
    return true;
}

PostponeDialog* RetentionPage::postponeChecked() {
    const std::vector<security::RetentionItem> items = m_due->checkedItems();
    if (items.empty())
        return nullptr;
    const QDate today = QDate::fromString(qs(workspace().context().today()), Qt::ISODate);
    auto* dialog = new PostponeDialog(static_cast<int>(items.size()), today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setCheck([this, items](const QDate& reviewOn) -> QString {
        const std::string date = reviewOn.toString(Qt::ISODate).toStdString();
        for (const security::RetentionItem& item : items) {
            const Status postponed = workspace().retention.postpone(item.kind, item.uuid, date);
            if (!postponed) {
                reloadDue();  // the ones postponed so far leave the list
                return SecurityText::problem(postponed.error());
            }
        }
        reloadDue();
        //: %1 is a date.
        emit statusMessage(tr("%n record(s) kept until %1.", "", static_cast<int>(items.size())).arg(qs(date)));
        return {};
    });
    dialog->open();
    return dialog;
}

PurgeDialog* RetentionPage::deleteChecked() {
    const std::vector<security::RetentionItem> items = m_due->checkedItems();
    if (items.empty())
        return nullptr;
    auto* dialog = new PurgeDialog(items, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const auto groups = byKind(items);
    const std::string today = workspace().context().today();

    // What core will delete, counted by core without deleting anything.
    security::PurgeReport preview;
    std::optional<Error> refused;
    bool first = true;
    for (const auto& [kind, uuids] : groups) {
        auto part = workspace().retention.preview(kind, uuids, today);
        if (!part) {
            refused = part.error();
            break;
        }
        addTo(preview, std::move(part).value(), first);
        first = false;
    }
    if (refused)
        dialog->setPreview(SecurityText::problem(*refused), false);
    else
        dialog->setPreview(SecurityText::purgeSummary(preview, false), true);

    dialog->setCheck([this, groups, today]() -> QString {
        security::PurgeReport total;
        bool firstKind = true;
        for (const auto& [kind, uuids] : groups) {
            auto report = workspace().retention.purge(kind, uuids, today);
            if (!report) {
                if (!firstKind)
                    showReport(total);
                reloadDue();
                return SecurityText::problem(report.error());
            }
            addTo(total, std::move(report).value(), firstKind);
            firstKind = false;
        }
        showReport(total);
        reloadDue();
        emit dataChanged();
        return {};
    });
    dialog->open();
    return dialog;
}

void RetentionPage::showReport(const security::PurgeReport& report) {
    m_report->setText(SecurityText::purgeSummary(report, true));
    m_report->setVisible(true);
    emit statusMessage(tr("Deleted %n record(s).", "", report.records));
}

}  // namespace lintas::ui
