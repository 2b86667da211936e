#include "common/ErrorText.h"

#include <QDir>

namespace lintas::ui {

QString ErrorText::message(ErrorCode code) {
    switch (code) {
    case ErrorCode::Validation: return tr("A value is not acceptable.");
    case ErrorCode::NotFound: return tr("The record or file does not exist.");
    case ErrorCode::Duplicate: return tr("It already exists.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this record in the meantime. Reload it and make your change again.");
    case ErrorCode::IllegalTransition: return tr("This change of status is not allowed.");
    case ErrorCode::ForeignKey: return tr("It refers to a record that does not exist.");
    case ErrorCode::NotLintasDatabase: return tr("The file is not a Lintas database.");
    case ErrorCode::NewerSchema:
        return tr("The database was written by a newer version of Lintas. Update Lintas to open it.");
    case ErrorCode::Io: return tr("The file could not be read or written.");
    case ErrorCode::Malformed: return tr("The file is damaged or not in the expected format.");
    case ErrorCode::Untrusted:
        return tr("The file failed a security check: its signature, a checksum or the sender's certificate is not valid.");
    case ErrorCode::Refused: return tr("This is not allowed.");
    case ErrorCode::BadPassphrase: return tr("The passphrase is wrong.");
    case ErrorCode::Forbidden: return tr("Your roles do not allow this. The attempt has been recorded in the audit log.");
    case ErrorCode::SignInFailed: return tr("The user name or the password is wrong.");
    case ErrorCode::Throttled: return tr("Too many failed sign-ins. Wait a moment before trying again.");
    case ErrorCode::NotEncrypted:
        return tr("This database is from an earlier version of Lintas and is not encrypted yet. Encrypt it before use.");
    case ErrorCode::Integrity:
        return tr("The database or one of its files failed its integrity check: it is damaged or was altered.");
    case ErrorCode::CipherUnavailable:
        return tr("This installation lacks SQLCipher 4.6 or newer with full-text search. Reinstall Lintas.");
    case ErrorCode::Database: return tr("The database reported an error.");
    case ErrorCode::Internal: return tr("An internal error occurred. Please report it.");
    }
    return tr("An internal error occurred. Please report it.");
}

QString ErrorText::fieldName(const std::string& field) {
    if (field == "agency.code")
        return tr("Agency code");
    if (field == "agency.country")
        return tr("Country");
    if (field == "agency.name")
        return tr("Agency name");
    if (field == "database")
        return tr("Database");
    return QString::fromStdString(field);
}

QString ErrorText::describe(const Error& error) {
    const QString text = message(error.code);
    if (error.field.empty())
        return text;
    //: %1 is the name of a field, %2 the sentence saying what is wrong with it.
    return tr("%1: %2").arg(fieldName(error.field), text);
}

QString ErrorText::forFile(const Error& error, const QString& path) {
    //: %1 is a file path, %2 the sentence saying what went wrong.
    return tr("Cannot use the file “%1”. %2").arg(QDir::toNativeSeparators(path), message(error.code));
}

QString ErrorText::technicalDetail(const Error& error) {
    if (error.detail.empty())
        return {};
    //: %1 is an error's machine name such as "not-lintas-database", %2 a short English explanation.
    return tr("Technical detail: %1: %2")
        .arg(QString::fromUtf8(errorCodeName(error.code)), QString::fromStdString(error.detail));
}

}  // namespace lintas::ui
