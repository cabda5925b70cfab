#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

// What the benchmarks share: the time `work` takes, in milliseconds.
template <typename F> double timed(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A case CSV of `rows` rows with canonical headers and three dates (case numbers S-0000000 upwards, the same file
// for the same size): what bench_import and bench_stalls import.
inline void writeCaseCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(42);
    const QStringList first = {QStringLiteral("Anna"), QStringLiteral("Mette"),  QStringLiteral("Søren"),
                               QStringLiteral("Ali"),  QStringLiteral("Fatima"), QStringLiteral("Jens"),
                               QStringLiteral("Åse"),  QStringLiteral("Yusuf")};
    const QStringList last = {QStringLiteral("Jensen"),   QStringLiteral("Nielsen"), QStringLiteral("Hansen"),
                              QStringLiteral("Sørensen"), QStringLiteral("Ahmed"),   QStringLiteral("Ærø")};
    QByteArray buffer = "case_number;cpr;name;area;subgroup;caseworker;team;takeover;contract_signed;"
                        "declaration_signed;danish_referral;programme_end\n";
    for (qint64 i = 0; i < rows; ++i) {
        const int day = random.bounded(1, 29);
        const int month = random.bounded(1, 13);
        const int year = random.bounded(2015, 2024);
        const QDate takeover(year, month, day);
        const QDate contract = takeover.addDays(random.bounded(0, 60));
        buffer += QStringLiteral("S-%1;%2%3%4%5;%6 %7;integration;refugee;Sagsbehandler %8;Team %9;%10;%11;%12;%13;\n")
                      .arg(i, 7, 10, QLatin1Char('0'))
                      .arg(day, 2, 10, QLatin1Char('0'))
                      .arg(month, 2, 10, QLatin1Char('0'))
                      .arg(year % 100, 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(0, 10000), 4, 10, QLatin1Char('0'))
                      .arg(first.at(int(i % first.size())), last.at(int((i / 8) % last.size())))
                      .arg(i % 50)
                      .arg(i % 7)
                      .arg(takeover.toString(Qt::ISODate), contract.toString(Qt::ISODate),
                           contract.toString(Qt::ISODate), takeover.addDays(20).toString(QStringLiteral("dd-MM-yyyy")))
                      .toUtf8();
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}
