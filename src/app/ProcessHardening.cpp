#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace relais::app {

void hardenProcess()
{
    // Files Relais creates (database, key slots, logs) are for this account only.
    ::umask(077);
#ifdef RELAIS_RELEASE_HARDENING
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace relais::app
