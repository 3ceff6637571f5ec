<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CandidateData</name>
    <message>
        <location filename="../screens/checkin/panels.py" line="117"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="117"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="118"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="118"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="119"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="119"/>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="128"/>
        <source>(not in this laptop&apos;s data)</source>
        <translation>（本机数据中没有该考生）</translation>
    </message>
</context>
<context>
    <name>CandidateDetailPane</name>
    <message>
        <location filename="../screens/candidates/view.py" line="69"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="69"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="70"/>
        <source>Document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="70"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="71"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="71"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="72"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="72"/>
        <source>Ticket number</source>
        <translation>准考证号</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="73"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="73"/>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="74"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="74"/>
        <source>Eligibility</source>
        <translation>资格审核</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="78"/>
        <source>Candidate</source>
        <translation>考生信息</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="79"/>
        <source>Sessions and seats</source>
        <translation>场次与座位</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="84"/>
        <source>Select a candidate</source>
        <translation>请选择考生</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="90"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="107"/>
        <source>%1  %2 %3–%4
    %5, seat %6</source>
        <translation>%1  %2 %3–%4
    %5，%6 号座</translation>
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
        <location filename="../screens/candidates/view.py" line="171"/>
        <source>Search by name, ID number or ticket number (Ctrl+F)</source>
        <translation>按姓名、证件号码或准考证号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="172"/>
        <source>Import from Excel...</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="173"/>
        <source>Print admission tickets...</source>
        <translation>打印准考证…</translation>
    </message>
    <message>
        <location filename="../screens/candidates/view.py" line="193"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 人</translation>
    </message>
</context>
<context>
    <name>CheckinCounts</name>
    <message>
        <location filename="../screens/checkin/live.py" line="39"/>
        <source>No exam session today</source>
        <translation>今天没有考试场次</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="40"/>
        <source>All rooms</source>
        <translation>全部考场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="41"/>
        <source>%1 · %2 %3–%4    Expected %5   Present %6   Absent %7   Waiting %8</source>
        <translation>%1 · %2 %3–%4    应到 %5   实到 %6   缺考 %7   未到 %8</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <location filename="../screens/checkin/view.py" line="151"/>
        <location filename="../screens/checkin/view.py" line="170"/>
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
        <location filename="../screens/checkin/view.py" line="203"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="223"/>
        <source>Ready</source>
        <translation>请扫码</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="224"/>
        <source>Scan the admission ticket, or search by name (F3)</source>
        <translation>请扫描准考证二维码，或按姓名搜索（F3）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="239"/>
        <source>ID card read: %1 %2</source>
        <translation>已读取身份证：%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="245"/>
        <source>%1 is not a valid ID number.</source>
        <translation>%1 不是有效的证件号码。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="254"/>
        <source>ID card checked after the scan</source>
        <translation>扫码后核验身份证</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="281"/>
        <source>Let in. Next candidate, please.</source>
        <translation>已准予入场。请下一位考生。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="283"/>
        <source>%1 let in.</source>
        <translation>%1 已入场。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="292"/>
        <source>Refuse entry</source>
        <translation>拒绝入场</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="293"/>
        <source>Why is %1 refused entry? The ticket stays valid.</source>
        <translation>%1 被拒绝入场的原因是什么？准考证仍然有效。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="294"/>
        <source>The face does not match the photo</source>
        <translation>本人与照片不符</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="295"/>
        <source>No valid ID document</source>
        <translation>未携带有效身份证件</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="295"/>
        <source>Carries prohibited items</source>
        <translation>携带违禁物品</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="310"/>
        <source>No admission at this desk to undo.</source>
        <translation>本检录台没有可撤销的入场记录。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="314"/>
        <source>Undo check-in</source>
        <translation>撤销检录</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="315"/>
        <source>Undo the check-in of %1 (ticket %2) at %3? Give the reason.</source>
        <translation>撤销 %1（准考证 %2）%3 的检录？请填写原因。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="318"/>
        <source>Scanned the wrong candidate</source>
        <translation>扫错了考生</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="318"/>
        <source>Let in by mistake</source>
        <translation>误放行</translation>
    </message>
    <message>
        <location filename="../screens/checkin/view.py" line="346"/>
        <source>Photo</source>
        <translation>照片</translation>
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
    <name>DeskBar</name>
    <message>
        <location filename="../screens/checkin/panels.py" line="68"/>
        <source>Desk</source>
        <translation>检录台</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="69"/>
        <source>Room (F6)</source>
        <translation>考场（F6）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="70"/>
        <source>All rooms (site entrance)</source>
        <translation>全部考场（考点入口）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="71"/>
        <source>Sound</source>
        <translation>提示音</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="72"/>
        <source>Mark absentees...</source>
        <translation>标记缺考…</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../main_window.py" line="47"/>
        <source>This database holds no exam batch yet.</source>
        <translation>此数据库中还没有认定批次。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48"/>
        <source>Fill it with demo data</source>
        <translation>填入演示数据</translation>
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
    <name>LiveDesk</name>
    <message>
        <location filename="../screens/checkin/live.py" line="219"/>
        <source>Mark the %1 candidates who did not check in before the cutoff as absent?</source>
        <translation>将截止时间前未检录的 %1 名考生标记为缺考？</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="231"/>
        <source>Cutoff passed: %1 marked absent automatically.</source>
        <translation>已过入场截止时间：已自动将 %1 人标记为缺考。</translation>
    </message>
    <message>
        <location filename="../screens/checkin/live.py" line="232"/>
        <source>%1 marked absent.</source>
        <translation>已将 %1 人标记为缺考。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="123"/>
        <location filename="../main_window.py" line="130"/>
        <source>ExamSite</source>
        <translation>考点考务</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Synthetic people, not real candidates</source>
        <translation>虚构人员，并非真实考生</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>Overview</source>
        <translation>批次概览</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>Check-in</source>
        <translation>考生检录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>Creating demo data...</source>
        <translation>正在生成演示数据…</translation>
    </message>
