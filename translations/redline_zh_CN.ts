<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionPreview</name>
    <message>
        <source>an MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>a brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>a creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>field subject: no subject &quot;%1&quot; in the store</source>
        <translation>字段 subject：数据库中没有主体“%1”</translation>
    </message>
    <message>
        <source>field %1: no %2 &quot;%3&quot; in the ledger of %4</source>
        <translation>字段 %1：%4 的台账中没有%2“%3”</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>field action: &quot;%1&quot; is not one of %2</source>
        <translation>字段 action：“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>field type: a %1 event has no consequences to preview</source>
        <translation>字段 type：%1 事件没有可预览的后果</translation>
    </message>
    <message>
        <source>field code: &quot;%1&quot; is not a violation code for %2</source>
        <translation>字段 code：“%1”不是%2的违规类型代码</translation>
    </message>
    <message>
        <source>field points: %1 is outside the range %2..%3 of %4 (R-L2)</source>
        <translation>字段 points：%1 超出 %4 的范围 %2..%3（R-L2）</translation>
    </message>
    <message>
        <source>read the subjects</source>
        <translation>读取主体</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>not signed in: to %1 in this store, sign in as a user whose role allows it (%2)</source>
        <translation>未登录：要在此数据库中%1，请以有此权限的角色的用户登录（%2）</translation>
    </message>
    <message>
        <source>not permitted: %1 is %2 and may not %3 (needs %4)</source>
        <translation>无权限：%1 的角色是 %2，不能%3（需要 %4）</translation>
    </message>
    <message>
        <source>field %1: no %1 &quot;%2&quot; in the store</source>
        <translation>字段 %1：数据库中没有 %1“%2”</translation>
    </message>
    <message>
        <source>user name &quot;%1&quot; is not valid (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>用户名“%1”无效（1 至 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>user %1 already exists (change a role with `user role`)</source>
        <translation>用户 %1 已存在（用 `user role` 更改角色）</translation>
    </message>
    <message>
        <source>password for %1: %2</source>
        <translation>%1 的密码：%2</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <source>not signed in: importing into this store needs a signed-in user whose role may take every line</source>
        <translation>未登录：向此数据库导入需要一位已登录、其角色可执行每一行操作的用户</translation>
    </message>
    <message>
        <source>not signed in: this store now has passwords; sign in to %1</source>
        <translation>未登录：此数据库现已设置密码；请登录后再%1</translation>
    </message>
    <message>
        <source>policy name &quot;%1&quot; is not valid (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>规则版本名“%1”无效（1 至 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>a policy version named %1 already exists</source>
        <translation>已存在名为 %1 的规则版本</translation>
    </message>
</context>
<context>
    <name>AppealQuery</name>
    <message>
        <source>read the appeals</source>
        <translation>读取申诉</translation>
    </message>
    <message>
        <source>count the pending appeals</source>
        <translation>统计待处理的申诉</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>append to the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>%1: audit log row %2 (%3 by %4 at %5)</source>
        <translation>%1：审计日志第 %2 行（%4 于 %5 执行%3）</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>%1: audit log row %2 is missing (the next row is %3): a row was deleted</source>
        <translation>%1：审计日志缺少第 %2 行（下一行为 %3）：有行被删除</translation>
    </message>
    <message>
        <source>%1: the chain is broken: its previous-row hash does not match row %2</source>
        <translation>%1：哈希链断裂：其前一行哈希与第 %2 行不符</translation>
    </message>
    <message>
        <source>%1: the row was edited: its hash does not match its content</source>
        <translation>%1：该行被修改：哈希与内容不符</translation>
    </message>
    <message>
        <source>verify cancelled</source>
        <translation>校验已取消</translation>
    </message>
    <message>
        <source>%1: the audit log ends at row %2 but its recorded head is another row: the last rows were deleted</source>
        <translation>%1：审计日志止于第 %2 行，但记录的链头是另一行：末尾若干行被删除</translation>
    </message>
    <message>
        <source>%1: covers ledger events %2..%3 where %4 was expected next</source>
        <translation>%1：覆盖台账事件 %2..%3，而下一个应为 %4</translation>
    </message>
    <message>
        <source>%1: ledger event %2 is missing: it was deleted</source>
        <translation>%1：缺少台账事件 %2：已被删除</translation>
    </message>
    <message>
        <source>%1: ledger events %2..%3 do not match what was recorded: an event was edited</source>
        <translation>%1：台账事件 %2..%3 与记录不符：有事件被修改</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>读取台账</translation>
    </message>
    <message>
        <source>%1: ledger events %2..%3 are not in the audit log: they were added outside Redline</source>
        <translation>%1：台账事件 %2..%3 不在审计日志中：它们是在 Redline 之外添加的</translation>
    </message>
    <message>
        <source>%1: the stored policy is missing</source>
        <translation>%1：缺少已存储的规则</translation>
    </message>
    <message>
        <source>%1: the stored policy is not the one the audit log recorded: it was changed outside Redline</source>
        <translation>%1：已存储的规则与审计日志记录的不一致：它在 Redline 之外被修改</translation>
    </message>
    <message>
        <source>check the audit log before writing</source>
        <translation>写入前检查审计日志</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written (run `redline-cli verify` for the details)</source>
        <translation>%1：%2；未写入任何内容（运行 `redline-cli verify` 查看详情）</translation>
    </message>
    <message>
        <source>the audit log&apos;s last row %1 is not its recorded head: rows were deleted or edited</source>
        <translation>审计日志的最后一行 %1 不是记录的链头：有行被删除或修改</translation>
    </message>
    <message>
        <source>the audit log is empty but has a recorded head: its rows were deleted</source>
        <translation>审计日志为空却有记录的链头：其中的行已被删除</translation>
    </message>
    <message>
        <source>ledger events %1..%2 recorded in the audit log are missing: they were deleted</source>
        <translation>审计日志记录的台账事件 %1..%2 缺失：已被删除</translation>
    </message>
    <message>
        <source>ledger events %1..%2 are not in the audit log: they were added outside Redline</source>
        <translation>台账事件 %1..%2 不在审计日志中：是在 Redline 之外添加的</translation>
    </message>
    <message>
        <source>the stored policy is not the one the audit log recorded: it was changed outside Redline</source>
        <translation>数据库的规则不是审计日志记录的那一份：已在 Redline 之外被修改</translation>
    </message>
    <message>
        <source>read the policy versions</source>
        <translation>读取规则版本</translation>
    </message>
    <message>
        <source>%1: policy version %2 is not the one the audit log recorded: it was changed outside Redline</source>
        <translation>%1：规则版本 %2 与审计日志记录的不一致：已在 Redline 之外被修改</translation>
    </message>
    <message>
        <source>%1: the policy versions do not match the audit log: they were changed outside Redline</source>
        <translation>%1：规则版本与审计日志不一致：已在 Redline 之外被修改</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>%1 paid %2 into %3&apos;s deposit</source>
        <translation>%1 向 %3 的保证金缴纳了 %2</translation>
    </message>
    <message>
        <source>%1 deducted %2 from %3&apos;s deposit</source>
        <translation>%1 从 %3 的保证金中扣除了 %2</translation>
    </message>
    <message>
        <source>%1 refunded %2 of %3&apos;s deposit</source>
        <translation>%1 退还了 %3 的保证金 %2</translation>
    </message>
    <message>
        <source>%1 disabled user %2 (%3)</source>
        <translation>%1 停用了用户 %2（%3）</translation>
    </message>
    <message>
        <source>%1 set user %2&apos;s role to %3</source>
        <translation>%1 将用户 %2 的角色设为%3</translation>
    </message>
    <message>
        <source>%1 recorded %2 (%3, −%4) on %5</source>
        <translation>%1 对 %5 记录了 %2（%3，−%4）</translation>
    </message>
    <message>
        <source>%1 overturned appeal %2</source>
        <translation>%1 裁定申诉 %2：推翻原违规</translation>
    </message>
    <message>
        <source>%1 upheld appeal %2</source>
        <translation>%1 裁定申诉 %2：维持原违规</translation>
    </message>
    <message>
        <source>%1 filed appeal %2 against %3 for %4</source>
        <translation>%1 代 %4 就 %3 提交了申诉 %2</translation>
    </message>
    <message>
        <source>%1 retracted violation %2 on %3</source>
        <translation>%1 撤回了对 %3 的违规 %2</translation>
    </message>
    <message>
        <source>%1 recorded a passed exam for %2</source>
        <translation>%1 记录了 %2 通过社区规范考试</translation>
    </message>
    <message>
        <source>%1 granted %2 its certification</source>
        <translation>%1 授予 %2 商业认证</translation>
    </message>
    <message>
        <source>%1 revoked %2&apos;s certification</source>
        <translation>%1 撤销了 %2 的商业认证</translation>
    </message>
    <message>
        <source>%1 started %2&apos;s contract with %3</source>
        <translation>%1 登记了 %2 与 %3 签约</translation>
    </message>
    <message>
        <source>%1 ended %2&apos;s contract with %3</source>
        <translation>%1 登记了 %2 与 %3 解约</translation>
    </message>
    <message>
        <source>%1 added a note on %2</source>
        <translation>%1 为 %2 添加了案件备注</translation>
    </message>
    <message>
        <source>%1 banned brand %2</source>
        <translation>%1 封禁了品牌 %2</translation>
    </message>
    <message>
        <source>%1 recorded content-health metrics for %2</source>
        <translation>%1 记录了 %2 的内容健康指标</translation>
    </message>
    <message>
        <source>%1 registered %2</source>
        <translation>%1 登记了 %2</translation>
    </message>
    <message>
        <source>%1 started campaign %2</source>
        <translation>%1 发起了专项治理 %2</translation>
    </message>
    <message>
        <source>%1 recorded a %2 event</source>
        <translation>%1 记录了一条 %2 事件</translation>
    </message>
    <message>
        <source>%1 created the store with policy %2 version %3</source>
        <translation>%1 创建了数据库，规则为 %2 第 %3 版</translation>
    </message>
    <message>
        <source>%1 replaced the policy with %2 version %3</source>
        <translation>%1 将规则替换为 %2 第 %3 版</translation>
    </message>
    <message>
        <source>%1 set the password of user %2</source>
        <translation>%1 设置了用户 %2 的密码</translation>
    </message>
    <message numerus="yes">
        <source>%1: import of %n event(s) from %2</source>
        <translation>
            <numerusform>%1：从 %2 导入 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n synthetic event(s) generated (seed %2)</source>
        <translation>
            <numerusform>%1：生成了 %n 个合成事件（种子 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) written (%2)</source>
        <translation>
            <numerusform>%1：写入了 %n 个事件（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added user %2 as %3, with a password</source>
        <translation>%1 添加了用户 %2（%3），并设置了密码</translation>
    </message>
    <message>
        <source>%1 added user %2 as %3</source>
        <translation>%1 添加了用户 %2（%3）</translation>
    </message>
    <message>
        <source>%1 enabled user %2 (%3)</source>
        <translation>%1 启用了用户 %2（%3）</translation>
    </message>
    <message>
        <source>%1 sent notice %2 to %3</source>
        <translation>%1 向 %3 发送了通知 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n notice(s) sent</source>
        <translation>
            <numerusform>%1；已发送 %n 条通知</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added policy version %2 (%3 version %4)</source>
        <translation>%1 新增规则版本 %2（%3 第 %4 版）</translation>
    </message>
    <message>
        <source>%1 activated policy version %2 from %3 (backdated)</source>
        <translation>%1 启用规则版本 %2，自 %3 起生效（追溯）</translation>
    </message>
    <message>
        <source>%1 activated policy version %2 from %3</source>
        <translation>%1 启用规则版本 %2，自 %3 起生效</translation>
    </message>
    <message>
        <source>%1 recorded %2 (%3, −%4) on %5, confirming triage item %6</source>
        <translation>%1 对 %5 记录了 %2（%3，−%4），确认分诊条目 %6</translation>
    </message>
    <message>
        <source>%1 recorded user report %2 on %3</source>
        <translation>%1 记录了针对 %3 的用户举报 %2</translation>
    </message>
    <message>
        <source>%1 claimed triage item %2 (%3)</source>
        <translation>%1 认领了分诊条目 %2（%3）</translation>
    </message>
    <message>
        <source>%1 released triage item %2 (%3)</source>
        <translation>%1 释放了分诊条目 %2（%3）</translation>
    </message>
    <message>
        <source>%1 dismissed triage item %2 (%3)</source>
        <translation>%1 驳回了分诊条目 %2（%3）</translation>
    </message>
    <message>
        <source>%1 removed post %2 (%3)</source>
        <translation>%1 删除了笔记 %2（%3）</translation>
    </message>
    <message>
        <source>%1 restored post %2 (%3)</source>
        <translation>%1 恢复了笔记 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 undid campaign %2 as %3: %n event(s) written</source>
        <translation>
            <numerusform>%1 以 %3 撤销了专项治理 %2：写入 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applied campaign %2 &quot;%3&quot;: %n event(s) written</source>
        <translation>
            <numerusform>%1 执行了专项治理 %2“%3”：写入 %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>unknown user or wrong password</source>
        <translation>用户不存在或密码错误</translation>
    </message>
    <message>
        <source>the password library could not start</source>
        <translation>密码库无法启动</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <source>a password has at most 256 characters</source>
        <translation>密码最多 256 个字符</translation>
    </message>
</context>
<context>
    <name>BulkReplayer</name>
    <message>
        <source>count the subjects</source>
        <translation>统计主体数量</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>open the store for the replay</source>
        <translation>为重放打开数据库</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>读取台账</translation>
    </message>
    <message>
        <source>%1: the ledger kept changing while the replay began; try again</source>
        <translation>%1：重放开始时台账一直在变化，请重试</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>append to the ledger</source>
        <translation>写入台账</translation>
    </message>
    <message>
        <source>%1: opened read-only; cannot %2</source>
        <translation>%1：以只读方式打开，无法%2</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>append outside a transaction</source>
        <translation>在事务之外写入</translation>
    </message>
    <message>
        <source>id %1 clashed but was not found</source>
        <translation>ID %1 冲突，但未找到对应记录</translation>
    </message>
    <message>
        <source>refused by the store: %1</source>
        <translation>数据库拒绝：%1</translation>
    </message>
    <message>
        <source>commit outside a transaction</source>
        <translation>在事务之外提交</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>field recorded_at: %1 is later than now (%2)</source>
        <translation>字段 recorded_at：%1 晚于当前时间（%2）</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
</context>
<context>
    <name>CampaignCsvExporter</name>
    <message>
        <source>no campaign %1 in the store</source>
        <translation>库中没有专项治理 %1</translation>
    </message>
    <message>
        <source>could not write the CSV: %1</source>
        <translation>无法写入 CSV：%1</translation>
    </message>
</context>
<context>
    <name>CampaignListSelection</name>
    <message>
        <source>A campaign selects posts in one triage state: choose Open, Claimed, Confirmed or Dismissed to act on all shown.</source>
        <translation>专项治理只能选择一种审核状态的笔记:请选择“待处理”“已认领”“已确认”或“已驳回”后再对全部显示项操作。</translation>
    </message>
</context>
<context>
    <name>CampaignProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CampaignQuery</name>
    <message>
        <source>list the campaigns</source>
        <translation>列出专项治理</translation>
    </message>
    <message>
        <source>read campaign %1</source>
        <translation>读取专项治理 %1</translation>
    </message>
    <message>
        <source>read a campaign</source>
        <translation>读取专项治理</translation>
    </message>
    <message>
        <source>count subjects per tier</source>
        <translation>按档位统计主体</translation>
    </message>
    <message>
        <source>look up id %1</source>
        <translation>查找 ID %1</translation>
    </message>
    <message>
        <source>read the ban of %1</source>
        <translation>读取 %1 的封禁</translation>
    </message>
</context>
<context>
    <name>CampaignReportPdf</name>
    <message>
        <source>Special governance campaign</source>
        <translation>专项治理</translation>
    </message>
    <message>
        <source>%1 · applied by %2 on %3 UTC · %4</source>
        <translation>%1 · 由 %2 于 %3 UTC 执行 · %4</translation>
    </message>
    <message>
        <source> · undone by %1</source>
        <translation> · 已被 %1 撤销</translation>
    </message>
    <message>
        <source> · undoes %1</source>
        <translation> · 撤销了 %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>acts on posts</source>
        <translation>作用于笔记</translation>
    </message>
    <message>
        <source>acts on %1</source>
        <translation>作用于%1</translation>
    </message>
    <message>
        <source>posts handled</source>
        <translation>处置笔记</translation>
    </message>
    <message>
        <source>posts removed</source>
        <translation>下架笔记</translation>
    </message>
    <message>
        <source>accounts punished</source>
        <translation>处罚账号</translation>
    </message>
    <message>
        <source>certifications revoked</source>
        <translation>撤销认证</translation>
    </message>
    <message>
        <source>brands banned</source>
        <translation>封禁品牌</translation>
    </message>
    <message>
        <source>%1 violations recorded</source>
        <translation>记录违规 %1 条</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>备注 %1 条</translation>
    </message>
    <message>
        <source>%1 notices sent</source>
        <translation>发送通知 %1 条</translation>
    </message>
    <message>
        <source>%1 retractions</source>
        <translation>撤回 %1 条</translation>
    </message>
    <message>
        <source>%1 posts restored</source>
        <translation>恢复笔记 %1 篇</translation>
    </message>
    <message>
        <source>%1 events in the ledger, each linked to the campaign</source>
        <translation>账本中 %1 条事件,均关联到本次治理</translation>
    </message>
    <message>
        <source>The first %1 of %2 affected subjects</source>
        <translation>%2 个受影响主体中的前 %1 个</translation>
    </message>
    <message>
        <source>Affected subjects (%1)</source>
        <translation>受影响主体(%1 个)</translation>
    </message>
    <message>
        <source>The campaign wrote no event.</source>
        <translation>本次治理未写入事件。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What the campaign did</source>
        <translation>本次治理的处理</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>当前分数</translation>
    </message>
    <message>
        <source>… and %1 more (the CSV export lists every event)</source>
        <translation>… 另有 %1 条(CSV 导出列出全部事件)</translation>
    </message>
    <message>
        <source>Redline · every figure is counted from the ledger events linked to campaign %1</source>
        <translation>Redline · 所有数字均由关联到治理 %1 的账本事件统计得出</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>第 1 页,共 1 页</translation>
    </message>
    <message>
        <source>No campaign %1 in the store</source>
        <translation>数据库中没有治理 %1</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>治理 %1:%2</translation>
    </message>
    <message>
        <source>Could not start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>at: %1 is after now (%2); a campaign is applied now or dated in the past</source>
        <translation>at：%1 晚于当前时间（%2）；专项治理只能现在执行或记在过去</translation>
    </message>
    <message>
        <source>select: the selection matches nothing; nothing to apply</source>
        <translation>select：筛选条件未匹配任何对象，无可执行内容</translation>
    </message>
    <message>
        <source>no campaign %1 in the store</source>
        <translation>库中没有专项治理 %1</translation>
    </message>
    <message>
        <source>%1 is the undo of %2; an undo is not undone (apply the campaign again)</source>
        <translation>%1 是 %2 的撤销；撤销本身不能再撤销（请重新执行该专项治理）</translation>
    </message>
    <message>
        <source>%1 was already undone by %2</source>
        <translation>%1 已被 %2 撤销</translation>
    </message>
    <message>
        <source>Undo of %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>undo of campaign %1</source>
        <translation>撤销专项治理 %1</translation>
    </message>
    <message>
        <source>campaign %1 left nothing an undo can reverse</source>
        <translation>专项治理 %1 没有可撤销的内容</translation>
    </message>
    <message>
        <source>%1 was already retracted or overturned</source>
        <translation>%1 已被撤回或改判</translation>
    </message>
    <message>
        <source>post %1 is no longer removed</source>
        <translation>笔记 %1 已不再处于删除状态</translation>
    </message>
    <message>
        <source>a ban is permanent (R-B2)</source>
        <translation>封禁是永久的（R-B2）</translation>
    </message>
    <message>
        <source>a case note stays on the record</source>
        <translation>案件备注保留在记录中</translation>
    </message>
    <message>
        <source>cancelled: nothing was written</source>
        <translation>已取消：未写入任何内容</translation>
    </message>
    <message>
        <source>%1 (%2): %3; nothing was written</source>
        <translation>%1（%2）：%3；未写入任何内容</translation>
    </message>
    <message>
        <source>id: %1 is already an id in the store; give the campaign a new id</source>
        <translation>id：%1 已是库中的 ID；请为专项治理另取一个 ID</translation>
    </message>
</context>
<context>
    <name>CampaignSelectionQuery</name>
    <message>
        <source>select the campaign&apos;s targets</source>
        <translation>筛选专项治理的对象</translation>
    </message>
    <message>
        <source>an MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>a brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>a creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>no post %1 in the store</source>
        <translation>库中没有笔记 %1</translation>
    </message>
    <message>
        <source>no subject %1 in the store</source>
        <translation>库中没有主体 %1</translation>
    </message>
    <message>
        <source>%1 is not a post</source>
        <translation>%1 不是笔记</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 是%2，不是%3</translation>
    </message>
</context>
<context>
    <name>CampaignSpecLoader</name>
    <message>
        <source>%1 is not an instant (YYYY-MM-DD or ISO 8601 UTC)</source>
        <translation>%1 不是有效时间（YYYY-MM-DD 或 ISO 8601 UTC）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不在 %2 之中</translation>
    </message>
    <message>
        <source>only a selection of %1 has this criterion</source>
        <translation>只有 %1 的筛选才有此条件</translation>
    </message>
    <message>
        <source>missing (mcn, brand, creator or post)</source>
        <translation>缺少（mcn、brand、creator 或 post）</translation>
    </message>
    <message>
        <source>%1 is not a violation code for %2 in the policy</source>
        <translation>%1 不是政策中 %2 的违规代码</translation>
    </message>
    <message>
        <source>%1 is outside the range %2..%3 of %4 (R-L2)</source>
        <translation>%1 超出 %4 的范围 %2..%3（R-L2）</translation>
    </message>
    <message>
        <source>more than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>%1 is not one of revoke_certification, remove_posts, ban, violation, note</source>
        <translation>%1 不在 revoke_certification、remove_posts、ban、violation、note 之中</translation>
    </message>
    <message>
        <source>%1 acts on %2, and the selection is of %3</source>
        <translation>%1 作用于%2，而筛选对象是 %3</translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>missing: a note needs its text</source>
        <translation>缺少：备注需要正文</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <source>a campaign spec is a JSON object</source>
        <translation>专项治理规格须为 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>%1 不是有效 ID（1 到 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>missing: a campaign has a name</source>
        <translation>缺少：专项治理需要名称</translation>
    </message>
    <message>
        <source>missing: a campaign says why</source>
        <translation>缺少：专项治理需要说明原因</translation>
    </message>
    <message>
        <source>missing: which subjects or posts the campaign acts on</source>
        <translation>缺少：专项治理作用于哪些主体或笔记</translation>
    </message>
</context>
<context>
    <name>CaseFileData</name>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>while the score is below %1</source>
        <translation>分数低于 %1 期间</translation>
    </message>
    <message>
        <source>until an overturn lifts the score to %1 (R-M2)</source>
        <translation>直至申诉推翻使分数回到 %1（R-M2）</translation>
    </message>
    <message>
        <source>until certified (R-M5)</source>
        <translation>直至获得商业认证（R-M5）</translation>
    </message>
    <message>
        <source>until %1 (R-C4)</source>
        <translation>至 %1（R-C4）</translation>
    </message>
    <message>
        <source>penalty-free exit until %1 (R-M6)</source>
        <translation>%1 前可无责解约（R-M6）</translation>
    </message>
    <message>
        <source>Retracted on %1 (undo)</source>
        <translation>已于 %1 撤回（撤销操作）</translation>
    </message>
    <message>
        <source>Overturned on appeal %1 on %2 by %3</source>
        <translation>经申诉 %1 于 %2 由 %3 推翻</translation>
    </message>
    <message>
        <source>Upheld on appeal %1 on %2 by %3</source>
        <translation>经申诉 %1 于 %2 由 %3 维持</translation>
    </message>
    <message>
        <source>Appeal %1 pending since %2</source>
        <translation>申诉 %1 自 %2 起待处理</translation>
    </message>
    <message>
        <source>In force; deducts from %1 (R-M5)</source>
        <translation>有效；自 %1 起扣分（R-M5）</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>注册为%1</translation>
    </message>
    <message>
        <source>Violation %1: %2</source>
        <translation>违规 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) (explicit)</source>
        <translation>
            <numerusform>%n 分（指定）</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeal %1 filed against %2</source>
        <translation>针对 %2 提交申诉 %1</translation>
    </message>
    <message>
        <source>Appeal %1 decided: overturned</source>
        <translation>申诉 %1 已裁定：推翻</translation>
    </message>
    <message>
        <source>Appeal %1 decided: upheld</source>
        <translation>申诉 %1 已裁定：维持</translation>
    </message>
    <message>
        <source>Violation %1 retracted (undo)</source>
        <translation>违规 %1 已撤回（撤销操作）</translation>
    </message>
    <message>
        <source>Community-norms exam passed</source>
        <translation>通过社区规范考试</translation>
    </message>
    <message>
        <source>No points: within the cooldown after the last exam that counted (R-C3)</source>
        <translation>不加分：距上次计分的考试仍在冷却期内（R-C3）</translation>
    </message>
    <message>
        <source>Deposit paid: %1</source>
        <translation>缴纳保证金：%1</translation>
    </message>
    <message>
        <source>Deposit deducted: %1</source>
        <translation>扣除保证金：%1</translation>
    </message>
    <message>
        <source>Deposit refunded: %1</source>
        <translation>退还保证金：%1</translation>
    </message>
    <message>
        <source>Commercial certification granted</source>
        <translation>授予商业认证</translation>
    </message>
    <message>
        <source>Commercial certification revoked</source>
        <translation>撤销商业认证</translation>
    </message>
    <message>
        <source>Creator %1 signed</source>
        <translation>签约创作者 %1</translation>
    </message>
    <message>
        <source>Creator %1 left</source>
        <translation>创作者 %1 解约</translation>
    </message>
    <message>
        <source>Signed with MCN %1</source>
        <translation>签约 MCN %1</translation>
    </message>
    <message>
        <source>Left MCN %1</source>
        <translation>与 MCN %1 解约</translation>
    </message>
    <message>
        <source>Banned (R-B2)</source>
        <translation>封禁（R-B2）</translation>
    </message>
    <message>
        <source>Banned in campaign %1 (R-B2, R-S3)</source>
        <translation>在专项治理 %1 中封禁（R-B2、R-S3）</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>专项治理 %1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>R-L5 recovery clock</source>
        <translation>R-L5 恢复周期</translation>
    </message>
    <message>
        <source>R-B1 suspension served in full</source>
        <translation>R-B1 停用期满</translation>
    </message>
    <message>
        <source>Fell below %1</source>
        <translation>跌破 %1</translation>
    </message>
    <message>
        <source>Back to %1 or above</source>
        <translation>回到 %1 及以上</translation>
    </message>
    <message>
        <source>R-L6 threshold crossing</source>
        <translation>R-L6 越过阈值</translation>
    </message>
    <message>
        <source>Creator-protection notice: score %1 within reach of %2</source>
        <translation>创作者保护预警：分数 %1 已接近 %2</translation>
    </message>
    <message>
        <source>R-M6 advance notice to affiliated creators</source>
        <translation>R-M6 向旗下创作者发出预警</translation>
    </message>
    <message>
        <source>Sanction: %1 (permanent)</source>
        <translation>处罚：%1（永久）</translation>
    </message>
    <message>
        <source>Sanction: %1 until %2</source>
        <translation>处罚：%1，至 %2</translation>
    </message>
    <message>
        <source>triggered by %1</source>
        <translation>由 %1 触发</translation>
    </message>
    <message>
        <source>Sanction ended early: %1</source>
        <translation>处罚提前结束：%1</translation>
    </message>
    <message>
        <source>Sanction served: %1</source>
        <translation>处罚期满：%1</translation>
    </message>
    <message>
        <source>its violation %1 was voided (R-L3)</source>
        <translation>其违规 %1 已作废（R-L3）</translation>
    </message>
    <message>
        <source>nothing left to deduct, R-T6</source>
        <translation>已无分可扣，R-T6</translation>
    </message>
    <message>
        <source>Backdated: happened %1, recorded %2 by %3</source>
        <translation>补录：发生于 %1，由 %3 于 %2 记录</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>This brand is suspected of false marketing; content related to it will not be displayed.</source>
        <translation>该品牌涉嫌虚假营销，相关内容不予展示。</translation>
    </message>
    <message>
        <source>Notice sent: %1</source>
        <translation>已发送通知：%1</translation>
    </message>
    <message>
        <source> · about %1</source>
        <translation> · 关于 %1</translation>
    </message>
    <message>
        <source>Qualification granted: %1</source>
        <translation>资质已授予：%1</translation>
    </message>
    <message>
        <source>Qualification revoked: %1</source>
        <translation>资质已撤销：%1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <source>Post %1: %2</source>
        <translation>笔记 %1：%2</translation>
    </message>
    <message>
        <source>User report %1: %2</source>
        <translation>用户举报 %1：%2</translation>
    </message>
    <message>
        <source>Triage: %1 claimed by %2</source>
        <translation>分诊：%1 由 %2 认领</translation>
    </message>
    <message>
        <source>Triage: %1 released by %2</source>
        <translation>分诊：%1 由 %2 释放</translation>
    </message>
    <message>
        <source>Triage: %1 dismissed by %2</source>
        <translation>分诊：%1 由 %2 驳回</translation>
    </message>
    <message>
        <source>Triage: %1 confirmed by %2 as %3</source>
        <translation>分诊：%1 由 %2 确认为 %3</translation>
    </message>
    <message>
        <source>Post %1 removed</source>
        <translation>笔记 %1 已删除</translation>
    </message>
    <message>
        <source>Post %1 restored</source>
        <translation>笔记 %1 已恢复</translation>
    </message>
