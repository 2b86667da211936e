#include "lintas/service/Context.h"

#include "lintas/Time.h"

namespace lintas {

std::string Context::now() const { return formatTimestamp(m_clock.now()); }
std::string Context::today() const { return formatDate(m_clock.now()); }

Result<std::int64_t> Context::idOf(std::string_view table, const std::string& uuid, const std::string& field) const {
    // `table` is always a literal from our own code, never user input.
    auto st = m_db.prepare("SELECT id FROM " + std::string(table) + " WHERE uuid = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, uuid);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::ForeignKey, field, "no " + std::string(table) + " with that UUID"};
    const auto id = (*st)->int64(0);
    (*st)->reset();
    return id;
}

std::string Context::uuidOf(std::string_view table, std::int64_t id) const {
    auto st = m_db.prepare("SELECT uuid FROM " + std::string(table) + " WHERE id = ?");
    if (!st)
        return {};
    (*st)->bind(1, id);
    auto row = (*st)->step();
    std::string out = (row && *row) ? (*st)->text(0) : std::string();
    (*st)->reset();
    return out;
}

}  // namespace lintas
