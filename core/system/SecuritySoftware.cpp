// SPDX-License-Identifier: EUPL-1.2
#include "core/system/SecuritySoftware.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>
#include <tuple>
#include <utility>

#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <objbase.h>
#include <oleauto.h>
#include <wbemidl.h>
#include <windows.h>

#include <cwchar>
#endif

namespace voordeur::core::system {

namespace {

/// What marks one vendor's products on a computer. To look for another vendor, add a row.
struct VendorSignature {
    std::string_view vendorId;
    /// Package names (dpkg); a trailing '*' matches any rest. Compared in lower case.
    std::vector<std::string_view> packages;
    /// Names the patterns above would match that are no security product.
    std::vector<std::string_view> notPackages;
    /// Folders under the root; each folder inside one of them is one product (rpm installs too).
    std::vector<std::string_view> installFolders;
    /// macOS: Applications/<prefix>*.app, compared in lower case.
    std::vector<std::string_view> appBundlePrefixes;
    /// macOS: folders whose presence shows the vendor's software when no app bundle did.
    std::vector<std::string_view> supportFolders;
    /// Windows: a word of Security Center's displayName or an uninstall entry's DisplayName.
    std::string_view displayNameWord;
};

const std::vector<VendorSignature>& signatures()
{
    // Kaspersky's package names as its documentation gives them: Endpoint Security for Linux (kesl)
    // and its graphical interface (kesl-gui), Embedded Systems Security (kess, kess-gui), the
    // Security Center Network Agent (klnagent on 32-bit, klnagent64 on 64-bit systems), the older
    // Anti-Virus for Linux servers and workstations (kav4fs, kav4ws, …), and anything named after
    // the company except the KasperskyOS development kit.
    static const std::vector<VendorSignature> table = {
        {"kaspersky", {"kesl", "kesl-gui", "kess", "kess-gui", "klnagent", "klnagent64", "kav4*", "kaspersky*"},
            {"kasperskyos*"}, {"opt/kaspersky", "var/opt/kaspersky", "etc/opt/kaspersky"}, {"kaspersky"},
            {"Library/Application Support/Kaspersky Lab"}, "kaspersky"},
    };
    return table;
}

constexpr std::uintmax_t kMaxStatusBytes = std::uintmax_t {64} * 1024 * 1024;
constexpr std::uintmax_t kMaxPlistBytes = std::uintmax_t {1} * 1024 * 1024;
constexpr std::size_t kMaxFolderEntries = 4096;

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
        [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

bool matchesPattern(std::string_view pattern, std::string_view name)
{
    if (!pattern.empty() && pattern.back() == '*') {
        return name.starts_with(pattern.substr(0, pattern.size() - 1));
    }
    return name == pattern;
}

bool matchesAny(const std::vector<std::string_view>& patterns, std::string_view name)
{
    return std::any_of(
        patterns.begin(), patterns.end(), [name](std::string_view pattern) { return matchesPattern(pattern, name); });
}

/// The whole file when it is a regular file of at most `maxBytes` that can be read; nothing otherwise.
std::optional<std::string> readSmallFile(const std::filesystem::path& path, std::uintmax_t maxBytes)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return std::nullopt;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error || size > maxBytes) {
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::string bytes {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
        return std::nullopt;
    }
    return bytes;
}

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

/// One paragraph of dpkg's status file, the fields Voordeur needs.
struct DpkgRecord {
    std::string package;
    std::string version;
    std::string status;
};

/// The well-formed paragraphs of a dpkg status file (deb822: "Field: value" lines, continuation
/// lines start with a blank, paragraphs end at an empty line). A paragraph with a line that is
/// neither, a repeated field, or without Package or Status is skipped.
std::vector<DpkgRecord> dpkgRecords(std::string_view text)
{
    std::vector<DpkgRecord> records;
    DpkgRecord current;
    std::set<std::string> seen;
    bool malformed = false;
    const auto finish = [&] {
        if (!malformed && !current.package.empty() && !current.status.empty()) {
            records.push_back(std::move(current));
        }
        current = {};
        seen.clear();
        malformed = false;
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        if (trimmed(line).empty()) {
            finish();
            continue;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            malformed = malformed || seen.empty();  // a continuation of nothing
            continue;
        }
        const auto colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            malformed = true;
            continue;
        }
        const std::string field = lowered(trimmed(line.substr(0, colon)));
        if (!seen.insert(field).second) {
            malformed = true;
            continue;
        }
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (field == "package") {
            current.package = lowered(value);
        } else if (field == "version") {
            current.version = std::string(value);
        } else if (field == "status") {
            current.status = std::string(value);
        }
    }
    finish();
    return records;
}

/// The third word of "Status: want flag state": the package's files are on disk and configured.
/// The wanted action does not matter ("hold ok installed", "deinstall ok installed" are installed).
bool statusInstalled(std::string_view status)
{
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < status.size() && words.size() <= 3) {
        const auto next = status.find_first_of(" \t", start);
        const auto word = status.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
        if (!word.empty()) {
            words.push_back(word);
        }
        if (next == std::string_view::npos) {
            break;
        }
        start = next + 1;
    }
    return words.size() == 3
        && (words[2] == "installed" || words[2] == "triggers-pending" || words[2] == "triggers-awaited");
}

