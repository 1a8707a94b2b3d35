// SPDX-License-Identifier: EUPL-1.2
#include "core/net/http/HttpClient.h"

#include "core/about/BuildInfo.h"

#include <curl/curl.h>

#include <map>
#include <mutex>
#include <optional>

namespace voordeur::core::net {

namespace {

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct EasyDeleter {
    void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;
using HeaderList = std::unique_ptr<curl_slist, ListDeleter>;

// One running transfer: its handle, the body collected so far and where the result goes.
struct Transfer {
    EasyHandle easy;
    HeaderList headers;
    std::string body;
    std::size_t maxBytes = 0;
    bool tooLarge = false;
    HttpMulti::Callback callback;
};

std::size_t collectBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* transfer = static_cast<Transfer*>(user);
    const std::size_t bytes = size * count;
    if (transfer->body.size() + bytes > transfer->maxBytes) {
        transfer->tooLarge = true;
        return 0;  // makes libcurl abort the transfer with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, bytes);
    return bytes;
}

std::string userAgent()
{
    return "Voordeur/" + std::string(version());
}

HttpResult finish(Transfer& transfer, CURLcode code)
{
    if (transfer.tooLarge) {
        return fail(HttpCode::TooLarge, std::to_string(transfer.maxBytes));
    }
    switch (code) {
    case CURLE_OK:
        break;
    case CURLE_OPERATION_TIMEDOUT:
        return fail(HttpCode::Timeout, curl_easy_strerror(code));
    case CURLE_FILESIZE_EXCEEDED:  // the server announced a body larger than maxBytes
        return fail(HttpCode::TooLarge, std::to_string(transfer.maxBytes));
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return fail(HttpCode::Unreachable, curl_easy_strerror(code));
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return fail(HttpCode::BadUrl, curl_easy_strerror(code));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return fail(HttpCode::TlsFailure, curl_easy_strerror(code));
    case CURLE_ABORTED_BY_CALLBACK:
        return fail(HttpCode::Cancelled, curl_easy_strerror(code));
    default:
        return fail(HttpCode::TransferFailed, curl_easy_strerror(code));
    }
    HttpResponse response;
    curl_easy_getinfo(transfer.easy.get(), CURLINFO_RESPONSE_CODE, &response.status);
    char* contentType = nullptr;
    if (curl_easy_getinfo(transfer.easy.get(), CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK
        && contentType != nullptr) {
        response.contentType = contentType;
    }
    curl_header* server = nullptr;
    if (curl_easy_header(transfer.easy.get(), "Server", 0, CURLH_HEADER, -1, &server) == CURLHE_OK && server != nullptr
        && server->value != nullptr) {
        response.server = server->value;
    }
    if (response.status >= 300 && response.status < 400) {
        return fail(HttpCode::Redirect, std::to_string(response.status));
    }
    if (response.status < 200 || response.status >= 300) {
        return fail(HttpCode::HttpStatus, std::to_string(response.status));
    }
    response.body = std::move(transfer.body);
    return response;
}

}  // namespace

struct HttpMulti::Impl {
    CURLM* multi = nullptr;
    std::map<CURL*, std::unique_ptr<Transfer>> transfers;

    void complete(CURL* easy, CURLcode code)
    {
        const auto it = transfers.find(easy);
        if (it == transfers.end()) {
            return;
        }
        std::unique_ptr<Transfer> transfer = std::move(it->second);
        transfers.erase(it);
        curl_multi_remove_handle(multi, easy);
        HttpResult result = finish(*transfer, code);
        if (transfer->callback) {
            transfer->callback(std::move(result));
        }
    }
};

HttpMulti::HttpMulti()
    : m_impl(std::make_unique<Impl>())
{
    initialiseCurlOnce();
    m_impl->multi = curl_multi_init();
}

HttpMulti::~HttpMulti()
{
    for (auto& [easy, transfer] : m_impl->transfers) {
        curl_multi_remove_handle(m_impl->multi, easy);
    }
    m_impl->transfers.clear();
    curl_multi_cleanup(m_impl->multi);
}

void HttpMulti::add(const HttpRequest& request, Callback callback)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->easy.reset(curl_easy_init());
    transfer->maxBytes = request.maxBytes;
    transfer->callback = std::move(callback);
    CURL* easy = transfer->easy.get();
    if (easy == nullptr) {
        transfer->callback(fail(HttpCode::TransferFailed, "curl_easy_init"));
        return;
    }
    std::string protocols;
    if (request.allowHttp) {
        protocols = "http";
    }
    if (request.allowHttps) {
        protocols += protocols.empty() ? "https" : ",https";
    }
    curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, protocols.c_str());
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.timeout.count()));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent().c_str());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &collectBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    // Devices' descriptions are small; refuse compressed bombs by not asking for compression.
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, nullptr);
    // A description must come from the device itself, never through a proxy.
    curl_easy_setopt(easy, CURLOPT_PROXY, "");
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.maxBytes));
    for (const std::string& header : request.headers) {
        curl_slist* list = curl_slist_append(transfer->headers.get(), header.c_str());
        if (list != nullptr) {
            transfer->headers.release();
            transfer->headers.reset(list);
        }
    }
    if (transfer->headers) {
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers.get());
    }
    curl_multi_add_handle(m_impl->multi, easy);
    m_impl->transfers.emplace(easy, std::move(transfer));
}

void HttpMulti::poll(std::span<curl_waitfd> extra, std::chrono::milliseconds timeout)
{
    for (curl_waitfd& waitfd : extra) {
        waitfd.revents = 0;
    }
    int running = 0;
    curl_multi_perform(m_impl->multi, &running);
    curl_multi_poll(m_impl->multi, extra.data(), static_cast<unsigned>(extra.size()),
        static_cast<int>(std::max<long long>(0, timeout.count())), nullptr);
    curl_multi_perform(m_impl->multi, &running);
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(m_impl->multi, &queued)) {
        if (message->msg == CURLMSG_DONE) {
            m_impl->complete(message->easy_handle, message->data.result);
        }
    }
}

void HttpMulti::cancelAll()
{
    std::vector<CURL*> running;
    for (const auto& [easy, transfer] : m_impl->transfers) {
        running.push_back(easy);
    }
    for (CURL* easy : running) {
        m_impl->complete(easy, CURLE_ABORTED_BY_CALLBACK);
    }
}

void HttpMulti::wakeup()
{
    curl_multi_wakeup(m_impl->multi);
}

std::size_t HttpMulti::active() const
{
    return m_impl->transfers.size();
}

HttpResult httpGet(const HttpRequest& request, std::stop_token stop)
{
    HttpMulti multi;
    std::optional<HttpResult> outcome;
    multi.add(request, [&outcome](HttpResult result) { outcome = std::move(result); });
    const std::stop_callback onStop(stop, [&multi] { multi.wakeup(); });
    while (!outcome) {
        if (stop.stop_requested()) {
            multi.cancelAll();
            break;
        }
        multi.poll({}, std::chrono::milliseconds(200));
    }
    if (!outcome) {
        return fail(HttpCode::Cancelled);
    }
    return std::move(*outcome);
}

}  // namespace voordeur::core::net
