#include "commandline.h"

#include <QRegularExpression>

namespace sagstjek::cli {

namespace {

// "--note", "-o"; not "-5" (a negative number is a value).
bool isOptionLike(const QString &word)
{
    return word.startsWith(u"--") || (word.startsWith(u'-') && word.size() == 2 && !word.at(1).isDigit());
}

// "a", "a or b", "a, b or c"
QString orList(const QStringList &words)
{
    if (words.size() <= 1)
        return words.value(0);
    return words.mid(0, words.size() - 1).join(u", "_s) + u" or "_s + words.last();
}

QString rangeText(const ValueRule &rule)
{
    if (rule.minimum && rule.maximum)
        return u" from %1 to %2"_s.arg(*rule.minimum).arg(*rule.maximum);
    if (rule.minimum)
        return u" of at least %1"_s.arg(*rule.minimum);
    if (rule.maximum)
        return u" of at most %1"_s.arg(*rule.maximum);
    return {};
}

const Option *findOption(const Command &command, const QString &name)
{
    for (const Option &option : command.options)
        if (option.name == name)
            return &option;
    return nullptr;
}

const Command *findCommand(const QList<Command> &table, const QString &name)
{
    for (const Command &command : table)
        if (command.name == name)
            return &command;
    return nullptr;
}

QString positionalUsage(const Positional &positional)
{
    const QString shown =
        positional.rule.type == ValueType::Choice ? positional.rule.choices.join(u'|') : positional.name;
    switch (positional.count) {
    case Positional::Count::One:
        return shown;
    case Positional::Count::Optional:
        return u"[%1]"_s.arg(shown);
    case Positional::Count::OneOrMore:
        return shown + u"…"_s;
    }
    return shown;
}

QString optionUsage(const Option &option)
{
    QString text = option.name;
    if (!option.isFlag)
        text += u' ' + (option.placeholder.isEmpty() ? option.rule.choices.join(u'|') : option.placeholder);
    if (!option.isRequired)
        text = u"[%1]"_s.arg(text);
    if (option.isRepeatable)
        text += u"…"_s;
    return text;
}

// Leaf commands under `command` (itself when it is one), each with its words.
void collectLeaves(const QStringList &path, const Command &command,
                   QList<std::pair<QStringList, const Command *>> &leaves)
{
    // A group with a handler of its own is also a leaf (`report ROUND` beside `report status`).
    if (command.subcommands.isEmpty() || command.run)
        leaves.append({path, &command});
    if (command.subcommands.isEmpty())
        return;
    for (const Command &sub : command.subcommands)
        collectLeaves(path + QStringList{sub.name}, sub, leaves);
}

void printCommandList(QTextStream &stream, const QList<std::pair<QStringList, const Command *>> &leaves)
{
    for (const auto &[path, command] : leaves)
        stream << "  " << usageLine(path, *command) << "\n      " << command->summary << "\n";
}

// Two columns: "  --as-of DATE    Evaluate …"; a long left side puts the text on the next line.
void printTable(QTextStream &stream, const QList<std::pair<QString, QString>> &rows)
{
    constexpr int MaxLeft = 30;
    int width = 0;
    for (const auto &[left, right] : rows)
        if (left.size() <= MaxLeft)
            width = std::max(width, int(left.size()));
    for (const auto &[left, right] : rows) {
        if (left.size() > width)
            stream << "  " << left << "\n  " << QString(width, u' ') << "  " << right << "\n";
        else
            stream << "  " << left.leftJustified(width) << "  " << right << "\n";
    }
}

QString withType(const QString &description, const ValueRule &rule)
{
    const QString type = rule.describe();
    if (type.isEmpty())
        return description;
    return description.isEmpty() ? type.left(1).toUpper() + type.mid(1) + u'.'
                                 : description + u' ' + type.left(1).toUpper() + type.mid(1) + u'.';
}

} // namespace

QString ValueRule::problem(const QString &subject, const QString &value) const
{
    switch (type) {
    case ValueType::Text:
        if (accepts && !accepts(value))
            return u"%1 needs %2, not \"%3\"."_s.arg(subject, acceptsDescription, value);
        return {};
    case ValueType::Date: {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (!shape.match(value).hasMatch() || !QDate::fromString(value, Qt::ISODate).isValid())
            return u"%1 needs a date written YYYY-MM-DD, not \"%2\"."_s.arg(subject, value);
        return {};
    }
    case ValueType::Integer: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || (minimum && number < *minimum) || (maximum && number > *maximum))
            return u"%1 needs a whole number%2, not \"%3\"."_s.arg(subject, rangeText(*this), value);
        return {};
    }
    case ValueType::Choice:
        if (!choices.contains(value))
            return u"%1 takes %2, not \"%3\"."_s.arg(subject, orList(choices), value);
        return {};
    }
    return {};
}

