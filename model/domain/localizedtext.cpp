#include "domain/localizedtext.h"

#include <QJsonObject>

namespace sagstjek {

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject object = value.toObject();
    return {object.value(u"da").toString(), object.value(u"en").toString()};
}

} // namespace sagstjek
