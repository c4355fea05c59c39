#pragma once

#include <QtGlobal>

#include <functional>

namespace Cairn::Core {

// Told how far a long operation has got (`done` of `total` steps). Returning
// false asks the operation to stop: it then fails with Status::cancellation
// and leaves nothing behind. The core calls it from the thread it runs on and
// knows nothing of dialogs.
using Progress = std::function<bool(qint64 done, qint64 total)>;

} // namespace Cairn::Core