</context>
<context>
    <name>ManualSearch</name>
    <message>
        <location filename="../screens/checkin/panels.py" line="171"/>
        <source>Search a candidate without a ticket (F3)</source>
        <translation>查找未带准考证的考生（F3）</translation>
    </message>
    <message>
        <location filename="../screens/checkin/panels.py" line="172"/>
        <source>Name, ID number or ticket number</source>
        <translation>姓名、证件号码或准考证号</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../screens/overview/view.py" line="53"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="54"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="55"/>
        <source>Candidates</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="57"/>
        <source>Room</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="59"/>
        <source>Exam capacity</source>
        <translation>考试容量</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="60"/>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="61"/>
        <source>Seated</source>
        <translation>已编排</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="63"/>
        <source>Step</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="64"/>
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="65"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="66"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="88"/>
        <source>Candidates by occupation and level</source>
        <translation>各职业（工种）等级人数</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="89"/>
        <source>Rooms</source>
        <translation>考场</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="90"/>
        <source>Deadline timeline</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="117"/>
        <source>Body: %1 · Exam: %2 · Rules: %3 · Candidates: %4 · Rooms: %5 · Staff: %6</source>
        <translation>评价机构：%1 · 认定日期：%2 · 规则：%3 · 考生：%4 人 · 考场：%5 个 · 考务人员：%6 人</translation>
    </message>
    <message>
        <location filename="../screens/overview/view.py" line="125"/>
        <source>Fewer than %1 candidates: %2</source>
        <translation>人数不足 %1 人：%2</translation>
    </message>
