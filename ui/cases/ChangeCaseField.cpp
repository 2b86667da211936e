#include "cases/ChangeCaseField.h"

#include "cases/CaseText.h"

#include <utility>

namespace lintas::ui {
namespace {
// Command ids: one per field, so that only typing in the same field merges.
constexpr int kIdBase = 0x4C430000;  // "LC"
}  // namespace

ChangeCaseField::ChangeCaseField(CaseDocument* document, CaseDocument::Field field, QVariant before, QVariant after,
                                 bool typing)
    : m_document(document), m_field(field), m_before(std::move(before)), m_after(std::move(after)), m_typing(typing),
      m_typingRun(document->typingRun()) {
    //: An entry of Edit → Undo; %1 is the name of a case field, e.g. "Undo Change Title".
    setText(tr("Change %1")
                .arg(CaseText::fieldLabel(CaseDocument::coreName(field))));
}

void ChangeCaseField::undo() { m_document->applyValue(m_field, m_before); }

void ChangeCaseField::redo() { m_document->applyValue(m_field, m_after); }

int ChangeCaseField::id() const { return m_typing ? kIdBase + static_cast<int>(m_field) : -1; }

bool ChangeCaseField::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const ChangeCaseField*>(other);
    if (!next || !next->m_typing || !m_typing || next->m_field != m_field || next->m_document != m_document ||
        next->m_typingRun != m_typingRun)
        return false;
    m_after = next->m_after;
    // Typed back to where it started: the step has no effect, so the stack drops it.
    setObsolete(m_after == m_before);
    return true;
}

}  // namespace lintas::ui
