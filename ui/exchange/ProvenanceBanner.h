#pragma once

#include "lintas/exchange/BundleImport.h"

#include <QFrame>
#include <QString>

#include <optional>

class QLabel;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

/// A strip above a record's editor saying that the record was received from a partner agency:
/// who sent it, when, in which bundle, how the receiving officer graded it and whether it was
/// edited here since. Hidden for records created here.
class ProvenanceBanner : public QFrame {
    Q_OBJECT

public:
    explicit ProvenanceBanner(Workspace& workspace, QWidget* parent = nullptr);

    /// Looks up the provenance of record `uuid` of `kind` ("case", "person", "organisation");
    /// an empty uuid (a new record) hides the banner.
    void showRecord(const QString& kind, const QString& uuid);
    /// Shows `provenance`; std::nullopt hides the banner.
    void setProvenance(const std::optional<exchange::RecordProvenance>& provenance);
    /// What the banner says (empty when hidden).
    [[nodiscard]] QString text() const;

private:
    void showText(const QString& text, const QString& toolTip);

    Workspace& m_workspace;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

}  // namespace lintas::ui
