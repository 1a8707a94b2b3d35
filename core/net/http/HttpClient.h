// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/util/Result.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

struct curl_waitfd;

namespace voordeur::core::net {

/// One HTTP GET. Redirects are never followed; only the schemes allowed here are used.
struct HttpRequest {
    std::string url;
    std::size_t maxBytes = 256 * 1024;  ///< a larger body is an error, not truncated data
    std::chrono::milliseconds timeout {3000};
    bool allowHttp = true;
    bool allowHttps = false;
    std::vector<std::string> headers;  ///< "Name: value"
};

struct HttpResponse {
    long status = 0;
    std::string body;
    std::string contentType;
    std::string server;  ///< the Server header as sent (unchecked text), empty when absent
};

enum class HttpCode {
    BadUrl,         ///< not a URL, or a scheme that is not allowed
    Unreachable,    ///< could not connect / resolve
    Timeout,        ///< no complete answer within the time limit
    TooLarge,       ///< the body was larger than allowed
    Redirect,       ///< the server answered with a redirect, which is not followed
    HttpStatus,     ///< a status other than 2xx; detail holds it
    TlsFailure,     ///< certificate or TLS handshake failure
    Cancelled,      ///< stopped on request
    TransferFailed  ///< anything else libcurl reported; detail holds its text
};

using HttpResult = Result<HttpResponse, Error<HttpCode>>;

/// Runs many HTTP transfers at once inside the caller's own poll loop (libcurl multi).
/// Not thread-safe, except wakeup().
class HttpMulti final
{
public:
    using Callback = std::function<void(HttpResult)>;

    HttpMulti();
    ~HttpMulti();
    HttpMulti(const HttpMulti&) = delete;
    HttpMulti& operator=(const HttpMulti&) = delete;

    /// Starts a transfer; the callback runs from a later poll() with the outcome.
    void add(const HttpRequest& request, Callback callback);

    /// Waits up to `timeout` for transfer activity or readability of the `extra` descriptors
    /// (their revents are filled in), advances transfers and runs callbacks of finished ones.
    void poll(std::span<curl_waitfd> extra, std::chrono::milliseconds timeout);

    /// Ends every running transfer now; their callbacks get Cancelled.
    void cancelAll();

    /// Interrupts a poll() in progress; safe from any thread.
    void wakeup();

    std::size_t active() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// One blocking GET, cancellable through the stop token.
HttpResult httpGet(const HttpRequest& request, std::stop_token stop);

}  // namespace voordeur::core::net