</context>
<context>
    <name>CertificationChecklist</name>
    <message>
        <source>Registered as an MCN on the platform</source>
        <translation>已在平台注册为 MCN</translation>
    </message>
    <message>
        <source>Not registered as an MCN on the platform</source>
        <translation>未在平台注册为 MCN</translation>
    </message>
    <message>
        <source>Not a mainland China company (region: %1)</source>
        <translation>非中国大陆公司（地区：%1）</translation>
    </message>
    <message>
        <source>A sole proprietorship does not qualify</source>
        <translation>个体工商户不符合条件</translation>
    </message>
    <message>
        <source>Mainland China company (%1)</source>
        <translation>中国大陆公司（%1）</translation>
    </message>
    <message>
        <source>Violation %1 (%2) on %3 is within the last %4 days</source>
        <translation>违规 %1（%2，%3）在最近 %4 天内</translation>
    </message>
    <message>
        <source>No %1 in the last %2 days</source>
        <translation>最近 %2 天内无 %1</translation>
    </message>
    <message>
        <source>Deposit ¥%1 covers the required ¥%2</source>
        <translation>保证金 ¥%1 已达到要求的 ¥%2</translation>
    </message>
    <message>
        <source>Deposit ¥%1 is short of the required ¥%2</source>
        <translation>保证金 ¥%1 不足要求的 ¥%2</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>overseas</source>
        <translation>境外</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>limited company</source>
        <translation>有限公司</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>合伙企业</translation>
    </message>
    <message>
        <source>joint-stock company</source>
        <translation>股份有限公司</translation>
    </message>
    <message>
        <source>company type not given</source>
        <translation>未填写公司类型</translation>
    </message>
    <message>
        <source>mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>sole proprietorship</source>
        <translation>个体工商户</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>%1 needs a value (usage: %2)</source>
        <translation>%1 需要一个值（用法：%2）</translation>
    </message>
    <message>
        <source>unknown option %1 for %2 (usage: %3)</source>
        <translation>%2 不支持选项 %1（用法：%3）</translation>
    </message>
    <message>
        <source>missing argument (usage: %1)</source>
        <translation>缺少参数（用法：%1）</translation>
    </message>
    <message>
        <source>unexpected argument %1 (usage: %2)</source>
        <translation>多余的参数 %1（用法：%2）</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source> (run redline-cli --help)</source>
        <translation>（运行 redline-cli --help 查看帮助）</translation>
    </message>
    <message>
        <source>REDLINE_NOW: &quot;%1&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>REDLINE_NOW：“%1”不是 UTC 时刻（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>unknown command %1 (run redline-cli --help)</source>
        <translation>未知命令 %1（运行 redline-cli --help 查看帮助）</translation>
    </message>
    <message>
        <source>%1: the store is read-only; cannot %2</source>
        <translation>%1：数据库为只读，无法%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1：“%2”不是 UTC 时刻（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>Created Redline store %1 (schema version %2, policy %3 v%4)
</source>
        <translation>已创建 Redline 数据库 %1（结构版本 %2，规则 %3 v%4）
</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 already in the store)
</source>
        <translation>已从 %2 导入 %1 个事件（%3 个已在数据库中）
</translation>
    </message>
    <message>
        <source>%1 (%2) %3
at %4
score %5 / %6
restrictions: %7
</source>
        <translation>%1（%2）%3
时刻 %4
分数 %5 / %6
限制：%7
</translation>
    </message>
    <message>
        <source>SANCTION</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>起</translation>
    </message>
    <message>
        <source>UNTIL</source>
        <translation>止</translation>
    </message>
    <message>
        <source>VIOLATION</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>CAUSE</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>%1 (%2): score history
</source>
        <translation>%1（%2）：分数历史
</translation>
    </message>
    <message>
        <source>THRESHOLD</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>DIRECTION</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Threshold crossings
</source>
        <translation>越过阈值
</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of mcn, brand, creator</source>
        <translation>--kind：“%1”不是 mcn、brand、creator 之一</translation>
    </message>
    <message>
        <source>--below: &quot;%1&quot; is not an integer</source>
        <translation>--below：“%1”不是整数</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>RESTRICTIONS</source>
        <translation>限制</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s)
</source>
        <translation>
            <numerusform>%n 个主体
</numerusform>
        </translation>
    </message>
    <message>
        <source>What-if at %1: %2 -&gt; %3, %4 subjects, %5 change standing, %6 change score

</source>
        <translation>假设推演（%1）：%2 -&gt; %3，%4 个主体，%5 个状态变化，%6 个分数变化

</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>SUBJECTS</source>
        <translation>主体数</translation>
    </message>
    <message>
        <source>MEAN BEFORE</source>
        <translation>之前均值</translation>
    </message>
    <message>
        <source>MEAN AFTER</source>
        <translation>之后均值</translation>
    </message>
    <message>
        <source>RESTRICTIONS GAINED</source>
        <translation>新增限制</translation>
    </message>
    <message>
        <source>RESTRICTIONS LOST</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>OK: %1 is intact (integrity, audit chain, %2 events, state cache of %3 subjects)
</source>
        <translation>正常：%1 完好（完整性、审计链、%2 个事件、%3 个主体的状态缓存）
</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of jsonl, csv</source>
        <translation>--format：“%1”不是 jsonl、csv 之一</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3
</source>
        <translation>已将 %1 个%2导出到 %3
</translation>
    </message>
    <message>
        <source>subjects</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a count</source>
        <translation>%1：“%2”不是有效数量</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation>--seed：“%1”不是数字</translation>
    </message>
    <message>
        <source>generated event %1 refused: %2</source>
        <translation>生成的事件 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>Generated %1 events (%2 MCNs, %3 brands, %4 creators, seed %5) into %6
</source>
        <translation>已生成 %1 个事件（%2 个 MCN、%3 个品牌、%4 个创作者，种子 %5）写入 %6
</translation>
    </message>
    <message>
        <source>scan needs either TEXT or --file F (usage: scan [--json] (TEXT | --file F))</source>
        <translation>scan 需要 TEXT 或 --file F（用法：scan [--json] (TEXT | --file F)）</translation>
    </message>
    <message>
        <source>no findings
</source>
        <translation>未发现问题
</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>--user: &quot;%1&quot; is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>--user：“%1”不是有效的用户名（1 至 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>not signed in: no password for %1 (set REDLINE_PASSWORD or run on a terminal)</source>
        <translation>未登录：没有 %1 的密码（请设置 REDLINE_PASSWORD 或在终端中运行）</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>no new password for %1 (set REDLINE_NEW_PASSWORD or run on a terminal)</source>
        <translation>没有 %1 的新密码（请设置 REDLINE_NEW_PASSWORD 或在终端中运行）</translation>
    </message>
    <message>
        <source>new password for %1: %2</source>
        <translation>%1 的新密码：%2</translation>
    </message>
    <message>
        <source>usage: user %1</source>
        <translation>用法：user %1</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>角色“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>not permitted: only %1 or a policy_admin may set %1&apos;s password</source>
        <translation>无权限：只有 %1 本人或 policy_admin 可以设置 %1 的密码</translation>
    </message>
    <message>
        <source>unknown user command %1 (add, role, passwd, disable, enable, list)</source>
        <translation>未知的 user 子命令 %1（add、role、passwd、disable、enable、list）</translation>
    </message>
    <message>
        <source>user %1: %2 done
</source>
        <translation>用户 %1：%2 完成
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>--admin: &quot;%1&quot; is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>--admin：“%1”不是有效的用户名（1 至 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>--admin %1: no password (set REDLINE_PASSWORD or run on a terminal)</source>
        <translation>--admin %1：没有密码（请设置 REDLINE_PASSWORD 或在终端中运行）</translation>
    </message>
    <message>
        <source>--admin %1: %2</source>
        <translation>--admin %1：%2</translation>
    </message>
    <message>
        <source>--template: &quot;%1&quot; is not one of %2</source>
        <translation>--template：“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>FIRST LINE</source>
        <translation>首行</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)
</source>
        <translation>
            <numerusform>%n 条通知
</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.csv</source>
        <translation>report 需要 --out FILE.pdf 或 --out FILE.csv</translation>
    </message>
    <message>
        <source>--out %1: the extension must be .pdf or .csv</source>
        <translation>--out %1：扩展名必须是 .pdf 或 .csv</translation>
    </message>
    <message>
        <source>Wrote the %1 report of %2 as of %3 to %4 (%5)
</source>
        <translation>已将 %2 截至 %3 的 %1 报告写入 %4（%5）
</translation>
    </message>
    <message>
        <source>store verified</source>
        <translation>数据库校验通过</translation>
    </message>
    <message>
        <source>store NOT verified</source>
        <translation>数据库校验未通过</translation>
    </message>
    <message>
        <source>replay needs --with POLICY.json or a policy version&apos;s name</source>
        <translation>replay 需要 --with POLICY.json 或规则版本名</translation>
    </message>
    <message>
        <source>usage: policy %1</source>
        <translation>用法：policy %1</translation>
    </message>
    <message>
        <source>unknown policy command %1 (list, show, add, activate, diff)</source>
        <translation>未知的 policy 子命令 %1（list、show、add、activate、diff）</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>EFFECTIVE FROM</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source> (backdated)</source>
        <translation>（追溯）</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>no policy version named %1</source>
        <translation>没有名为 %1 的规则版本</translation>
    </message>
    <message>
        <source>policy add needs --name NAME</source>
        <translation>policy add 需要 --name NAME</translation>
    </message>
    <message>
        <source>policy version %1 added (%2 version %3)
</source>
        <translation>已新增规则版本 %1（%2 第 %3 版）
</translation>
    </message>
    <message>
        <source>policy activate needs --at T (the instant from which it is in force)</source>
        <translation>policy activate 需要 --at T（生效时刻）</translation>
    </message>
    <message>
        <source>policy version %1 in force from %2 (backdated: recorded %3)
</source>
        <translation>规则版本 %1 自 %2 起生效（追溯：记录于 %3）
</translation>
    </message>
    <message>
        <source>policy version %1 in force from %2
</source>
        <translation>规则版本 %1 自 %2 起生效
</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>设置项</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)
</source>
        <translation>
            <numerusform>%n 处差异
</numerusform>
        </translation>
    </message>
    <message>
        <source>policy version %1: %2</source>
        <translation>规则版本 %1：%2</translation>
    </message>
    <message>
        <source>%1: no policy version of that name, and no such file</source>
        <translation>%1：没有此名称的规则版本，也没有此文件</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>SPAN</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>命中内容</translation>
    </message>
    <message>
        <source>SUGGESTS</source>
        <translation>建议违规代码</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)
</source>
        <translation>
            <numerusform>%n 条检出项
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: content health index %3
</source>
        <translation>%1 于 %2：内容健康分 %3
</translation>
    </message>
    <message>
        <source>DIMENSION</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>weight %1%</source>
        <translation>权重 %1%</translation>
    </message>
    <message>
        <source>Effects: %1
</source>
        <translation>影响：%1
</translation>
    </message>
    <message>
        <source>unknown triage command %1 (claim, release, dismiss, confirm)</source>
        <translation>未知的分诊命令 %1（claim、release、dismiss、confirm）</translation>
    </message>
    <message>
        <source>usage: triage %1 ITEM</source>
        <translation>用法：triage %1 条目</translation>
    </message>
    <message>
        <source>usage: triage [--state S] [--oldest] [--limit N] [--json]</source>
        <translation>用法：triage [--state S] [--oldest] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is not one of todo, open, claimed, mine, confirmed, dismissed, all</source>
        <translation>--state：“%1”不是 todo、open、claimed、mine、confirmed、dismissed、all 之一</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive whole number</source>
        <translation>--limit：“%1”不是正整数</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>CATEGORIES</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>检出</translation>
    </message>
    <message>
        <source>%1 open, %2 claimed, %3 confirmed, %4 dismissed</source>
        <translation>待处理 %1，已认领 %2，已确认 %3，已驳回 %4</translation>
    </message>
    <message>
        <source>; oldest open item from %1</source>
        <translation>；最早的待处理条目来自 %1</translation>
    </message>
    <message>
        <source>triage dismiss: --reason is required (why the item is not a violation)</source>
        <translation>triage dismiss：必须给出 --reason（为何该条目不构成违规）</translation>
    </message>
    <message>
        <source>item: no post or report %1 in the triage queue</source>
        <translation>item：分诊队列中没有笔记或举报 %1</translation>
    </message>
    <message>
        <source>triage confirm: item %1 suggests no code; give one with --code</source>
        <translation>triage confirm：条目 %1 没有建议的违规代码；请用 --code 指定</translation>
    </message>
    <message>
        <source>--points: &quot;%1&quot; is not a whole number of points</source>
        <translation>--points：“%1”不是整数分值</translation>
    </message>
    <message>
        <source>confirmed %1: recorded %2 (%3) on %4
</source>
        <translation>已确认 %1：对 %4 记录了 %2（%3）
</translation>
    </message>
    <message>
        <source>claimed %1
</source>
        <translation>已认领 %1
</translation>
    </message>
    <message>
        <source>released %1
</source>
        <translation>已释放 %1
</translation>
    </message>
    <message>
        <source>dismissed %1
</source>
        <translation>已驳回 %1
</translation>
    </message>
    <message>
        <source>unknown campaign command %1 (preview, apply, list, report, undo)</source>
        <translation>未知的 campaign 子命令 %1（preview、apply、list、report、undo）</translation>
    </message>
    <message>
        <source>usage: campaign list [--json]</source>
        <translation>用法：campaign list [--json]</translation>
    </message>
    <message>
        <source>usage: campaign %1 %2</source>
        <translation>用法：campaign %1 %2</translation>
    </message>
    <message>
        <source>%1: cannot read the campaign spec: %2</source>
        <translation>%1：无法读取专项治理规格：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>campaign %1 &quot;%2&quot; applied: %3 event(s) written, %4 notice(s)
</source>
        <translation>专项治理 %1“%2”已执行：写入 %3 个事件，%4 条通知
</translation>
    </message>
    <message>
        <source>campaign %1 &quot;%2&quot; previewed at %3: nothing written
</source>
        <translation>专项治理 %1“%2”已于 %3 预览：未写入任何内容
</translation>
    </message>
    <message>
        <source>undoes campaign %1
</source>
        <translation>撤销专项治理 %1
</translation>
    </message>
    <message>
        <source>%1 target(s), %2 subject(s)
</source>
        <translation>%1 个对象，%2 个主体
</translation>
    </message>
    <message>
        <source>  %1: %2 acted on, %3 refused, %4 left as they are
</source>
        <translation>  %1：执行 %2 个，拒绝 %3 个，保持不变 %4 个
</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>CROSSES</source>
        <translation>越过阈值</translation>
    </message>
    <message>
        <source>SANCTIONS</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>refused (%1):</source>
        <translation>拒绝（%1）：</translation>
    </message>
    <message>
        <source>left as they are:</source>
        <translation>保持不变：</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>POSTS REMOVED</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <source>ACCOUNTS PUNISHED</source>
        <translation>处罚账号</translation>
    </message>
    <message>
        <source>CERTS REVOKED</source>
        <translation>撤销认证</translation>
    </message>
    <message>
        <source>BRANDS BANNED</source>
        <translation>封禁品牌</translation>
    </message>
    <message>
        <source>UNDONE BY</source>
        <translation>撤销者</translation>
    </message>
    <message>
        <source>(undoes %1)</source>
        <translation>（撤销 %1）</translation>
    </message>
    <message>
        <source>no campaign %1 in the store</source>
        <translation>库中没有专项治理 %1</translation>
    </message>
    <message>
        <source>--out %1: %2</source>
        <translation>--out %1：%2</translation>
    </message>
    <message>
        <source>Wrote the report of campaign %1 to %2
</source>
        <translation>已将专项治理 %1 的报告写入 %2
</translation>
    </message>
    <message>
        <source>campaign %1 &quot;%2&quot; by %3 at %4
reason: %5
</source>
        <translation>专项治理 %1“%2”，由 %3 于 %4 执行
原因：%5
</translation>
    </message>
    <message>
        <source>undone by campaign %1
</source>
        <translation>已被专项治理 %1 撤销
</translation>
    </message>
    <message>
        <source>posts handled %1, removed %2, restored %3
accounts punished %4 (%5 violations), retractions %6
certifications revoked %7, granted %8
brands banned %9
</source>
        <translation>处理笔记 %1 篇，删除 %2 篇，恢复 %3 篇
处罚账号 %4 个（违规 %5 条），撤回 %6 条
撤销认证 %7 个，授予 %8 个
封禁品牌 %9 个
</translation>
    </message>
    <message>
        <source>notes %1, notices %2, events %3
</source>
        <translation>备注 %1 条，通知 %2 条，事件 %3 个
</translation>
    </message>
    <message>
        <source>usage: redline-cli [--db FILE] [--user NAME] [--policy FILE] COMMAND
  init [--admin NAME]                   create an empty store (with its first policy_admin)
  import FILE|-                         append JSON Lines events (atomic; exit 2 on bad input)
  score HANDLE [--at T] [--known-at T] [--json]   state of one subject at T (default: now)
  history HANDLE [--from T] [--to T] [--known-at T] [--json]
  list [--kind K] [--below N] [--restriction ID] [--json]
  replay --with POLICY.json|NAME [--at T] [--json]   what-if against the store&apos;s policy
  verify                                integrity + audit chain (exit 0 ok, 3 damaged)
  export [--format jsonl|csv] [--out FILE]
  generate --mcns N --brands N --creators N --violations N [--posts N] [--seed S]
  scan [--json] (TEXT | --file F)
  policy [--json]                       print the policy in force as JSON
  policy list [--json] | policy show NAME | policy diff A B [--json]   policy versions
  policy add FILE --name NAME [--note TEXT] | policy activate NAME --at T
  report HANDLE [--at T] --out FILE.pdf|FILE.csv   a subject&apos;s compliance report
  user add NAME --role ROLE | user role NAME ROLE | user passwd NAME
  user disable NAME | user enable NAME | user list [--json]
  notices [--subject H] [--template ID] [--json]   notices sent, newest first
  findings [--subject H] [--json]       findings on posts (R-S1, R-H1), newest post first
  health HANDLE [--at T] [--json]       a creator&apos;s content health index (R-H1)
  triage [--state S] [--oldest] [--limit N] [--json]   the triage queue (S: todo, open, claimed,
                                        mine, confirmed, dismissed, all; default todo), newest first
  triage claim|release ITEM | triage dismiss ITEM --reason TEXT
  triage confirm ITEM [--code C] [--points N] [--severity S] [--evidence TEXT]
  campaign preview|apply SPEC.json [--json]   a special-governance campaign (R-S3)
  campaign list [--json] | campaign report ID [--json] [--out FILE.csv|FILE.pdf]
  campaign undo ID [--preview] [--json]
  copy --from SRC --to DST [--json]     copy a whole store into a new one; SRC, DST: a store file
                                        or postgresql://USER@HOST[:PORT]/DB (docs/teamstore.md)
Exit codes: 0 ok, 1 internal error, 2 bad input or usage, 3 integrity failure,
4 not signed in or not permitted.
Writes to a store with passwords need --user NAME; the password comes from REDLINE_PASSWORD or a
prompt (a new one from REDLINE_NEW_PASSWORD). REDLINE_NOW=T fixes the current instant.
A store you may not write (the file or its folder) opens read-only: reads work, writes exit 2.
--version prints the version. Messages follow LANG (zh_CN has a translation); results do not.
</source>
        <translation>用法：redline-cli [--db FILE] [--user NAME] [--policy FILE] COMMAND
  init [--admin NAME]                   创建空数据库（可同时创建第一位 policy_admin）
  import FILE|-                         追加 JSON Lines 事件（原子操作；输入有误时退出码 2）
  score HANDLE [--at T] [--known-at T] [--json]   主体在时刻 T 的状态（默认：当前）
  history HANDLE [--from T] [--to T] [--known-at T] [--json]
  list [--kind K] [--below N] [--restriction ID] [--json]
  replay --with POLICY.json|NAME [--at T] [--json]   与数据库现行规则做假设推演对比
  verify                                完整性 + 审计链校验（退出码 0 正常，3 已损坏）
  export [--format jsonl|csv] [--out FILE]
  generate --mcns N --brands N --creators N --violations N [--posts N] [--seed S]
  scan [--json] (TEXT | --file F)
  policy [--json]                       以 JSON 输出现行规则
  policy list [--json] | policy show NAME | policy diff A B [--json]   规则版本
  policy add FILE --name NAME [--note TEXT] | policy activate NAME --at T
  report HANDLE [--at T] --out FILE.pdf|FILE.csv   主体的合规报告
  user add NAME --role ROLE | user role NAME ROLE | user passwd NAME
  user disable NAME | user enable NAME | user list [--json]
  notices [--subject H] [--template ID] [--json]   已发送的通知，最新的在前
  findings [--subject H] [--json]       笔记的检出项（R-S1、R-H1），最新笔记在前
  health HANDLE [--at T] [--json]       创作者的内容健康指数（R-H1）
  triage [--state S] [--oldest] [--limit N] [--json]   分诊队列（S：todo、open、claimed、
                                        mine、confirmed、dismissed、all；默认 todo），最新在前
  triage claim|release ITEM | triage dismiss ITEM --reason TEXT
  triage confirm ITEM [--code C] [--points N] [--severity S] [--evidence TEXT]
  campaign preview|apply SPEC.json [--json]   专项治理行动（R-S3）
  campaign list [--json] | campaign report ID [--json] [--out FILE.csv|FILE.pdf]
  campaign undo ID [--preview] [--json]
  copy --from SRC --to DST [--json]     把整个数据库复制到一个新数据库；SRC、DST：数据库文件
                                        或 postgresql://USER@HOST[:PORT]/DB（docs/teamstore.md）
退出码：0 正常，1 内部错误，2 输入或用法错误，3 完整性校验失败，
4 未登录或无权限。
向设有密码的数据库写入需要 --user NAME；密码取自 REDLINE_PASSWORD 或提示输入
（新密码取自 REDLINE_NEW_PASSWORD）。REDLINE_NOW=T 固定当前时刻。
您无权写入的数据库（文件或其所在文件夹）以只读方式打开：可读取，写入时退出码 2。
--version 输出版本号。提示信息随 LANG 变化（提供 zh_CN 翻译）；结果不变。
</translation>
    </message>
    <message>
        <source>copy needs %1 (usage: %2)</source>
        <translation>copy 需要 %1（用法：%2）</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3
</source>
        <translation>已将 %1 复制到 %2：%3
</translation>
    </message>
    <message>
        <source>open (claim lapsed)</source>
        <translation>待处理（认领已过期）</translation>
    </message>
    <message>
        <source>--user %1: the team store %2 signed you in as %3; connect as %1 to act as %1</source>
        <translation>--user %1：团队存储 %2 已将你登录为 %3；要以 %1 的身份操作，请以 %1 连接</translation>
    </message>
    <message>
        <source>%1: a team store is made by copying a store into it (redline-cli copy --from FILE --to URL)</source>
        <translation>%1：团队存储由复制一个存储而建立（redline-cli copy --from FILE --to URL）</translation>
    </message>
    <message>
        <source>%1: a team store&apos;s passwords are the server&apos;s; set one with psql&apos;s \password %2 or ALTER ROLE</source>
        <translation>%1：团队存储的密码由服务器管理；请用 psql 的 \password %2 或 ALTER ROLE 设置</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>%1 version %2 · SHA-256 %3</source>
        <translation>%1 版本 %2 · SHA-256 %3</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>未知主体 %1</translation>
    </message>
    <message>
        <source>%1 (an override, not the stored policy)</source>
        <translation>%1（临时覆盖，非数据库中保存的规则）</translation>
    </message>
    <message numerus="yes">
        <source>Verified: integrity checks, the hash-chained audit log and the state cache are intact (%n event(s)).</source>
        <translation>
            <numerusform>校验通过：完整性检查、哈希链审计日志与状态缓存均完好（%n 条事件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>校验未通过：%1</translation>
    </message>
    <message>
        <source>%1: a report is written as .pdf or .csv (the extension says which)</source>
        <translation>%1：报告只能写为 .pdf 或 .csv（由扩展名决定）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1：无法写入报告：%2</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>DashboardStats</name>
    <message>
        <source>read the dashboard figures</source>
        <translation>读取概览数据</translation>
    </message>
</context>
<context>
    <name>EventJson</name>
    <message>
        <source>field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string such as &quot;2025-03-01&quot; or &quot;2025-03-01T08:00:00Z&quot;</source>
        <translation>必须是形如“2025-03-01”或“2025-03-01T08:00:00Z”的字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>“%1”不是 UTC 时刻（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>未知事件类型“%1”</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>must be a positive number of yuan</source>
        <translation>必须是正数（单位：元）</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>more than %1 yuan, the largest amount (whole yuan, exact)</source>
        <translation>超过 %1 元，即最大金额（整数元，须精确）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>EventReader</name>
    <message>
        <source>read the ledger</source>
        <translation>读取台账</translation>
    </message>
    <message>
        <source>%1: no ledger event %2</source>
        <translation>%1：没有台账事件 %2</translation>
    </message>
