#pragma once

// Private to core/models: how the process's allocator should treat training's tensors.

namespace synthreg::core {

/**
 * Keeps glibc from handing every mid-sized tensor back to the kernel. By default glibc serves
 * blocks above its (adaptive) mmap threshold with fresh mmap() calls and trims freed heap
 * eagerly, so each training step's activations and gradients (hundreds of KiB to a few MiB)
 * are page-faulted in anew: measured at 20–30 % of a CTAB-GAN+ epoch and most of a Med-VAE
 * epoch on the CPU. Raising the mmap threshold to 64 MiB and the trim threshold to 256 MiB lets
 * those blocks be reused; the cost is up to 256 MiB of freed memory the process keeps.
 * Process-wide and idempotent; called before a network trains or samples. A no-op without glibc.
 */
void tuneAllocatorForTensors();

} // namespace synthreg::core
