#pragma once

namespace relais::app {

// Files created private to this account (umask 077). Release builds: no core dumps (they would hold keys and client data) and no
// ptrace attach by other processes of the same account.
void hardenProcess();

} // namespace relais::app