</context>
<context>
    <name>EventValidator</name>
    <message>
        <source>field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>validate an event</source>
        <translation>校验事件</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a valid handle (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>%1 不是有效的标识（1 到 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>%1 is not a valid id (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>%1 不是有效的 ID（1 到 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>%1 is not a valid user name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>%1 不是有效的用户名（1 到 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be a positive number of yuan</source>
        <translation>必须是正数（单位：元）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不是 %2 之一</translation>
    </message>
    <message>
        <source>%1 is not one of mcn, brand, creator</source>
        <translation>%1 不是 mcn、brand、creator 之一</translation>
    </message>
    <message>
        <source>no subject %1</source>
        <translation>没有主体 %1</translation>
    </message>
    <message>
        <source>%1 is %2; a %3 event applies to %4 only</source>
        <translation>%1 是 %2；%3 事件仅适用于 %4</translation>
    </message>
    <message>
        <source>%1 is not a violation code for %2</source>
        <translation>%1 不是 %2 的违规类型代码</translation>
    </message>
    <message>
        <source>%1 is outside the range %2..%3 of %4 (R-L2)</source>
        <translation>%1 超出 %4 的范围 %2..%3（R-L2）</translation>
    </message>
    <message>
        <source>no %1 %2 in the store</source>
        <translation>数据库中没有 %1 %2</translation>
    </message>
    <message>
        <source>%1 is the id of %2, not of %3</source>
        <translation>%1 是 %2 的 ID，不是 %3 的</translation>
    </message>
    <message>
        <source>%1 is %2, not an MCN</source>
        <translation>%1 是 %2，不是 MCN</translation>
    </message>
    <message>
        <source>no campaign %1 in the store</source>
        <translation>数据库中没有专项治理 %1</translation>
    </message>
    <message>
        <source>subject %1 already exists with different content</source>
        <translation>主体 %1 已存在且内容不同</translation>
    </message>
    <message>
        <source>%1 already exists with different content</source>
        <translation>%1 已存在且内容不同</translation>
    </message>
    <message>
        <source>%1 is already the id of %2</source>
        <translation>%1 已是%2的 ID</translation>
    </message>
    <message>
        <source>the appeal is dated before its violation %1 (%2)</source>
        <translation>申诉日期早于其违规 %1（%2）</translation>
    </message>
    <message>
        <source>%1 already has an appeal (%2); one appeal per violation (R-L3)</source>
        <translation>%1 已有申诉（%2）；每条违规只能申诉一次（R-L3）</translation>
    </message>
    <message>
        <source>the decision is dated before its appeal %1 (%2)</source>
        <translation>裁定日期早于其申诉 %1（%2）</translation>
    </message>
    <message>
        <source>%1 recorded the violation under appeal %2 and cannot decide it (R-L4 four-eyes)</source>
        <translation>%1 记录了申诉 %2 所针对的违规，不能裁定该申诉（R-L4 双人复核）</translation>
    </message>
    <message>
        <source>the retraction is dated before its violation %1 (%2)</source>
        <translation>撤回日期早于其违规 %1（%2）</translation>
    </message>
    <message>
        <source>%1 was already retracted on %2</source>
        <translation>%1 已于 %2 撤回</translation>
    </message>
    <message>
        <source>%1 of ¥%2 exceeds the deposit balance ¥%3 at %4 (R-M3)</source>
        <translation>%1 ¥%2 超过 %4 时的保证金余额 ¥%3（R-M3）</translation>
    </message>
    <message>
        <source>refund refused: appeal %1 is pending (R-M3)</source>
        <translation>拒绝退还：申诉 %1 尚待处理（R-M3）</translation>
    </message>
    <message>
        <source>refund refused: violation %1 on %2 is within the last %3 days (R-M3)</source>
        <translation>拒绝退还：%2 的违规 %1 在最近 %3 天内（R-M3）</translation>
    </message>
    <message>
        <source>%1 holds no certification to revoke</source>
        <translation>%1 没有可撤销的商业认证</translation>
    </message>
    <message>
        <source>%1 already holds a certification</source>
        <translation>%1 已持有商业认证</translation>
    </message>
    <message>
        <source>certification refused: %1 (%2, R-M4)</source>
        <translation>拒绝商业认证：%1（%2，R-M4）</translation>
    </message>
    <message>
        <source>%1 is already contracted to %2</source>
        <translation>%1 已与 %2 签约</translation>
    </message>
    <message>
        <source>%1 has no contract with %2 in force</source>
        <translation>%1 与 %2 之间没有有效合约</translation>
    </message>
    <message>
        <source>%1: no ledger event %2</source>
        <translation>%1：没有台账事件 %2</translation>
    </message>
    <message>
        <source>a violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>an appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>a campaign</source>
        <translation>专项治理</translation>
    </message>
    <message>
        <source>a %1 event</source>
        <translation>%1 事件</translation>
    </message>
    <message>
        <source>an MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>a brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>a creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>%1 is not a valid name (1 to 64 of A-Z a-z 0-9 _ . : -)</source>
        <translation>%1 不是有效的名称（1 至 64 个 A-Z a-z 0-9 _ . : - 字符）</translation>
    </message>
    <message>
        <source>more than %1 yuan, the largest amount (whole yuan, exact)</source>
        <translation>超过 %1 元，即最大金额（整数元，须精确）</translation>
    </message>
    <message>
        <source>only %1, who recorded %2, may retract it; anyone else files an appeal</source>
        <translation>只有记录 %2 的 %1 可以撤回它；其他人请提交申诉</translation>
    </message>
    <message>
        <source>paying ¥%1 would take the deposit balance ¥%2 over ¥%3, the largest balance</source>
        <translation>缴纳 ¥%1 会使保证金余额 ¥%2 超过最大余额 ¥%3</translation>
    </message>
    <message>
        <source>not a field of a notice</source>
        <translation>不是通知的字段</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a notice may have</source>
        <translation>%1 个字符，超过通知上限 %2 个字符</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>一篇笔记</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a post may have</source>
        <translation>%1 个字符，超过笔记上限 %2</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 a title may have</source>
        <translation>%1 个字符，超过标题上限 %2</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>一条举报</translation>
    </message>
    <message>
        <source>no post %1 in the store</source>
        <translation>存储中没有笔记 %1</translation>
    </message>
    <message>
        <source>post %1 is %2&apos;s, not %3&apos;s</source>
        <translation>笔记 %1 属于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>no post or report %1 in the store</source>
        <translation>存储中没有笔记或举报 %1</translation>
    </message>
    <message>
        <source>item %1 is %2&apos;s, not %3&apos;s</source>
        <translation>条目 %1 属于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the step is dated before its item %1 (%2)</source>
        <translation>该步骤的日期早于其条目 %1（%2）</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>only a confirmation names a violation</source>
        <translation>只有确认步骤才能指明违规记录</translation>
    </message>
    <message>
        <source>no violation %1 in the store</source>
        <translation>存储中没有违规记录 %1</translation>
    </message>
    <message>
        <source>violation %1 is %2&apos;s, not %3&apos;s</source>
        <translation>违规记录 %1 属于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>violation %1 was recorded by %2; a confirmation names the violation its moderator recorded</source>
        <translation>违规记录 %1 由 %2 记录；确认步骤只能指明确认人自己记录的违规</translation>
    </message>
    <message>
        <source>the removal is dated before its post %1 (%2)</source>
        <translation>删除时间早于其笔记 %1（%2）</translation>
    </message>
    <message>
        <source>post %1 was already removed by %2 on %3</source>
        <translation>笔记 %1 已由 %2 于 %3 删除</translation>
    </message>
    <message>
        <source>post %1 is not removed; there is nothing to restore</source>
        <translation>笔记 %1 未被删除，无需恢复</translation>
    </message>
    <message>
        <source>not a field of a campaign (spec, targets, undoes)</source>
        <translation>不是专项治理的字段（spec、targets、undoes）</translation>
    </message>
    <message>
        <source>must be a whole number, not negative</source>
        <translation>必须是非负整数</translation>
    </message>
    <message>
        <source>%1 was already decided on %2 by %3</source>
        <translation>%1 已于 %2 由 %3 裁决</translation>
    </message>
</context>
<context>
    <name>FindingQuery</name>
    <message>
        <source>read the findings</source>
        <translation>读取检出项</translation>
    </message>
</context>
<context>
    <name>FindingsWriter</name>
    <message>
        <source>write the findings of posts</source>
        <translation>写入笔记检出项</translation>
    </message>
</context>
<context>
    <name>HealthHistoryQuery</name>
    <message>
        <source>read the content health history</source>
        <translation>读取内容健康分历史</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>未知主体 %1</translation>
    </message>
    <message>
        <source>%1 is not a creator; the content health index is a creator&apos;s (R-H1)</source>
        <translation>%1 不是创作者；内容健康分仅适用于创作者（R-H1）</translation>
    </message>
</context>
<context>
    <name>HealthQuery</name>
    <message>
        <source>read the content health inputs</source>
        <translation>读取内容健康分的输入数据</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>未知主体 %1</translation>
    </message>
    <message>
        <source>%1 is not a creator; the content health index is a creator&apos;s (R-H1)</source>
        <translation>%1 不是创作者；内容健康分仅适用于创作者（R-H1）</translation>
    </message>
</context>
<context>
    <name>HealthRulesLoader</name>
    <message>
        <source>unknown indicator &apos;%1&apos; (one of %2)</source>
        <translation>未知指标“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>indicator &apos;%1&apos; is listed twice</source>
        <translation>指标“%1”重复列出</translation>
    </message>
    <message>
        <source>must differ from good</source>
        <translation>不能与 good 相同</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; (the dimensions are %2, in this order)</source>
        <translation>应为“%1”（维度依次为 %2）</translation>
    </message>
    <message>
        <source>expected %1 dimensions (%2)</source>
        <translation>应有 %1 个维度（%2）</translation>
    </message>
    <message>
        <source>the weights add up to %1, not 100</source>
        <translation>权重之和为 %1，不是 100</translation>
    </message>
    <message>
        <source>give exactly one of at_or_above and below</source>
        <translation>at_or_above 与 below 须且仅须给出其一</translation>
    </message>
    <message>
        <source>must be within 0..100</source>
        <translation>必须在 0..100 之间</translation>
    </message>
    <message>
        <source>unknown restriction id &apos;%1&apos;</source>
        <translation>未知的限制 ID“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day HH:MM</source>
        <translation>“%1”不是 HH:MM 格式的时刻</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone this system knows (an IANA id such as Asia/Shanghai)</source>
        <translation>“%1”不是本系统识别的时区（应为 IANA 标识，如 Asia/Shanghai）</translation>
    </message>
    <message>
        <source>must differ from teen_quiet_from</source>
        <translation>不能与 teen_quiet_from 相同</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Originality: duplicate rate</source>
        <translation>原创度：重复率</translation>
    </message>
    <message>
        <source>Information density: notes with references</source>
        <translation>信息密度：附参考来源的笔记占比</translation>
    </message>
    <message>
        <source>Professionalism: regulated-topic notes with qualification</source>
        <translation>专业度：有资质的监管领域笔记占比</translation>
    </message>
    <message>
        <source>Commercial share of notes</source>
        <translation>商业笔记占比</translation>
    </message>
    <message>
        <source>Ad disclosure: commercial notes reported via 蒲公英</source>
        <translation>广告申报：经蒲公英报备的商业笔记占比</translation>
    </message>
    <message>
        <source>导流 (diversion) findings</source>
        <translation>导流检出</translation>
    </message>
    <message>
        <source>Sensitive-content findings</source>
        <translation>敏感内容检出</translation>
    </message>
    <message>
        <source>Absolute-claim findings</source>
        <translation>绝对化用语检出</translation>
    </message>
    <message>
        <source>Verified user reports (window)</source>
        <translation>核实的用户举报（统计窗口内）</translation>
    </message>
    <message>
        <source>Invalid-interaction share</source>
        <translation>无效互动占比</translation>
    </message>
    <message>
        <source>Video completion rate</source>
        <translation>视频完播率</translation>
    </message>
    <message>
        <source>Engagement balance</source>
        <translation>互动均衡度</translation>
    </message>
    <message>
        <source>Share of the creator&apos;s notes duplicating others&apos; work (metrics only).</source>
        <translation>与他人作品重复的笔记占比（仅来自指标快照）。</translation>
    </message>
    <message>
        <source>Share of science and medical notes that cite references (metrics only).</source>
        <translation>科普和医疗笔记中附参考来源的占比（仅来自指标快照）。</translation>
    </message>
    <message>
        <source>Regulated-topic (medical, education) notes posted with the qualification in force / all regulated-topic notes.</source>
        <translation>发布时资质有效的监管领域（医疗、教育）笔记数 / 全部监管领域笔记数。</translation>
    </message>
    <message>
        <source>Commercial notes / all notes.</source>
        <translation>商业笔记数 / 全部笔记数。</translation>
    </message>
    <message>
        <source>Commercial notes reported through 蒲公英 / commercial notes; the rest are 水下笔记.</source>
        <translation>经蒲公英报备的商业笔记数 / 商业笔记数；其余为水下笔记。</translation>
    </message>
    <message>
        <source>Scanner findings of 导流 (WeChat, phone, QR code, links) per 100 notes.</source>
        <translation>每 100 篇笔记的导流检出数（微信、电话、二维码、链接）。</translation>
    </message>
    <message>
        <source>Scanner findings of sensitive content per 100 notes.</source>
        <translation>每 100 篇笔记的敏感内容检出数。</translation>
    </message>
    <message>
        <source>Scanner findings of absolute claims (最有效, 绝对安全) per 100 notes.</source>
        <translation>每 100 篇笔记的绝对化用语检出数（最有效、绝对安全）。</translation>
    </message>
    <message>
        <source>Verified user reports in the policy&apos;s window ending at the instant, not retracted or overturned.</source>
        <translation>截至该时刻、规则统计窗口内核实且未被撤销或改判的用户举报数。</translation>
    </message>
    <message>
        <source>Share of interactions judged invalid (metrics only).</source>
        <translation>被判定为无效的互动占比（仅来自指标快照）。</translation>
    </message>
    <message>
        <source>Share of video views watched to the end (metrics only).</source>
        <translation>视频完整播放的占比（仅来自指标快照）。</translation>
    </message>
    <message>
        <source>Median likes per note / (followers / 50) (metrics only).</source>
        <translation>每篇笔记点赞中位数 / （粉丝数 / 50）（仅来自指标快照）。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 per 100 notes</source>
        <translation>每 100 篇笔记 %1</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指标快照</translation>
    </message>
    <message>
        <source>store</source>
        <translation>数据库统计</translation>
    </message>
    <message>
        <source>From the latest metrics snapshot at or before the instant.</source>
        <translation>取自该时刻或之前最近一次指标快照。</translation>
    </message>
    <message>
        <source>Counted from the store&apos;s posts, their findings and the verified reports.</source>
        <translation>由数据库中的笔记、其检出项和核实的举报统计得出。</translation>
    </message>
    <message>
        <source>Neither a metrics snapshot nor the store gives this value; it does not count.</source>
        <translation>指标快照和数据库均未提供此数值；不计入。</translation>
    </message>
    <message>
        <source>≥ %1: %2</source>
        <translation>≥ %1：%2</translation>
    </message>
    <message>
        <source>&lt; %1: %2</source>
        <translation>&lt; %1：%2</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>integer %1 out of range</source>
        <translation>整数 %1 超出范围</translation>
    </message>
    <message>
        <source>expected an integer or null</source>
        <translation>应为整数或 null</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
</context>
<context>
    <name>JsonlExporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>read the ledger</source>
        <translation>读取台账</translation>
    </message>
    <message>
        <source>%1: no subject %2</source>
        <translation>%1：没有主体 %2</translation>
    </message>
</context>
<context>
    <name>LexiconLoader</name>
    <message>
        <source>lexicon: %1: %2</source>
        <translation>词库：%1：%2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 必须是字符串数组</translation>
    </message>
    <message>
        <source>%1[%2] must be a non-empty string</source>
        <translation>%1[%2] 必须是非空字符串</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>&quot;patterns&quot;[%1]: invalid regular expression (%2)</source>
        <translation>&quot;patterns&quot;[%1]：正则表达式无效（%2）</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be a lower-case identifier (a-z, 0-9, _)</source>
        <translation>&quot;rule&quot; 必须是小写标识符（a-z、0-9、_）</translation>
    </message>
    <message>
        <source>&quot;category&quot; must be a lower-case identifier (a-z, 0-9, _)</source>
        <translation>&quot;category&quot; 必须是小写标识符（a-z、0-9、_）</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;phrase&quot;, &quot;regex&quot; or &quot;digits&quot;</source>
        <translation>&quot;kind&quot; 必须是 &quot;phrase&quot;、&quot;regex&quot; 或 &quot;digits&quot;</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; differs from the rule&apos;s earlier category &quot;%2&quot;</source>
        <translation>类别 &quot;%1&quot; 与该规则之前的类别 &quot;%2&quot; 不一致</translation>
    </message>
    <message>
        <source>&quot;luhn&quot; must be true or false</source>
        <translation>&quot;luhn&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string</source>
        <translation>&quot;name&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a non-empty array</source>
        <translation>&quot;rules&quot; 必须是非空数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&quot;suppressed_by&quot; names &quot;%1&quot;, which is not another rule of the lexicon</source>
        <translation>&quot;suppressed_by&quot; 指定的 &quot;%1&quot; 不是词库中的其他规则</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not one of the lexicon&apos;s &quot;contexts&quot;</source>
        <translation>%1 引用了“%2”，它不是词库 &quot;contexts&quot; 中的语境</translation>
    </message>
    <message>
        <source>&quot;contexts&quot; must be an object</source>
        <translation>&quot;contexts&quot; 必须是对象</translation>
    </message>
    <message>
        <source>a context&apos;s name must be a lower-case identifier (a-z, 0-9, _)</source>
        <translation>语境名称必须是小写标识符（a-z、0-9、_）</translation>
    </message>
    <message>
        <source>needs &quot;before&quot; or &quot;after&quot;</source>
        <translation>需要 &quot;before&quot; 或 &quot;after&quot;</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must be &quot;clause&quot; or &quot;sentence&quot;</source>
        <translation>&quot;scope&quot; 必须是 &quot;clause&quot;（分句）或 &quot;sentence&quot;（整句）</translation>
    </message>
</context>
<context>
    <name>NoticeCsvExporter</name>
    <message>
        <source>cannot write the notices: %1</source>
        <translation>无法写入通知：%1</translation>
    </message>
</context>
<context>
    <name>NoticePlanner</name>
    <message>
        <source>no subject &quot;%1&quot; to notify</source>
        <translation>没有可通知的主体“%1”</translation>
    </message>
    <message>
        <source>notice template %1 (%2, %3): %4</source>
        <translation>通知模板 %1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>notice template %1 (%2, %3) renders an empty notice</source>
        <translation>通知模板 %1（%2，%3）生成的通知为空</translation>
    </message>
    <message>
        <source>field appeal: no appeal &quot;%1&quot;</source>
        <translation>字段 appeal：没有申诉“%1”</translation>
    </message>
    <message>
        <source>sanction %1 of %2 is permanent: it has no end to notify</source>
        <translation>%2 的处罚 %1 为永久处罚，没有可通知的期满</translation>
    </message>
    <message>
        <source>read the subjects</source>
        <translation>读取主体</translation>
    </message>
</context>
<context>
    <name>NoticeQuery</name>
    <message>
        <source>index the notices</source>
        <translation>为通知建立索引</translation>
    </message>
    <message>
        <source>read the notices</source>
        <translation>读取通知</translation>
    </message>
    <message>
        <source>count the notices</source>
        <translation>统计通知</translation>
    </message>
    <message>
        <source>read the creators of %1</source>
        <translation>读取 %1 的签约创作者</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>line %1: unknown placeholder {%2}</source>
        <translation>第 %1 行：未知占位符 {%2}</translation>
    </message>
</context>
<context>
    <name>NoticeTemplates</name>
    <message>
        <source>no notice template &quot;%1&quot; (one of %2)</source>
        <translation>没有通知模板“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>notice language &quot;%1&quot; is not one of %2</source>
        <translation>通知语言“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>notice template %1 (%2): cannot read %3</source>
        <translation>通知模板 %1（%2）：无法读取 %3</translation>
    </message>
    <message>
        <source>notice words (%1): cannot read %2</source>
        <translation>通知词表（%1）：无法读取 %2</translation>
    </message>
    <message>
        <source>notice words (%1): %2 is not a JSON object (%3)</source>
        <translation>通知词表（%1）：%2 不是 JSON 对象（%3）</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>本报告</translation>
    </message>
    <message>
        <source>Current standing</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>审计链校验</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>cannot add page %1 to the PDF</source>
        <translation>无法向 PDF 添加第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>无法完成 PDF</translation>
    </message>
</context>
<context>
    <name>PermissionMatrix</name>
    <message>
        <source>record violations</source>
        <translation>记录违规</translation>
    </message>
    <message>
        <source>retract violations</source>
        <translation>撤回违规</translation>
    </message>
    <message>
        <source>file appeals</source>
        <translation>提交申诉</translation>
    </message>
    <message>
        <source>decide appeals</source>
        <translation>裁定申诉</translation>
    </message>
    <message>
        <source>record exams</source>
        <translation>记录考试</translation>
    </message>
    <message>
        <source>add case notes</source>
        <translation>添加案件备注</translation>
    </message>
    <message>
        <source>record content-health metrics</source>
        <translation>记录内容健康指标</translation>
    </message>
    <message>
        <source>register subjects</source>
        <translation>登记主体</translation>
    </message>
    <message>
        <source>pay, deduct or refund deposits</source>
        <translation>缴纳、扣除或退还保证金</translation>
    </message>
    <message>
        <source>grant or revoke certifications</source>
        <translation>授予或撤销认证</translation>
    </message>
    <message>
        <source>start or end contracts</source>
        <translation>登记签约或解约</translation>
    </message>
    <message>
        <source>ban brands</source>
        <translation>封禁品牌</translation>
    </message>
    <message>
        <source>start campaigns</source>
        <translation>发起专项治理</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation>更改规则</translation>
    </message>
    <message>
        <source>generate synthetic data</source>
        <translation>生成合成数据</translation>
    </message>
    <message>
        <source>import any event (a history load)</source>
        <translation>导入任意事件（历史数据加载）</translation>
    </message>
    <message>
        <source>claim, dismiss or confirm triage items</source>
        <translation>认领、驳回或确认分诊条目</translation>
    </message>
    <message>
        <source>remove or restore posts</source>
        <translation>删除或恢复笔记</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1: out of memory connecting</source>
        <translation>%1：连接时内存不足</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation>配置连接</translation>
    </message>
    <message>
        <source>%1: cannot %2: %3</source>
        <translation>%1：无法%2：%3</translation>
    </message>
    <message>
        <source>listen for the team&apos;s writes</source>
        <translation>监听团队的写入</translation>
    </message>
</context>
<context>
    <name>PgCopyEndpoint</name>
    <message>
        <source>read the store</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>read table %1</source>
        <translation>读取表 %1</translation>
    </message>
    <message>
        <source>begin the copy</source>
        <translation>开始复制</translation>
    </message>
    <message>
        <source>lock the store for the copy</source>
        <translation>为复制锁定数据库</translation>
    </message>
    <message>
        <source>check that the store is empty</source>
        <translation>检查数据库是否为空</translation>
    </message>
    <message>
        <source>%1: the store is not empty (table %2 has rows); copy writes only into a new store</source>
        <translation>%1：数据库不为空（表 %2 有数据）；copy 只写入新数据库</translation>
    </message>
    <message>
        <source>write table %1</source>
        <translation>写入表 %1</translation>
    </message>
    <message>
        <source>move the key sequence of table %1</source>
        <translation>推进表 %1 的主键序列</translation>
    </message>
    <message>
        <source>commit the copy</source>
        <translation>提交复制</translation>
    </message>
    <message>
        <source>prepare the tables for the copy</source>
        <translation>为复制准备表</translation>
    </message>
    <message>
        <source>index the copied tables</source>
        <translation>为复制的表建立索引</translation>
    </message>
</context>
<context>
    <name>PgCopyText</name>
    <message>
        <source>%1: a row has %2 values, not %3</source>
        <translation>%1：某行有 %2 个值，而不是 %3 个</translation>
    </message>
    <message>
        <source>%1.%2: not a hex bytea</source>
        <translation>%1.%2：不是十六进制 bytea</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>the PostgreSQL schema is missing from the program</source>
        <translation>程序中缺少 PostgreSQL 数据库结构</translation>
    </message>
    <message>
        <source>create the Redline schema</source>
        <translation>创建 Redline 数据库结构</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>读取数据库结构</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>读取结构版本</translation>
    </message>
    <message>
        <source>%1: not a Redline store (no Redline schema in this database)</source>
        <translation>%1：不是 Redline 数据库（此数据库中没有 Redline 结构）</translation>
    </message>
    <message>
        <source>%1: a store at schema version %2; this Redline reads version %3</source>
        <translation>%1：数据库结构版本为 %2；此版本 Redline 读取版本 %3</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Violation publicly disclosed</source>
        <translation>违规公示</translation>
    </message>
    <message>
        <source>Security deposit increased</source>
        <translation>提高保证金</translation>
    </message>
    <message>
        <source>Marketing platform access lost</source>
        <translation>取消营销平台权限</translation>
    </message>
    <message>
        <source>Affiliated creators&apos; visibility reduced</source>
        <translation>旗下创作者曝光降低</translation>
    </message>
    <message>
        <source>Revenue frozen</source>
        <translation>冻结收入</translation>
    </message>
    <message>
        <source>Creators may terminate contracts</source>
        <translation>创作者可解约</translation>
    </message>
    <message>
        <source>Monetization disabled</source>
        <translation>关闭变现</translation>
    </message>
    <message>
        <source>Removed from the platform</source>
        <translation>清退出平台</translation>
    </message>
    <message>
        <source>Revenue withdrawal restricted (uncertified)</source>
        <translation>限制收入提现（未认证）</translation>
    </message>
    <message>
        <source>Commercial features limited (uncertified)</source>
        <translation>限制商业功能（未认证）</translation>
    </message>
    <message>
        <source>Alternative payment channel; may leave the MCN without penalty</source>
        <translation>替代结算渠道，可无责解约</translation>
    </message>
    <message>
        <source>Search appearance reduced</source>
        <translation>降低搜索展示</translation>
    </message>
    <message>
        <source>Public and recommended traffic reduced</source>
        <translation>降低公域与推荐流量</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>账号停用</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>Note throttled</source>
        <translation>笔记限流</translation>
    </message>
    <message>
        <source>Traffic throttled</source>
        <translation>限流</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>Product collaboration closed</source>
        <translation>关闭商品合作</translation>
    </message>
    <message>
        <source>Withdrawals frozen</source>
        <translation>冻结提现</translation>
    </message>
    <message>
        <source>Permanently banned</source>
        <translation>永久封号</translation>
    </message>
    <message>
        <source>Associated devices banned</source>
        <translation>设备封禁</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>笔记下架</translation>
    </message>
    <message>
        <source>Downranked</source>
        <translation>降权</translation>
    </message>
    <message>
        <source>Account weight reduced by history</source>
        <translation>历史违规降低账号权重</translation>
    </message>
    <message>
        <source>Inauthentic product recommendations</source>
        <translation>不真实的商品推荐</translation>
    </message>
    <message>
        <source>Fabricated engagement metrics</source>
        <translation>伪造互动数据</translation>
    </message>
    <message>
        <source>Contract disputes with brands</source>
        <translation>与品牌的合同纠纷</translation>
    </message>
    <message>
        <source>Unfair competitive practices</source>
        <translation>不正当竞争</translation>
    </message>
    <message>
        <source>Platform reputation damage</source>
        <translation>损害平台声誉</translation>
    </message>
    <message>
        <source>Violations of creator agreements</source>
        <translation>违反创作者协议</translation>
    </message>
    <message>
        <source>Unauthorised commercial promotion (水下笔记, not via 蒲公英)</source>
        <translation>未经授权的商业推广（水下笔记，未通过蒲公英）</translation>
    </message>
    <message>
        <source>Fake user-generated content: fake consumer accounts or paid intermediaries</source>
        <translation>虚假用户内容：虚假消费者账号或付费中介</translation>
    </message>
    <message>
        <source>Paid promotion not reported through 蒲公英</source>
        <translation>未通过蒲公英报备的付费推广</translation>
    </message>
    <message>
        <source>导流: WeChat, phone, QR code, link or 私我/求链接/私我领券</source>
        <translation>导流：微信、电话、二维码、链接或“私我/求链接/私我领券”</translation>
    </message>
    <message>
        <source>Review of unlabelled (三无) products</source>
        <translation>测评三无产品</translation>
    </message>
    <message>
        <source>A user report, verified</source>
        <translation>用户举报（已核实）</translation>
    </message>
    <message>
        <source>Reposting others&apos; work, duplication above 30%</source>
        <translation>搬运他人作品，重复率超过 30%</translation>
    </message>
    <message>
        <source>Unauthorised celebrity likeness or film clips</source>
        <translation>未经授权使用明星肖像或影视片段</translation>
    </message>
    <message>
        <source>Medical or cosmetic-medical claims without a licence</source>
        <translation>无资质发布医疗或医美宣称</translation>
    </message>
    <message>
        <source>Education false promises (保过签证, 年薪百万)</source>
        <translation>教育类虚假承诺（保过签证、年薪百万）</translation>
    </message>
    <message>
        <source>Absolute claims (最有效, 彻底根治, 绝对安全)</source>
        <translation>绝对化用语（最有效、彻底根治、绝对安全）</translation>
    </message>
    <message>
        <source>Flaunting wealth, clickbait</source>
        <translation>炫富、标题党</translation>
    </message>
    <message>
        <source>Bought likes or followers</source>
        <translation>购买点赞或粉丝</translation>
    </message>
    <message>
        <source>Followers/interaction imbalance, verified</source>
        <translation>粉丝与互动比例失衡（已核实）</translation>
    </message>
    <message>
        <source>Recommended more (health index 80 or above)</source>
        <translation>推荐加权（健康分 80 及以上）</translation>
    </message>
    <message>
        <source>Excluded from creator support programs</source>
        <translation>不参与创作者扶持计划</translation>
    </message>
    <message>
        <source>Brand orders restricted</source>
        <translation>品牌合作接单受限</translation>
    </message>
    <message>
        <source>Traffic throttled (health index below 60)</source>
        <translation>流量限制（健康分低于 60）</translation>
    </message>
    <message>
        <source>Regulated-topic notes throttled (no qualification on file)</source>
        <translation>专业领域笔记限流（无资质备案）</translation>
    </message>
</context>
<context>
    <name>PolicyComparePdf</name>
    <message>
        <source>Policy comparison</source>
        <translation>规则对比</translation>
    </message>
    <message>
        <source>%1 in force  vs.  %2 proposed</source>
        <translation>现行 %1  对比  拟议 %2</translation>
    </message>
    <message>
        <source>Every subject&apos;s history replayed as of %1 UTC under both policies</source>
        <translation>按两套规则重放每个主体截至 %1 UTC 的历史</translation>
    </message>
    <message>
        <source> · store %1</source>
        <translation> · 数据库 %1</translation>
    </message>
    <message>
        <source>subjects replayed</source>
        <translation>个主体已重放</translation>
    </message>
    <message>
        <source>change standing</source>
        <translation>个状态变化</translation>
    </message>
    <message>
        <source>change band (MCNs, brands)</source>
        <translation>个分档变化（MCN、品牌）</translation>
    </message>
    <message>
        <source>change ladder level (creators)</source>
        <translation>个处罚阶梯变化（创作者）</translation>
    </message>
    <message>
        <source>change restrictions</source>
        <translation>个限制变化</translation>
    </message>
    <message>
        <source>change score</source>
        <translation>个分数变化</translation>
    </message>
    <message>
        <source>Differences between the two policies (%1)</source>
        <translation>两套规则的差异（%1）</translation>
    </message>
    <message>
        <source>None: the proposed policy equals the policy in force.</source>
        <translation>无：拟议规则与现行规则相同。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>Subjects per tier: in force (grey) and proposed (orange)</source>
        <translation>各档位主体数：现行（灰）与拟议（橙）</translation>
    </message>
    <message>
        <source>%1: %2, mean score %3 → %4</source>
        <translation>%1：%2 个，平均分 %3 → %4</translation>
    </message>
    <message>
        <source>The %1 subjects that change most, of %2 that change standing</source>
        <translation>变化最大的 %1 个主体（共 %2 个状态变化）</translation>
    </message>
    <message>
        <source>Subjects that change standing (%1)</source>
        <translation>状态变化的主体（%1）</translation>
    </message>
    <message>
        <source>No subject changes tier, ladder level or restrictions.</source>
        <translation>没有主体的档位、处罚阶梯或限制发生变化。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Restrictions gained</source>
        <translation>新增限制</translation>
    </message>
    <message>
        <source>Restrictions lost</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>Redline policy lab · what-if replay: nothing in the store was changed</source>
        <translation>Redline 规则实验室 · 假设推演：数据库未作任何改动</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>第 1 页，共 1 页</translation>
    </message>
    <message>
        <source>No comparison to write</source>
        <translation>没有可写出的对比</translation>
    </message>
    <message>
        <source>Policy comparison: %1 vs. %2</source>
        <translation>规则对比：%1 对比 %2</translation>
    </message>
    <message>
        <source>Could not start the PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
</context>
<context>
    <name>PolicyDiff</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (permanent)</source>
        <translation>%1（永久）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>PolicyDiffView</name>
    <message>
        <source>Differences from</source>
        <translation>差异：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Pick two policies.</source>
        <translation>请选择两个策略。</translation>
    </message>
    <message>
        <source>The two policies are the same.</source>
        <translation>两个策略相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ.</source>
        <translation>
            <numerusform>%n 项设置不同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Import JSON…</source>
        <translation>导入 JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save as draft…</source>
        <translation>另存为草稿…</translation>
    </message>
    <message>
        <source>Compare with the policy in force…</source>
        <translation>与现行策略比较…</translation>
    </message>
    <message>
        <source>Read a policy from a JSON file; a file the loader refuses changes nothing</source>
        <translation>从 JSON 文件读取策略；加载器拒绝的文件不会改变任何内容</translation>
    </message>
    <message>
        <source>Discard the edits and show the policy as it was loaded</source>
        <translation>放弃编辑，恢复为加载时的策略</translation>
    </message>
    <message>
        <source>Saving drafts is not available here</source>
        <translation>此处无法保存草稿</translation>
    </message>
    <message>
        <source>Editing: %1 (%2 v%3)</source>
        <translation>正在编辑：%1（%2 v%3）</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Valid. Edited: not saved yet.</source>
        <translation>有效。已编辑：尚未保存。</translation>
    </message>
    <message>
        <source>Valid. No edits.</source>
        <translation>有效。未编辑。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Not valid: %1: %2</source>
        <translation>无效：%1：%2</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>策略无效：%1</translation>
    </message>
    <message>
        <source>Write the edited policy to a JSON file</source>
        <translation>将编辑后的策略写入 JSON 文件</translation>
    </message>
    <message>
        <source>Replay the history under the edited policy and compare it with the policy in force</source>
        <translation>在编辑后的策略下重放历史，并与现行策略比较</translation>
    </message>
    <message>
        <source>Store the edited policy as a named draft</source>
        <translation>将编辑后的策略保存为命名草稿</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已编辑）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Import policy</source>
        <translation>导入策略</translation>
    </message>
    <message>
        <source>Policy (*.json)</source>
        <translation>策略 (*.json)</translation>
    </message>
    <message>
        <source>The file was not imported: %1</source>
        <translation>文件未导入：%1</translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation>导出策略</translation>
    </message>
</context>
<context>
    <name>PolicyFields</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Integers separated by commas</source>
        <translation>以逗号分隔的整数</translation>
    </message>
    <message>
        <source>Restriction ids separated by commas; the policy defines: %1</source>
        <translation>以逗号分隔的限制 ID；策略定义的有：%1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>MCN rules</source>
        <translation>MCN 规则</translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation>%1（错误）</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Initial score</source>
        <translation>初始分</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Default points</source>
        <translation>默认扣分</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Warning at or above</source>
        <translation>预警（不低于）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Step (points)</source>
        <translation>每次恢复（分）</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>周期（天）</translation>
    </message>
    <message>
        <source>This scale does not recover with time.</source>
        <translation>此分值不会随时间恢复。</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>被以下处罚阻止</translation>
    </message>
    <message>
        <source>Restriction bands</source>
        <translation>限制档位</translation>
    </message>
    <message>
        <source>No bands on this scale.</source>
        <translation>此分值没有档位。</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>清退</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Suspension and reset</source>
        <translation>暂停与重置</translation>
    </message>
    <message>
        <source>At or below</source>
        <translation>不高于</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Reset to</source>
        <translation>重置为</translation>
    </message>
    <message>
        <source>no reset</source>
        <translation>不重置</translation>
    </message>
    <message>
        <source>Special-governance ban</source>
        <translation>专项治理封禁</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>处罚阶梯</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>窗口（天）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Row %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;第 %1 行&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Minimum count in window</source>
        <translation>窗口内最少次数</translation>
    </message>
    <message>
        <source>Also applies to a violation recorded as severe</source>
        <translation>也适用于记为严重的违规</translation>
    </message>
    <message>
        <source>Sanction %1</source>
        <translation>处罚 %1</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Points restored</source>
        <translation>恢复分数</translation>
    </message>
    <message>
        <source>Cooldown (days)</source>
        <translation>冷却期（天）</translation>
    </message>
    <message>
        <source>History weight</source>
        <translation>历史权重</translation>
    </message>
    <message>
        <source>Violation codes</source>
        <translation>违规代码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Sanctions of codes</source>
        <translation>违规代码的处罚</translation>
    </message>
    <message>
        <source>%1 (first of the code)</source>
        <translation>%1（该代码首次）</translation>
    </message>
    <message>
        <source>…from the nth in force, ever</source>
        <translation>…自累计第 n 次有效违规起</translation>
    </message>
    <message>
        <source>Deposit (R-M3)</source>
        <translation>保证金（R-M3）</translation>
    </message>
    <message>
        <source>Required (yuan)</source>
        <translation>应缴（元）</translation>
    </message>
    <message>
        <source>Increased (yuan)</source>
        <translation>提高后（元）</translation>
    </message>
    <message>
        <source>Increase restriction</source>
        <translation>提高保证金的限制</translation>
    </message>
    <message>
        <source>Quiet days before a refund</source>
        <translation>退还前无违规天数</translation>
    </message>
    <message>
        <source>Certification (R-M4)</source>
        <translation>认证（R-M4）</translation>
    </message>
    <message>
        <source>Fabricated-engagement code</source>
        <translation>虚假互动代码</translation>
    </message>
    <message>
        <source>Lookback (days)</source>
        <translation>回溯（天）</translation>
    </message>
    <message>
        <source>Transition (R-M5)</source>
        <translation>过渡期（R-M5）</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>宽限期（天）</translation>
    </message>
    <message>
        <source>Withdrawal restriction</source>
        <translation>提现限制</translation>
    </message>
    <message>
        <source>…after (days)</source>
        <translation>…之后（天）</translation>
    </message>
    <message>
        <source>Commercial restriction</source>
        <translation>商业功能限制</translation>
    </message>
    <message>
        <source>Creator protection (R-M6)</source>
        <translation>博主保护（R-M6）</translation>
    </message>
    <message>
        <source>Critical thresholds</source>
        <translation>关键阈值</translation>
    </message>
    <message>
        <source>Notice margin (points)</source>
        <translation>提前通知差值（分）</translation>
    </message>
    <message>
        <source>Trigger restriction</source>
        <translation>触发限制</translation>
    </message>
    <message>
        <source>Creators&apos; restriction</source>
        <translation>博主的限制</translation>
    </message>
    <message>
        <source>Exit grace (days)</source>
        <translation>解约宽限期（天）</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>分诊</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Claim expiry (hours)</source>
        <translation>认领有效期（小时）</translation>
    </message>
    <message>
        <source>A claim lapses this many hours after it was made (1 to 720); the item is then open to anyone again, its former holder included. Nothing is written when it lapses.</source>
        <translation>认领在作出后经过这么多小时即过期（1 至 720）；之后该条目重新对所有人开放，包括原认领人。过期时不写入任何记录。</translation>
    </message>
</context>
<context>
    <name>PolicyLabPage</name>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>the policy in force</source>
        <translation>现行策略</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Draft name</source>
        <translation>草稿名称</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>A draft needs a name.</source>
        <translation>草稿需要一个名称。</translation>
    </message>
    <message>
        <source>The comparison of a candidate policy with the policy in force appears here: press &quot;Compare with the policy in force…&quot; in the editor.</source>
        <translation>候选策略与现行策略的比较显示在这里：请在编辑器中点击“与现行策略比较…”。</translation>
    </message>
</context>
<context>
    <name>PolicyLoader</name>
    <message>
        <source>%1 is outside the scale: must be between %2 and %3</source>
        <translation>%1 超出分值范围：必须在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>%1 is outside the scale&apos;s span: must be between 0 and %2</source>
        <translation>%1 超出分值跨度：必须在 0 到 %2 之间</translation>
    </message>
    <message>
        <source>must be less than the previous value %1 (strictly descending)</source>
        <translation>必须小于前一个值 %1（严格递减）</translation>
    </message>
    <message>
        <source>must be greater than the previous value %1 (strictly ascending)</source>
        <translation>必须大于前一个值 %1（严格递增）</translation>
    </message>
    <message>
        <source>unknown restriction id &apos;%1&apos;</source>
        <translation>未知限制 ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be less than max %1</source>
        <translation>必须小于上限 %1</translation>
    </message>
    <message>
        <source>code &apos;%1&apos; must be &apos;%2.&apos; followed by lowercase letters and underscores</source>
        <translation>代码 &apos;%1&apos; 必须是 &apos;%2.&apos; 后接小写字母和下划线</translation>
    </message>
    <message>
        <source>duplicate code &apos;%1&apos;</source>
        <translation>代码 &apos;%1&apos; 重复</translation>
    </message>
    <message>
        <source>%1 is greater than max %2</source>
        <translation>%1 大于上限 %2</translation>
    </message>
    <message>
        <source>%1 is outside the code&apos;s range [%2, %3]</source>
        <translation>%1 超出该代码的范围 [%2, %3]</translation>
    </message>
    <message>
        <source>unknown condition &apos;%1&apos; (expected always, first_of_code or nth_in_force_ever)</source>
        <translation>未知条件 &apos;%1&apos;（应为 always、first_of_code 或 nth_in_force_ever）</translation>
    </message>
    <message>
        <source>only allowed with &quot;when&quot;: &quot;nth_in_force_ever&quot;</source>
        <translation>仅可与 &quot;when&quot;: &quot;nth_in_force_ever&quot; 一起使用</translation>
    </message>
    <message>
        <source>must be at least 2</source>
        <translation>必须至少为 2</translation>
    </message>
    <message>
        <source>must be at least the required deposit %1</source>
        <translation>必须不低于要求的保证金 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a code of the mcn scale</source>
        <translation>&apos;%1&apos; 不是 MCN 分值体系中的代码</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UTC instant (expected YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; 不是 UTC 时刻（应为 YYYY-MM-DDTHH:MM:SSZ 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is not a threshold of the mcn scale</source>
        <translation>%1 不是 MCN 分值体系的阈值</translation>
    </message>
    <message>
        <source>unsupported format %1 (expected %2)</source>
        <translation>不支持的格式 %1（应为 %2）</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON，偏移 %1 处：%2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is outside the allowed range: must be between 1 and %2 hours</source>
        <translation>%1 超出允许范围：必须在 1 到 %2 小时之间</translation>
    </message>
</context>
<context>
    <name>PolicyPathLabels</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Restriction label · %1</source>
        <translation>限制名称 · %1</translation>
    </message>
    <message>
        <source>initial score</source>
        <translation>初始分</translation>
    </message>
    <message>
        <source>lowest score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>default points</source>
        <translation>默认扣分</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>recovery step</source>
        <translation>恢复步长</translation>
    </message>
    <message>
        <source>recovery period (days)</source>
        <translation>恢复周期（天）</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>warning at or above</source>
        <translation>预警（不低于）</translation>
    </message>
    <message>
        <source>restriction bands</source>
        <translation>限制档位</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>档位 %1</translation>
    </message>
    <message>
        <source>band %1 · below</source>
        <translation>档位 %1 · 低于</translation>
    </message>
    <message>
        <source>band %1 · restrictions</source>
        <translation>档位 %1 · 限制</translation>
    </message>
    <message>
        <source>band %1 · restriction %2</source>
        <translation>档位 %1 · 限制 %2</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>清退</translation>
    </message>
    <message>
        <source>removal below</source>
        <translation>清退（低于）</translation>
    </message>
    <message>
        <source>removal restriction</source>
        <translation>清退限制</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>suspension at or below</source>
        <translation>暂停（不高于）</translation>
    </message>
    <message>
        <source>suspension sanction</source>
        <translation>暂停处罚</translation>
    </message>
    <message>
        <source>suspension days</source>
        <translation>暂停天数</translation>
    </message>
    <message>
        <source>reset to after suspension</source>
        <translation>暂停后重置为</translation>
    </message>
    <message>
        <source>governance ban</source>
        <translation>专项治理封禁</translation>
    </message>
    <message>
        <source>governance ban sanction</source>
        <translation>专项治理封禁处罚</translation>
    </message>
    <message>
        <source>governance ban days</source>
        <translation>专项治理封禁天数</translation>
    </message>
    <message>
        <source>ladder</source>
        <translation>处罚阶梯</translation>
    </message>
    <message>
        <source>ladder window (days)</source>
        <translation>阶梯窗口（天）</translation>
    </message>
    <message>
        <source>ladder levels</source>
        <translation>阶梯级别</translation>
    </message>
    <message>
        <source>ladder row %1</source>
        <translation>阶梯第 %1 行</translation>
    </message>
    <message>
        <source>ladder row %1 · level</source>
        <translation>阶梯第 %1 行 · 级别</translation>
    </message>
    <message>
        <source>ladder row %1 · minimum count</source>
        <translation>阶梯第 %1 行 · 最少次数</translation>
    </message>
    <message>
        <source>ladder row %1 · applies to severe</source>
        <translation>阶梯第 %1 行 · 适用于严重违规</translation>
    </message>
    <message>
        <source>ladder row %1 · sanctions</source>
        <translation>阶梯第 %1 行 · 处罚</translation>
    </message>
    <message>
        <source>ladder row %1 · sanction %2</source>
        <translation>阶梯第 %1 行 · 处罚 %2</translation>
    </message>
    <message>
        <source>ladder row %1 · sanction %2 days</source>
        <translation>阶梯第 %1 行 · 处罚 %2 天数</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>exam points</source>
        <translation>考试恢复分数</translation>
    </message>
    <message>
        <source>exam cooldown (days)</source>
        <translation>考试冷却期（天）</translation>
    </message>
    <message>
        <source>history weight</source>
        <translation>历史权重</translation>
    </message>
    <message>
        <source>history weight restriction</source>
        <translation>历史权重限制</translation>
    </message>
    <message>
        <source>history weight (days)</source>
        <translation>历史权重（天）</translation>
    </message>
    <message>
        <source>recovery blocked by</source>
        <translation>阻止恢复的处罚</translation>
    </message>
    <message>
        <source>recovery blocked by %1</source>
        <translation>阻止恢复的处罚 %1</translation>
    </message>
    <message>
        <source>violation codes</source>
        <translation>违规代码</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 · code id</source>
        <translation>%1 · 代码 ID</translation>
    </message>
    <message>
        <source>%1 · description</source>
        <translation>%1 · 描述</translation>
    </message>
    <message>
        <source>%1 · points</source>
        <translation>%1 · 扣分</translation>
    </message>
    <message>
        <source>%1 · lowest points</source>
        <translation>%1 · 最低扣分</translation>
    </message>
    <message>
        <source>%1 · highest points</source>
        <translation>%1 · 最高扣分</translation>
    </message>
    <message>
        <source>%1 · sanctions</source>
        <translation>%1 · 处罚</translation>
    </message>
    <message>
        <source>%1 · sanction %2</source>
        <translation>%1 · 处罚 %2</translation>
    </message>
    <message>
        <source>%1 · sanction %2 days</source>
        <translation>%1 · 处罚 %2 天数</translation>
    </message>
    <message>
        <source>%1 · sanction %2 condition</source>
        <translation>%1 · 处罚 %2 条件</translation>
    </message>
    <message>
        <source>%1 · sanction %2 from the nth</source>
        <translation>%1 · 处罚 %2 自第 n 次</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>策略名称</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>策略版本</translation>
    </message>
    <message>
        <source>Deposit · required</source>
        <translation>保证金 · 应缴</translation>
    </message>
    <message>
        <source>Deposit · increased</source>
        <translation>保证金 · 提高后</translation>
    </message>
    <message>
        <source>Deposit · increase restriction</source>
        <translation>保证金 · 提高限制</translation>
    </message>
    <message>
        <source>Deposit · quiet days before a refund</source>
        <translation>保证金 · 退还前无违规天数</translation>
    </message>
    <message>
        <source>Certification · fabricated-engagement code</source>
        <translation>认证 · 虚假互动代码</translation>
    </message>
    <message>
        <source>Certification · lookback (days)</source>
        <translation>认证 · 回溯（天）</translation>
    </message>
    <message>
        <source>Transition · effective from</source>
        <translation>过渡期 · 生效时间</translation>
    </message>
    <message>
        <source>Transition · grace (days)</source>
        <translation>过渡期 · 宽限期（天）</translation>
    </message>
    <message>
        <source>Transition · withdrawal restriction</source>
        <translation>过渡期 · 提现限制</translation>
    </message>
    <message>
        <source>Transition · withdrawal restricted after (days)</source>
        <translation>过渡期 · 多少天后限制提现</translation>
    </message>
    <message>
        <source>Transition · commercial restriction</source>
        <translation>过渡期 · 商业功能限制</translation>
    </message>
    <message>
        <source>Transition · commercial features limited after (days)</source>
        <translation>过渡期 · 多少天后限制商业功能</translation>
    </message>
    <message>
        <source>Creator protection · critical thresholds</source>
        <translation>博主保护 · 关键阈值</translation>
    </message>
    <message>
        <source>Creator protection · critical threshold %1</source>
        <translation>博主保护 · 关键阈值 %1</translation>
    </message>
    <message>
        <source>Creator protection · notice margin</source>
        <translation>博主保护 · 提前通知差值</translation>
    </message>
    <message>
        <source>Creator protection · trigger restriction</source>
        <translation>博主保护 · 触发限制</translation>
    </message>
    <message>
        <source>Creator protection · creators&apos; restriction</source>
        <translation>博主保护 · 博主的限制</translation>
    </message>
    <message>
        <source>Creator protection · exit grace (days)</source>
        <translation>博主保护 · 解约宽限期（天）</translation>
    </message>
    <message>
        <source>Triage · claim expiry (hours)</source>
        <translation>分诊 · 认领有效期（小时）</translation>
    </message>
</context>
<context>
    <name>PolicySchedule</name>
    <message>
        <source>no policy is in force</source>
        <translation>没有现行规则</translation>
    </message>
    <message>
        <source>policy %1 drops the code %2 that %3 defines; a version may add codes, not remove them</source>
        <translation>规则 %1 删除了 %3 定义的违规代码 %2；新版本可以新增代码，不能删除</translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <source>MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Violation points</source>
        <translation>违规积分</translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation>信用分</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用分</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>good standing</source>
        <translation>状态良好</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>提交申诉</translation>
    </message>
    <message>
        <source>Appeal decided</source>
        <translation>申诉裁定</translation>
    </message>
    <message>
        <source>Violation retracted</source>
        <translation>违规撤回</translation>
    </message>
    <message>
        <source>Community-norms exam</source>
        <translation>社区规范考试</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>商业认证</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Metrics snapshot</source>
        <translation>指标快照</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>案卷备注</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项治理</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Initial score</source>
        <translation>初始分</translation>
    </message>
    <message>
        <source>Recovery step</source>
        <translation>自然恢复</translation>
    </message>
    <message>
        <source>Overturn gives points back</source>
        <translation>申诉推翻，返还扣分</translation>
    </message>
    <message>
        <source>Retraction gives points back</source>
        <translation>撤回违规，返还扣分</translation>
    </message>
    <message>
        <source>Exam passed</source>
        <translation>考试通过</translation>
    </message>
    <message>
        <source>Reset after suspension served</source>
        <translation>停用期满后重置</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>用户举报</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Company type</source>
        <translation>公司类型</translation>
    </message>
    <message>
        <source>Registered MCN</source>
        <translation>已注册 MCN</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Teen mode</source>
        <translation>青少年模式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>美妆</translation>
    </message>
    <message>
        <source>Fashion</source>
        <translation>穿搭</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>美食</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>旅行</translation>
    </message>
    <message>
        <source>Medical aesthetics</source>
        <translation>医美</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>母婴育儿</translation>
    </message>
    <message>
        <source>Tech</source>
        <translation>数码科技</translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation>彩妆</translation>
    </message>
    <message>
        <source>Skincare</source>
        <translation>护肤</translation>
    </message>
    <message>
        <source>Apparel</source>
        <translation>服饰</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>电子产品</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>家居</translation>
    </message>
    <message>
        <source>Mother and baby</source>
        <translation>母婴</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>attribute: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴纳</translation>
    </message>
    <message>
        <source>Deduction (liquidated damages)</source>
        <translation>扣除（违约金）</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已授予</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Contract started</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>解约</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>已发送通知</translation>
    </message>
    <message>
        <source>Clamped to the range of a new policy version</source>
        <translation>按新规则版本的分值范围截取</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>内容质量</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>用户反馈</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Triage step</source>
        <translation>分诊步骤</translation>
    </message>
    <message>
        <source>diversion (导流)</source>
        <translation>导流</translation>
    </message>
    <message>
        <source>absolute claim</source>
        <translation>绝对化用语</translation>
    </message>
    <message>
        <source>false promise</source>
        <translation>虚假承诺</translation>
    </message>
    <message>
        <source>medical claim</source>
        <translation>医疗功效宣称</translation>
    </message>
    <message>
        <source>sensitive content</source>
        <translation>敏感内容</translation>
    </message>
    <message>
        <source>regulated topic without qualification</source>
        <translation>无资质涉及受监管领域</translation>
    </message>
    <message>
        <source>teen mode, quiet hours</source>
        <translation>青少年模式·休息时段</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Claimed by %1</source>
        <translation>%1 已认领</translation>
    </message>
    <message>
        <source>Confirmed (%1)</source>
        <translation>已确认（%1）</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Post removal</source>
        <translation>笔记删除</translation>
    </message>
    <message>
        <source>Open (claim lapsed, was %1&apos;s)</source>
        <translation>待处理（认领已过期，原由 %1 认领）</translation>
    </message>
</context>
<context>
    <name>PolicyVersions</name>
    <message>
        <source>read the policy versions</source>
        <translation>读取规则版本</translation>
    </message>
    <message>
        <source>read the policy activations</source>
        <translation>读取规则启用记录</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>%1: the stored policy version %2 is damaged: %3</source>
        <translation>%1：存储的规则版本 %2 已损坏：%3</translation>
    </message>
    <message>
        <source>%1: the policy versions: %2</source>
        <translation>%1：规则版本：%2</translation>
    </message>
    <message>
        <source>store the policy version</source>
        <translation>保存规则版本</translation>
    </message>
    <message>
        <source>store the activation</source>
        <translation>保存启用记录</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsPanel</name>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source> · base</source>
        <translation> · 基础版本</translation>
    </message>
    <message>
        <source> · effective %1</source>
        <translation> · %1 生效</translation>
    </message>
    <message>
        <source> · backdated</source>
        <translation> · 追溯生效</translation>
    </message>
    <message>
        <source>Activated by %1 at %2</source>
        <translation>由 %1 于 %2 启用</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1（现行）</translation>
    </message>
    <message>
        <source>the policy in force</source>
        <translation>现行策略</translation>
    </message>
    <message>
        <source>editor: %1</source>
        <translation>编辑器：%1</translation>
    </message>
    <message>
        <source>Edit a copy of the selected version</source>
        <translation>编辑所选版本的副本</translation>
    </message>
    <message>
        <source>Select a version first</source>
        <translation>请先选择一个版本</translation>
    </message>
    <message>
        <source>Activate this version again from another instant</source>
        <translation>从另一时刻重新启用此版本</translation>
    </message>
    <message>
        <source>Put the selected version in force from an instant you choose</source>
        <translation>从你选择的时刻起启用所选版本</translation>
    </message>
    <message>
        <source>Activate %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Backdated: every state from %1 on is recomputed under this policy, including what was already shown to subjects. The activation is audited and marked as backdated.</source>
        <translation>追溯生效：自 %1 起的所有状态都将按此策略重新计算，包括已向主体展示过的状态。此次启用会被审计并标记为追溯生效。</translation>
    </message>
    <message>
        <source>States from %1 on are computed under this policy.</source>
        <translation>自 %1 起的状态按此策略计算。</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Algorithm</source>
        <translation>算法识别</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>用户举报</translation>
    </message>
    <message>
        <source>Registered as an MCN on the platform</source>
        <translation>已在平台登记为 MCN</translation>
    </message>
    <message>
        <source>Mainland-China company, not a sole proprietorship</source>
        <translation>中国大陆公司，非个体工商户</translation>
    </message>
    <message>
        <source>Authentic content and interactions</source>
        <translation>内容与互动真实</translation>
    </message>
    <message>
        <source>Security deposit paid</source>
        <translation>已缴纳保证金</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴纳</translation>
    </message>
    <message>
        <source>Deduction (liquidated damages)</source>
        <translation>扣除（违约金）</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>%1 filed %2, pending</source>
        <translation>%1 于 %2 提出，待处理</translation>
    </message>
    <message>
        <source>%1 filed %2, upheld %3 by %4</source>
        <translation>%1 于 %2 提出，%4 于 %3 维持原判</translation>
    </message>
    <message>
        <source>%1 filed %2, overturned %3 by %4</source>
        <translation>%1 于 %2 提出，%4 于 %3 撤销处罚</translation>
    </message>
    <message>
        <source>MCN compliance report</source>
        <translation>MCN 合规报告</translation>
    </message>
    <message>
        <source>Brand compliance report</source>
        <translation>品牌合规报告</translation>
    </message>
    <message>
        <source>Creator compliance report</source>
        <translation>创作者合规报告</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>%1 %2 of %3 · %4</source>
        <translation>%1 %2 / %3 · %4</translation>
    </message>
    <message>
        <source>%1 · ladder level L%2 (R-C1)</source>
        <translation>%1 · 处罚阶梯 L%2（R-C1）</translation>
    </message>
    <message>
        <source>%1 %2 of %3 · banned (R-B2)</source>
        <translation>%1 %2 / %3 · 已封禁（R-B2）</translation>
    </message>
    <message>
        <source>Banned in special governance: content related to this brand is not displayed (R-B2).</source>
        <translation>已在专项治理中封禁：该品牌相关内容不予展示（R-B2）。</translation>
    </message>
    <message>
        <source>Search shows: %1</source>
        <translation>搜索显示：%1</translation>
    </message>
    <message>
        <source>Removed from the platform (R-M2).</source>
        <translation>已被清退出平台（R-M2）。</translation>
    </message>
    <message>
        <source>%1 (%2) · as of %3</source>
        <translation>%1（%2）· 截至 %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Certified (R-M4)</source>
        <translation>已认证（R-M4）</translation>
    </message>
    <message>
        <source>Not certified (R-M4)</source>
        <translation>未认证（R-M4）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>%1 paid, %2 required (R-M3)</source>
        <translation>已缴 %1，应缴 %2（R-M3）</translation>
    </message>
    <message>
        <source>Affiliated creators</source>
        <translation>签约创作者</translation>
    </message>
    <message>
        <source>Ladder level</source>
        <translation>处罚阶梯</translation>
    </message>
    <message>
        <source>L%1 (R-C1)</source>
        <translation>L%1（R-C1）</translation>
    </message>
    <message>
        <source>none in the window (R-C1)</source>
        <translation>窗口期内无（R-C1）</translation>
    </message>
    <message>
        <source>MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>no MCN contract</source>
        <translation>未签约 MCN</translation>
    </message>
    <message>
        <source>Penalty-free exit</source>
        <translation>无责解约</translation>
    </message>
    <message>
        <source>until %1 (R-M6)</source>
        <translation>至 %1（R-M6）</translation>
    </message>
    <message>
        <source>Special-governance ban</source>
        <translation>专项治理封禁</translation>
    </message>
    <message>
        <source>Banned (R-B2)</source>
        <translation>已封禁（R-B2）</translation>
    </message>
    <message>
        <source>Not banned</source>
        <translation>未封禁</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <source>%1 recorded, %2 in force</source>
        <translation>共 %1 条，%2 条生效中</translation>
    </message>
    <message>
        <source>Report as of</source>
        <translation>报告时点</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 生成</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>审计链</translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation>生效中的限制</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No active restrictions.</source>
        <translation>无生效中的限制。</translation>
    </message>
    <message>
        <source>Certification checklist (R-M4)</source>
        <translation>认证条件核查（R-M4）</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未满足</translation>
    </message>
    <message numerus="yes">
        <source>Certified; %n requirement(s) unmet now.</source>
        <translation>
            <numerusform>已认证；当前有 %n 项条件未满足。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not certified; %n requirement(s) unmet.</source>
        <translation>
            <numerusform>未认证；有 %n 项条件未满足。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit ledger (R-M3)</source>
        <translation>保证金流水（R-M3）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Balance %1; required %2%3.</source>
        <translation>余额 %1；应缴 %2%3。</translation>
    </message>
    <message>
        <source> (increased while the score is low)</source>
        <translation>（分数偏低期间上调）</translation>
    </message>
    <message>
        <source>Short by %1.</source>
        <translation>尚差 %1。</translation>
    </message>
    <message>
        <source>No deposit entries.</source>
        <translation>无保证金流水。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>违规代码</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Deducted</source>
        <translation>实扣</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1, severe</source>
        <translation>%1，情节严重</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>%1 · backdated</source>
        <comment>a violation recorded later than it happened</comment>
        <translation>%1 · 补录</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s), newest first; %1 in force.</source>
        <translation>
            <numerusform>共 %n 条违规，最新在前；%1 条生效中。</numerusform>
        </translation>
    </message>
    <message>
        <source>No violations recorded.</source>
        <translation>无违规记录。</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Ended early (violation voided); was due %1</source>
        <translation>提前结束（违规已撤销）；原定至 %1</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已执行完毕</translation>
    </message>
    <message>
        <source>%1 active, %2 past.</source>
        <translation>生效中 %1 项，已结束 %2 项。</translation>
    </message>
    <message>
        <source>No sanctions.</source>
        <translation>无处罚。</translation>
    </message>
    <message>
        <source>Affiliated creators (R-M6)</source>
        <translation>签约创作者（R-M6）</translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation>信用分</translation>
    </message>
    <message>
        <source>Last violation</source>
        <translation>最近违规</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) contracted now, lowest credit score first; %1 with active restrictions.</source>
        <translation>
            <numerusform>当前签约创作者 %n 位，信用分低者在前；其中 %1 位有生效中的限制。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>仅列出前 %1 位。</translation>
    </message>
    <message>
        <source>No creators are contracted to this MCN.</source>
        <translation>该 MCN 当前无签约创作者。</translation>
    </message>
    <message>
        <source>Creator-protection notices (R-M6)</source>
        <translation>创作者保护预警（R-M6）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation>临界阈值</translation>
    </message>
    <message>
        <source>Each notice went to every creator contracted then.</source>
        <translation>每次预警均发送给当时签约的全部创作者。</translation>
    </message>
    <message>
        <source>No advance notices were due.</source>
        <translation>无需发出预警。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Every audit row naming this subject, newest first; the chain&apos;s verification closes the report.</source>
        <translation>涉及该主体的全部审计记录，最新在前；报告末尾附审计链校验结果。</translation>
    </message>
    <message>
        <source>No audit row names this subject alone (its events came in a load of many subjects).</source>
        <translation>没有仅涉及该主体的审计记录（其事件随多个主体批量载入）。</translation>
    </message>
    <message>
        <source>%1 over time, with the sanctions below it</source>
        <translation>%1随时间的变化，下方为处罚</translation>
    </message>
    <message>
        <source>%1 over time, with the scale&apos;s thresholds, each crossing and the sanctions below it</source>
        <translation>%1随时间的变化，含分值阈值和每次越过阈值，下方为处罚</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export the report of %1</source>
        <translation>导出 %1 的报告</translation>
    </message>
    <message>
        <source>Verifying the store for the report of %1…</source>
        <translation>正在为 %1 的报告校验数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>The report of %1 was not written:
%2</source>
        <translation>%1 的报告未能写入：
%2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Senior moderator</source>
        <translation>高级审核员</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <source>Policy administrator</source>
        <translation>规则管理员</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>未知角色 %1</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>read the schema version</source>
        <translation>读取结构版本</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>读取数据库结构</translation>
    </message>
    <message>
        <source>%1: already a Redline store</source>
        <translation>%1：已是 Redline 数据库</translation>
    </message>
    <message>
        <source>%1: not empty and not a Redline store; refusing to overwrite it</source>
        <translation>%1：文件非空且不是 Redline 数据库；拒绝覆盖</translation>
    </message>
    <message>
        <source>%1: a SQLite database but not a Redline store</source>
        <translation>%1：是 SQLite 数据库，但不是 Redline 数据库</translation>
    </message>
    <message>
        <source>%1: empty file, not a Redline store (create one with `init`)</source>
        <translation>%1：空文件，不是 Redline 数据库（请用 `init` 创建）</translation>
    </message>
    <message>
        <source>%1: store schema version %2 is newer than this Redline supports (%3); use a newer Redline</source>
        <translation>%1：数据库结构版本 %2 高于本版 Redline 支持的版本（%3）；请使用更新的 Redline</translation>
    </message>
    <message>
        <source>%1: cannot replace the old backup %2 before migrating</source>
        <translation>%1：迁移前无法替换旧备份 %2</translation>
    </message>
    <message>
        <source>back up the store before migrating</source>
        <translation>迁移前备份数据库</translation>
    </message>
    <message>
        <source>back up the store to %1 before migrating</source>
        <translation>迁移前将数据库备份到 %1</translation>
    </message>
    <message>
        <source>migrate the store to schema version %1</source>
        <translation>将数据库迁移到结构版本 %1</translation>
    </message>
    <message>
        <source>start a bulk write</source>
        <translation>开始批量写入</translation>
    </message>
    <message>
        <source>finish a bulk write</source>
        <translation>完成批量写入</translation>
    </message>
    <message>
        <source>index the ledger by subject</source>
        <translation>按主体为台账建立索引</translation>
    </message>
    <message>
        <source>index the state cache</source>
        <translation>为状态缓存建立索引</translation>
    </message>
    <message>
        <source>no migration to version %1</source>
        <translation>没有到版本 %1 的迁移</translation>
    </message>
    <message>
        <source>%1: cannot build the expected schema</source>
        <translation>%1：无法建立预期的数据库结构</translation>
    </message>
    <message>
        <source>%1: the store&apos;s %2 %3 is missing: it was dropped outside Redline</source>
        <translation>%1：数据库的 %2 %3 缺失：已在 Redline 之外被删除</translation>
    </message>
    <message>
        <source>%1: the store&apos;s %2 %3 differs from this schema version&apos;s: it was altered outside Redline</source>
        <translation>%1：数据库的 %2 %3 与此结构版本不符：已在 Redline 之外被修改</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: not a SQLite database, so not a Redline store</source>
        <translation>%1：不是 SQLite 数据库，因此不是 Redline 数据库</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2) while %3</source>
        <translation>%1：%3时发现数据库已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: the store is read-only; cannot %2</source>
        <translation>%1：数据库为只读，无法%2</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation>%1：无法打开文件（%2）</translation>
    </message>
    <message>
        <source>%1: the store is busy (locked by another process) while %2</source>
        <translation>%1：%2时数据库正忙（被其他进程锁定）</translation>
    </message>
    <message>
        <source>%1: the disk is full while %2</source>
        <translation>%1：%2时磁盘已满</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2失败：%3</translation>
    </message>
