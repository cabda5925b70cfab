#pragma once

#include <QDialog>

class QTextBrowser;

namespace sagstjek {

// Help ▸ User guide: the short guide shipped in the app's resources (resources/guide, Danish with screenshots,
// English in short), shown in a browser with its own links and Back. Not modal: it can stay open beside the work.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    // `language` is "da" or "en".
    explicit GuideDialog(const QString &language, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's resource for `language` (the Danish one for anything but "en").
    static QString resourcePath(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace sagstjek
