// SPDX-License-Identifier: EUPL-1.2
#include "ui/advice/PasswordWording.h"

#include <QLocale>
#include <QStringList>
#include <QTextStream>

namespace voordeur::ui {

using core::checkup::Finding;
using core::checkup::FindingCode;
using core::passwords::BreachFailure;
using core::passwords::BreachStatus;
using core::passwords::CheckedPassword;
using core::passwords::FactoryMatch;
using core::passwords::Weakness;

QString PasswordWording::scoreName(int score)
{
    switch (score) {
    case 0:
        return tr("very weak");
    case 1:
        return tr("weak");
    case 2:
        return tr("fair");
    case 3:
        return tr("strong");
    default:
        return tr("very strong");
    }
}

QString PasswordWording::weaknessText(Weakness weakness)
{
    switch (weakness) {
    case Weakness::TooShort:
        return tr("shorter than 8 characters");
    case Weakness::CommonWord:
        return tr("a common word or password");
    case Weakness::CommonWordLeet:
        return tr("a common word with look-alike characters (such as 3 for e)");
    case Weakness::HouseholdWord:
        return tr("a word that belongs to this household, such as a brand or the network name");
    case Weakness::KeyboardPattern:
        return tr("a keyboard pattern");
    case Weakness::Repeat:
        return tr("repeated characters");
    case Weakness::Sequence:
        return tr("a sequence such as abcd or 1234");
    case Weakness::Date:
        return tr("a date");
    case Weakness::Year:
        return tr("a year");
    }
    return {};
}

QString PasswordWording::breachFailureText(BreachFailure failure)
{
    switch (failure) {
    case BreachFailure::None:
        return {};
    case BreachFailure::BadUrl:
        return tr("the address of the leak service is not a safe (https) address");
    case BreachFailure::NetworkSwitchedOff:
        return tr("network use is switched off");
    case BreachFailure::Unreachable:
        return tr("no internet connection");
    case BreachFailure::Timeout:
        return tr("the leak service did not answer in time");
    case BreachFailure::TlsFailure:
        return tr("the secure connection to the leak service failed");
    case BreachFailure::HttpStatus:
        return tr("the leak service gave an error");
    case BreachFailure::Malformed:
    case BreachFailure::TooLarge:
        return tr("the leak service gave an answer that cannot be read");
    case BreachFailure::Cancelled:
        return tr("stopped");
    case BreachFailure::Unavailable:
        return tr("this computer could not compute the check");
    }
    return {};
}

QString PasswordWording::breachText(const core::passwords::PasswordVerdict& verdict)
{
    if (!verdict.breachChecked) {
        return tr("not checked for leaks (not asked)");
    }
    switch (verdict.breach.status) {
    case BreachStatus::Found:
        return tr("leaked: seen %1 times in data leaks").arg(QLocale().toString(qulonglong(verdict.breach.count)));
    case BreachStatus::NotFound:
        return tr("not found in known data leaks");
    case BreachStatus::NotChecked:
        break;
    }
    return tr("not checked for leaks: %1").arg(breachFailureText(verdict.breach.reason));
}

QString PasswordWording::factoryText(FactoryMatch match)
{
    switch (match) {
    case FactoryMatch::None:
        return {};
    case FactoryMatch::ThisModel:
        return tr("this is the factory password of this model");
    case FactoryMatch::ThisVendor:
        return tr("this is a factory password of this maker");
    case FactoryMatch::BotnetList:
        return tr("botnets try this password on every device they find");
    }
    return {};
}

QString PasswordWording::labels(std::span<const CheckedPassword> checked, const std::vector<std::size_t>& which)
{
    QStringList names;
    for (std::size_t index : which) {
        if (index < checked.size()) {
            names << QString::fromStdString(checked[index].label);
        }
    }
    if (names.size() < 2) {
        return names.join(QString());
    }
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QLatin1String(", ")), last);
}

