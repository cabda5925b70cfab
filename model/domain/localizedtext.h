#pragma once

#include <QJsonValue>
#include <QString>

namespace sagstjek {

// Template text in the two languages Sagstjek ships. Danish is the users' first language.
struct LocalizedText {
    QString da;
    QString en;

    // The text in `language` ("da" or "en"), falling back to the other language when it is empty.
    QString in(const QString &language) const
    {
        const QString &wanted = language == u"da" ? da : en;
        return wanted.isEmpty() ? (language == u"da" ? en : da) : wanted;
    }
    bool isEmpty() const { return da.isEmpty() && en.isEmpty(); }

    // Accepts {"da": …, "en": …} or a plain string used for both.
    static LocalizedText fromJson(const QJsonValue &value);
};

} // namespace sagstjek