/// What the search has found so far; one entry per vendor and product, the first source wins.
class Findings final
{
public:
    void add(InstalledProduct product)
    {
        if (m_keys.emplace(product.vendorId, lowered(product.product)).second) {
            m_products.push_back(std::move(product));
        }
    }
    bool hasVendor(std::string_view vendorId) const
    {
        return std::any_of(m_products.begin(), m_products.end(),
            [vendorId](const InstalledProduct& p) { return p.vendorId == vendorId; });
    }
    std::vector<InstalledProduct> take()
    {
        std::sort(m_products.begin(), m_products.end(), [](const InstalledProduct& a, const InstalledProduct& b) {
            return std::tie(a.vendorId, a.product, a.evidence) < std::tie(b.vendorId, b.product, b.evidence);
        });
        return std::move(m_products);
    }

private:
    std::set<std::pair<std::string, std::string>> m_keys;
    std::vector<InstalledProduct> m_products;
};

/// Installed packages from dpkg; `notInstalled` gets the names dpkg knows only as removed (config
/// files left, or not installed), whose leftover folders are no installation either.
void findDpkgPackages(const std::filesystem::path& root, Findings& findings, std::set<std::string>& notInstalled)
{
    const std::filesystem::path statusPath = root / "var/lib/dpkg/status";
    const auto text = readSmallFile(statusPath, kMaxStatusBytes);
    if (!text) {
        return;
    }
    std::set<std::string> installed;
    for (const DpkgRecord& record : dpkgRecords(*text)) {
        for (const VendorSignature& vendor : signatures()) {
            if (!matchesAny(vendor.packages, record.package) || matchesAny(vendor.notPackages, record.package)) {
                continue;
            }
            if (!statusInstalled(record.status)) {
                notInstalled.insert(record.package);
                continue;
            }
            installed.insert(record.package);
            findings.add({std::string(vendor.vendorId), record.package, record.version,
                statusPath.string() + " (Package: " + record.package + ", Status: " + record.status + ")"});
        }
    }
    for (const std::string& name : installed) {
        notInstalled.erase(name);
    }
}

/// The folders directly inside `folder`, at most kMaxFolderEntries, in no particular order.
std::vector<std::filesystem::path> subfolders(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> found;
    std::error_code error;
    std::filesystem::directory_iterator it(folder, error);
    for (std::size_t count = 0; !error && it != std::filesystem::directory_iterator() && count < kMaxFolderEntries;
         it.increment(error), ++count) {
        std::error_code statusError;
        if (it->is_directory(statusError)) {
            found.push_back(it->path());
        }
    }
    return found;
}

