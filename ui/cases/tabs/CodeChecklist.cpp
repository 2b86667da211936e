#include "cases/tabs/CodeChecklist.h"

#include "cases/tabs/TabText.h"

#include <QCheckBox>
#include <QGridLayout>

#include <algorithm>

namespace lintas::ui {
namespace {
// Labels up to this many characters sit two to a row in the side panel.
constexpr qsizetype kTwoColumnLabelLength = 26;
}  // namespace

CodeChecklist::CodeChecklist(vocab::List list, QWidget* parent) : QWidget(parent) {
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    qsizetype longest = 0;
    for (const vocab::Term& term : vocab::terms(list)) {
        const QString text = TabText::label(list, term.code);
        longest = std::max(longest, text.size());
        addBox(text, std::string(term.code));
    }
    m_columns = longest <= kTwoColumnLabelLength ? 2 : 1;
    relayout();
}

QCheckBox* CodeChecklist::addBox(const QString& text, const std::string& code) {
    auto* box = new QCheckBox(text, this);
    box->setObjectName(QStringLiteral("code:") + qs(code));
    connect(box, &QCheckBox::toggled, this, &CodeChecklist::codesChanged);
    m_boxes.emplace_back(code, box);
    return box;
}

void CodeChecklist::relayout() {
    // Column-major, like a printed form: read down the first column, then the second.
    const int count = static_cast<int>(m_boxes.size());
    const int rows = (count + m_columns - 1) / std::max(1, m_columns);
    for (int i = 0; i < count; ++i)
        m_grid->addWidget(m_boxes[static_cast<std::size_t>(i)].second, i % std::max(1, rows), i / std::max(1, rows));
}

std::vector<std::string> CodeChecklist::codes() const {
    std::vector<std::string> out;
    for (const auto& [code, box] : m_boxes)
        if (box->isChecked())
            out.push_back(code);
    return out;
}

void CodeChecklist::setCodes(const std::vector<std::string>& codes) {
    bool added = false;
    for (const std::string& code : codes) {
        if (std::none_of(m_boxes.begin(), m_boxes.end(), [&](const auto& b) { return b.first == code; })) {
            addBox(qs(code), code);
            added = true;
        }
    }
    if (added)
        relayout();
    for (const auto& [code, box] : m_boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(std::find(codes.begin(), codes.end(), code) != codes.end());
    }
}

void CodeChecklist::setChecked(const std::string& code, bool checked) {
    for (const auto& [boxCode, box] : m_boxes)
        if (boxCode == code)
            box->setChecked(checked);
}

}  // namespace lintas::ui
