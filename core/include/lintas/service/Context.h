#pragma once

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/Result.h"
#include "lintas/store/Database.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace lintas {

/// What every service shares: the connection, the clock, the UUID source and the local agency.
class Context {
public:
    Context(store::Database& db, Clock& clock, IdGenerator& ids) : m_db(db), m_clock(clock), m_ids(ids) {}

    [[nodiscard]] store::Database& db() const { return m_db; }
    [[nodiscard]] Clock& clock() const { return m_clock; }
    [[nodiscard]] std::string now() const;    ///< ISO 8601 UTC timestamp
    [[nodiscard]] std::string today() const;  ///< ISO date (UTC)
    [[nodiscard]] std::string newUuid() const { return m_ids.next(); }

    [[nodiscard]] std::int64_t localAgencyId() const { return m_localAgencyId; }
    [[nodiscard]] const std::string& localAgencyUuid() const { return m_localAgencyUuid; }
    void setLocalAgency(std::int64_t id, std::string uuid) {
        m_localAgencyId = id;
        m_localAgencyUuid = std::move(uuid);
    }

    /// Internal row id of the record with `uuid` in `table`; a ForeignKey error naming `field`
    /// when there is none (the caller referred to something that does not exist).
    [[nodiscard]] Result<std::int64_t> idOf(std::string_view table, const std::string& uuid,
                                            const std::string& field) const;
    /// UUID of the row with internal id `id` in `table` (empty when none).
    [[nodiscard]] std::string uuidOf(std::string_view table, std::int64_t id) const;

private:
    store::Database& m_db;
    Clock& m_clock;
    IdGenerator& m_ids;
    std::int64_t m_localAgencyId = 0;
    std::string m_localAgencyUuid;
};

}  // namespace lintas
