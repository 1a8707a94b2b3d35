// SPDX-License-Identifier: EUPL-1.2
#include "core/net/UniqueFd.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <utility>

using voordeur::core::net::UniqueFd;

namespace {

bool isOpen(int fd)
{
    return ::fcntl(fd, F_GETFD) != -1;
}

int newDescriptor()
{
    const int fd = ::eventfd(0, EFD_CLOEXEC);
    REQUIRE(fd >= 0);
    return fd;
}

}  // namespace

TEST_CASE("a UniqueFd closes its descriptor when it goes out of scope", "[net]")
{
    const int fd = newDescriptor();
    {
        const UniqueFd owner(fd);
        CHECK(owner.valid());
        CHECK(owner.get() == fd);
        CHECK(isOpen(fd));
    }
    CHECK_FALSE(isOpen(fd));
    CHECK_FALSE(UniqueFd().valid());
}

TEST_CASE("a moved UniqueFd hands over ownership and closes once", "[net]")
{
    const int fd = newDescriptor();
    UniqueFd first(fd);
    UniqueFd second(std::move(first));
    CHECK_FALSE(first.valid());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
    CHECK(second.get() == fd);

    const int other = newDescriptor();
    UniqueFd third(other);
    third = std::move(second);
    CHECK_FALSE(isOpen(other));
    CHECK(third.get() == fd);
    CHECK(isOpen(fd));
    third.reset();
    CHECK_FALSE(isOpen(fd));
    CHECK_FALSE(third.valid());
}

TEST_CASE("a released descriptor stays open and a reset one is replaced", "[net]")
{
    const int fd = newDescriptor();
    UniqueFd owner(fd);
    const int released = owner.release();
    CHECK(released == fd);
    CHECK_FALSE(owner.valid());
    CHECK(isOpen(fd));

    owner.reset(released);
    const int replacement = newDescriptor();
    owner.reset(replacement);
    CHECK_FALSE(isOpen(fd));
    CHECK(isOpen(replacement));
    CHECK(owner.get() == replacement);
}