QString ValueRule::describe() const
{
    switch (type) {
    case ValueType::Text:
        return acceptsDescription;
    case ValueType::Date:
        return u"a date, YYYY-MM-DD"_s;
    case ValueType::Integer:
        return u"a whole number"_s + rangeText(*this);
    case ValueType::Choice:
        return u"one of: %1"_s.arg(choices.join(u", "_s));
    }
    return {};
}

Positional Positional::optional() const
{
    Positional copy = *this;
    copy.count = Count::Optional;
    return copy;
}

Positional Positional::oneOrMore() const
{
    Positional copy = *this;
    copy.count = Count::OneOrMore;
    return copy;
}

Option Option::required() const
{
    Option copy = *this;
    copy.isRequired = true;
    return copy;
}

Option Option::repeatable() const
{
    Option copy = *this;
    copy.isRepeatable = true;
    return copy;
}

Positional positional(QStringView name, QStringView description)
{
    Positional positional;
    positional.name = name.toString();
    positional.description = description.toString();
    return positional;
}

Option option(QStringView name, QStringView placeholder, QStringView description)
{
    Option option;
    option.name = name.toString();
    option.placeholder = placeholder.toString();
    option.description = description.toString();
    return option;
}

Option flag(QStringView name, QStringView description)
{
    Option flag = option(name, {}, description);
    flag.isFlag = true;
    return flag;
}

Option dateOption(QStringView name, QStringView description)
{
    return option(name, u"DATE", description).date();
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const QStringList all = values(name);
    return all.isEmpty() ? fallback : all.last();
}

QStringList Args::values(const QString &name) const
{
    const auto option = options.constFind(name);
    return option != options.cend() ? option.value() : named.value(name);
}

QDate Args::date(const QString &name) const
{
    return has(name) ? QDate::fromString(value(name), Qt::ISODate) : QDate();
}

qint64 Args::integer(const QString &name, qint64 fallback) const
{
    return has(name) ? value(name).toLongLong() : fallback;
}

QString usageLine(const QStringList &path, const Command &command)
{
    QStringList parts = path;
    if (!command.subcommands.isEmpty() && !command.run) {
        QStringList names;
        for (const Command &sub : command.subcommands)
            names << sub.name;
        parts << names.join(u'|') << u"…"_s;
        return parts.join(u' ');
    }
    for (const Positional &positional : command.positionals)
        parts << positionalUsage(positional);
    for (const Option &option : command.options)
        parts << optionUsage(option);
    if (command.printsJson)
        parts << u"[--json]"_s;
    return parts.join(u' ');
}

void printGlobalUsage(QTextStream &stream)
{
    stream << "Usage: sagstjek-cli [--db FILE] [--user NAME] [--lang da|en] COMMAND [ARGS] [--json]\n\nCommands:\n";
    QList<std::pair<QStringList, const Command *>> leaves;
    for (const Command &command : commands())
        collectLeaves({command.name}, command, leaves);
    printCommandList(stream, leaves);
    stream << "\nRun \"sagstjek-cli COMMAND --help\" for a command's arguments and options.\n"
              "Exit codes: 0 success, 1 usage error, 2 invalid input (nothing was changed), 3 database or file "
              "error.\n";
    stream.flush();
}

