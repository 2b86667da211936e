#pragma once

#include "lintas/Result.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace lintas::ui {

/// Turns core's error codes into translated sentences. Core never builds user-facing text; this
/// is the one place that says what an ErrorCode means to a person.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// One translated sentence per ErrorCode.
    [[nodiscard]] static QString message(ErrorCode code);
    /// The translated name of a core field ("agency.code" → "Agency code"); the raw name when unknown.
    [[nodiscard]] static QString fieldName(const std::string& field);
    /// message(), followed by the field it concerns when core named one.
    [[nodiscard]] static QString describe(const Error& error);
    /// A sentence naming the file, then describe(): for failures to open or create a database.
    [[nodiscard]] static QString forFile(const Error& error, const QString& path);
    /// Core's technical detail (never personal data), labelled as such, for a secondary line.
    [[nodiscard]] static QString technicalDetail(const Error& error);
};

}  // namespace lintas::ui