</context>
<context>
    <name>SqliteCopyEndpoint</name>
    <message>
        <source>open the store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>%1: no such store</source>
        <translation>%1：没有这个数据库</translation>
    </message>
    <message>
        <source>%1: a store at schema version %2, and copy reads version %3: open it once for writing with this Redline to migrate it</source>
        <translation>%1：数据库结构版本为 %2，而 copy 读取版本 %3：请先用此版本 Redline 以写入方式打开一次以完成迁移</translation>
    </message>
    <message>
        <source>read the store</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>read table %1</source>
        <translation>读取表 %1</translation>
    </message>
    <message>
        <source>%1: exists and is not empty; copy writes only into a new store</source>
        <translation>%1：已存在且不为空；copy 只写入新数据库</translation>
    </message>
    <message>
        <source>write the copy</source>
        <translation>写入副本</translation>
    </message>
    <message>
        <source>write table %1</source>
        <translation>写入表 %1</translation>
    </message>
    <message>
        <source>%1: table %2: a row is refused: %3</source>
        <translation>%1：表 %2：某行被拒绝：%3</translation>
    </message>
    <message>
        <source>%1: cannot replace the empty file</source>
        <translation>%1：无法替换空文件</translation>
    </message>
    <message>
        <source>%1: cannot move the copy into place from %2</source>
        <translation>%1：无法把副本从 %2 移到位</translation>
    </message>
