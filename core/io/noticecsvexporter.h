#pragma once

#include "base/storeerror.h"
#include "query/noticequery.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace redline {

class Store;

// The notices an outbox filter lists, newest first, one CSV row each (RFC 4180): at, subject,
// subject_name, template, language, ref, by, text (the whole notice, its line breaks kept inside quotes).
class NoticeCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCsvExporter)
public:
    explicit NoticeCsvExporter(const Store &store);
    bool write(const NoticeFilter &filter, QIODevice &out, StoreError *error);
    qint64 written() const { return m_written; }
    static QStringList header();

private:
    const Store &m_store;
    qint64 m_written = 0;
};

} // namespace redline
