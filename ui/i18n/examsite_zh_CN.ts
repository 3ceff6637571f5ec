<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../screens/users/dialog.py" line="112"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="112"/>
        <source>Change roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="113"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="114"/>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="115"/>
        <source>Reactivate account</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="117"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="117"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="118"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="118"/>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="119"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="119"/>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="122"/>
        <source>badge number, e.g. zk00012</source>
        <translation>工牌号，如 zk00012</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="123"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../screens/users/dialog.py" line="131"/>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../screens/users/models.py" line="33"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="35"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="37"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="60"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="61"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="61"/>
        <source>Badge</source>
        <translation>工牌号</translation>
    </message>
    <message>
        <location filename="../screens/users/models.py" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="41"/>
        <source>Print the announcement</source>
        <translation>打印认定公告</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="42"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="43"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="44"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="45"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="46"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="49"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="49"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="56"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="64"/>
        <source>Writing the announcement...</source>
        <translation>正在生成公告...</translation>
    </message>
    <message>
        <location filename="../screens/plan/announcement_dialog.py" line="70"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../screens/eligibility/models.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="60"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="61"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="62"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="63"/>
        <source>State</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="64"/>
        <source>Declared</source>
        <translation>申报情况</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="65"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="66"/>
        <source>Reviewer&apos;s note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="72"/>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="75"/>
        <source>certificate %1 level %2</source>
        <translation>原证书 %1 %2 级</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="80"/>
        <source>trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="82"/>
        <source>student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="84"/>
        <source>nothing declared</source>
        <translation>未申报</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../screens/archive/dialog.py" line="154"/>
        <source>Archive and retention</source>
        <translation>档案保管</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="155"/>
        <source>Retention of the batch&apos;s records</source>
        <translation>本批次档案保管期限</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="156"/>
        <source>Archive &amp;index...</source>
        <translation>档案目录(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="157"/>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="157"/>
        <source>Batch code:</source>
        <translation>批次代码：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="158"/>
        <source>Last exam day:</source>
        <translation>考试结束日：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="159"/>
        <source>Retention counted from:</source>
        <translation>保管期起算日：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="160"/>
        <source>Paper records kept until:</source>
        <translation>纸质材料保管至：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="161"/>
        <source>Electronic records kept until:</source>
        <translation>电子材料保管至：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="162"/>
        <source>Purge:</source>
        <translation>清除：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="162"/>
        <source>Last archive export:</source>
        <translation>最近一次档案导出：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="163"/>
        <source>Purged:</source>
        <translation>已清除：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="166"/>
        <source>Export the batch archive (encrypted)</source>
        <translation>导出批次档案（加密）</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="167"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="168"/>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="169"/>
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="170"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="171"/>
        <source>Export archive...</source>
        <translation>导出档案...</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="172"/>
        <source>Purge the batch</source>
        <translation>清除批次数据</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="173"/>
        <source>Type the batch code:</source>
        <translation>输入批次代码：</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="174"/>
        <source>Purge batch...</source>
        <translation>清除批次...</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="175"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="205"/>
        <location filename="../screens/archive/dialog.py" line="207"/>
        <source>%1 (%2 years)</source>
        <translation>%1（%2 年）</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="209"/>
        <source>allowed</source>
        <translation>可以清除</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="210"/>
        <source>not before %1</source>
        <translation>%1 之前不可清除</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="212"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="223"/>
        <source>This batch was purged on %1.</source>
        <translation>本批次已于 %1 清除。</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="225"/>
        <source>The batch&apos;s electronic records must be kept until %1: purging is possible from %2, by the site manager, after an archive export.</source>
        <translation>本批次电子材料须保管至 %1：自 %2 起，由考点负责人在导出档案后方可清除。</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="230"/>
        <source>Export an archive of the batch before purging it.</source>
        <translation>清除前须先导出本批次档案。</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="232"/>
        <source>The retention period is over. Purging deletes the batch&apos;s candidates, registrations, tickets, check-ins and marks for good; the audit trail stays. Type the batch code %1 to confirm.</source>
        <translation>保管期已满。清除将永久删除本批次的考生、报名、准考证、检录和评分记录；审计日志保留。请输入批次代码 %1 确认。</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="245"/>
        <source>Save the archive as</source>
        <translation>档案另存为</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="246"/>
        <source>Encrypted archive (*.age)</source>
        <translation>加密档案 (*.age)</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="253"/>
        <source>Choose where to save the archive.</source>
        <translation>请选择档案保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="262"/>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="269"/>
        <source>Writing and verifying the encrypted archive...</source>
        <translation>正在写入并校验加密档案...</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="280"/>
        <source>Saved and verified: %1 (%2 files inside, SHA-256 %3)</source>
        <translation>已保存并校验：%1（内含 %2 个文件，SHA-256 %3）</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="302"/>
        <source>Purged: %1 records deleted; the audit trail is %2.</source>
        <translation>已清除：删除 %1 条记录；审计日志%2。</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="304"/>
        <source>intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialog.py" line="305"/>
        <source>broken</source>
        <translation>已损坏</translation>
    </message>
</context>
<context>
    <name>ArchiveIndexDialog</name>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="97"/>
        <source>Archive index</source>
        <translation>档案目录</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="99"/>
        <source>Record</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="99"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="99"/>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="99"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="100"/>
        <source>Keep until</source>
        <translation>保管至</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="100"/>
        <source>Where it is kept</source>
        <translation>保管地点</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="100"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="102"/>
        <source>Double-click a place or a note to change it; a place in grey is the usual one.</source>
        <translation>双击保管地点或备注可修改；灰色的地点为默认保管地点。</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="103"/>
        <source>&amp;Save places</source>
        <translation>保存保管地点(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="104"/>
        <source>&amp;Save PDF as:</source>
        <translation>PDF 保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="105"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="106"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="107"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="126"/>
        <source>Retention counts from %2: paper records are kept until %3, electronic records until %4. The count is what ExamSite holds of each; a dash means the record is kept outside ExamSite.</source>
        <translation>保管期限自%2起算：纸质材料保管至%3，电子材料保管至%4。数量为 ExamSite 中本批次的记录数；“—”表示不在 ExamSite 中保存，须另行归档。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/archive/index_dialog.py" line="173"/>
        <source>%n place(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 处保管地点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="183"/>
        <source>Save the PDF as</source>
        <translation>PDF 保存为</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="184"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="191"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_dialog.py" line="201"/>
        <source>Creating the PDF...</source>
        <translation>正在生成 PDF...</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/archive/index_dialog.py" line="207"/>
        <source>%n page(s) saved to %1</source>
        <translation>
            <numerusform>已生成 %n 页，保存到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../screens/audit/models.py" line="36"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../screens/audit/models.py" line="37"/>
        <source>Time (China)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../screens/audit/models.py" line="38"/>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../screens/audit/models.py" line="39"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../screens/audit/models.py" line="40"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../screens/audit/models.py" line="41"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/audit/models.py" line="42"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../screens/audit/view.py" line="143"/>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="144"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="145"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="146"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="147"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="150"/>
        <source>Name, ID number or ticket number</source>
        <translation>姓名、证件号码或准考证号</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="151"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="152"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="153"/>
        <source>Verify the chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="154"/>
        <source>Export to Excel...</source>
        <translation>导出到 Excel...</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="178"/>
        <source>Only the site manager, the internal quality supervisor and the certification body&apos;s administrator may view the audit trail.</source>
        <translation>只有考点负责人、内部质量督导员和鉴定机构管理员可以查看审计记录。</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="222"/>
        <source>Newest %1 of %2 events (narrow the filters)</source>
        <translation>显示最新 %1 条，共 %2 条（请缩小筛选范围）</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/audit/view.py" line="226"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="233"/>
        <source>Verifying the audit trail...</source>
        <translation>正在校验审计记录...</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="247"/>
        <source>The chain has not been verified yet.</source>
        <translation>尚未校验审计链。</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="256"/>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="256"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="269"/>
        <source>Exporting the audit trail...</source>
        <translation>正在导出审计记录...</translation>
    </message>
    <message>
        <location filename="../screens/audit/view.py" line="274"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../screens/plan/pages.py" line="133"/>
        <source>The batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="134"/>
        <source>Who runs it, when, and under which rules. The plan&apos;s name is made of the exam date, the body&apos;s name and the batch number.</source>
        <translation>由谁组织、何时认定、按哪套规则。计划名称由评价日期、机构名称和批次号组成。</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="137"/>
        <source>Body &amp;code:</source>
        <translation>机构代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="137"/>
        <source>Body &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="137"/>
        <source>&amp;Batch number:</source>
        <translation>批次号(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="138"/>
        <source>&amp;Exam (first day):</source>
        <translation>认定日期（首日）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="138"/>
        <source>Exam (&amp;last day):</source>
        <translation>认定日期（末日）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="139"/>
        <source>&amp;Rule profile:</source>
        <translation>规则版本(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="140"/>
        <source>&amp;Conditions:</source>
        <translation>申报条件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="140"/>
        <source>Plan name:</source>
        <translation>计划名称：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="146"/>
        <source>National occupational skill standards</source>
        <translation>国家职业技能标准</translation>
    </message>
</context>
<context>
    <name>CandidateData</name>
    <message>
        <location filename="../screens/checkin/panels.py" line="118"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="118"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="119"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="119"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="120"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="120"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="129"/>
        <source>(not in this laptop&apos;s data)</source>
        <translation>（本机数据中没有该考生）</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPane</name>
    <message>
        <location filename="../screens/candidates/view.py" line="74"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="74"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="75"/>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="75"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="76"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="76"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="77"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="77"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="78"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="78"/>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="79"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="79"/>
        <source>Eligibility</source>
        <translation>资格审核</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="83"/>
        <source>Candidate</source>
        <translation>考生信息</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="84"/>
        <source>Sessions and seats</source>
        <translation>场次与座位</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="91"/>
        <source>Select a candidate</source>
        <translation>请选择考生</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="97"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="114"/>
        <source>%1  %2 %3–%4
    %5, seat %6</source>
        <translation>%1  %2 %3–%4
    %5，%6 号座</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <location filename="../screens/scoring/panel.py" line="67"/>
        <source>Not absent... (F7)</source>
        <translation>取消缺考... (F7)</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="68"/>
        <source>Absent... (F7)</source>
        <translation>缺考... (F7)</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="69"/>
        <source>No misconduct... (F8)</source>
        <translation>取消违纪... (F8)</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="71"/>
        <source>Misconduct... (F8)</source>
        <translation>违纪... (F8)</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="72"/>
        <source>Submit and sign... (F9)</source>
        <translation>提交并签名... (F9)</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="77"/>
        <source>Choose a candidate in the list, or scan the admission ticket.</source>
        <translation>请在列表中选择考生，或扫描准考证。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="85"/>
        <source>Ticket %1</source>
        <translation>准考证号 %1</translation>
    </message>
    <message>
        <location filename="../screens/scoring/panel.py" line="102"/>
        <source>A veto item is scored 0: this subject fails.</source>
        <translation>否决项得 0 分：本科目不合格。</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../screens/candidates/models.py" line="35"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/candidates/models.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/candidates/models.py" line="37"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../screens/candidates/models.py" line="38"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/candidates/models.py" line="39"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/models.py" line="40"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/candidates/models.py" line="41"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
</context>
<context>
    <name>CandidatesScreen</name>
    <message>
        <location filename="../screens/candidates/view.py" line="181"/>
        <source>Search by name, ID number or ticket number (Ctrl+F)</source>
        <translation>按姓名、证件号码或准考证号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="182"/>
        <source>Import from Excel...</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="183"/>
        <source>Issue admission tickets</source>
        <translation>签发准考证</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="184"/>
        <source>Sign the QR code of every seated candidate&apos;s ticket (after the seating)</source>
        <translation>为已编排座位的每名考生签发准考证二维码（须在座位编排之后）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="186"/>
        <source>Print admission tickets...</source>
        <translation>打印准考证…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="206"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 人</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="240"/>
        <source>Signing the admission tickets...</source>
        <translation>正在签发准考证...</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="244"/>
        <source>%1 admission tickets signed.</source>
        <translation>已签发 %1 张准考证。</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <location filename="../screens/certificates/models.py" line="39"/>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="40"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="41"/>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="42"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="43"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="44"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="45"/>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="46"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="47"/>
        <source>Revocation reason</source>
        <translation>注销原因</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="49"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../screens/certificates/models.py" line="50"/>
        <source>Revoked</source>
        <translation>已注销</translation>
    </message>
</context>
<context>
    <name>CertificatesScreen</name>
    <message>
        <location filename="../screens/certificates/view.py" line="163"/>
        <source>Certificate number rule</source>
        <translation>证书编号规则</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="164"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="167"/>
        <source>Parts: {site} site code, {year} year (or {year:2}), {level} level code 1-5 (or {level:2} for 01-05), {seq:N} an N-digit sequence, last; other text is copied. Numbers already issued keep theirs and are never given again.</source>
        <translation>组成部分：{site} 站点代码，{year} 年度（或 {year:2} 两位年份），{level} 等级编码 1-5（或 {level:2} 表示 01-05），{seq:N} N 位流水号（必须放在最后）；其他文字原样保留。已发放的证书编号不变，且永不重复使用。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="170"/>
        <source>&amp;Save rule</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="171"/>
        <source>Issue certificates</source>
        <translation>核发证书</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="172"/>
        <source>Date of &amp;issue:</source>
        <translation>发证日期(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="174"/>
        <source>Issue to every &amp;passing candidate...</source>
        <translation>为全部合格考生核发(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="175"/>
        <source>Filter by number, name, ID...</source>
        <translation>按证书编号、姓名、证件号码筛选...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="176"/>
        <source>Re&amp;voke...</source>
        <translation>注销(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="177"/>
        <source>Export &amp;xlsx...</source>
        <translation>导出 xlsx(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="178"/>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="179"/>
        <source>&amp;Print certificates... (Ctrl+P)</source>
        <translation>打印证书(&amp;P)...（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="180"/>
        <source>Scan a certificate code to check it</source>
        <translation>扫描证书二维码进行核验</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="181"/>
        <source>Chec&amp;k</source>
        <translation>核验(&amp;K)</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="218"/>
        <source>No certificate issued for this batch yet: they are issued once the results are locked.</source>
        <translation>本批次尚未发放证书：成绩锁定后方可核发。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="221"/>
        <source>%1 certificates, %2 revoked.</source>
        <translation>共 %1 本证书，已注销 %2 本。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="244"/>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="255"/>
        <source>Rule saved: new certificates are numbered by it.</source>
        <translation>编号规则已保存：新证书按此规则编号。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="264"/>
        <source>Issue a certificate, dated %1, to every candidate of the batch who passed and has none yet? Numbers are given once and forever.</source>
        <translation>为本批次所有合格且尚未发证的考生核发证书，发证日期 %1？证书编号一经发放永不重复。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="273"/>
        <source>Issuing certificates...</source>
        <translation>正在核发证书...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="276"/>
        <source>%1 certificates issued; %2 candidates already had one.</source>
        <translation>已发放 %1 本证书；%2 名考生此前已有证书。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="292"/>
        <source>Choose the certificate to revoke first.</source>
        <translation>请先选择要注销的证书。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="295"/>
        <source>Revoke certificate</source>
        <translation>注销证书</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="296"/>
        <source>Reason for revoking %1 (%2):</source>
        <translation>注销 %1（%2）的原因：</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="307"/>
        <source>Certificate revoked; its number stays used.</source>
        <translation>证书已注销；其编号保留，不再使用。</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="313"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="313"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="314"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="316"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="332"/>
        <source>Writing %1...</source>
        <translation>正在写入 %1...</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="337"/>
        <source>Saved to %1 (&lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;)</source>
        <translation>已保存到 %1（&lt;a href=&quot;open&quot;&gt;打开&lt;/a&gt;）</translation>
    </message>
    <message>
        <location filename="../screens/certificates/view.py" line="350"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ChainModel</name>
    <message>
        <location filename="../screens/custody/models.py" line="150"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="151"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="152"/>
        <source>Handed over by</source>
        <translation>交出人</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="153"/>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="154"/>
        <source>Seal</source>
        <translation>密封</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="155"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="156"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="192"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="193"/>
        <source>Broken</source>
        <translation>破损</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../screens/login/password.py" line="190"/>
        <location filename="../screens/login/password.py" line="198"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="191"/>
        <source>Change the password of %1 (%2)</source>
        <translation>修改 %1（%2）的密码</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="195"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="195"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="196"/>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="204"/>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="211"/>
        <source>Changing the password...</source>
        <translation>正在修改密码……</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../screens/transfer/models.py" line="135"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="136"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="137"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="138"/>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="139"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="140"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="17"/>
        <source>Time</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="18"/>
        <source>Place</source>
        <translation>考试地点</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="20"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="21"/>
        <source>Approved, not applied</source>
        <translation>已批准，待执行</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="22"/>
        <source>Refused</source>
        <translation>未批准</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="23"/>
        <source>Applied</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="24"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="29"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="30"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="31"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="32"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="33"/>
        <source>Now</source>
        <translation>原安排</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="34"/>
        <source>Becomes</source>
        <translation>变更为</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="35"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="36"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="37"/>
        <source>Decision</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../screens/changes/models.py" line="38"/>
        <source>Candidates</source>
        <translation>考生数</translation>
    </message>
</context>
<context>
    <name>ChangesScreen</name>
    <message>
        <location filename="../screens/changes/view.py" line="97"/>
        <source>Changes of exam time or place (approved by the supervising authority)</source>
        <translation>考务变更（考试时间、地点变更须经主管部门批准）</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="142"/>
        <source>Select a request in the table.</source>
        <translation>请在表格中选择一项申请。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="150"/>
        <source>%1: %2 → %3. State: %4.</source>
        <translation>%1：%2 → %3。状态：%4。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="177"/>
        <source>Request recorded: it waits for the supervising authority&apos;s approval.</source>
        <translation>申请已登记，等待主管部门审批。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="193"/>
        <source>Approval recorded. Print the notice and apply the change.</source>
        <translation>已登记批准。请打印变更通知并执行变更。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="194"/>
        <source>Refusal recorded: the change will not be made.</source>
        <translation>已登记不批准，不作变更。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="202"/>
        <source>Request withdrawn.</source>
        <translation>申请已撤回。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="210"/>
        <source>Change applied: %1 seats moved, %2 admission tickets re-signed (print them again).</source>
        <translation>变更已执行：调整座位 %1 个，重新签发准考证 %2 张（请重新打印）。</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="233"/>
        <source>%1 pages saved to %2</source>
        <translation>已保存 %1 页至 %2</translation>
    </message>
    <message>
        <location filename="../screens/changes/view.py" line="237"/>
        <source>Creating the PDF...</source>
        <translation>正在生成 PDF……</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../screens/readiness/panels.py" line="78"/>
        <source>Record a check</source>
        <translation>记录检查结果</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="79"/>
        <source>Checked &amp;by:</source>
        <translation>检查人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="79"/>
        <source>Badge s&amp;can:</source>
        <translation>扫描证卡(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="80"/>
        <source>&amp;Note / problem:</source>
        <translation>备注/问题(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="80"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="86"/>
        <source>Scan or type a badge number, then Enter</source>
        <translation>扫描或输入证卡号后按回车</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="87"/>
        <source>Required when the item fails</source>
        <translation>不合格时必填（即整改事项）</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="88"/>
        <source>C&amp;hoose photo...</source>
        <translation>选择照片(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="89"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="90"/>
        <source>&amp;Passed</source>
        <translation>合格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="91"/>
        <source>&amp;Failed</source>
        <translation>不合格(&amp;F)</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="93"/>
        <location filename="../screens/readiness/panels.py" line="136"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="130"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="130"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>CheckinCounts</name>
    <message>
        <location filename="../screens/checkin/live.py" line="40"/>
        <source>No exam session today</source>
        <translation>今天没有考试场次</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="41"/>
        <source>All rooms</source>
        <translation>全部考场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="42"/>
        <source>%1 · %2 %3–%4    Expected %5   Present %6   Absent %7   Waiting %8</source>
        <translation>%1 · %2 %3–%4    应到 %5   实到 %6   缺考 %7   未到 %8</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../screens/checkin/view.py" line="151"/>
        <location filename="../screens/checkin/view.py" line="172"/>
        <source>Desk 1</source>
        <translation>检录台1</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="152"/>
        <source>ID number (F2)</source>
        <translation>证件号码（F2）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="153"/>
        <source>Optional: type or read the ID card</source>
        <translation>可选：输入号码或刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="154"/>
        <source>Let in (Enter/F1)</source>
        <translation>准予入场（Enter/F1）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="155"/>
        <source>Refuse entry... (F4)</source>
        <translation>拒绝入场…（F4）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="156"/>
        <source>Undo check-in... (F8)</source>
        <translation>撤销检录…（F8）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="157"/>
        <source>Last scans at this desk</source>
        <translation>本检录台最近扫描</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="162"/>
        <location filename="../screens/checkin/view.py" line="205"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="225"/>
        <source>Ready</source>
        <translation>请扫码</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="226"/>
        <source>Scan the admission ticket, or search by name (F3)</source>
        <translation>请扫描准考证二维码，或按姓名搜索（F3）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="241"/>
        <source>ID card read: %1 %2</source>
        <translation>已读取身份证：%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="247"/>
        <source>%1 is not a valid ID number.</source>
        <translation>%1 不是有效的证件号码。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="256"/>
        <source>ID card checked after the scan</source>
        <translation>扫码后核验身份证</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="283"/>
        <source>Let in. Next candidate, please.</source>
        <translation>已准予入场。请下一位考生。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="285"/>
        <source>%1 let in.</source>
        <translation>%1 已入场。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="294"/>
        <source>Refuse entry</source>
        <translation>拒绝入场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="295"/>
        <source>Why is %1 refused entry? The ticket stays valid.</source>
        <translation>%1 被拒绝入场的原因是什么？准考证仍然有效。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="296"/>
        <source>The face does not match the photo</source>
        <translation>本人与照片不符</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="297"/>
        <source>No valid ID document</source>
        <translation>未携带有效身份证件</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="297"/>
        <source>Carries prohibited items</source>
        <translation>携带违禁物品</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="312"/>
        <source>No admission at this desk to undo.</source>
        <translation>本检录台没有可撤销的入场记录。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="316"/>
        <source>Undo check-in</source>
        <translation>撤销检录</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="317"/>
        <source>Undo the check-in of %1 (ticket %2) at %3? Give the reason.</source>
        <translation>撤销 %1（准考证 %2）%3 的检录？请填写原因。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="320"/>
        <source>Scanned the wrong candidate</source>
        <translation>扫错了考生</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="320"/>
        <source>Let in by mistake</source>
        <translation>误放行</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="162"/>
        <location filename="../screens/checkin/view.py" line="348"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>ConditionsModel</name>
    <message>
        <location filename="../screens/eligibility/models.py" line="191"/>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="192"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="193"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="194"/>
        <source>As published</source>
        <translation>条件原文</translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="145"/>
        <source>Enterprise evaluation standard name</source>
        <translation>企业评价规范名称</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="146"/>
        <source>New enterprise set</source>
        <translation>新建企业条件集</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="147"/>
        <source>Apply this set to the batch</source>
        <translation>本批次采用此条件集</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="148"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="149"/>
        <source>Remove condition</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="150"/>
        <source>Save conditions</source>
        <translation>保存条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="151"/>
        <source>Import conditions...</source>
        <translation>导入申报条件...</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="152"/>
        <source>Save template...</source>
        <translation>保存模板...</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="154"/>
        <source>An applicant qualifies by any one route all of whose conditions hold.</source>
        <translation>满足任一途径的全部条件即符合申报条件。</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="195"/>
        <source>National occupational skill standard</source>
        <translation>国家职业技能标准</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="196"/>
        <source>Enterprise standard: %1</source>
        <translation>企业评价规范：%1</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="200"/>
        <source>This batch applies: %1</source>
        <translation>本批次采用：%1</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="207"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="207"/>
        <source>built-in national</source>
        <translation>内置国家标准</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="208"/>
        <source>no conditions</source>
        <translation>无申报条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="269"/>
        <source>Saved. Apply the conditions again to re-check the applications.</source>
        <translation>已保存。请重新按申报条件审核报名申请。</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="279"/>
        <source>Import conditions</source>
        <translation>导入申报条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="280"/>
        <location filename="../screens/eligibility/conditions.py" line="302"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="293"/>
        <source>Nothing was imported:</source>
        <translation>未导入任何数据：</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="295"/>
        <source>Imported the conditions of %1 occupations and levels.</source>
        <translation>已导入 %1 个职业等级的申报条件。</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/conditions.py" line="301"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../screens/plan/pages.py" line="352"/>
        <source>Contacts, complaints and fees</source>
        <translation>联系方式、投诉渠道与收费</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="353"/>
        <source>The announcement prints them for the applicants.</source>
        <translation>这些内容将印在公告上，供报名人员查看。</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="355"/>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="355"/>
        <source>Contact &amp;telephone:</source>
        <translation>联系电话(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="356"/>
        <source>Co&amp;mplaints channel:</source>
        <translation>投诉监督渠道(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="356"/>
        <source>&amp;Fee basis:</source>
        <translation>收费依据(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="358"/>
        <source>e.g. supervision telephone 0771-1234567, mailbox ...</source>
        <translation>例如：监督电话 0771-1234567，电子信箱 ...</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="360"/>
        <source>e.g. the price authority&apos;s document</source>
        <translation>例如：价格主管部门的收费文件</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../dialogs.py" line="58"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="61"/>
        <source>Something went wrong that ExamSite did not expect. Your data is safe: the action was not saved. Please copy the details and send them to support.</source>
        <translation>程序遇到了意外错误。您的数据是安全的：本次操作未保存。请复制详细信息并发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="67"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../screens/scoring/dialogs.py" line="47"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../screens/scoring/dialogs.py" line="48"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>CustodyScreen</name>
    <message>
        <location filename="../screens/custody/view.py" line="122"/>
        <source>Spare &amp;copies per packet:</source>
        <translation>每袋备用份数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="123"/>
        <source>&amp;Register packets</source>
        <translation>登记试卷袋(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="125"/>
        <source>One sealed packet per paper-based theory session not registered yet; copies = candidates seated + spare</source>
        <translation>为每个尚未登记的纸笔理论场次登记一个密封试卷袋；份数 = 已编排考生数 + 备用份数</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="127"/>
        <source>&amp;Print labels / report... (Ctrl+P)</source>
        <translation>打印标签 / 流转记录(&amp;P)...（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="128"/>
        <source>Paper packets</source>
        <translation>试卷袋</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="169"/>
        <source>No packet registered yet: register the packets of the paper exams, then print their QR labels.</source>
        <translation>尚未登记试卷袋：请先登记纸笔考试的试卷袋，再打印二维码标签。</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="172"/>
        <source>%1 packets: %2 back with the body, %3 flagged.</source>
        <translation>共 %1 个试卷袋：%2 个已交回评价机构，%3 个有异常。</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="175"/>
        <source>Last registration: %1 new, %2 already registered.</source>
        <translation>本次新登记 %1 个，已登记 %2 个。</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="201"/>
        <source>Choose a packet to see its chain of handovers.</source>
        <translation>选择一个试卷袋查看其交接记录。</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="203"/>
        <source>Handovers of packet %1</source>
        <translation>试卷袋 %1 的交接记录</translation>
    </message>
    <message>
        <location filename="../screens/custody/view.py" line="216"/>
        <source>Registering packets...</source>
        <translation>正在登记试卷袋...</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../screens/changes/forms.py" line="181"/>
        <source>Selected request</source>
        <translation>所选申请</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="183"/>
        <source>Supervising &amp;authority:</source>
        <translation>主管部门(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="183"/>
        <source>Approved/refused &amp;by:</source>
        <translation>审批人(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="184"/>
        <source>Decided &amp;at:</source>
        <translation>审批时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="184"/>
        <source>N&amp;ote:</source>
        <translation>审批意见(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="186"/>
        <source>e.g. the city human resources and social security bureau</source>
        <translation>例如：市人力资源和社会保障局</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="188"/>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="189"/>
        <source>Re&amp;fuse</source>
        <translation>不批准(&amp;F)</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="190"/>
        <source>&amp;Withdraw</source>
        <translation>撤回申请(&amp;W)</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="191"/>
        <source>Appl&amp;y the change</source>
        <translation>执行变更(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="192"/>
        <source>Print &amp;notice...</source>
        <translation>打印变更通知(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="193"/>
        <source>Open noti&amp;ce</source>
        <translation>打开通知(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DeskBar</name>
    <message>
        <location filename="../screens/checkin/panels.py" line="69"/>
        <source>Desk</source>
        <translation>检录台</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="70"/>
        <source>Room (F6)</source>
        <translation>考场（F6）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="71"/>
        <source>All rooms (site entrance)</source>
        <translation>全部考场（考点入口）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="72"/>
        <source>Sound</source>
        <translation>提示音</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="73"/>
        <source>Mark absentees...</source>
        <translation>标记缺考…</translation>
    </message>
</context>
<context>
    <name>DrawSeatsDialog</name>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="31"/>
        <source>same work unit</source>
        <translation>同一工作单位</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="32"/>
        <source>same training class</source>
        <translation>同一培训班</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="81"/>
        <source>Draw the seats</source>
        <translation>编排座位</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="82"/>
        <source>Sitting:</source>
        <translation>场次：</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="82"/>
        <source>Mode:</source>
        <translation>编排方式：</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="83"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="86"/>
        <source>Ordinary: by paper, in ticket-number order</source>
        <translation>顺序编排：按试卷分组、按准考证号排列</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="88"/>
        <source>Shuffled: random order within each paper</source>
        <translation>打乱编排：每种试卷内随机排列</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="90"/>
        <source>Empty: a new random seed (recorded)</source>
        <translation>留空：生成新的随机种子（将被记录）</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="92"/>
        <source>Candidates of the same paper sit together; neighbours (diagonals included) never share a work unit or training class where the room allows it. Tickets already signed are signed again with their new seats and must be printed again.</source>
        <translation>同一试卷的考生集中就座；在考场条件允许时，前后左右及斜向相邻的考生不来自同一工作单位或同一培训班。已签发的准考证将按新座位重新签名，须重新打印。</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="95"/>
        <source>Draw</source>
        <translation>开始编排</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="96"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="103"/>
        <source>%1 %2 · %3 rooms · %4 seated</source>
        <translation>%1 %2 · %3 个考场 · 已编排 %4 人</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="107"/>
        <source> · last draw: seed %1</source>
        <translation> · 上次编排：种子 %1</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="117"/>
        <source>The seed is a whole number, or empty.</source>
        <translation>随机种子须为整数，或留空。</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="121"/>
        <source>The %1 seats of this sitting are drawn again; seat changes cannot be undone (the draw is recorded). Continue?</source>
        <translation>将重新编排本场次的 %1 个座位；座位变动无法撤销（编排过程会被记录）。是否继续？</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="137"/>
        <source>Drawing the seats...</source>
        <translation>正在编排座位…</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="142"/>
        <source>%1 candidates seated in %2 rooms (seed %3).</source>
        <translation>已将 %1 名考生编排到 %2 个考场（随机种子 %3）。</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="146"/>
        <source>Overflow rooms: %1.</source>
        <translation>启用备用考场：%1。</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="149"/>
        <source>%1 admission tickets must be printed again.</source>
        <translation>%1 张准考证须重新打印。</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="152"/>
        <source>%1 pairs of neighbours could not be separated:</source>
        <translation>有 %1 对相邻考生无法分开：</translation>
    </message>
    <message>
        <location filename="../screens/seating/draw_dialog.py" line="155"/>
        <source>No neighbours share a work unit or training class.</source>
        <translation>没有来自同一工作单位或同一培训班的相邻考生。</translation>
    </message>
</context>
<context>
    <name>EligibilityLabels</name>
    <message>
        <location filename="../screens/eligibility/models.py" line="32"/>
        <source>Minimum age</source>
        <translation>最低年龄</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="33"/>
        <source>Years of work in the occupation</source>
        <translation>从事本职业工作年限</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="34"/>
        <source>Prior certificate</source>
        <translation>原证书</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="35"/>
        <source>Minimum education</source>
        <translation>最低文化程度</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="36"/>
        <source>Training completed</source>
        <translation>完成职业培训</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/models.py" line="37"/>
        <source>Current student</source>
        <translation>在校应届毕业生</translation>
    </message>
</context>
<context>
    <name>EligibilityScreen</name>
    <message>
        <location filename="../screens/eligibility/view.py" line="136"/>
        <source>Applications</source>
        <translation>报名申请</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="137"/>
        <source>Conditions</source>
        <translation>申报条件</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="142"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="146"/>
        <source>Search by name, ID number or occupation</source>
        <translation>按姓名、证件号码或职业搜索</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="147"/>
        <source>Apply conditions</source>
        <translation>按申报条件审核</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="148"/>
        <source>Also re-check decided applications</source>
        <translation>已作决定的也重新审核</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="149"/>
        <source>Export refused list...</source>
        <translation>导出不予受理名单...</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="150"/>
        <source>Note for the decision (required to refuse)</source>
        <translation>审核意见（不予受理时必填）</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="151"/>
        <source>Accept (A)</source>
        <translation>受理 (A)</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="152"/>
        <source>Refuse (R)</source>
        <translation>不予受理 (R)</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="182"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/eligibility/view.py" line="203"/>
        <source>%n applications selected</source>
        <translation>
            <numerusform>已选 %n 份申请</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="207"/>
        <source>No reasons recorded.</source>
        <translation>无记录的原因。</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="208"/>
        <source>%1 · %2
Declared: %3
Reasons: %4</source>
        <translation>%1 · %2
申报情况：%3
原因：%4</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="212"/>
        <source>Decided by %1: %2</source>
        <translation>审核人 %1：%2</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="221"/>
        <source>Applying the conditions...</source>
        <translation>正在按申报条件审核...</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="225"/>
        <source>Checked %1: %2 eligible, %3 not eligible, %4 without conditions.</source>
        <translation>已审核 %1 份：符合条件 %2 份，不符合条件 %3 份，无申报条件 %4 份。</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="229"/>
        <source>%1 decided applications kept (%2 of them would not be eligible now).</source>
        <translation>已作决定的 %1 份申请保持不变（其中 %2 份按现行条件不符合）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/eligibility/view.py" line="247"/>
        <source>%n applications decided.</source>
        <translation>
            <numerusform>已对 %n 份申请作出决定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="262"/>
        <source>Export the refused list</source>
        <translation>导出不予受理名单</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="263"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/eligibility/view.py" line="273"/>
        <source>%1 refused applications written to %2</source>
        <translation>已将 %1 份不予受理申请写入 %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../main_window.py" line="57"/>
        <source>This database holds no exam batch yet. A certification body starts with a plan; a site receives its batch in a package (Packages and keys).</source>
        <translation>本数据库尚无认定批次。评价机构从制定认定计划开始；考点通过数据包接收批次（数据包与密钥）。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60"/>
        <source>New certification plan...</source>
        <translation>新建认定计划...</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Fill it with demo data</source>
        <translation>填入演示数据</translation>
    </message>
</context>
<context>
    <name>ExportPublicityDialog</name>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="63"/>
        <source>Export the publicity</source>
        <translation>导出公示</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="64"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="65"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="69"/>
        <source>Notice with the list (PDF)</source>
        <translation>公示通知及名单（PDF）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="70"/>
        <source>List as an Excel workbook (xlsx)</source>
        <translation>公示名单 Excel 工作簿（xlsx）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="73"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="74"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="75"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="76"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="89"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="89"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="90"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="98"/>
        <source>Choose where to save the file.</source>
        <translation>请选择保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="111"/>
        <source>Exporting the publicity...</source>
        <translation>正在导出公示...</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="117"/>
        <source>%1 pages saved to %2</source>
        <translation>已保存 %1 页到 %2</translation>
    </message>
    <message>
        <location filename="../screens/publicity/export_dialog.py" line="118"/>
        <source>%1 rows saved to %2</source>
        <translation>已保存 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>FingerprintSheet</name>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="20"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="21"/>
        <source>Key fingerprint of this computer</source>
        <translation>本机密钥指纹</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="22"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="23"/>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="24"/>
        <source>Key id: %1</source>
        <translation>密钥编号：%1</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="25"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="26"/>
        <source>Before trusting this computer, the other side compares this fingerprint with the one its screen shows for the file or package it received (or scans the QR code). If a single character differs, do not trust it.</source>
        <translation>对方在信任本机之前，应将此指纹与其屏幕上显示的（来自收到的登记文件或数据包的）指纹逐字核对，或扫描二维码。只要有一个字符不同，就不要信任。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="30"/>
        <source>Printed: %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <location filename="../screens/transfer/fingerprint_sheet.py" line="31"/>
        <source>Compared by: ____________    Date: ____________</source>
        <translation>核对人：____________    日期：____________</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../screens/first_start/dialog.py" line="138"/>
        <source>ExamSite — first start</source>
        <translation>考点考务 — 首次启动</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="139"/>
        <source>Welcome to ExamSite</source>
        <translation>欢迎使用考点考务</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="140"/>
        <source>No database has been opened on this computer yet. What is this computer for?</source>
        <translation>本机尚未打开过任何数据库。这台电脑用于：</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="143"/>
        <source>Try the demo</source>
        <translation>试用演示数据</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="144"/>
        <source>A complete exam batch with 200 invented candidates, to try every screen. Wherever it is open it is marked DEMO DATA.</source>
        <translation>一个完整的认定批次，含 200 名虚构考生，可试用每个界面。打开时处处标有“演示数据”。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="146"/>
        <source>Set up this exam site</source>
        <translation>设置本考点</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="147"/>
        <source>For the site manager: creates this site&apos;s encrypted database and its key. Then import the site package the certification body sent you on a USB stick (or first give the body this computer&apos;s enrolment file).</source>
        <translation>供考点负责人使用：创建本考点的加密数据库及密钥，然后导入评价机构用U盘送来的考点数据包（或先把本机的登记文件交给评价机构）。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="150"/>
        <source>Set up the certification body&apos;s console</source>
        <translation>设置评价机构控制台</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="151"/>
        <source>For the body&apos;s exam staff: plan batches, register candidates, arrange rooms and send each site its package.</source>
        <translation>供评价机构考务人员使用：制定认定计划、考生报名、编排考场，并向各考点发送数据包。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="157"/>
        <source>Data is kept in %1</source>
        <translation>数据保存在 %1</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="158"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="160"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="160"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="160"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="161"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="163"/>
        <source>lower-case letters and digits, e.g. zk00001</source>
        <translation>小写字母和数字，例如 zk00001</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="164"/>
        <location filename="../screens/first_start/dialog.py" line="207"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="166"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="167"/>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="172"/>
        <source>Set up the body&apos;s administrator</source>
        <translation>设置评价机构管理员</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="174"/>
        <source>The administrator logs in with this account and then creates the other staff&apos;s accounts.</source>
        <translation>管理员使用此账户登录，然后为其他工作人员创建账户。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="177"/>
        <source>Set up the site manager</source>
        <translation>设置考点负责人</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="179"/>
        <source>The site manager logs in with this account and then creates the other staff&apos;s accounts.</source>
        <translation>考点负责人使用此账户登录，然后为其他工作人员创建账户。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="200"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="203"/>
        <source>Enter the name of the person who uses this account.</source>
        <translation>请输入使用此账户的人员姓名。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="212"/>
        <source>The two passwords differ; type the new one again.</source>
        <translation>两次输入的密码不一致，请重新输入新密码。</translation>
    </message>
    <message>
        <location filename="../screens/first_start/dialog.py" line="216"/>
        <source>Creating the encrypted database...</source>
        <translation>正在创建加密数据库…</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../screens/supervision/panels.py" line="173"/>
        <source>Follow-up of the selected observation</source>
        <translation>所选记录的跟进措施</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="174"/>
        <source>A&amp;ction:</source>
        <translation>措施(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="175"/>
        <source>R&amp;esult:</source>
        <translation>结果(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="176"/>
        <source>Sa&amp;ve action</source>
        <translation>保存措施(&amp;V)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="177"/>
        <source>&amp;Close follow-up</source>
        <translation>完成跟进(&amp;C)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="178"/>
        <source>What was done, and whether it is put right</source>
        <translation>采取了什么措施，问题是否已整改</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="185"/>
        <source>Select an observation in the list.</source>
        <translation>请在列表中选择一条督导记录。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="189"/>
        <source>%1 · %2 · %3 — follow-up: %4</source>
        <translation>%1 · %2 · %3 — 跟进：%4</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="192"/>
        <source>whole site</source>
        <translation>整个考点</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="155"/>
        <source>Import candidates from Excel</source>
        <translation>从 Excel 导入考生</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="156"/>
        <source>Workbook (.xlsx):</source>
        <translation>报名表（.xlsx）：</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="157"/>
        <source>Photo folder:</source>
        <translation>照片文件夹：</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="159"/>
        <source>Optional: photos named by ID number (default: the 照片 folder beside the file)</source>
        <translation>可选：以证件号码命名的照片（默认为报名表同目录下的“照片”文件夹）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="160"/>
        <location filename="../screens/candidates/import_dialog.py" line="161"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="162"/>
        <source>Import the good rows even if some rows are bad</source>
        <translation>即使有错误行，也导入正确的行</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="163"/>
        <source>Save empty template...</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="164"/>
        <source>Save problem list...</source>
        <translation>保存错误清单…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="165"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="166"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="169"/>
        <source>Every row is checked first. If any row is wrong, nothing is imported unless you tick the box above; each problem is listed with its row and column.</source>
        <translation>导入前先逐行检查。只要有一行有误，就不导入任何数据（除非勾选上面的选项）；每个错误都会列出所在的行和列。</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="173"/>
        <source>Choose the candidate workbook</source>
        <translation>选择考生报名表</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="174"/>
        <location filename="../screens/candidates/import_dialog.py" line="186"/>
        <location filename="../screens/candidates/import_dialog.py" line="194"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="179"/>
        <source>Choose the photo folder</source>
        <translation>选择照片文件夹</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="184"/>
        <source>Save the empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="193"/>
        <source>Save the problem list</source>
        <translation>保存错误清单</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="202"/>
        <source>Choose a workbook first.</source>
        <translation>请先选择报名表。</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="211"/>
        <source>Importing candidates...</source>
        <translation>正在导入考生…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="219"/>
        <source>Imported %1 of %2 rows. %3 rows were not imported.</source>
        <translation>已导入 %1 / %2 行，%3 行未导入。</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="226"/>
        <source>Nothing was imported: %1 of %2 rows have problems. Correct them in the workbook and import again.</source>
        <translation>未导入任何数据：%2 行中有 %1 行存在错误。请在报名表中改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="236"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../screens/incidents/form.py" line="123"/>
        <source>Record an incident</source>
        <translation>填写考场记录</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="124"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="124"/>
        <source>Ca&amp;ndidate</source>
        <translation>考生(&amp;N)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="125"/>
        <source>&amp;Rule broken</source>
        <translation>违反的规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="125"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="126"/>
        <source>&amp;What happened</source>
        <translation>情况经过(&amp;W)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="126"/>
        <source>&amp;Action taken</source>
        <translation>处理措施(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="131"/>
        <source>(choose the rule broken)</source>
        <translation>（请选择违反的规则）</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="135"/>
        <source>Scan the ticket, or type a seat, name or ticket number</source>
        <translation>扫描准考证，或输入座位号、姓名、准考证号</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="136"/>
        <source>Required, except for late and absent</source>
        <translation>必填（迟到、缺考可不填）</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="137"/>
        <source>e.g. warned, phone taken, moved to room 2</source>
        <translation>如：警告、收缴手机、转至备用考场</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="138"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>记录 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="139"/>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="169"/>
        <source>%1 · seat %2 · ticket %3</source>
        <translation>%1 · 座位 %2 · 准考证 %3</translation>
    </message>
    <message>
        <location filename="../screens/incidents/form.py" line="170"/>
        <source>(none)</source>
        <translation>（未选择）</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../screens/incidents/labels.py" line="9"/>
        <source>Late arrival</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="10"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="11"/>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="12"/>
        <source>Illness</source>
        <translation>身体不适</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="13"/>
        <source>Equipment failure</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="14"/>
        <source>Power failure</source>
        <translation>停电</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="15"/>
        <source>System failure</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="16"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="19"/>
        <source>Sitting the exam for someone else</source>
        <translation>替考或冒名顶替</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="20"/>
        <source>Forged or altered ticket or ID document</source>
        <translation>使用伪造、涂改的准考证或身份证件</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="22"/>
        <source>Prohibited items brought into the room</source>
        <translation>携带规定以外的物品进入考场</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="24"/>
        <source>Notes or devices used in a closed-book exam</source>
        <translation>闭卷考试中查阅资料或使用电子设备</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="26"/>
        <source>Copying or letting others copy</source>
        <translation>抄袭他人答卷或让他人抄袭</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="27"/>
        <source>Talking, passing things or signalling</source>
        <translation>交头接耳、传递物品或互打暗号</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="28"/>
        <source>Changing seat or leaving without leave</source>
        <translation>擅自调换座位或离开考场</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="29"/>
        <source>Answering before the start or after the end</source>
        <translation>开考前答题或终考后继续答题</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="31"/>
        <source>Papers, answer sheets or scrap paper taken out</source>
        <translation>将试卷、答题卡或草稿纸带出考场</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="33"/>
        <source>Disturbing the room or disobeying the staff</source>
        <translation>扰乱考场秩序或不服从考务人员管理</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="34"/>
        <source>Unsafe operation in a practical exam despite warnings</source>
        <translation>技能操作中违反安全操作规程且不听劝阻</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="36"/>
        <source>Equipment, materials or the exam system damaged on purpose</source>
        <translation>故意损坏考试设备、工具、材料或考试系统</translation>
    </message>
    <message>
        <location filename="../screens/incidents/labels.py" line="38"/>
        <source>Other breach of the exam-room rules</source>
        <translation>其他违反考场规则的行为</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <location filename="../screens/incidents/models.py" line="38"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="39"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="40"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="41"/>
        <source>Rule broken</source>
        <translation>违反的规则</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="42"/>
        <source>What happened</source>
        <translation>情况经过</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="43"/>
        <source>Action taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="44"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="47"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../screens/incidents/models.py" line="48"/>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>IncidentsScreen</name>
    <message>
        <location filename="../screens/incidents/view.py" line="150"/>
        <source>&amp;Session (F6)</source>
        <translation>场次(&amp;S) (F6)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="151"/>
        <source>Incidents of this session</source>
        <translation>本场次考场记录</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="152"/>
        <source>Void... (F8)</source>
        <translation>作废... (F8)</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="167"/>
        <source>%1 %2  %3 %4 · %5</source>
        <translation>%1 %2  %3 %4 · %5</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="196"/>
        <source>No exam session in this batch</source>
        <translation>本批次没有考试场次</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="248"/>
        <source>Candidate picked by the ticket scan.</source>
        <translation>已按扫描的准考证选定考生。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="251"/>
        <source>The scanned candidate does not sit in this room at this time.</source>
        <translation>扫描的考生不在本考场本场次。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="266"/>
        <source>Recorded: %1, %2.</source>
        <translation>已记录：%1，%2。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="267"/>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="269"/>
        <source>The subject&apos;s result is now misconduct (no score).</source>
        <translation>该科目成绩现为违纪（无成绩）。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="292"/>
        <source>Select a valid record in the list first.</source>
        <translation>请先在列表中选择一条有效记录。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="295"/>
        <source>Void the record</source>
        <translation>作废考场记录</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="296"/>
        <source>Void the record &quot;%1&quot; of %2? It stays in the list, marked void. Give the reason.</source>
        <translation>作废%2的“%1”记录？该记录仍保留在列表中并标为已作废。请填写原因。</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="298"/>
        <source>the room</source>
        <translation>本考场</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="299"/>
        <source>Recorded by mistake</source>
        <translation>误记</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="299"/>
        <source>Recorded twice</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="300"/>
        <source>Wrong candidate</source>
        <translation>考生记错</translation>
    </message>
    <message>
        <location filename="../screens/incidents/view.py" line="312"/>
        <source>The record is void.</source>
        <translation>该记录已作废。</translation>
    </message>
</context>
<context>
    <name>KeysModel</name>
    <message>
        <location filename="../screens/transfer/models.py" line="37"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="39"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="40"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="41"/>
        <source>Key id</source>
        <translation>密钥编号</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="42"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="45"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="46"/>
        <source>This computer (replaced)</source>
        <translation>本机（已更换的旧密钥）</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="47"/>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="48"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../screens/transfer/models.py" line="49"/>
        <source>Not trusted</source>
        <translation>未信任</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <location filename="../screens/rooms/editor.py" line="29"/>
        <source>Row by row, left to right</source>
        <translation>逐行编号（从左到右）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="30"/>
        <source>Column by column, front to back</source>
        <translation>逐列编号（从前到后）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="31"/>
        <source>Row by row, snaking</source>
        <translation>逐行蛇形编号</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="32"/>
        <source>Column by column, snaking</source>
        <translation>逐列蛇形编号</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="121"/>
        <source>&amp;Rows × columns</source>
        <translation>行数 × 列数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="121"/>
        <source>&amp;Numbering</source>
        <translation>座位编号顺序(&amp;N)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="122"/>
        <source>Aisles after &amp;columns</source>
        <translation>过道位于第几列之后(&amp;C)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="122"/>
        <source>Aisles after ro&amp;ws</source>
        <translation>过道位于第几行之后(&amp;W)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="123"/>
        <source>&amp;Exam capacity</source>
        <translation>考试容量(&amp;E)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="123"/>
        <source>Usable seats</source>
        <translation>可用座位</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="125"/>
        <source>e.g. 2, 4</source>
        <translation>例如 2, 4</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="126"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="127"/>
        <source>Layout</source>
        <translation>考场布局</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="128"/>
        <source>&amp;Save layout</source>
        <translation>保存布局(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="129"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="130"/>
        <source>Re&amp;vert</source>
        <translation>撤销修改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="132"/>
        <source>free</source>
        <translation>空座</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="132"/>
        <source>seated (●)</source>
        <translation>已编排考生（●）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="133"/>
        <source>accessible (A)</source>
        <translation>无障碍座位（A）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="134"/>
        <source>reserved (R)</source>
        <translation>预留座位（R）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="135"/>
        <source>out of use (click or Space)</source>
        <translation>停用（单击或空格键）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/editor.py" line="142"/>
        <source>Select a room</source>
        <translation>请选择考场</translation>
    </message>
</context>
<context>
    <name>LiveDesk</name>
    <message>
        <location filename="../screens/checkin/live.py" line="220"/>
        <source>Mark the %1 candidates who did not check in before the cutoff as absent?</source>
        <translation>将截止时间前未检录的 %1 名考生标记为缺考？</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="232"/>
        <source>Cutoff passed: %1 marked absent automatically.</source>
        <translation>已过入场截止时间：已自动将 %1 人标记为缺考。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="233"/>
        <source>%1 marked absent.</source>
        <translation>已将 %1 人标记为缺考。</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../screens/login/lock.py" line="91"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="92"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="94"/>
        <source>Only this user&apos;s password unlocks the screen.</source>
        <translation>只有该用户的密码才能解锁屏幕。</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="95"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="96"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="97"/>
        <source>Switch user...</source>
        <translation>切换用户……</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="132"/>
        <source>Enter the password of %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../screens/login/lock.py" line="155"/>
        <source>A scan was ignored: the screen is locked.</source>
        <translation>屏幕已锁定，刚才的扫码未处理。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../screens/login/login.py" line="139"/>
        <source>ExamSite — log in</source>
        <translation>考点考务 — 登录</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="140"/>
        <location filename="../screens/login/login.py" line="144"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="141"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="142"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="143"/>
        <source>badge number, e.g. zk00001</source>
        <translation>证卡编号，例如 zk00001</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="145"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="148"/>
        <source>Demo data: log in as the site manager %1 with the password %2.</source>
        <translation>演示数据：可用考点负责人账号 %1 登录，密码 %2。</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="187"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="190"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../screens/login/login.py" line="193"/>
        <source>Checking...</source>
        <translation>正在验证……</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="209"/>
        <location filename="../main_window.py" line="219"/>
        <source>ExamSite</source>
        <translation>考点考务</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="211"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>&amp;New certification plan...</source>
        <translation>新建认定计划(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214"/>
        <source>&amp;Batch</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="215"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>Synthetic people, not real candidates</source>
        <translation>虚构人员，并非真实考生</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>Overview</source>
        <translation>批次概览</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>Certification plan</source>
        <translation>认定计划</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Check-in</source>
        <translation>考生检录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Seating map</source>
        <translation>座位图</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Rooms and sessions</source>
        <translation>考场与场次</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Staffing</source>
        <translation>考务编排</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Examiner scoring</source>
        <translation>考评员评分</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Theory scores</source>
        <translation>理论成绩录入</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Results</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Scoring rubrics</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>Packages and keys</source>
        <translation>数据包与密钥</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>Incident records</source>
        <translation>考场记录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>Supervision</source>
        <translation>质量督导</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Room readiness</source>
        <translation>考场准备</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Staff meeting</source>
        <translation>考务工作会</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Paper custody</source>
        <translation>试卷流转</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Changes</source>
        <translation>考务变更</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>Publicity</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>Eligibility review</source>
        <translation>报名审核</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="234"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="360"/>
        <source>Creating demo data...</source>
        <translation>正在生成演示数据…</translation>
    </message>
</context>
<context>
    <name>ManualSearch</name>
    <message>
        <location filename="../screens/checkin/panels.py" line="172"/>
        <source>Search a candidate without a ticket (F3)</source>
        <translation>查找未带准考证的考生（F3）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="173"/>
        <source>Name, ID number or ticket number</source>
        <translation>姓名、证件号码或准考证号</translation>
    </message>
</context>
<context>
    <name>MarkStates</name>
    <message>
        <location filename="../screens/scoring/models.py" line="46"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="47"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="48"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="49"/>
        <source>Verified</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="50"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="53"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="54"/>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <location filename="../screens/meeting/view.py" line="41"/>
        <source>Scanned</source>
        <translation>扫码时间</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="42"/>
        <location filename="../screens/meeting/view.py" line="45"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="43"/>
        <location filename="../screens/meeting/view.py" line="46"/>
        <source>Badge</source>
        <translation>证号</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="44"/>
        <location filename="../screens/meeting/view.py" line="48"/>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="47"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="161"/>
        <source>New meeting</source>
        <translation>召开新的工作会</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="162"/>
        <source>Meeting</source>
        <translation>工作会</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="163"/>
        <source>Present</source>
        <translation>到会人员</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="164"/>
        <source>Assigned staff not present</source>
        <translation>未到会的已安排人员</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="166"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="166"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="166"/>
        <source>C&amp;hair:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="166"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="169"/>
        <source>e.g. exam office</source>
        <translation>例如：考务办公室</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="170"/>
        <source>&amp;Open meeting</source>
        <translation>开始工作会(&amp;O)</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="171"/>
        <source>C&amp;lose meeting</source>
        <translation>结束工作会(&amp;L)</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="172"/>
        <source>&amp;Badge:</source>
        <translation>证卡(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="173"/>
        <source>Scan a staff badge, or type its number and press Enter</source>
        <translation>扫描考务人员证卡，或输入证号后按回车</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="175"/>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="176"/>
        <source>&amp;Duties:</source>
        <translation>职责(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="177"/>
        <source>&amp;Save duties</source>
        <translation>保存职责(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="208"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="215"/>
        <source>(open)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="215"/>
        <source>(closed)</source>
        <translation>（已结束）</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="218"/>
        <source>(no meeting yet)</source>
        <translation>（尚无工作会）</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="227"/>
        <source>No staff meeting has been opened yet.</source>
        <translation>尚未召开考前工作会。</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="233"/>
        <source>Held %1 at %2, chaired by %3. %4 present, %5 absent.</source>
        <translation>%1 于%2召开，主持人：%3。到会 %4 人，未到 %5 人。</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="235"/>
        <source>nobody recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="239"/>
        <source>Closed at %1.</source>
        <translation>已于 %1 结束。</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="275"/>
        <source>Meeting opened: scan the badges of the staff present.</source>
        <translation>工作会已开始：请扫描到会人员的证卡。</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="292"/>
        <source>Recorded as present.</source>
        <translation>已登记到会。</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="308"/>
        <source>Duties of %1 saved.</source>
        <translation>已保存 %1 的职责。</translation>
    </message>
    <message>
        <location filename="../screens/meeting/view.py" line="322"/>
        <source>Meeting closed; %1 assigned staff were absent.</source>
        <translation>工作会已结束，%1 名已安排人员缺席。</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../screens/supervision/panels.py" line="107"/>
        <source>New observation</source>
        <translation>新增督导记录</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="108"/>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="108"/>
        <source>&amp;Step:</source>
        <translation>环节(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="108"/>
        <source>&amp;Room:</source>
        <translation>考场(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="109"/>
        <source>Su&amp;pervisor:</source>
        <translation>督导员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="109"/>
        <source>R&amp;ating:</source>
        <translation>评价(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="109"/>
        <source>&amp;Observation:</source>
        <translation>督导情况(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="110"/>
        <source>&amp;Follow-up action:</source>
        <translation>跟进措施(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="116"/>
        <source>What did you observe? Where, who, what was done about it.</source>
        <translation>观察到什么？在哪里、涉及谁、如何处理。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="119"/>
        <source>What must be done (needed for a problem); leave empty when nothing</source>
        <translation>需要采取的措施（评价为存在问题时必填）；无则留空</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="120"/>
        <source>&amp;Add note</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="133"/>
        <source>(whole site)</source>
        <translation>（整个考点）</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="138"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
</context>
<context>
    <name>OfferingsPage</name>
    <message>
        <location filename="../screens/plan/pages.py" line="191"/>
        <source>Occupations and levels</source>
        <translation>职业（工种）与等级</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="193"/>
        <source>One row per occupation and level. The evaluation follows from the level: theory and practical skills, and for levels 2 and 1 also a comprehensive review.</source>
        <translation>每个职业（工种）和等级一行。评价方式由等级决定：理论知识考试和操作技能考核，二级、一级另加综合评审。</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="196"/>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="197"/>
        <source>&amp;Remove the row</source>
        <translation>删除该行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../screens/overview/view.py" line="58"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="59"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="60"/>
        <source>Candidates</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="62"/>
        <location filename="../screens/overview/view.py" line="75"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="63"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="64"/>
        <source>Exam capacity</source>
        <translation>考试容量</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="65"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="66"/>
        <source>Seated</source>
        <translation>已编排</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="68"/>
        <source>Step</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="69"/>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="70"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="71"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="76"/>
        <source>Items done</source>
        <translation>已完成检查项</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="77"/>
        <source>Open rectifications</source>
        <translation>未关闭整改</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="79"/>
        <source>Sealed</source>
        <translation>封场</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="109"/>
        <source>Candidates by occupation and level</source>
        <translation>各职业（工种）等级人数</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="110"/>
        <source>Rooms</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="111"/>
        <source>Deadline timeline</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="112"/>
        <source>Room readiness</source>
        <translation>考场准备情况</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="113"/>
        <source>Archive and retention...</source>
        <translation>档案保管...</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="148"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="150"/>
        <source>Late, %1</source>
        <translation>逾期，%1</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="150"/>
        <source>Yes, %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="165"/>
        <source>Body: %1 · Exam: %2 · Rules: %3 · Candidates: %4 · Rooms: %5 · Staff: %6</source>
        <translation>评价机构：%1 · 认定日期：%2 · 规则：%3 · 考生：%4 人 · 考场：%5 个 · 考务人员：%6 人</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="173"/>
        <source>Fewer than %1 candidates: %2</source>
        <translation>人数不足 %1 人：%2</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="117"/>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="119"/>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="119"/>
        <source>Package type:</source>
        <translation>数据包类型：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="119"/>
        <source>Recipients:</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="120"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="129"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="130"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="131"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="137"/>
        <source>No trusted computer to send to: trust the recipient&apos;s key first.</source>
        <translation>没有可发送的受信任电脑：请先信任接收方的密钥。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="196"/>
        <source>Save the package as</source>
        <translation>数据包保存为</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="198"/>
        <source>ExamSite packages (*.espkg)</source>
        <translation>考务数据包 (*.espkg)</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="218"/>
        <source>Writing the package, then reading it back to verify it...</source>
        <translation>正在写入数据包，写完后读回校验…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="237"/>
        <source>Saved and verified: %1 (%2 records, %3)</source>
        <translation>已保存并校验：%1（%2 条记录，%3）</translation>
    </message>
    <message>
        <location filename="../screens/transfer/export_dialog.py" line="254"/>
        <source>Cancelled: no package was saved.</source>
        <translation>已取消：未保存数据包。</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="148"/>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="149"/>
        <source>Choose package...</source>
        <translation>选择数据包…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="150"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="151"/>
        <source>Sender:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="151"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="152"/>
        <source>Trust:</source>
        <translation>信任：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="152"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="153"/>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="153"/>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="154"/>
        <source>Audit trail:</source>
        <translation>审计记录：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="157"/>
        <source>Candidates admitted at two desks (the earliest admission counts; both scans are kept):</source>
        <translation>在两个检录台都被放行的考生（以最早的放行为准，两次扫码均保留）：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="159"/>
        <source>Compare fingerprint and trust...</source>
        <translation>核对指纹并信任…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="160"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="161"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="164"/>
        <source>Choose the package file (.espkg) from the USB stick. It is checked completely before anything is changed.</source>
        <translation>请选择U盘上的数据包文件（.espkg）。导入前会先完整检查，检查通过前不会更改任何数据。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="177"/>
        <source>Choose a package</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="179"/>
        <source>ExamSite packages (*.espkg);;All files (*)</source>
        <translation>考务数据包 (*.espkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="191"/>
        <source>Checking the package (decryption, signature, sender, every hash)...</source>
        <translation>正在检查数据包（解密、签名、发送方、全部校验值）…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="204"/>
        <source>Checked: nothing has been changed yet. Importing adds %1 and changes %2 records. Compare the sender&apos;s fingerprint, then click Import.</source>
        <translation>检查通过，尚未更改任何数据。导入将新增 %1 条、修改 %2 条记录。请核对发送方指纹后点击“导入”。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="216"/>
        <source>Importing...</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="227"/>
        <source>Imported: %1 records added, %2 changed.</source>
        <translation>已导入：新增 %1 条记录，修改 %2 条。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="230"/>
        <source>%1 candidates were admitted at two desks: see the list below.</source>
        <translation>有 %1 名考生在两个检录台被放行，见下方列表。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="248"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何更改。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="291"/>
        <source>Ticket %1: admitted at %2 %3 (this counts); also admitted at %4</source>
        <translation>准考证 %1：%2 于 %3 放行（以此为准）；另在 %4 放行</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="300"/>
        <source>Trusted sender (key %1)</source>
        <translation>受信任的发送方（密钥 %1）</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="301"/>
        <source>Not trusted</source>
        <translation>未信任</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="306"/>
        <source>No audit trail in this package</source>
        <translation>此数据包不含审计记录</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="307"/>
        <source>Complete: matches the sender&apos;s signed head</source>
        <translation>完整：与发送方签名的记录一致</translation>
    </message>
    <message>
        <location filename="../screens/transfer/import_dialog.py" line="308"/>
        <source>Does NOT match the sender&apos;s signed head: ask the sender</source>
        <translation>与发送方签名的记录不一致：请联系发送方</translation>
    </message>
</context>
<context>
    <name>PacketsModel</name>
    <message>
        <location filename="../screens/custody/models.py" line="43"/>
        <source>Packet</source>
        <translation>试卷袋编号</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="44"/>
        <source>Session time</source>
        <translation>场次时间</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="45"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="46"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="47"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="48"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="49"/>
        <source>Last step</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="50"/>
        <source>Held by</source>
        <translation>当前保管人</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="51"/>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="52"/>
        <source>Flags</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="84"/>
        <source>Not scanned yet</source>
        <translation>尚未扫码</translation>
    </message>
    <message>
        <location filename="../screens/custody/models.py" line="87"/>
        <source>Chain complete</source>
        <translation>流转完成</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../screens/plan/view.py" line="41"/>
        <source>Plan made late</source>
        <translation>计划制定逾期</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="42"/>
        <source>Seats drawn early</source>
        <translation>提前编排座位</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="43"/>
        <source>Tickets issued before the seating</source>
        <translation>座位编排完成前签发准考证</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="44"/>
        <source>Site package sent without every ticket</source>
        <translation>未全部签发准考证即发送考点数据包</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="79"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="80"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="81"/>
        <source>Evaluation</source>
        <translation>评价方式</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="82"/>
        <source>Fee (yuan)</source>
        <translation>收费（元）</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="84"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="85"/>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="86"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="87"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="89"/>
        <source>Blocks later steps</source>
        <translation>阻断后续环节</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="91"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="92"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="93"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="94"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="119"/>
        <source>&amp;New plan...</source>
        <translation>新建计划(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="120"/>
        <source>Print the &amp;announcement...</source>
        <translation>打印公告(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="122"/>
        <source>Occupations and levels</source>
        <translation>职业（工种）与等级</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="124"/>
        <location filename="../screens/plan/view.py" line="166"/>
        <source>Checks overridden, with their reasons (%1)</source>
        <translation>已越过的检查及理由（%1）</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="121"/>
        <source>Timeline (blocking steps hold up later ones)</source>
        <translation>时间节点（阻断环节未完成时后续环节不能进行）</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="161"/>
        <source>Plans are made by the certification body&apos;s administrator.</source>
        <translation>认定计划由评价机构管理员制定。</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="165"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="172"/>
        <source>This batch has no plan made here</source>
        <translation>本批次没有在本系统制定的计划</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="174"/>
        <source>The batch came in a package or as demo data. A certification body makes each batch from a plan: New plan... collects it and prints the announcement.</source>
        <translation>本批次来自数据包或演示数据。评价机构的每个批次都从认定计划开始：“新建计划...”录入计划并打印公告。</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="180"/>
        <source>Registration %1 – %2 · exam %3 – %4 · announced %5</source>
        <translation>报名 %1 至 %2 · 认定 %3 至 %4 · 公告 %5</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="185"/>
        <source>Sites: %1</source>
        <translation>考点：%1</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="187"/>
        <source>Contact: %1 %2 · complaints: %3</source>
        <translation>联系人：%1 %2 · 投诉：%3</translation>
    </message>
    <message>
        <location filename="../screens/plan/view.py" line="190"/>
        <source>Made late (%1), reason: %2</source>
        <translation>逾期制定（%1），理由：%2</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../screens/plan/pages.py" line="39"/>
        <source>Occupation code</source>
        <translation>职业编码</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="40"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="41"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="42"/>
        <source>Fee (yuan)</source>
        <translation>收费（元）</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="43"/>
        <source>Evaluation</source>
        <translation>评价方式</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="44"/>
        <source>Exam site</source>
        <translation>考点</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="45"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="150"/>
        <source>New certification plan</source>
        <translation>新建认定计划</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="154"/>
        <source>&amp;Make the plan</source>
        <translation>制定计划(&amp;M)</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="155"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="156"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="190"/>
        <source>Making the plan...</source>
        <translation>正在制定计划...</translation>
    </message>
</context>
<context>
    <name>PrintCustodyDialog</name>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="66"/>
        <source>Print custody documents</source>
        <translation>打印试卷流转文书</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="67"/>
        <source>&amp;Document:</source>
        <translation>文书(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="68"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="72"/>
        <source>QR labels of the packets (8 per A4 page)</source>
        <translation>试卷袋二维码标签（每张 A4 纸 8 个）</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="74"/>
        <source>QR label of packet %1 only (a reprint)</source>
        <translation>仅试卷袋 %1 的二维码标签（补打）</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="76"/>
        <source>Custody report of the batch</source>
        <translation>本批次试卷保密流转记录</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="79"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="80"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="81"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="94"/>
        <source>Save the PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="95"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="102"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="113"/>
        <source>Creating the PDF...</source>
        <translation>正在生成 PDF...</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="118"/>
        <source>No packet is registered yet: register the packets first.</source>
        <translation>尚未登记试卷袋：请先登记试卷袋。</translation>
    </message>
    <message>
        <location filename="../screens/custody/print_dialog.py" line="123"/>
        <source>%1 pages saved to %2</source>
        <translation>共 %1 页，已保存到 %2</translation>
    </message>
</context>
<context>
    <name>PrintRoomDocumentsDialog</name>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="76"/>
        <source>Print room documents</source>
        <translation>打印考场资料</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="77"/>
        <source>Document:</source>
        <translation>资料：</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="78"/>
        <source>Rooms:</source>
        <translation>考场：</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="79"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="83"/>
        <source>Door lists (names, photos, ticket numbers)</source>
        <translation>考场门贴（姓名、照片、准考证号）</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="84"/>
        <source>Seat charts (the room&apos;s layout, A4 landscape)</source>
        <translation>座次图（考场实际布局，A4 横向）</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="85"/>
        <source>Sign-in sheets (photos and signature cells)</source>
        <translation>签到表（照片和签名栏）</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="88"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="89"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="90"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="91"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="104"/>
        <source>All rooms of the batch</source>
        <translation>本批次全部考场</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="106"/>
        <source>Room %1 %2</source>
        <translation>考场 %1 %2</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="118"/>
        <source>Save the room documents as</source>
        <translation>考场资料保存为</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="119"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="126"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="129"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="145"/>
        <source>Creating the room documents...</source>
        <translation>正在生成考场资料…</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="150"/>
        <source>Cancelled: no PDF was written.</source>
        <translation>已取消，未生成 PDF。</translation>
    </message>
    <message>
        <location filename="../screens/seating/print_dialog.py" line="155"/>
        <source>%1 rooms, %2 candidates on %3 pages saved to %4</source>
        <translation>%1 个考场、%2 名考生，共 %3 页，已保存到 %4</translation>
    </message>
</context>
<context>
    <name>PrintStaffDialog</name>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="65"/>
        <source>Print staff documents</source>
        <translation>打印考务文档</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="66"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="67"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="71"/>
        <source>Staff badges (8 per A4 page, cut along the lines)</source>
        <translation>工作证卡（每张 A4 纸 8 张，沿虚线裁开）</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="73"/>
        <source>Staffing table of the batch</source>
        <translation>本批次考务编排表</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="76"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="77"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="78"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="79"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="88"/>
        <source>Save the PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="89"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="96"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="107"/>
        <source>Creating the PDF...</source>
        <translation>正在生成 PDF...</translation>
    </message>
    <message>
        <location filename="../screens/staffing/print_dialog.py" line="113"/>
        <source>%1 pages saved to %2</source>
        <translation>共 %1 页，已保存到 %2</translation>
    </message>
</context>
<context>
    <name>PrintSupervisionDialog</name>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="49"/>
        <source>Print the internal supervision record</source>
        <translation>打印内部督导情况记录表</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="51"/>
        <source>Every observation with its rating and follow-up, then the external supervisor&apos;s visits; a page code on every page. Sign it, and keep it with the results for review.</source>
        <translation>逐条列出督导记录及其评价和跟进措施，随后列出外部督导来访记录；每页带页面校验码。请签名，并与成绩一同留存备审。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="54"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="55"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="56"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="57"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="66"/>
        <source>Save the record as</source>
        <translation>记录表另存为</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="67"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="74"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="84"/>
        <source>Creating the PDF...</source>
        <translation>正在生成 PDF...</translation>
    </message>
    <message>
        <location filename="../screens/supervision/print_dialog.py" line="90"/>
        <source>%1 pages saved to %2</source>
        <translation>已保存 %1 页到 %2</translation>
    </message>
</context>
<context>
    <name>PrintTicketsDialog</name>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="64"/>
        <source>Print admission tickets</source>
        <translation>打印准考证</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="65"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="66"/>
        <source>Candidates:</source>
        <translation>考生：</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="67"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="69"/>
        <source>A4, two tickets per page (cut along the line)</source>
        <translation>A4，每页两张（沿虚线裁开）</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="70"/>
        <source>A5, one ticket per page</source>
        <translation>A5，每页一张</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="71"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="72"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="73"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="74"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="84"/>
        <source>Everyone in the batch</source>
        <translation>本批次全部考生</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="86"/>
        <source>Room %1 %2</source>
        <translation>考场 %1 %2</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="92"/>
        <source>Save the tickets as</source>
        <translation>准考证保存为</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="93"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="100"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="110"/>
        <source>Creating the admission tickets...</source>
        <translation>正在生成准考证…</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="116"/>
        <source>%1 tickets on %2 pages saved to %3</source>
        <translation>已将 %1 张准考证（共 %2 页）保存到 %3</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="53"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="54"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../screens/candidates/import_dialog.py" line="55"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../screens/transfer/common.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PublicityScreen</name>
    <message>
        <location filename="../screens/publicity/view.py" line="52"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="53"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="54"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="55"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="56"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="57"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="58"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="59"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="60"/>
        <source>From</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="61"/>
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="62"/>
        <source>Outcome</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="63"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="64"/>
        <source>Registration publicity (before the exam)</source>
        <translation>报名公示（考前）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="66"/>
        <source>Results publicity (after the exam)</source>
        <translation>结果公示（考后）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="67"/>
        <source>not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="68"/>
        <source>open: objections are received</source>
        <translation>公示中，受理异议</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="69"/>
        <source>period over, not closed</source>
        <translation>公示期已满，尚未结束</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="70"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="71"/>
        <source>Upheld</source>
        <translation>予以采纳</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="72"/>
        <source>Dismissed</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="75"/>
        <source>results publicity of at least 5 working days (art. 16)</source>
        <translation>结果公示不少于5个工作日（第十六条）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="77"/>
        <source>results published within 30 days of the exam; no length set</source>
        <translation>认定结果考后30日内公示，期限未作规定</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="80"/>
        <source>candidate data reported and published 8 working days before the exam (art. 5); no length set</source>
        <translation>认定前8个工作日上报考生数据并公示（第五条），期限未作规定</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="83"/>
        <source>no length set for the registration publicity</source>
        <translation>报名公示期限未作规定</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="217"/>
        <source>&amp;Publicity:</source>
        <translation>公示(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="222"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="224"/>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="224"/>
        <source>&amp;Working days:</source>
        <translation>工作日数(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="224"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="227"/>
        <source>Publish the &amp;list</source>
        <translation>发布公示名单(&amp;L)</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="228"/>
        <source>C&amp;lose publicity</source>
        <translation>结束公示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="229"/>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="230"/>
        <source>The list as published</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="231"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="233"/>
        <source>&amp;Candidate:</source>
        <translation>考生(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="233"/>
        <source>&amp;From:</source>
        <translation>反映人(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="233"/>
        <source>Con&amp;tact:</source>
        <translation>联系方式(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="234"/>
        <source>&amp;Objection:</source>
        <translation>异议内容(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="234"/>
        <source>O&amp;utcome:</source>
        <translation>处理意见(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="234"/>
        <source>&amp;Resolution:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="237"/>
        <source>&amp;Record objection</source>
        <translation>登记异议(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="238"/>
        <source>&amp;Settle the selected objection</source>
        <translation>处理所选异议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="302"/>
        <source>(not about one candidate)</source>
        <translation>（不针对具体考生）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="312"/>
        <source>(open)</source>
        <translation>（未处理）</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="321"/>
        <source>Rule: %1 (at least %2 working days).</source>
        <translation>规定：%1（至少%2个工作日）。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="325"/>
        <source>Start by %1 at the latest.</source>
        <translation>最迟于%1开始公示。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="328"/>
        <source>The results are not all locked yet: the results publicity can be published once they are.</source>
        <translation>成绩尚未全部锁定：成绩全部审核锁定后方可发布结果公示。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="331"/>
        <source>Not published yet.</source>
        <translation>尚未发布。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="333"/>
        <source>Published %1 by %2: %3 to %4 (%5 working days), %6.</source>
        <translation>%1 由 %2 发布：%3至%4（%5个工作日），%6。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="340"/>
        <source>Started late (the latest start was %1).</source>
        <translation>公示开始晚于规定（最迟应于%1开始）。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="342"/>
        <source>Objections: %1, not settled: %2.</source>
        <translation>异议 %1 件，未处理 %2 件。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="383"/>
        <source>No mark of this candidate has been unlocked for correction since the objection.</source>
        <translation>异议受理后，该考生尚无评分被解锁更正。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="388"/>
        <source>An upheld settlement links the corrected marks: %1</source>
        <translation>采纳异议时将关联已更正的评分：%1</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="401"/>
        <source>Published.</source>
        <translation>已发布。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="418"/>
        <source>Objection recorded.</source>
        <translation>已登记异议。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="425"/>
        <source>Select the objection to settle.</source>
        <translation>请选择要处理的异议。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="436"/>
        <source>Objection settled.</source>
        <translation>异议已处理。</translation>
    </message>
    <message>
        <location filename="../screens/publicity/view.py" line="450"/>
        <source>Publicity closed.</source>
        <translation>公示已结束。</translation>
    </message>
</context>
<context>
    <name>ReadinessScreen</name>
    <message>
        <location filename="../screens/readiness/view.py" line="61"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="62"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="63"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="64"/>
        <source>Opened</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="65"/>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="66"/>
        <source>What was done</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="180"/>
        <source>Reload (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="181"/>
        <source>C&amp;lose rectification...</source>
        <translation>关闭整改(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="182"/>
        <source>Rectifications</source>
        <translation>整改记录</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="222"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="225"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="226"/>
        <source>Rooms sealed: %1 of %2 · Open rectifications: %3 · Seal by: %4</source>
        <translation>已封场考场：%1/%2 · 未关闭整改：%3 · 封场截止：%4</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="230"/>
        <source>All rooms sealed on %1</source>
        <translation>全部考场已于 %1 封场</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="284"/>
        <source>Choose an item in the list.</source>
        <translation>请在列表中选择检查项。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="331"/>
        <location filename="../screens/readiness/view.py" line="409"/>
        <source>Choose who checked the item.</source>
        <translation>请选择检查人。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="347"/>
        <source>Recorded as failed; a rectification is open.</source>
        <translation>已记录为不合格，并已提出整改。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="349"/>
        <source>Recorded as passed; the open rectification was closed.</source>
        <translation>已记录为合格，未关闭的整改已随之关闭。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="351"/>
        <source>Recorded as passed.</source>
        <translation>已记录为合格。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="371"/>
        <source>Room sealed LATE: it was due by %1.</source>
        <translation>考场已封场，但已逾期：应于 %1 前封场。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="374"/>
        <source>Room sealed.</source>
        <translation>考场已封场。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="376"/>
        <source>Every room is sealed: the timeline step is done.</source>
        <translation>全部考场均已封场，进度中的“考场布置并封场”已完成。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="393"/>
        <source>Seal lifted.</source>
        <translation>已解除封场。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="395"/>
        <source>Unseal room</source>
        <translation>解除封场</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="396"/>
        <source>Why must room %1 be opened again?</source>
        <translation>为什么需要重新打开考场 %1？</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="397"/>
        <source>Layout to be changed</source>
        <translation>需调整考场布置</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="397"/>
        <source>Equipment to be replaced</source>
        <translation>需更换设备</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="406"/>
        <source>Choose an open rectification.</source>
        <translation>请选择一条未关闭的整改。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="415"/>
        <source>Rectification closed.</source>
        <translation>整改已关闭。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="417"/>
        <source>Close rectification</source>
        <translation>关闭整改</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="418"/>
        <source>%1 — %2: %3
What was put right?</source>
        <translation>%1 — %2：%3
整改情况如何？</translation>
    </message>
    <message>
        <location filename="../screens/readiness/view.py" line="420"/>
        <source>Put right and checked again</source>
        <translation>已整改并复查合格</translation>
    </message>
</context>
<context>
    <name>ReadinessTreeModel</name>
    <message>
        <location filename="../screens/readiness/models.py" line="18"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="19"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="20"/>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="21"/>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="22"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="51"/>
        <source>Not sealed</source>
        <translation>未封场</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="54"/>
        <source>Sealed late %1</source>
        <translation>逾期封场 %1</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="56"/>
        <source>Sealed %1</source>
        <translation>已封场 %1</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="73"/>
        <source>[photo]</source>
        <translation>［附照片］</translation>
    </message>
    <message>
        <location filename="../screens/readiness/models.py" line="98"/>
        <source>Site: %1</source>
        <translation>考点：%1</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../screens/plan/pages.py" line="295"/>
        <source>Registration and sites</source>
        <translation>报名与考点</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="296"/>
        <source>The announcement comes out first; registration closes before the profile&apos;s deadline for it.</source>
        <translation>先发布公告；报名须在规则规定的截止日期前结束。</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="299"/>
        <source>&amp;Announcement date:</source>
        <translation>公告日期(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="299"/>
        <source>Registration &amp;opens:</source>
        <translation>报名开始(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="300"/>
        <source>Registration &amp;closes:</source>
        <translation>报名截止(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="300"/>
        <source>How to &amp;apply:</source>
        <translation>报名方式(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="301"/>
        <source>Exam &amp;sites:</source>
        <translation>考点(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/pages.py" line="305"/>
        <source>Add a &amp;site</source>
        <translation>添加考点(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../screens/changes/forms.py" line="79"/>
        <source>New change request</source>
        <translation>新的变更申请</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="81"/>
        <source>&amp;Session:</source>
        <translation>场次(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="81"/>
        <source>Change of:</source>
        <translation>变更内容：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="81"/>
        <source>New &amp;time:</source>
        <translation>新时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="82"/>
        <source>New &amp;room:</source>
        <translation>新考场(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="82"/>
        <source>Or new p&amp;lace:</source>
        <translation>或新地点(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="82"/>
        <source>Rea&amp;son:</source>
        <translation>变更原因(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="85"/>
        <source>exam time</source>
        <translation>考试时间</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="86"/>
        <source>exam place</source>
        <translation>考试地点</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="87"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="88"/>
        <source>a place outside the site&apos;s rooms, e.g. training building, lecture hall 2</source>
        <translation>考点考场以外的地点，例如：实训楼二楼阶梯教室</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="90"/>
        <source>why the change is needed</source>
        <translation>需要变更的原因</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="91"/>
        <source>Su&amp;bmit request</source>
        <translation>提交申请(&amp;B)</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="107"/>
        <source>%1 seated</source>
        <translation>已编排 %1 人</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="112"/>
        <source>(no room of the site: see the place)</source>
        <translation>（不在本考点考场：见新地点）</translation>
    </message>
    <message>
        <location filename="../screens/changes/forms.py" line="114"/>
        <source>%1 seats</source>
        <translation>%1 个座位</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../screens/results/review.py" line="88"/>
        <source>%1
Examiners&apos; totals: %2
%3
Sign in as the chief examiner, then give the final score and the reason for it.</source>
        <translation>%1
各考评员总分：%2
%3
请考评组长登录，并给出最终成绩及裁定理由。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="93"/>
        <source>Resolve a flagged score</source>
        <translation>裁定超差成绩</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="101"/>
        <source>Final score</source>
        <translation>最终成绩</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="102"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="113"/>
        <source>Give the reason for the decision.</source>
        <translation>请填写裁定理由。</translation>
    </message>
</context>
<context>
    <name>ResultsGroupsModel</name>
    <message>
        <location filename="../screens/results/models.py" line="45"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="46"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="47"/>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="48"/>
        <source>Sat</source>
        <translation>实考</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="49"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="50"/>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="51"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="52"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="53"/>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../screens/results/models.py" line="28"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="30"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="31"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="32"/>
        <source>Theory</source>
        <translation>理论知识</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="33"/>
        <source>Practical</source>
        <translation>技能操作</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="34"/>
        <source>Review</source>
        <translation>综合评审</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="35"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="36"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="38"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="39"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="40"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="41"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/results/models.py" line="42"/>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../screens/results/view.py" line="51"/>
        <source>mean of the examiners</source>
        <translation>考评员评分的平均值</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="52"/>
        <source>median of the examiners</source>
        <translation>考评员评分的中位数</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="53"/>
        <source>mean without the highest and lowest</source>
        <translation>去掉最高分和最低分后的平均值</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="148"/>
        <source>Score roster PDF...</source>
        <translation>成绩花名册 PDF…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="149"/>
        <source>Scoring records PDF...</source>
        <translation>评分记录表 PDF…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="150"/>
        <source>Evaluation report PDF...</source>
        <translation>考评报告 PDF…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="151"/>
        <source>Roster as Excel...</source>
        <translation>花名册导出 Excel…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="152"/>
        <source>Supervision notes...</source>
        <translation>内部督导记录…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="153"/>
        <source>Lock the results...</source>
        <translation>锁定成绩…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="159"/>
        <source>Everybody</source>
        <translation>全部考生</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="159"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="159"/>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="160"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="164"/>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="165"/>
        <source>Review and verification</source>
        <translation>审核与核对</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="202"/>
        <source>%1 candidates: %2 passed, %3 failed, %4 pending (aggregation: %5)</source>
        <translation>考生 %1 人：通过 %2 人，不通过 %3 人，待定 %4 人（合成规则：%5）</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="208"/>
        <source>Below 60: %1 subject scores · 90 and above: %2 · bands: %3</source>
        <translation>60 分以下：%1 科次 · 90 分及以上：%2 科次 · 技能分数段：%3</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="226"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="227"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="228"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="244"/>
        <source>Writing the document...</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="249"/>
        <source>Saved to %1 (&lt;a href=&quot;open&quot;&gt;open&lt;/a&gt;)</source>
        <translation>已保存到 %1（&lt;a href=&quot;open&quot;&gt;打开&lt;/a&gt;）</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="264"/>
        <source>Lock every verified result? Locked results change only through an unlock by the chief examiner or the site manager, with a reason.</source>
        <translation>锁定所有已复核的成绩？锁定后只能由考评组长或考点主任说明原因解锁后才能修改。</translation>
    </message>
    <message>
        <location filename="../screens/results/view.py" line="273"/>
        <source>%1 results locked.</source>
        <translation>已锁定 %1 项成绩。</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../screens/results/review_models.py" line="37"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="39"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="40"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="41"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="42"/>
        <source>Needs</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="43"/>
        <source>Examiners&apos; totals</source>
        <translation>各考评员总分</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="44"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="45"/>
        <location filename="../screens/results/review_models.py" line="53"/>
        <source>Score clerk</source>
        <translation>统分人</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="46"/>
        <location filename="../screens/results/review_models.py" line="54"/>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="47"/>
        <source>Flag and decision</source>
        <translation>超差情况与裁定</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="51"/>
        <source>Chief examiner&apos;s decision</source>
        <translation>待考评组长裁定</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="52"/>
        <source>Score clerk and reviewer</source>
        <translation>待统分人和复核人核对</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="55"/>
        <source>Verified</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="56"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="57"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="58"/>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="59"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="60"/>
        <source>not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="61"/>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <location filename="../screens/results/review_models.py" line="62"/>
        <source>Decided %1 by %2: %3</source>
        <translation>%2 裁定为 %1 分：%3</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../screens/plan/wizard.py" line="61"/>
        <source>Check and make the plan</source>
        <translation>核对并制定计划</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="62"/>
        <source>Making the plan creates the batch; its announcement is printed from the plan screen.</source>
        <translation>制定计划即建立批次；公告在“认定计划”页面打印。</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="64"/>
        <source>&amp;Reason for going ahead anyway (kept in the audit trail):</source>
        <translation>仍要继续的理由（记入审计日志）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="78"/>
        <source>Registration %1 – %2; exam %3 – %4; sites: %5.</source>
        <translation>报名 %1 至 %2；认定 %3 至 %4；考点：%5。</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="89"/>
        <source>%1: due %2, here %3</source>
        <translation>%1：截止 %2，本计划 %3</translation>
    </message>
    <message>
        <location filename="../screens/plan/wizard.py" line="93"/>
        <source>This plan breaks the timeline of its rule profile:</source>
        <translation>本计划不符合规则版本的时间要求：</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../screens/results/review.py" line="220"/>
        <source>Resolve flag... (Ctrl+R)</source>
        <translation>裁定超差…（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="221"/>
        <source>Verify as score clerk... (Ctrl+1)</source>
        <translation>统分人核对…（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="222"/>
        <source>Verify as reviewer... (Ctrl+2)</source>
        <translation>复核人复核…（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="223"/>
        <source>Unlock marks... (Ctrl+U)</source>
        <translation>解锁评分…（Ctrl+U）</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="229"/>
        <source>Needs someone</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="229"/>
        <source>Flagged</source>
        <translation>超差待裁定</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="229"/>
        <source>Blocked</source>
        <translation>受阻（缺评分）</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="230"/>
        <source>Awaiting the score clerk</source>
        <translation>待统分人核对</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="230"/>
        <source>Awaiting the reviewer</source>
        <translation>待复核人复核</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="231"/>
        <source>All results</source>
        <translation>全部成绩</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="266"/>
        <source>Flagged: %1 · blocked: %2 · to verify: %3 · verified or locked: %4</source>
        <translation>超差待裁定 %1 · 受阻 %2 · 待核对 %3 · 已核对或锁定 %4</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="310"/>
        <source>Select one flagged result first.</source>
        <translation>请先选择一条超差待裁定的成绩。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="321"/>
        <source>Decided by %1.</source>
        <translation>%1 已裁定。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="327"/>
        <source>Select the results to verify first (not flagged, not blocked).</source>
        <translation>请先选择要核对的成绩（不能是超差待裁定或受阻的）。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="330"/>
        <source>score clerk</source>
        <translation>统分人</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="330"/>
        <source>reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="332"/>
        <source>Verify results</source>
        <translation>核对成绩</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="333"/>
        <source>Verify %1 selected results as %2. Sign in with your own account.</source>
        <translation>以%2身份核对选中的 %1 条成绩。请用本人账号登录。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="337"/>
        <source>Verified by %1.</source>
        <translation>%1 已核对。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="348"/>
        <source>Select one result with submitted marks first.</source>
        <translation>请先选择一条已有提交评分的成绩。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="360"/>
        <source>Unlocked by %1.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="377"/>
        <source>%1 of %2 done.</source>
        <translation>完成 %1 / %2 条。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="381"/>
        <source>... and %1 more refused.</source>
        <translation>……另有 %1 条未通过。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="397"/>
        <source>Working through the selected results...</source>
        <translation>正在处理选中的成绩…</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="210"/>
        <source>New room</source>
        <translation>新建考场</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="211"/>
        <source>&amp;Code</source>
        <translation>考场编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="211"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="212"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="212"/>
        <source>&amp;Rows</source>
        <translation>行数(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="213"/>
        <source>C&amp;olumns</source>
        <translation>列数(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RoomGridEditor</name>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="58"/>
        <source>Out of use (Space)</source>
        <translation>停用（空格键）</translation>
    </message>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="59"/>
        <source>Accessible seat (A)</source>
        <translation>无障碍座位（A）</translation>
    </message>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="60"/>
        <source>Reserved seat (R)</source>
        <translation>预留座位（R）</translation>
    </message>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="61"/>
        <source>Front (desk / door)</source>
        <translation>前方（讲台 / 门）</translation>
    </message>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="62"/>
        <source>Seat layout</source>
        <translation>座位布局</translation>
    </message>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="182"/>
        <source>Acc.</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/room_grid_editor.py" line="182"/>
        <source>Res.</source>
        <translation>预</translation>
    </message>
</context>
<context>
    <name>RoomTiles</name>
    <message>
        <location filename="../screens/seating/overview.py" line="123"/>
        <source>checked in</source>
        <translation>已检录</translation>
    </message>
    <message>
        <location filename="../screens/seating/overview.py" line="125"/>
        <source>Absent %1 · waiting %2</source>
        <translation>缺考 %1 · 待检 %2</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <location filename="../screens/rooms/models.py" line="48"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="50"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="51"/>
        <source>Rows × columns</source>
        <translation>行 × 列</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="52"/>
        <source>Usable seats</source>
        <translation>可用座位</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="53"/>
        <source>Exam capacity</source>
        <translation>考试容量</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="54"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
</context>
<context>
    <name>RoomsScreen</name>
    <message>
        <location filename="../screens/rooms/view.py" line="141"/>
        <source>New room...</source>
        <translation>新建考场...</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="142"/>
        <source>Delete room</source>
        <translation>删除考场</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="143"/>
        <source>Sessions of the batch</source>
        <translation>本批次场次</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="144"/>
        <source>Add session... (Ctrl+N)</source>
        <translation>添加场次...（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="145"/>
        <source>Change session... (Enter)</source>
        <translation>修改场次...（回车）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="146"/>
        <source>Delete session (Del)</source>
        <translation>删除场次（Del）</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="216"/>
        <source>Saved: %1 usable seats, exam capacity %2.</source>
        <translation>已保存：可用座位 %1 个，考试容量 %2。</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="219"/>
        <source>%1 seated candidates have a new seat number: reprint their admission tickets.</source>
        <translation>%1 名已编排考生的座位号已改变：请重新打印其准考证。</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="246"/>
        <source>Delete room %1 and its seats?</source>
        <translation>删除考场 %1 及其全部座位？</translation>
    </message>
    <message>
        <location filename="../screens/rooms/view.py" line="288"/>
        <source>Delete session %1?</source>
        <translation>删除场次 %1？</translation>
    </message>
</context>
<context>
    <name>RubricForm</name>
    <message>
        <location filename="../screens/scoring/form.py" line="23"/>
        <source>max %1 · step %2</source>
        <translation>满分 %1 · 步长 %2</translation>
    </message>
    <message>
        <location filename="../screens/scoring/form.py" line="24"/>
        <source>veto item</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../screens/scoring/form.py" line="25"/>
        <source>Type points such as 12 or 12.5.</source>
        <translation>请输入分数，例如 12 或 12.5。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/form.py" line="26"/>
        <source>saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../screens/scoring/form.py" line="27"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../screens/scoring/form.py" line="28"/>
        <source>Total %1 / %2</source>
        <translation>合计 %1 / %2</translation>
    </message>
</context>
<context>
    <name>RubricItemsModel</name>
    <message>
        <location filename="../screens/rubrics/models.py" line="137"/>
        <source>Item</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="138"/>
        <source>Max points</source>
        <translation>配分</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="139"/>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="140"/>
        <source>Veto item</source>
        <translation>否决项</translation>
    </message>
</context>
<context>
    <name>RubricSubjectsModel</name>
    <message>
        <location filename="../screens/rubrics/models.py" line="44"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="45"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="46"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="47"/>
        <source>Rubric</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="48"/>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="52"/>
        <source>No rubric</source>
        <translation>无评分表</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="53"/>
        <source>Optional</source>
        <translation>可不设</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="54"/>
        <source>Ready</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="55"/>
        <source>Total is not 100</source>
        <translation>合计不是 100 分</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/models.py" line="56"/>
        <source>In use (marks entered)</source>
        <translation>使用中（已有评分）</translation>
    </message>
</context>
<context>
    <name>RubricsScreen</name>
    <message>
        <location filename="../screens/rubrics/view.py" line="148"/>
        <source>&amp;Import workbook...</source>
        <translation>导入评分表(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="148"/>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="149"/>
        <source>Empty &amp;template...</source>
        <translation>空白模板(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="149"/>
        <source>&amp;Add item (Ctrl+N)</source>
        <translation>添加项目(&amp;A) (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="150"/>
        <source>&amp;Remove item</source>
        <translation>删除项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="150"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="151"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="151"/>
        <source>&amp;Save rubric (Ctrl+S)</source>
        <translation>保存评分表(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="155"/>
        <source>Subjects and their rubrics</source>
        <translation>科目及评分表</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="156"/>
        <source>Rubric items</source>
        <translation>评分项目</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="157"/>
        <source>Rubric &amp;name:</source>
        <translation>评分表名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="212"/>
        <source>Total: %1 of 100 points</source>
        <translation>合计：%1 / 100 分</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="247"/>
        <source>The rubric has problems; see the list under the items.</source>
        <translation>评分表有问题，请查看项目表下方的说明。</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="254"/>
        <source>Saved the rubric &quot;%1&quot;.</source>
        <translation>已保存评分表“%1”。</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="264"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="267"/>
        <source>Import rubrics</source>
        <translation>导入评分表</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="273"/>
        <source>Export rubrics</source>
        <translation>导出评分表</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="279"/>
        <source>Save the empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="283"/>
        <source>Wrote %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="289"/>
        <source>Importing rubrics...</source>
        <translation>正在导入评分表...</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="294"/>
        <source>Imported %1 rubrics with %2 items from %3.</source>
        <translation>已从 %3 导入 %1 张评分表，共 %2 个评分项目。</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="306"/>
        <source>Nothing was imported; correct these rows and import again:</source>
        <translation>未导入任何数据；请更正以下各行后重新导入：</translation>
    </message>
    <message>
        <location filename="../screens/rubrics/view.py" line="312"/>
        <source>Exported %1 items to %2.</source>
        <translation>已导出 %1 个评分项目到 %2。</translation>
    </message>
</context>
<context>
    <name>ScanForm</name>
    <message>
        <location filename="../screens/custody/scan.py" line="138"/>
        <source>Scan a handover</source>
        <translation>交接扫码</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="139"/>
        <source>&amp;1 Packet QR</source>
        <translation>&amp;1 试卷袋二维码</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="139"/>
        <source>&amp;2 Step</source>
        <translation>&amp;2 环节</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="139"/>
        <source>&amp;3 Giver&apos;s badge</source>
        <translation>&amp;3 交出人证卡</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="140"/>
        <source>&amp;4 Receiver&apos;s badge</source>
        <translation>&amp;4 接收人证卡</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="140"/>
        <source>&amp;5 Seal</source>
        <translation>&amp;5 密封情况</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="140"/>
        <source>&amp;6 Note</source>
        <translation>&amp;6 备注</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="143"/>
        <source>Scan the QR label of the packet</source>
        <translation>扫描试卷袋上的二维码标签</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="144"/>
        <source>Scan the badge of who hands it over</source>
        <translation>扫描交出人的证卡</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="145"/>
        <source>Scan the badge of who takes it</source>
        <translation>扫描接收人的证卡</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="146"/>
        <source>Required when the seal is broken</source>
        <translation>密封破损时必须填写</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="157"/>
        <source>Intact (Enter saves)</source>
        <translation>完好（按回车保存）</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="158"/>
        <source>Broken: describe it in the note</source>
        <translation>破损：请在备注中说明</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="161"/>
        <source>&amp;Save handover</source>
        <translation>保存交接(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="162"/>
        <source>Start over (Esc)</source>
        <translation>重新扫码（Esc）</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="206"/>
        <source>%1 · %2 %3 · %4 · %5 copies</source>
        <translation>%1 · %2 %3 · %4 · %5 份</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="210"/>
        <source>Now held by %1 (%2)</source>
        <translation>当前保管人：%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="231"/>
        <source>(this step expects: %1)</source>
        <translation>（本环节应为：%1）</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="298"/>
        <source>Scan the packet first.</source>
        <translation>请先扫描试卷袋。</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="299"/>
        <source>Scan the giver&apos;s badge.</source>
        <translation>请扫描交出人的证卡。</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="300"/>
        <source>Scan the receiver&apos;s badge.</source>
        <translation>请扫描接收人的证卡。</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="319"/>
        <source>Saved: %1, %2, %3 → %4.</source>
        <translation>已保存：%1，%2，%3 → %4。</translation>
    </message>
    <message>
        <location filename="../screens/custody/scan.py" line="323"/>
        <source>Flagged: %1</source>
        <translation>异常：%1</translation>
    </message>
</context>
<context>
    <name>ScansModel</name>
    <message>
        <location filename="../screens/checkin/models.py" line="35"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/checkin/models.py" line="36"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../screens/checkin/models.py" line="37"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/checkin/models.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/checkin/models.py" line="39"/>
        <source>Desk</source>
        <translation>检录台</translation>
    </message>
    <message>
        <location filename="../screens/checkin/models.py" line="41"/>
        <source>%1 (reversed)</source>
        <translation>%1（已撤销）</translation>
    </message>
</context>
<context>
    <name>ScoringScreen</name>
    <message>
        <location filename="../screens/scoring/view.py" line="127"/>
        <source>Sign in as an examiner to see your candidates.</source>
        <translation>请以考评员身份登录，查看分配给您的考生。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="128"/>
        <source>Sign in...</source>
        <translation>登录...</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="130"/>
        <source>Examiner: %1</source>
        <translation>考评员：%1</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="131"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="148"/>
        <source>Sign in with your own account: you see and score only yours.</source>
        <translation>请使用本人账号登录：只能查看和评分分配给您的考生。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="149"/>
        <source>Examiner sign-in</source>
        <translation>考评员登录</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="165"/>
        <source>The account %1 is not an examiner or expert of this batch.</source>
        <translation>账号 %1 不是本批次的考评员或专家。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="207"/>
        <source>No candidates are assigned to you in this batch.</source>
        <translation>本批次没有分配给您的考生。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="260"/>
        <source>That was the last candidate in your list.</source>
        <translation>已是列表中的最后一名考生。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="297"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="297"/>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="299"/>
        <source>Take back the record for %1? Give the reason.</source>
        <translation>撤销 %1 的这条记录？请填写原因。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="300"/>
        <source>Recorded by mistake</source>
        <translation>误记录</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="302"/>
        <source>Record %1 as absent. Add a note.</source>
        <translation>将 %1 记录为缺考，请填写说明。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="303"/>
        <source>Did not come to the exam</source>
        <translation>未到考场参加考试</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="303"/>
        <source>Left before starting</source>
        <translation>开考前离开</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="305"/>
        <source>Record misconduct by %1. Describe what happened.</source>
        <translation>记录 %1 的违纪行为，请说明情况。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="306"/>
        <source>Brought prohibited items</source>
        <translation>携带违禁物品</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="307"/>
        <source>Copied from another candidate</source>
        <translation>抄袭他人</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="330"/>
        <source>Submit and sign</source>
        <translation>提交并签名</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="331"/>
        <source>Submit the marks for %1 (%2)? Confirm with your password; they cannot be changed afterwards.</source>
        <translation>提交 %1 的评分（%2）？请输入密码确认；提交后不能再修改。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="346"/>
        <source>Submitted and signed: %1.</source>
        <translation>已提交并签名：%1。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="370"/>
        <source>Sign in first, then scan the ticket.</source>
        <translation>请先登录，再扫描准考证。</translation>
    </message>
    <message>
        <location filename="../screens/scoring/view.py" line="377"/>
        <source>Ticket %1 is not among the candidates assigned to you.</source>
        <translation>准考证 %1 不在分配给您的考生中。</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <location filename="../screens/readiness/panels.py" line="167"/>
        <source>Room seal</source>
        <translation>考场封场</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="168"/>
        <source>&amp;Seal room</source>
        <translation>封场(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="169"/>
        <source>&amp;Unseal...</source>
        <translation>解除封场(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="174"/>
        <source>Choose a room or one of its items.</source>
        <translation>请选择考场或其检查项。</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="179"/>
        <source>%1 of %2 items done · %3 open rectifications</source>
        <translation>已完成 %1/%2 项 · 未关闭整改 %3 项</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="183"/>
        <source>Sealed by %1</source>
        <translation>封场人：%1</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="185"/>
        <source>Seal lifted %1: %2</source>
        <translation>已于 %1 解除封场：%2</translation>
    </message>
    <message>
        <location filename="../screens/readiness/panels.py" line="189"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>SeatDetailPane</name>
    <message>
        <location filename="../screens/seating/detail.py" line="21"/>
        <source>Sits next to a candidate of the same work unit</source>
        <translation>与同一工作单位的考生相邻</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="23"/>
        <source>Sits next to a candidate of the same training class</source>
        <translation>与同一培训班的考生相邻</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="76"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="77"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="77"/>
        <source>Occupation, level</source>
        <translation>职业（工种）、等级</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="78"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="78"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="79"/>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="81"/>
        <source>Check-in history</source>
        <translation>检录记录</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="82"/>
        <source>Seat changes</source>
        <translation>调座记录</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="90"/>
        <source>No seat selected</source>
        <translation>未选择座位</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="93"/>
        <source>Seat %1 · %2</source>
        <translation>座位 %1 · %2</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="96"/>
        <source>No candidate</source>
        <translation>空座</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="96"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="114"/>
        <source>No scans yet.</source>
        <translation>尚无检录记录。</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="115"/>
        <source>Never moved.</source>
        <translation>未调过座位。</translation>
    </message>
    <message>
        <location filename="../screens/seating/detail.py" line="132"/>
        <source>%1 %2 seat %3 → %4 seat %5 · %6 (%7)</source>
        <translation>%1 %2 %3号座 → %4 %5号座 · %6（%7）</translation>
    </message>
</context>
<context>
    <name>SeatMap</name>
    <message>
        <location filename="../widgets/seat_map.py" line="46"/>
        <source>Empty</source>
        <translation>空座</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="47"/>
        <source>Assigned</source>
        <translation>已编排</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="48"/>
        <source>Checked in</source>
        <translation>已检录</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="49"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="50"/>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="53"/>
        <source>Podium · front</source>
        <translation>讲台 · 前</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="54"/>
        <source>Out of use</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="55"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="56"/>
        <source>Accessible</source>
        <translation>无障碍座位</translation>
    </message>
    <message>
        <location filename="../widgets/seat_map.py" line="57"/>
        <source>No room selected</source>
        <translation>未选择考场</translation>
    </message>
</context>
<context>
    <name>SeatingScreen</name>
    <message>
        <location filename="../screens/seating/view.py" line="169"/>
        <source>Sitting</source>
        <translation>场次时间</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="170"/>
        <source>All rooms (Backspace)</source>
        <translation>全部考场（Backspace）</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="171"/>
        <source>Fit (0)</source>
        <translation>适合窗口（0）</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="172"/>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>放大（+、Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="173"/>
        <source>Zoom out (-, Ctrl+wheel)</source>
        <translation>缩小（-、Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="174"/>
        <source>High contrast (F10)</source>
        <translation>高对比度（F10）</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="175"/>
        <source>Draw seats...</source>
        <translation>编排座位…</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="176"/>
        <source>Print room documents...</source>
        <translation>打印考场资料…</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="321"/>
        <source>%1 %2 · Seats %3 · Expected %4 · Checked in %5 · Absent %6 · Waiting %7 · Needs attention %8</source>
        <translation>%1 %2 · 座位 %3 · 应到 %4 · 已检录 %5 · 缺考 %6 · 待检 %7 · 需关注 %8</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="326"/>
        <source>%1 rooms · Expected %2 · Checked in %3 · Absent %4 · Waiting %5</source>
        <translation>%1 个考场 · 应到 %2 · 已检录 %3 · 缺考 %4 · 待检 %5</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="402"/>
        <source>Move seat</source>
        <translation>调整座位</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="403"/>
        <source>Move %1 from seat %2 to seat %3? Give the reason; it is recorded.</source>
        <translation>将 %1 从 %2 号座调到 %3 号座？请填写原因，将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="412"/>
        <source>Swap seats</source>
        <translation>互换座位</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="413"/>
        <source>Swap %1 (seat %2) and %3 (seat %4)? Give the reason; it is recorded.</source>
        <translation>互换 %1（%2 号座）与 %3（%4 号座）的座位？请填写原因，将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="422"/>
        <source>Needs an accessible seat</source>
        <translation>需要无障碍座位</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="423"/>
        <source>Separate candidates of the same work unit</source>
        <translation>隔开同一单位的考生</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="424"/>
        <source>Desk or computer out of order</source>
        <translation>桌椅或电脑故障</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="425"/>
        <source>Approved request of the candidate</source>
        <translation>考生申请，已经批准</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="445"/>
        <source>%1: seat %2 → %3 %4</source>
        <translation>%1：%2 号座 → %3 %4 号座</translation>
    </message>
    <message>
        <location filename="../screens/seating/view.py" line="450"/>
        <source>The admission ticket must be printed again: %1.</source>
        <translation>须重新打印准考证：%1。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="129"/>
        <source>Change session</source>
        <translation>修改场次</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="129"/>
        <source>Add session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="131"/>
        <source>&amp;Subject</source>
        <translation>科目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="131"/>
        <source>&amp;Room</source>
        <translation>考场(&amp;R)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="131"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="131"/>
        <source>S&amp;tarts</source>
        <translation>开始时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="132"/>
        <source>&amp;Ends</source>
        <translation>结束时间(&amp;E)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="132"/>
        <source>&amp;Late entry (minutes)</source>
        <translation>迟到限时（分钟）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="132"/>
        <source>&amp;Code</source>
        <translation>场次编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="135"/>
        <source>batch default</source>
        <translation>按批次默认</translation>
    </message>
    <message>
        <location filename="../screens/rooms/dialogs.py" line="136"/>
        <source>automatic (S00001, S00002, ...)</source>
        <translation>自动编号（S00001、S00002……）</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../screens/rooms/models.py" line="57"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="58"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="59"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/rooms/models.py" line="62"/>
        <source>Seated</source>
        <translation>已编排人数</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../screens/login/password.py" line="124"/>
        <source>ExamSite — first start</source>
        <translation>考点考务 — 首次启动</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="125"/>
        <source>Set up the site manager</source>
        <translation>设置考点负责人</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="127"/>
        <source>This database has no site manager&apos;s account yet. Create it now: the site manager logs in with it and then creates the other staff&apos;s accounts.</source>
        <translation>本数据库还没有考点负责人账号。请现在创建：考点负责人用它登录，再为其他考务人员创建账号。</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="130"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="130"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="130"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="131"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="133"/>
        <source>lower-case letters and digits, e.g. zk00001</source>
        <translation>小写字母和数字，例如 zk00001</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="134"/>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="142"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="145"/>
        <source>Enter the site manager&apos;s name.</source>
        <translation>请输入考点负责人的姓名。</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="152"/>
        <source>Creating the account...</source>
        <translation>正在创建账号……</translation>
    </message>
</context>
<context>
    <name>StaffImportDialog</name>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="81"/>
        <source>Import staff</source>
        <translation>导入考务人员</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="82"/>
        <source>Workbook (.xlsx):</source>
        <translation>工作簿（.xlsx）：</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="83"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="84"/>
        <source>Save empty template...</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="85"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="86"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="89"/>
        <source>Every row is checked first; if any row is wrong nothing is imported. A badge number already in the pool updates that person.</source>
        <translation>先逐行检查；任一行有误则整个文件不导入。人员库中已有的工作证号将更新该人员的信息。</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="98"/>
        <source>Choose the staff workbook</source>
        <translation>选择考务人员工作簿</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="99"/>
        <location filename="../screens/staffing/import_dialog.py" line="106"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="104"/>
        <source>Save the empty template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="113"/>
        <source>Choose a workbook first.</source>
        <translation>请先选择工作簿。</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="119"/>
        <source>Importing staff...</source>
        <translation>正在导入考务人员…</translation>
    </message>
    <message>
        <location filename="../screens/staffing/import_dialog.py" line="125"/>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>导入完成：新增 %1 人，更新 %2 人。</translation>
    </message>
</context>
<context>
    <name>StaffingAssignmentsModel</name>
    <message>
        <location filename="../screens/staffing/models.py" line="54"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="55"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="56"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="57"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="58"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="60"/>
        <source>Badge number</source>
        <translation>证卡号</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="61"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="62"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="102"/>
        <source>Whole batch</source>
        <translation>全批次</translation>
    </message>
</context>
<context>
    <name>StaffingChecksModel</name>
    <message>
        <location filename="../screens/staffing/models.py" line="35"/>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="36"/>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="37"/>
        <source>Blocks</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="200"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/staffing/models.py" line="202"/>
        <source>Rule / finding</source>
        <translation>规则 / 问题</translation>
    </message>
</context>
<context>
    <name>StaffingScreen</name>
    <message>
        <location filename="../screens/staffing/view.py" line="130"/>
        <source>&amp;Automatic assignment</source>
        <translation>自动编排(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="132"/>
        <source>Replace the batch&apos;s assignments with an automatic one that keeps every rule</source>
        <translation>用满足所有规则的自动编排替换本批次现有的人员编排</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="133"/>
        <source>&amp;Check rules (F5)</source>
        <translation>检查规则(&amp;C) (F5)</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="134"/>
        <source>&amp;Print badges / table... (Ctrl+P)</source>
        <translation>打印证卡/编排表(&amp;P)... (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="135"/>
        <source>Import staff...</source>
        <translation>导入考务人员…</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="136"/>
        <source>Assignments</source>
        <translation>人员编排</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="137"/>
        <source>Rule check</source>
        <translation>规则检查</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="165"/>
        <source>All staffing rules are kept.</source>
        <translation>所有考务编排规则均已满足。</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="166"/>
        <source>No rule blocks; see the warnings.</source>
        <translation>没有阻止性问题；请查看提醒。</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="167"/>
        <source>Some rules block: see the red lines.</source>
        <translation>有规则未满足：请查看红色条目。</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="169"/>
        <source>%1 assignments. %2</source>
        <translation>共 %1 项编排。%2</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="179"/>
        <source>Not enough staff:</source>
        <translation>人员不足：</translation>
    </message>
    <message>
        <location filename="../screens/staffing/view.py" line="187"/>
        <source>Assigning staff...</source>
        <translation>正在编排考务人员...</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../screens/supervision/dialog.py" line="35"/>
        <source>Internal supervision record</source>
        <translation>内部督导情况记录</translation>
    </message>
    <message>
        <location filename="../screens/supervision/dialog.py" line="36"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SupervisionNotesModel</name>
    <message>
        <location filename="../screens/supervision/models.py" line="27"/>
        <source>Room set-up</source>
        <translation>考场布置</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="28"/>
        <source>Check-in</source>
        <translation>检录入场</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="29"/>
        <source>Proctoring</source>
        <translation>监考考务</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="30"/>
        <source>Examiner scoring</source>
        <translation>考评评分</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="31"/>
        <source>Score aggregation</source>
        <translation>成绩统分</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="35"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="36"/>
        <source>Acceptable</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="37"/>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="40"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="41"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="42"/>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="60"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="61"/>
        <source>Topic</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="62"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="63"/>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="65"/>
        <source>Follow-up action</source>
        <translation>跟进措施</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="66"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="67"/>
        <source>Supervisor</source>
        <translation>督导员</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="91"/>
        <source>%1 — done %2: %3</source>
        <translation>%1 — %2 已完成：%3</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="64"/>
        <source>Observation</source>
        <translation>督导情况</translation>
    </message>
</context>
<context>
    <name>SupervisionScreen</name>
    <message>
        <location filename="../screens/supervision/view.py" line="156"/>
        <source>Observations and follow-ups</source>
        <translation>督导记录与跟进</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="157"/>
        <source>External supervision visits</source>
        <translation>外部督导来访</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="158"/>
        <source>&amp;Print record...</source>
        <translation>打印记录表(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="159"/>
        <source>Roo&amp;m:</source>
        <translation>考场(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="160"/>
        <source>S&amp;tep:</source>
        <translation>环节(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="161"/>
        <source>Open follow-ups only</source>
        <translation>只看未完成的跟进</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="181"/>
        <source>All rooms</source>
        <translation>全部考场</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="184"/>
        <source>All steps</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="195"/>
        <source>%1 observations, %2 rated a problem, %3 follow-ups open; %4 external visits</source>
        <translation>督导记录 %1 条，存在问题 %2 条，未完成跟进 %3 项；外部督导来访 %4 次</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="316"/>
        <source>Note saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="334"/>
        <source>Follow-up action saved.</source>
        <translation>跟进措施已保存。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="342"/>
        <source>Follow-up closed.</source>
        <translation>跟进已完成。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="360"/>
        <source>Arrival recorded.</source>
        <translation>已登记到达。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/view.py" line="387"/>
        <source>Departure recorded.</source>
        <translation>已登记离开。</translation>
    </message>
</context>
<context>
    <name>SupervisionVisitsModel</name>
    <message>
        <location filename="../screens/supervision/models.py" line="198"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="199"/>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="200"/>
        <source>External supervisor</source>
        <translation>外部督导员</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="201"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="202"/>
        <source>Rooms and steps seen</source>
        <translation>巡查考场及环节</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="203"/>
        <source>Findings</source>
        <translation>督导意见</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="204"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../screens/supervision/models.py" line="225"/>
        <source>still on site</source>
        <translation>尚在考点</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="124"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../tasks.py" line="125"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../screens/scoring/models.py" line="38"/>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="39"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="40"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="41"/>
        <source>Room / station</source>
        <translation>考场 / 工位</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="42"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/scoring/models.py" line="43"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
</context>
<context>
    <name>TheoryEntriesModel</name>
    <message>
        <location filename="../screens/theory_entry/models.py" line="26"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="27"/>
        <source>Misconduct</source>
        <translation>违纪</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="53"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="55"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="56"/>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
</context>
<context>
    <name>TheoryEntryScreen</name>
    <message>
        <location filename="../screens/theory_entry/view.py" line="195"/>
        <source>Import computer-based results...</source>
        <translation>导入机考成绩…</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="196"/>
        <source>Double entry</source>
        <translation>双人录入</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="197"/>
        <source>Mismatches (these scores do not count yet)</source>
        <translation>不一致名单（这些成绩暂不生效）</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="198"/>
        <source>Resolve the selected candidate</source>
        <translation>裁定所选考生</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="199"/>
        <source>I am:</source>
        <translation>当前录入员：</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="200"/>
        <source>Clerk &amp;1 (Ctrl+1)</source>
        <translation>录入员 1(&amp;1) (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="201"/>
        <source>Clerk &amp;2 (Ctrl+2)</source>
        <translation>录入员 2(&amp;2) (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="202"/>
        <source>&amp;Ticket number:</source>
        <translation>准考证号(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="204"/>
        <source>&amp;Score:</source>
        <translation>成绩(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="207"/>
        <source>Type the ticket number, Enter, the score, Enter. Type A for absent, W for misconduct.</source>
        <translation>输入准考证号，回车，输入成绩，回车。缺考输入 A，违纪输入 W。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="209"/>
        <source>Decided s&amp;core:</source>
        <translation>裁定成绩(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="211"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="213"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="214"/>
        <source>0-100, A or W</source>
        <translation>0-100，或 A、W</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="215"/>
        <source>e.g. checked against the answer sheet</source>
        <translation>例如：已核对答题卡原件</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="216"/>
        <source>Resol&amp;ve</source>
        <translation>裁定(&amp;V)</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="257"/>
        <source>%1 candidates: clerk 1 entered %2, clerk 2 entered %3; %4 agree, %5 resolved, %6 open; %7 imported from the computer-based exam.</source>
        <translation>共 %1 名考生：录入员 1 已录 %2 人，录入员 2 已录 %3 人；一致 %4 人，已裁定 %5 人，待处理 %6 人；机考导入 %7 人。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="288"/>
        <location filename="../screens/theory_entry/view.py" line="343"/>
        <source>Type a score from 0 to 100 (at most two decimals), A for absent or W for misconduct.</source>
        <translation>请输入 0 到 100 的分数（最多两位小数），缺考输入 A，违纪输入 W。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="302"/>
        <source>Saved %1 %2: %3. Waiting for the other clerk.</source>
        <translation>已保存 %1 %2：%3。等待另一名录入员录入。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="304"/>
        <source>Saved %1 %2: %3. Both entries agree.</source>
        <translation>已保存 %1 %2：%3。两次录入一致。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="306"/>
        <source>Saved %1 %2: %3. It differs from the other clerk&apos;s entry!</source>
        <translation>已保存 %1 %2：%3。与另一名录入员的录入不一致！</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="337"/>
        <source>Select a candidate in the list first.</source>
        <translation>请先在名单中选择一名考生。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="355"/>
        <source>Resolved %1 %2.</source>
        <translation>已裁定 %1 %2。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="370"/>
        <source>Choose the computer-based exam results</source>
        <translation>选择机考成绩文件</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="371"/>
        <source>Results file (*.xlsx *.csv)</source>
        <translation>成绩文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="380"/>
        <source>Importing the results...</source>
        <translation>正在导入成绩…</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="386"/>
        <source>%1: %2 scores imported, %3 absent.</source>
        <translation>%1：已导入 %2 个成绩，缺考 %3 人。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="398"/>
        <source>Nothing was imported from %1: %2 problems.</source>
        <translation>未从 %1 导入任何成绩：共 %2 个问题。</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/view.py" line="400"/>
        <source>... and %1 more.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
</context>
<context>
    <name>TheoryMismatchesModel</name>
    <message>
        <location filename="../screens/theory_entry/models.py" line="30"/>
        <source>The entries differ</source>
        <translation>两次录入不一致</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="31"/>
        <source>Clerk 1 has not entered it</source>
        <translation>录入员 1 未录入</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="32"/>
        <source>Clerk 2 has not entered it</source>
        <translation>录入员 2 未录入</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="69"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="70"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="71"/>
        <source>Clerk 1</source>
        <translation>录入员 1</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="72"/>
        <source>Clerk 2</source>
        <translation>录入员 2</translation>
    </message>
    <message>
        <location filename="../screens/theory_entry/models.py" line="73"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <location filename="../screens/transfer/view.py" line="185"/>
        <source>This computer&apos;s key</source>
        <translation>本机密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="186"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="186"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="187"/>
        <source>Key id:</source>
        <translation>密钥编号：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="187"/>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="190"/>
        <source>Export enrolment file...</source>
        <translation>导出登记文件…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="191"/>
        <source>Trust another key...</source>
        <translation>信任对方密钥…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="192"/>
        <source>Revoke...</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="193"/>
        <source>Replace key...</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="194"/>
        <source>Print fingerprint...</source>
        <translation>打印指纹…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="195"/>
        <source>Create this computer&apos;s key</source>
        <translation>创建本机密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="196"/>
        <source>Name, e.g. the site or desk</source>
        <translation>名称，例如考点或检录台</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="202"/>
        <source>Packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="204"/>
        <source>Data travels between the certification body, the site and its laptops only as encrypted, signed package files on a USB stick. A package opens only on the computers it was made for, and only from a sender whose fingerprint was compared.</source>
        <translation>评价机构、考点和考点各台电脑之间只通过U盘上加密并签名的数据包交换数据。数据包只能在指定的电脑上打开，且只接受已核对指纹的发送方。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="208"/>
        <source>Export package...</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="209"/>
        <source>Import package...</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="210"/>
        <source>Keys of this computer and of trusted computers</source>
        <translation>本机及受信任电脑的密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="211"/>
        <source>Apply its key replacement statement...</source>
        <translation>应用对方的更换密钥声明…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="213"/>
        <source>The selected computer replaced its key: choose the statement it gave you to trust its new key.</source>
        <translation>选中的电脑已更换密钥：选择对方交给您的声明文件，即可信任其新密钥。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="244"/>
        <source>Read this fingerprint out to the other computer&apos;s operator (or let them scan the QR code); they type it when they trust this computer.</source>
        <translation>请把此指纹读给对方电脑的操作人员（或让对方扫描二维码），对方信任本机时需要输入它。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="248"/>
        <source>This computer has no key yet. Choose what it is and create its key.</source>
        <translation>本机还没有密钥。请选择本机的类型并创建密钥。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="285"/>
        <source>Your account may not do this.</source>
        <translation>您的账号无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="309"/>
        <source>Enrolment request</source>
        <translation>登记文件</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="311"/>
        <source>Save the enrolment file as</source>
        <translation>登记文件保存为</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="313"/>
        <source>Enrolment requests (*.json)</source>
        <translation>登记文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="329"/>
        <source>Saving the enrolment file...</source>
        <translation>正在保存登记文件…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="333"/>
        <source>Enrolment file saved and verified: %1. Give it to the other computer and read them this fingerprint.</source>
        <translation>登记文件已保存并校验：%1。请把它交给对方电脑，并把本机指纹读给对方。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="341"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="342"/>
        <source>Save the fingerprint sheet as</source>
        <translation>指纹单保存为</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="343"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="359"/>
        <source>Replace this computer&apos;s key? Every computer that trusts this one must then be given the rotation statement (or enrol the new key); packages made for the old key can no longer be opened here.</source>
        <translation>确定更换本机密钥吗？之后必须把更换密钥声明交给每一台信任本机的电脑（或让对方重新登记新密钥）；发给旧密钥的数据包将无法在本机打开。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="363"/>
        <source>Key rotation statement</source>
        <translation>更换密钥声明</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="364"/>
        <source>Save the rotation statement as</source>
        <translation>更换密钥声明保存为</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="365"/>
        <location filename="../screens/transfer/view.py" line="423"/>
        <source>Statements (*.json)</source>
        <translation>声明文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="379"/>
        <source>Replacing the key...</source>
        <translation>正在更换密钥…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="384"/>
        <source>New key created. Give the statement %1 to every computer that trusted the old key.</source>
        <translation>新密钥已创建。请把声明文件 %1 交给每一台信任旧密钥的电脑。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="402"/>
        <source>Revoke key</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="403"/>
        <source>Stop trusting %1 (fingerprint %2)? Its packages will be refused from now on. Give a reason:</source>
        <translation>确定不再信任 %1（指纹 %2）吗？此后将拒绝其发来的数据包。请填写原因：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="405"/>
        <source>Laptop lost or stolen</source>
        <translation>笔记本电脑丢失或被盗</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="405"/>
        <source>Key replaced</source>
        <translation>密钥已更换</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="406"/>
        <source>Computer no longer used</source>
        <translation>电脑不再使用</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="422"/>
        <source>Choose the key replacement statement</source>
        <translation>选择更换密钥声明</translation>
    </message>
    <message>
        <location filename="../screens/transfer/view.py" line="445"/>
        <source>Your account may not export packages here.</source>
        <translation>您的账号无权在本机导出数据包。</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="106"/>
        <source>Trust another computer&apos;s key</source>
        <translation>信任对方密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="108"/>
        <source>Choose the other computer&apos;s enrolment request file (.json) or a package it sent (.espkg). Then read the fingerprint shown on that computer&apos;s screen or printout (by phone or in person, not from the file) and type it below. Spaces and upper/lower case do not matter.</source>
        <translation>请选择对方电脑的登记文件（.json）或对方发来的数据包（.espkg）。然后读取对方电脑屏幕上或打印件上显示的指纹（通过电话或当面核对，不要从文件里读），并在下面输入。空格和大小写不影响。</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="112"/>
        <source>Choose file...</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="113"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="114"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="114"/>
        <source>Key id:</source>
        <translation>密钥编号：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="115"/>
        <source>Fingerprint in the file:</source>
        <translation>文件中的指纹：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="116"/>
        <source>Fingerprint you read on the other computer:</source>
        <translation>您在对方电脑上读到的指纹：</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="120"/>
        <source>Trust this key</source>
        <translation>信任此密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="121"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="131"/>
        <source>Choose an enrolment request or a package</source>
        <translation>选择登记文件或数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="132"/>
        <source>Enrolment requests and packages (*.json *.espkg);;All files (*)</source>
        <translation>登记文件和数据包 (*.json *.espkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="141"/>
        <source>Reading the file...</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../screens/transfer/trust_dialog.py" line="176"/>
        <source>Trusted: %1 (%2)</source>
        <translation>已信任：%1（%2）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../screens/results/review.py" line="124"/>
        <source>%1
The marks ticked below go back to their examiners as drafts, and the result must be verified again. Sign in as the chief examiner or the site manager.</source>
        <translation>%1
勾选的评分将退回考评员重新填写（草稿），成绩须重新核对。请考评组长或考点负责人登录。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="127"/>
        <source>Unlock marks</source>
        <translation>解锁评分</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="137"/>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="138"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="150"/>
        <source>Tick at least one mark.</source>
        <translation>请至少勾选一份评分。</translation>
    </message>
    <message>
        <location filename="../screens/results/review.py" line="152"/>
        <source>Give the reason for the unlock.</source>
        <translation>请填写解锁理由。</translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <location filename="../screens/login/session.py" line="69"/>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../screens/login/session.py" line="70"/>
        <source>&amp;Switch user...</source>
        <translation>切换用户(&amp;S)……</translation>
    </message>
    <message>
        <location filename="../screens/login/session.py" line="71"/>
        <source>&amp;Lock</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../screens/login/session.py" line="72"/>
        <source>&amp;Change password...</source>
        <translation>修改密码(&amp;C)……</translation>
    </message>
    <message>
        <location filename="../screens/login/session.py" line="80"/>
        <source>System (not logged in)</source>
        <translation>系统（未登录）</translation>
    </message>
    <message>
        <location filename="../screens/login/session.py" line="82"/>
        <source>User: %1 (%2) · %3</source>
        <translation>当前用户：%1（%2）· %3</translation>
    </message>
    <message>
        <location filename="../screens/login/session.py" line="160"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../screens/users/view.py" line="73"/>
        <source>&amp;New account...</source>
        <translation>新建账号(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../screens/users/view.py" line="74"/>
        <source>&amp;Roles...</source>
        <translation>修改角色(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../screens/users/view.py" line="75"/>
        <source>Reset &amp;password...</source>
        <translation>重置密码(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../screens/users/view.py" line="85"/>
        <source>Only the site manager and the certification body&apos;s administrator manage accounts. To change your own password use User → Change password.</source>
        <translation>只有考点负责人和鉴定机构管理员可以管理账号。修改自己的密码请用“用户 → 修改密码”。</translation>
    </message>
    <message>
        <location filename="../screens/users/view.py" line="89"/>
        <source>One account per person. A deactivated account can no longer log in; its records stay. Every change is in the audit trail.</source>
        <translation>每人一个账号。停用的账号不能再登录，其记录保留。每次变更都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../screens/users/view.py" line="120"/>
        <source>&amp;Deactivate...</source>
        <translation>停用(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../screens/users/view.py" line="121"/>
        <source>Re&amp;activate...</source>
        <translation>重新启用(&amp;A)...</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../screens/supervision/panels.py" line="235"/>
        <source>External supervisor&apos;s visit</source>
        <translation>外部督导来访</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="236"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="236"/>
        <source>Or&amp;ganisation:</source>
        <translation>单位(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="236"/>
        <source>Arri&amp;ved:</source>
        <translation>到达时间(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="237"/>
        <source>Rooms and s&amp;teps seen:</source>
        <translation>巡查考场及环节(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="237"/>
        <source>&amp;Findings:</source>
        <translation>督导意见(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="238"/>
        <source>&amp;Left:</source>
        <translation>离开时间(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="241"/>
        <source>e.g. the supervising authority</source>
        <translation>例如：主管部门</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="242"/>
        <source>What the external supervisor found and asked for</source>
        <translation>外部督导员发现的情况和提出的要求</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="244"/>
        <source>Ne&amp;w visit</source>
        <translation>新来访(&amp;W)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="245"/>
        <source>Record &amp;arrival</source>
        <translation>登记到达(&amp;A)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="246"/>
        <source>Record &amp;departure</source>
        <translation>登记离开(&amp;D)</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="253"/>
        <source>New visit: fill in and record the arrival.</source>
        <translation>新来访：填写后登记到达。</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="255"/>
        <source>Selected: %1, on site since %2</source>
        <translation>已选：%1，%2 起在考点</translation>
    </message>
    <message>
        <location filename="../screens/supervision/panels.py" line="259"/>
        <source>Selected: %1, left at %2</source>
        <translation>已选：%1，%2 离开</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../screens/login/password.py" line="68"/>
        <location filename="../screens/login/password.py" line="82"/>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="70"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/login/password.py" line="87"/>
        <source>The two passwords differ; type the new one again.</source>
        <translation>两次输入的密码不一致，请重新输入新密码。</translation>
    </message>
</context>
<context>
    <name>archive_records</name>
    <message>
        <location filename="../screens/archive/index_labels.py" line="11"/>
        <source>Application forms and eligibility evidence</source>
        <translation>报名表及申报条件证明材料</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="13"/>
        <source>Staff meeting attendance and duties</source>
        <translation>考务工作会签到及分工记录</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="15"/>
        <source>Room readiness checklists, rectifications and seals</source>
        <translation>考场准备检查表、整改及封场记录</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="17"/>
        <source>Sign-in sheets, seat charts and door notices</source>
        <translation>考场签到表、座位表及门贴</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="19"/>
        <source>Room incident records (absence, misconduct, emergencies)</source>
        <translation>考场记录（缺考、违纪、突发情况）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="21"/>
        <source>Papers and answer sheets (sealed packets)</source>
        <translation>试卷及答题卡（密封袋）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="22"/>
        <source>Paper printing, handover and custody records</source>
        <translation>试卷印制、交接、保管记录</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="24"/>
        <source>Change approvals and notices</source>
        <translation>考务变更审批及通知</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="25"/>
        <source>Theory and practical scoring records (signed)</source>
        <translation>理论、操作技能考核评分记录表（签字）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="27"/>
        <source>Score roster (signed and stamped)</source>
        <translation>成绩花名册（签名盖章）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="28"/>
        <source>Evaluation report</source>
        <translation>考评报告</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="29"/>
        <source>Internal supervision record and external visits</source>
        <translation>内部督导情况记录表及外部督导记录</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="31"/>
        <source>Publicity documents</source>
        <translation>公示文件</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="32"/>
        <source>Candidate registrations and photos (electronic)</source>
        <translation>考生报名信息及照片（电子）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="34"/>
        <source>Check-in records (electronic)</source>
        <translation>检录记录（电子）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="35"/>
        <source>Marks and results (electronic)</source>
        <translation>评分及成绩数据（电子）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="36"/>
        <source>Site operations log: readiness, incidents, supervision, custody, changes (electronic)</source>
        <translation>考务记录（准备检查、考场记录、督导、试卷流转、变更，电子）</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="39"/>
        <source>Audit trail</source>
        <translation>操作审计日志</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="40"/>
        <source>Surveillance video of the rooms</source>
        <translation>考场全程监控录像</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="41"/>
        <source>Encrypted batch archive files</source>
        <translation>批次加密归档文件</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="43"/>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <location filename="../screens/archive/index_labels.py" line="44"/>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
</context>
<context>
    <name>audit_actions</name>
    <message>
        <location filename="../audit_actions.py" line="13"/>
        <source>Archive exported</source>
        <translation>导出批次档案</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="14"/>
        <source>Batch purged</source>
        <translation>清除批次数据</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="15"/>
        <source>Timeline step done</source>
        <translation>登记时间节点完成</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="16"/>
        <source>Candidates imported</source>
        <translation>导入考生</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="17"/>
        <source>Registration imported</source>
        <translation>导入报名</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="18"/>
        <source>Demo data created</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="19"/>
        <source>Check-in: admitted</source>
        <translation>检录：准予入场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="20"/>
        <source>Check-in: wrong session</source>
        <translation>检录：场次不符</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="21"/>
        <source>Check-in: wrong room</source>
        <translation>检录：考场不符</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="22"/>
        <source>Check-in: already checked in</source>
        <translation>检录：已检录</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="24"/>
        <source>Check-in: not registered</source>
        <translation>检录：未报名</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="25"/>
        <source>Check-in: forged ticket</source>
        <translation>检录：伪造准考证</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="26"/>
        <source>Check-in: unreadable scan</source>
        <translation>检录：无法识读</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="27"/>
        <source>Check-in: revoked ticket</source>
        <translation>检录：准考证已作废</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="28"/>
        <source>Check-in: ID does not match</source>
        <translation>检录：证件不符</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="29"/>
        <source>Check-in: too early</source>
        <translation>检录：未到检录时间</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="30"/>
        <source>Check-in: too late</source>
        <translation>检录：已过入场时间</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="31"/>
        <source>Check-in: entry refused</source>
        <translation>检录：拒绝入场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="32"/>
        <source>Check-in: undone</source>
        <translation>检录：撤销</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="33"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="34"/>
        <source>Key created</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="35"/>
        <source>Key revoked</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="36"/>
        <source>Key replaced</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="37"/>
        <source>Key trusted</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="38"/>
        <source>Mark saved</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="39"/>
        <source>Absence/misconduct set</source>
        <translation>登记缺考/违纪</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="40"/>
        <source>Marks submitted</source>
        <translation>提交评分</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="41"/>
        <source>Marks returned</source>
        <translation>退回评分</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="42"/>
        <source>Room created</source>
        <translation>新建考场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="43"/>
        <source>Room changed</source>
        <translation>修改考场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="44"/>
        <source>Room deleted</source>
        <translation>删除考场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="45"/>
        <source>Room layout changed</source>
        <translation>修改考场布局</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="46"/>
        <source>Seats marked</source>
        <translation>标记座位</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="47"/>
        <source>Rubric saved</source>
        <translation>保存评分细则</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="48"/>
        <source>Rubrics imported</source>
        <translation>导入评分细则</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="49"/>
        <source>Results locked</source>
        <translation>锁定成绩</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="50"/>
        <source>Flagged score decided</source>
        <translation>裁定超差成绩</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="51"/>
        <source>Subject result locked</source>
        <translation>锁定科目成绩</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="52"/>
        <source>Result verified</source>
        <translation>核分/复核</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="53"/>
        <source>Seat moved</source>
        <translation>调换座位</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="54"/>
        <source>Seats swapped</source>
        <translation>互换座位</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="55"/>
        <source>Seats drawn</source>
        <translation>编排座位</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="56"/>
        <source>Session changed</source>
        <translation>修改场次</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="57"/>
        <source>Session created</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="58"/>
        <source>Session deleted</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="59"/>
        <source>Exam site created</source>
        <translation>新建考点</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="60"/>
        <source>Staff assigned</source>
        <translation>安排考务人员</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="61"/>
        <source>Staff assigned automatically</source>
        <translation>自动安排考务人员</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="62"/>
        <source>Staff assignment removed</source>
        <translation>取消考务安排</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="63"/>
        <source>Supervision note</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="64"/>
        <source>Theory score: entries agree</source>
        <translation>理论成绩：两次录入一致</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="65"/>
        <source>Theory score entered</source>
        <translation>录入理论成绩</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="66"/>
        <source>Theory score file imported</source>
        <translation>导入机考成绩文件</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="67"/>
        <source>Theory score imported</source>
        <translation>导入理论成绩</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="68"/>
        <source>Theory mismatch decided</source>
        <translation>裁定录入不一致</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="69"/>
        <source>Theory score withdrawn</source>
        <translation>撤回理论成绩</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="70"/>
        <source>Ticket cancelled</source>
        <translation>作废准考证</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="71"/>
        <source>Ticket reissued</source>
        <translation>补办准考证</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="72"/>
        <source>Tickets issued</source>
        <translation>签发准考证</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="73"/>
        <source>Package exported</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="74"/>
        <source>Package imported</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="75"/>
        <source>Account reactivated</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="76"/>
        <source>Account created</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="77"/>
        <source>Account deactivated</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="78"/>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="79"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="80"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="81"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="82"/>
        <source>Roles changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="83"/>
        <source>Archive place set</source>
        <translation>设置档案保管地点</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="84"/>
        <source>Staff meeting opened</source>
        <translation>召开考务工作会</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="85"/>
        <source>Staff meeting: present (badge scanned)</source>
        <translation>考务工作会：到会（扫证卡）</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="87"/>
        <source>Staff meeting: duties changed</source>
        <translation>考务工作会：调整分工</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="88"/>
        <source>Staff meeting closed</source>
        <translation>考务工作会结束</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="89"/>
        <source>Change of time/place requested</source>
        <translation>申请变更考试时间/地点</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="90"/>
        <source>Change approved by the authority</source>
        <translation>变更经监管部门同意</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="91"/>
        <source>Change refused by the authority</source>
        <translation>变更未获监管部门同意</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="92"/>
        <source>Change withdrawn</source>
        <translation>撤回变更申请</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="93"/>
        <source>Change applied</source>
        <translation>执行考务变更</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="94"/>
        <source>Supervision follow-up set</source>
        <translation>设置督导整改事项</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="96"/>
        <source>Supervision follow-up closed</source>
        <translation>督导整改事项办结</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="98"/>
        <source>External supervisor arrived</source>
        <translation>外部督导员到场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="99"/>
        <source>External supervisor left</source>
        <translation>外部督导员离场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="100"/>
        <source>Readiness item checked</source>
        <translation>考前准备检查项已检查</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="101"/>
        <source>Rectification opened</source>
        <translation>已提出整改</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="103"/>
        <source>Rectification closed</source>
        <translation>整改已关闭</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="105"/>
        <source>Room sealed</source>
        <translation>考场已封场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="106"/>
        <source>Room unsealed</source>
        <translation>考场已解除封场</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="107"/>
        <source>Incident recorded</source>
        <translation>登记考场记录</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="108"/>
        <source>Incident record voided</source>
        <translation>作废考场记录</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="109"/>
        <source>Paper packets registered</source>
        <translation>登记试卷袋</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="111"/>
        <source>Paper packet handed over</source>
        <translation>试卷袋交接</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="112"/>
        <source>Publicity published</source>
        <translation>发布公示</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="113"/>
        <source>Certification plan made</source>
        <translation>制定认定计划</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="114"/>
        <source>Staff imported from a workbook</source>
        <translation>从工作簿导入考务人员</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="115"/>
        <source>Announcement printed</source>
        <translation>打印认定公告</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="116"/>
        <source>Timeline check overridden</source>
        <translation>越过时间节点检查</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="117"/>
        <source>Publicity objection recorded</source>
        <translation>登记公示异议</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="119"/>
        <source>Publicity objection settled</source>
        <translation>处理公示异议</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="121"/>
        <source>Publicity closed</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="122"/>
        <source>Eligibility conditions replaced</source>
        <translation>申报条件已修改</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="124"/>
        <source>Eligibility conditions imported</source>
        <translation>申报条件已导入</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="126"/>
        <source>Eligibility condition set chosen</source>
        <translation>选定申报条件集</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="128"/>
        <source>Application checked against the conditions</source>
        <translation>报名按申报条件审核</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="130"/>
        <source>Eligibility conditions applied to the batch</source>
        <translation>批次按申报条件审核</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="132"/>
        <source>Application accepted</source>
        <translation>报名已受理</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="133"/>
        <source>Application refused</source>
        <translation>报名不予受理</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="134"/>
        <source>Declared eligibility facts set</source>
        <translation>申报情况已修改</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="135"/>
        <source>Certificate issued</source>
        <translation>生成证书数据</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="136"/>
        <source>Certificates issued for the batch</source>
        <translation>批次证书数据生成</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="138"/>
        <source>Certificate revoked</source>
        <translation>注销证书</translation>
    </message>
    <message>
        <location filename="../audit_actions.py" line="139"/>
        <source>Certificate number rule changed</source>
        <translation>修改证书编号规则</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../app/messages.py" line="756"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="757"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="758"/>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="759"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="760"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="761"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="762"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="763"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="764"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="765"/>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="766"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="767"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="769"/>
        <source>Prior certificate occupation</source>
        <translation>原证书职业（工种）</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="770"/>
        <source>Prior certificate level</source>
        <translation>原证书等级</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="771"/>
        <source>Prior certificate date</source>
        <translation>原证书发证日期</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="772"/>
        <source>Years in the occupation</source>
        <translation>本职业工作年限</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="773"/>
        <source>Training completed</source>
        <translation>已完成培训</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="774"/>
        <source>Student</source>
        <translation>在校生</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="775"/>
        <source>Condition set</source>
        <translation>条件集</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="776"/>
        <source>Route</source>
        <translation>途径</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="777"/>
        <source>Condition type</source>
        <translation>条件类型</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="778"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="779"/>
        <source>Related occupation</source>
        <translation>相关职业</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="780"/>
        <source>Condition text</source>
        <translation>条件原文</translation>
    </message>
</context>
<context>
    <name>custody</name>
    <message>
        <location filename="../screens/custody/labels.py" line="10"/>
        <source>Printed and sealed</source>
        <translation>印制封装</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="11"/>
        <source>Into the secure room</source>
        <translation>入保密室</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="12"/>
        <source>Handed to the room</source>
        <translation>发放至考场</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="13"/>
        <source>Collected after the exam</source>
        <translation>考后回收</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="14"/>
        <source>Returned to the body</source>
        <translation>交回评价机构</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="17"/>
        <source>printing staff → courier or keeper</source>
        <translation>印制人员 → 押运或保管人员</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="18"/>
        <source>courier → secure room keeper</source>
        <translation>押运人员 → 保密室保管人员</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="19"/>
        <source>secure room keeper → proctor of the room</source>
        <translation>保密室保管人员 → 本考场监考员</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="20"/>
        <source>proctor of the room → exam office</source>
        <translation>本考场监考员 → 考务办公室</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="21"/>
        <source>exam office → certification body</source>
        <translation>考务办公室 → 评价机构人员</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="24"/>
        <source>Missing step: %1</source>
        <translation>缺少环节：%1</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="25"/>
        <source>Scanned out of order: %1</source>
        <translation>环节顺序颠倒：%1</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="26"/>
        <source>Seal broken at: %1</source>
        <translation>密封破损：%1</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="27"/>
        <source>Overdue: %1</source>
        <translation>逾期未完成：%1</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="28"/>
        <source>Giver did not hold the packet: %1</source>
        <translation>交接人不连续：%1</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="30"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="32"/>
        <source>Papers</source>
        <translation>试卷</translation>
    </message>
    <message>
        <location filename="../screens/custody/labels.py" line="33"/>
        <source>Answer sheets</source>
        <translation>答题卡</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="38"/>
        <location filename="../dialogs.py" line="87"/>
        <source>ExamSite</source>
        <translation>考点考务</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
</context>
<context>
    <name>gate_override</name>
    <message>
        <location filename="../gate_override.py" line="25"/>
        <source>Timeline check</source>
        <translation>时间节点检查</translation>
    </message>
    <message>
        <location filename="../gate_override.py" line="26"/>
        <source>To go ahead anyway, say why (kept in the audit trail):</source>
        <translation>如仍要继续，请说明理由（记入审计日志）：</translation>
    </message>
    <message>
        <location filename="../gate_override.py" line="34"/>
        <source>Say why in at least %1 characters:</source>
        <translation>请至少用 %1 个字说明理由：</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../labels.py" line="8"/>
        <source>Level 1 / Senior technician</source>
        <translation>一级/高级技师</translation>
    </message>
    <message>
        <location filename="../labels.py" line="9"/>
        <source>Level 2 / Technician</source>
        <translation>二级/技师</translation>
    </message>
    <message>
        <location filename="../labels.py" line="10"/>
        <source>Level 3 / Senior worker</source>
        <translation>三级/高级工</translation>
    </message>
    <message>
        <location filename="../labels.py" line="11"/>
        <source>Level 4 / Intermediate worker</source>
        <translation>四级/中级工</translation>
    </message>
    <message>
        <location filename="../labels.py" line="12"/>
        <source>Level 5 / Junior worker</source>
        <translation>五级/初级工</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Theory</source>
        <translation>理论知识</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Practical skills</source>
        <translation>技能操作</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>Comprehensive review</source>
        <translation>综合评审</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>HK/Macao/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>National rules (calendar days)</source>
        <translation>国家规程（自然日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Guangxi rules (working days)</source>
        <translation>广西细则（工作日）</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Theory room</source>
        <translation>理论考场</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Computer room</source>
        <translation>机考考场</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Practical workshop</source>
        <translation>实操场地</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Announcement published</source>
        <translation>发布公告</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Plan made on the platform</source>
        <translation>平台制定计划</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Registration closed and submitted</source>
        <translation>结束报名录入并提交</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Candidate data reported and publicized</source>
        <translation>上报考生数据并公示</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Rooms arranged, tickets issued</source>
        <translation>考场编排、核发准考证</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Staff arranged and reported</source>
        <translation>考务编排并上报</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Papers assembled</source>
        <translation>完成组卷</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Rooms set up and sealed</source>
        <translation>考场布置并封场</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Results published</source>
        <translation>公布成绩</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Scores aggregated and reported</source>
        <translation>成绩汇总并上报</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Certificates made</source>
        <translation>制作证书</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Unknown</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>%1 calendar days %2</source>
        <translation>%2 %1 个自然日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>%1 working days %2</source>
        <translation>%2 %1 个工作日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>1 calendar day %2</source>
        <translation>%2 1 个自然日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>1 working day %2</source>
        <translation>%2 1 个工作日</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>before the exam</source>
        <translation>认定前</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>after the exam</source>
        <translation>认定后</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../screens/login/common.py" line="47"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/messages.py" line="28"/>
        <source>The file {path} is not an ExamSite database.</source>
        <translation>文件 {path} 不是考点考务数据库。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="31"/>
        <source>The database {path} cannot be opened with this key: the key ring beside it does not belong to it.</source>
        <translation>无法用此密钥打开数据库 {path}：旁边的密钥环不属于该数据库。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="34"/>
        <source>The database {path} is encrypted: open it with a user name and password.</source>
        <translation>数据库 {path} 已加密，请使用用户名和密码打开。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="36"/>
        <source>The key ring {keyring} of the encrypted database is missing; without it the database cannot be opened.</source>
        <translation>加密数据库的密钥环 {keyring} 缺失，没有它无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="39"/>
        <source>The key ring {path} is damaged or of an unknown version.</source>
        <translation>密钥环 {path} 已损坏或版本未知。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="41"/>
        <source>The database {path} already exists; choose a new file.</source>
        <translation>数据库 {path} 已存在，请选择一个新文件。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="43"/>
        <source>Batch {batch_id} does not exist.</source>
        <translation>批次 {batch_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="44"/>
        <source>This database has no batch yet. Create the demo or import a site package.</source>
        <translation>此数据库中还没有批次。请生成演示数据或导入考点数据包。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="46"/>
        <source>Candidate {candidate_id} does not exist.</source>
        <translation>考生 {candidate_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="48"/>
        <source>The number of demo candidates must be between 1 and 100000 (got {count}).</source>
        <translation>演示考生人数须在 1 到 100000 之间（当前为 {count}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="50"/>
        <source>This database already holds a batch; create the demo in a new file.</source>
        <translation>此数据库中已有批次，请在新文件中生成演示数据。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="53"/>
        <source>Unknown rule profile: {profile}.</source>
        <translation>未知的规则方案：{profile}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="54"/>
        <source>The number of candidates cannot be negative.</source>
        <translation>考生人数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="56"/>
        <source>Rule profile {profile} has no step {step}.</source>
        <translation>规则方案 {profile} 中没有工作节点 {step}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="58"/>
        <source>The official holiday schedule of {year} is not known; add it to the calendar override file.</source>
        <translation>尚不知道 {year} 年的法定节假日安排，请在节假日补充文件中添加。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="61"/>
        <source>The calendar override file {path} cannot be used: {detail}</source>
        <translation>节假日补充文件 {path} 无法使用：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="63"/>
        <source>The last exam day is before the first.</source>
        <translation>认定结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="65"/>
        <source>The certification body&apos;s name is empty.</source>
        <translation>评价机构名称为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="67"/>
        <source>The certification body&apos;s name contains line breaks or control characters.</source>
        <translation>评价机构名称中含有换行或控制字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="69"/>
        <source>The batch number must be 1 or more (got {batch_no}).</source>
        <translation>批次号须大于等于 1（当前为 {batch_no}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="71"/>
        <source>This is not a plan name of the form date + body name + batch number.</source>
        <translation>计划名称不符合“评价日期+机构名称+批次号”的格式。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="74"/>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="75"/>
        <source>The ID number contains characters that are not allowed: {chars}</source>
        <translation>证件号码含有不允许的字符：{chars}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="77"/>
        <source>The ID number has {length} characters; expected {expected}.</source>
        <translation>证件号码为 {length} 位，应为 {expected} 位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="79"/>
        <source>Wrong check digit: it should be {expected} but is {actual}.</source>
        <translation>校验码错误：应为 {expected}，实际为 {actual}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="81"/>
        <source>The birth date {value} in the ID number is not a real date.</source>
        <translation>证件号码中的出生日期 {value} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="83"/>
        <source>The birth date {value} in the ID number is in the future.</source>
        <translation>证件号码中的出生日期 {value} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="85"/>
        <source>The birth date {value} in the ID number is before 1900.</source>
        <translation>证件号码中的出生日期 {value} 早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="87"/>
        <source>A Hong Kong, Macao or Taiwan residence permit number starts with 810000, 820000 or 830000, not {prefix}.</source>
        <translation>港澳台居民居住证号码应以 810000、820000 或 830000 开头，而不是 {prefix}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="90"/>
        <source>The number does not have the format of this document type ({id_type}).</source>
        <translation>号码不符合该证件类型（{id_type}）的格式。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="92"/>
        <source>The document type chosen is {expected} but the number is a {detected}.</source>
        <translation>所选证件类型为 {expected}，但号码属于 {detected}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="94"/>
        <source>The region code is not a known province; please double-check it.</source>
        <translation>地址码不是已知的省级行政区划代码，请核对。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="96"/>
        <source>The old 15-digit number was converted to the 18-digit form.</source>
        <translation>已将 15 位旧号码转换为 18 位号码。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="99"/>
        <source>Unknown seating mode {mode}: use ordinary or shuffled.</source>
        <translation>未知的编排方式 {mode}：请使用 ordinary（顺序）或 shuffled（打乱）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="101"/>
        <source>There is no exam session {session} in this batch.</source>
        <translation>本批次没有场次 {session}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="103"/>
        <source>Candidates already checked in for the sitting of {session}: its seats can no longer be drawn again (move single seats instead).</source>
        <translation>场次 {session} 已有考生检录，不能再重新编排座位（请改为单独调整座位）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="106"/>
        <source>Nobody is registered for the papers of the sitting of {session}.</source>
        <translation>场次 {session} 的试卷没有报名考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="108"/>
        <source>Not enough seats for the sitting of {session}: {needed} candidates, {available} seats in its rooms and the free rooms. Add a room first.</source>
        <translation>场次 {session} 座位不足：考生 {needed} 人，本场次考场及空闲考场共 {available} 个座位。请先增加考场。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="111"/>
        <source>{seated} candidates seated in {rooms} rooms ({mode} draw, seed {seed}).</source>
        <translation>已将 {seated} 名考生编排到 {rooms} 个考场（{mode} 编排，随机种子 {seed}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="113"/>
        <source>Overflow rooms used: {rooms}.</source>
        <translation>启用备用考场：{rooms}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="114"/>
        <source>Could not separate in room {room}: seat {first} and seat {second} ({value}).</source>
        <translation>考场 {room} 中无法分开：{first} 号座与 {second} 号座（{value}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="117"/>
        <source>{count} admission tickets were signed again with their new seats: print them again.</source>
        <translation>{count} 张准考证已按新座位重新签名，请重新打印。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="121"/>
        <source>This is not an admission ticket code, or it is damaged.</source>
        <translation>这不是准考证二维码，或二维码已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="123"/>
        <source>The ticket is signed by a key this laptop does not trust ({kid}).</source>
        <translation>准考证由本机不信任的密钥签发（{kid}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="125"/>
        <source>The ticket&apos;s signature does not match: it was edited or forged.</source>
        <translation>准考证签名不符：已被篡改或伪造。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="127"/>
        <source>The ticket belongs to another batch.</source>
        <translation>该准考证属于其他批次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="129"/>
        <source>The ticket was cancelled or replaced by a reissued one.</source>
        <translation>该准考证已作废或已被补办的新证取代。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="131"/>
        <source>No ticket with this number in this batch.</source>
        <translation>本批次没有此准考证号。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="133"/>
        <source>Nobody is seated yet: arrange the rooms before issuing tickets.</source>
        <translation>尚未编排考场座位，请先完成考场编排再核发准考证。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="135"/>
        <source>No signed tickets yet: issue the tickets first.</source>
        <translation>尚无已签发的准考证，请先核发准考证。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="137"/>
        <source>Nobody with a signed ticket sits in room {room_code}.</source>
        <translation>考场 {room_code} 中没有已签发准考证的考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="139"/>
        <source>Give a reason for cancelling or reissuing the ticket.</source>
        <translation>请填写作废或补办准考证的原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="141"/>
        <source>Ticket {ticket_no} does not exist or is already cancelled.</source>
        <translation>准考证 {ticket_no} 不存在或已作废。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="144"/>
        <source>Room {room_code} has no session in this batch.</source>
        <translation>本批次在考场 {room_code} 没有安排场次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="146"/>
        <source>Nobody is seated in room {room_code}.</source>
        <translation>考场 {room_code} 没有安排考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="148"/>
        <source>Nobody is seated yet: arrange the rooms first.</source>
        <translation>还没有安排考生座位：请先完成考场编排。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="150"/>
        <source>The ID document does not belong to the ticket&apos;s candidate.</source>
        <translation>身份证件与准考证上的考生不符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="152"/>
        <source>Genuine ticket, but the candidate is not in this laptop&apos;s data.</source>
        <translation>准考证真实有效，但本机数据中没有该考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="154"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="155"/>
        <source>An admission can only be refused or undone.</source>
        <translation>只能对准予入场的记录进行拒绝入场或撤销。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="157"/>
        <source>Check-in {event_id} does not exist.</source>
        <translation>检录记录 {event_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="158"/>
        <source>Only an admission can be refused or undone.</source>
        <translation>只有准予入场的记录才能拒绝入场或撤销。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="160"/>
        <source>This admission was already refused or undone.</source>
        <translation>该入场记录已被拒绝或撤销。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="162"/>
        <location filename="../../app/messages.py" line="286"/>
        <source>Session {session_id} does not exist.</source>
        <translation>场次 {session_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="164"/>
        <source>Absentees can be marked only after the late-entry cutoff ({cutoff}).</source>
        <translation>须在迟到截止时间（{cutoff}）之后才能标记缺考。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="167"/>
        <source>Give a reason for moving or swapping the seat.</source>
        <translation>请填写调座或换座的原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="169"/>
        <source>Seat assignment {assignment_id} does not exist.</source>
        <translation>座位编排 {assignment_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="171"/>
        <source>Seat {seat_id} does not exist.</source>
        <translation>座位 {seat_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="172"/>
        <location filename="../../app/messages.py" line="248"/>
        <location filename="../../app/messages.py" line="601"/>
        <location filename="../../app/message_sets/changes.py" line="11"/>
        <source>Room {room_id} does not exist.</source>
        <translation>考场 {room_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="173"/>
        <source>{name} already sits at seat {seat}.</source>
        <translation>{name} 已经坐在 {seat} 号座。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="175"/>
        <source>Choose two different candidates to swap.</source>
        <translation>请选择两名不同的考生互换座位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="177"/>
        <source>Seat {seat} of room {room} is out of use.</source>
        <translation>考场 {room} 的 {seat} 号座已停用。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="179"/>
        <source>Seat {seat} of room {room} is taken by {name}; swap the two candidates instead.</source>
        <translation>考场 {room} 的 {seat} 号座已有考生 {name}；请改为互换两人的座位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="182"/>
        <source>Room {room} does not hand out {name}&apos;s paper at this time: a candidate can only move to a room holding a session of the same subject and start time.</source>
        <translation>考场 {room} 此时段不发放 {name} 的试卷：考生只能调到同一科目、同一开考时间有场次的考场。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="185"/>
        <source>{name_a} and {name_b} sit at different times; only candidates of the same sitting can swap seats.</source>
        <translation>{name_a} 与 {name_b} 的考试时间不同；只有同一时段的考生才能互换座位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="188"/>
        <source>{name_a} (room {room_a}) and {name_b} (room {room_b}) sit different papers and each room hands out only its own: they cannot swap.</source>
        <translation>{name_a}（考场 {room_a}）与 {name_b}（考场 {room_b}）考的是不同试卷，各考场只发放本场试卷：不能互换。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="191"/>
        <source>{name} has already checked in for session {session}: the seat cannot be changed any more.</source>
        <translation>{name} 已在场次 {session} 检录入场：座位不能再调整。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="195"/>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="196"/>
        <source>The file {file} is not an Excel workbook (.xlsx). Save it as .xlsx from Excel or WPS and try again.</source>
        <translation>文件 {file} 不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="199"/>
        <source>The sheet {sheet} of {file} holds no candidates.</source>
        <translation>{file} 的工作表“{sheet}”中没有考生数据。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="201"/>
        <source>The sheet {sheet} of {file} lacks the required columns: {missing}. Use the template.</source>
        <translation>{file} 的工作表“{sheet}”缺少必填列：{missing}。请使用导入模板。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="204"/>
        <source>The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so each candidate is on one row.</source>
        <translation>{file} 的工作表“{sheet}”中有合并单元格（{cells}），请取消合并，使每名考生占一行。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="207"/>
        <source>The file {file} has more than {limit} rows; split it.</source>
        <translation>文件 {file} 超过 {limit} 行，请拆分后导入。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="209"/>
        <source>Required, but empty.</source>
        <translation>必填项为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="210"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="212"/>
        <source>&quot;{value}&quot; is not a gender; write 男 or 女.</source>
        <translation>“{value}”不是有效的性别，请填写“男”或“女”。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="214"/>
        <source>The gender &quot;{value}&quot; does not match the ID number.</source>
        <translation>性别“{value}”与证件号码不符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="216"/>
        <source>The ID number is stored as a number, so Excel may have changed its last digits; format the column as text and type it again.</source>
        <translation>证件号码以数字格式保存，Excel 可能已改动末几位；请将该列设为文本格式后重新输入。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="219"/>
        <source>&quot;{value}&quot; is not a known document type.</source>
        <translation>“{value}”不是可识别的证件类型。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="221"/>
        <source>The same ID number is already on row {first_row} of this file.</source>
        <translation>相同的证件号码已出现在本表第 {first_row} 行。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="223"/>
        <source>This person is already registered in this batch.</source>
        <translation>此人已在本批次报名。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="225"/>
        <source>&quot;{value}&quot; is not a date (write it as 1990-01-31).</source>
        <translation>“{value}”不是有效日期（请按 1990-01-31 的格式填写）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="227"/>
        <source>The birth date {value} differs from the one in the ID number ({expected}).</source>
        <translation>出生日期 {value} 与证件号码中的出生日期（{expected}）不一致。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="229"/>
        <source>&quot;{value}&quot; is not an occupation of this batch.</source>
        <translation>“{value}”不是本批次开设的职业（工种）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="231"/>
        <source>&quot;{value}&quot; is not a level (write e.g. 四级 or 中级工).</source>
        <translation>“{value}”不是有效的等级（请填写如“四级”或“中级工”）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="233"/>
        <source>Level &quot;{value}&quot; of {occupation} is not offered in this batch.</source>
        <translation>本批次未开设{occupation}的“{value}”等级。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="235"/>
        <source>&quot;{value}&quot; is not a phone number.</source>
        <translation>“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="236"/>
        <source>No photo: neither in the sheet nor as a file named {file}.jpg/.png.</source>
        <translation>缺少照片：表中未插入照片，也未找到名为 {file}.jpg/.png 的照片文件。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="238"/>
        <source>The photo is larger than 5 MB.</source>
        <translation>照片超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="240"/>
        <source>The photo is not a JPEG or PNG image.</source>
        <translation>照片不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="243"/>
        <source>The code must not be empty.</source>
        <translation>编号不能为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="244"/>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="245"/>
        <source>There is already a site with the code {site}.</source>
        <translation>已有编号为 {site} 的考点。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="247"/>
        <source>Site {site_id} does not exist.</source>
        <translation>考点 {site_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="249"/>
        <source>The site already has a room with the code {room}.</source>
        <translation>本考点已有编号为 {room} 的考场。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="251"/>
        <source>Room {room}: &quot;{kind}&quot; is not a room kind (theory, computer or practical).</source>
        <translation>考场 {room}：“{kind}”不是考场类型（理论、机考或实操）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="254"/>
        <source>Room {room}: rows and columns must be between 1 and {max} (got {rows} x {cols}).</source>
        <translation>考场 {room}：行数和列数须在 1 到 {max} 之间（现为 {rows} × {cols}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="257"/>
        <source>Room {room}: &quot;{numbering}&quot; is not a seat numbering order.</source>
        <translation>考场 {room}：“{numbering}”不是座位编号顺序。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="259"/>
        <source>Room {room}: an aisle after column {value} is not between two columns.</source>
        <translation>考场 {room}：第 {value} 列之后的过道不在两列座位之间。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="261"/>
        <source>Room {room}: an aisle after row {value} is not between two rows.</source>
        <translation>考场 {room}：第 {value} 行之后的过道不在两行座位之间。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="263"/>
        <source>Room {room}: the seat at row {row}, column {col} is outside the grid.</source>
        <translation>考场 {room}：第 {row} 行第 {col} 列的座位不在座位网格内。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="265"/>
        <source>Room {room}: the exam capacity must be at least 1 (got {capacity}).</source>
        <translation>考场 {room}：考试容量至少为 1（现为 {capacity}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="267"/>
        <source>Room {room}: the exam capacity {capacity} is more than the {usable} usable seats.</source>
        <translation>考场 {room}：考试容量 {capacity} 超过可用座位数 {usable}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="270"/>
        <source>Room {room}: {seated} candidates are already seated at one time, more than the exam capacity {capacity}.</source>
        <translation>考场 {room}：同一时段已编排 {seated} 名考生，超过考试容量 {capacity}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="273"/>
        <source>Room {room}: seat {seat} would disappear, but {candidate} is seated there (session {session}). Move the candidate first.</source>
        <translation>考场 {room}：座位 {seat} 将被删除，但考生 {candidate} 已编排在该座位（场次 {session}）。请先调整该考生的座位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="276"/>
        <source>Room {room}: seat {seat} cannot be taken out of use, {candidate} is seated there (session {session}). Move the candidate first.</source>
        <translation>考场 {room}：座位 {seat} 不能停用，考生 {candidate} 已编排在该座位（场次 {session}）。请先调整该考生的座位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="279"/>
        <source>Room {room} cannot change its kind: session {session} needs the current kind.</source>
        <translation>考场 {room} 不能更改类型：场次 {session} 需要当前类型。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="282"/>
        <source>Room {room} has {count} sessions; delete or move them first.</source>
        <translation>考场 {room} 有 {count} 个场次，请先删除或移走这些场次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="284"/>
        <source>Room {room} has {count} staff duties; remove them first.</source>
        <translation>考场 {room} 有 {count} 项考务人员安排，请先取消。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="288"/>
        <location filename="../../app/messages.py" line="407"/>
        <location filename="../../app/messages.py" line="525"/>
        <source>Subject {subject_id} does not exist.</source>
        <translation>科目 {subject_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="290"/>
        <source>{occupation} level {level} is not offered in this batch.</source>
        <translation>本批次未开设{occupation} {level} 级。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="292"/>
        <source>Room {room} is a practical workshop: theory exams and reviews need a theory or computer room.</source>
        <translation>考场 {room} 是实操场地：理论考试和综合评审须安排在理论考场或机房。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="295"/>
        <source>Room {room} is not a practical workshop: practical exams need one.</source>
        <translation>考场 {room} 不是实操场地：技能操作考核须安排在实操场地。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="297"/>
        <source>The session must end after it starts ({start}–{end}).</source>
        <translation>场次的结束时间须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="299"/>
        <source>The session must lie within the batch&apos;s exam days ({first} to {last}).</source>
        <translation>场次须在本批次的考试日期内（{first} 至 {last}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="301"/>
        <source>Room {room} is taken by session {session} ({start}–{end}); several papers may share a room only in the same time window.</source>
        <translation>考场 {room} 已被场次 {session}（{start}–{end}）占用；同一考场只有在完全相同的时段才能同时考多个科目。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="304"/>
        <source>Session {session} already holds this subject in room {room} at this time.</source>
        <translation>场次 {session} 已在此时段于考场 {room} 考该科目。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="306"/>
        <source>There is already a session with the code {session}.</source>
        <translation>已有编号为 {session} 的场次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="308"/>
        <source>Late entry must be between 0 and 120 minutes (got {minutes}).</source>
        <translation>迟到限时须在 0 到 120 分钟之间（现为 {minutes}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="310"/>
        <source>Session {session} has {count} seated candidates: its room and subject cannot change.</source>
        <translation>场次 {session} 已编排 {count} 名考生，不能更改其考场或科目。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="313"/>
        <source>Session {session} has {count} seated candidates; it cannot be deleted.</source>
        <translation>场次 {session} 已编排 {count} 名考生，不能删除。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="315"/>
        <source>Session {session} has {count} check-ins; it cannot be deleted.</source>
        <translation>场次 {session} 已有 {count} 条检录记录，不能删除。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="317"/>
        <source>Session {session} has {count} staff duties; remove them first.</source>
        <translation>场次 {session} 有 {count} 项考务人员安排，请先取消。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="320"/>
        <source>Proctors per theory room: at least 2, and 1 per 15 candidates</source>
        <translation>理论考场监考员：每 15 名考生 1 名，每考场不少于 2 名</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="322"/>
        <source>Examiners per practical candidate: at least 3, an odd number</source>
        <translation>技能操作每名考生的考评员：不少于 3 名且为单数</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="324"/>
        <source>Experts per comprehensive review candidate: at least 3, an odd number</source>
        <translation>综合评审每名考生的评审专家：不少于 3 名且为单数</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="326"/>
        <source>At least one internal quality supervisor for the batch</source>
        <translation>每批次至少安排 1 名内部质量督导员</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="328"/>
        <source>Recusal: nobody faces a candidate from their own work unit or a relation</source>
        <translation>回避：不得监考或考评本单位考生及有申报关系的考生</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="330"/>
        <source>Nobody is in two rooms at the same time</source>
        <translation>同一时间每人只在一个考场</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="332"/>
        <source>Everybody holds the role they are assigned</source>
        <translation>每人只担任其具备资格的岗位</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="334"/>
        <source>Rotation: examiners and experts change from one batch to the next</source>
        <translation>轮换：考评员和评审专家不连续在同一考点任职</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="336"/>
        <source>Room {room}, session {session} ({start}): {candidates} candidates need {required} proctors; {assigned} assigned.</source>
        <translation>考场 {room} 场次 {session}（{start}）：{candidates} 名考生需要 {required} 名监考员，已安排 {assigned} 名。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="339"/>
        <source>Room {room}, session {session}: the {candidates} candidates have {assigned} examiners; at least {minimum}, an odd number, are needed.</source>
        <translation>考场 {room} 场次 {session}：{candidates} 名考生的考评员为 {assigned} 名；至少需要 {minimum} 名，且为单数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="342"/>
        <source>Candidate {candidate} ({ticket_no}) in room {room}, session {session} has {assigned} examiners; at least {minimum}, an odd number, are needed.</source>
        <translation>考场 {room} 场次 {session} 的考生 {candidate}（{ticket_no}）只有 {assigned} 名考评员；至少需要 {minimum} 名，且为单数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="345"/>
        <source>Room {room}, session {session}: the {candidates} candidates have {assigned} experts; at least {minimum}, an odd number, are needed.</source>
        <translation>考场 {room} 场次 {session}：{candidates} 名考生的评审专家为 {assigned} 名；至少需要 {minimum} 名，且为单数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="348"/>
        <source>Candidate {candidate} ({ticket_no}) in room {room}, session {session} has {assigned} experts; at least {minimum}, an odd number, are needed.</source>
        <translation>考场 {room} 场次 {session} 的考生 {candidate}（{ticket_no}）只有 {assigned} 名评审专家；至少需要 {minimum} 名，且为单数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="351"/>
        <source>The batch has {assigned} internal quality supervisors; at least {minimum} needed.</source>
        <translation>本批次已安排 {assigned} 名内部质量督导员；至少需要 {minimum} 名。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="354"/>
        <source>{staff} ({badge_no}, {role}) faces candidate {candidate} ({ticket_no}) in room {room}, session {session}: both are from {work_unit}.</source>
        <translation>{staff}（{badge_no}，{role}）负责考场 {room} 场次 {session} 的考生 {candidate}（{ticket_no}），二人同属 {work_unit}，应回避。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="357"/>
        <source>{staff} ({badge_no}, {role}) faces candidate {candidate} ({ticket_no}) in room {room}, session {session}: declared relation &quot;{relation}&quot;.</source>
        <translation>{staff}（{badge_no}，{role}）负责考场 {room} 场次 {session} 的考生 {candidate}（{ticket_no}），已申报关系“{relation}”，应回避。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="360"/>
        <source>{staff} ({badge_no}) is assigned to rooms {room} and {other_room} at the same time ({start}).</source>
        <translation>{staff}（{badge_no}）在同一时间（{start}）被安排到考场 {room} 和 {other_room}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="363"/>
        <source>{staff} ({badge_no}) is assigned as {role} but does not hold that role.</source>
        <translation>{staff}（{badge_no}）被安排为{role}，但不具备该岗位资格。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="365"/>
        <source>{staff} ({badge_no}) was {role} at {site} in the previous batch {previous}, and works there again (room {room}).</source>
        <translation>{staff}（{badge_no}）在上一批次 {previous} 已在 {site} 担任{role}，本批次再次在该考点任职（考场 {room}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="368"/>
        <source>Room {room}, session {session} ({start}) needs {missing} more proctors: {assigned} of {required} assigned, no eligible proctor left ({busy} busy elsewhere at that time, {recused} excluded by recusal).</source>
        <translation>考场 {room} 场次 {session}（{start}）还缺 {missing} 名监考员：需 {required} 名，已安排 {assigned} 名，已无可用监考员（{busy} 人同时段在其他考场，{recused} 人需回避）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="372"/>
        <source>Room {room}, session {session} ({start}) needs {missing} more examiners: {assigned} of {required} assigned, no eligible examiner left ({busy} busy elsewhere at that time, {recused} excluded by recusal).</source>
        <translation>考场 {room} 场次 {session}（{start}）还缺 {missing} 名考评员：需 {required} 名，已安排 {assigned} 名，已无可用考评员（{busy} 人同时段在其他考场，{recused} 人需回避）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="376"/>
        <source>Room {room}, session {session} ({start}) needs {missing} more experts: {assigned} of {required} assigned, no eligible expert left ({busy} busy elsewhere at that time, {recused} excluded by recusal).</source>
        <translation>考场 {room} 场次 {session}（{start}）还缺 {missing} 名评审专家：需 {required} 名，已安排 {assigned} 名，已无可用专家（{busy} 人同时段在其他考场，{recused} 人需回避）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="380"/>
        <source>The batch needs {missing} more internal quality supervisors; nobody else holds that role.</source>
        <translation>本批次还缺 {missing} 名内部质量督导员；没有其他具备该资格的人员。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="383"/>
        <location filename="../../app/messages.py" line="599"/>
        <location filename="../../app/message_sets/readiness.py" line="20"/>
        <source>Staff member {staff_id} does not exist.</source>
        <translation>考务人员 {staff_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="385"/>
        <source>Staff assignment {assignment_id} does not exist.</source>
        <translation>考务编排记录 {assignment_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="387"/>
        <source>{staff} does not hold the role {role}.</source>
        <translation>{staff} 不具备 {role} 岗位资格。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="389"/>
        <source>Unknown staff role: {role}.</source>
        <translation>未知的考务岗位：{role}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="390"/>
        <source>A {role} must be assigned to a room, a session or a candidate.</source>
        <translation>{role} 必须安排到考场、场次或考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="392"/>
        <source>Session {session_id} is not part of this batch (or not in that room).</source>
        <translation>场次 {session_id} 不属于本批次（或不在该考场）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="394"/>
        <location filename="../../app/message_sets/readiness.py" line="16"/>
        <source>Room {room_id} has no session in this batch.</source>
        <translation>考场 {room_id} 在本批次没有场次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="396"/>
        <source>Registration {registration_id} is not part of this batch.</source>
        <translation>报名记录 {registration_id} 不属于本批次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="398"/>
        <source>{staff} already has this assignment.</source>
        <translation>{staff} 已有该项编排。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="400"/>
        <source>Give a reason for removing the assignment.</source>
        <translation>请填写取消该编排的原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="402"/>
        <source>Nobody is assigned in this batch yet: run the staff assignment first.</source>
        <translation>本批次尚未编排考务人员：请先进行考务编排。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="405"/>
        <source>Subject {subject_id} has no rubric yet: import or create one first.</source>
        <translation>科目 {subject_id} 还没有评分表：请先导入或创建。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="409"/>
        <source>The rubric has no item {position}.</source>
        <translation>评分表中没有第 {position} 项。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="411"/>
        <source>{item}: the mark {value} is negative.</source>
        <translation>{item}：分数 {value} 为负数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="413"/>
        <source>{item}: the mark {value} is above the maximum of {max} points.</source>
        <translation>{item}：分数 {value} 超过该项满分 {max} 分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="415"/>
        <source>{item}: the mark {value} is not a multiple of the step {step}.</source>
        <translation>{item}：分数 {value} 不是给分步长 {step} 的整数倍。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="417"/>
        <source>You are not assigned to score this candidate in this subject.</source>
        <translation>您未被安排为该考生本科目的评分人员。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="419"/>
        <source>These marks are submitted and can no longer be changed; ask the chief examiner or the site manager to unlock them.</source>
        <translation>评分已提交，不能再修改；如需更正，请考评组长或考点负责人解锁。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="422"/>
        <source>The candidate is recorded as absent or for misconduct; set the state back to normal before entering marks.</source>
        <translation>该考生已记录为缺考或违纪；请先将状态改回正常再录入分数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="425"/>
        <source>Unknown candidate state: {status}.</source>
        <translation>未知的考生状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="426"/>
        <source>Write a note on what happened when recording absence or misconduct.</source>
        <translation>记录缺考或违纪时，请填写情况说明。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="428"/>
        <source>{count} item(s) have no mark yet: {items}.</source>
        <translation>还有 {count} 项未评分：{items}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="430"/>
        <source>This examiner has no user account to sign the marks with.</source>
        <translation>该考评员没有用于签名提交评分的用户账号。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="454"/>
        <source>A site manager&apos;s account already exists; log in with it instead.</source>
        <translation>考点负责人账号已存在，请用该账号登录。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="456"/>
        <source>{user} can change only their own password.</source>
        <translation>{user} 只能修改自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="458"/>
        <source>The new password is the same as the old one.</source>
        <translation>新密码与原密码相同。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="460"/>
        <source>The account {username} does not exist.</source>
        <translation>账号 {username} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="432"/>
        <source>Give a reason for unlocking the marks.</source>
        <translation>请填写解锁评分的原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="434"/>
        <source>Mark {mark_id} does not exist.</source>
        <translation>评分记录 {mark_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="435"/>
        <source>Only an examiner&apos;s marks can be unlocked; theory scores are corrected through their import or double entry.</source>
        <translation>只能解锁考评员的评分；理论成绩请通过导入或双人录入更正。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="438"/>
        <source>These marks are not submitted: there is nothing to unlock.</source>
        <translation>该评分尚未提交，无需解锁。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="440"/>
        <source>The account {user} may not do this ({action}): it needs another role.</source>
        <translation>账号 {user} 无权执行此操作（{action}），需要其他角色。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="442"/>
        <source>&quot;{username}&quot; is not a valid user name (2-64 lower-case letters, digits, dots, dashes or underscores).</source>
        <translation>“{username}”不是有效的用户名（2-64 个小写字母、数字、点、连字符或下划线）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="445"/>
        <source>The password must have at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="447"/>
        <location filename="../../app/message_sets/staff.py" line="21"/>
        <source>Unknown role: {role}.</source>
        <translation>未知角色：{role}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="448"/>
        <source>The user {username} already exists.</source>
        <translation>用户 {username} 已存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="449"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="451"/>
        <source>Too many wrong passwords: the account is locked until {until}.</source>
        <translation>密码错误次数过多：账号已锁定至 {until}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="462"/>
        <location filename="../../app/messages.py" line="569"/>
        <source>Give a reason for the decision.</source>
        <translation>请填写裁定理由。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="464"/>
        <source>The score must be between 0 and 100 (got {score}).</source>
        <translation>成绩必须在 0 到 100 分之间（当前为 {score}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="466"/>
        <source>Registration {registration_id} has no result in subject {subject_id}.</source>
        <translation>报名记录 {registration_id} 在科目 {subject_id} 中没有成绩。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="468"/>
        <source>This score is not flagged: there is nothing for the chief examiner to decide.</source>
        <translation>该成绩未超差，无需考评组长裁定。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="471"/>
        <source>This result is already verified or locked; unlock a mark to reopen it.</source>
        <translation>该成绩已复核或已锁定；如需重新处理，请先解锁相应评分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="473"/>
        <source>Verify as score clerk or reviewer (got {role}).</source>
        <translation>请以统分人或复核人身份核对（当前为 {role}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="475"/>
        <source>You do not hold the role needed for this verification.</source>
        <translation>您不具备进行此项核对所需的角色。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="477"/>
        <source>This result cannot be verified yet: marks are missing or a flag is undecided.</source>
        <translation>该成绩暂不能核对：还有评分未提交，或超差尚未裁定。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="480"/>
        <source>{by} has already verified this result in that role.</source>
        <translation>{by} 已以该身份核对过此成绩。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="482"/>
        <source>The score clerk and the reviewer must be two different people.</source>
        <translation>统分人和复核人必须是两个不同的人。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="484"/>
        <source>Mark {mark_id} no longer matches its examiner&apos;s signature: it was changed outside ExamSite. Do not use it; have the chief examiner look into it.</source>
        <translation>评分记录 {mark_id} 与考评员的签名不符：该记录已在 ExamSite 之外被改动。请勿使用，并交由考评组长核查。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="487"/>
        <source>The examiners&apos; totals are {spread_points} points apart (tolerance {tolerance_points}).</source>
        <translation>各考评员总分相差 {spread_points} 分（允许误差 {tolerance_points} 分）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="490"/>
        <source>Item {item}: the examiners&apos; marks are {spread_points} points apart (tolerance {tolerance_points}).</source>
        <translation>{item}：各考评员评分相差 {spread_points} 分（允许误差 {tolerance_points} 分）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="493"/>
        <source>Some examiners recorded the candidate absent and others gave marks.</source>
        <translation>部分考评员记录考生缺考，另一些考评员给出了分数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="495"/>
        <source>No examiner is assigned to this candidate.</source>
        <translation>该考生没有安排考评员。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="497"/>
        <source>Not every examiner has submitted marks.</source>
        <translation>尚有考评员未提交评分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="499"/>
        <source>No theory score yet.</source>
        <translation>尚无理论成绩。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="500"/>
        <source>Flagged: waiting for the chief examiner&apos;s decision.</source>
        <translation>成绩超差：等待考评组长裁定。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="502"/>
        <source>Below 60 points.</source>
        <translation>成绩低于 60 分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="503"/>
        <source>A veto item was failed.</source>
        <translation>否决项不合格。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="504"/>
        <source>Absent.</source>
        <translation>缺考。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="505"/>
        <source>Misconduct.</source>
        <translation>违纪。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="506"/>
        <source>No final score yet.</source>
        <translation>尚无最终成绩。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="508"/>
        <source>A rubric needs at least one item.</source>
        <translation>评分表至少需要一个评分项目。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="509"/>
        <source>Item {position}: the name is empty.</source>
        <translation>第 {position} 项：名称为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="511"/>
        <source>Item {position}: the name is longer than {limit} characters.</source>
        <translation>第 {position} 项：名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="513"/>
        <source>Item {position}: the maximum must be more than 0 and at most 100 (got {value}).</source>
        <translation>第 {position} 项：配分须大于 0 且不超过 100（现为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="516"/>
        <source>Item {position}: the step must be more than 0 (got {value}).</source>
        <translation>第 {position} 项：步长须大于 0（现为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="518"/>
        <source>The maximum {max} is not a whole number of steps of {step}.</source>
        <translation>配分 {max} 不是步长 {step} 的整数倍。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="520"/>
        <source>The item maxima add up to {total} points; they must add up to 100.</source>
        <translation>各项配分合计 {total} 分，必须等于 100 分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="522"/>
        <source>The items of the rubric {subject} add up to {total} points; they must add up to 100.</source>
        <translation>评分表“{subject}”各项配分合计 {total} 分，必须等于 100 分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="527"/>
        <source>Examiners have already entered marks for {subject}: its rubric cannot be changed any more.</source>
        <translation>“{subject}”已有考评员录入评分，评分表不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="530"/>
        <source>No occupation has the code &quot;{value}&quot;.</source>
        <translation>没有职业编码为“{value}”的职业。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="532"/>
        <source>&quot;{value}&quot; is not a level.</source>
        <translation>“{value}”不是有效的等级。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="533"/>
        <source>&quot;{value}&quot; is not a subject; write 理论知识, 技能操作 or 综合评审.</source>
        <translation>“{value}”不是有效的科目，请填写 理论知识、技能操作 或 综合评审。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="535"/>
        <source>This batch has no subject {subject} for {occupation} at level {level}.</source>
        <translation>本批次没有 {occupation} {level} 的“{subject}”科目。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="537"/>
        <source>&quot;{value}&quot; is not a number of points between 0 and 100 with at most two decimals.</source>
        <translation>“{value}”不是 0 到 100 之间、最多两位小数的分值。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="540"/>
        <source>&quot;{value}&quot; is not yes or no; write 是 or 否.</source>
        <translation>“{value}”无法识别，请填写 是 或 否。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="542"/>
        <source>The item &quot;{value}&quot; appears twice in this rubric.</source>
        <translation>评分项目“{value}”在同一评分表中重复出现。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="544"/>
        <source>The file {file} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8.</source>
        <translation>文件 {file} 既不是 UTF-8 也不是 GB18030 编码，请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="546"/>
        <source>No candidate of this batch has the ticket number &quot;{value}&quot;.</source>
        <translation>本批次没有准考证号为“{value}”的考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="548"/>
        <source>The ticket number &quot;{value}&quot; already appears in row {first_row}.</source>
        <translation>准考证号“{value}”已在第 {first_row} 行出现。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="550"/>
        <source>The ID number does not match the candidate registered under ticket {ticket_no}.</source>
        <translation>证件号码与准考证号 {ticket_no} 的报名考生不符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="553"/>
        <source>The name &quot;{value}&quot; does not match the registered candidate &quot;{registered}&quot;.</source>
        <translation>姓名“{value}”与报名考生“{registered}”不符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="556"/>
        <source>Candidate {ticket_no} has no theory subject.</source>
        <translation>考生 {ticket_no} 没有理论知识科目。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="558"/>
        <source>Candidate {ticket_no} already has a theory score or typed entries.</source>
        <translation>考生 {ticket_no} 已有理论成绩或录入记录。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="560"/>
        <source>&quot;{value}&quot; is not a score from 0 to 100 with at most two decimals, nor 缺考.</source>
        <translation>“{value}”不是 0 到 100、最多两位小数的成绩，也不是“缺考”。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="563"/>
        <source>Unknown score status: {status}.</source>
        <translation>未知的成绩状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="564"/>
        <source>The entry must be by clerk 1 or clerk 2 (got {clerk}).</source>
        <translation>录入员只能是 1 或 2（现为 {clerk}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="566"/>
        <source>The theory score of candidate {ticket_no} is verified or locked; its entries cannot change any more.</source>
        <translation>考生 {ticket_no} 的理论成绩已审核或锁定，录入不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="571"/>
        <location filename="../../app/message_sets/eligibility.py" line="50"/>
        <source>Registration {registration_id} does not exist.</source>
        <translation>报名记录 {registration_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="573"/>
        <source>There is nothing to resolve for this candidate: no entries, or the score already counts.</source>
        <translation>该考生无需裁定：没有录入记录，或成绩已生效。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="577"/>
        <source>The page matches the database: its data has not changed since printing.</source>
        <translation>页面与数据库一致：打印后数据未变。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="579"/>
        <source>This is not an ExamSite page code, or it is damaged.</source>
        <translation>这不是本系统的页面校验码，或校验码已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="581"/>
        <source>The page was sealed by a key this database does not know.</source>
        <translation>该页面由本数据库不认识的密钥签章。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="583"/>
        <source>The page code&apos;s signature is wrong: the code was edited or forged.</source>
        <translation>页面校验码签名不正确：校验码被修改或伪造。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="585"/>
        <source>The page belongs to a batch that is not in this database.</source>
        <translation>该页面所属批次不在本数据库中。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="587"/>
        <source>The database has no such page any more (the candidates on it changed).</source>
        <translation>数据库中已没有这一页（页面上的考生已变化）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="589"/>
        <source>The data on this page has changed since it was printed: do not use it.</source>
        <translation>该页面打印后数据已被修改：请勿使用此页。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="591"/>
        <source>Nothing to print: the batch has no accepted candidates.</source>
        <translation>没有可打印的内容：本批次没有已受理的考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="593"/>
        <source>{file}: {pages} pages.</source>
        <translation>{file}：共 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="594"/>
        <source>Unknown supervision topic: {topic}.</source>
        <translation>未知的督导环节：{topic}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="596"/>
        <source>Write what you observed.</source>
        <translation>请填写督导情况。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="597"/>
        <location filename="../../app/message_sets/eligibility.py" line="46"/>
        <source>The note is too long (at most {limit} characters).</source>
        <translation>记录过长（最多 {limit} 个字）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="603"/>
        <source>The passphrase is too short: use at least {minimum} characters.</source>
        <translation>口令太短：至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="605"/>
        <source>The archive cannot be opened: wrong passphrase, or the file is damaged.</source>
        <translation>无法打开档案：口令错误或文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="607"/>
        <source>The file is not an ExamSite batch archive.</source>
        <translation>该文件不是 ExamSite 批次档案。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="609"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="610"/>
        <source>The archive written to {path} did not check out when read back; it was not kept. Try again or choose another folder.</source>
        <translation>写入 {path} 的档案回读校验未通过，未予保留。请重试或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="613"/>
        <source>The batch must be kept until {keep_until}: it can be purged from {purge_from}.</source>
        <translation>本批次须保管至 {keep_until}：自 {purge_from} 起方可清除。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="616"/>
        <source>The confirmation does not match: type the batch code {batch_code}.</source>
        <translation>确认内容不符：请输入批次代码 {batch_code}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="618"/>
        <source>Export an archive of the batch before purging it.</source>
        <translation>清除前须先导出本批次档案。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="620"/>
        <source>The batch&apos;s records changed after the last archive export ({exported_at}): export a new archive before purging.</source>
        <translation>本批次记录在最近一次档案导出（{exported_at}）后有变动：请重新导出档案后再清除。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="623"/>
        <source>The batch has already been purged.</source>
        <translation>本批次已清除。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="625"/>
        <source>The environment variable {var} holds no passphrase.</source>
        <translation>环境变量 {var} 中没有口令。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="627"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="630"/>
        <source>The archive index has no record kind {record}.</source>
        <translation>档案目录中没有材料类别 {record}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="632"/>
        <source>A place or note may have at most {limit} characters.</source>
        <translation>保管地点或备注最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="635"/>
        <source>The audit trail is intact: {events} events, head {head}.</source>
        <translation>审计记录完整：共 {events} 条，链头 {head}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="637"/>
        <source>Audit event {event_id} was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>第 {event_id} 条审计记录在记录后被修改：其内容与哈希值不再相符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="640"/>
        <source>Audit event {event_id} is missing: it was removed (the next event present is {next_id}).</source>
        <translation>第 {event_id} 条审计记录缺失：已被删除（其后现存的下一条为第 {next_id} 条）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="643"/>
        <source>Audit event {event_id} does not follow the event before it: an earlier event was removed, replaced or reordered.</source>
        <translation>第 {event_id} 条审计记录与前一条衔接不上：此前的记录被删除、替换或调换了顺序。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="646"/>
        <source>Audit event {event_id} cannot be read (field {field}): it was edited directly in the database.</source>
        <translation>第 {event_id} 条审计记录无法读取（字段 {field}）：数据库中的记录被直接改动。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="649"/>
        <source>The audit trail ends at event {last_id} but the recorded head is event {head_id}: events from {event_id} on were removed.</source>
        <translation>审计记录止于第 {last_id} 条，而此前记录的链头为第 {head_id} 条：自第 {event_id} 条起的记录已被删除。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="652"/>
        <source>Audit event {event_id} differs from the recorded head: the trail was rewritten at or before that event.</source>
        <translation>第 {event_id} 条审计记录与此前记录的链头不符：该条或更早的记录被改写。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="655"/>
        <source>A head is written as EVENT_ID:HASH (64 hex digits); got {head}.</source>
        <translation>链头的格式为 记录序号:哈希值（64 位十六进制），收到的是 {head}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="658"/>
        <source>&quot;{kind}&quot; is not a kind of installation (site, body or station).</source>
        <translation>“{kind}”不是有效的安装类型（考点、鉴定机构或工作站）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="660"/>
        <source>The key file needs a passphrase to protect it.</source>
        <translation>密钥文件需要口令来保护。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="662"/>
        <source>This is not an ExamSite key file, or the file is damaged.</source>
        <translation>这不是 ExamSite 密钥文件，或文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="664"/>
        <source>The key file cannot be opened with this passphrase.</source>
        <translation>无法用此口令打开密钥文件。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="666"/>
        <source>This is not a readable enrolment request.</source>
        <translation>这不是可读取的登记申请。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="668"/>
        <source>This is not a readable key rotation or revocation statement.</source>
        <translation>这不是可读取的密钥轮换或吊销声明。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="670"/>
        <source>The signature of key {key_id} does not match: the file was altered or forged.</source>
        <translation>密钥 {key_id} 的签名不符：文件已被篡改或伪造。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="673"/>
        <source>The statement is signed by key {key_id}, which this installation does not trust.</source>
        <translation>该声明由密钥 {key_id} 签署，本机不信任该密钥。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="676"/>
        <source>Only a key itself or the certification body may revoke it.</source>
        <translation>只有密钥本身或鉴定机构可以吊销该密钥。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="678"/>
        <source>This file is not an ExamSite package.</source>
        <translation>此文件不是 ExamSite 数据包。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="680"/>
        <source>The package file {path} does not exist.</source>
        <translation>数据包文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="682"/>
        <source>This package is not addressed to this computer.</source>
        <translation>此数据包不是发给本机的。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="684"/>
        <source>This package is protected by a passphrase; enter it to open the package.</source>
        <translation>此数据包受口令保护，请输入口令后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="686"/>
        <source>The passphrase does not open this package.</source>
        <translation>口令无法打开此数据包。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="688"/>
        <source>The package comes from {name} (key {key_id}, fingerprint {fingerprint}), which this installation does not trust.</source>
        <translation>此数据包来自 {name}（密钥 {key_id}，指纹 {fingerprint}），本机不信任该发送方。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="691"/>
        <source>The package is damaged or incomplete (at: {part}); copy it again from the sender.</source>
        <translation>数据包已损坏或不完整（位置：{part}），请从发送方重新拷贝。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="694"/>
        <source>The package&apos;s signature does not match its sender: it was altered or forged.</source>
        <translation>数据包的签名与发送方不符：已被篡改或伪造。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="697"/>
        <source>The package has format version {version}, which this version of ExamSite cannot read.</source>
        <translation>数据包的格式版本为 {version}，当前版本的 ExamSite 无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="700"/>
        <source>A package needs either recipients or a passphrase (not both).</source>
        <translation>数据包需要指定接收方或口令（二者只能选其一）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="702"/>
        <source>A package cannot hold two parts with the same name.</source>
        <translation>数据包中不能有两个同名的部分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="704"/>
        <source>The package file read back differs from what was written ({reason}); use another USB stick.</source>
        <translation>读回的数据包文件与写入的内容不一致（{reason}），请换一个U盘。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="707"/>
        <source>The package has no part named {name}.</source>
        <translation>数据包中没有名为 {name} 的部分。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="709"/>
        <source>The package was already closed.</source>
        <translation>数据包已关闭。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="712"/>
        <source>The package is damaged: its part {member} cannot be read.</source>
        <translation>数据包已损坏：其中的“{member}”部分无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="714"/>
        <source>Unknown package type: {kind}.</source>
        <translation>未知的数据包类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="715"/>
        <source>This package was already imported ({at}); nothing was changed.</source>
        <translation>此数据包已经导入过（{at}），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="717"/>
        <source>This package is older than what is here (number {sequence}; number {last} was already imported): nothing was changed.</source>
        <translation>此数据包比本机已有的数据旧（编号 {sequence}，已导入到编号 {last}），未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="720"/>
        <source>A {kind} package cannot be imported on this installation ({own}).</source>
        <translation>本机（{own}）不能导入 {kind} 类型的数据包。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="722"/>
        <source>The package is about the batch &quot;{plan_name}&quot;, which this database does not hold: import the site package first.</source>
        <translation>数据包属于批次“{plan_name}”，本数据库中没有该批次：请先导入考点数据包。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="725"/>
        <source>Saved and verified: {path} ({records} records, {size} bytes).</source>
        <translation>已保存并校验：{path}（{records} 条记录，{size} 字节）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="727"/>
        <source>{kind} package from {sender} (fingerprint {fingerprint}): {added} added, {changed} changed.</source>
        <translation>来自 {sender} 的 {kind} 数据包（指纹 {fingerprint}）：新增 {added} 条，更改 {changed} 条。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="730"/>
        <source>Unknown installation kind: {kind}.</source>
        <translation>未知的安装类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="731"/>
        <source>The key {key_id} is not trusted here: enrol or trust it first.</source>
        <translation>本机不信任密钥 {key_id}：请先登记或信任该密钥。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="733"/>
        <source>There is no key {key_id}.</source>
        <translation>没有密钥 {key_id}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="734"/>
        <source>This installation has no key yet.</source>
        <translation>本机还没有密钥。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="736"/>
        <source>The fingerprint does not match. Do not trust this key: compare it again with the one shown on the other computer or its printout.</source>
        <translation>指纹不一致。请勿信任此密钥：请与对方电脑上显示或打印的指纹重新核对。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="739"/>
        <source>This is this installation&apos;s own key.</source>
        <translation>这是本机自己的密钥。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="740"/>
        <source>The key {key_id} was revoked and cannot be trusted again.</source>
        <translation>密钥 {key_id} 已被撤销，不能再次信任。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="742"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="744"/>
        <source>An account needs at least one role.</source>
        <translation>账号至少需要一个角色。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="746"/>
        <source>{username} is the last active site manager: make someone else site manager first.</source>
        <translation>{username} 是最后一位在用的考点负责人：请先让其他人担任考点负责人。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="749"/>
        <location filename="../../app/message_sets/changes.py" line="14"/>
        <source>Give the reason for the change.</source>
        <translation>请填写变更原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="751"/>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="783"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="8"/>
        <source>Change request {change_id} does not exist.</source>
        <translation>变更申请 {change_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="9"/>
        <source>Exam session {session_id} does not exist.</source>
        <translation>场次 {session_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="12"/>
        <source>A change is of the exam time or of the place (got {kind}).</source>
        <translation>变更只能是考试时间或考试地点（收到 {kind}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="16"/>
        <source>Enter the new start and end time.</source>
        <translation>请填写新的开始和结束时间。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="18"/>
        <source>The new end time must be after the new start time.</source>
        <translation>新的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="20"/>
        <source>The new time is the session&apos;s current time.</source>
        <translation>新时间与该场次现在的时间相同。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="22"/>
        <source>Choose the new room or enter the new place.</source>
        <translation>请选择新考场或填写新地点。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="24"/>
        <source>Session {session} is already in room {room}.</source>
        <translation>场次 {session} 已在考场 {room}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="26"/>
        <source>Room {room} does not suit the exam of session {session}: theory and review exams are held in theory or computer rooms, practical exams in workshops.</source>
        <translation>考场 {room} 不适合场次 {session} 的考试：理论知识考试和综合评审在理论考场或机房进行，技能操作考试在实操场地进行。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="32"/>
        <source>The request was already decided or withdrawn.</source>
        <translation>该申请已审批或已撤回。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="38"/>
        <source>The change is not approved yet: record the supervising authority&apos;s approval first.</source>
        <translation>该变更尚未批准：请先登记主管部门的批准。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="41"/>
        <source>The change was already applied.</source>
        <translation>该变更已执行。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="43"/>
        <source>The change was refused or withdrawn: it is never applied.</source>
        <translation>该变更未获批准或已撤回，不会执行。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="53"/>
        <source>A notice is printed only for an approved or applied change.</source>
        <translation>只有已批准或已执行的变更才能打印变更通知。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="29"/>
        <source>Session {session} already has an open change request; decide or withdraw it first.</source>
        <translation>场次 {session} 已有未办结的变更申请，请先审批或撤回。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="34"/>
        <source>Enter the supervising authority and the name of who approved or refused.</source>
        <translation>请填写主管部门和审批人姓名。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="36"/>
        <source>The time of the decision cannot be in the future.</source>
        <translation>审批时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="45"/>
        <source>{count} candidates are already checked in for session {session}; the room can no longer be changed.</source>
        <translation>场次 {session} 已有 {count} 名考生检录入场，不能再更换考场。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="48"/>
        <source>Room {room} has {free} free usable seats at that time; session {session} needs {needed}.</source>
        <translation>考场 {room} 在该时段只有 {free} 个空闲可用座位，场次 {session} 需要 {needed} 个。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="51"/>
        <source>At the new time seat {seat} of room {room} is taken by session {other}.</source>
        <translation>新时间内考场 {room} 的 {seat} 号座位已被场次 {other} 使用。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="55"/>
        <source>A time of the change has no time zone.</source>
        <translation>变更时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/changes.py" line="56"/>
        <source>At the new time {name} already sits session {other}.</source>
        <translation>新时间内考生 {name} 已安排在场次 {other} 考试。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="8"/>
        <source>Spare copies per packet must be between 0 and {max} (got {spare}).</source>
        <translation>每袋备用份数须在 0 到 {max} 之间（当前为 {spare}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="10"/>
        <source>Unknown packet content: {content}.</source>
        <translation>未知的试卷袋内容：{content}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="12"/>
        <source>This batch has no paper-based theory session with candidates seated: there are no paper packets to register.</source>
        <translation>本批次没有已编排考生的纸笔理论场次，无需登记试卷袋。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="15"/>
        <source>No paper packet with the code {packet} in this batch.</source>
        <translation>本批次没有编号为 {packet} 的试卷袋。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="23"/>
        <source>The seal of packet {packet} is reported broken: describe what was found in the note.</source>
        <translation>试卷袋 {packet} 的密封登记为破损：请在备注中描述发现的情况。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="28"/>
        <source>Packet {packet} already has the step {step} (scanned {at}); a step is recorded only once.</source>
        <translation>试卷袋 {packet} 已有“{step}”环节（扫码时间 {at}），每个环节只能登记一次。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="31"/>
        <source>Packet {packet} is already back with the certification body: its chain is complete.</source>
        <translation>试卷袋 {packet} 已交回评价机构，流转已完成。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="17"/>
        <source>No staff badge {badge}: scan the badge of a registered staff member.</source>
        <translation>没有证号为 {badge} 的证卡：请扫描已登记考务人员的证卡。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="19"/>
        <source>The giver and the receiver must be two different people (both scans were badge {badge}).</source>
        <translation>交出人和接收人必须是两个不同的人（两次扫描的都是证卡 {badge}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="22"/>
        <source>Unknown custody step: {step}.</source>
        <translation>未知的流转环节：{step}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/custody.py" line="26"/>
        <source>The note is too long (at most {max} characters).</source>
        <translation>备注过长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="8"/>
        <source>Choose what kind of incident it is.</source>
        <translation>请选择考场记录的类别。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="9"/>
        <source>Choose the rule the candidate broke.</source>
        <translation>请选择考生违反的规则。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="11"/>
        <source>That rule is not in the list of exam-room rules.</source>
        <translation>该规则不在考场规则列表中。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="13"/>
        <source>Misconduct is recorded in an exam session: choose the session.</source>
        <translation>违纪须记录在某一考试场次中：请选择场次。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="15"/>
        <source>Scan the candidate&apos;s admission ticket or pick the candidate.</source>
        <translation>请扫描考生的准考证或选择考生。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="17"/>
        <source>Describe what happened.</source>
        <translation>请填写情况经过。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="19"/>
        <location filename="../../app/message_sets/publicity.py" line="37"/>
        <location filename="../../app/message_sets/supervision.py" line="12"/>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>文字过长（最多 {limit} 个字）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="21"/>
        <source>The time {at} has not come yet.</source>
        <translation>时间 {at} 尚未到。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="23"/>
        <source>The exam session no longer exists.</source>
        <translation>该考试场次已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="25"/>
        <source>The candidate is not registered in this batch.</source>
        <translation>该考生未在本批次报名。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="27"/>
        <source>{name} does not sit in this room at this time (session {session}).</source>
        <translation>{name} 不在本考场本时段考试（场次 {session}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="29"/>
        <source>The candidate&apos;s result in this subject is already verified or locked; reopen it before recording or voiding misconduct.</source>
        <translation>该考生本科目成绩已复核或锁定；须先重新开放，才能记录或作废违纪。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="32"/>
        <source>Give the reason for voiding the record.</source>
        <translation>请填写作废记录的原因。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="34"/>
        <source>The incident record no longer exists.</source>
        <translation>该考场记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="35"/>
        <source>The incident record is already void.</source>
        <translation>该考场记录已作废。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="37"/>
        <source>The scan is not an admission ticket of this batch.</source>
        <translation>扫描内容不是本批次的准考证。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/incidents.py" line="39"/>
        <source>No candidate has the ticket number {ticket_no}.</source>
        <translation>没有准考证号为 {ticket_no} 的考生。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="8"/>
        <source>Staff meeting {meeting_id} does not exist.</source>
        <translation>考前工作会 {meeting_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="10"/>
        <source>A staff meeting is still open (held at {held_at}); close it before opening another.</source>
        <translation>仍有一次工作会未结束（{held_at} 召开），请先结束后再召开新的工作会。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="13"/>
        <source>Enter where the staff meeting is held.</source>
        <translation>请填写工作会的地点。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="15"/>
        <source>The staff meeting was closed at {closed_at}; its attendance can no longer be changed.</source>
        <translation>该工作会已于 {closed_at} 结束，到会记录不能再修改。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="18"/>
        <source>The scanned badge is empty.</source>
        <translation>扫描的证卡内容为空。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="19"/>
        <source>Badge {badge_no} belongs to nobody on the staff list.</source>
        <translation>证卡 {badge_no} 不属于考务人员名单中的任何人。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="21"/>
        <source>{name} (badge {badge_no}) has no duty in this batch and cannot attend its staff meeting.</source>
        <translation>{name}（证卡 {badge_no}）未在本批次安排任何考务工作，不能参加本批次工作会。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="24"/>
        <source>{name} (badge {badge_no}) was already recorded at {scanned_at}.</source>
        <translation>{name}（证卡 {badge_no}）已于 {scanned_at} 登记到会。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="26"/>
        <source>The chair must be a staff member assigned to this batch.</source>
        <translation>主持人须为本批次已安排的考务人员。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="28"/>
        <source>Attendance record {attendance_id} does not exist.</source>
        <translation>到会记录 {attendance_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="30"/>
        <source>The duties may be at most {limit} characters long.</source>
        <translation>职责最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/meeting.py" line="32"/>
        <source>The meeting time has no time zone.</source>
        <translation>工作会时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="8"/>
        <source>Unknown readiness checklist item {item}.</source>
        <translation>未知的考前准备检查项 {item}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="10"/>
        <source>Checklist item {item} is checked per room: choose the room.</source>
        <translation>检查项 {item} 按考场检查，请选择考场。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="12"/>
        <source>{item} is checked once for the whole site, not per room.</source>
        <translation>{item}按整个考点检查一次，不按考场检查。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="14"/>
        <source>{item} does not apply to {place}.</source>
        <translation>{item}不适用于{place}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="18"/>
        <source>Site {site_id} has no room in this batch.</source>
        <translation>考点 {site_id} 在本批次没有考场。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="22"/>
        <source>No staff member has the badge number {badge_no}.</source>
        <translation>没有证卡号为 {badge_no} 的考务人员。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="24"/>
        <source>Describe what is wrong: a failed item opens a rectification that must be closed before the room can be sealed.</source>
        <translation>请说明存在的问题：不合格项将提出整改，整改关闭后考场才能封场。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="27"/>
        <source>The photo is too large ({size} KB); at most {limit} KB.</source>
        <translation>照片过大（{size} KB），最大 {limit} KB。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="29"/>
        <source>The photo {path} cannot be read: {reason}.</source>
        <translation>无法读取照片 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="31"/>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>文字过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="33"/>
        <source>Room {room} is sealed: unseal it before changing its checklist.</source>
        <translation>考场 {room} 已封场：请先解除封场再修改其检查项。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="35"/>
        <source>Say what was put right before closing the rectification.</source>
        <translation>关闭整改前请填写整改情况。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="37"/>
        <source>The rectification does not exist.</source>
        <translation>该整改记录不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="39"/>
        <source>This rectification is already closed.</source>
        <translation>该整改已关闭。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="41"/>
        <source>Room {room} is already sealed.</source>
        <translation>考场 {room} 已封场。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="43"/>
        <source>Room {room} cannot be sealed: {count} checklist items of the room or its site are not done (passed, or failed with the rectification closed): {items}.</source>
        <translation>考场 {room} 不能封场：考场或考点尚有 {count} 个检查项未完成（须合格，或不合格且整改已关闭）：{items}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="46"/>
        <source>Room {room} is not sealed.</source>
        <translation>考场 {room} 未封场。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/readiness.py" line="48"/>
        <source>Give the reason for lifting the seal.</source>
        <translation>请填写解除封场的原因。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="8"/>
        <source>Unknown rating: {rating}. Choose good, acceptable or problem.</source>
        <translation>未知的评价：{rating}。请选择良好、合格或存在问题。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="10"/>
        <source>A problem needs a follow-up action: say what must be done about it.</source>
        <translation>评价为存在问题时必须填写跟进措施：说明需要如何处理。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="14"/>
        <source>The time is in the future: check the date and time.</source>
        <translation>时间晚于当前时间：请检查日期和时间。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="16"/>
        <source>The time has no time zone.</source>
        <translation>时间缺少时区。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="18"/>
        <source>Supervision note {note_id} does not exist.</source>
        <translation>督导记录 {note_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="20"/>
        <source>This follow-up is already closed.</source>
        <translation>该跟进措施已完成。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="22"/>
        <source>Write the follow-up action.</source>
        <translation>请填写跟进措施。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="24"/>
        <source>This note asks for no follow-up action: there is nothing to close.</source>
        <translation>该记录没有跟进措施，无需完成。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="26"/>
        <source>Write what was done: the result of the follow-up.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="28"/>
        <source>Enter the external supervisor&apos;s name.</source>
        <translation>请输入外部督导员姓名。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="30"/>
        <source>Supervision visit {visit_id} does not exist.</source>
        <translation>外部督导来访记录 {visit_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="32"/>
        <source>The departure of this visit is already recorded.</source>
        <translation>该来访的离开时间已登记。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/supervision.py" line="34"/>
        <source>The departure time is before the arrival time.</source>
        <translation>离开时间早于到达时间。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="8"/>
        <source>The number rule is empty</source>
        <translation>编号规则为空</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="9"/>
        <source>Unknown part {{{part}}} in the number rule</source>
        <translation>编号规则中有未知部分 {{{part}}}</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="11"/>
        <source>The number of digits of part {part} is not allowed</source>
        <translation>部分 {part} 的位数不允许</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="13"/>
        <source>Fixed text &quot;{text}&quot; may hold only letters, digits and -</source>
        <translation>固定文字“{text}”只能包含字母、数字和 -</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="15"/>
        <source>The rule needs exactly one sequence part, e.g. {{seq:6}}</source>
        <translation>规则必须包含且仅包含一个流水号部分，如 {{seq:6}}</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="17"/>
        <source>The sequence part must come last</source>
        <translation>流水号部分必须放在最后</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="19"/>
        <source>Certificate numbers would be longer than {limit} characters</source>
        <translation>证书编号将超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="21"/>
        <source>The batch has no results yet: nothing to issue</source>
        <translation>本批次尚无成绩，无证书可发</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="23"/>
        <source>{count} of {total} subject results are not locked yet: certificates are issued only after the results are reviewed and locked</source>
        <translation>{total} 项科目成绩中有 {count} 项尚未锁定：成绩复核并锁定后方可核发证书</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="26"/>
        <source>The results changed while issuing; try again</source>
        <translation>核发过程中成绩发生变化，请重试</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="28"/>
        <source>Every sequence number under {prefix} is used: change the number rule</source>
        <translation>{prefix} 下的流水号已全部用完，请修改编号规则</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="30"/>
        <source>Give the reason for revoking the certificate</source>
        <translation>请填写注销证书的原因</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="32"/>
        <source>No such certificate</source>
        <translation>没有该证书</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="33"/>
        <source>Certificate {number} is already revoked</source>
        <translation>证书 {number} 已注销</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="35"/>
        <source>Genuine: the certificate matches the record</source>
        <translation>真实有效：证书与记录一致</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="37"/>
        <source>Not a certificate code</source>
        <translation>不是证书二维码</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="39"/>
        <source>Signed with a key this office does not know</source>
        <translation>签名密钥不为本机构所知</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="41"/>
        <source>The code has been altered: its signature does not match</source>
        <translation>二维码已被篡改：签名不符</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="43"/>
        <source>No certificate with this number was issued here</source>
        <translation>本机构未发放此编号的证书</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="45"/>
        <source>The code does not match the certificate on record</source>
        <translation>二维码与证书记录不一致</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/certificates.py" line="47"/>
        <source>This certificate has been revoked</source>
        <translation>该证书已注销</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="9"/>
        <source>No eligibility conditions are defined for this occupation and level.</source>
        <translation>该职业等级未设定申报条件。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="11"/>
        <source>Birth date unknown: the applicant must be at least {years}.</source>
        <translation>出生日期不详：申报人须年满 {years} 周岁。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="13"/>
        <source>Aged {age}, at least {years} required.</source>
        <translation>年龄 {age} 周岁，须年满 {years} 周岁。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="15"/>
        <source>{have} years of work in the occupation, {years} required.</source>
        <translation>从事本职业工作 {have} 年，须满 {years} 年。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="17"/>
        <source>No certificate of this or a related occupation at level {level} or higher.</source>
        <translation>未取得本职业或相关职业 {level} 级及以上证书。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="19"/>
        <source>Education {have}, at least {min} required.</source>
        <translation>文化程度 {have}，须 {min} 及以上。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="21"/>
        <source>The occupation&apos;s training is not completed.</source>
        <translation>未完成本职业培训。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="23"/>
        <source>Not a current student of a technical school or vocational college (at least {min}).</source>
        <translation>非技工院校或职业院校在校应届毕业生（{min} 及以上）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="26"/>
        <source>Route {route}: {message}</source>
        <translation>途径{route}：{message}</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="28"/>
        <source>&quot;{name}&quot; is not a condition set: use national or the name of an enterprise evaluation standard.</source>
        <translation>“{name}”不是条件集：请填 national（国家职业技能标准）或企业评价规范名称。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="31"/>
        <source>&quot;{level}&quot; is not a level (1 to 5).</source>
        <translation>“{level}”不是等级（1 至 5）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="32"/>
        <source>Condition {position}: the route &quot;{route}&quot; must be a number from 1.</source>
        <translation>第 {position} 个条件：途径“{route}”须为从 1 起的数字。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="34"/>
        <source>&quot;{kind}&quot; is not a kind of condition.</source>
        <translation>“{kind}”不是条件类型。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="36"/>
        <source>The value &quot;{value}&quot; does not fit a condition of kind {kind}.</source>
        <translation>数值“{value}”不适用于 {kind} 类条件。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="38"/>
        <source>&quot;{value}&quot; is not a known education (e.g. 初中, 高中, 中专, 大专, 本科).</source>
        <translation>“{value}”不是可识别的文化程度（如 初中、高中、中专、大专、本科）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="40"/>
        <source>The occupation &quot;{occupation}&quot; is not known.</source>
        <translation>未知的职业（工种）“{occupation}”。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="42"/>
        <source>&quot;{decision}&quot; is not a decision: accept or refuse.</source>
        <translation>“{decision}”不是审核决定：受理或不予受理。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="44"/>
        <source>A refusal needs a note giving the reason.</source>
        <translation>不予受理须填写审核意见说明原因。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="48"/>
        <source>Select the applications to decide first.</source>
        <translation>请先选择要审核的申请。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="52"/>
        <source>The declared facts of registration {registration_id} are out of range.</source>
        <translation>报名记录 {registration_id} 的申报情况超出范围。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="54"/>
        <source>&quot;{value}&quot; is not a certificate level.</source>
        <translation>“{value}”不是证书等级。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="56"/>
        <source>&quot;{value}&quot; is not a number of years (0 to 60).</source>
        <translation>“{value}”不是年数（0 至 60）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/eligibility.py" line="58"/>
        <source>&quot;{value}&quot; is not yes or no (是/否).</source>
        <translation>“{value}”不是 是 或 否。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="8"/>
        <source>Unknown kind of publicity: {kind}.</source>
        <translation>未知的公示类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="10"/>
        <source>A publicity lasts at least one working day (not {workdays}).</source>
        <translation>公示期至少为1个工作日（不能为{workdays}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="12"/>
        <source>{workdays} working days is too short: at least {minimum} ({source}).</source>
        <translation>{workdays}个工作日过短：至少{minimum}个（{source}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="14"/>
        <source>{workdays} working days is too long: at most {maximum}.</source>
        <translation>{workdays}个工作日过长：最多{maximum}个。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="16"/>
        <source>The publicity cannot start in the past ({starts_on}).</source>
        <translation>公示开始日期不能早于今天（{starts_on}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="18"/>
        <source>The registration publicity would end on {ends_on}, not before the exam on {exam_date}: start it earlier or shorten it.</source>
        <translation>报名公示将于{ends_on}结束，未在{exam_date}考试之前结束：请提前开始或缩短公示期。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="21"/>
        <source>The results publicity must start after the exam (last day {exam_end}), not on {starts_on}.</source>
        <translation>结果公示须在考试结束（最后一天{exam_end}）之后开始，不能为{starts_on}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="24"/>
        <source>Nobody would be on the list of this publicity.</source>
        <translation>本次公示名单中没有任何人员。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="26"/>
        <source>A publicity of this kind ({starts_on} to {ends_on}) is not closed yet; close it before publishing another.</source>
        <translation>同类公示（{starts_on}至{ends_on}）尚未结束，请先结束后再发布。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="29"/>
        <source>The results are not all verified and locked yet.</source>
        <translation>成绩尚未全部审核并锁定。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="31"/>
        <source>The publicity was not found (id {publicity_id}).</source>
        <translation>未找到该公示（编号 {publicity_id}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="33"/>
        <source>The publicity was closed at {closed_at}; it can no longer be changed.</source>
        <translation>公示已于{closed_at}结束，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="35"/>
        <source>Write down what the objection says.</source>
        <translation>请填写异议内容。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="39"/>
        <source>Objections are recorded during the publicity period ({starts_on} to {ends_on}); today is {day}.</source>
        <translation>异议须在公示期内（{starts_on}至{ends_on}）登记；今天是{day}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="42"/>
        <source>That candidate is not registered in this batch.</source>
        <translation>该考生未在本批次报名。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="44"/>
        <source>The objection was not found (id {objection_id}).</source>
        <translation>未找到该异议（编号 {objection_id}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="46"/>
        <source>An objection is either upheld or dismissed (not {outcome}).</source>
        <translation>异议处理意见只能是予以采纳或不予采纳（不能为{outcome}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="48"/>
        <source>Write down how the objection was settled.</source>
        <translation>请填写异议的处理结果。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="50"/>
        <source>The objection is already settled ({outcome}).</source>
        <translation>该异议已处理（{outcome}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="52"/>
        <source>Only an upheld objection can lead to corrected marks.</source>
        <translation>只有予以采纳的异议才能关联更正的评分。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="54"/>
        <source>Mark {mark_id} is not a mark of the candidate the objection is about.</source>
        <translation>评分 {mark_id} 不是该异议所涉考生的评分。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="56"/>
        <source>Mark {mark_id} was not unlocked for correction since the objection was received: the chief examiner unlocks it first.</source>
        <translation>异议受理后评分 {mark_id} 未被解锁更正：须先由考评组长解锁。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="59"/>
        <source>The publicity period runs until {ends_on}; close it after that day.</source>
        <translation>公示期至{ends_on}，期满后方可结束公示。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/publicity.py" line="61"/>
        <source>{count} objection(s) are not settled yet.</source>
        <translation>尚有{count}件异议未处理。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="9"/>
        <source>The body code must be 2 to 32 letters or digits (got &quot;{body_code}&quot;).</source>
        <translation>机构代码须为 2 至 32 位字母或数字（现为“{body_code}”）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="11"/>
        <source>The batch number must be 1 to 99 (got {batch_no}).</source>
        <translation>批次号须为 1 至 99（现为 {batch_no}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="13"/>
        <source>Registration closes ({closes}) before it opens ({opens}).</source>
        <translation>报名截止日期（{closes}）早于开始日期（{opens}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="15"/>
        <source>Registration must close before the exam: it closes on {closes}, the exam is on {exam_date}.</source>
        <translation>报名须在认定之前结束：报名截止 {closes}，认定日期 {exam_date}。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="18"/>
        <source>The announcement ({announce_on}) must come out before registration opens ({opens}).</source>
        <translation>公告（{announce_on}）须在报名开始（{opens}）之前发布。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="21"/>
        <source>Name at least one exam site.</source>
        <translation>请至少填写一个考点。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="22"/>
        <source>Give a contact telephone number.</source>
        <translation>请填写联系电话。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="23"/>
        <source>Give the complaints channel (telephone, mailbox or address).</source>
        <translation>请填写投诉监督渠道（电话、信箱或地址）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="25"/>
        <source>Add at least one occupation and level.</source>
        <translation>请至少添加一个职业（工种）和等级。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="27"/>
        <source>Row {row}: &quot;{occupation}&quot; is not an occupation code such as 6-31-01-03.</source>
        <translation>第 {row} 行：“{occupation}”不是职业编码（如 6-31-01-03）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="29"/>
        <source>Row {row}: the occupation&apos;s name is missing.</source>
        <translation>第 {row} 行：缺少职业（工种）名称。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="31"/>
        <source>Row {row}: occupation {occupation} is already named &quot;{name}&quot;.</source>
        <translation>第 {row} 行：职业 {occupation} 已命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="33"/>
        <source>Row {row}: the level must be 1 to 5 (got {level}).</source>
        <translation>第 {row} 行：等级须为 1 至 5（现为 {level}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="35"/>
        <source>Row {row}: occupation {occupation} at level {level} is listed twice.</source>
        <translation>第 {row} 行：职业 {occupation} 的 {level} 级重复列出。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="37"/>
        <source>Row {row}: the fee cannot be negative ({fee}).</source>
        <translation>第 {row} 行：收费不能为负数（{fee}）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="39"/>
        <source>There is already a plan &quot;{plan_name}&quot;.</source>
        <translation>已有计划“{plan_name}”。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="41"/>
        <source>Occupation {occupation} is registered here as &quot;{stored}&quot;, not &quot;{given}&quot;.</source>
        <translation>职业 {occupation} 在本系统中登记为“{stored}”，而不是“{given}”。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="43"/>
        <source>The plan breaks the timeline ({steps}): give the reason to make it anyway.</source>
        <translation>本计划不符合时间节点要求（{steps}）：如仍要制定，请填写理由。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="45"/>
        <source>This batch has no plan made in the plan wizard.</source>
        <translation>本批次没有通过计划向导制定的计划。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="47"/>
        <source>The seating is not done: {count} admitted candidates have no seat yet. Tickets are issued after the seating.</source>
        <translation>座位编排尚未完成：{count} 名已受理考生还没有座位。准考证须在座位编排后签发。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="50"/>
        <source>{count} applications still wait for the eligibility review: seats are drawn for reviewed candidates.</source>
        <translation>尚有 {count} 份报名未完成申报条件审核：座位只为审核通过的考生编排。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="53"/>
        <source>Registration is open until {closes}: seats are drawn after it closes.</source>
        <translation>报名至 {closes} 截止：座位须在报名截止后编排。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="55"/>
        <source>{count} seated candidates have no issued admission ticket: the site package carries the tickets.</source>
        <translation>{count} 名已编排座位的考生尚未签发准考证：考点数据包须包含准考证。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/plan.py" line="58"/>
        <source>Say why the check is overridden (at least {minimum} characters).</source>
        <translation>请说明越过检查的理由（至少 {minimum} 个字）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/database.py" line="9"/>
        <source>{url} is not the address of a PostgreSQL database (postgresql+psycopg://user@host/database).</source>
        <translation>{url} 不是 PostgreSQL 数据库的地址（应为 postgresql+psycopg://用户@主机/数据库）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/database.py" line="12"/>
        <source>{feature} is for a site&apos;s database file; the server database {url} has no file (the server&apos;s own tools look after it).</source>
        <translation>{feature} 仅适用于考点的数据库文件；服务器数据库 {url} 没有文件（由服务器自身的工具维护）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/database.py" line="15"/>
        <source>A value is longer than the database allows; nothing was saved.</source>
        <translation>有一项内容超出数据库允许的长度，未保存任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/database.py" line="18"/>
        <source>Longer than {limit} characters.</source>
        <translation>超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="8"/>
        <source>{file} was not imported ({count} problem(s)); the first is in row {row}, column {column}. Nothing was changed.</source>
        <translation>{file} 未导入（共 {count} 处问题），第一处在第 {row} 行“{column}”列。数据未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="11"/>
        <source>The name is missing or longer than 100 characters.</source>
        <translation>姓名为空或超过 100 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="13"/>
        <source>&quot;{gender}&quot; is not a gender (write 男 or 女).</source>
        <translation>“{gender}”不是有效的性别（请填 男 或 女）。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="15"/>
        <source>&quot;{phone}&quot; is not a telephone number.</source>
        <translation>“{phone}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="17"/>
        <source>The badge number is missing or longer than 32 characters.</source>
        <translation>工作证号为空或超过 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="19"/>
        <source>The work unit is longer than 200 characters.</source>
        <translation>工作单位超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="23"/>
        <source>Give at least one role.</source>
        <translation>请至少填写一个角色。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="25"/>
        <source>The badge number {badge_no} is already used in row {first}.</source>
        <translation>工作证号 {badge_no} 已在第 {first} 行使用。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="27"/>
        <source>The same ID number is already in row {first}.</source>
        <translation>相同的证件号码已在第 {first} 行出现。</translation>
    </message>
    <message>
        <location filename="../../app/message_sets/staff.py" line="29"/>
        <source>This ID number belongs to the staff member with badge number {badge_no}.</source>
        <translation>该证件号码属于工作证号为 {badge_no} 的考务人员。</translation>
    </message>
</context>
<context>
    <name>readiness_items</name>
    <message>
        <location filename="../screens/readiness/labels.py" line="10"/>
        <source>Exam office</source>
        <translation>考务办公室</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="11"/>
        <source>Emergency exam room</source>
        <translation>应急考场</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="12"/>
        <source>Secure paper room</source>
        <translation>保密室</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="13"/>
        <source>Medical room</source>
        <translation>医务室</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="14"/>
        <source>Storage for prohibited items</source>
        <translation>考生禁带物品存放处</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="15"/>
        <source>Staff badges, paper, stationery and proctoring equipment</source>
        <translation>工作人员证卡、纸张文具、监考设备</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="17"/>
        <source>Timetable, exam rules and candidate notice posted</source>
        <translation>张贴考试时间表、考场规则和考生须知</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="19"/>
        <source>Room map and signs posted (the day before)</source>
        <translation>张贴考场分布示意图和路标（考前一天）</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="21"/>
        <source>Computer-exam contingency plan (power, system failure) told to candidates</source>
        <translation>智能化考试应急预案（停电、系统故障）已告知考生</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="24"/>
        <source>Exam times arranged</source>
        <translation>考试时间安排</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="25"/>
        <source>Room set up (seat numbers, room sign)</source>
        <translation>考场布置（座位号、考场号标识）</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="26"/>
        <source>Network and power for computer exams</source>
        <translation>机考网络环境和电源保障</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="27"/>
        <source>Assessment equipment</source>
        <translation>考核设备</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="28"/>
        <source>Tools and materials</source>
        <translation>工具、材料</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="29"/>
        <source>Venue and stations set up</source>
        <translation>场地、工位设置</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="30"/>
        <source>Video monitoring working</source>
        <translation>全程电子监控</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="33"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="34"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="35"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="36"/>
        <source>Failed, rectification open</source>
        <translation>不合格，待整改</translation>
    </message>
    <message>
        <location filename="../screens/readiness/labels.py" line="37"/>
        <source>Failed, rectified</source>
        <translation>不合格，已整改</translation>
    </message>
</context>
<context>
    <name>staff_roles</name>
    <message>
        <location filename="../../app/rules/staffing.py" line="69"/>
        <source>Site manager</source>
        <translation>考点负责人</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="70"/>
        <source>Check-in clerk</source>
        <translation>检录员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="71"/>
        <source>Proctor</source>
        <translation>监考员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="72"/>
        <source>Examiner</source>
        <translation>考评员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="73"/>
        <source>Chief examiner</source>
        <translation>考评组长</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="74"/>
        <source>Expert</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="75"/>
        <source>Internal quality supervisor</source>
        <translation>内部质量督导员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="76"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="77"/>
        <source>Score clerk</source>
        <translation>统分员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="78"/>
        <source>Reviewer</source>
        <translation>复核员</translation>
    </message>
    <message>
        <location filename="../../app/rules/staffing.py" line="80"/>
        <source>Certification body administrator</source>
        <translation>鉴定机构管理员</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../screens/transfer/common.py" line="20"/>
        <location filename="../screens/transfer/common.py" line="34"/>
        <source>Certification body</source>
        <translation>评价机构</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="21"/>
        <source>Site main laptop</source>
        <translation>考点主机</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="22"/>
        <source>Site workstation</source>
        <translation>考点工作站</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="25"/>
        <source>Site package</source>
        <translation>考点数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="26"/>
        <source>Results package</source>
        <translation>成绩数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="27"/>
        <source>Station package</source>
        <translation>工作站数据包</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="35"/>
        <source>Occupations</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="36"/>
        <source>Subjects</source>
        <translation>科目</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="37"/>
        <source>Sites</source>
        <translation>考点</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="38"/>
        <source>Rooms</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="39"/>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="40"/>
        <source>Staff</source>
        <translation>考务人员</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="41"/>
        <source>Staff roles</source>
        <translation>人员角色</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="42"/>
        <source>Staff relations (recusal)</source>
        <translation>回避关系</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="43"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="44"/>
        <source>Batch milestones</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="45"/>
        <source>Occupations and levels offered</source>
        <translation>认定职业与等级</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="46"/>
        <source>Exam sessions</source>
        <translation>考试场次</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="47"/>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="48"/>
        <source>Candidate photos</source>
        <translation>考生照片</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="49"/>
        <source>Registrations</source>
        <translation>报名记录</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="50"/>
        <source>Scoring rubrics</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="51"/>
        <source>Rubric items</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="52"/>
        <source>Seat draws</source>
        <translation>座位编排</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="53"/>
        <source>Seat assignments</source>
        <translation>座位分配</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="54"/>
        <source>Staff assignments</source>
        <translation>人员安排</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="55"/>
        <source>Admission tickets</source>
        <translation>准考证</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="56"/>
        <source>Ticket revocations</source>
        <translation>作废的准考证</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="57"/>
        <source>Ticket verification keys</source>
        <translation>准考证验证密钥</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="58"/>
        <source>Check-in scans</source>
        <translation>检录记录</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="59"/>
        <source>Marks</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="60"/>
        <source>Score reviews</source>
        <translation>核分记录</translation>
    </message>
    <message>
        <location filename="../screens/transfer/common.py" line="61"/>
        <source>Supervision records</source>
        <translation>督导记录</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="21"/>
        <source>Admitted</source>
        <translation>准予入场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="22"/>
        <source>Not this session</source>
        <translation>不是本场次</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="23"/>
        <source>Wrong room</source>
        <translation>走错考场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="24"/>
        <source>Already checked in</source>
        <translation>已检录过</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="25"/>
        <source>Not registered</source>
        <translation>未报名</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="26"/>
        <source>Forged ticket</source>
        <translation>伪造的准考证</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="27"/>
        <source>Unreadable ticket</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="28"/>
        <source>Ticket cancelled</source>
        <translation>准考证已作废</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="29"/>
        <source>ID document does not match</source>
        <translation>证件与考生不符</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="30"/>
        <source>Too early</source>
        <translation>尚未开始检录</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="31"/>
        <source>Too late</source>
        <translation>迟到，禁止入场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="32"/>
        <source>Entry refused</source>
        <translation>拒绝入场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="33"/>
        <source>Check-in undone</source>
        <translation>检录已撤销</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="34"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="37"/>
        <source>Seat %1</source>
        <translation>%1 号座</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="38"/>
        <source>Seat %1  ·  %2 %3</source>
        <translation>%1 号座  ·  %2 %3</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="39"/>
        <source>%1 %2–%3. Check the face and the ID card, then press Enter to let them in (F4 refuses entry).</source>
        <translation>%1 %2–%3。请核对本人与证件，确认后按 Enter 准予入场（F4 拒绝入场）。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="42"/>
        <source>Go to %1 %2, seat %3</source>
        <translation>请到 %1 %2，%3 号座</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="43"/>
        <source>Their exam is on %1 at %2: %3 %4, seat %5</source>
        <translation>该考生的考试在 %1 %2：%3 %4，%5 号座</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="44"/>
        <source>Checked in at %1 at %2</source>
        <translation>已于 %1 在 %2 检录</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="45"/>
        <source>By %1. If this is not the same person, call the site manager.</source>
        <translation>检录员：%1。如不是同一人，请联系考点主任。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="47"/>
        <source>Ticket %1 is not in this batch: send the candidate to the exam office</source>
        <translation>准考证 %1 不属于本批次：请考生到考务办公室</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="49"/>
        <source>Forged or unreadable ticket: call the site manager</source>
        <translation>准考证伪造或被篡改：请联系考点主任</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="51"/>
        <source>Scan again or type the ticket number; if it still fails, search by name (F3)</source>
        <translation>请重新扫描或输入准考证号；仍不行请按姓名搜索（F3）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="54"/>
        <source>This ticket was cancelled or replaced: keep it and call the site manager</source>
        <translation>该准考证已作废或已补办新证：请扣留并联系考点主任</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="56"/>
        <source>The ID card is not the registered candidate&apos;s: refuse entry and call the site manager</source>
        <translation>身份证件不是报名考生本人的：请拒绝入场并联系考点主任</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="59"/>
        <source>Check-in opens later: the exam starts at %1 (%2, seat %3)</source>
        <translation>尚未开始检录：考试 %1 开始（%2，%3 号座）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="61"/>
        <source>Entry closed at %1 (the exam started at %2): entry is not allowed</source>
        <translation>入场已于 %1 截止（考试 %2 开始）：不得入场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="63"/>
        <source>Not let in; the ticket stays valid. Reason: %1</source>
        <translation>未准予入场，准考证仍有效。原因：%1</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="64"/>
        <source>The admission of %1 was undone. Reason: %2</source>
        <translation>已撤销 %1 的入场记录。原因：%2</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="65"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../screens/checkin/verdicts.py" line="66"/>
        <source>Ticket number %1</source>
        <translation>准考证号 %1</translation>
    </message>
</context>
</TS>