</context>
<context>
    <name>SqliteRowCodec</name>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a real number</source>
        <translation>实数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a blob</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>table %1, row %2: column %3 holds %4, which this schema does not store there</source>
        <translation>表 %1，行 %2：列 %3 存有%4，此架构不在该列存储这种值</translation>
    </message>
    <message>
        <source>table %1: &quot;%2&quot; in column %3 is not an integer</source>
        <translation>表 %1：列 %3 中的“%2”不是整数</translation>
    </message>
</context>
<context>
    <name>StateCache</name>
    <message>
        <source>update the state cache</source>
        <translation>更新状态缓存</translation>
    </message>
    <message>
        <source>read the state cache</source>
        <translation>读取状态缓存</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>start a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1：是一个目录</translation>
    </message>
    <message>
        <source>%1: no such store (create one with `redline-cli --db %1 init`)</source>
        <translation>%1：数据库不存在（可用 `redline-cli --db %1 init` 创建）</translation>
    </message>
    <message>
        <source>%1: is a directory, not a store</source>
        <translation>%1：是目录，不是数据库</translation>
    </message>
    <message>
        <source>%1: the store needs a migration to schema version %2; open it writable once</source>
        <translation>%1：数据库需要迁移到结构版本 %2；请以可写方式打开一次</translation>
    </message>
    <message>
        <source>%1: cannot open the store: %2</source>
        <translation>%1：无法打开数据库：%2</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no handle</source>
        <translation>%1：SQLite 驱动未返回句柄</translation>
    </message>
    <message>
        <source>configure the connection</source>
        <translation>配置连接</translation>
    </message>
    <message>
        <source>store the policy</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>read the stored policy</source>
        <translation>读取已存储的规则</translation>
    </message>
    <message>
        <source>%1: the stored policy is missing</source>
        <translation>%1：缺少已存储的规则</translation>
    </message>
    <message>
        <source>%1: the stored policy is damaged: %2</source>
        <translation>%1：已存储的规则已损坏：%2</translation>
    </message>
    <message>
        <source>read the store&apos;s state</source>
        <translation>读取数据库状态</translation>
    </message>
    <message>
        <source>rebuild the state cache</source>
        <translation>重建状态缓存</translation>
    </message>
    <message>
        <source>read the subjects</source>
        <translation>读取主体</translation>
    </message>
    <message>
        <source>%1: no subject %2</source>
        <translation>%1：没有主体 %2</translation>
    </message>
    <message>
        <source>read the ledger</source>
        <translation>读取台账</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <source>%1: opened read-only; cannot rebuild the cache</source>
        <translation>%1：以只读方式打开，无法重建缓存</translation>
    </message>
    <message>
        <source>keep the state in memory</source>
        <translation>在内存中保存状态</translation>
    </message>
    <message>
        <source>%1: the store has no state table</source>
        <translation>%1：数据库缺少状态表</translation>
    </message>
    <message>
        <source>no policy version named %1</source>
        <translation>没有名为 %1 的规则版本</translation>
    </message>
    <message>
        <source>cannot activate %1: %2</source>
        <translation>无法启用 %1：%2</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <source>--from and --to name the same store %1</source>
        <translation>--from 与 --to 指向同一个数据库 %1</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>复制已取消</translation>
    </message>
</context>
<context>
    <name>StoreVerifier</name>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>检查数据库完整性</translation>
    </message>
    <message>
        <source>%1: SQLite integrity check failed: %2</source>
        <translation>%1：SQLite 完整性检查失败：%2</translation>
    </message>
    <message>
        <source>check the database&apos;s references</source>
        <translation>检查数据库引用</translation>
    </message>
    <message>
        <source>%1: %2 row %3 refers to a missing %4 row</source>
        <translation>%1：%2 表第 %3 行引用了 %4 表中不存在的行</translation>
    </message>
    <message>
        <source>cached %1 %2, a fresh replay gives %3</source>
        <translation>缓存的%1为 %2，重新回放得到 %3</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>max</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>band</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>restrictions</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>ladder level</source>
        <translation>阶梯等级</translation>
    </message>
    <message>
        <source>last violation</source>
        <translation>最近违规</translation>
    </message>
    <message>
        <source>MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>certification</source>
        <translation>商业认证</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>next change</source>
        <translation>下次变化</translation>
    </message>
    <message>
        <source>read the state cache</source>
        <translation>读取状态缓存</translation>
    </message>
    <message>
        <source>%1: subject %2 has no row in the state cache</source>
        <translation>%1：主体 %2 在状态缓存中没有记录</translation>
    </message>
    <message>
        <source>%1: state cache of subject %2 at %3: %4</source>
        <translation>%1：主体 %2 在 %3 的状态缓存：%4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>check the triage queue</source>
        <translation>检查分诊队列</translation>
    </message>
    <message>
        <source>%1: the triage queue has no row for ledger item %2</source>
        <translation>%1：分诊队列中缺少账本条目 %2 的行</translation>
    </message>
    <message>
        <source>%1: the triage queue&apos;s row for ledger item %2 does not match the item&apos;s steps</source>
        <translation>%1：分诊队列中账本条目 %2 的行与该条目的步骤不一致</translation>
    </message>
</context>
<context>
    <name>SubjectEvents</name>
    <message>
        <source>read the subject&apos;s events</source>
        <translation>读取主体的事件</translation>
    </message>
</context>
<context>
    <name>SubjectQuery</name>
    <message>
        <source>index the subject tables for sorting</source>
        <translation>为主体表建立排序索引</translation>
    </message>
    <message>
        <source>count the subject list</source>
        <translation>统计主体列表</translation>
    </message>
    <message>
        <source>read the subject list</source>
        <translation>读取主体列表</translation>
    </message>
</context>
<context>
    <name>SubjectSearchIndex</name>
    <message>
        <source>index subject names for search</source>
        <translation>为主体名称建立搜索索引</translation>
    </message>
    <message>
        <source>search subjects</source>
        <translation>搜索主体</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Export rows shown as CSV…</source>
        <translation>将显示的行导出为 CSV…</translation>
    </message>
    <message>
        <source>Write this list&apos;s visible columns and every row of its current filter and sort to a CSV file</source>
        <translation>将此列表的可见列及当前筛选、排序下的全部行写入 CSV 文件</translation>
    </message>
    <message>
        <source>Export rows shown as CSV</source>
        <translation>将显示的行导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Loading every row of the list…</source>
        <translation>正在载入列表的全部行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading every row of the list… %1 rows</source>
        <translation>正在载入列表的全部行… 已载入 %1 行</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>read the team store&apos;s revision</source>
        <translation>读取团队存储的修订号</translation>
    </message>
    <message>
        <source>read the working copy&apos;s revision</source>
        <translation>读取工作副本的修订号</translation>
    </message>
    <message>
        <source>record the working copy&apos;s revision</source>
        <translation>记录工作副本的修订号</translation>
    </message>
    <message>
        <source>catch up with the team store</source>
        <translation>与团队存储同步</translation>
    </message>
    <message>
        <source>%1: the working copy of %2 records no revision; remove it and open the team store again</source>
        <translation>%1：%2 的工作副本没有记录修订号；请删除它并重新打开团队存储</translation>
    </message>
    <message>
        <source>catch up with removed rows</source>
        <translation>同步已删除的行</translation>
    </message>
    <message>
        <source>%1: a removal names table %2, which keeps every row</source>
        <translation>%1：一条删除记录指向表 %2，而该表保留所有行</translation>
    </message>
    <message>
        <source>catch up with table %1</source>
        <translation>同步表 %1</translation>
    </message>
    <message>
        <source>start a write on the team store</source>
        <translation>在团队存储上开始写入</translation>
    </message>
    <message>
        <source>wait for the team&apos;s write lock</source>
        <translation>等待团队写锁</translation>
    </message>
    <message>
        <source>record the write for the team store</source>
        <translation>为团队存储记录本次写入</translation>
    </message>
    <message>
        <source>%1: cannot read the write&apos;s changes: %2</source>
        <translation>%1：无法读取本次写入的变更：%2</translation>
    </message>
    <message>
        <source>send the write to the team store</source>
        <translation>将写入发送到团队存储</translation>
    </message>
    <message>
        <source>%1: a write was committed that had not begun</source>
        <translation>%1：提交了一个尚未开始的写入</translation>
    </message>
    <message>
        <source>commit the write on the team store</source>
        <translation>在团队存储上提交写入</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>read the team store&apos;s identity</source>
        <translation>读取团队存储的标识</translation>
    </message>
    <message>
        <source>record the working copy&apos;s revision</source>
        <translation>记录工作副本的修订号</translation>
    </message>
    <message>
        <source>%1: cannot put the working copy in place</source>
        <translation>%1：无法将工作副本放到位</translation>
    </message>
    <message>
        <source>%1: cannot make the folder for working copies</source>
        <translation>%1：无法创建存放工作副本的文件夹</translation>
    </message>
    <message>
        <source>ask the server who is signed in</source>
        <translation>向服务器询问登录者</translation>
    </message>
</context>
<context>
    <name>TextScanner</name>
    <message>
        <source>the built-in lexicon is missing from the resources</source>
        <translation>资源中缺少内置词库</translation>
    </message>
</context>
<context>
    <name>TriageQuery</name>
    <message>
        <source>read the triage queue</source>
        <translation>读取分诊队列</translation>
    </message>
    <message>
        <source>User report %1: %2</source>
        <translation>用户举报 %1：%2</translation>
    </message>
    <message>
        <source>Post %1, %2 at %3-%4: &quot;%5&quot; (%6)</source>
        <translation>笔记 %1，%2，位置 %3-%4：“%5”（%6）</translation>
    </message>
    <message>
        <source>Post %1, %2: %3 (%4)</source>
        <translation>笔记 %1，%2：%3（%4）</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>笔记 %1</translation>
    </message>
</context>
<context>
    <name>TriageStatus</name>
    <message>
        <source>dated before the item&apos;s last step (%1)</source>
        <translation>日期早于该条目的上一步（%1）</translation>
    </message>
    <message>
        <source>already confirmed by %1 on %2 (violation %3)</source>
        <translation>已由 %1 于 %2 确认（违规记录 %3）</translation>
    </message>
    <message>
        <source>already dismissed by %1 on %2: %3</source>
        <translation>已由 %1 于 %2 驳回：%3</translation>
    </message>
    <message>
        <source>claimed by %1 since %2; only they can release, dismiss or confirm it</source>
        <translation>自 %2 起已由 %1 认领；只有其本人可以释放、驳回或确认</translation>
    </message>
    <message>
        <source>%1 already holds it (claimed %2)</source>
        <translation>%1 已持有该条目（%2 认领）</translation>
    </message>
    <message>
        <source>nobody holds it, so there is nothing to release</source>
        <translation>无人持有该条目，无需释放</translation>
    </message>
    <message>
        <source>%1&apos;s claim made on %2 lapsed on %3; nobody holds it, so there is nothing to release</source>
        <translation>%1 于 %2 的认领已在 %3 过期；无人持有该条目，无需释放</translation>
    </message>
</context>
<context>
    <name>TriageWriter</name>
    <message>
        <source>update the triage queue</source>
        <translation>更新分诊队列</translation>
    </message>
</context>
<context>
    <name>ViolationQuery</name>
    <message>
        <source>read violation %1</source>
        <translation>读取违规 %1</translation>
    </message>
    <message>
        <source>choose a new id</source>
        <translation>选择新 ID</translation>
    </message>
    <message>
        <source>choose new ids</source>
        <translation>选择新 ID</translation>
    </message>
