#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace lintas::cli {

/// Exit codes of lintas-cli.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< the command could not be carried out
inline constexpr int kExitUsage = 2;   ///< the command line is wrong
inline constexpr int kExitRejected = 3; ///< a received bundle or receipt failed verification

/// Runs lintas-cli with `args` (without the program name). Never throws: every error becomes a
/// message on `err` and an exit code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool errIsTerminal);

} // namespace lintas::cli
