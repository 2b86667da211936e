#include "common/Guard.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace lintas::ui {

void UnexpectedError::report(QWidget* parent, const char* what) noexcept {
    std::fprintf(stderr, "lintas: unexpected error: %s\n", what ? what : "unknown exception");
    try {
        // Shown from the event loop, after the failed action has unwound, and without blocking
        // the caller.
        QTimer::singleShot(0, qApp, [parent = QPointer<QWidget>(parent)] {
            auto* box = new QMessageBox(QMessageBox::Critical, tr("Lintas"),
                                        tr("An unexpected error stopped the last action, which may not have "
                                           "completed. If this happens again, please report it."),
                                        QMessageBox::NoButton, parent);
            box->addButton(tr("Close"), QMessageBox::AcceptRole);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    } catch (...) {
        // Out of memory while reporting: stderr has the message already.
    }
}

}  // namespace lintas::ui
