#include "Cli.h"

#include "lintas/store/Cipher.h"

#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // Every database is encrypted with SQLCipher: a build linked against plain SQLite (or an old
    // SQLCipher, or one without FTS5) must not run, or it would write unencrypted files.
    if (const auto cipher = lintas::store::requireCipherLibrary(); !cipher) {
        std::cerr << "lintas-cli: cannot run: " << cipher.error().detail << "\n";
        return 1;
    }
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]); // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
    return lintas::cli::run(args, std::cout, std::cerr, isatty(STDERR_FILENO) == 1);
}
