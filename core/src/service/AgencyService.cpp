#include "lintas/service/AgencyService.h"

#include "Support.h"

namespace lintas {
namespace {

constexpr const char* kColumns = "uuid, code, country, name, is_local, created_at, updated_at";

Agency readAgency(const store::Statement& st) {
    Agency a;
    a.uuid = st.text(0);
    a.code = st.text(1);
    a.country = st.text(2);
    a.name = st.text(3);
    a.isLocal = st.int64(4) != 0;
    a.createdAt = st.text(5);
    a.updatedAt = st.text(6);
    return a;
}

}  // namespace

Status AgencyService::validate(const Agency& a) {
    LINTAS_TRY(detail::checkAgencyCode("agency.code", a.code));
    LINTAS_TRY(detail::requireCountry("agency.country", a.country));
    LINTAS_TRY(detail::requireText("agency.name", a.name, 200));
    return {};
}

Result<Agency> AgencyService::add(Agency a) {
    LINTAS_TRY(m_ctx.require(security::Permission::AgencyWrite, "agency", a.uuid));
    LINTAS_TRY(validate(a));
    a.uuid = a.uuid.empty() ? m_ctx.newUuid() : a.uuid;
    LINTAS_TRY(detail::requireUuid("agency.uuid", a.uuid));
    a.createdAt = a.updatedAt = m_ctx.now();
    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        auto st = m_ctx.db().prepare(
            "INSERT INTO agency(uuid, code, country, name, is_local, created_at, updated_at) VALUES (?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, a.uuid).bind(2, a.code).bind(3, a.country).bind(4, a.name).bind(5, a.isLocal ? 1 : 0);
        (*st)->bind(6, a.createdAt).bind(7, a.updatedAt);
        if (auto s = (*st)->exec(); !s) {
            Error e = s.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "agency.code";
            return e;
        }
        return m_ctx.record(security::audit::kCreate, "agency", a.uuid);
    });
    if (!written)
        return written.error();
    return a;
}

Result<Agency> AgencyService::local() {
    LINTAS_TRY(detail::requireSignedIn(m_ctx));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kColumns + " FROM agency WHERE is_local = 1");
    if (!st)
        return st.error();
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "agency", "no local agency"};
    Agency a = readAgency(**st);
    (*st)->reset();
    return a;
}

Result<std::vector<Agency>> AgencyService::list() {
    LINTAS_TRY(detail::requireSignedIn(m_ctx));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kColumns + " FROM agency ORDER BY is_local DESC, country, code");
    if (!st)
        return st.error();
    std::vector<Agency> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        out.push_back(readAgency(**st));
    }
    return out;
}

Result<std::optional<Agency>> AgencyService::find(const std::string& country, const std::string& code) {
    LINTAS_TRY(detail::requireSignedIn(m_ctx));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kColumns + " FROM agency WHERE country = ? AND code = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, country).bind(2, code);
    LINTAS_ASSIGN(row, (*st)->step());
    std::optional<Agency> out;
    if (row)
        out = readAgency(**st);
    (*st)->reset();
    return out;
}

}  // namespace lintas