void findInstallFolders(
    const std::filesystem::path& root, const std::set<std::string>& notInstalled, Findings& findings)
{
    for (const VendorSignature& vendor : signatures()) {
        for (const std::string_view folder : vendor.installFolders) {
            for (const std::filesystem::path& product : subfolders(root / folder)) {
                const std::string name = product.filename().string();
                if (!notInstalled.contains(lowered(name))) {
                    findings.add({std::string(vendor.vendorId), name, {}, product.string()});
                }
            }
        }
    }
}

void findAppBundles(const std::filesystem::path& root, Findings& findings)
{
    const std::vector<std::filesystem::path> applications = subfolders(root / "Applications");
    for (const VendorSignature& vendor : signatures()) {
        for (const std::filesystem::path& bundle : applications) {
            const std::string name = bundle.filename().string();
            const std::string lower = lowered(name);
            const bool vendorBundle = lower.ends_with(".app")
                && std::any_of(vendor.appBundlePrefixes.begin(), vendor.appBundlePrefixes.end(),
                    [&lower](std::string_view prefix) { return lower.starts_with(prefix); });
            if (!vendorBundle) {
                continue;
            }
            const auto plist = readSmallFile(bundle / "Contents/Info.plist", kMaxPlistBytes);
            findings.add({std::string(vendor.vendorId), name.substr(0, name.size() - 4),
                plist ? bundleShortVersion(*plist).value_or("") : "", bundle.string()});
        }
        if (findings.hasVendor(vendor.vendorId)) {
            continue;
        }
        for (const std::string_view folder : vendor.supportFolders) {
            const std::filesystem::path path = root / folder;
            std::error_code error;
            if (std::filesystem::is_directory(path, error)) {
                findings.add({std::string(vendor.vendorId), path.filename().string(), {}, path.string()});
            }
        }
    }
}

#if defined(_WIN32)

constexpr std::size_t kMaxWindowsEntries = 4096;

std::string utf8FromWide(const wchar_t* text, std::size_t length)
{
    if (text == nullptr || length == 0 || length > 65536) {
        return {};
    }
    const int wideLength = static_cast<int>(length);
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, wideLength, nullptr, 0, nullptr, nullptr);
    if (size <= 0) {
        return {};
    }
    std::string out(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text, wideLength, out.data(), size, nullptr, nullptr);
    return out;
}

/// Owns one COM interface pointer.
template <typename T> class ComPtr final
{
public:
    ComPtr() = default;
    ~ComPtr() { reset(); }
    ComPtr(const ComPtr&) = delete;
    ComPtr& operator=(const ComPtr&) = delete;

    T** out()
    {
        reset();
        return &m_pointer;
    }
    T* get() const { return m_pointer; }
    T* operator->() const { return m_pointer; }

private:
    void reset()
    {
        if (m_pointer != nullptr) {
            m_pointer->Release();
            m_pointer = nullptr;
        }
    }
    T* m_pointer = nullptr;
};

/// Owns one BSTR.
class Bstr final
{
public:
    explicit Bstr(const wchar_t* text)
        : m_value(SysAllocString(text))
    { }
    ~Bstr() { SysFreeString(m_value); }
    Bstr(const Bstr&) = delete;
    Bstr& operator=(const Bstr&) = delete;

    BSTR get() const { return m_value; }
    bool valid() const { return m_value != nullptr; }

private:
    BSTR m_value;
};

/// COM for this thread for one scope; a thread that already has it in the other mode keeps it.
class ComScope final
{
public:
    ComScope()
        : m_result(CoInitializeEx(nullptr, COINIT_MULTITHREADED))
    { }
    ~ComScope()
    {
        if (SUCCEEDED(m_result)) {
            CoUninitialize();
        }
    }
    ComScope(const ComScope&) = delete;
    ComScope& operator=(const ComScope&) = delete;

