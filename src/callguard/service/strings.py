"""What the service's pages say, in Chinese and in English, and how a page's language is chosen."""

from __future__ import annotations

LANGS = ("zh", "en")

UI = {
    "zh": {
        "title": "催收投诉受理", "switch": "English", "switch_to": "en",
        "intro": "如果催收人员威胁、辱骂您，或向您的亲友、同事透露您的债务，请在此提交投诉和通话录音。"
                 "录音只用于处理您的投诉。",
        "name": "您的姓名", "contact": "联系方式（电话或邮箱）", "institution": "对方自称的机构（贷款平台、银行）",
        "collector": "催收公司（如对方提到）", "caller_number": "来电号码", "call_dates": "来电时间（大致即可）",
        "story": "发生了什么（用您自己的话）", "recordings": "通话录音（可多个）", "submit": "提交投诉",
        "submitted": "投诉已提交", "case_number": "案件编号", "private_link": "您的专属链接",
        "keep_link": "请保存此链接：它是查看案件进度的唯一方式，不会再次显示。",
        "status": "进度", "recording": "录音", "state_queued": "排队等待分析", "state_running": "正在分析",
        "state_done": "分析完成", "state_failed": "无法分析", "refreshing": "页面会自动刷新。",
        "summary": "分析结果", "report": "报告", "case_status_new": "新案件", "case_status_in_review": "审核中",
        "case_status_referred": "已移交", "case_status_closed": "已结案",
        "disclaimer": "分析结果由机器生成，仅作为线索，不是法律结论；审核人员会对照录音逐条核实。",
        "sign_in": "审核人员登录", "user": "用户名", "password": "密码", "sign_out": "退出",
        "queue": "待办案件（最严重的在前）", "severity": "严重程度", "days_left": "剩余天数", "calls": "通话",
        "labels": "发现的问题", "night_calls": "夜间来电", "assignee": "负责人", "linked": "关联案件",
        "export_csv": "导出队列 CSV", "assign_me": "分配给我", "move_to": "状态改为", "export_zip": "导出案件 ZIP",
        "findings": "发现", "confirm": "确认", "reject": "驳回", "needs_info": "需要更多信息", "note": "备注",
        "decided": "审核结论", "pending": "未审核", "audit": "操作记录", "complaint": "投诉内容",
        "no_findings": "未发现问题。", "error": "出错了", "back": "返回",
    },
    "en": {
        "title": "Debt collection complaints", "switch": "中文", "switch_to": "zh",
        "intro": "If a debt collector threatened or insulted you, or told your family or colleagues about your "
                 "debt, file a complaint here with the call recordings. They are used only for your complaint.",
        "name": "Your name", "contact": "How to reach you (phone or e-mail)",
        "institution": "The institution they said they called for (lender, bank)",
        "collector": "The collection company (if they named it)", "caller_number": "The number that called",
        "call_dates": "When the calls happened (roughly)", "story": "What happened, in your own words",
        "recordings": "Call recordings (one or more)", "submit": "File the complaint",
        "submitted": "Complaint filed", "case_number": "Case number", "private_link": "Your private link",
        "keep_link": "Keep this link: it is the only way to see your case, and it is not shown again.",
        "status": "Status", "recording": "Recording", "state_queued": "waiting to be analysed",
        "state_running": "being analysed", "state_done": "analysed", "state_failed": "could not be analysed",
        "refreshing": "This page refreshes itself.", "summary": "What the analysis found", "report": "Report",
        "case_status_new": "new", "case_status_in_review": "in review", "case_status_referred": "referred",
        "case_status_closed": "closed",
        "disclaimer": "The analysis is machine-generated: leads, not legal conclusions. A reviewer checks every "
                      "finding against the recording.",
        "sign_in": "Reviewer sign-in", "user": "User name", "password": "Password", "sign_out": "Sign out",
        "queue": "Open cases, worst first", "severity": "Severity", "days_left": "Days left", "calls": "Calls",
        "labels": "Found", "night_calls": "Night calls", "assignee": "Assigned to", "linked": "Linked cases",
        "export_csv": "Export the queue (CSV)", "assign_me": "Assign to me", "move_to": "Move to",
        "export_zip": "Export the case (zip)", "findings": "Findings", "confirm": "Confirm", "reject": "Reject",
        "needs_info": "Needs more information", "note": "Note", "decided": "Decision", "pending": "not reviewed",
        "audit": "Audit log", "complaint": "The complaint", "no_findings": "Nothing found.", "error": "Error",
        "back": "Back",
    },
}

ERRORS = {
    "zh": {
        "not_found": "没有找到。", "not_audio": "上传的文件不是可以播放的录音。", "empty": "上传的文件是空的。",
        "too_large": "文件太大，超过了上传限制。", "no_recording": "请至少上传一段录音。",
        "missing": "请填写姓名和联系方式。", "csrf": "表单已过期或无效，请刷新页面后重试。",
        "rate": "提交过于频繁，请稍后再试。", "sign_in": "请先登录。", "bad_login": "用户名或密码错误。",
        "too_many_files": "一次上传的录音太多。", "not_a_form": "请通过表单提交。", "field_too_long": "填写内容太长。",
        "interrupted": "上传中断，什么也没有保存，请重试。", "bad_move": "当前状态不能这样修改。",
        "bad_decision": "无效的审核结论。", "internal": "服务器出错了，什么也没有保存，请稍后再试。",
        "bad_length": "请求的 Content-Length 不是一个数字，什么也没有保存。",
    },
    "en": {
        "not_found": "Not found.", "not_audio": "The uploaded file is not a playable recording.",
        "empty": "The uploaded file is empty.", "too_large": "The file is larger than the upload limit.",
        "no_recording": "Please attach at least one recording.", "missing": "Please give your name and contact.",
        "csrf": "The form has expired or is not valid; reload the page and try again.",
        "rate": "Too many complaints from here; please try again later.", "sign_in": "Please sign in.",
        "bad_login": "Wrong user name or password.", "too_many_files": "Too many recordings at once.",
        "not_a_form": "Please use the form.", "field_too_long": "A field is too long.",
        "interrupted": "The upload was interrupted; nothing was kept. Please try again.",
        "bad_move": "A case in this status cannot move there.", "bad_decision": "Not a valid decision.",
        "internal": "Something went wrong on our side; nothing was kept. Please try again later.",
        "bad_length": "The request's Content-Length is not a number; nothing was kept.",
    },
}


def pick_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The `lang` asked for, else the one chosen before, else the browser's first zh or en."""
    for choice in (query, cookie):
        if choice in LANGS:
            return choice
    ranked = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        ranked.append((-weight, i, tag.strip().lower()[:2]))
    return next((tag for _, _, tag in sorted(ranked) if tag in LANGS), "zh")