void printHelp(QTextStream &stream, const QStringList &path, const Command &command)
{
    stream << "Usage: sagstjek-cli " << usageLine(path, command) << "\n\n" << command.summary << "\n";
    if (!command.description.isEmpty())
        stream << command.description << "\n";
    if (!command.subcommands.isEmpty() && !command.run) {
        stream << "\nCommands:\n";
        QList<std::pair<QStringList, const Command *>> leaves;
        collectLeaves(path, command, leaves);
        printCommandList(stream, leaves);
        stream << "\nRun \"sagstjek-cli " << path.join(u' ')
               << " COMMAND --help\" for a command's arguments and options.\n";
        stream.flush();
        return;
    }
    if (!command.positionals.isEmpty()) {
        stream << "\nArguments:\n";
        QList<std::pair<QString, QString>> rows;
        for (const Positional &positional : command.positionals) {
            QString description = withType(positional.description, positional.rule);
            if (positional.count == Positional::Count::Optional)
                description += u" Optional."_s;
            else if (positional.count == Positional::Count::OneOrMore)
                description += u" One or more."_s;
            rows.append({positionalUsage(positional), description});
        }
        printTable(stream, rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const Option &option : command.options) {
        QString left = option.name;
        if (!option.isFlag)
            left += u' ' + (option.placeholder.isEmpty() ? option.rule.choices.join(u'|') : option.placeholder);
        QString description = withType(option.description, option.rule);
        if (option.isRequired)
            description += u" Required."_s;
        if (option.isRepeatable)
            description += u" May be given more than once."_s;
        rows.append({left, description});
    }
    if (command.printsJson)
        rows.append({u"--json"_s, u"Print the result as JSON."_s});
    if (!rows.isEmpty()) {
        stream << "\nOptions:\n";
        printTable(stream, rows);
    }
    if (!command.subcommands.isEmpty()) {
        stream << "\nAlso:\n";
        QList<std::pair<QStringList, const Command *>> leaves;
        for (const Command &sub : command.subcommands)
            collectLeaves(path + QStringList{sub.name}, sub, leaves);
        printCommandList(stream, leaves);
    }
    stream << "\nGlobal options, anywhere on the line: --db FILE, --user NAME, --lang da|en.\n";
    if (command.database != DatabaseUse::None)
        stream << (command.database == DatabaseUse::CreateIfMissing
                       ? "Uses the database (--db), creating it when it does not exist."
                       : "Uses the database (--db).");
    if (command.permission)
        stream << " Needs the right to " << AccessPolicy::permissionText(*command.permission) << ".";
    if (command.database != DatabaseUse::None || command.permission)
        stream << "\n";
    stream.flush();
}

QString parseArguments(const Command &command, const QStringList &words, Args &args)
{
    QStringList positional;
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!isOptionLike(word)) {
            positional << word;
            continue;
        }
        const Option *option = findOption(command, word);
        if (!option)
            return u"Unknown option %1."_s.arg(word);
        if (option->isFlag) {
            args.options.insert(word, {});
            continue;
        }
        if (i + 1 >= words.size())
            return u"%1 needs a value."_s.arg(word);
        const QString &value = words.at(++i);
        if (args.options.contains(word) && !option->isRepeatable)
            return u"%1 is given more than once; give it once."_s.arg(word);
        if (const QString problem = option->rule.problem(word, value); !problem.isEmpty())
            return problem;
        args.options[word].append(value);
    }
    for (const Option &option : command.options)
        if (option.isRequired && !args.options.contains(option.name))
            return u"%1 is missing: give %1 %2."_s.arg(option.name, option.placeholder);

    qsizetype next = 0;
    for (qsizetype p = 0; p < command.positionals.size(); ++p) {
        const Positional &declared = command.positionals.at(p);
        qsizetype neededAfter = 0; // required positionals that follow this one
        for (qsizetype later = p + 1; later < command.positionals.size(); ++later)
            if (command.positionals.at(later).count != Positional::Count::Optional)
                ++neededAfter;
        // Required ones fill from the left (so the message names the first one missing); an optional one, or
        // a second value of a repeatable one, only takes what the required ones after it leave.
        const qsizetype left = positional.size() - next;
        qsizetype take = 0;
        switch (declared.count) {
        case Positional::Count::One:
            take = std::min<qsizetype>(left, 1);
            break;
        case Positional::Count::Optional:
            take = left > neededAfter ? 1 : 0;
            break;
        case Positional::Count::OneOrMore:
            take = std::min(left, std::max<qsizetype>(left - neededAfter, 1));
            break;
        }
        if (take == 0 && declared.count != Positional::Count::Optional)
            return u"%1 is missing."_s.arg(declared.name);
        const QStringList values = positional.mid(next, take);
        for (const QString &value : values)
            if (const QString problem = declared.rule.problem(declared.name, value); !problem.isEmpty())
                return problem;
        if (!values.isEmpty())
            args.named.insert(declared.name, values);
        next += take;
    }
    if (next < positional.size())
        return u"Unexpected argument \"%1\"."_s.arg(positional.at(next));
    args.positional = positional;
    return {};
}

