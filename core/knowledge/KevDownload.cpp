// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge/KevDownload.h"

#include "core/net/http/BaseUrl.h"
#include "core/net/http/HttpClient.h"

#include <utility>

namespace voordeur::core::knowledge {

namespace {

Failure<KevUpdateError> updateFailure(KevUpdateCode code, std::string detail, std::optional<KevCode> invalid = {})
{
    return {KevUpdateError {code, std::move(detail), invalid}};
}

Result<net::BaseUrl, KevUpdateError> parseBaseUrl(std::string_view url)
{
    auto parsed = net::parseBaseUrl(url);
    if (!parsed) {
        return updateFailure(KevUpdateCode::BadUrl, parsed.error());
    }
    return std::move(parsed).value();
}

KevUpdateCode codeFor(net::HttpCode code)
{
    switch (code) {
    case net::HttpCode::BadUrl:
        return KevUpdateCode::BadUrl;
    case net::HttpCode::Unreachable:
        return KevUpdateCode::Unreachable;
    case net::HttpCode::Timeout:
        return KevUpdateCode::Timeout;
    case net::HttpCode::TooLarge:
        return KevUpdateCode::TooLarge;
    case net::HttpCode::Redirect:
        return KevUpdateCode::Redirect;
    case net::HttpCode::HttpStatus:
        return KevUpdateCode::HttpStatus;
    case net::HttpCode::TlsFailure:
        return KevUpdateCode::TlsFailure;
    case net::HttpCode::Cancelled:
        return KevUpdateCode::Cancelled;
    case net::HttpCode::TransferFailed:
        break;
    }
    return KevUpdateCode::TransferFailed;
}

KevUpdateCode codeFor(KevCode code)
{
    switch (code) {
    case KevCode::StorageFailed:
        return KevUpdateCode::StorageFailed;
    case KevCode::TooLarge:
        return KevUpdateCode::TooLarge;
    case KevCode::NotJson:
    case KevCode::BadSchema:
    case KevCode::BadCveId:
    case KevCode::CountMismatch:
    case KevCode::Empty:
    case KevCode::DuplicateCve:
        break;
    }
    return KevUpdateCode::Invalid;
}

}  // namespace

bool isLoopbackHost(std::string_view host)
{
    return net::isLoopbackHost(host);
}

Result<std::string, KevUpdateError> kevFeedUrl(std::string_view baseUrl)
{
    const auto parsed = parseBaseUrl(baseUrl);
    if (!parsed) {
        return Failure<KevUpdateError> {parsed.error()};
    }
    return parsed->urlOf(kevFeedPath);
}

Result<KevImportSummary, KevUpdateError> downloadKev(KnowledgeBase& kb, const KevSource& source, std::stop_token stop)
{
    const auto parsed = parseBaseUrl(source.baseUrl);
    if (!parsed) {
        return Failure<KevUpdateError> {parsed.error()};
    }
    if (!parsed->loopback && net::networkSwitchedOff()) {
        return updateFailure(KevUpdateCode::NetworkSwitchedOff, net::noNetworkVariable);
    }
    if (stop.stop_requested()) {
        return updateFailure(KevUpdateCode::Cancelled, {});
    }

    net::HttpRequest request;
    request.url = parsed->urlOf(kevFeedPath);
    request.maxBytes = source.maxBytes;
    request.timeout = source.timeout;
    request.allowHttps = true;
    request.allowHttp = parsed->loopback;
    request.headers = {"Accept: application/json"};

    auto response = net::httpGet(request, stop);
    if (!response) {
        return updateFailure(codeFor(response.error().code), response.error().detail);
    }
    if (stop.stop_requested()) {
        return updateFailure(KevUpdateCode::Cancelled, {});
    }
    auto imported = importKev(kb, response->body);
    if (!imported) {
        const auto& error = imported.error();
        return updateFailure(codeFor(error.code), error.detail, error.code);
    }
    return std::move(imported).value();
}

}  // namespace voordeur::core::knowledge