AdviceWording::Text PasswordWording::finding(const Finding& finding, std::span<const CheckedPassword> checked)
{
    const QString who = labels(checked, finding.passwords);
    AdviceWording::Text text;
    switch (finding.code) {
    case FindingCode::WeakPassword: {
        text.title = tr("The password of %1 is %2")
                         .arg(who, scoreName(QString::fromStdString(finding.parameter("score")).toInt()));
        QStringList reasons;
        for (const auto& key :
            QString::fromStdString(finding.parameter("weaknesses")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            for (int w = 0; w <= static_cast<int>(Weakness::Year); ++w) {
                if (core::passwords::weaknessKey(static_cast<Weakness>(w)) == key.toStdString()) {
                    reasons << weaknessText(static_cast<Weakness>(w));
                }
            }
        }
        text.detail = (reasons.isEmpty() ? QString()
                                         : tr("It is %1.").arg(reasons.join(QLatin1String(", "))) + QLatin1Char('\n'))
            + tr("Choose a long password of four or more unrelated words, different for every device and account; a "
                 "password manager remembers them for you.");
        break;
    }
    case FindingCode::ReusedPassword:
    case FindingCode::NearReusedPassword: {
        const bool near = finding.code == FindingCode::NearReusedPassword;
        const QString earlier
            = QString::fromStdString(finding.parameter("earlier")).split(QLatin1Char('\n')).join(QLatin1String(", "));
        if (!earlier.isEmpty()) {
            text.title = near
                ? tr("The password of %1 is nearly the same as the one you used for %2 last time").arg(who, earlier)
                : tr("The password of %1 is the same as the one you used for %2 last time").arg(who, earlier);
        } else {
            text.title
                = near ? tr("Nearly the same password for %1").arg(who) : tr("The same password for %1").arg(who);
        }
        text.detail = near
            ? tr("Changing only a number or a sign does not help: attackers try those variations first. "
                 "Give each a password of its own.")
            : tr("Whoever learns this password can get into all of them. Give each a password of its own, "
                 "starting with the router and the Wi-Fi.");
        break;
    }
    case FindingCode::BreachedPassword:
        text.title = tr("The password of %1 has leaked").arg(who);
        text.detail
            = tr("It was seen %1 times in data leaks, so attackers try it early. Change it everywhere you use it.")
                  .arg(QLocale().toString(QString::fromStdString(finding.parameter("count")).toULongLong()));
        break;
    case FindingCode::FactoryPassword: {
        const auto match = finding.parameter("match");
        text.title = tr("%1 still has a factory password").arg(who);
        text.detail = (match == core::passwords::factoryMatchKey(FactoryMatch::BotnetList)
                              ? tr("Botnets try this password on every device they find.")
                              : tr("Anyone can look up this password in the maker's manual."))
            + QLatin1Char(' ') + tr("Set a password of your own now, in the device's app or web page.");
        break;
    }
    default:
        break;
    }
    return text;
}

QString PasswordWording::report(std::span<const CheckedPassword> checked, const std::vector<Finding>& findings)
{
    QString text;
    QTextStream stream(&text);
    stream << tr("%n password(s) checked:", nullptr, static_cast<int>(checked.size())) << '\n';
    for (const CheckedPassword& entry : checked) {
        const auto& verdict = entry.verdict;
        stream << "\n" << QString::fromStdString(entry.label) << '\n';
        QStringList reasons;
        for (const Weakness weakness : verdict.strength.weaknesses) {
            reasons << weaknessText(weakness);
        }
        stream << "  "
               << tr("strength: %1 (%2 of 4)").arg(scoreName(verdict.strength.score)).arg(verdict.strength.score);
        if (!reasons.isEmpty() && verdict.strength.score <= 2) {
            stream << " — " << reasons.join(QLatin1String(", "));
        }
        stream << '\n';
        if (!verdict.sameAs.empty()) {
            stream << "  " << tr("same password as: %1").arg(labels(checked, verdict.sameAs)) << '\n';
        }
        if (!verdict.nearlySameAs.empty()) {
            stream << "  " << tr("nearly the same as: %1").arg(labels(checked, verdict.nearlySameAs)) << '\n';
        }
        for (const auto& label : verdict.sameAsEarlier) {
            stream << "  " << tr("same as last time's: %1").arg(QString::fromStdString(label)) << '\n';
        }
        for (const auto& label : verdict.nearlySameAsEarlier) {
            stream << "  " << tr("nearly the same as last time's: %1").arg(QString::fromStdString(label)) << '\n';
        }
        if (verdict.reuseError) {
            stream << "  " << tr("reuse not checked: not enough memory") << '\n';
        }
        stream << "  " << breachText(verdict) << '\n';
        if (verdict.factory.match != FactoryMatch::None) {
            stream << "  " << factoryText(verdict.factory.match) << '\n';
        }
    }
    stream << '\n' << tr("Action plan (%n item(s)):", nullptr, static_cast<int>(findings.size())) << '\n';
    int number = 0;
    for (const Finding& finding : findings) {
        const auto worded = PasswordWording::finding(finding, checked);
        stream << QStringLiteral("%1. [%2] %3\n")
                      .arg(++number, 2)
                      .arg(AdviceWording::severityName(finding.severity), worded.title);
        for (const auto& line : worded.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            stream << "      " << line << '\n';
        }
    }
    return text;
}

}  // namespace voordeur::ui
