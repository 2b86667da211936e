#pragma once

#include "cases/CaseDocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace lintas::ui {

/// Sets one field of a CaseDocument. Typing in one field merges into a single step (one undo
/// removes the whole word or sentence) until the document ends the run of typing.
class ChangeCaseField : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ChangeCaseField)

public:
    ChangeCaseField(CaseDocument* document, CaseDocument::Field field, QVariant before, QVariant after, bool typing);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    CaseDocument* m_document;
    CaseDocument::Field m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_typing;
    int m_typingRun;
};

}  // namespace lintas::ui
