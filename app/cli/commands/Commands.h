#pragma once

#include "Command.h"

namespace lintas::cli::commands {

// One function per command group; each file under commands/ holds one group and its help texts.
int init(Invocation& inv);              // InitCommand.cpp
int demo(Invocation& inv);              // DemoCommand.cpp
int caseGroup(Invocation& inv);         // CaseCommands.cpp
int personGroup(Invocation& inv);       // PersonCommands.cpp
int referralGroup(Invocation& inv);     // ReferralCommands.cpp
int organisationGroup(Invocation& inv); // OrganisationCommands.cpp
int search(Invocation& inv);            // SearchCommand.cpp
int stats(Invocation& inv);             // StatsCommand.cpp
int vocab(Invocation& inv);             // VocabCommand.cpp
int identityGroup(Invocation& inv);     // IdentityCommands.cpp
int trustGroup(Invocation& inv);        // TrustCommands.cpp
int bundleGroup(Invocation& inv);       // BundleCommands.cpp
int userGroup(Invocation& inv);         // UserCommands.cpp
int auditGroup(Invocation& inv);        // AuditCommands.cpp
int retentionGroup(Invocation& inv);    // RetentionCommands.cpp
int dbGroup(Invocation& inv);           // DbCommands.cpp
int settingsGroup(Invocation& inv);     // UserCommands.cpp

extern const std::string_view kInitHelp;
extern const std::string_view kDemoHelp;
extern const std::string_view kCaseHelp;
extern const std::string_view kPersonHelp;
extern const std::string_view kReferralHelp;
extern const std::string_view kOrganisationHelp;
extern const std::string_view kSearchHelp;
extern const std::string_view kStatsHelp;
extern const std::string_view kVocabHelp;
extern const std::string_view kIdentityHelp;
extern const std::string_view kTrustHelp;
extern const std::string_view kBundleHelp;
extern const std::string_view kUserHelp;
extern const std::string_view kAuditHelp;
extern const std::string_view kRetentionHelp;
extern const std::string_view kDbHelp;
extern const std::string_view kSettingsHelp;

} // namespace lintas::cli::commands