    bool usable() const { return SUCCEEDED(m_result) || m_result == RPC_E_CHANGED_MODE; }

private:
    HRESULT m_result;
};

/// displayName of every AntiVirusProduct Windows Security Center knows (client Windows only;
/// Windows Server has no ROOT\SecurityCenter2).
std::vector<std::string> securityCenterAntivirusNames()
{
    std::vector<std::string> names;
    const ComScope com;
    if (!com.usable()) {
        return names;
    }
    ComPtr<IWbemLocator> locator;
    if (FAILED(CoCreateInstance(CLSID_WbemLocator, nullptr, CLSCTX_INPROC_SERVER, IID_IWbemLocator,
            reinterpret_cast<void**>(locator.out())))) {
        return names;
    }
    const Bstr nameSpace(L"ROOT\\SecurityCenter2");
    ComPtr<IWbemServices> services;
    if (!nameSpace.valid()
        || FAILED(
            locator->ConnectServer(nameSpace.get(), nullptr, nullptr, nullptr, 0, nullptr, nullptr, services.out()))) {
        return names;
    }
    // WMI answers a call only when it may impersonate the caller.
    if (FAILED(CoSetProxyBlanket(services.get(), RPC_C_AUTHN_WINNT, RPC_C_AUTHZ_NONE, nullptr, RPC_C_AUTHN_LEVEL_CALL,
            RPC_C_IMP_LEVEL_IMPERSONATE, nullptr, EOAC_NONE))) {
        return names;
    }
    const Bstr language(L"WQL");
    const Bstr query(L"SELECT displayName FROM AntiVirusProduct");
    ComPtr<IEnumWbemClassObject> rows;
    if (!language.valid() || !query.valid()
        || FAILED(services->ExecQuery(
            language.get(), query.get(), WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY, nullptr, rows.out()))) {
        return names;
    }
    constexpr long kRowTimeoutMs = 5000;
    for (std::size_t count = 0; count < kMaxWindowsEntries; ++count) {
        ComPtr<IWbemClassObject> row;
        ULONG returned = 0;
        // WBEM_S_FALSE with nothing returned: the end; WBEM_S_TIMEDOUT: give up rather than hang.
        const HRESULT result = rows->Next(kRowTimeoutMs, 1, row.out(), &returned);
        if (FAILED(result) || returned == 0 || row.get() == nullptr) {
            break;
        }
        VARIANT value;
        VariantInit(&value);
        if (SUCCEEDED(row->Get(L"displayName", 0, &value, nullptr, nullptr)) && value.vt == VT_BSTR
            && value.bstrVal != nullptr) {
            names.push_back(utf8FromWide(value.bstrVal, SysStringLen(value.bstrVal)));
        }
        VariantClear(&value);
    }
    return names;
}

/// A REG_SZ value of an open key, empty when missing, of another type or oversized.
std::string registryText(HKEY key, const wchar_t* name)
{
    DWORD bytes = 0;
    if (RegGetValueW(key, nullptr, name, RRF_RT_REG_SZ, nullptr, nullptr, &bytes) != ERROR_SUCCESS
        || bytes < sizeof(wchar_t) || bytes > 64 * 1024) {
        return {};
    }
    std::wstring text(bytes / sizeof(wchar_t), L'\0');
    if (RegGetValueW(key, nullptr, name, RRF_RT_REG_SZ, nullptr, text.data(), &bytes) != ERROR_SUCCESS) {
        return {};
    }
    return utf8FromWide(text.c_str(), wcsnlen(text.c_str(), text.size()));
}

struct UninstallEntry {
    std::string displayName;
    std::string displayVersion;
    std::string key;  ///< the registry path, for the evidence
};