</context>
<context>
    <name>PrintTicketsDialog</name>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="87"/>
        <source>Print admission tickets</source>
        <translation>打印准考证</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="88"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="89"/>
        <source>Candidates:</source>
        <translation>考生：</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="90"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="92"/>
        <source>A4, two tickets per page (cut along the line)</source>
        <translation>A4，每页两张（沿虚线裁开）</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="93"/>
        <source>A5, one ticket per page</source>
        <translation>A5，每页一张</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="94"/>
        <source>Browse...</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="95"/>
        <source>Create PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="96"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="107"/>
        <source>Everyone in the batch</source>
        <translation>本批次全部考生</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="109"/>
        <source>Room %1 %2</source>
        <translation>考场 %1 %2</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="115"/>
        <source>Save the tickets as</source>
        <translation>准考证保存为</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="116"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="123"/>
        <source>Choose where to save the PDF.</source>
        <translation>请选择 PDF 的保存位置。</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="135"/>
        <source>Creating the admission tickets...</source>
        <translation>正在生成准考证…</translation>
    </message>
    <message>
        <location filename="../screens/tickets/print_dialog.py" line="141"/>
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
    <name>columns</name>
    <message>
        <location filename="../../app/messages.py" line="175"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="176"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="177"/>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="178"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="179"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="180"/>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="181"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="182"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="183"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="184"/>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="185"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="186"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="38"/>
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
        <source>before the exam</source>
        <translation>认定前</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>after the exam</source>
        <translation>认定后</translation>
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
        <location filename="../../app/messages.py" line="30"/>
        <source>Batch {batch_id} does not exist.</source>
        <translation>批次 {batch_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="31"/>
        <source>This database has no batch yet. Create the demo or import a site package.</source>
        <translation>此数据库中还没有批次。请生成演示数据或导入考点数据包。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="33"/>
        <source>Candidate {candidate_id} does not exist.</source>
        <translation>考生 {candidate_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="35"/>
        <source>The number of demo candidates must be between 1 and 100000 (got {count}).</source>
        <translation>演示考生人数须在 1 到 100000 之间（当前为 {count}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="37"/>
        <source>This database already holds a batch; create the demo in a new file.</source>
        <translation>此数据库中已有批次，请在新文件中生成演示数据。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="40"/>
        <source>Unknown rule profile: {profile}.</source>
        <translation>未知的规则方案：{profile}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="41"/>
        <source>The number of candidates cannot be negative.</source>
        <translation>考生人数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="43"/>
        <source>Rule profile {profile} has no step {step}.</source>
        <translation>规则方案 {profile} 中没有工作节点 {step}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="45"/>
        <source>The official holiday schedule of {year} is not known; add it to the calendar override file.</source>
        <translation>尚不知道 {year} 年的法定节假日安排，请在节假日补充文件中添加。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="48"/>
        <source>The calendar override file {path} cannot be used: {detail}</source>
        <translation>节假日补充文件 {path} 无法使用：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="50"/>
        <source>The last exam day is before the first.</source>
        <translation>认定结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="52"/>
        <source>The certification body&apos;s name is empty.</source>
        <translation>评价机构名称为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="54"/>
        <source>The certification body&apos;s name contains line breaks or control characters.</source>
        <translation>评价机构名称中含有换行或控制字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="56"/>
        <source>The batch number must be 1 or more (got {batch_no}).</source>
        <translation>批次号须大于等于 1（当前为 {batch_no}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="58"/>
        <source>This is not a plan name of the form date + body name + batch number.</source>
        <translation>计划名称不符合“评价日期+机构名称+批次号”的格式。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="61"/>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="62"/>
        <source>The ID number contains characters that are not allowed: {chars}</source>
        <translation>证件号码含有不允许的字符：{chars}</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="64"/>
        <source>The ID number has {length} characters; expected {expected}.</source>
        <translation>证件号码为 {length} 位，应为 {expected} 位。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="66"/>
        <source>Wrong check digit: it should be {expected} but is {actual}.</source>
        <translation>校验码错误：应为 {expected}，实际为 {actual}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="68"/>
        <source>The birth date {value} in the ID number is not a real date.</source>
        <translation>证件号码中的出生日期 {value} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="70"/>
        <source>The birth date {value} in the ID number is in the future.</source>
        <translation>证件号码中的出生日期 {value} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="72"/>
        <source>The birth date {value} in the ID number is before 1900.</source>
        <translation>证件号码中的出生日期 {value} 早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="74"/>
        <source>A Hong Kong, Macao or Taiwan residence permit number starts with 810000, 820000 or 830000, not {prefix}.</source>
        <translation>港澳台居民居住证号码应以 810000、820000 或 830000 开头，而不是 {prefix}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="77"/>
        <source>The number does not have the format of this document type ({id_type}).</source>
        <translation>号码不符合该证件类型（{id_type}）的格式。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="79"/>
        <source>The document type chosen is {expected} but the number is a {detected}.</source>
        <translation>所选证件类型为 {expected}，但号码属于 {detected}。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="81"/>
        <source>The region code is not a known province; please double-check it.</source>
        <translation>地址码不是已知的省级行政区划代码，请核对。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="83"/>
        <source>The old 15-digit number was converted to the 18-digit form.</source>
        <translation>已将 15 位旧号码转换为 18 位号码。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="86"/>
        <source>This is not an admission ticket code, or it is damaged.</source>
        <translation>这不是准考证二维码，或二维码已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="88"/>
        <source>The ticket is signed by a key this laptop does not trust ({kid}).</source>
        <translation>准考证由本机不信任的密钥签发（{kid}）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="90"/>
        <source>The ticket&apos;s signature does not match: it was edited or forged.</source>
        <translation>准考证签名不符：已被篡改或伪造。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="92"/>
        <source>The ticket belongs to another batch.</source>
        <translation>该准考证属于其他批次。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="94"/>
        <source>The ticket was cancelled or replaced by a reissued one.</source>
        <translation>该准考证已作废或已被补办的新证取代。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="96"/>
        <source>No ticket with this number in this batch.</source>
        <translation>本批次没有此准考证号。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="98"/>
        <source>Nobody is seated yet: arrange the rooms before issuing tickets.</source>
        <translation>尚未编排考场座位，请先完成考场编排再核发准考证。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="100"/>
        <source>No signed tickets yet: issue the tickets first.</source>
        <translation>尚无已签发的准考证，请先核发准考证。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="102"/>
        <source>Nobody with a signed ticket sits in room {room_code}.</source>
        <translation>考场 {room_code} 中没有已签发准考证的考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="104"/>
        <source>Give a reason for cancelling or reissuing the ticket.</source>
        <translation>请填写作废或补办准考证的原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="106"/>
        <source>Ticket {ticket_no} does not exist or is already cancelled.</source>
        <translation>准考证 {ticket_no} 不存在或已作废。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="108"/>
        <source>The ID document does not belong to the ticket&apos;s candidate.</source>
        <translation>身份证件与准考证上的考生不符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="110"/>
        <source>Genuine ticket, but the candidate is not in this laptop&apos;s data.</source>
        <translation>准考证真实有效，但本机数据中没有该考生。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="112"/>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="113"/>
        <source>An admission can only be refused or undone.</source>
        <translation>只能对准予入场的记录进行拒绝入场或撤销。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="115"/>
        <source>Check-in {event_id} does not exist.</source>
        <translation>检录记录 {event_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="116"/>
        <source>Only an admission can be refused or undone.</source>
        <translation>只有准予入场的记录才能拒绝入场或撤销。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="118"/>
        <source>This admission was already refused or undone.</source>
        <translation>该入场记录已被拒绝或撤销。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="120"/>
        <source>Session {session_id} does not exist.</source>
        <translation>场次 {session_id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="122"/>
        <source>Absentees can be marked only after the late-entry cutoff ({cutoff}).</source>
        <translation>须在迟到截止时间（{cutoff}）之后才能标记缺考。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="125"/>
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="126"/>
        <source>The file {file} is not an Excel workbook (.xlsx). Save it as .xlsx from Excel or WPS and try again.</source>
        <translation>文件 {file} 不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="129"/>
        <source>The sheet {sheet} of {file} holds no candidates.</source>
        <translation>{file} 的工作表“{sheet}”中没有考生数据。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="131"/>
        <source>The sheet {sheet} of {file} lacks the required columns: {missing}. Use the template.</source>
        <translation>{file} 的工作表“{sheet}”缺少必填列：{missing}。请使用导入模板。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="134"/>
        <source>The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so each candidate is on one row.</source>
        <translation>{file} 的工作表“{sheet}”中有合并单元格（{cells}），请取消合并，使每名考生占一行。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="137"/>
        <source>The file {file} has more than {limit} rows; split it.</source>
        <translation>文件 {file} 超过 {limit} 行，请拆分后导入。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="139"/>
        <source>Required, but empty.</source>
        <translation>必填项为空。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="140"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="142"/>
        <source>&quot;{value}&quot; is not a gender; write 男 or 女.</source>
        <translation>“{value}”不是有效的性别，请填写“男”或“女”。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="144"/>
        <source>The gender &quot;{value}&quot; does not match the ID number.</source>
        <translation>性别“{value}”与证件号码不符。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="146"/>
        <source>The ID number is stored as a number, so Excel may have changed its last digits; format the column as text and type it again.</source>
        <translation>证件号码以数字格式保存，Excel 可能已改动末几位；请将该列设为文本格式后重新输入。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="149"/>
        <source>&quot;{value}&quot; is not a known document type.</source>
        <translation>“{value}”不是可识别的证件类型。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="151"/>
        <source>The same ID number is already on row {first_row} of this file.</source>
        <translation>相同的证件号码已出现在本表第 {first_row} 行。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="153"/>
        <source>This person is already registered in this batch.</source>
        <translation>此人已在本批次报名。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="155"/>
        <source>&quot;{value}&quot; is not a date (write it as 1990-01-31).</source>
        <translation>“{value}”不是有效日期（请按 1990-01-31 的格式填写）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="157"/>
        <source>The birth date {value} differs from the one in the ID number ({expected}).</source>
        <translation>出生日期 {value} 与证件号码中的出生日期（{expected}）不一致。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="159"/>
        <source>&quot;{value}&quot; is not an occupation of this batch.</source>
        <translation>“{value}”不是本批次开设的职业（工种）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="161"/>
        <source>&quot;{value}&quot; is not a level (write e.g. 四级 or 中级工).</source>
        <translation>“{value}”不是有效的等级（请填写如“四级”或“中级工”）。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="163"/>
        <source>Level &quot;{value}&quot; of {occupation} is not offered in this batch.</source>
        <translation>本批次未开设{occupation}的“{value}”等级。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="165"/>
        <source>&quot;{value}&quot; is not a phone number.</source>
        <translation>“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="166"/>
        <source>No photo: neither in the sheet nor as a file named {file}.jpg/.png.</source>
        <translation>缺少照片：表中未插入照片，也未找到名为 {file}.jpg/.png 的照片文件。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="168"/>
        <source>The photo is larger than 5 MB.</source>
        <translation>照片超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="170"/>
        <source>The photo is not a JPEG or PNG image.</source>
        <translation>照片不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <location filename="../../app/messages.py" line="189"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
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
