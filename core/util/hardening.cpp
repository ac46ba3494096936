#include "util/hardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace renkei::hardening {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(__linux__) || defined(__unix__) || defined(__APPLE__)
    struct rlimit none = { 0, 0 };
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(__linux__)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace renkei::hardening