int dispatch(Context &context, QStringList words, bool help)
{
    if (words.isEmpty()) {
        printGlobalUsage(help ? context.out : context.err);
        return help ? Success : UsageError;
    }
    const QList<Command> *table = &commands();
    const Command *command = nullptr;
    const Command *group = nullptr;
    QStringList path;
    for (;;) {
        const QString name = words.takeFirst();
        command = findCommand(*table, name);
        if (!command) {
            if (path.isEmpty()) {
                context.err << "Unknown command \"" << name << "\".\n";
                printGlobalUsage(context.err);
            } else {
                context.err << "Unknown " << path.join(u' ') << " command \"" << name << "\".\n";
                printHelp(context.err, path, *group);
            }
            return UsageError;
        }
        path << name;
        if (command->subcommands.isEmpty())
            break;
        // A group with a handler of its own runs it unless a subcommand is named.
        if (command->run && (words.isEmpty() || !findCommand(command->subcommands, words.first())))
            break;
        if (words.isEmpty() || isOptionLike(words.first())) {
            // A group alone: its usage (asked for, or as the usage error it is).
            printHelp(help ? context.out : context.err, path, *command);
            return help ? Success : UsageError;
        }
        group = command;
        table = &command->subcommands;
    }
    if (help) {
        printHelp(context.out, path, *command);
        return Success;
    }
    context.usage = u"Usage: sagstjek-cli %1\nRun \"sagstjek-cli %2 --help\" for details."_s.arg(
        usageLine(path, *command), path.join(u' '));
    if (const QString problem = parseArguments(*command, words, context.args); !problem.isEmpty())
        return context.usageError(problem);
    context.databaseDeclared = command->database != DatabaseUse::None;
    if (context.databaseDeclared) {
        const Database *db =
            context.database(command->database == DatabaseUse::CreateIfMissing ? Database::OpenMode::CreateIfMissing
                                                                               : Database::OpenMode::OpenExisting);
        if (!db)
            return context.exitOverride >= 0 ? context.exitOverride : DatabaseError;
        if (command->permission)
            if (auto allowed = context.policy()->require(*command->permission); !allowed)
                return context.fail(allowed.error());
    }
    const int code = command->run(context);
    if (context.databaseDeclared)
        context.dailyBackupAfterCommand();
    return context.exitOverride >= 0 ? context.exitOverride : code;
}

} // namespace sagstjek::cli
