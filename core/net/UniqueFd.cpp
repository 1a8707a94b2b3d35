// SPDX-License-Identifier: EUPL-1.2
#include "core/net/UniqueFd.h"

#include <unistd.h>

namespace voordeur::core::net {

void UniqueFd::reset(int fd) noexcept
{
    if (m_fd >= 0 && m_fd != fd) {
        // No retry on EINTR: on Linux the descriptor is released even when close() is interrupted.
        ::close(m_fd);
    }
    m_fd = fd;
}

}  // namespace voordeur::core::net
