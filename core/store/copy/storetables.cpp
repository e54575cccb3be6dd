#include "storetables.h"

namespace redline {

namespace {

constexpr StoreColumn::Type I = StoreColumn::Type::Integer;
constexpr StoreColumn::Type T = StoreColumn::Type::Text;
constexpr StoreColumn::Type B = StoreColumn::Type::Blob;

} // namespace

// Schema version 8 (core/store/schema/schema.cpp; resources/pg/schema.sql). A column added by a later
// version must be added here, or a copy would drop it: tst_pgstore compares these lists with a new SQLite
// store's columns.
const QVector<StoreTable> &StoreTables::all()
{
    static const QVector<StoreTable> tables{
        {"meta", {{"key", T}, {"value", T}}, "key", nullptr},
        {"users", {{"name", T}, {"role", T}, {"since", I}, {"disabled", I}, {"password_hash", T}}, "name", nullptr},
        {"subjects", {{"id", I}, {"handle", T}, {"kind", I}, {"name", T}, {"at", I}, {"attrs", T}}, "id", "id"},
        {"events",
         {{"seq", I}, {"type", I}, {"subject_id", I}, {"at", I}, {"ext_id", T}, {"ref_seq", I}, {"by", T}, {"code", T},
          {"points", I}, {"severity", I}, {"source", I}, {"action", I}, {"outcome", I}, {"counterparty_id", I},
          {"campaign_seq", I}, {"amount", I}, {"text", T}, {"name", T}, {"role", T}, {"attrs", T}, {"digest", I},
          {"recorded_at", I}, {"recorded_by", T}},
         "seq", "seq"},
        {"audit",
         {{"id", I}, {"at", I}, {"actor", T}, {"action", T}, {"subject", T}, {"first_seq", I}, {"last_seq", I},
          {"events_hash", B}, {"detail", T}, {"prev_hash", B}, {"hash", B}, {"format", I}},
         "id", nullptr},
        {"policy_versions",
         {{"id", I}, {"name", T}, {"json", T}, {"author", T}, {"created_at", I}, {"note", T}}, "id", "id"},
        {"policy_activations",
         {{"id", I}, {"version_id", I}, {"effective_at", I}, {"recorded_at", I}, {"by", T}}, "id", "id"},
        {"findings",
         {{"id", I}, {"post_seq", I}, {"subject_id", I}, {"at", I}, {"rule", T}, {"category", T}, {"span_start", I},
          {"span_end", I}, {"match", T}, {"code", T}},
         "id", "id"},
        {"triage",
         {{"item_seq", I}, {"subject_id", I}, {"at", I}, {"source", I}, {"code", T}, {"state", I}, {"by", T},
          {"since", I}, {"violation", T}, {"reason", T}},
         "item_seq", nullptr},
        {"state",
         {{"subject_id", I}, {"kind", I}, {"score", I}, {"max", I}, {"band", I}, {"restrictions", T}, {"ladder", I},
          {"last_violation_at", I}, {"mcn_id", I}, {"certified", I}, {"deposit", I}, {"next_change", I},
          {"computed_at", I}, {"score_since", I}},
         "subject_id", nullptr},
    };
    return tables;
}

QByteArray StoreTables::columnList(const StoreTable &table)
{
    QByteArray out;
    for (const StoreColumn &column : table.columns) {
        if (!out.isEmpty())
            out += ", ";
        out += column.name;
    }
    return out;
}

} // namespace redline
