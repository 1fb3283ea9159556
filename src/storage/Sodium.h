#pragma once

namespace relais::storage {

// Initialises libsodium once (thread-safe); false if it cannot run here.
bool sodiumReady();

} // namespace relais::storage
