#include "allocatortuning.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace synthreg::core {

void tuneAllocatorForTensors()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        constexpr int kMmapThreshold = 64 << 20;
        constexpr int kTrimThreshold = 256 << 20;
        mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
        mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
    });
#endif
}

} // namespace synthreg::core
