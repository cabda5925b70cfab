#include "iotypes.h"

using namespace Qt::StringLiterals;

namespace sagstjek::io {

QString IoError::toString() const
{
    QStringList where;
    if (row > 0)
        where << u"Row %1"_s.arg(row);
    if (column > 0)
        where << (where.isEmpty() ? u"Column %1"_s : u"column %1"_s).arg(column);
    QStringList detail;
    if (line > 0 && line != row)
        detail << u"line %1"_s.arg(line);
    if (byteOffset >= 0)
        detail << u"byte %1"_s.arg(byteOffset);
    QString prefix = where.join(u", "_s);
    if (!detail.isEmpty())
        prefix += (prefix.isEmpty() ? QString() : u" "_s) + u"("_s + detail.join(u", "_s) + u")"_s;
    return prefix.isEmpty() ? message : prefix + u": "_s + message;
}

TableReader::~TableReader() = default;

bool TableReader::readAll(Table &out)
{
    if (hasError())
        return false;
    out.headers = headers();
    QStringList row;
    while (readRow(row))
        out.rows.append(row);
    return !hasError();
}

} // namespace sagstjek::io