</context>
<context>
    <name>WhatIfReplay</name>
    <message>
        <source>open the store for the comparison</source>
        <translation>为对比打开数据库</translation>
    </message>
    <message>
        <source>%1: no subject %2</source>
        <translation>%1：没有主体 %2</translation>
    </message>
    <message>
        <source>count the subjects</source>
        <translation>统计主体数</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>%1 or %2</source>
        <comment>the roles that may take an action</comment>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>请先打开一个数据库。</translation>
    </message>
    <message>
        <source>Sign in to %1 (Session &gt; Sign in…): it needs the role %2.</source>
        <translation>请先登录再%1（会话 &gt; 登录…）：需要角色%2。</translation>
    </message>
    <message>
        <source>To %1 you need the role %2; you are signed in as %3 (%4).</source>
        <translation>%1需要角色%2；您当前登录为 %3（%4）。</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 (open store)</source>
        <translation>%1（开放数据库）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>The store is open read-only (for an audit, or because you may not write the file or its folder): you cannot %1 here.</source>
        <translation>数据库以只读方式打开（用于审计，或您无权写入该文件或其所在文件夹）：此处无法%1。</translation>
    </message>
    <message>
        <source>The server signed you in as %1, who is not an enabled user of this team store: you cannot %2 here.</source>
        <translation>服务器已将您登录为 %1，但其不是此团队存储的有效用户：您不能在此%2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
    <message>
        <source>Redline governance console</source>
        <translation>Redline 治理控制台</translation>
    </message>
    <message>
        <source>Open the case file of HANDLE.</source>
        <translation>打开 HANDLE 的案卷。</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not a UTC instant (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>--now：“%1”不是 UTC 时刻（YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>%1: no such file (create a store with File &gt; New store or `redline-cli --db %1 init`)</source>
        <translation>%1：文件不存在（可通过“文件 &gt; 新建数据库”或 `redline-cli --db %1 init` 创建）</translation>
    </message>
    <message>
        <source>--page: unknown page %1 (one of: %2)</source>
        <translation>--page：未知页面 %1（可选：%2）</translation>
    </message>
    <message>
        <source>--subject: no subject %1 in the store</source>
        <translation>--subject：数据库中没有主体 %1</translation>
    </message>
    <message>
        <source>Open the store read-only, for an audit: nothing can be written. A store you may not write (the file or its folder) always opens read-only.</source>
        <translation>以只读方式打开数据库用于审计：不会写入任何内容。您无权写入的数据库（文件或其所在文件夹）总是以只读方式打开。</translation>
    </message>
    <message>
        <source>Preselect NAME in the sign-in dialog (on a store without passwords: act as NAME).</source>
        <translation>在登录对话框中预选 NAME（在未设密码的数据库中：以 NAME 身份操作）。</translation>
    </message>
    <message>
        <source>Show page NAME: %1.</source>
        <translation>显示页面 NAME：%1。</translation>
    </message>
    <message>
        <source>Show the case file&apos;s tab whose title starts with TITLE.</source>
        <translation>显示档案中标题以 TITLE 开头的标签页。</translation>
    </message>
    <message>
        <source>Fix the current instant T (UTC, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ); the REDLINE_NOW environment variable does the same.</source>
        <translation>固定当前时刻 T（UTC，YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SSZ）；环境变量 REDLINE_NOW 作用相同。</translation>
    </message>
    <message>
        <source>Open the window at WxH pixels.</source>
        <translation>以 WxH 像素打开窗口。</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE (PNG) and quit.</source>
        <translation>将窗口截图保存到 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>Open the store FILE (offers to create one when there is none), or connect to the team store at a URL postgresql://USER@HOST/DB (postgresql://USER@/DB?host=/socket/dir).</source>
        <translation>打开数据库 FILE（不存在时提议新建），或连接到 URL 所指的团队存储 postgresql://USER@HOST/DB（postgresql://USER@/DB?host=/socket/dir）。</translation>
    </message>
    <message>
        <source>--read-only: a team store&apos;s server decides what you may write; connecting normally</source>
        <translation>--read-only：团队存储由服务器决定您可以写入什么；按常规连接</translation>
    </message>
</context>
<context>
    <name>redline::ActionHistory</name>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Undo recording of violation %1</source>
        <translation>撤销违规 %1 的记录</translation>
    </message>
    <message>
        <source>Undo in the console of violation %1, recorded in this session</source>
        <translation>在控制台撤销本次会话记录的违规 %1</translation>
    </message>
    <message>
        <source>No violation %1 in the store</source>
        <translation>数据库中没有违规 %1</translation>
    </message>
    <message>
        <source>Already retracted</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Overturned on appeal %1: the appeal decided it</source>
        <translation>已在申诉 %1 中被推翻：由申诉裁定</translation>
    </message>
    <message>
        <source>%1 appealed it (%2): the appeal decides it now</source>
        <translation>%1 已提出申诉（%2）：现由申诉裁定</translation>
    </message>
    <message>
        <source>%1 is not an action of this session that can be undone</source>
        <translation>%1 不是本次会话中可撤销的操作</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2</source>
        <translation>无法撤销 %1：%2</translation>
    </message>
    <message>
        <source>Recorded violation %1</source>
        <translation>记录了违规 %1</translation>
    </message>
    <message>
        <source>Undone (retracted)</source>
        <translation>已撤销（已撤回）</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>可以撤销</translation>
    </message>
    <message>
        <source>Filed appeal %1</source>
        <translation>提交了申诉 %1</translation>
    </message>
    <message>
        <source>Not undone here: the appeal is the subject&apos;s, and a senior moderator decides it</source>
        <translation>此处不撤销：申诉属于主体，由高级审核员裁定</translation>
    </message>
    <message>
        <source>Decided appeal %1</source>
        <translation>裁定了申诉 %1</translation>
    </message>
    <message>
        <source>Not undone: decisions are final (R-L3)</source>
        <translation>不可撤销：裁定为最终结果（R-L3）</translation>
    </message>
</context>
<context>
    <name>redline::AppealQueueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You recorded %1, so another moderator must decide this appeal (R-L4 four-eyes).</source>
        <translation>违规 %1 由您记录，此申诉须由其他审核员裁定（R-L4 双人复核）。</translation>
    </message>
    <message>
        <source>%1 recorded %2 by %3</source>
        <translation>%1，由 %3 于 %2 记录</translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation>由 %2 于 %1 提交</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>redline::AppealsPage</name>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>裁定(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide the selected appeal (Enter or D)</source>
        <translation>裁定所选申诉（Enter 或 D）</translation>
    </message>
    <message>
        <source>Open &amp;case file</source>
        <translation>打开案卷(&amp;C)</translation>
    </message>
    <message>
        <source>Open the subject in its browser (O)</source>
        <translation>在主体列表中打开该主体（O）</translation>
    </message>
    <message>
        <source>Could not read the appeals</source>
        <translation>无法读取申诉</translation>
    </message>
    <message>
        <source>%1

Press F5 to try again; if it persists, run `redline-cli verify` on the store.</source>
        <translation>%1

按 F5 重试；如仍失败，请对数据库运行 `redline-cli verify`。</translation>
    </message>
    <message>
        <source>No pending appeals.</source>
        <translation>没有待处理的申诉。</translation>
    </message>
    <message numerus="yes">
        <source>The oldest %1 pending appeals; the oldest has waited %n day(s).</source>
        <translation>
            <numerusform>最早的 %1 条待处理申诉；最久的已等待 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pending; the oldest has waited %n day(s).</source>
        <translation>
            <numerusform>%1 条待处理；最久的已等待 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an appeal to read the subject&apos;s reason.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一条申诉以查看主体的申诉理由。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; filed %2 by %3 against &lt;b&gt;%4&lt;/b&gt; (%5), recorded %6 by %7%8&lt;hr&gt;&lt;i&gt;The subject&apos;s reason and materials:&lt;/i&gt;&lt;br&gt;%9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 由 %3 于 %2 提交，针对 &lt;b&gt;%4&lt;/b&gt;（%5），该违规由 %7 于 %6 记录%8&lt;hr&gt;&lt;i&gt;主体的申诉理由和材料：&lt;/i&gt;&lt;br&gt;%9</translation>
    </message>
    <message>
        <source> · &lt;b&gt;retracted since&lt;/b&gt;</source>
        <translation> · &lt;b&gt;已撤回&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未提供）</translation>
    </message>
</context>
<context>
    <name>redline::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1 loaded of %2 entries · rows load as you scroll · Enter opens the subject&apos;s case file</source>
        <translation>已加载 %1 / %2 条 · 滚动时继续加载 · Enter 打开主体案卷</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>&amp;Verify the store…</source>
        <translation>校验数据库(&amp;V)…</translation>
    </message>
    <message>
        <source>Check the database, walk the audit chain, re-hash every event and replay the state cache (as `redline-cli verify`): the first problem found is named</source>
        <translation>检查数据库、遍历审计链、重新计算每个事件的哈希并重放状态缓存（同 `redline-cli verify`）：指出发现的第一个问题</translation>
    </message>
    <message>
        <source>Every write to this store, newest first. Rows are hash-chained: Verify finds any row or event edited or deleted since.</source>
        <translation>此数据库的每一次写入，最新的在前。各行以哈希链相连：校验能发现此后被修改或删除的任何行或事件。</translation>
    </message>
    <message>
        <source>any subject</source>
        <translation>不限主体</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>操作人(&amp;H)：</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主体(&amp;B)：</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Search who, subject, action or detail: an id such as v-123 (Ctrl+F)</source>
        <translation>搜索操作人、主体、操作或详情：例如编号 v-123（Ctrl+F）</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>%1 loaded of %2 matching the filters (%3 entries in all) · Enter opens the subject&apos;s case file</source>
        <translation>已载入 %1 条，符合筛选的共 %2 条（全部 %3 条）· 回车打开主体的案件档案</translation>
    </message>
    <message>
        <source>Verifying the store: the database, the audit chain, every ledger event and the state cache…</source>
        <translation>正在校验数据库：数据库、审计链、每个台账事件和状态缓存…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>&lt;b&gt;OK&lt;/b&gt;: the store is intact (checked %1): the database, the audit chain, every ledger event and the state cache.</source>
        <translation>&lt;b&gt;正常&lt;/b&gt;：数据库完好（校验于 %1）：数据库、审计链、每个台账事件和状态缓存均无问题。</translation>
    </message>
    <message>
        <source>Verify was cancelled: the store was not checked to the end.</source>
        <translation>校验已取消：数据库未检查完毕。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Damaged&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;已损坏&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>Row %1 is selected below.</source>
        <translation>已在下方选中第 %1 行。</translation>
    </message>
    <message>
        <source>Row %1 is not listed under the current filters.</source>
        <translation>第 %1 行不在当前筛选结果中。</translation>
    </message>
</context>
<context>
    <name>redline::AuditTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1–#%2 (%3)</source>
        <translation>#%1–#%2（%3）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Ledger events</source>
        <translation>台账事件</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>append</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>store created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>policy stored</source>
        <translation>存入规则</translation>
    </message>
    <message>
        <source>set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>verify found this row broken: see the message under the table</source>
        <translation>校验发现此行已损坏：见表格上方的消息</translation>
    </message>
    <message>
        <source>Chain hash (SHA-256 of the previous row&apos;s hash and this row&apos;s content):
%1</source>
        <translation>链哈希（上一行哈希与本行内容的 SHA-256）：
%1</translation>
    </message>
    <message>
        <source>%1

As stored: %2</source>
        <translation>%1

数据库内容：%2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
</context>
<context>
    <name>redline::CampaignActionEditor</name>
    <message>
        <source>Revoke the certification</source>
        <translation>撤销认证</translation>
    </message>
    <message>
        <source>Remove the posts</source>
        <translation>下架笔记</translation>
    </message>
    <message>
        <source>Ban the brand (R-B2)</source>
        <translation>封禁品牌(R-B2)</translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation>记录违规</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>{handle}, {name}, {posts} and {campaign} are replaced for each target</source>
        <translation>{handle}、{name}、{posts} 和 {campaign} 会按每个对象替换</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>删除此动作</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>违规代码:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>分值:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源:</translation>
    </message>
    <message>
        <source>%1–%2 points, default %3 (R-L2)</source>
        <translation>%1–%2 分,默认 %3 分(R-L2)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>证据:</translation>
    </message>
    <message>
        <source>The note on each subject, e.g. Special campaign {campaign}: reviewed</source>
        <translation>写在每个对象上的备注,例如:专项治理 {campaign}:已复核</translation>
    </message>
    <message>
        <source>Evidence template, e.g. Campaign {campaign}: {posts}</source>
        <translation>证据模板,例如:专项治理 {campaign}:{posts}</translation>
    </message>
</context>
<context>
    <name>redline::CampaignEventModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Post removed</source>
        <translation>笔记已下架</translation>
    </message>
    <message>
        <source>Post restored</source>
        <translation>笔记已恢复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Id / post</source>
        <translation>ID / 笔记</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>当前分数</translation>
    </message>
</context>
<context>
    <name>redline::CampaignPreviewView</name>
    <message>
        <source>Revoke certification</source>
        <translation>撤销认证</translation>
    </message>
    <message>
        <source>Remove posts</source>
        <translation>下架笔记</translation>
    </message>
    <message>
        <source>Ban brand</source>
        <translation>封禁品牌</translation>
    </message>
    <message>
        <source>Record violation</source>
        <translation>记录违规</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择范围</translation>
    </message>
    <message>
        <source>Retract violation</source>
        <translation>撤回违规</translation>
    </message>
    <message>
        <source>Restore posts</source>
        <translation>恢复笔记</translation>
    </message>
    <message>
        <source>Grant certification back</source>
        <translation>恢复认证</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Acts on</source>
        <translation>作用数</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝数</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留数</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>越过阈值</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始的处罚</translation>
    </message>
    <message>
        <source>Select a row of the sample to see its consequences in full.</source>
        <translation>选中样本中的一行,查看其完整后果。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>治理后</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Sample: the first targets, with what the action does to each</source>
        <translation>样本:前若干个对象,以及动作对每个对象的影响</translation>
    </message>
    <message>
        <source>Subjects per tier: now (grey) and after (orange)</source>
        <translation>各层级主体数:当前(灰)与之后(橙)</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Press Preview to see exactly what the campaign would do. Nothing is written until Apply.</source>
        <translation>点击“预览”查看本次治理的确切结果。点击“执行”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Undid campaign %1: %2 events written</source>
        <translation>已撤销治理 %1:写入 %2 条事件</translation>
    </message>
    <message>
        <source>Undo of campaign %1 (preview, nothing written)</source>
        <translation>撤销治理 %1(预览,未写入)</translation>
    </message>
    <message>
        <source>Applied %1 (%2): %3 targets, %4 subjects, %5 events written, %6 notices sent</source>
        <translation>已执行 %1(%2):%3 个对象,%4 个主体,写入 %5 条事件,发送 %6 条通知</translation>
    </message>
    <message>
        <source>Preview: %1 targets selected, %2 subjects, %3 notices would be sent · nothing written</source>
        <translation>预览:选中 %1 个对象,%2 个主体,将发送 %3 条通知 · 未写入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No subject is acted on.</source>
        <translation>没有主体受到处理。</translation>
    </message>
    <message>
        <source>Subjects acted on · %1</source>
        <translation>受处理主体 · %1</translation>
    </message>
    <message>
        <source>These actions have no score consequences to show.</source>
        <translation>这些动作没有可显示的分数后果。</translation>
    </message>
    <message>
        <source>Nothing to act on.</source>
        <translation>没有可处理的对象。</translation>
    </message>
    <message>
        <source>%1 on %2: no change to the score or sanctions.</source>
        <translation>对 %2 %1:分数和处罚均无变化。</translation>
    </message>
    <message>
        <source>Refusals: none.</source>
        <translation>拒绝:无。</translation>
    </message>
    <message>
        <source>Refusals: none. Apply would act on every target.</source>
        <translation>拒绝:无。执行将作用于每个对象。</translation>
    </message>
    <message>
        <source>Refusals: %1 (the first %2 listed). Apply refuses the whole campaign while any remain.</source>
        <translation>拒绝:%1 个(列出前 %2 个)。只要仍有拒绝,执行会拒绝整个治理。</translation>
    </message>
    <message>
        <source>Refusals: %1. Apply refuses the whole campaign while any remain.</source>
        <translation>拒绝:%1 个。只要仍有拒绝,执行会拒绝整个治理。</translation>
    </message>
    <message>
        <source>Left as they are (%1)</source>
        <translation>保持不变(%1)</translation>
    </message>
</context>
<context>
    <name>redline::CampaignSpecForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. Medical aesthetics special campaign, round 2</source>
        <translation>例如:医美专项治理第二轮</translation>
    </message>
    <message>
        <source>Why: the rule or notice the campaign enforces (shown in every notice and the report)</source>
        <translation>原因:本次治理依据的规则或公告(显示在每条通知和报告中)</translation>
    </message>
    <message>
        <source>Posts (笔记)</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <source>Ac&amp;ts on:</source>
        <translation>作用对象(&amp;T):</translation>
    </message>
    <message>
        <source>Selection: every criterion given must hold</source>
        <translation>选择范围:须满足所填的全部条件</translation>
    </message>
    <message>
        <source>any (e.g. medical_aesthetics)</source>
        <translation>不限(例如 medical_aesthetics)</translation>
    </message>
    <message>
        <source>any (the post&apos;s creator&apos;s category)</source>
        <translation>不限(笔记作者的类目)</translation>
    </message>
    <message>
        <source>any (e.g. sole_proprietorship, limited)</source>
        <translation>不限(例如 sole_proprietorship、limited)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>any topic</source>
        <translation>不限话题</translation>
    </message>
    <message>
        <source>certified now (R-M4)</source>
        <translation>当前已认证(R-M4)</translation>
    </message>
    <message>
        <source>not certified now</source>
        <translation>当前未认证</translation>
    </message>
    <message>
        <source>any post</source>
        <translation>任意笔记</translation>
    </message>
    <message>
        <source>triage item open</source>
        <translation>待处理条目</translation>
    </message>
    <message>
        <source>triage item claimed</source>
        <translation>已认领条目</translation>
    </message>
    <message>
        <source>triage item confirmed</source>
        <translation>已确认条目</translation>
    </message>
    <message>
        <source>triage item dismissed</source>
        <translation>已驳回条目</translation>
    </message>
    <message>
        <source>to (not included)</source>
        <translation>至(不含)</translation>
    </message>
    <message>
        <source>any (no finding needed)</source>
        <translation>不限(无需命中检测)</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>从文件载入…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Select without the list&apos;s filter</source>
        <translation>不带列表筛选条件进行选择</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类目:</translation>
    </message>
    <message>
        <source>Creator category:</source>
        <translation>作者类目:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>话题:</translation>
    </message>
    <message>
        <source>Company type:</source>
        <translation>公司类型:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区:</translation>
    </message>
    <message>
        <source>Certification:</source>
        <translation>认证:</translation>
    </message>
    <message>
        <source>Registered from:</source>
        <translation>注册时间从:</translation>
    </message>
    <message>
        <source>Posted from:</source>
        <translation>发布时间从:</translation>
    </message>
    <message>
        <source>With findings:</source>
        <translation>命中检测类别:</translation>
    </message>
    <message>
        <source>Triage:</source>
        <translation>审核队列:</translation>
    </message>
    <message>
        <source>Only these:</source>
        <translation>仅限以下:</translation>
    </message>
    <message>
        <source>List filter:</source>
        <translation>列表筛选:</translation>
    </message>
    <message>
        <source>Actions, on every selected target</source>
        <translation>动作(作用于每个选中对象)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>添加动作</translation>
    </message>
    <message>
        <source>Post ids, one per line (pasted or loaded); empty: any post</source>
        <translation>笔记 ID,每行一个(粘贴或载入);留空:任意笔记</translation>
    </message>
    <message>
        <source>Handles, one per line (pasted or loaded); empty: any</source>
        <translation>账号,每行一个(粘贴或载入);留空:不限</translation>
    </message>
    <message>
        <source>Load a list</source>
        <translation>载入名单</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not read the list</source>
        <translation>无法读取名单</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>score %1–%2</source>
        <translation>分数 %1–%2</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>restriction %1</source>
        <translation>限制 %1</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>区间 %1</translation>
    </message>
    <message>
        <source>contracted to %1</source>
        <translation>签约于 %1</translation>
    </message>
    <message>
        <source>triage %1</source>
        <translation>审核 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>redline::CampaignWizard</name>
    <message>
        <source>New special governance campaign</source>
        <translation>新建专项治理</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Compute exactly what the campaign would do, writing nothing</source>
        <translation>计算本次治理的确切结果,不写入任何内容</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>执行(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open spec…</source>
        <translation>打开规格(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save spec…</source>
        <translation>保存规格(&amp;S)…</translation>
    </message>
    <message>
        <source>The spec changed since the preview: preview again before applying.</source>
        <translation>规格在预览后已更改:执行前请重新预览。</translation>
    </message>
    <message>
        <source>Applied as %1.</source>
        <translation>已执行,编号 %1。</translation>
    </message>
    <message>
        <source>Preview the campaign first: Apply does exactly what the preview shows.</source>
        <translation>请先预览:执行的结果与预览完全一致。</translation>
    </message>
    <message>
        <source>Targets that would be refused: %1. Change the selection or the actions until the preview shows no refusal.</source>
        <translation>将被拒绝的对象:%1 个。请修改选择范围或动作,直到预览中没有拒绝。</translation>
    </message>
    <message>
        <source>The campaign would act on nothing.</source>
        <translation>本次治理不会作用于任何对象。</translation>
    </message>
    <message>
        <source>Apply the campaign as previewed, in one transaction</source>
        <translation>按预览结果在一个事务中执行本次治理</translation>
    </message>
    <message>
        <source>The spec is not complete: %1</source>
        <translation>规格不完整:%1</translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation>正在预览 %1…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>预览失败:%1</translation>
    </message>
    <message>
        <source>Previewed at %1 on the store as it is now.</source>
        <translation>已于 %1 基于当前数据库完成预览。</translation>
    </message>
    <message>
        <source>Apply %1?</source>
        <translation>执行 %1?</translation>
    </message>
    <message>
        <source>Apply the campaign to %1 targets (%2 subjects) in one transaction, as %3?

Every event is linked to the campaign; the whole campaign can be undone later as one compensating action.</source>
        <translation>以 %3 的身份在一个事务中对 %1 个对象(%2 个主体)执行本次治理?

每条事件都会关联到本次治理;之后可作为一个补偿动作撤销整个治理。</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>正在执行 %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消:未写入任何内容。</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
    <message>
        <source>The campaign was not applied</source>
        <translation>治理未执行</translation>
    </message>
    <message>
        <source>Applied as %1: %2 events written.</source>
        <translation>已执行,编号 %1:写入 %2 条事件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Open a campaign spec</source>
        <translation>打开治理规格</translation>
    </message>
    <message>
        <source>Campaign specs (*.json);;All files (*)</source>
        <translation>治理规格 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open the spec</source>
        <translation>无法打开规格</translation>
    </message>
    <message>
        <source>Save the campaign spec</source>
        <translation>保存治理规格</translation>
    </message>
    <message>
        <source>Campaign specs (*.json)</source>
        <translation>治理规格 (*.json)</translation>
    </message>
    <message>
        <source>Could not save the spec</source>
        <translation>无法保存规格</translation>
    </message>
</context>
<context>
    <name>redline::CampaignsPage</name>
    <message>
        <source>Posts</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项治理</translation>
    </message>
    <message>
        <source>Special governance campaigns</source>
        <translation>专项治理行动</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建治理(&amp;N)…</translation>
    </message>
    <message>
        <source>Open the campaign wizard: a named, reasoned bulk action, previewed before it is applied (R-S3)</source>
        <translation>打开治理向导:有名称、有原因的批量动作,执行前先预览(R-S3)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the selected campaign&apos;s events as CSV</source>
        <translation>将所选治理的事件导出为 CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the selected campaign&apos;s report as one A4 page a team can publish</source>
        <translation>将所选治理的报告导出为一页可发布的 A4</translation>
    </message>
    <message>
        <source>&amp;Undo campaign…</source>
        <translation>撤销治理(&amp;U)…</translation>
    </message>
    <message>
        <source>Preview, then apply, one compensating action that undoes the selected campaign</source>
        <translation>先预览、再执行一个撤销所选治理的补偿动作</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Posts handled</source>
        <translation>处置笔记</translation>
    </message>
    <message>
        <source>Posts removed</source>
        <translation>下架笔记</translation>
    </message>
    <message>
        <source>Accounts punished</source>
        <translation>处罚账号</translation>
    </message>
    <message>
        <source>Certifications revoked</source>
        <translation>撤销认证</translation>
    </message>
    <message>
        <source>Brands banned</source>
        <translation>封禁品牌</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Undone by / undoes</source>
        <translation>被撤销 / 撤销了</translation>
    </message>
    <message>
        <source>Could not read the campaigns: %1</source>
        <translation>无法读取治理记录:%1</translation>
    </message>
    <message>
        <source>No campaign yet. New campaign… opens the wizard.</source>
        <translation>尚无治理。“新建治理…”可打开向导。</translation>
    </message>
    <message>
        <source>Campaigns: %1, newest first</source>
        <translation>共 %1 次治理,最新的在前</translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation>已被 %1 撤销</translation>
    </message>
    <message>
        <source>undoes %1</source>
        <translation>撤销了 %1</translation>
    </message>
    <message>
        <source>Posts restored: %1 · violations retracted: %2 · certifications granted back: %3</source>
        <translation>恢复笔记:%1 · 撤回违规:%2 · 恢复认证:%3</translation>
    </message>
    <message>
        <source>Could not read the events of %1: %2</source>
        <translation>无法读取 %1 的事件:%2</translation>
    </message>
    <message>
        <source>Select a campaign to see the events it wrote.</source>
        <translation>选择一次治理以查看其写入的事件。</translation>
    </message>
    <message>
        <source>Events %1 wrote: %2 (double-click opens the subject&apos;s case file)</source>
        <translation>%1 写入的事件:%2 条(双击打开主体档案)</translation>
    </message>
    <message>
        <source>%1 is an undo, or was undone already.</source>
        <translation>%1 是一次撤销,或已被撤销。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Export campaign %1</source>
        <translation>导出治理 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The campaign was not exported</source>
        <translation>治理未导出</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>报告未导出</translation>
    </message>
    <message>
        <source>Previewing the undo of %1…</source>
        <translation>正在预览撤销 %1…</translation>
    </message>
    <message>
        <source>The undo cannot be previewed</source>
        <translation>无法预览撤销</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Undo campaign %1</source>
        <translation>撤销治理 %1</translation>
    </message>
    <message>
        <source>&amp;Undo campaign</source>
        <translation>撤销治理(&amp;U)</translation>
    </message>
    <message>
        <source>The undo would be refused for some targets: see the refusals.</source>
        <translation>部分对象的撤销将被拒绝:请查看拒绝列表。</translation>
    </message>
    <message>
        <source>Write one compensating action that undoes campaign %1 (%2 events)?</source>
        <translation>写入一个撤销治理 %1 的补偿动作(%2 条事件)?</translation>
    </message>
    <message>
        <source>Bans and notes stay as they are (R-B2).</source>
        <translation>品牌封禁和备注保持不变(R-B2)。</translation>
    </message>
    <message>
        <source>Undo %1?</source>
        <translation>撤销 %1?</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>正在撤销 %1…</translation>
    </message>
    <message>
        <source>The campaign was not undone</source>
        <translation>治理未撤销</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消:未写入任何内容。</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>redline::CaseFileView</name>
    <message>
        <source>Select a subject to open its case file.

Enter or double-click opens it; Ctrl+N records a violation on it.</source>
        <translation>选择一个主体以打开其案卷。

按 Enter 或双击打开；Ctrl+N 为其记录违规。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Why / evidence</source>
        <translation>原因 / 证据</translation>
    </message>
    <message>
        <source>Show consequences the engine derived (recovery steps, crossings, sanctions)</source>
        <translation>显示引擎推导出的后果（自然恢复、越过阈值、处罚）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>满足</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation>信用分</translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation>当前限制</translation>
    </message>
    <message>
        <source>Last violation</source>
        <translation>最近违规</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Critical threshold</source>
        <translation>关键阈值</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>创作者保护</translation>
    </message>
    <message>
        <source>Record violation…</source>
        <translation>记录违规…</translation>
    </message>
    <message>
        <source>Record a violation on this subject, with its consequences shown first (Ctrl+N)</source>
        <translation>为该主体记录违规，先显示其后果（Ctrl+N）</translation>
    </message>
    <message>
        <source>File appeal…</source>
        <translation>提交申诉…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>裁定申诉…</translation>
    </message>
    <message>
        <source>The case file of %1 could not be read:
%2

Press F5 to try again, or check the store with `redline-cli verify`.</source>
        <translation>无法读取 %1 的案卷：
%2

按 F5 重试，或用 `redline-cli verify` 检查数据库。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>注册于 %1</translation>
    </message>
    <message>
        <source>no MCN</source>
        <translation>无 MCN</translation>
    </message>
    <message>
        <source>MCN &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>MCN &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; of %3</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; / %3</translation>
    </message>
    <message>
        <source>ladder level &lt;b&gt;L%1&lt;/b&gt; (R-C1)</source>
        <translation>阶梯等级 &lt;b&gt;L%1&lt;/b&gt;（R-C1）</translation>
    </message>
    <message>
        <source>ladder level &lt;b&gt;none&lt;/b&gt; in the window (R-C1)</source>
        <translation>窗口期内阶梯等级：&lt;b&gt;无&lt;/b&gt;（R-C1）</translation>
    </message>
    <message>
        <source>may leave the MCN without penalty until %1 (R-M6)</source>
        <translation>%1 前可无责解约 MCN（R-M6）</translation>
    </message>
    <message>
        <source>commercially &lt;b&gt;certified&lt;/b&gt;</source>
        <translation>&lt;b&gt;已商业认证&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;not certified&lt;/b&gt;</source>
        <translation>&lt;b&gt;未认证&lt;/b&gt;</translation>
    </message>
    <message>
        <source>deposit %1 of %2 required</source>
        <translation>保证金 %1 / 应缴 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n affiliated creator(s)</source>
        <translation>
            <numerusform>旗下创作者 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;removed&lt;/b&gt; (R-M2)</source>
        <translation>&lt;b&gt;已清退&lt;/b&gt;（R-M2）</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) in force</source>
        <translation>
            <numerusform>有效违规 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32;&quot;&gt;No active restrictions&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#2e7d32;&quot;&gt;无当前限制&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Active restrictions: %1</source>
        <translation>当前限制：%1</translation>
    </message>
    <message>
        <source>Search shows: %1</source>
        <translation>搜索展示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) started: expand the row</source>
        <translation>
            <numerusform>触发 %n 项处罚：展开此行查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>%1 (deducted %2)</source>
        <translation>%1（实扣 %2）</translation>
    </message>
    <message>
        <source>, severe</source>
        <translation>，严重</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Appeal %1 filed %2 by %3: %4</source>
        <translation>申诉 %1 由 %3 于 %2 提交：%4</translation>
    </message>
    <message>
        <source>Decision by %1: %2</source>
        <translation>%1 的裁定：%2</translation>
    </message>
    <message>
        <source>Violations (%1)</source>
        <translation>违规（%1）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Ended early (violation voided); was due %1</source>
        <translation>提前结束（违规已作废）；原定 %1</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已期满</translation>
    </message>
    <message>
        <source>Sanctions (%1 active)</source>
        <translation>处罚（%1 项生效）</translation>
    </message>
    <message>
        <source>%1 active, %2 past</source>
        <translation>%1 项生效，%2 项已结束</translation>
    </message>
    <message>
        <source>Creators (%1)</source>
        <translation>创作者（%1）</translation>
    </message>
    <message>
        <source>Protection (%1)</source>
        <translation>创作者保护（%1）</translation>
    </message>
    <message>
        <source>Registered as an MCN on the platform</source>
        <translation>已在平台注册为 MCN</translation>
    </message>
    <message>
        <source>Mainland-China company, not a sole proprietorship</source>
        <translation>中国大陆公司，非个体工商户</translation>
    </message>
    <message>
        <source>Authentic content and interactions</source>
        <translation>内容与互动真实</translation>
    </message>
    <message>
        <source>Security deposit paid</source>
        <translation>已缴纳保证金</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt;; required &lt;b&gt;%2&lt;/b&gt;%3 (R-M3).%4</source>
        <translation>余额 &lt;b&gt;%1&lt;/b&gt;；应缴 &lt;b&gt;%2&lt;/b&gt;%3（R-M3）。%4</translation>
    </message>
    <message>
        <source> (increased while the score is low)</source>
        <translation>（分数偏低期间提高）</translation>
    </message>
    <message>
        <source> &lt;span style=&quot;color:#b71c1c;&quot;&gt;Short by %1.&lt;/span&gt;</source>
        <translation> &lt;span style=&quot;color:#b71c1c;&quot;&gt;差额 %1。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴纳</translation>
    </message>
    <message>
        <source>Deduction (liquidated damages)</source>
        <translation>扣除（违约金）</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退还</translation>
    </message>
    <message numerus="yes">
        <source>%n creator(s) contracted now, lowest credit score first; %1 with active restrictions. Enter or double-click opens a creator&apos;s case file.</source>
        <translation>
            <numerusform>当前签约创作者 %n 名，按信用分从低到高排列；其中 %1 名有当前限制。按 Enter 或双击打开创作者案卷。</numerusform>
        </translation>
    </message>
    <message>
        <source> Showing the first %1; filter the Creators page by this MCN for all.</source>
        <translation> 仅显示前 %1 名；如需全部，请在“创作者”页按此 MCN 筛选。</translation>
    </message>
    <message>
        <source>R-M6: when the score is within %1 of a critical threshold (%2) not yet crossed, each affiliated creator gets an advance notice.</source>
        <translation>R-M6：当分数距尚未跌破的关键阈值（%2）不超过 %1 分时，向每位旗下创作者发出预警。</translation>
    </message>
    <message>
        <source>Select a violation in the Violations tab to file an appeal on it</source>
        <translation>在“违规”标签页中选择一条违规以提交申诉</translation>
    </message>
    <message>
        <source>This violation is no longer in force</source>
        <translation>此违规已失效</translation>
    </message>
    <message>
        <source>Violation %1 already has appeal %2 (R-L3: one appeal per violation)</source>
        <translation>违规 %1 已有申诉 %2（R-L3：每条违规只能申诉一次）</translation>
    </message>
    <message>
        <source>File an appeal on %1 with the subject&apos;s reason and materials</source>
        <translation>以主体的理由和材料对 %1 提交申诉</translation>
    </message>
    <message>
        <source>Select a violation with a pending appeal to decide it</source>
        <translation>选择一条有待处理申诉的违规以进行裁定</translation>
    </message>
    <message>
        <source>You (%1) recorded %2, so another moderator must decide its appeal (R-L4 four-eyes)</source>
        <translation>%2 由您（%1）记录，其申诉须由其他审核员裁定（R-L4 双人复核）</translation>
    </message>
    <message>
        <source>Decide appeal %1: uphold or overturn, with a reason</source>
        <translation>裁定申诉 %1：维持或推翻，并说明理由</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>认证清单</translation>
    </message>
    <message>
        <source>Checklist (%1 unmet)</source>
        <translation>认证清单（%1 项未满足）</translation>
    </message>
    <message>
        <source>Advance notice to every creator contracted then</source>
        <translation>向当时签约的每位创作者发出预警</translation>
    </message>
    <message>
        <source>%1 · backdated</source>
        <comment>a violation recorded later than it happened</comment>
        <translation>%1 · 补录</translation>
    </message>
    <message>
        <source>Backdated · %1</source>
        <comment>a timeline event recorded later than it happened</comment>
        <translation>补录 · %1</translation>
    </message>
    <message>
        <source>Backdated · %1</source>
        <comment>a deposit entry recorded later than it happened</comment>
        <translation>补录 · %1</translation>
    </message>
    <message>
        <source>Revenue is frozen: affiliated creators have an alternative payment channel.</source>
        <translation>收益已冻结：签约创作者享有替代收款渠道。</translation>
    </message>
    <message>
        <source>Revenue is frozen since %1: affiliated creators have an alternative payment channel and may leave without penalty until %2.</source>
        <translation>收益自 %1 起冻结：签约创作者享有替代收款渠道，并可在 %2 前无责解约。</translation>
    </message>
    <message>
        <source>Revenue is frozen since %1: affiliated creators have an alternative payment channel; their penalty-free exit ended on %2.</source>
        <translation>收益自 %1 起冻结：签约创作者享有替代收款渠道；无责解约期已于 %2 结束。</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>商业认证</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>专项治理</translation>
    </message>
    <message>
        <source>The deposit balance is ¥0: there is nothing to deduct or refund.</source>
        <translation>保证金余额为 ¥0：没有可扣除或退还的金额。</translation>
    </message>
    <message>
        <source>%1 already holds a certification.</source>
        <translation>%1 已持有商业认证。</translation>
    </message>
    <message>
        <source>Not possible now: %1 (R-M4).</source>
        <translation>当前无法授予：%1（R-M4）。</translation>
    </message>
    <message>
        <source>%1 holds no certification to revoke.</source>
        <translation>%1 没有可撤销的商业认证。</translation>
    </message>
    <message>
        <source>Contracted to %1: end that contract first.</source>
        <translation>已与 %1 签约：请先解除该合约。</translation>
    </message>
    <message>
        <source>%1 has no MCN contract.</source>
        <translation>%1 没有 MCN 合约。</translation>
    </message>
    <message>
        <source>%1 is already banned (R-B2).</source>
        <translation>%1 已被封禁（R-B2）。</translation>
    </message>
    <message>
        <source>ask the MCN to pay the missing amount (Deposit &gt; Record a deposit payment).</source>
        <translation>请要求该 MCN 补缴差额（保证金 &gt; 登记保证金缴纳）。</translation>
    </message>
    <message>
        <source>review its fabricated-engagement violations; if they stand, revoke the certification (Certification &gt; Revoke).</source>
        <translation>请复核其虚假互动违规；如违规成立，撤销商业认证（商业认证 &gt; 撤销）。</translation>
    </message>
    <message>
        <source>verify the MCN&apos;s registration documents; if it no longer qualifies, revoke the certification (Certification &gt; Revoke).</source>
        <translation>请核实该 MCN 的注册材料；如已不符合条件，撤销商业认证（商业认证 &gt; 撤销）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>⚠ Certified, but not every R-M4 requirement holds now:&lt;br&gt;%1</source>
        <translation>⚠ 已认证，但目前并非所有 R-M4 条件都满足：&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>content health &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>内容健康分 &lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1：无数值</translation>
    </message>
    <message>
        <source>Content health</source>
        <translation>内容健康分</translation>
    </message>
    <message>
        <source>Content health indicators (R-H1; the Content health tab takes them apart):
%1</source>
        <translation>内容健康分指标（R-H1；“内容健康”标签页中有明细）：
%1</translation>
    </message>
</context>
<context>
    <name>redline::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation>修改密码 — %1</translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;%1&lt;/b&gt;: 8 to 256 characters. Only its Argon2id hash is kept in the store; the change is in the audit log.</source>
        <translation>为 &lt;b&gt;%1&lt;/b&gt; 设置新密码：8 至 256 个字符。数据库中只保存其 Argon2id 哈希；此次修改会记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in first: only a signed-in user has a password to change.</source>
        <translation>请先登录：只有已登录的用户才有密码可改。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>New password: %1.</source>
        <translation>新密码：%1。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>密码未修改</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>redline::ConnectTeamDialog</name>
    <message>
        <source>Connect to team store</source>
        <translation>连接团队存储</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;Connect to a team store&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;连接团队存储&lt;/span&gt;</translation>
    </message>
    <message>
        <source>A team store is one store on a PostgreSQL server that the whole team works on. The server signs you in as its login, so no Redline password is asked for, and it checks every write again. This console works on a copy of it on this computer and takes in what the others record as they record it.</source>
        <translation>团队存储是 PostgreSQL 服务器上供整个团队共同使用的一个数据库。服务器以其登录账号为您登录，因此无需输入 Redline 密码，并且服务器会再次检查每一次写入。本控制台在这台电脑上的副本中工作，其他人记录的内容会在记录时同步过来。</translation>
    </message>
    <message>
        <source>Team stores you connected to before: click to choose one, double-click to connect</source>
        <translation>之前连接过的团队存储：单击选择，双击连接</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>%1 asks for a password.</source>
        <translation>%1 要求输入密码。</translation>
    </message>
    <message>
        <source>Enter the team store&apos;s URL, e.g. postgresql://mod.li@dbhost/redline.</source>
        <translation>请输入团队存储的 URL，例如 postgresql://mod.li@dbhost/redline。</translation>
    </message>
    <message>
        <source>%1 is not a team store&apos;s URL: it starts with postgresql://, as in postgresql://mod.li@dbhost/redline. To open a store file, use File &gt; Open store.</source>
        <translation>%1 不是团队存储的 URL：URL 以 postgresql:// 开头，例如 postgresql://mod.li@dbhost/redline。要打开数据库文件，请使用“文件 &gt; 打开数据库”。</translation>
    </message>
    <message>
        <source>Reaching %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Enter the password %1 asks for.</source>
        <translation>请输入 %1 要求的密码。</translation>
    </message>
    <message>
        <source>Connecting to %1… The first connection copies the whole team store to this computer; later ones take only what is new.</source>
        <translation>正在连接 %1… 首次连接会把整个团队存储复制到这台电脑，之后只同步新增的内容。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was opened; the console keeps the store it had.</source>
        <translation>已取消：没有打开任何内容；控制台保留原来的数据库。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>The server refused the login: %1

Check the user name and the password. An administrator makes a Redline user a login of the team store with redline_grant_login (docs/teamstore.md).</source>
        <translation>服务器拒绝了登录：%1

请检查用户名和密码。管理员可用 redline_grant_login 把 Redline 用户设为团队存储的登录账号（docs/teamstore.md）。</translation>
    </message>
    <message>
        <source>The team store or its working copy on this computer is damaged: %1</source>
        <translation>团队存储或其在这台电脑上的工作副本已损坏：%1</translation>
    </message>
    <message>
        <source>Could not open the team store: %1</source>
        <translation>无法打开团队存储：%1</translation>
    </message>
</context>
<context>
    <name>redline::ConsequencesPanel</name>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n 条违规</numerusform>
        </translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Consequences at %1, computed by the engine</source>
        <translation>%1 时的后果（由引擎计算）</translation>
    </message>
    <message>
        <source>Score %1 → %2 (no change)</source>
        <translation>分数 %1 → %2（不变）</translation>
    </message>
    <message>
        <source>Score %1 → %2 (%3)</source>
        <translation>分数 %1 → %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, was permanent</source>
        <translation>%1，原为永久</translation>
    </message>
    <message>
        <source>%1, was until %2</source>
        <translation>%1，原定至 %2</translation>
    </message>
    <message>
        <source>%1, permanent</source>
        <translation>%1，永久</translation>
    </message>
    <message>
        <source>%1 until %2 (%3)</source>
        <translation>%1，至 %2（%3）</translation>
    </message>
    <message>
        <source>Deducts</source>
        <translation>扣分</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing: a 0-point finding is not a ladder step (R-C6)</source>
        <translation>不扣分：0 分的核实结果不计入处罚阶梯（R-C6）</translation>
    </message>
    <message>
        <source>Gives back</source>
        <translation>返还</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) (R-L3)</source>
        <translation>
            <numerusform>%n 分（R-L3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Crosses</source>
        <translation>越过阈值</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>affiliated creators get an advance notice: %1 is within %2 of %3 (R-M6)</source>
        <translation>旗下创作者收到预警：%1 距 %3 不超过 %2 分（R-M6）</translation>
    </message>
    <message>
        <source>affiliated creators get “%1” (grace period %2 days, R-M6)</source>
        <translation>旗下创作者获得“%1”（宽限期 %2 天，R-M6）</translation>
    </message>
    <message>
        <source>L%1: %2 in force within %3 days</source>
        <translation>L%1：%3 天内有效违规 %2 条</translation>
    </message>
    <message>
        <source>L%1: recorded as severe (%2 in force within %3 days)</source>
        <translation>L%1：记为严重（%3 天内有效违规 %2 条）</translation>
    </message>
    <message>
        <source>; subject&apos;s level L%1 → L%2</source>
        <translation>；主体等级 L%1 → L%2</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>处罚阶梯</translation>
    </message>
    <message>
        <source>L%1 → L%2</source>
        <translation>L%1 → L%2</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Lifts</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>清退</translation>
    </message>
    <message>
        <source>removed from the platform: recovery stops (R-M2)</source>
        <translation>从平台清退：停止自然恢复（R-M2）</translation>
    </message>
    <message>
        <source>lifted: recovery resumes (R-M2)</source>
        <translation>解除清退：恢复自然恢复（R-M2）</translation>
    </message>
    <message>
        <source>No change to the score, sanctions or restrictions.</source>
        <translation>分数、处罚和限制均无变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) (%1 charged; the score cannot go below %2)</source>
        <translation>
            <numerusform>%n 分（应扣 %1；分数不能低于 %2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>redline::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Pending appeals</source>
        <translation>待处理申诉</translation>
    </message>
    <message>
        <source>Ledger events</source>
        <translation>台账事件</translation>
    </message>
    <message>
        <source>Console users</source>
        <translation>控制台用户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation>当前限制</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Lowest standing (Enter opens the case file)</source>
        <translation>状态最差（Enter 打开案卷）</translation>
    </message>
    <message>
        <source>Violations recorded last</source>
        <translation>最近记录的违规</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 · policy %2 v%3 · as of %4 UTC</source>
        <translation>%1 · 规则 %2 v%3 · 截至 %4 UTC</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>undone</source>
        <comment>a retracted violation</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>overturned</source>
        <comment>a violation overturned on appeal</comment>
        <translation>已推翻</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>violation id (undone|overturned)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by %2 (subjects per band, log scale)</source>
        <translation>%1（按%2分段的主体数，对数刻度）</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>%1 · loading the figures…</source>
        <translation>%1 · 正在加载数据…</translation>
    </message>
    <message>
        <source>Could not read all the figures: %1. Press F5 to try again.</source>
        <translation>无法读取全部数据：%1。按 F5 重试。</translation>
    </message>
    <message>
        <source>Violations per week by code</source>
        <translation>每周违规（按违规类型）</translation>
    </message>
    <message numerus="yes">
        <source>Violations per week by code, %1 to %2: %Ln violation(s), each in the week it happened; retracted or overturned by now in grey</source>
        <translation>
            <numerusform>每周违规（按违规类型），%1 至 %2：共 %Ln 条，按发生所在周计；截至目前已撤销或已推翻的以灰色显示</numerusform>
        </translation>
    </message>
    <message>
        <source>A violation counts in the week (Monday to Sunday, UTC) of the instant it happened. One that was retracted or overturned on appeal by now stays in the ledger: it is counted in the grey bar of its week, not in its code&apos;s.</source>
        <translation>违规计入其发生时刻所在的周（周一至周日，UTC）。截至目前已撤销或经申诉推翻的违规仍保留在台账中：计入该周的灰色柱，而不计入其违规类型。</translation>
    </message>
    <message numerus="yes">
        <source>%n other code(s)</source>
        <translation>
            <numerusform>其他 %n 种违规类型</numerusform>
        </translation>
    </message>
    <message>
        <source>Retracted or overturned</source>
        <translation>已撤销或已推翻</translation>
    </message>
    <message>
        <source>week starting on Monday (UTC)</source>
        <translation>周（自周一起，UTC）</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Appeals: decided since %1, and pending now</source>
        <translation>申诉：%1 以来已裁决的，以及当前待处理的</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>推翻</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>No appeal was decided since %1.</source>
        <translation>%1 以来没有已裁决的申诉。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Median time to decision: &lt;b style=&quot;font-size: large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;over the %2 appeal(s) decided since %3, from the appeal to its decision</source>
        <translation>裁决用时中位数：&lt;b style=&quot;font-size: large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;统计 %3 以来已裁决的 %2 条申诉，自提出申诉至裁决</translation>
    </message>
    <message>
        <source>Bands: the full score, then from each threshold up to the next one, highest first. The count axis is logarithmic, so that a band of a few subjects shows beside one of hundreds of thousands.</source>
        <translation>分段：满分单独一段，其余从每个阈值到下一个阈值为一段，由高到低。数量轴为对数刻度，几个主体的分段与数十万主体的分段可同时看清。</translation>
    </message>
    <message>
        <source>Threshold crossings, last %1 days: %2, the newest %3 listed (double-click opens the case file)</source>
        <translation>近 %1 天的阈值跨越：%2 次，列出最新的 %3 次（双击打开案卷）</translation>
    </message>
    <message>
        <source>Threshold crossings, last %1 days: %2 (double-click opens the case file)</source>
        <translation>近 %1 天的阈值跨越：%2 次（双击打开案卷）</translation>
    </message>
    <message>
        <source>↓ fell below</source>
        <translation>↓ 跌破</translation>
    </message>
    <message>
        <source>↑ back to</source>
        <translation>↑ 回到</translation>
    </message>
    <message>
        <source>The score went from %1 or more to below it</source>
        <translation>分数从 %1 及以上降到 %1 以下</translation>
    </message>
    <message>
        <source>The score went from below %1 to %1 or more</source>
        <translation>分数从 %1 以下回到 %1 及以上</translation>
    </message>
    <message>
        <source>Open triage items</source>
        <translation>待分诊条目</translation>
    </message>
    <message>
        <source>%1 claimed · none waiting</source>
        <translation>已认领 %1 · 无等待</translation>
    </message>
    <message>
        <source>%1 claimed · oldest waiting %2</source>
        <translation>已认领 %1 · 最久已等待 %2</translation>
    </message>
    <message>
        <source>%1 open, %2 claimed, %3 confirmed, %4 dismissed</source>
        <translation>待处理 %1，已认领 %2，已确认 %3，已驳回 %4</translation>
    </message>
