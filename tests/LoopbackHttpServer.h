// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port, run by a thread of the test: each
// connection gets one answer made by the test's handler, then is closed. Enough to test clients
// against cut-off bodies, redirects, oversized answers and servers that never answer, without
// anything leaving the machine. Used by the core and the ui tests.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace voordeur::tests {

class LoopbackHttpServer final
{
public:
    struct Request {
        std::string method;
        std::string target;  ///< path and query as sent
        std::string head;    ///< the whole request head, for header checks
    };

    struct Response {
        int status = 200;
        std::string reason = "OK";
        std::vector<std::pair<std::string, std::string>> headers;
        std::string body;
        bool contentLength = true;  ///< false: the body ends when the connection closes
        /// Sends only this many bytes of the body (Content-Length still announces all of it),
        /// then closes: a transfer cut off half-way.
        std::size_t cutAfter = std::string::npos;
        bool hang = false;  ///< reads the request and never answers, until the server stops
    };

    using Handler = std::function<Response(const Request&)>;

    static Response ok(std::string body, std::string contentType = "application/json")
    {
        Response response;
        response.headers.emplace_back("Content-Type", std::move(contentType));
        response.body = std::move(body);
        return response;
    }
    static Response status(int code, std::string reason)
    {
        Response response;
        response.status = code;
        response.reason = std::move(reason);
        response.body = response.reason + "\n";
        response.headers.emplace_back("Content-Type", "text/plain");
        return response;
    }

    explicit LoopbackHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_listener < 0) {
            throw std::runtime_error("socket");
        }
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        socklen_t length = sizeof(address);
        if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0
            || ::listen(m_listener, 16) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            ::close(m_listener);
            throw std::runtime_error("bind/listen on 127.0.0.1");
        }
        m_port = ntohs(address.sin_port);
        if (::pipe2(m_wake, O_CLOEXEC) != 0) {
            ::close(m_listener);
            throw std::runtime_error("pipe");
        }
        m_thread = std::thread([this] { serve(); });
    }

    ~LoopbackHttpServer()
    {
        m_stopping = true;
        const char byte = 0;
        [[maybe_unused]] const auto written = ::write(m_wake[1], &byte, 1);
        m_thread.join();
        for (const int fd : m_held) {
            ::close(fd);
        }
        ::close(m_listener);
        ::close(m_wake[0]);
        ::close(m_wake[1]);
    }
    LoopbackHttpServer(const LoopbackHttpServer&) = delete;
    LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

    std::uint16_t port() const { return m_port; }
    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }

    /// The targets requested so far, in order.
    std::vector<std::string> targets() const
    {
        const std::lock_guard lock(m_mutex);
        return m_targets;
    }

private:
    void serve()
    {
        while (!m_stopping) {
            pollfd fds[2] = {{m_listener, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
            if (::poll(fds, 2, 1000) <= 0 || (fds[1].revents & POLLIN) != 0) {
                continue;
            }
            const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) {
                continue;
            }
            handle(client);
        }
    }

    // Reads up to the end of the request head; false when the client went away first.
    bool readHead(int client, std::string& head)
    {
        char buffer[4096];
        while (head.find("\r\n\r\n") == std::string::npos && head.size() < 64 * 1024) {
            pollfd fds[2] = {{client, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
            if (::poll(fds, 2, 5000) <= 0 || (fds[1].revents & POLLIN) != 0) {
                return false;
            }
            const auto got = ::recv(client, buffer, sizeof(buffer), 0);
            if (got <= 0) {
                return false;
            }
            head.append(buffer, static_cast<std::size_t>(got));
        }
        return true;
    }

    static void sendAll(int client, const char* data, std::size_t size)
    {
        while (size > 0) {
            const auto sent = ::send(client, data, size, MSG_NOSIGNAL);
            if (sent <= 0) {
                return;  // the client gave up (too large, timeout, cancelled)
            }
            data += sent;
            size -= static_cast<std::size_t>(sent);
        }
    }

    void handle(int client)
    {
        // A client that stops reading must not keep this thread forever.
        const timeval sendTimeout {2, 0};
        ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, sizeof(sendTimeout));
        std::string head;
        if (!readHead(client, head)) {
            ::close(client);
            return;
        }
        Request request;
        request.head = head;
        const auto firstLine = head.substr(0, head.find("\r\n"));
        const auto space = firstLine.find(' ');
        request.method = firstLine.substr(0, space);
        if (space != std::string::npos) {
            const auto rest = firstLine.substr(space + 1);
            request.target = rest.substr(0, rest.find(' '));
        }
        {
            const std::lock_guard lock(m_mutex);
            m_targets.push_back(request.target);
        }
        const Response response = m_handler(request);
        if (response.hang) {
            m_held.push_back(client);  // closed when the server stops
            return;
        }
        std::string text = "HTTP/1.1 " + std::to_string(response.status) + " " + response.reason + "\r\n";
        for (const auto& [name, value] : response.headers) {
            text += name + ": " + value + "\r\n";
        }
        if (response.contentLength) {
            text += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
        }
        text += "Connection: close\r\n\r\n";
        sendAll(client, text.data(), text.size());
        sendAll(client, response.body.data(), std::min(response.cutAfter, response.body.size()));
        ::shutdown(client, SHUT_RDWR);
        ::close(client);
    }

    Handler m_handler;
    int m_listener = -1;
    int m_wake[2] = {-1, -1};
    std::uint16_t m_port = 0;
    std::atomic<bool> m_stopping {false};
    std::vector<int> m_held;
    mutable std::mutex m_mutex;
    std::vector<std::string> m_targets;
    std::thread m_thread;
};

}  // namespace voordeur::tests
