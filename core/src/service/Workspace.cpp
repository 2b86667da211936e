#include "lintas/service/Workspace.h"

#include "lintas/store/Schema.h"

#include <filesystem>

namespace lintas {
namespace fs = std::filesystem;

Workspace::Workspace(std::unique_ptr<store::Database> db, std::string path, Options options)
    : m_db(std::move(db)), m_path(std::move(path)),
      m_clock(options.clock ? std::move(options.clock) : std::make_shared<SystemClock>()),
      m_ids(options.ids ? std::move(options.ids) : std::make_shared<RandomIdGenerator>()),
      m_ctx(std::make_unique<Context>(*m_db, *m_clock, *m_ids)), agencies(*m_ctx), cases(*m_ctx), persons(*m_ctx),
      organisations(*m_ctx), links(*m_ctx), referrals(*m_ctx), consents(*m_ctx),
      notes(*m_ctx, attachmentDirFor(m_path)), search(*m_ctx), stats(*m_ctx),
      trust(*m_ctx, m_path), bundles(*m_ctx, trust, m_path) {}

Workspace::~Workspace() = default;

std::string Workspace::attachmentDirFor(const std::string& dbPath) { return dbPath + ".attachments"; }

Result<std::unique_ptr<Workspace>> Workspace::create(const std::string& path, Agency local, Options options) {
    LINTAS_TRY(AgencyService::validate(local));
    std::error_code ec;
    if (fs::exists(path, ec) && fs::file_size(path, ec) > 0)
        return Error{ErrorCode::Duplicate, "database", "a file already exists at that path"};
    if (const auto parent = fs::path(path).parent_path(); !parent.empty()) {
        fs::create_directories(parent, ec);
        if (ec)
            return Error{ErrorCode::Io, "database", "cannot create the directory: " + ec.message()};
    }
    auto db = store::Database::open(path, true);
    if (!db)
        return db.error();
    LINTAS_TRY(store::Schema::create(**db));
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), path, std::move(options)));
    local.isLocal = true;
    auto added = ws->agencies.add(std::move(local));
    if (!added)
        return added.error();
    LINTAS_TRY(ws->loadLocalAgency());
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path, Options options) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        return Error{ErrorCode::NotFound, "database", "no database file at that path"};
    auto db = store::Database::open(path, false);
    if (!db)
        return db.error();
    LINTAS_TRY(store::Schema::upgrade(**db));
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), path, std::move(options)));
    LINTAS_TRY(ws->loadLocalAgency());
    return ws;
}

Status Workspace::loadLocalAgency() {
    auto st = m_db->prepare("SELECT id, uuid FROM agency WHERE is_local = 1");
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotLintasDatabase, "agency", "the database has no local agency"};
    m_ctx->setLocalAgency((*st)->int64(0), (*st)->text(1));
    (*st)->reset();
    return {};
}

}  // namespace lintas
