#include "permission.h"

namespace redline {

namespace {

struct Row {
    Permission permission;
    const char *id;
    QVector<Role> roles;
};

const QVector<Row> &matrix()
{
    using R = Role;
    static const QVector<Row> rows{
        {Permission::RecordViolation, "record_violation", {R::Moderator, R::SeniorModerator}},
        {Permission::RetractViolation, "retract_violation", {R::Moderator, R::SeniorModerator}},
        {Permission::FileAppeal, "file_appeal", {R::Moderator, R::SeniorModerator}},
        {Permission::DecideAppeal, "decide_appeal", {R::SeniorModerator}},
        {Permission::RecordExam, "record_exam", {R::Moderator, R::SeniorModerator}},
        {Permission::AddNote, "add_note", {R::Moderator, R::SeniorModerator, R::Compliance}},
        {Permission::RecordMetrics, "record_metrics", {R::Moderator, R::SeniorModerator}},
        {Permission::RegisterSubject, "register_subject", {R::SeniorModerator, R::Compliance}},
        {Permission::Deposit, "deposit", {R::Compliance}},
        {Permission::Certification, "certification", {R::Compliance}},
        {Permission::Contract, "contract", {R::Compliance}},
        {Permission::BanBrand, "ban_brand", {R::SeniorModerator}},
        {Permission::StartCampaign, "start_campaign", {R::SeniorModerator}},
        {Permission::ManageUsers, "manage_users", {R::PolicyAdmin}},
        {Permission::ChangePolicy, "change_policy", {R::PolicyAdmin}},
        {Permission::Generate, "generate", {R::PolicyAdmin}},
        {Permission::ImportAny, "import_any", {R::PolicyAdmin}},
        {Permission::Triage, "triage", {R::Moderator, R::SeniorModerator}},
        {Permission::RemovePost, "remove_post", {R::Moderator, R::SeniorModerator}},
    };
    return rows;
}

const Row &rowOf(Permission permission)
{
    return matrix().at(int(permission));
}

} // namespace

const QVector<Permission> &PermissionMatrix::all()
{
    static const QVector<Permission> permissions = [] {
        QVector<Permission> out;
        for (const Row &row : matrix())
            out.append(row.permission);
        return out;
    }();
    return permissions;
}

bool PermissionMatrix::allows(Role role, Permission permission)
{
    return rowOf(permission).roles.contains(role);
}

QVector<Role> PermissionMatrix::rolesFor(Permission permission)
{
    return rowOf(permission).roles;
}

Permission PermissionMatrix::forEvent(EventType type)
{
    switch (type) {
    case EventType::Subject: return Permission::RegisterSubject;
    case EventType::Violation: return Permission::RecordViolation;
    case EventType::Appeal: return Permission::FileAppeal;
    case EventType::Decision: return Permission::DecideAppeal;
    case EventType::Retraction: return Permission::RetractViolation;
    case EventType::Exam: return Permission::RecordExam;
    case EventType::Deposit: return Permission::Deposit;
    case EventType::Certification: return Permission::Certification;
    case EventType::Contract: return Permission::Contract;
    case EventType::Metrics: return Permission::RecordMetrics;
    case EventType::Note: return Permission::AddNote;
    case EventType::Ban: return Permission::BanBrand;
    case EventType::Campaign: return Permission::StartCampaign;
    case EventType::User: return Permission::ManageUsers;
    // A notice is sent by the action that causes it; Actions::authorizeEvent judges an imported `notice`
    // line by its template's action (NoticeTemplates::sentBy).
    case EventType::Notice: return Permission::RecordViolation;
    // Posts are content data, like a metrics snapshot; a qualification is a document on file, kept by
    // compliance like an MCN's certification (docs/roles.md).
    case EventType::Post: return Permission::RecordMetrics;
    case EventType::Qualification: return Permission::Certification;
    // A verified report arrives from the platform's report pipeline, content data like a post.
    case EventType::Report: return Permission::RecordMetrics;
    case EventType::Triage: return Permission::Triage;
    case EventType::Removal: return Permission::RemovePost;
    }
    return Permission::ManageUsers;
}

QString PermissionMatrix::id(Permission permission)
{
    return QString::fromLatin1(rowOf(permission).id);
}

QString PermissionMatrix::label(Permission permission)
{
    switch (permission) {
    case Permission::RecordViolation: return tr("record violations");
    case Permission::RetractViolation: return tr("retract violations");
    case Permission::FileAppeal: return tr("file appeals");
    case Permission::DecideAppeal: return tr("decide appeals");
    case Permission::RecordExam: return tr("record exams");
    case Permission::AddNote: return tr("add case notes");
    case Permission::RecordMetrics: return tr("record content-health metrics");
    case Permission::RegisterSubject: return tr("register subjects");
    case Permission::Deposit: return tr("pay, deduct or refund deposits");
    case Permission::Certification: return tr("grant or revoke certifications");
    case Permission::Contract: return tr("start or end contracts");
    case Permission::BanBrand: return tr("ban brands");
    case Permission::StartCampaign: return tr("start campaigns");
    case Permission::ManageUsers: return tr("manage users");
    case Permission::ChangePolicy: return tr("change the policy");
    case Permission::Generate: return tr("generate synthetic data");
    case Permission::ImportAny: return tr("import any event (a history load)");
    case Permission::Triage: return tr("claim, dismiss or confirm triage items");
    case Permission::RemovePost: return tr("remove or restore posts");
    }
    return QString();
}

} // namespace redline