/// The programs of HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall, in the 64-bit view and
/// in the 32-bit view (SOFTWARE\WOW6432Node\… on 64-bit Windows).
std::vector<UninstallEntry> uninstallEntries()
{
    std::vector<UninstallEntry> entries;
    const wchar_t* const uninstallKey = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
    const std::pair<REGSAM, const char*> views[] = {
        {KEY_WOW64_64KEY, "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"},
        {KEY_WOW64_32KEY, "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"},
    };
    for (const auto& [view, label] : views) {
        HKEY uninstall = nullptr;
        if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, uninstallKey, 0, KEY_READ | view, &uninstall) != ERROR_SUCCESS) {
            continue;
        }
        for (DWORD index = 0; index < kMaxWindowsEntries; ++index) {
            wchar_t subKeyName[256];  // the registry's limit for a key name is 255 characters
            DWORD nameLength = 256;
            const LSTATUS status
                = RegEnumKeyExW(uninstall, index, subKeyName, &nameLength, nullptr, nullptr, nullptr, nullptr);
            if (status == ERROR_NO_MORE_ITEMS) {
                break;
            }
            if (status != ERROR_SUCCESS) {
                continue;
            }
            HKEY program = nullptr;
            if (RegOpenKeyExW(uninstall, subKeyName, 0, KEY_QUERY_VALUE | view, &program) != ERROR_SUCCESS) {
                continue;
            }
            UninstallEntry entry {registryText(program, L"DisplayName"), registryText(program, L"DisplayVersion"),
                label + utf8FromWide(subKeyName, nameLength)};
            RegCloseKey(program);
            if (!entry.displayName.empty()) {
                entries.push_back(std::move(entry));
            }
        }
        RegCloseKey(uninstall);
    }
    return entries;
}

void findWindowsProducts(Findings& findings)
{
    const std::vector<std::string> antivirus = securityCenterAntivirusNames();
    const std::vector<UninstallEntry> programs = uninstallEntries();
    for (const VendorSignature& vendor : signatures()) {
        for (const std::string& name : antivirus) {
            if (lowered(name).find(vendor.displayNameWord) != std::string::npos) {
                findings.add({std::string(vendor.vendorId), name, {}, "WMI ROOT\\SecurityCenter2 AntiVirusProduct"});
            }
        }
        for (const UninstallEntry& program : programs) {
            if (lowered(program.displayName).find(vendor.displayNameWord) != std::string::npos) {
                findings.add({std::string(vendor.vendorId), program.displayName, program.displayVersion, program.key});
            }
        }
    }
}

#endif

}  // namespace

std::optional<std::string> bundleShortVersion(std::string_view infoPlist)
{
    if (infoPlist.starts_with("bplist")) {
        return std::nullopt;  // binary property list: not read
    }
    constexpr std::string_view key = "<key>CFBundleShortVersionString</key>";
    const auto keyAt = infoPlist.find(key);
    if (keyAt == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view rest = infoPlist.substr(keyAt + key.size());
    rest.remove_prefix(std::min(rest.find_first_not_of(" \t\r\n"), rest.size()));
    constexpr std::string_view open = "<string>";
    if (!rest.starts_with(open)) {
        return std::nullopt;
    }
    rest.remove_prefix(open.size());
    const auto close = rest.find("</string>");
    if (close == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view version = trimmed(rest.substr(0, close));
    const bool plain = !version.empty() && version.size() <= 64
        && std::all_of(version.begin(), version.end(), [](char c) { return c > ' ' && c < 0x7f && c != '&'; });
    return plain ? std::optional<std::string>(version) : std::nullopt;
}

std::vector<InstalledProduct> findSecuritySoftware(const std::filesystem::path& root)
{
    Findings findings;
    try {
        std::set<std::string> notInstalled;
        findDpkgPackages(root, findings, notInstalled);
        findInstallFolders(root, notInstalled, findings);
        findAppBundles(root, findings);
#if defined(_WIN32)
        if (root == std::filesystem::path("/")) {
            findWindowsProducts(findings);
        }
#endif
    } catch (const std::exception&) {
        // Out of memory or a path that cannot be converted: keep what was found.
    }
    return findings.take();
}

}  // namespace voordeur::core::system
