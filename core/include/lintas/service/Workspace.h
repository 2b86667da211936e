#pragma once

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/Result.h"
#include "lintas/domain/Agency.h"
#include "lintas/exchange/BundleService.h"
#include "lintas/exchange/TrustService.h"
#include "lintas/service/AgencyService.h"
#include "lintas/service/CaseService.h"
#include "lintas/service/ConsentService.h"
#include "lintas/service/Context.h"
#include "lintas/service/LinkService.h"
#include "lintas/service/NoteService.h"
#include "lintas/service/OrganisationService.h"
#include "lintas/service/PersonService.h"
#include "lintas/service/ReferralService.h"
#include "lintas/service/SearchService.h"
#include "lintas/service/StatsService.h"
#include "lintas/store/Database.h"

#include <memory>
#include <string>

namespace lintas {

/// An open Lintas database with all its services. The entry point for the CLI and the GUI.
class Workspace {
    // Declared first: the services below are constructed with references into the context.
    std::unique_ptr<store::Database> m_db;
    std::string m_path;
    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<IdGenerator> m_ids;
    std::unique_ptr<Context> m_ctx;

public:
    struct Options {
        std::shared_ptr<Clock> clock;       ///< defaults to the system clock
        std::shared_ptr<IdGenerator> ids;   ///< defaults to random UUIDs
    };

    /// Creates a new database at `path` (which must not hold data) with `local` as its agency.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> create(const std::string& path, Agency local,
                                                                   Options options = {});
    /// Opens an existing Lintas database, migrating an older schema forward. A file that is not
    /// a Lintas database, or of a newer schema, is refused and left untouched.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const std::string& path, Options options = {});

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    [[nodiscard]] store::Database& db() { return *m_db; }
    [[nodiscard]] Context& context() { return *m_ctx; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    /// Directory next to the database holding attachment contents.
    [[nodiscard]] static std::string attachmentDirFor(const std::string& dbPath);

    AgencyService agencies;
    CaseService cases;
    PersonService persons;
    OrganisationService organisations;
    LinkService links;
    ReferralService referrals;
    ConsentService consents;
    NoteService notes;
    SearchService search;
    StatsService stats;
    exchange::TrustService trust;
    exchange::BundleService bundles;  ///< after `trust`: constructed with a reference to it

private:
    Workspace(std::unique_ptr<store::Database> db, std::string path, Options options);
    [[nodiscard]] Status loadLocalAgency();
};

}  // namespace lintas
