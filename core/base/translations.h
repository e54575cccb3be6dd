#pragma once

class QCoreApplication;

namespace redline {

// The console's and redline-cli's messages in the user's language (the locale, e.g. LANG=zh_CN.UTF-8),
// from the translations compiled into redline_core under :/i18n, with Qt's own for its dialogs and
// command-line help. Any locale without a translation of its own reads English, whose file carries the
// plural forms. Results (JSON, CSV, ids) never depend on it (docs/architecture.md "Installing").
class Translations
{
public:
    static void install(QCoreApplication &app);
};

} // namespace redline
