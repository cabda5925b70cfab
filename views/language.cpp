#include "language.h"

#include "domain/words.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sagstjek::language {

namespace {

bool isSupported(const QString &language)
{
    return language == u"da" || language == u"en";
}

struct Installed {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QString resolve(const QString &commandLine, const QString &setting)
{
    const QString fromEnvironment = qEnvironmentVariable("SAGSTJEK_LANGUAGE").trimmed().toLower();
    if (isSupported(fromEnvironment))
        return fromEnvironment;
    if (isSupported(commandLine))
        return commandLine;
    if (isSupported(setting))
        return setting;
    return QLocale::system().language() == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

void install(const QString &language)
{
    Installed &state = installed();
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app.reset();
    state.qt.reset();
    state.language = isSupported(language) ? language : QStringLiteral("en");
    words::setUiLanguage(state.language); // the words model code puts into tr() sentences

    const QLocale locale(state.language == u"da" ? QLocale::Danish : QLocale::English,
                         state.language == u"da" ? QLocale::Denmark : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/sagstjek_%1.qm").arg(state.language))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
}

QString current()
{
    return installed().language;
}

} // namespace sagstjek::language
