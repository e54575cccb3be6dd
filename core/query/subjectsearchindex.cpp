#include "subjectsearchindex.h"

#include "store/sql/sqlerror.h"
#include "store/sql/sqlstatement.h"
#include "store/store.h"

#include <sqlite3.h>

namespace redline {

namespace {

// External-content FTS5 over the compact table, so the text is stored once; the trigram tokenizer makes
// every phrase query a case-insensitive substring match.
const char kCreate[] = R"sql(
CREATE TABLE IF NOT EXISTS subject_search_text(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, handle TEXT NOT NULL,
                                               name TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS subject_search USING fts5(handle, name, content='subject_search_text',
                                                             content_rowid='id', tokenize='trigram');
INSERT INTO subject_search_text(id, kind, handle, name) SELECT id, kind, handle, name FROM subjects;
INSERT INTO subject_search(subject_search) VALUES('rebuild');
CREATE TRIGGER subject_search_insert AFTER INSERT ON subjects BEGIN
  INSERT INTO subject_search_text(id, kind, handle, name) VALUES(new.id, new.kind, new.handle, new.name);
  INSERT INTO subject_search(rowid, handle, name) VALUES(new.id, new.handle, new.name);
END;
CREATE TRIGGER subject_search_update AFTER UPDATE OF kind, handle, name ON subjects BEGIN
  INSERT INTO subject_search(subject_search, rowid, handle, name) VALUES('delete', old.id, old.handle, old.name);
  UPDATE subject_search_text SET kind = new.kind, handle = new.handle, name = new.name WHERE id = new.id;
  INSERT INTO subject_search(rowid, handle, name) VALUES(new.id, new.handle, new.name);
END;
CREATE TRIGGER subject_search_delete AFTER DELETE ON subjects BEGIN
  INSERT INTO subject_search(subject_search, rowid, handle, name) VALUES('delete', old.id, old.handle, old.name);
  DELETE FROM subject_search_text WHERE id = old.id;
END;
)sql";

const char kTemporary[] = "CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY);"
                          "CREATE TEMP TABLE IF NOT EXISTS search_state(key TEXT NOT NULL, listed INTEGER NOT NULL, "
                          "hits INTEGER NOT NULL)";

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 phrase: the text in double quotes, inner quotes doubled; the column filter limits it to both.
QString phraseQuery(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("{handle name}: \"%1\"").arg(quoted);
}

} // namespace

SubjectSearchIndex::SubjectSearchIndex(const Store &store)
    : m_store(store)
    , m_db(store.handle())
{
}

bool SubjectSearchIndex::exists() const
{
    SqlStatement query(m_db, "SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = 'subject_search_insert'");
    return query.isValid() && query.next();
}

bool SubjectSearchIndex::ensure(const Store &store, StoreError *error)
{
    if (store.isReadOnly() || SubjectSearchIndex(store).exists())
        return true;
    const QString doing = tr("index subject names for search");
    sqlite3 *db = store.handle();
    if (!SqlError::exec(db, "BEGIN IMMEDIATE", error, store.path(), doing))
        return false;
    if (!SqlError::exec(db, kCreate, error, store.path(), doing) || !SqlError::exec(db, "COMMIT", error, store.path(), doing)) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

bool SubjectSearchIndex::ensureTemporaryTables(StoreError *error) const
{
    return SqlError::exec(m_db, kTemporary, error, m_store.path(), tr("search subjects"));
}

qint64 SubjectSearchIndex::listedCount() const
{
    SqlStatement query(m_db, "SELECT hits FROM temp.search_state");
    return query.isValid() && query.next() ? query.int64(0) : 0;
}

SubjectSearchIndex::Hits SubjectSearchIndex::prepare(SubjectKind kind, const QString &text, StoreError *error) const
{
    if (!exists())
        return Hits::Unavailable;
    StoreError tempError;
    if (!ensureTemporaryTables(&tempError))
        return Hits::Unavailable; // e.g. no temp storage: the caller scans instead
    // New subjects change the answer: the key names the newest subject id as well as the search.
    SqlStatement newest(m_db, "SELECT ifnull(max(id), 0) FROM subjects");
    if (!newest.isValid() || !newest.next()) {
        SqlError::fail(error, m_db, m_store.path(), tr("search subjects"));
        return Hits::Unavailable;
    }
    const QString key = QStringLiteral("%1\x1f%2\x1f%3").arg(int(kind)).arg(newest.int64(0)).arg(text);
    {
        SqlStatement state(m_db, "SELECT key, listed FROM temp.search_state");
        if (state.isValid() && state.next() && state.text(0) == key)
            return state.integer(1) ? Hits::Listed : Hits::TooMany;
    }
    if (!fill(kind, text, error))
        return Hits::Unavailable;
    const qint64 hits = sqlite3_changes64(m_db);
    const bool listed = hits <= kHitCap;
    SqlStatement save(m_db, "INSERT INTO temp.search_state(key, listed, hits) VALUES(?1, ?2, ?3)");
    SqlError::exec(m_db, "DELETE FROM temp.search_state", error, m_store.path(), tr("search subjects"));
    save.bind(1, key);
    save.bind(2, listed ? 1 : 0);
    save.bind(3, hits);
    if (!save.exec()) {
        SqlError::fail(error, m_db, m_store.path(), tr("search subjects"));
        return Hits::Unavailable;
    }
    return listed ? Hits::Listed : Hits::TooMany;
}

bool SubjectSearchIndex::fill(SubjectKind kind, const QString &text, StoreError *error) const
{
    if (!SqlError::exec(m_db, "DELETE FROM temp.search_hits", error, m_store.path(), tr("search subjects")))
        return false;
    // Three characters make a trigram: the index answers. Shorter text scans the compact table (the
    // trigram index cannot match it), which is a tenth of the subjects table's size.
    const bool indexed = text.toUcs4().size() >= 3;
    SqlStatement fill(m_db, indexed
                                ? "INSERT INTO temp.search_hits(id) SELECT t.id FROM subject_search f "
                                  "JOIN subject_search_text t ON t.id = f.rowid "
                                  "WHERE subject_search MATCH ?1 AND t.kind = ?2 LIMIT ?3"
                                : "INSERT INTO temp.search_hits(id) SELECT id FROM subject_search_text "
                                  "WHERE kind = ?2 AND (handle LIKE ?1 ESCAPE '\\' OR name LIKE ?1 ESCAPE '\\') LIMIT ?3");
    if (!fill.isValid())
        return SqlError::fail(error, m_db, m_store.path(), tr("search subjects"));
    fill.bind(1, indexed ? phraseQuery(text) : likePattern(text));
    fill.bind(2, int(kind));
    fill.bind(3, kHitCap + 1);
    if (!fill.exec())
        return SqlError::fail(error, m_db, m_store.path(), tr("search subjects"));
    return true;
}

} // namespace redline
