// SPDX-License-Identifier: EUPL-1.2
#include "core/passwords/Secret.h"

#include <sodium.h>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

#include <algorithm>
#include <cstring>
#include <new>
#include <ostream>
#include <utility>

namespace voordeur::core::passwords {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool keepSecretsOutOfCrashDumps()
{
#if defined(__linux__)
    const rlimit none {0, 0};
    const bool noCore = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool notDumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return noCore && notDumpable;
#else
    return false;
#endif
}

Secret::Secret(std::string_view bytes)
{
    append(bytes);
}

Secret::~Secret()
{
    // sodium_free wipes the block before it gives it back.
    sodium_free(m_data);
}

Secret::Secret(Secret&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

Secret Secret::duplicate() const
{
    return Secret(reveal());
}

void Secret::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity) {
        return;
    }
    if (!sodiumReady()) {
        throw std::bad_alloc();
    }
    // Grow in steps, so typing a password character by character does not reallocate each time.
    const std::size_t rounded = std::max<std::size_t>(64, (capacity + 63) / 64 * 64);
    auto* block = static_cast<char*>(sodium_malloc(rounded));
    if (block == nullptr) {
        throw std::bad_alloc();
    }
    if (m_size > 0) {
        std::memcpy(block, m_data, m_size);
    }
    sodium_free(m_data);
    m_data = block;
    m_capacity = rounded;
}

void Secret::append(std::string_view bytes)
{
    if (bytes.empty()) {
        return;
    }
    reserve(m_size + bytes.size());
    std::memcpy(m_data + m_size, bytes.data(), bytes.size());
    m_size += bytes.size();
}

void Secret::chop(std::size_t count)
{
    count = std::min(count, m_size);
    sodium_memzero(m_data + m_size - count, count);
    m_size -= count;
}

void Secret::clear()
{
    if (m_data != nullptr) {
        sodium_memzero(m_data, m_capacity);
    }
    m_size = 0;
}

bool Secret::equals(const Secret& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

std::ostream& operator<<(std::ostream& out, const Secret&)
{
    return out << "***";
}

}  // namespace voordeur::core::passwords
