#include "persons/PersonText.h"

#include "common/ErrorText.h"

#include <QChar>
#include <QDateTime>
#include <algorithm>
#include <array>
#include <cctype>
#include <span>

namespace lintas::ui {
namespace {

// QT_TRANSLATE_NOOP3 gives {source, comment}; the comment tells translators what the word names.
struct SourceText {
    const char* source;
    const char* comment;
};

struct Entry {
    const char* code;
    SourceText text;
};

// The scripts of the region's names first, then other scripts partner agencies meet.
constexpr auto kScripts = std::to_array<Entry>({
    {"Latn", QT_TRANSLATE_NOOP3("PersonText", "Latin", "writing system")},
    {"Thai", QT_TRANSLATE_NOOP3("PersonText", "Thai", "writing system")},
    {"Khmr", QT_TRANSLATE_NOOP3("PersonText", "Khmer", "writing system")},
    {"Mymr", QT_TRANSLATE_NOOP3("PersonText", "Myanmar (Burmese)", "writing system")},
    {"Laoo", QT_TRANSLATE_NOOP3("PersonText", "Lao", "writing system")},
    {"Arab", QT_TRANSLATE_NOOP3("PersonText", "Arabic (Jawi)", "writing system")},
    {"Hans", QT_TRANSLATE_NOOP3("PersonText", "Chinese (simplified)", "writing system")},
    {"Hant", QT_TRANSLATE_NOOP3("PersonText", "Chinese (traditional)", "writing system")},
    {"Hang", QT_TRANSLATE_NOOP3("PersonText", "Korean (Hangul)", "writing system")},
    {"Jpan", QT_TRANSLATE_NOOP3("PersonText", "Japanese", "writing system")},
    {"Cyrl", QT_TRANSLATE_NOOP3("PersonText", "Cyrillic", "writing system")},
    {"Deva", QT_TRANSLATE_NOOP3("PersonText", "Devanagari", "writing system")},
    {"Beng", QT_TRANSLATE_NOOP3("PersonText", "Bengali", "writing system")},
    {"Taml", QT_TRANSLATE_NOOP3("PersonText", "Tamil", "writing system")},
});

struct Field {
    const char* name;
    const char* text;
};

constexpr auto kFields = std::to_array<Field>({
    {"person.name", QT_TRANSLATE_NOOP("PersonText", "Name")},
    {"person.givenNames", QT_TRANSLATE_NOOP("PersonText", "Given names")},
    {"person.middleName", QT_TRANSLATE_NOOP("PersonText", "Middle name")},
    {"person.familyName", QT_TRANSLATE_NOOP("PersonText", "Family name")},
    {"person.sex", QT_TRANSLATE_NOOP("PersonText", "Sex")},
    {"person.gender", QT_TRANSLATE_NOOP("PersonText", "Gender")},
    {"person.birthDate", QT_TRANSLATE_NOOP("PersonText", "Date of birth")},
    {"person.estimatedAge", QT_TRANSLATE_NOOP("PersonText", "Estimated age")},
    {"person.ageEstimatedOn", QT_TRANSLATE_NOOP("PersonText", "Age estimated on")},
    {"person.citizenships", QT_TRANSLATE_NOOP("PersonText", "Citizenships")},
    {"person.languages", QT_TRANSLATE_NOOP("PersonText", "Languages")},
    {"person.uuid", QT_TRANSLATE_NOOP("PersonText", "Person")},
    {"person", QT_TRANSLATE_NOOP("PersonText", "Person")},
    {"organisation.name", QT_TRANSLATE_NOOP("PersonText", "Name")},
    {"organisation.type", QT_TRANSLATE_NOOP("PersonText", "Type")},
    {"organisation.country", QT_TRANSLATE_NOOP("PersonText", "Country")},
    {"organisation.phone", QT_TRANSLATE_NOOP("PersonText", "Phone")},
    {"organisation.website", QT_TRANSLATE_NOOP("PersonText", "Website")},
    {"organisation.notes", QT_TRANSLATE_NOOP("PersonText", "Notes")},
    {"organisation.uuid", QT_TRANSLATE_NOOP("PersonText", "Organisation")},
    {"organisation", QT_TRANSLATE_NOOP("PersonText", "Organisation")},
});

// Members of list entries ("identifiers[1].value").
constexpr auto kMembers = std::to_array<Field>({
    {"type", QT_TRANSLATE_NOOP("PersonText", "type")},
    {"value", QT_TRANSLATE_NOOP("PersonText", "value")},
    {"issuingCountry", QT_TRANSLATE_NOOP("PersonText", "issuing country")},
    {"name", QT_TRANSLATE_NOOP("PersonText", "name")},
    {"script", QT_TRANSLATE_NOOP("PersonText", "script")},
    {"transliteration", QT_TRANSLATE_NOOP("PersonText", "transliteration")},
    {"label", QT_TRANSLATE_NOOP("PersonText", "label")},
    {"street", QT_TRANSLATE_NOOP("PersonText", "street")},
    {"city", QT_TRANSLATE_NOOP("PersonText", "city")},
    {"state", QT_TRANSLATE_NOOP("PersonText", "state or province")},
    {"postalCode", QT_TRANSLATE_NOOP("PersonText", "postal code")},
    {"country", QT_TRANSLATE_NOOP("PersonText", "country")},
});

// Core's validation details (English, technical) and what they mean to a user. Details that end
// with a value-independent phrase are matched by that suffix ("'XYZ' is not an ISO 3166-1 …").
struct Detail {
    const char* core;
    const char* text;
    bool suffix = false;
};

constexpr auto kDetails = std::to_array<Detail>({
    {"must not be empty", QT_TRANSLATE_NOOP("PersonText", "This field is required.")},
    {"needs a given name or a family name", QT_TRANSLATE_NOOP("PersonText", "Enter a given name or a family name.")},
    {"lies in the future", QT_TRANSLATE_NOOP("PersonText", "This date lies in the future.")},
    {"is not a date written as YYYY-MM-DD",
     QT_TRANSLATE_NOOP("PersonText", "Write the date as year-month-day, for example 1994-07-21.")},
    {"must lie between 0 and 130", QT_TRANSLATE_NOOP("PersonText", "The age must lie between 0 and 130.")},
    {"is not valid UTF-8 text or holds control characters",
     QT_TRANSLATE_NOOP("PersonText", "The text holds characters that cannot be stored.")},
    {"is not an ISO 3166-1 alpha-3 country code", QT_TRANSLATE_NOOP("PersonText", "This is not a known country."),
     true},
    {"is not an ISO 639 language code", QT_TRANSLATE_NOOP("PersonText", "This is not a known language."), true},
    {"is listed twice", QT_TRANSLATE_NOOP("PersonText", "This value is listed twice."), true},
    {"holds a character that is not part of a phone number",
     QT_TRANSLATE_NOOP("PersonText", "A phone number may only hold digits, spaces and the characters + - . ( ) /.")},
    {"is not in international form (+…) and no country is given",
     QT_TRANSLATE_NOOP("PersonText", "Write the number with its country code (+…) or choose a country.")},
    {"has no known calling code for its country",
     QT_TRANSLATE_NOOP("PersonText", "The chosen country has no known calling code.")},
    {"must have between 8 and 15 digits including the country code",
     QT_TRANSLATE_NOOP("PersonText", "A phone number has 8 to 15 digits including the country code.")},
    {"country code cannot start with 0", QT_TRANSLATE_NOOP("PersonText", "A country code cannot start with 0.")},
    {"holds a character other than letters, digits, spaces or dashes",
     QT_TRANSLATE_NOOP("PersonText", "A document number may only hold letters, digits, spaces and dashes.")},
    {"must have 3 to 30 letters or digits",
     QT_TRANSLATE_NOOP("PersonText", "A document number has 3 to 30 letters or digits.")},
    {"needs exactly one '@' with a name before it",
     QT_TRANSLATE_NOOP("PersonText", "An e-mail address needs one @ with a name before it.")},
    {"needs a domain such as example.org after the '@'",
     QT_TRANSLATE_NOOP("PersonText", "An e-mail address needs a domain such as example.org after the @.")},
    {"must not contain spaces", QT_TRANSLATE_NOOP("PersonText", "An e-mail address cannot contain spaces.")},
    {"is not a recognisable identifier",
     QT_TRANSLATE_NOOP("PersonText", "This is not a recognisable phone number, document number or address.")},
    {"needs both latitude and longitude", QT_TRANSLATE_NOOP("PersonText", "Enter both latitude and longitude.")},
});

const Entry* find(std::span<const Entry> table, std::string_view code) {
    const auto it = std::find_if(table.begin(), table.end(), [&](const Entry& e) { return code == e.code; });
    return it == table.end() ? nullptr : &*it;
}

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool endsWith(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<vocab::List> PersonText::coveredLists() {
    return {vocab::List::Sex, vocab::List::Gender, vocab::List::IdentifierType, vocab::List::PersonRole};
}

std::vector<std::string_view> PersonText::scriptCodes() {
    std::vector<std::string_view> out;
    for (const Entry& e : kScripts)
        out.emplace_back(e.code);
    return out;
}

QString PersonText::scriptName(std::string_view code) {
    if (code.empty())
        return {};
    if (const Entry* e = find(kScripts, code))
        //: A writing system in a list: %1 is its name, %2 its ISO 15924 code.
        return tr("%1 (%2)").arg(QCoreApplication::translate("PersonText", e->text.source, e->text.comment),
                                 fromUtf8(code));
    return fromUtf8(code);
}

std::string PersonText::detectScript(const QString& text) {
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        switch (c.script()) {
        case QChar::Script_Latin:
            return "Latn";
        case QChar::Script_Thai:
            return "Thai";
        case QChar::Script_Khmer:
            return "Khmr";
        case QChar::Script_Myanmar:
            return "Mymr";
        case QChar::Script_Lao:
            return "Laoo";
        case QChar::Script_Arabic:
            return "Arab";
        case QChar::Script_Hangul:
            return "Hang";
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            return "Jpan";
        case QChar::Script_Cyrillic:
            return "Cyrl";
        case QChar::Script_Devanagari:
            return "Deva";
        case QChar::Script_Bengali:
            return "Beng";
        case QChar::Script_Tamil:
            return "Taml";
        // Han alone does not say simplified or traditional: let the user choose.
        default:
            return {};
        }
    }
    return {};
}

QString PersonText::fieldName(const std::string& field) {
    for (const Field& f : kFields)
        if (field == f.name)
            return QCoreApplication::translate("PersonText", f.text);
    const FieldPath path = FieldPath::parse(field);
    if (path.index >= 0) {
        QString list;
        if (path.name == "identifiers")
            //: %1 is the 1-based row of the identifier in the table.
            list = tr("Identifier %1").arg(path.index + 1);
        else if (path.name == "aliases")
            //: %1 is the 1-based row of the alias in the table.
            list = tr("Alias %1").arg(path.index + 1);
        else if (path.name == "addresses")
            //: %1 is the 1-based row of the address in the table.
            list = tr("Address %1").arg(path.index + 1);
        if (!list.isEmpty()) {
            for (const Field& m : kMembers)
                if (path.member == m.name)
                    //: A field of one row of a table: %1 is the row ("Identifier 2"), %2 the column ("value").
                    return tr("%1, %2").arg(list, QCoreApplication::translate("PersonText", m.text));
            return list;
        }
    }
    return ErrorText::fieldName(field);
}

QString PersonText::problem(const Error& error) {
    if (error.code == ErrorCode::Validation) {
        for (const Detail& d : kDetails) {
            if (d.suffix ? endsWith(error.detail, d.core) : error.detail == d.core)
                return QCoreApplication::translate("PersonText", d.text);
        }
        if (error.detail.rfind("is longer than ", 0) == 0)
            return tr("This text is too long.");
        if (endsWith(error.detail, " code") && error.detail.find("is not a known") != std::string::npos)
            return tr("This is not a value of the list.");
    }
    if (error.detail.empty())
        return ErrorText::message(error.code);
    //: %1 is a translated sentence, %2 core's short technical explanation in English.
    return tr("%1 (%2)").arg(ErrorText::message(error.code), QString::fromStdString(error.detail));
}

QString PersonText::problemWithField(const Error& error) {
    if (error.field.empty())
        return problem(error);
    //: %1 names a field, %2 is the sentence saying what is wrong with it.
    return tr("%1: %2").arg(fieldName(error.field), problem(error));
}

QString PersonText::timestamp(const std::string& isoUtc) {
    const QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!at.isValid())
        return QString::fromStdString(isoUtc);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString PersonText::day(const std::string& isoUtc) {
    const QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    if (!at.isValid())
        return QString::fromStdString(isoUtc);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

FieldPath FieldPath::parse(const std::string& field) {
    FieldPath out;
    const auto dot = field.find('.');
    if (dot == std::string::npos) {
        out.name = field;
        return out;
    }
    out.record = field.substr(0, dot);
    std::string rest = field.substr(dot + 1);
    const auto open = rest.find('[');
    const auto close = rest.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open) {
        out.name = rest;
        return out;
    }
    out.name = rest.substr(0, open);
    const std::string digits = rest.substr(open + 1, close - open - 1);
    if (digits.empty() || digits.size() > 6 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return FieldPath{out.record, rest, -1, {}};
    out.index = std::stoi(digits);
    if (close + 1 < rest.size() && rest[close + 1] == '.')
        out.member = rest.substr(close + 2);
    return out;
}

}  // namespace lintas::ui