</context>
<context>
    <name>redline::DecideAppealDialog</name>
    <message>
        <source>Decide appeal %1</source>
        <translation>裁定申诉 %1</translation>
    </message>
    <message>
        <source>&amp;Upheld: the violation stands</source>
        <translation>维持(&amp;U)：违规成立</translation>
    </message>
    <message>
        <source>&amp;Overturned: void the violation, give its points back, end its sanctions</source>
        <translation>推翻(&amp;O)：作废该违规，返还扣分，终止其处罚</translation>
    </message>
    <message>
        <source>Why: what the materials show, which rule applies</source>
        <translation>理由：材料说明了什么，适用哪条规则</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no such appeal in the store.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：数据库中没有此申诉。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;Appeal &lt;b&gt;%4&lt;/b&gt; filed %5 by %6&lt;br&gt;against &lt;b&gt;%7&lt;/b&gt;: %8 · %9, recorded %10 by &lt;b&gt;%11&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;申诉 &lt;b&gt;%4&lt;/b&gt; 由 %6 于 %5 提交&lt;br&gt;针对 &lt;b&gt;%7&lt;/b&gt;：%8 · %9，由 &lt;b&gt;%11&lt;/b&gt; 于 %10 记录</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;i&gt;The subject&apos;s reason and materials:&lt;/i&gt;&lt;br&gt;%1</source>
        <translation>&lt;hr&gt;&lt;i&gt;主体的申诉理由和材料：&lt;/i&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No appeal %1 in the store.</source>
        <translation>数据库中没有申诉 %1。</translation>
    </message>
    <message>
        <source>%1 was already decided: %2 on %3 by %4.</source>
        <translation>%1 已由 %4 于 %3 裁定：%2。</translation>
    </message>
    <message>
        <source>You (%1) recorded violation %2, so another moderator must decide its appeal (R-L4 four-eyes).</source>
        <translation>违规 %2 由您（%1）记录，其申诉须由其他审核员裁定（R-L4 双人复核）。</translation>
    </message>
    <message>
        <source>Choose upheld or overturned.</source>
        <translation>请选择维持或推翻。</translation>
    </message>
    <message>
        <source>The reason is empty: say why the appeal is %1.</source>
        <translation>理由为空：请说明为何裁定%1。</translation>
    </message>
    <message>
        <source>overturned</source>
        <translation>推翻</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>Choose an outcome. Overturning shows its consequences here before you confirm.</source>
        <translation>请选择结果。选择推翻时，确认前会在此显示其后果。</translation>
    </message>
    <message>
        <source>Upholding changes nothing: the violation, its points and its sanctions stand (R-L3).</source>
        <translation>维持不做任何变更：违规、扣分及处罚均保持不变（R-L3）。</translation>
    </message>
    <message>
        <source>&amp;Overturn</source>
        <translation>推翻(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Uphold</source>
        <translation>维持(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>裁定(&amp;D)</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>裁定未记录</translation>
    </message>
    <message>
        <source>The store refused the decision:
%1

Nothing was written. Ask another moderator to decide it, or correct the input and try again.</source>
        <translation>数据库拒绝了该裁定：
%1

未写入任何内容。请由其他审核员裁定，或更正输入后重试。</translation>
    </message>
    <message>
        <source>No notice: the appeal cannot be decided.</source>
        <translation>无通知：该申诉无法裁决。</translation>
    </message>
    <message>
        <source>Choose an outcome to see the notice the subject will get.</source>
        <translation>选择裁决结果以查看主体将收到的通知。</translation>
    </message>
    <message>
        <source>No notice: the decision cannot be recorded as it stands.</source>
        <translation>无通知：按当前输入无法记录该裁决。</translation>
    </message>
    <message>
        <source>The store refused the decision:
%1

%2 decided %3 first: %4 on %5. Nothing of yours was written; the console now shows their decision.</source>
        <translation>数据库拒绝了该裁决：
%1

%2 已先裁决 %3：%5 %4。您的裁决没有写入任何内容；控制台现在显示对方的裁决。</translation>
    </message>
</context>
<context>
    <name>redline::FileAppealDialog</name>
    <message>
        <source>found by the algorithm</source>
        <translation>算法发现</translation>
    </message>
    <message>
        <source>from a user report</source>
        <translation>来自用户举报</translation>
    </message>
    <message>
        <source>found in human review</source>
        <translation>人工复核发现</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>normal severity</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>%1, decided %2 on %3</source>
        <translation>%1，%3 裁定：%2</translation>
    </message>
    <message>
        <source>%1, pending</source>
        <translation>%1，待处理</translation>
    </message>
    <message>
        <source>File an appeal against %1</source>
        <translation>针对 %1 提交申诉</translation>
    </message>
    <message>
        <source>The subject&apos;s reason, in their words: why the violation is wrong</source>
        <translation>主体的申诉理由（原话）：为何该违规认定有误</translation>
    </message>
    <message>
        <source>Materials submitted: contracts, licences, 蒲公英 order numbers, links… (optional)</source>
        <translation>提交的材料：合同、资质证照、蒲公英订单号、链接…（可选）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>材料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;File appeal</source>
        <translation>提交申诉(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no such violation in the store.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：数据库中没有此违规。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;: %5 · %6&lt;br&gt;Recorded %7 by &lt;b&gt;%8&lt;/b&gt; · %9 · %10</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;：%5 · %6&lt;br&gt;由 &lt;b&gt;%8&lt;/b&gt; 于 %7 记录 · %9 · %10</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Evidence:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;证据：&lt;/i&gt;%1</translation>
    </message>
    <message>
        <source>No violation %1 in the store.</source>
        <translation>数据库中没有违规 %1。</translation>
    </message>
    <message>
        <source>%1 already has an appeal (%2); one appeal per violation (R-L3).</source>
        <translation>%1 已有申诉（%2）；每条违规只能申诉一次（R-L3）。</translation>
    </message>
    <message>
        <source>%1 was retracted on %2; there is nothing to appeal.</source>
        <translation>%1 已于 %2 撤回；无需申诉。</translation>
    </message>
    <message>
        <source>The reason is empty: write why the subject appeals.</source>
        <translation>理由为空：请填写主体申诉的原因。</translation>
    </message>
    <message>
        <source>%1

Materials:
%2</source>
        <translation>%1

材料：
%2</translation>
    </message>
    <message>
        <source>The appeal was not filed</source>
        <translation>申诉未提交</translation>
    </message>
    <message>
        <source>%1

Nothing was written. Correct the input, or check that the store file is writable, then try again.</source>
        <translation>%1

未写入任何内容。请更正输入，或确认数据库文件可写，然后重试。</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>redline::HealthBreakdownPanel</name>
    <message>
        <source>Back to now</source>
        <translation>回到当前</translation>
    </message>
    <message>
        <source>Show the index as of now instead of the instant picked on the chart</source>
        <translation>显示当前的健康分，而不是在图表上选中的时刻</translation>
    </message>
    <message>
        <source>Dimension / indicator</source>
        <translation>维度 / 指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Content health index, 0–100 (R-H1)</source>
        <translation>内容健康分，0–100（R-H1）</translation>
    </message>
    <message>
        <source>content health index now (%1)</source>
        <translation>当前内容健康分（%1）</translation>
    </message>
    <message>
        <source>content health index at &lt;b&gt;%1&lt;/b&gt;, picked on the chart</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的内容健康分（在图表上选中）</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#616161;&quot;&gt;No health effects in force.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#616161;&quot;&gt;当前没有健康分带来的影响。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Effects in force: %1</source>
        <translation>当前影响：%1</translation>
    </message>
    <message>
        <source>The policy&apos;s health effects (R-H1):
%1</source>
        <translation>规则中的健康分影响（R-H1）：
%1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The mean of the scores of its indicators that have a value</source>
        <translation>其有数值的指标得分的平均值</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
</context>
<context>
    <name>redline::HealthChart</name>
    <message>
        <source>Content health</source>
        <translation>内容健康分</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show the whole history, from registration to now</source>
        <translation>显示从注册到当前的完整历史</translation>
    </message>
    <message>
        <source>%1 of the %2 instants the index changed at are shown (evenly spread); each point is exact. Click a point to take it apart below.</source>
        <translation>显示健康分可能变化的 %2 个时刻中的 %1 个（均匀抽取）；每个点都是精确值。点击某个点可在下方查看其明细。</translation>
    </message>
    <message>
        <source>The index at every instant it can change at (%1: metrics, posts, qualifications, verified reports entering and leaving the window). Click a point to take it apart below.</source>
        <translation>健康分在其可能变化的每个时刻的取值（%1 个：指标快照、笔记、资质、核实的举报进入和离开统计窗口）。点击某个点可在下方查看其明细。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Content health &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>内容健康分 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No health effects</source>
        <translation>没有健康分带来的影响</translation>
    </message>
    <message>
        <source>Effects: %1</source>
        <translation>影响：%1</translation>
    </message>
</context>
<context>
    <name>redline::HealthTab</name>
    <message>
        <source>The content health history could not be read: %1</source>
        <translation>无法读取内容健康分历史：%1</translation>
    </message>
</context>
<context>
    <name>redline::HistoryDialog</name>
    <message>
        <source>History of this session</source>
        <translation>本次会话的操作记录</translation>
    </message>
    <message>
        <source>What you did in this session, newest first. Undo records a retraction: the violation stays in the ledger and the audit log.</source>
        <translation>本次会话中的操作，最新的在前。撤销会记录一条撤回：违规仍保留在台账和审计日志中。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Can it be undone?</source>
        <translation>能否撤销？</translation>
    </message>
    <message>
        <source>&amp;Undo selected</source>
        <translation>撤销所选(&amp;U)</translation>
    </message>
    <message>
        <source>Nothing done in this session yet</source>
        <translation>本次会话尚无操作</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>redline::LedgerActionDialog</name>
    <message>
        <source>no subject %1 in the store</source>
        <translation>数据库中没有主体 %1</translation>
    </message>
    <message>
        <source>Record a deposit payment…</source>
        <translation>登记保证金缴纳…</translation>
    </message>
    <message>
        <source>Deduct liquidated damages…</source>
        <translation>扣除违约金…</translation>
    </message>
    <message>
        <source>Refund the deposit…</source>
        <translation>退还保证金…</translation>
    </message>
    <message>
        <source>Grant commercial certification…</source>
        <translation>授予商业认证…</translation>
    </message>
    <message>
        <source>Revoke commercial certification…</source>
        <translation>撤销商业认证…</translation>
    </message>
    <message>
        <source>Start a contract with an MCN…</source>
        <translation>与 MCN 签约…</translation>
    </message>
    <message>
        <source>End the MCN contract…</source>
        <translation>解除 MCN 合约…</translation>
    </message>
    <message>
        <source>Ban this brand (R-B2)…</source>
        <translation>封禁该品牌（R-B2）…</translation>
    </message>
    <message>
        <source>Record a passed community-norms exam…</source>
        <translation>登记社区规范考试通过…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Record a payment into the security deposit of %1 (R-M3).</source>
        <translation>登记 %1 缴纳的保证金（R-M3）。</translation>
    </message>
    <message>
        <source>Deduct liquidated damages from the security deposit of %1: the balance never goes below zero (R-M3).</source>
        <translation>从 %1 的保证金中扣除违约金：余额不会低于零（R-M3）。</translation>
    </message>
    <message numerus="yes">
        <source>Refund the security deposit of %1, on termination: only with no appeal pending and no violation in the last %n day(s) (R-M3).</source>
        <translation>
            <numerusform>终止合作时退还 %1 的保证金：须无待决申诉，且最近 %n 天内无违规（R-M3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant %1 the platform&apos;s commercial certification: every R-M4 requirement must hold now.</source>
        <translation>授予 %1 平台商业认证：当前须满足全部 R-M4 条件。</translation>
    </message>
    <message>
        <source>Revoke the commercial certification of %1. Without it the transition restrictions of R-M5 apply.</source>
        <translation>撤销 %1 的商业认证。撤销后适用 R-M5 的过渡期限制。</translation>
    </message>
    <message>
        <source>Record that %1 signs with an MCN: the creator becomes its affiliate (R-M6 protects affiliates).</source>
        <translation>登记 %1 与 MCN 签约：该创作者成为其旗下创作者（R-M6 保护旗下创作者）。</translation>
    </message>
    <message>
        <source>Record that %1 ends the contract with %2.</source>
        <translation>登记 %1 与 %2 解约。</translation>
    </message>
    <message>
        <source>Ban %1 as a special governance action (R-B2): the ban is permanent, and the brand&apos;s search shows the notice below.</source>
        <translation>作为专项治理行动封禁 %1（R-B2）：封禁为永久，该品牌的搜索将显示下方公告。</translation>
    </message>
    <message>
        <source>Record that %1 passed the community-norms exam (R-C3).</source>
        <translation>登记 %1 通过社区规范考试（R-C3）。</translation>
    </message>
    <message>
        <source>whole yuan</source>
        <translation>整数元</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <source>the MCN&apos;s handle, e.g. mcn-starriver</source>
        <translation>MCN 的标识，例如 mcn-starriver</translation>
    </message>
    <message>
        <source>MCN:</source>
        <translation>MCN：</translation>
    </message>
    <message>
        <source>Why (required): kept in the ledger and the audit log</source>
        <translation>原因（必填）：记入账本和审计日志</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;检查项&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice the brand&apos;s search will show:&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;该品牌搜索将显示的公告：&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Deposit balance %1; required for certification %2.</source>
        <translation>保证金余额 %1；认证所需 %2。</translation>
    </message>
    <message>
        <source>Certified.</source>
        <translation>已认证。</translation>
    </message>
    <message>
        <source>Not certified.</source>
        <translation>未认证。</translation>
    </message>
    <message>
        <source>No MCN contract.</source>
        <translation>无 MCN 合约。</translation>
    </message>
    <message>
        <source>Contracted to %1.</source>
        <translation>已与 %1 签约。</translation>
    </message>
    <message>
        <source>Credit score %1.</source>
        <translation>信用分 %1。</translation>
    </message>
    <message>
        <source>Points %1.</source>
        <translation>违规分 %1。</translation>
    </message>
    <message>
        <source>Already banned.</source>
        <translation>已封禁。</translation>
    </message>
    <message>
        <source>Not banned.</source>
        <translation>未封禁。</translation>
    </message>
    <message>
        <source>%1 is not a %2.</source>
        <translation>%1 不是%2。</translation>
    </message>
    <message>
        <source>Enter the amount in whole yuan.</source>
        <translation>请输入整数元金额。</translation>
    </message>
    <message>
        <source>The amount may be at most %1.</source>
        <translation>金额最多为 %1。</translation>
    </message>
    <message>
        <source>Enter the MCN&apos;s handle.</source>
        <translation>请输入 MCN 的标识。</translation>
    </message>
    <message>
        <source>%1 has no MCN contract to end.</source>
        <translation>%1 没有可解除的 MCN 合约。</translation>
    </message>
    <message>
        <source>Give the reason: it is kept in the ledger and the audit log.</source>
        <translation>请填写原因：将记入账本和审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>The reason may be at most %n character(s).</source>
        <translation>
            <numerusform>原因最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The brand is already banned (R-B2).</source>
        <translation>该品牌已被封禁（R-B2）。</translation>
    </message>
    <message>
        <source>The brand is not banned yet.</source>
        <translation>该品牌尚未被封禁。</translation>
    </message>
    <message>
        <source>After the payment the balance %1 covers the required deposit %2.</source>
        <translation>缴纳后余额 %1 达到所需保证金 %2。</translation>
    </message>
    <message>
        <source>After the payment the balance %1 is still %2 short of the required deposit %3 (certification needs it, R-M4).</source>
        <translation>缴纳后余额 %1 距所需保证金 %3 仍差 %2（认证需要，R-M4）。</translation>
    </message>
    <message>
        <source>The amount %1 is within the balance %2.</source>
        <translation>金额 %1 不超过余额 %2。</translation>
    </message>
    <message>
        <source>The balance falls below the required deposit: the certification stays, shown as a warning until the MCN pays it back (R-M4).</source>
        <translation>余额将低于所需保证金：认证保留，并显示警告，直至该 MCN 补足（R-M4）。</translation>
    </message>
    <message>
        <source>No appeal is pending.</source>
        <translation>无待决申诉。</translation>
    </message>
    <message>
        <source>Appeal %1 is pending.</source>
        <translation>申诉 %1 待决。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>No violation in force in the last %n day(s).</source>
        <translation>
            <numerusform>最近 %n 天内无生效违规。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Violation in the last %n day(s): %1.</source>
        <translation>
            <numerusform>最近 %n 天内有违规：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The MCN holds a commercial certification.</source>
        <translation>该 MCN 持有商业认证。</translation>
    </message>
    <message>
        <source>The MCN holds no certification to revoke.</source>
        <translation>该 MCN 没有可撤销的商业认证。</translation>
    </message>
    <message>
        <source>The MCN already holds a certification.</source>
        <translation>该 MCN 已持有商业认证。</translation>
    </message>
    <message>
        <source>The MCN holds no certification yet.</source>
        <translation>该 MCN 尚未持有商业认证。</translation>
    </message>
    <message>
        <source>The creator has no MCN contract now.</source>
        <translation>该创作者目前没有 MCN 合约。</translation>
    </message>
    <message>
        <source>The creator is contracted to %1: end that contract first.</source>
        <translation>该创作者已与 %1 签约：请先解除该合约。</translation>
    </message>
    <message>
        <source>Ending now is without penalty: %1 has its revenue frozen, and the grace period runs until %2 (R-M6).</source>
        <translation>现在解约无需承担违约责任：%1 的收益已冻结，宽限期至 %2（R-M6）。</translation>
    </message>
    <message>
        <source>No R-M6 grace period applies: the contract&apos;s own terms govern ending it.</source>
        <translation>不适用 R-M6 宽限期：解约按合约本身条款处理。</translation>
    </message>
    <message>
        <source>The policy has no exam rule: the exam changes nothing.</source>
        <translation>规则中没有考试条款：考试不产生任何影响。</translation>
    </message>
    <message numerus="yes">
        <source>No earlier exam counted: this one adds up to %n point(s).</source>
        <translation>
            <numerusform>此前没有计分的考试：本次最多加 %n 分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within the %n-day cooldown after the exam of %1 (until %2): recorded, but it adds nothing.</source>
        <translation>
            <numerusform>处于 %1 考试后的 %n 天冷却期内（至 %2）：会被记录，但不加分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last exam that counted was on %1, more than %n day(s) ago.</source>
        <translation>
            <numerusform>上次计分的考试在 %1，已超过 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit balance %1 → %2</source>
        <translation>保证金余额 %1 → %2</translation>
    </message>
    <message>
        <source>Commercial certification: granted</source>
        <translation>商业认证：授予</translation>
    </message>
    <message>
        <source>Commercial certification: revoked</source>
        <translation>商业认证：撤销</translation>
    </message>
    <message>
        <source>I understand this bans %1 permanently (R-B2):
the ban has no end, and its search shows the notice above.</source>
        <translation>我了解此操作将永久封禁 %1（R-B2）：
封禁没有期限，其搜索将显示上方公告。</translation>
    </message>
    <message>
        <source>I understand this revokes the commercial certification of %1:
granting it again needs every R-M4 requirement met.</source>
        <translation>我了解此操作将撤销 %1 的商业认证：
重新授予须满足全部 R-M4 条件。</translation>
    </message>
    <message>
        <source>The standing of %1 stays as it is: no score, threshold or restriction changes.</source>
        <translation>%1 的状态保持不变：分数、阈值和限制均无变化。</translation>
    </message>
    <message>
        <source>Core would refuse this: %1</source>
        <translation>系统将拒绝此操作：%1</translation>
    </message>
    <message>
        <source>Tick the box to confirm this permanent step.</source>
        <translation>请勾选确认此永久性操作。</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>未写入任何内容</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notice to %1 (%2):&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;发送给 %1 的通知（%2）：&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>redline::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Redline 红线</source>
        <translation>Redline 红线</translation>
    </message>
    <message>
        <source>Governance console for MCNs, brands and creators.
Open a store to begin (Ctrl+O), or create a new one.</source>
        <translation>MCN、品牌与创作者治理控制台。
打开数据库开始工作（Ctrl+O），或新建一个。</translation>
    </message>
    <message>
        <source>Open store…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>New store…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主体(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record violation…</source>
        <translation>记录违规(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>会话(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About Redline</source>
        <translation>关于 Redline(&amp;A)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>MCNs</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Bringing the state cache up to date…</source>
        <translation>正在更新状态缓存…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Check that the file is a Redline store (create one with File &gt; New store, or `redline-cli init`) and that you may read it.</source>
        <translation>请确认该文件是 Redline 数据库（可通过“文件 &gt; 新建数据库”或 `redline-cli init` 创建），且您有读取权限。</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Choose a new file name in a folder you may write to.</source>
        <translation>请在您有写入权限的文件夹中选择新文件名。</translation>
    </message>
    <message>
        <source>New Redline store</source>
        <translation>新建 Redline 数据库</translation>
    </message>
    <message>
        <source>Redline stores (*.db *.redline);;All files (*)</source>
        <translation>Redline 数据库 (*.db *.redline);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>%1 already exists. A new store needs a new file; open the existing one with File &gt; Open store.</source>
        <translation>%1 已存在。新数据库需要新文件；如需打开现有文件，请使用“文件 &gt; 打开数据库”。</translation>
    </message>
    <message>
        <source>Open Redline store</source>
        <translation>打开 Redline 数据库</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No subject %1 in this store</source>
        <translation>此数据库中没有主体 %1</translation>
    </message>
    <message>
        <source>Open a subject&apos;s case file first, then press Ctrl+N to record a violation on it.</source>
        <translation>请先打开主体的案卷，再按 Ctrl+N 为其记录违规。</translation>
    </message>
    <message>
        <source>Recorded %1 on %2. Ctrl+Z undoes it.</source>
        <translation>已为 %2 记录 %1。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Filed appeal %1 on %2.</source>
        <translation>已对 %2 提交申诉 %1。</translation>
    </message>
    <message>
        <source>Appeal %1 decided: %2.</source>
        <translation>申诉 %1 已裁定：%2。</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>The store is unchanged. Refresh (F5) and check the case file.</source>
        <translation>数据库未改变。请刷新（F5）并检查案卷。</translation>
    </message>
    <message>
        <source>Done: %1. The retraction is in the ledger and the audit log.</source>
        <translation>已完成：%1。撤回记录已写入台账和审计日志。</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>Redline</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>%1 MCNs · %2 brands · %3 creators</source>
        <translation>%1 个 MCN · %2 个品牌 · %3 名创作者</translation>
    </message>
    <message>
        <source>Policy: %1 v%2%3</source>
        <translation>规则：%1 v%2%3</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation>（覆盖）</translation>
    </message>
    <message>
        <source>About Redline</source>
        <translation>关于 Redline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redline 红线&lt;/b&gt; %1&lt;br&gt;A governance console for a content platform&apos;s MCNs, brands and creators: scores, violations, appeals and their audit trail, replayed from an append-only ledger.</source>
        <translation>&lt;b&gt;Redline 红线&lt;/b&gt; %1&lt;br&gt;内容平台 MCN、品牌与创作者治理控制台：分数、违规、申诉及其审计记录，均由只追加的台账回放得出。</translation>
    </message>
    <message>
        <source>Indexing subjects for sorting and search (once per store)…</source>
        <translation>正在为主体建立排序和搜索索引（每个数据库仅一次）…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Sorting and search may be slow: %1</source>
        <translation>排序和搜索可能较慢：%1</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s users: %1</source>
        <translation>无法读取数据库的用户：%1</translation>
    </message>
    <message>
        <source>This store is open: no user has a password, so there is no sign-in.</source>
        <translation>此数据库是开放的：没有用户设置密码，因此无需登录。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已登录：%1。</translation>
    </message>
    <message>
        <source>%1 signed out: the console is read-only until someone signs in.</source>
        <translation>%1 已退出登录：在有人登录前，控制台为只读。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>This store has been secured since it was opened: sign in to write.</source>
        <translation>此数据库在打开后已启用密码保护：请登录后再写入。</translation>
    </message>
    <message>
        <source>Record a violation on the open subject (Ctrl+N)</source>
        <translation>对打开的主体记录违规（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open a store first</source>
        <translation>请先打开一个数据库</translation>
    </message>
    <message>
        <source>Sign in with your user name and password</source>
        <translation>用您的用户名和密码登录</translation>
    </message>
    <message>
        <source>This store is open: no user has a password, so there is no sign-in</source>
        <translation>此数据库是开放的：没有用户设置密码，因此无需登录</translation>
    </message>
    <message>
        <source>Sign %1 out: the console becomes read-only</source>
        <translation>让 %1 退出登录：控制台变为只读</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>当前无人登录</translation>
    </message>
    <message>
        <source>Change the password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <source>Sign in first: only a signed-in user has a password</source>
        <translation>请先登录：只有已登录的用户才有密码</translation>
    </message>
    <message>
        <source>%1 — Redline — %2</source>
        <translation>%1 — 红线 — %2</translation>
    </message>
    <message>
        <source>Open store: no sign-in (writes as &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>开放数据库：无需登录（以 &lt;b&gt;%1&lt;/b&gt; 写入）</translation>
    </message>
    <message>
        <source>No user of this store has a password, so anyone at this machine may write; the audit log names %1.</source>
        <translation>此数据库没有用户设置密码，因此这台电脑前的任何人都可以写入；审计日志记为 %1。</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>已登录：&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Every write is recorded under %1. Session &gt; Sign out ends it.</source>
        <translation>每次写入都记在 %1 名下。会话 &gt; 退出登录可结束。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not signed in&lt;/b&gt; · read-only</source>
        <translation>&lt;b&gt;未登录&lt;/b&gt; · 只读</translation>
    </message>
    <message>
        <source>This store is secured: sign in (Session &gt; Sign in…) to record, appeal or decide.</source>
        <translation>此数据库已启用密码保护：请登录（会话 &gt; 登录…）后再记录、申诉或裁定。</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user…</source>
        <translation>以其他用户登录(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>操作记录(&amp;H)…</translation>
    </message>
    <message>
        <source>No store at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>There is no Redline store at %1.

Create a new, empty store there?</source>
        <translation>%1 处没有 Redline 数据库。

在此处新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>新建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>No store at %1: open one with File &gt; Open store, or create one with File &gt; New store.</source>
        <translation>%1 处没有数据库：请用“文件 &gt; 打开数据库”打开，或用“文件 &gt; 新建数据库”新建。</translation>
    </message>
    <message>
        <source>Open store read-&amp;only…</source>
        <translation>以只读方式打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a store for an audit: nothing can be written to it from this window</source>
        <translation>打开数据库用于审计：此窗口不会向其写入任何内容</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Open Redline store read-only</source>
        <translation>以只读方式打开 Redline 数据库</translation>
    </message>
    <message>
        <source>%1: done on %2.</source>
        <translation>%1：已对 %2 完成。</translation>
    </message>
    <message>
        <source>%1 (read-only) — Redline — %2</source>
        <translation>%1（只读）— Redline — %2</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be written. The state is computed in memory, because the store&apos;s cache could not be brought up to date in the file.</source>
        <translation>以只读方式打开：不会写入任何内容。由于无法在文件中更新数据库的缓存，状态在内存中计算。</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be written.</source>
        <translation>以只读方式打开：不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Open a case file first</source>
        <translation>请先打开一个案卷</translation>
    </message>
    <message>
        <source>Write the compliance report of %1 as PDF or CSV</source>
        <translation>将 %1 的合规报告写为 PDF 或 CSV</translation>
    </message>
    <message>
        <source>Report of %1 written to %2</source>
        <translation>%1 的报告已写入 %2</translation>
    </message>
    <message>
        <source>Open store, read here as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>未设密码的数据库，当前以 &lt;b&gt;%1&lt;/b&gt; 身份查看</translation>
    </message>
    <message>
        <source>No user of this store has a password; opened read-only, nothing is written.</source>
        <translation>该数据库没有设置密码的用户；以只读方式打开，不会写入任何内容。</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>分诊</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项治理</translation>
    </message>
    <message>
        <source>Connect to &amp;team store…</source>
        <translation>连接团队存储(&amp;T)…</translation>
    </message>
    <message>
        <source>Work on the team&apos;s store on a PostgreSQL server</source>
        <translation>在 PostgreSQL 服务器上的团队存储中工作</translation>
    </message>
    <message>
        <source>Ctrl+1…9	go to a page
Ctrl+F	search the current list
Down / Enter	from the search box to the results
Enter	open the selected subject&apos;s case file
Ctrl+N	record a violation on the open subject
Ctrl+Z	undo your last recorded violation
F5	refresh
Ctrl+O	open a store
Ctrl+Shift+O	connect to a team store
Ctrl+Shift+N	new store
Ctrl+Shift+U	sign in</source>
        <translation>Ctrl+1…9	切换页面
Ctrl+F	搜索当前列表
下方向键 / 回车	从搜索框转到结果
回车	打开所选主体的案件档案
Ctrl+N	对打开的主体记录违规
Ctrl+Z	撤销您最近记录的违规
F5	刷新
Ctrl+O	打开数据库
Ctrl+Shift+O	连接团队存储
Ctrl+Shift+N	新建数据库
Ctrl+Shift+U	登录</translation>
    </message>
    <message>
        <source>%1 asks for a password: connect in the console (File &gt; Connect to team store…), or give it to libpq in PGPASSWORD or ~/.pgpass</source>
        <translation>%1 要求输入密码：请在控制台中连接（文件 &gt; 连接团队存储…），或通过 PGPASSWORD 或 ~/.pgpass 提供给 libpq</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 连接到 %1。</translation>
    </message>
    <message>
        <source>The server signed you in as %1, who is not an enabled user of this team store: you can read it, not write.</source>
        <translation>服务器已将您登录为 %1，但其不是此团队存储的有效用户：您只能读取，不能写入。</translation>
    </message>
    <message>
        <source>The server signed you in as %1. To act as another user, connect as their login (File &gt; Connect to team store…).</source>
        <translation>服务器已将您登录为 %1。要以其他用户身份操作，请以该用户的登录账号连接（文件 &gt; 连接团队存储…）。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: changes by others are not shown as they are made. F5 takes them in once it is back.</source>
        <translation>与 %1 的连接已断开：他人的更改不再实时显示。连接恢复后按 F5 同步。</translation>
    </message>
    <message>
        <source>Could not take in what the team recorded on %1: %2</source>
        <translation>无法同步团队在 %1 上记录的内容：%2</translation>
    </message>
    <message>
        <source>Took in changes recorded on the team store %1.</source>
        <translation>已同步团队存储 %1 上记录的更改。</translation>
    </message>
    <message>
        <source>%1 recorded changes on the team store.</source>
        <translation>%1 在团队存储上记录了更改。</translation>
    </message>
    <message>
        <source>The server signed you in as %1: open another store to leave this one.</source>
        <translation>服务器已将您登录为 %1：打开其他数据库即可离开此数据库。</translation>
    </message>
    <message>
        <source>The password of %1 is the server&apos;s: its administrator changes it.</source>
        <translation>%1 的密码由服务器管理：请由服务器管理员修改。</translation>
    </message>
    <message>
        <source>Signed in by the server as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>服务器已登录：&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>The team store&apos;s server signed you in as its login %1: every write is recorded under that name, and the server checks it again.</source>
        <translation>团队存储的服务器已以登录账号 %1 为您登录：每次写入都以该名义记录，并由服务器再次检查。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is no user of this team store · read-only</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 不是此团队存储的用户 · 只读</translation>
    </message>
    <message>
        <source>The server signed you in as %1, who is not an enabled user of the store: an administrator adds the user, or connect as another login.</source>
        <translation>服务器已将您登录为 %1，但其不是该数据库的有效用户：请管理员添加该用户，或以其他登录账号连接。</translation>
    </message>
    <message>
        <source>Team store %1</source>
        <translation>团队存储 %1</translation>
    </message>
    <message>
        <source>%1
Working copy on this computer: %2</source>
        <translation>%1
这台电脑上的工作副本：%2</translation>
    </message>
    <message>
        <source>Team · live</source>
        <translation>团队 · 实时</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>What others record on %1 is shown here as they record it.</source>
        <translation>他人在 %1 上记录的内容会实时显示在这里。</translation>
    </message>
    <message>
        <source>Not notified of what others record on %1: F5 takes it in.</source>
        <translation>未收到 %1 上他人记录的通知：按 F5 同步。</translation>
    </message>
    <message>
        <source>could not reach the server: %1</source>
        <translation>无法连接到服务器：%1</translation>
    </message>
    <message>
        <source>could not open the team store: %1</source>
        <translation>无法打开团队存储：%1</translation>
    </message>
</context>
<context>
    <name>redline::NoticePreview</name>
    <message>
        <source>No notice yet.</source>
        <translation>暂无通知。</translation>
    </message>
    <message numerus="yes">
        <source>Notice that will be sent (%n)</source>
        <translation>
            <numerusform>将发送的通知（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>— to %1, %2, %3 —</source>
        <translation>— 发给 %1，%2，%3 —</translation>
    </message>
    <message>
        <source>This action sends no notice.</source>
        <translation>此操作不发送通知。</translation>
    </message>
    <message>
        <source>Notice that will be sent</source>
        <translation>将发送的通知</translation>
    </message>
    <message>
        <source>The notice cannot be prepared, so the action would be refused:
%1</source>
        <translation>无法生成通知，因此该操作会被拒绝：
%1</translation>
    </message>
</context>
<context>
    <name>redline::NoticeTableModel</name>
    <message>
        <source>Violation and sanctions</source>
        <translation>违规处理通知</translation>
    </message>
    <message>
        <source>Appeal upheld</source>
        <translation>申诉驳回通知</translation>
    </message>
    <message>
        <source>Appeal overturned</source>
        <translation>申诉成立通知</translation>
    </message>
    <message>
        <source>Sanction ended</source>
        <translation>处罚期满通知</translation>
    </message>
    <message>
        <source>MCN advance notice (R-M6)</source>
        <translation>MCN 风险提示（R-M6）</translation>
    </message>
    <message>
        <source>MCN revenue frozen (R-M6)</source>
        <translation>MCN 收入冻结通知（R-M6）</translation>
    </message>
    <message>
        <source>Brand ban (R-B2)</source>
        <translation>品牌封禁通知（R-B2）</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件主体</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>首行</translation>
    </message>
</context>
<context>
    <name>redline::OutboxPage</name>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the notices listed (with the filters) to a CSV file, whole texts included</source>
        <translation>将当前列出（按筛选条件）的通知连同全文写入 CSV 文件</translation>
    </message>
    <message>
        <source>Every notice the platform sent an MCN, brand or creator, newest first. A notice is sent by the action that causes it (a violation, an appeal decision, a brand ban, an MCN nearing a critical threshold) and kept in the ledger.</source>
        <translation>平台发给 MCN、品牌或创作者的每一条通知，最新的在前。通知由引起它的操作发出（违规处理、申诉裁决、品牌封禁、MCN 接近关键阈值），并记入台账。</translation>
    </message>
    <message>
        <source>any subject (exact handle)</source>
        <translation>任意主体（完整账号标识）</translation>
    </message>
    <message>
        <source>any notice</source>
        <translation>任意通知</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>收件主体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>通知(&amp;N)：</translation>
    </message>
    <message>
        <source>Select a notice to read it whole</source>
        <translation>选择一条通知以阅读全文</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>, about %1</source>
        <translation>，关于 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2, %3 (%4)%5&lt;br&gt;sent by %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 发给 %2，%3（%4）%5&lt;br&gt;发送人 %6</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n 条通知</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export notices</source>
        <translation>导出通知</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>redline::PlaceholderPage</name>
    <message>
        <source>This page is not built yet; the features above arrive with a later issue.</source>
        <translation>此页面尚未完成；上述功能将在后续版本提供。</translation>
    </message>
</context>
<context>
    <name>redline::PolicyCompareChart</name>
    <message>
        <source>Score in force</source>
        <translation>现行分数</translation>
    </message>
    <message>
        <source>Score proposed</source>
        <translation>拟议分数</translation>
    </message>
    <message>
        <source>Crossings in force</source>
        <translation>现行越过阈值</translation>
    </message>
    <message>
        <source>Crossings proposed</source>
        <translation>拟议越过阈值</translation>
    </message>
</context>
<context>
    <name>redline::PolicyCompareModel</name>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Score in force</source>
        <translation>现行分数</translation>
    </message>
    <message>
        <source>Score proposed</source>
        <translation>拟议分数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Tier in force</source>
        <translation>现行档位</translation>
    </message>
    <message>
        <source>Tier proposed</source>
        <translation>拟议档位</translation>
    </message>
    <message>
        <source>Restrictions gained</source>
        <translation>新增限制</translation>
    </message>
    <message>
        <source>Restrictions lost</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>The band between two thresholds of the scale; for creators, whose credit scale has no thresholds, the ladder level (R-C1)</source>
        <translation>分值体系中两个阈值之间的分档；创作者的信用分没有阈值，显示处罚阶梯（R-C1）</translation>
    </message>
</context>
<context>
    <name>redline::PolicyCompareView</name>
    <message>
        <source>Proposed policy:</source>
        <translation>拟议规则：</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Load policy file…</source>
        <translation>载入规则文件…</translation>
    </message>
    <message>
        <source>Compare a policy file (JSON, as redline-cli replay --with reads) with the policy in force</source>
        <translation>将规则文件（JSON，与 redline-cli replay --with 读取的格式相同）与现行规则对比</translation>
    </message>
    <message>
        <source>As of (UTC):</source>
        <translation>截至（UTC）：</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>The store&apos;s current instant</source>
        <translation>数据库的当前时刻</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Replay every subject at the instant under the policy in force and the proposed one</source>
        <translation>按现行规则和拟议规则重放每个主体至该时刻</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Every subject of the list&apos;s current filter, in its order</source>
        <translation>列表当前筛选下的每个主体，按当前顺序</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>导出 PDF 摘要…</translation>
    </message>
    <message>
        <source>One A4 page: the two policies and their differences, the counts, the bars and the subjects that change most</source>
        <translation>一页 A4：两套规则及其差异、统计数、柱状图和变化最大的主体</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Filter by handle</source>
        <translation>按账号筛选</translation>
    </message>
    <message>
        <source>Only changed</source>
        <translation>仅显示变化</translation>
    </message>
    <message>
        <source>Only the subjects whose tier, ladder level or restrictions change</source>
        <translation>仅显示档位、处罚阶梯或限制发生变化的主体</translation>
    </message>
    <message>
        <source>%1 subject(s)</source>
        <translation>%1 个主体</translation>
    </message>
    <message>
        <source>Select a subject to see both score histories</source>
        <translation>选择一个主体以查看两条分数历史</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Load policy file</source>
        <translation>载入规则文件</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>规则文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replaying every subject under both policies…</source>
        <translation>正在按两套规则重放每个主体…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>已取消：未保留任何结果。</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>对比失败：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in force vs. &lt;b&gt;%2&lt;/b&gt; proposed, as of %3 UTC: %4 subjects replayed; &lt;b&gt;%5&lt;/b&gt; change standing: %6 change band, %7 change ladder level, %8 change restrictions; %9 change score.</source>
        <translation>现行 &lt;b&gt;%1&lt;/b&gt; 对比拟议 &lt;b&gt;%2&lt;/b&gt;，截至 %3 UTC：已重放 %4 个主体；&lt;b&gt;%5&lt;/b&gt; 个状态变化：%6 个分档变化，%7 个处罚阶梯变化，%8 个限制变化；%9 个分数变化。</translation>
    </message>
    <message>
        <source>&lt;br&gt;The two policies do not differ.</source>
        <translation>&lt;br&gt;两套规则没有差异。</translation>
    </message>
    <message>
        <source>&lt;br&gt;Differences: %1</source>
        <translation>&lt;br&gt;差异：%1</translation>
    </message>
    <message>
        <source>%1 · %2: score %3 in force, %4 proposed</source>
        <translation>%1 · %2：现行分数 %3，拟议分数 %4</translation>
    </message>
    <message>
        <source>Why: the two policies give this subject the same score and standing.</source>
        <translation>原因：两套规则下该主体的分数和状态相同。</translation>
    </message>
    <message>
        <source>Why: &lt;b&gt;%1&lt;/b&gt; — this difference alone, applied to the policy in force, gives the proposed outcome.</source>
        <translation>原因：&lt;b&gt;%1&lt;/b&gt;——仅将这一项差异应用到现行规则，即得到拟议结果。</translation>
    </message>
    <message>
        <source>Why: several differences together — none of the %1 that can touch a %2 gives the proposed outcome alone, or more than one does.</source>
        <translation>原因：多项差异共同作用——可影响%2的 %1 项差异中，没有一项能单独得到拟议结果，或不止一项能得到。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Run a comparison first</source>
        <translation>请先运行对比</translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>将对比导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the comparison as a PDF summary</source>
        <translation>将对比导出为 PDF 摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>redline::PolicyTierBars</name>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>拟议</translation>
    </message>
    <message>
        <source>%1 · ladder level</source>
        <translation>%1 · 处罚阶梯</translation>
    </message>
    <message>
        <source>%1 · band</source>
        <translation>%1 · 分档</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 %5</source>
        <comment>tier: count, series name, count, series name</comment>
        <translation>%1:%3 %2,%5 %4</translation>
    </message>
    <message>
        <source>Subjects per tier, %1 and %2 (logarithmic count axis)</source>
        <translation>各层级主体数,%1与%2(对数坐标)</translation>
    </message>
</context>
<context>
    <name>redline::RecordViolationDialog</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 points, default %3</source>
        <translation>%1–%2 分，默认 %3</translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation>记录违规</translation>
    </message>
    <message>
        <source>Choose a violation code…</source>
        <translation>选择违规类型…</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Severe (creators: ladder L4 at once)</source>
        <translation>严重（创作者：直接升至阶梯 L4）</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>人工复核</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>用户举报</translation>
    </message>
    <message>
        <source>What was found, and where: note ids, links, quotes, screenshots on file…</source>
        <translation>发现了什么、在哪里：笔记 ID、链接、引文、已存档截图…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>违规类型(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>扣分(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Record violation</source>
        <translation>记录违规(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>no restrictions</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; / %6 &amp;nbsp;·&amp;nbsp; %7</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;%1&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#757575&apos;&gt;%2 · %3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; / %6 &amp;nbsp;·&amp;nbsp; %7</translation>
    </message>
    <message>
        <source>Record a violation: %1</source>
        <translation>记录违规：%1</translation>
    </message>
    <message>
        <source>%1 codes (%2)</source>
        <translation>%1违规类型（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has fixed points</source>
        <translation>%1 的分值固定</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No subject %1 in the store: open the subject from a list and try again.</source>
        <translation>数据库中没有主体 %1：请从列表中打开该主体后重试。</translation>
    </message>
    <message>
        <source>Choose a violation code.</source>
        <translation>请选择违规类型。</translation>
    </message>
    <message>
        <source>Evidence is empty: say what was found and where.</source>
        <translation>证据为空：请说明发现了什么、在哪里。</translation>
    </message>
    <message>
        <source>No subject %1 in the store.</source>
        <translation>数据库中没有主体 %1。</translation>
    </message>
    <message>
        <source>Choose a code to see what recording it would do.</source>
        <translation>选择违规类型以查看记录后的后果。</translation>
    </message>
    <message>
        <source>The consequences changed while the dialog was open (the clock moved on): review them and confirm again.</source>
        <translation>对话框打开期间后果已变化（时间已推移）：请重新查看并再次确认。</translation>
    </message>
    <message>
        <source>The violation was not recorded</source>
        <translation>违规未记录</translation>
    </message>
    <message>
        <source>%1

Nothing was written. Correct the input, or check that the store file is writable and not locked by another program, then try again.</source>
        <translation>%1

未写入任何内容。请更正输入，或确认数据库文件可写且未被其他程序锁定，然后重试。</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
    <message>
        <source>This violation has a permanent consequence: tick the confirmation above to record it.</source>
        <translation>此违规会带来永久后果：请勾选上方的确认后再记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>I understand this permanently sanctions %1: %2</source>
        <translation>我已知悉此操作将对 %1 施加永久处罚：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>I understand this removes %1 from the platform: recovery stops (R-M2)</source>
        <translation>我已知悉此操作将把 %1 清退出平台：分数不再恢复（R-M2）</translation>
    </message>
    <message>
        <source>I understand this removes %1 from the platform: %2; recovery stops (R-M2)</source>
        <translation>我已知悉此操作将把 %1 清退出平台：%2；分数不再恢复（R-M2）</translation>
    </message>
    <message>
        <source>No notice: the violation cannot be recorded as it stands.</source>
        <translation>无通知：按当前输入无法记录该违规。</translation>
    </message>
    <message>
        <source>Choose a code to see the notice the subject will get.</source>
        <translation>选择违规代码以查看主体将收到的通知。</translation>
    </message>
    <message>
        <source>Confirm triage item %1</source>
        <translation>确认分诊条目 %1</translation>
    </message>
</context>
<context>
    <name>redline::ScoreChart</name>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show the whole history, from registration to now</source>
        <translation>显示从注册至今的全部历史</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>First day shown (UTC)</source>
        <translation>显示的第一天（UTC）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day shown (UTC)</source>
        <translation>显示的最后一天（UTC）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart with its legend as PNG, PDF or SVG</source>
        <translation>将图表连同图例保存为 PNG、PDF 或 SVG</translation>
    </message>
    <message>
        <source>Ladder level</source>
        <translation>阶梯等级</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>L3</source>
        <translation>L3</translation>
    </message>
    <message>
        <source>L4</source>
        <translation>L4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;违规 %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;违规 %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Code: %1 — %2</source>
        <translation>违规代码：%1 — %2</translation>
    </message>
    <message>
        <source>Points: −%1</source>
        <translation>扣分：−%1</translation>
    </message>
    <message>
        <source>Points: −%1 charged, −%2 deducted (R-T6)</source>
        <translation>扣分：应扣 −%1，实扣 −%2（R-T6）</translation>
    </message>
    <message>
        <source> · ladder level L%1 (n = %2, R-C1)</source>
        <translation> · 阶梯等级 L%1（n = %2，R-C1）</translation>
    </message>
    <message>
        <source>Recorded by: %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation> · 来源：%1</translation>
    </message>
    <message>
        <source> · severe</source>
        <translation> · 严重</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Appeal: %1</source>
        <translation>申诉：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Violation %1&lt;/b&gt; · %2&lt;br&gt;Score: %3</source>
        <translation>&lt;b&gt;违规 %1&lt;/b&gt; · %2&lt;br&gt;分数：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retraction&lt;/b&gt; of %1 · %2</source>
        <translation>&lt;b&gt;撤回&lt;/b&gt; %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overturn&lt;/b&gt; of %1 · %2</source>
        <translation>&lt;b&gt;撤销&lt;/b&gt; %1 · %2</translation>
    </message>
    <message>
        <source>Score: %1 → %2 (+%3)</source>
        <translation>分数：%1 → %2（+%3）</translation>
    </message>
    <message>
        <source>%1 on appeal %2</source>
        <translation>%1，申诉 %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>处理人：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Community-norms exam passed&lt;/b&gt; · %1&lt;br&gt;Score: %2 → %3 (+%4, R-C3)</source>
        <translation>&lt;b&gt;通过社区规范考试&lt;/b&gt; · %1&lt;br&gt;分数：%2 → %3（+%4，R-C3）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fell below %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;跌破 %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back to %1 or above&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;回到 %1 或以上&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Starts: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>解除：%1</translation>
    </message>
    <message>
        <source>Threshold crossing (R-L6)</source>
        <translation>跨越阈值（R-L6）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ladder level L%1&lt;/b&gt; (R-C1)</source>
        <translation>&lt;b&gt;阶梯等级 L%1&lt;/b&gt;（R-C1）</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <translation>自 %1 至 %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>A violation at this level brings: %1</source>
        <translation>此等级的违规带来：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <source>Lifted: %1, its violation voided (R-L3)</source>
        <translation>提前解除：%1，其违规已失效（R-L3）</translation>
    </message>
    <message>
        <source>Was due: %1</source>
        <translation>原定结束：%1</translation>
    </message>
    <message>
        <source>Until: permanent</source>
        <translation>结束：永久</translation>
    </message>
    <message>
        <source>Until: %1 (%2)</source>
        <translation>结束：%1（%2）</translation>
    </message>
    <message>
        <source>Violation: %1</source>
        <translation>违规：%1</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>overturn or retraction</source>
        <translation>撤销或撤回</translation>
    </message>
    <message>
        <source>fell below</source>
        <translation>跌破阈值</translation>
    </message>
    <message>
        <source>back above</source>
        <translation>回到阈值以上</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>backdated</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>sanction</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>lifted early (scheduled end dashed)</source>
        <translation>提前解除（虚线为原定结束）</translation>
    </message>
    <message>
        <source>ladder level</source>
        <translation>阶梯等级</translation>
    </message>
    <message>
        <source>Hover for details · click to find in the timeline · wheel or Ctrl+drag zooms, drag pans</source>
        <translation>悬停查看详情 · 点击在时间线中定位 · 滚轮或 Ctrl+拖动缩放，拖动平移</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, as of %4</source>
        <translation>%1（%2）— %3，截至 %4</translation>
    </message>
    <message>
        <source>Score as of %1</source>
        <translation>截至 %1 的分数</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use .png, .pdf or .svg.</source>
        <translation>未知的导出格式“%1”：请使用 .png、.pdf 或 .svg。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>redline::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;Sign in to %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large; font-weight:bold&apos;&gt;登录到 %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This store is secured: recording, appealing and deciding need your user name and password, and every write is recorded under your name. Cancel to browse read-only.</source>
        <translation>此数据库已启用密码保护：记录违规、提交申诉和裁定都需要您的用户名和密码，每次写入都记在您名下。取消则以只读方式浏览。</translation>
    </message>
    <message>
        <source>e.g. mod.li</source>
        <translation>例如 mod.li</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Browse the store read-only, signed in as nobody</source>
        <translation>不登录，以只读方式浏览数据库</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>用户不存在或密码错误。</translation>
    </message>
</context>
<context>
    <name>redline::SubjectBrowserPage</name>
    <message>
        <source>Could not read the subject list</source>
        <translation>无法读取主体列表</translation>
    </message>
    <message>
        <source>%1

The list shows what was read so far. Press F5 to try again; if it keeps failing, check the store with `redline-cli verify`.</source>
        <translation>%1

列表显示目前已读取的内容。按 F5 重试；如持续失败，请用 `redline-cli verify` 检查数据库。</translation>
    </message>
    <message>
        <source>Could not read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <source>%1 loaded of more than %2 matching</source>
        <translation>已加载 %1 / 超过 %2 条匹配</translation>
    </message>
    <message>
        <source>%1 loaded of %2 matching</source>
        <translation>已加载 %1 / %2 条匹配</translation>
    </message>
    <message>
        <source>%1 loaded (counting…)</source>
        <translation>已加载 %1（正在计数…）</translation>
    </message>
    <message>
        <source> · sorted by %1, %2</source>
        <translation> · 按%1%2排列</translation>
    </message>
    <message>
        <source> · filtered</source>
        <translation> · 已筛选</translation>
    </message>
    <message>
        <source> · rows load as you scroll</source>
        <translation> · 滚动时继续加载</translation>
    </message>
    <message>
        <source>Open the campaign wizard with this list&apos;s search and filters as its selection (R-S3)</source>
        <translation>打开治理向导,以本列表的搜索和筛选条件作为选择范围(R-S3)</translation>
    </message>
    <message>
        <source>This brand is suspected of false marketing; content related to it will not be displayed.</source>
        <translation>该品牌涉嫌虚假营销,相关内容不予展示</translation>
    </message>
    <message>
        <source>Brand %1 banned on %2 (R-B2).</source>
        <translation>品牌 %1 于 %2 被封禁(R-B2)。</translation>
    </message>
    <message>
        <source>Brand %1 banned on %2 by campaign %3 (R-B2).</source>
        <translation>品牌 %1 于 %2 被治理 %3 封禁(R-B2)。</translation>
    </message>
    <message>
        <source>Act on all %1 shown…</source>
        <translation>对显示的全部 %1 项操作…</translation>
    </message>
    <message>
        <source>Act on all shown…</source>
        <translation>对显示的全部项操作…</translation>
    </message>
</context>
<context>
    <name>redline::SubjectFilterBar</name>
    <message>
        <source>Search handle or name (Ctrl+F)</source>
        <translation>搜索标识或名称（Ctrl+F）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Lowest score to show</source>
        <translation>显示的最低分数</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Highest score to show</source>
        <translation>显示的最高分数</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>清除搜索和所有筛选条件</translation>
    </message>
    <message>
        <source>Only subjects with this restriction or sanction active</source>
        <translation>仅显示当前有此限制或处罚的主体</translation>
    </message>
    <message>
        <source>Any restriction</source>
        <translation>任意限制</translation>
    </message>
    <message>
        <source>Only subjects in this score band</source>
        <translation>仅显示此分档内的主体</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>任意分档</translation>
    </message>
    <message>
        <source>Only creators contracted to this MCN</source>
        <translation>仅显示与此 MCN 签约的创作者</translation>
    </message>
    <message>
        <source>Any MCN</source>
        <translation>任意 MCN</translation>
    </message>
</context>
<context>
    <name>redline::SubjectTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>No active restrictions</source>
        <translation>无当前限制</translation>
    </message>
    <message>
        <source>%1: %2 of %3; %4</source>
        <translation>%1：%2 / %3；%4</translation>
    </message>
    <message>
        <source>Highest ladder level among violations in force within the window (R-C1)</source>
        <translation>窗口期内有效违规中的最高阶梯等级（R-C1）</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列无法排序</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Active restrictions</source>
        <translation>当前限制</translation>
    </message>
    <message>
        <source>Last violation</source>
        <translation>最近违规</translation>
    </message>
    <message>
        <source>MCN</source>
        <translation>MCN</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>商业认证</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>保证金</translation>
    </message>
</context>
<context>
    <name>redline::TriageItemView</name>
    <message>
        <source>&lt;i&gt;No item selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未选择条目。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>User report %1</source>
        <translation>用户举报 %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · received %3 · &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 收到于 %3 · &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Dismissed by %1: %2</source>
        <translation>&lt;br&gt;由 %1 驳回：%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reported:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;举报内容：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The report names no post.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;该举报未指明笔记。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Findings&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;检出项&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>无违规代码</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: “%2” (rule %3) → %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1：“%2”（规则 %3）→ %4&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>redline::TriagePage</name>
    <message>
        <source>Triage</source>
        <translation>分诊</translation>
    </message>
    <message>
        <source>To do (open and claimed)</source>
        <translation>待办（待处理和已认领）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>Cl&amp;aim</source>
        <translation>认领(&amp;A)</translation>
    </message>
    <message>
        <source>Take the item so nobody else works it (A)</source>
        <translation>认领该条目，其他人不会再处理它（A）</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放(&amp;R)</translation>
    </message>
    <message>
        <source>Give the item back to the queue (R)</source>
        <translation>把条目放回队列（R）</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>驳回(&amp;D)…</translation>
    </message>
    <message>
        <source>Not a violation: close the item with a reason (D)</source>
        <translation>不构成违规：注明理由并关闭条目（D）</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>Record the violation the item shows, with its consequences previewed (C)</source>
        <translation>记录条目所示的违规，先预览其后果（C）</translation>
    </message>
    <message>
        <source>&amp;Open creator</source>
        <translation>打开创作者(&amp;O)</translation>
    </message>
    <message>
        <source>Open the creator in its browser (Enter)</source>
        <translation>在浏览页中打开该创作者（Enter）</translation>
    </message>
    <message>
        <source>J / K move · A claim · R release · D dismiss · C confirm · Enter opens · F5 refreshes</source>
        <translation>J / K 移动 · A 认领 · R 释放 · D 驳回 · C 确认 · Enter 打开 · F5 刷新</translation>
    </message>
    <message>
        <source>Could not read the triage queue</source>
        <translation>无法读取分诊队列</translation>
    </message>
    <message>
        <source>%1

Press F5 to try again; if it persists, run `redline-cli verify` on the store.</source>
        <translation>%1

按 F5 重试；若问题持续，请对该存储运行 `redline-cli verify`。</translation>
    </message>
    <message>
        <source>%1 open · %2 claimed · %3 confirmed · %4 dismissed</source>
        <translation>待处理 %1 · 已认领 %2 · 已确认 %3 · 已驳回 %4</translation>
    </message>
    <message>
        <source> · oldest open waiting %1</source>
        <translation> · 最早的待处理条目已等待 %1</translation>
    </message>
    <message>
        <source>Claimed by %1: only they can act on it.</source>
        <translation>已由 %1 认领：只有其本人可以处理。</translation>
    </message>
    <message>
        <source>This item is closed.</source>
        <translation>该条目已关闭。</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

未写入任何内容。</translation>
    </message>
    <message>
        <source>The item was not claimed</source>
        <translation>条目未被认领</translation>
    </message>
    <message>
        <source>The item was not released</source>
        <translation>条目未被释放</translation>
    </message>
    <message>
        <source>Not a violation: the finding is a false alarm</source>
        <translation>不构成违规：检出为误报</translation>
    </message>
    <message>
        <source>Not a violation: context makes it acceptable</source>
        <translation>不构成违规：结合上下文可以接受</translation>
    </message>
    <message>
        <source>Already handled in another item</source>
        <translation>已在其他条目中处理</translation>
    </message>
    <message>
        <source>The post was already removed</source>
        <translation>该笔记已被删除</translation>
    </message>
    <message>
        <source>Dismiss %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>Why is this not a violation?</source>
        <translation>为何不构成违规？</translation>
    </message>
    <message>
        <source>The item was not dismissed</source>
        <translation>条目未被驳回</translation>
    </message>
    <message>
        <source>Act on all shown…</source>
        <translation>对显示的全部项操作…</translation>
    </message>
    <message>
        <source>Open the campaign wizard selecting the posts this filter shows (R-S3)</source>
        <translation>打开治理向导,选择当前筛选显示的笔记(R-S3)</translation>
    </message>
    <message>
        <source>Act on all %1 shown…</source>
        <translation>对显示的全部 %1 项操作…</translation>
    </message>
</context>
<context>
    <name>redline::TriageQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>用户举报</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创作者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>检出</translation>
    </message>
    <message>
        <source>Suggests</source>
        <translation>建议代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Post or report</source>
        <translation>笔记或举报</translation>
    </message>
</context>
</TS>
