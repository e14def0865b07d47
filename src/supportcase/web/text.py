"""The web app's words in English and Simplified Chinese."""

from __future__ import annotations

from supportcase.casefile.words import (
    ASSET_KINDS,
    CHANNELS,
    DOC_TYPES,
    EXPENSE_CATEGORIES,
    FACTS,
    MESSAGE_KINDS,
    PAYERS,
    PAYMENT_KINDS,
)
from supportcase.law.deadlines import STATUS_WORDS

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "app": "supportcase", "tagline": "Child-support case files, ready for enforcement",
        "login": "Log in", "email": "E-mail", "password": "Password", "logout": "Log out",
        "bad_login": "E-mail or password is not right.", "cases": "Your cases",
        "no_cases": "No cases yet.", "title": "Title", "order": "Order made in",
        "payments": "Payments", "documents": "Documents", "updated": "Updated",
        "no_case": "No such case, or you are not a member of it.", "parties": "Parties",
        "obligee": "Receiving parent (obligee)", "obligor": "Paying parent (obligor)",
        "children": "Children", "born": "born", "obligations": "What the order makes due",
        "per": "per", "frequency": "How often", "from": "from", "basis": "Legal basis",
        "date": "Date",
        "amount": "Amount", "payer": "Payer", "kind": "Kind", "asset_clues": "Asset clues",
        "obtained": "How obtained", "other_lang": "中文", "other_lang_code": "zh",
        "not_advice": "Information to prepare your file, not legal advice.",
        "arrears": "Arrears", "as_of": "as of", "total_due": "Total due",
        "total_paid": "Paid (counted)", "principal_outstanding": "Unpaid support",
        "interest_outstanding": "Interest", "total_outstanding": "Total outstanding",
        "download": "Download", "questions": "Questions to resolve",
        "statement_problems": "Problems to fix",
        "excluded": "Not counted, and why",
        "deadlines": "Deadlines", "due": "Last day", "status": "Status",
        "stops_or_restarts": "Stops or restarts",  # what stops or restarts a deadline
        "routes": "Enforcement routes", "authority": "Where to go", "drafts": "Drafts",
        "colon": ": ",  # after a label; Chinese takes the full-width colon
        "route_how": "How, step by step", "route_documents": "What to bring",
        "route_deadlines": "Deadlines on this route", "route_remedies": "Measures available",
        "route_risks": "Risks",
        "filing_copy": "filing copy", "translation": "translation",
        "separate": "Separate matters (not money enforcement)",
        "next_deadline": "Next deadline",
        "read_only": "You can read this case but not change it (ask its owner for editor access).",
        "rests_on_assumptions": "the figure rests on facts still to check (see the case page).",
        "add_documents": "Add documents", "upload": "Upload and read",
        "upload_hint": "Judgments, mediation statements, agreements, letters: PDF, photo, "
                       "Word, e-mail, text or ZIP. Each file is read and kept with the case.",
        "no_files": "Choose at least one file to upload.",
        "too_big": "This file is larger than the upload limit of {mb} MB; nothing was stored "
                   "from it.",
        "empty_file": "This file is empty; nothing was stored from it.",
        "unreadable": "This file could not be read (damaged, password-protected or of an "
                      "unknown kind); nothing was stored from it.",
        "not_stored": "This file could not be stored; nothing was kept from it.",
        "upload_result": "Documents read", "stored_doc": "Stored on the case",
        "doc_type": "Type", "court": "Court", "case_number": "Case number", "pages": "Pages",
        "facts_found": "Facts found", "fact": "Fact", "value": "Value", "page": "Page",
        "quote": "Words in the document", "proven": "proven by the text",
        "assumed": "assumed — to check", "no_facts": "No facts recognised; read it yourself.",
        "proposal": "Proposed for the case file",
        "proposal_note": "Assumed until you check them against the document.",
        "obligation": "Obligation", "due_day": "due day", "until": "until",
        "interest_regime": "Interest", "conflicts": "Differs from the case file",
        "check_notes": "Check before you add", "skipped": "Not proposed", "nothing_proposed": "Nothing new to add from this document.",
        "add_to_case": "Add to the case", "back_to_case": "Back to the case",
        "added": "Added", "language": "Language", "detail": "Details",
        "due_on": "due on day", "due_by": "due by day",
        "cn-delayed-performance": "double interest for delayed performance "
                                  "(PRC Civil Procedure Law 2023, art. 264)",
        "too_many": "At most {n} files at a time, please.",
        "too_long": "What you typed is too long: at most {n} characters in a field.",
        "reading_title": "Reading your documents",
        "reading": "{done} of {n} file(s) read so far.",
        "reading_hint": "A scanned page takes a few seconds to read. This page refreshes by "
                        "itself; you can also leave it and come back later — nothing is lost.",
        "waiting_for_reader": "No reader has started on these files yet. If this lasts more "
                              "than a few minutes, ask whoever runs supportcase to start "
                              "`supportcase worker` (or to set SUPPORTCASE_WORKERS to 1).",
        "reading_failed": "Reading stopped because of a problem on the server ({error}). The "
                          "files shown below are on the case; nothing else was changed. "
                          "Please upload the others again.",
        "lost": "The uploaded copy of this file was gone before it could be read; nothing "
                "was stored from it. Please upload it again.",
        "no_upload": "There is no such upload on this case.",
        "refresh_now": "Refresh now",
        "recent_uploads": "Recent uploads", "open": "Open",
        "no_deadlines": "No deadline is running for this case yet.",
        "new_case": "Start a new case", "case_title": "Title (e.g. Li Mei v. Wang Qiang)",
        "where_made": "Where the support order or agreement was made",
        "not_sure": "not sure yet", "create_case": "Create the case",
        "j_CN": "Mainland China", "j_HK": "Hong Kong", "j_MO": "Macau", "j_TW": "Taiwan",
        "j_US-CA": "California (US)",
        "bad_title": "Give the case a title of at most 200 characters.",
        "record_payment": "Record a payment received", "currency": "Currency",
        "payment_hint": "From your bank, WeChat Pay or Alipay records. It counts as your own "
                        "statement (assumed) until you link a document of the case that proves "
                        "it (add the statement or screenshot above, then “Link as proof”).",
        "method": "How it was paid", "note": "Note", "add_payment": "Add the payment",
        "remove_payment": "Remove",
        "bad_date": "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01.",
        "needs_date": "Give the day it happened.",
        "date_in_future": "That day has not come yet: give the day it happened.",
        "payment_positive": "The amount must be more than zero.",
        "terms_places": "'{value}' has more decimals than {currency} has ({places}): copy the "
                        "amount as the document states it.",
        "terms_twice": "These terms are already on the case; nothing was added. If the "
                       "document sets the same amount again (for another child), add it with "
                       "that child, or enter the total once.",
        "payment_places": "'{value}' has more decimals than {currency} has ({places}): write "
                          "the amount that arrived.",
        "bad_amount": "'{value}' is not an amount; write the digits, e.g. 2500.00.",
        "bad_field": "'{field}' cannot be saved as it was entered; check it and try again.",
        "bad_currency": "'{value}' is not a currency code; write CNY, USD, HKD…",
        "entry_changed": "This case changed meanwhile; nothing was changed. Open the case "
                         "again and retry.",
        "own_record": "your record", "proof": "Proof", "link_proof": "Link as proof",
        "check_terms": "Checked these terms against the document that sets them? Link it:",
        "no_such_document": "That document is not on this case.",
        "choose_document": "Choose a document…",
        "needs_document": "Choose the document that proves it first.",
        "set_kind": "Change kind",
        "too_many_logins": "Too many wrong passwords for this account: wait 15 minutes, then "
                           "try again (or ask whoever runs supportcase to reset it).",
        "account": "Your account", "change_password": "Change the password",
        "current_password": "Current password", "new_password": "New password ({n} characters "
        "or more)", "new_password_again": "New password again",
        "password_hint": "Changing it signs you out everywhere else.",
        "wrong_current": "The current password is not right; nothing changed.",
        "passwords_differ": "The two new passwords differ; nothing changed.",
        "password_short": "The new password must have at least {n} characters.",
        "changed_password": "Your password is changed; other sessions are signed out.",
        "changed_language": "Saved: pages open in this language when you sign in.",
        "ask_title": "Ask about the law and your case", "your_question": "Your question "
        "(English or Chinese)", "ask": "Ask", "answer": "Answer",
        "ask_hint": "Answered from the rules, the statutes and your case's facts; every "
                    "article cited is checked against the statute database. Information, "
                    "not legal advice.",
        "citations_checked": "Articles cited, as checked",
        "cite_valid": "in force", "cite_valid_as_of_its_date": "in force on the date it "
        "concerns", "cite_outdated": "no longer in force", "cite_not_found": "not found",
        "citations_removed": "{n} citation(s) the model gave could not be verified and were "
                             "removed.",
        "ask_link": "Ask a question about the law and this case",
        "next_steps": "Next steps",
        "steps_counts": "{done} done, {missing} missing, {to_check} to check",
        "open_checklist": "The whole checklist, with why each step matters and the questions "
                          "to ask a lawyer",
        "why": "Why", "evidence": "What settles it", "law": "Law",
        "draft_helps": "A draft that helps",
        "questions_for_counsel": "Questions for a lawyer",
        "open_point": "the law is unsettled here: a lawyer's view decides",
        "import_case": "Or start from a case file (YAML)", "import": "Import",
        "replace_case": "Replace with an edited case file",
        "replace_hint": "Download the case file above, change what the page cannot (steps, "
                        "suspensions, shared costs), and upload it here. The audit log keeps "
                        "what it was.",
        "casefile_not_utf8": "This file is not UTF-8 text; save it as UTF-8 and try again. "
                             "Nothing was changed.",
        "casefile_chinese_encoding": "This file is not UTF-8 text (it looks like {encoding}): "
                                     "save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8) "
                                     "and try again. Nothing was changed.",
        "casefile_wrong": "This case file cannot be used: {detail}. Nothing was changed.",
        "evidence_bundle": "Evidence bundle",
        "evidence_bundle_hint": "The case's documents in order, each page stamped with its "
                                "exhibit number, the arrears statement last.",
        "case_file": "The whole case file",
        "case_file_hint": "Everything on the case in one portable file, for a lawyer or to "
                          "keep (supportcase import reads it back).",
        "edit_parties": "Enter or correct the parents' details", "party_name": "Name",
        "lives_in": "Lives in (country code)", "asset_where": "Where it is (country code)", "address": "Address", "save": "Save",
        "needs_name": "Give the name first.",
        "bad_country": "'{value}' is not a country code: write CN, HK, US-CA, GB…",
        "bad_state": "'{value}' is no US state that exists: write the state's letters after "
                     "US- (US-CA, US-NY), or US alone.",
        "needs_reverses": "A reversal or a refund must name the payment it undoes, which this "
                          "form cannot do: enter it in the case file (its field 'reverses'), "
                          "or remove the payment that bounced.",
        "payer_obligee": "The receiving parent does not pay support to themselves: choose who "
                         "paid (the paying parent, a relative or someone else).",
        "undone_payment": "A reversal or refund on the case names this payment, or a payment "
                          "after it by its place in the list: remove the reversal or refund "
                          "first.",
        "nothing_typed": "Nothing was typed; nothing changed.",
        "enter_terms": "Enter the support terms by hand",
        "enter_terms_hint": "When reading the document did not find every term. Copy them from "
                            "the document; they count as assumed until you have checked them.",
        "effective_date": "Took effect on", "ends": "Ends",
        "ends_child_18": "when the child turns 18", "ends_date": "on a date",
        "ends_open": "no end stated", "end_date": "End date", "child_name": "Child's name",
        "child_birth": "Child's birth date", "add_terms": "Add the terms",
        "needs_start": "Give the first month the support is due (the start date).",
        "bad_due_day": "'{value}' is not a due day: write a day of the month (1–31) or 'last'.",
        "needs_end_date": "Give the end date, or choose another way it ends.",
        "needs_child": "Give the child's name and birth date (the support ends at 18).",
        "child_birth_differs": "{name} is already on the case with birth date {known}; check "
                               "which is right.",
        "end_before_start": "The end date is before the start date.",
        "expenses": "Costs for the child", "record_expense": "Record a cost you paid",
        "expense_hint": "Tuition, medical bills, childcare… Where the judgment or agreement "
                        "shares such costs, the paying parent's share becomes due; otherwise "
                        "the cost is listed apart (a question for changing the order), never "
                        "added to the arrears.",
        "receipt_sent": "Day the paying parent got the receipt",
        "add_asset": "Record an asset or income clue",
        "asset_hint": "What the paying parent owns or earns, and where: the court or agency "
                      "can only seize what it is told about. Say honestly how you know it — a "
                      "clue obtained unlawfully is kept here but left out of every filing.",
        "asset_details": "Details (bank and last digits, employer, address…)",
        "how_known": "How you know it", "needs_details": "Say what the clue is.",
        "not_in_filings": "left out of filings",
        "how_own_knowledge": "I know it myself", "how_documents_received": "from documents I "
        "received", "how_public_record": "a public record", "how_court_inquiry": "a court or "
        "agency inquiry", "how_third_party": "someone told me", "how_bank_records": "bank "
        "records", "how_unknown": "not sure", "how_unlawful": "in a way that may be unlawful "
        "(e.g. logging into their accounts)",
        "history": "What has happened", "record_message": "Record a message",
        "record_event": "Record a court or agency step",
        "history_hint": "A demand for payment you sent, or the paying parent agreeing to pay, "
                        "can interrupt the time limit for applying to enforce (it then runs "
                        "again from that day): the deadlines above are worked out again from "
                        "what you record here.",
        "direction": "Direction", "sent": "I sent it", "received": "I received it",
        "channel": "How", "summary": "What it said", "event_authority": "Court or agency",
        "event_kind": "What happened", "description": "Details", "add_entry": "Add",
        "needs_summary": "Say briefly what the message said.",
        "event_enforcement_application": "applied to the court for enforcement",
        "event_judgment_served": "the judgment was served",
        "event_ruling_served": "a ruling was served",
        "event_registration_notice": "notice of registration of the order was served",
        "event_publication": "served by public announcement",
        "event_settlement": "settlement agreed in enforcement", "event_hearing": "hearing",
        "event_returned_notice": "a notice came back undelivered", "event_other": "other",
        "members": "People on this case", "role": "Role", "you": "you", "remove": "Remove",
        "share": "Share", "role_owner": "owner — changes and shares it",
        "role_editor": "editor — can change it", "role_viewer": "viewer — can only read it",
        "share_hint": "The person needs an account: whoever runs supportcase adds one with "
                      "`supportcase user add`.",
        "no_account": "There is no account for {email}. Whoever runs supportcase can add one "
                      "with `supportcase user add {email}`; then share the case again.",
        "last_owner": "A case needs at least one owner: make someone else owner first.",
        "only_owner": "Only an owner of this case can change who sees it.",
        "no_obligation_yet": "No support obligation is recorded for this case yet, so nothing is "
                             "shown as due. Add the judgment, mediation statement or agreement "
                             "that sets the support (above), check what was read and add it to "
                             "the case.",
        "upload_queued": "waiting to be read", "upload_running": "being read",
        "upload_done": "read — open it to check what was found and add it to the case",
        "upload_failed": "stopped before the end — open it to see what was read",
        "upload_unread": "could not be read — nothing stored; open it to see why",
        "files_to_add": "Files to add", "case_file_yaml": "Case file (YAML)",
        "edited_case_file": "Edited case file (YAML)",
        "due_rule": "Due on that day, or by it",
        "type_question": "Type a question.",
        "no_page": "There is no page at this address. Go back to the case or to your cases.",
        "other_site": "This form was sent from another website, so it was refused and nothing "
                      "was saved. To change a case, open supportcase itself and use its pages.",
        "form_incomplete": "The form arrived without everything it needs; nothing was changed. "
                           "Open the page again, fill in every field and send it.",
        "form_unreadable": "The form could not be read; nothing was changed. Open the page "
                           "again and send it from there.",
        "error_403": "Not allowed", "error_404": "Not found", "error_405": "Not found",
        "error_other": "Not done",
        "not_saved": "Nothing was saved; what you typed is still in the form below.",
        "nothing_saved": "Nothing was saved.",
        "choose_file_again": "Correct it and choose the file again.",
        "signed_out": "You were signed out (a session lasts 12 hours), so nothing was saved "
                      "yet.",
        "typed_kept": "What you typed is kept: once you sign in, you can look it over and "
                      "send it.",
        "type_again": "Sign in, then fill in the form again.",
        "file_not_kept": "A chosen file cannot be kept: choose it again after signing in.",
        "signed_in_again": "You are signed in again. Send what you typed?",
        "resend_hint": "Nothing has been saved yet. This is what you typed before you were "
                       "signed out:",
        "send_typed": "Send it", "just_go": "Just go to the page (send nothing)",
        # The calculators page (/calc).
        "calc": "Support calculators",
        "calc_intro": "What a guideline would say, with every step of the working. Amounts "
                      "are monthly. Net incomes are used as you enter them: taxes are not "
                      "computed.",
        "calc_ca": "California guideline child support (Fam. Code § 4055)",
        "calc_prc": "PRC child-support standard (SPC Interpretation (I) art. 49)",
        "calc_a_net": "Parent A's net monthly disposable income (USD)",
        "calc_b_net": "Parent B's net monthly disposable income (USD)",
        "calc_gross": "Or a parent's gross income with the § 4059 deductions you know "
                      "(leave that parent's net income empty)",
        "calc_a_gross": "Parent A's gross monthly income (USD)",
        "calc_b_gross": "Parent B's gross monthly income (USD)",
        "calc_less": "less",
        "calc_a_time": "Parent A's share of time with the children (%)",
        "calc_a_time_hint": "Different shares for different children: one per child, youngest "
                            "first, separated by ; (e.g. 20; 35).",
        "calc_default": "No evidence of the time-share: a default proceeding (Fam. Code "
                        "§ 4055(b)(6))",
        "calc_default_custodial": "Custodial parent", "calc_default_moving": "Moving party",
        "calc_default_both": "A default proceeding needs both the custodial parent and the "
                             "moving party (A or B)",
        "calc_choose": "—",
        "calc_children": "Number of children",
        "calc_on": "Date the guideline is applied for (YYYY-MM-DD)",
        "calc_add_ons": "Add-ons (optional; monthly, USD)",
        "calc_childcare": "Childcare", "calc_uninsured_health": "Uninsured health care",
        "calc_education": "Education or special needs", "calc_travel": "Visitation travel",
        "calc_income": "Obligor's fixed monthly total income",
        "calc_annual_income": "Or, with no fixed income: the obligor's total income for the "
                              "year",
        "calc_industry_average": "Or: the average annual income of the obligor's trade",
        "calc_prc_children": "Number of children supported",
        "calc_prc_on": "Date (YYYY-MM-DD)",
        "calc_run": "Calculate",
        "calc_fix": "Correct it and send the form again; what you typed is still in the form "
                    "below.",
        "calc_pays": "Parent {payer} pays parent {recipient} {amount} USD a month",
        "calc_pays_note": "(guideline, before any low-income adjustment)",
        "calc_nobody": "No guideline support is payable either way.",
        "calc_lia": "Low-income adjustment: the court may order from {low} to {high} USD a "
                    "month (Fam. Code § 4055(b)(7), (c)).",
        "calc_lia_unknown": "Low-income adjustment: not determined — {why}",
        "calc_add_on": "Add-on {category} ({kind}): {amount} USD — {split}",
        "calc_mandatory": "mandatory", "calc_discretionary": "discretionary",
        "calc_split_unknown": "split not determined",
        "calc_range": "Guide range: {low} – {high} {currency} a month",
        "calc_range_note": "({citation}) — a starting point, not one right number.",
        "calc_weighs": "What the court weighs",
        "calc_working": "The working, step by step", "calc_step": "Step",
        "calc_value": "Value", "calc_how": "Working", "calc_rule": "Rule / note",
        "calc_rules": "Rules applied", "calc_rule_id": "Rule",
        "calc_citation": "Citation (on the date)", "calc_version": "Version",
        "calc_version_from": "from {start}", "calc_version_until": " until {end}",
        "calc_warnings": "Warnings",
        "calc_result_ca": "California guideline child support on {on}",
        "calc_result_prc": "PRC child-support guide on {on}",
        "calc_bad_children": "'{value}' is not a number of children; write a whole number, "
                             "e.g. 2.",
        "calc_ded_income_tax": "Income tax", "calc_ded_fica": "FICA (Social Security, Medicare)",
        "calc_ded_retirement_union": "Mandatory retirement and union dues",
        "calc_ded_health_insurance": "Health insurance premiums",
        "calc_ded_other_support": "Support paid for other children",
        "calc_ded_job_expenses": "Job-related expenses allowed by the court",
        "calc_ded_hardship": "Hardship deduction",
        "calc_checked": "Figures you checked yourself, for a date the data lacks (optional)",
        "calc_minimum_wage": "California hourly minimum wage for the year (USD)",
        "calc_lia_threshold": "Low-income threshold (before 2024-09-01: the Judicial "
                              "Council's figure, USD)",
    },
    "zh": {
        "app": "supportcase", "tagline": "抚养费案件材料，整理到可申请执行",
        "login": "登录", "email": "电子邮箱", "password": "密码", "logout": "退出",
        "bad_login": "邮箱或密码不正确。", "cases": "我的案件", "no_cases": "还没有案件。",
        "title": "案件名称", "order": "裁判作出地", "payments": "付款记录", "documents": "文件",
        "updated": "更新时间", "no_case": "没有这个案件，或您不是该案件的成员。",
        "parties": "当事人", "obligee": "收款方（权利人）", "obligor": "付款方（义务人）",
        "children": "子女", "born": "出生", "obligations": "法律文书确定的给付义务",
        "per": "每", "frequency": "付款频率", "from": "自", "basis": "依据", "date": "日期", "amount": "金额",
        "payer": "付款人", "kind": "性质", "asset_clues": "财产线索", "obtained": "取得方式",
        "other_lang": "English", "other_lang_code": "en",
        "not_advice": "本工具帮助整理材料，不构成法律意见。",
        "arrears": "欠款", "as_of": "截至", "total_due": "应付总额", "total_paid": "已付（计入）",
        "principal_outstanding": "未付抚养费", "interest_outstanding": "迟延履行利息",
        "total_outstanding": "欠款合计", "download": "下载", "questions": "待确认的问题",
        "statement_problems": "需要更正的问题",
        "excluded": "未计入的款项及原因",
        "deadlines": "期限", "due": "截止日", "status": "状态", "routes": "执行途径",
        "stops_or_restarts": "中止、中断或重新起算",
        "colon": "：",
        "route_how": "具体步骤", "route_documents": "需要准备的材料",
        "route_deadlines": "本途径的期限", "route_remedies": "可申请的措施", "route_risks": "风险",
        "authority": "向哪里申请", "drafts": "文书草稿", "filing_copy": "提交版",
        "translation": "译本", "separate": "另案处理的事项（不属于金钱执行）",
        "next_deadline": "下一个期限",
        "read_only": "您只能查看此案件，不能修改（请案件所有人授予编辑权限）。", "rests_on_assumptions": "该数额依据尚待核实的事实（详见案件页面）。",
        "add_documents": "添加文件", "upload": "上传并读取",
        "upload_hint": "判决书、调解书、协议、信函：PDF、照片、Word、电子邮件、文本或ZIP。"
                       "每个文件都会被读取并保存在本案中。",
        "no_files": "请至少选择一个文件。",
        "too_big": "该文件超过 {mb} MB 的上传上限，未保存任何内容。",
        "empty_file": "该文件是空的，未保存任何内容。",
        "unreadable": "无法读取该文件（文件损坏、有密码保护或格式无法识别），未保存任何内容。",
        "not_stored": "该文件无法保存，未保留任何内容。",
        "upload_result": "已读取的文件", "stored_doc": "已存入案件",
        "doc_type": "类型", "court": "法院", "case_number": "案号", "pages": "页数",
        "facts_found": "识别出的事实", "fact": "事项", "value": "内容", "page": "页",
        "quote": "原文", "proven": "原文已证明", "assumed": "待核实",
        "no_facts": "未识别到内容，请自行阅读原件。",
        "proposal": "拟补入案卷的内容", "proposal_note": "核对原文前均为待核实。",
        "obligation": "给付义务", "due_day": "付款日", "until": "至",
        "interest_regime": "利息", "conflicts": "与案卷现有内容不一致",
        "check_notes": "添加前请核对", "skipped": "未提出的内容", "nothing_proposed": "本文件没有需要新增的内容。",
        "add_to_case": "加入案卷", "back_to_case": "返回案件",
        "added": "添加时间", "language": "语言", "detail": "详情",
        "due_on": "每期付款日：", "due_by": "每期最迟付款日：",
        "cn-delayed-performance": "加倍支付迟延履行期间的债务利息（《民事诉讼法》2023年修正 第二百六十四条）",
        "too_many": "一次最多上传 {n} 个文件。",
        "too_long": "填写的内容过长：每一栏最多 {n} 个字符。",
        "reading_title": "正在读取您的文件",
        "reading": "已读取 {done} / {n} 个文件。",
        "reading_hint": "扫描件每页需要几秒钟读取。本页会自动刷新；您也可以先离开，稍后再回来，"
                        "不会丢失任何内容。",
        "waiting_for_reader": "还没有读取程序开始处理这些文件。如果几分钟后仍是如此，请联系"
                              " supportcase 的管理员启动 `supportcase worker`（或将 "
                              "SUPPORTCASE_WORKERS 设为 1）。",
        "reading_failed": "服务器出现问题，读取已中止（{error}）。下面列出的文件已存入案件，其他内容"
                          "未作改动。请重新上传其余文件。",
        "lost": "该文件的上传副本在读取前已不存在，未保存任何内容。请重新上传。",
        "no_upload": "该案件没有这次上传记录。",
        "refresh_now": "立即刷新",
        "recent_uploads": "最近上传", "open": "打开",
        "no_deadlines": "本案暂无正在计算的期限。",
        "new_case": "新建案件", "case_title": "案件名称（例如：李梅诉王强抚养费）",
        "where_made": "抚养费判决或协议的作出地", "not_sure": "暂不确定", "create_case": "创建案件",
        "j_CN": "中国内地", "j_HK": "香港", "j_MO": "澳门", "j_TW": "台湾",
        "j_US-CA": "美国加利福尼亚州",
        "bad_title": "请填写案件名称（不超过 200 个字符）。",
        "record_payment": "登记收到的付款", "currency": "币种",
        "payment_hint": "依据您的银行、微信支付或支付宝记录填写。在关联能证明该笔付款的案件文件前，视为您本人的陈述（待核实）"
                        "（先在上方添加流水或截图，再点“关联为凭证”）。",
        "method": "付款方式", "note": "备注", "add_payment": "添加付款", "remove_payment": "删除",
        "bad_date": "“{value}”不是有效日期，请按 YYYY-MM-DD 填写，例如 2026-11-01。",
        "needs_date": "请填写发生日期。",
        "date_in_future": "该日期尚未到来，请填写实际发生的日期。",
        "payment_positive": "金额必须大于零。",
        "terms_places": "“{value}”的小数位多于 {currency} 允许的 {places} 位，请按文书所写金额填写。",
        "terms_twice": "案件中已有完全相同的给付内容，未重复添加。如文书对另一子女规定了相同金额，请注明该子女后添加，或按合计金额录入一次。",
        "payment_places": "“{value}”的小数位多于 {currency} 允许的 {places} 位，请填写实际到账金额。",
        "bad_amount": "“{value}”不是金额，请只填写数字，例如 2500.00。",
        "bad_field": "“{field}”的填写内容无法保存，请检查后重试。",
        "bad_currency": "“{value}”不是币种代码，请填写 CNY、USD、HKD 等。",
        "entry_changed": "本案已有变动，未作任何更改。请重新打开案件后再试。",
        "set_kind": "更改性质",
        "own_record": "本人记录", "proof": "凭证", "link_proof": "关联为凭证",
        "check_terms": "已将以上给付内容与确定它的文书核对？请关联该文书：",
        "no_such_document": "本案没有该文件。",
        "choose_document": "请选择文件…",
        "needs_document": "请先选择作为凭证的文件。",
        "too_many_logins": "该账户密码错误次数过多：请 15 分钟后再试（或请 supportcase 的管理员重置密码）。",
        "account": "我的账户", "change_password": "修改密码", "current_password": "当前密码",
        "new_password": "新密码（至少 {n} 个字符）", "new_password_again": "再次输入新密码",
        "password_hint": "修改后，其他设备上的登录将被退出。",
        "wrong_current": "当前密码不正确，未作改动。", "passwords_differ": "两次输入的新密码不一致，未作改动。",
        "password_short": "新密码至少需要 {n} 个字符。",
        "changed_password": "密码已修改，其他登录已退出。",
        "changed_language": "已保存：登录后页面将以此语言显示。",
        "ask_title": "咨询法律与本案问题", "your_question": "您的问题（中文或英文）", "ask": "提问",
        "answer": "回答",
        "ask_hint": "根据规则、法律条文和本案事实回答；所引用的每一条都已与法律数据库核对。仅供参考，不构成法律意见。",
        "citations_checked": "所引条文（已核对）", "cite_valid": "现行有效",
        "cite_valid_as_of_its_date": "在所涉日期有效", "cite_outdated": "已失效", "cite_not_found": "未找到",
        "citations_removed": "模型给出的 {n} 条引用无法核实，已删除。", "ask_link": "就法律和本案提问",
        "next_steps": "下一步", "steps_counts": "已完成 {done} 项，缺失 {missing} 项，待核实 {to_check} 项",
        "open_checklist": "查看完整清单：每一步的理由，以及可以向律师请教的问题",
        "why": "理由", "evidence": "所需证据", "law": "法律依据", "draft_helps": "可用的文书草稿",
        "questions_for_counsel": "向律师请教的问题", "open_point": "此处法律尚无定论，以律师意见为准",
        "import_case": "或从案卷文件（YAML）新建", "import": "导入",
        "replace_case": "用修改后的案卷文件替换",
        "replace_hint": "先在上方下载案卷文件，修改本页无法修改的内容（金额变更、中止期间、费用分担等）后在此上传。审计日志会保留原内容。",
        "casefile_not_utf8": "该文件不是 UTF-8 文本，请另存为 UTF-8 后重试。未作任何改动。",
        "casefile_chinese_encoding": "该文件不是 UTF-8 文本（看起来是 {encoding} 编码），请另存为 UTF-8"
                                     "（记事本：另存为，编码选 UTF-8）后重试。未作任何改动。",
        "casefile_wrong": "该案卷文件无法使用：{detail}。未作任何改动。",
        "evidence_bundle": "证据材料汇编",
        "evidence_bundle_hint": "按顺序合并本案文件，每页加盖证据编号，欠款明细表列于最后。",
        "case_file": "完整案卷文件",
        "case_file_hint": "本案全部内容的便携文件，可交给律师或自行保存（supportcase import 可读回）。",
        "edit_parties": "填写或更正双方信息", "party_name": "姓名", "lives_in": "现居住地（国家/地区代码）", "asset_where": "所在地（国家/地区代码）",
        "address": "地址", "save": "保存", "needs_name": "请先填写姓名。",
        "bad_country": "“{value}”不是国家或地区代码，请填写 CN、HK、US-CA、GB 等。",
        "bad_state": "“{value}”不是存在的美国州：请在 US- 后填写州的字母（US-CA、US-NY），或只写 US。",
        "needs_reverses": "冲回或退款须注明所撤销的付款，本表单无法注明：请在案卷文件中录入（reverses 字段），"
                          "或删除被退回的付款。",
        "payer_obligee": "权利人不会向自己支付抚养费：请选择付款人（义务人、亲属或他人）。",
        "undone_payment": "本案有冲回或退款注明了这笔付款（或按列表位置注明其后的付款）：请先删除该冲回或退款。",
        "nothing_typed": "未填写任何内容，未作改动。",
        "enter_terms": "手动填写抚养费条款",
        "enter_terms_hint": "当读取文件未能找到全部条款时使用。请照文书原文填写；核对前视为待核实。",
        "effective_date": "生效日期", "ends": "止付", "ends_child_18": "子女年满18周岁时",
        "ends_date": "于某一日期", "ends_open": "文书未写明", "end_date": "止付日期",
        "child_name": "子女姓名", "child_birth": "子女出生日期", "add_terms": "添加条款",
        "needs_start": "请填写开始给付的日期。",
        "bad_due_day": "“{value}”不是付款日：请填写每月的日期（1–31）或 last（月末）。",
        "needs_end_date": "请填写止付日期，或选择其他止付方式。",
        "needs_child": "请填写子女姓名和出生日期（抚养费给付至年满18周岁）。",
        "child_birth_differs": "案件中已有{name}，出生日期为 {known}，请核对哪一个正确。",
        "end_before_start": "止付日期早于开始日期。",
        "expenses": "子女相关费用", "record_expense": "登记您支付的费用",
        "expense_hint": "学费、医疗费、托育费等。判决或协议约定分担此类费用的，付款方应分担的部分计入应付；未约定的单独列出"
                        "（可能涉及变更抚养费的问题），不计入欠款。",
        "receipt_sent": "付款方收到票据的日期",
        "add_asset": "登记财产或收入线索",
        "asset_hint": "付款方拥有或取得的财产、收入及其所在地：法院或机构只能执行已知的财产。请如实说明线索来源——"
                      "以不合法方式取得的线索会保留在此，但不会用于任何提交材料。",
        "asset_details": "详情（开户行及尾号、工作单位、地址等）", "how_known": "线索来源",
        "needs_details": "请说明线索内容。", "not_in_filings": "不用于提交材料",
        "how_own_knowledge": "本人知悉", "how_documents_received": "来自收到的文件",
        "how_public_record": "公开信息", "how_court_inquiry": "法院或机构查询",
        "how_third_party": "他人告知", "how_bank_records": "银行记录", "how_unknown": "不确定",
        "how_unlawful": "可能以不合法方式取得（如登录对方账户）",
        "history": "案件进展", "record_message": "登记往来消息", "record_event": "登记法院或机构程序",
        "history_hint": "您发出的催款、或对方同意付款，可能中断申请执行的期间（自该日起重新计算）：上方的期限会"
                        "根据您在此登记的内容重新计算。",
        "direction": "方向", "sent": "我发出的", "received": "我收到的", "channel": "方式",
        "summary": "内容摘要", "event_authority": "法院或机构", "event_kind": "事项",
        "description": "详情", "add_entry": "添加", "needs_summary": "请简要说明消息内容。",
        "event_enforcement_application": "向法院申请强制执行", "event_judgment_served": "判决书已送达",
        "event_ruling_served": "裁定书已送达", "event_registration_notice": "裁判登记通知已送达",
        "event_publication": "公告送达", "event_settlement": "达成执行和解", "event_hearing": "开庭/听证",
        "event_returned_notice": "通知被退回", "event_other": "其他",
        "members": "本案人员", "role": "权限", "you": "您", "remove": "移除",
        "share": "共享", "role_owner": "所有者——可修改并共享",
        "role_editor": "编辑者——可修改", "role_viewer": "查看者——只能查看",
        "share_hint": "对方需要有账户：由 supportcase 的管理员用 `supportcase user add` 添加。",
        "no_account": "没有 {email} 的账户。请 supportcase 的管理员用 `supportcase user add {email}` "
                      "添加后，再共享本案。",
        "last_owner": "每个案件至少要有一位所有者：请先把其他人设为所有者。",
        "only_owner": "只有本案的所有者才能更改可查看本案的人员。",
        "no_obligation_yet": "本案尚未录入抚养费给付义务，因此暂不显示应付款项。请在上方添加确定抚养费的"
                             "判决书、调解书或协议，核对读取结果后加入案卷。",
        "upload_queued": "等待读取", "upload_running": "正在读取",
        "upload_done": "已读取——打开核对读取结果后加入案卷",
        "upload_failed": "读取中途中止——打开查看已读取的内容",
        "upload_unread": "无法读取——未保存任何内容；打开查看原因",
        "files_to_add": "要添加的文件", "case_file_yaml": "案卷文件（YAML）",
        "edited_case_file": "修改后的案卷文件（YAML）",
        "due_rule": "当日付款或最迟付款",
        "type_question": "请输入问题。",
        "no_page": "此地址没有页面。请返回案件或案件列表。",
        "other_site": "该表单来自其他网站，已被拒绝，未保存任何内容。如需修改案件，请直接打开 supportcase 并使用其中的页面。",
        "form_incomplete": "提交的表单内容不完整，未作任何更改。请重新打开页面，填写全部内容后再提交。",
        "form_unreadable": "无法读取提交的表单，未作任何更改。请重新打开页面，从页面上提交。",
        "error_403": "无权操作", "error_404": "未找到", "error_405": "未找到",
        "error_other": "未能完成",
        "not_saved": "未保存任何内容；您填写的内容仍在下方表单中。",
        "nothing_saved": "未保存任何内容。",
        "choose_file_again": "请修改后重新选择文件上传。",
        "signed_out": "您已退出登录（每次登录有效 12 小时），因此尚未保存任何内容。",
        "typed_kept": "您填写的内容已保留：登录后可以核对并发送。",
        "type_again": "请登录后重新填写表单。",
        "file_not_kept": "已选择的文件无法保留：请在登录后重新选择文件。",
        "signed_in_again": "您已重新登录。要发送您填写的内容吗？",
        "resend_hint": "尚未保存任何内容。以下是您退出登录前填写的内容：",
        "send_typed": "发送", "just_go": "不发送，直接打开页面",
        # 计算器页面（/calc）
        "calc": "抚养费计算器",
        "calc_intro": "按指引计算抚养费，并列出每一步算式。金额均为每月金额。净收入按您填写的数值使用，"
                      "本程序不计算税款。",
        "calc_ca": "加州指引抚养费（家庭法典第4055条）",
        "calc_prc": "中国抚养费参考标准（婚姻家庭编的解释（一）第49条）",
        "calc_a_net": "A方每月可支配净收入（美元）",
        "calc_b_net": "B方每月可支配净收入（美元）",
        "calc_gross": "或填写一方的总收入及您所知的第4059条扣除项（该方净收入留空）",
        "calc_a_gross": "A方每月总收入（美元）",
        "calc_b_gross": "B方每月总收入（美元）",
        "calc_less": "减",
        "calc_a_time": "A方照管子女的时间比例（%）",
        "calc_a_time_hint": "各子女比例不同时：每个子女一个，从最小的子女起，用 ; 分隔（例如 20; 35）。",
        "calc_default": "没有照管时间的证据：缺席程序（《加州家庭法》§ 4055(b)(6)）",
        "calc_default_custodial": "监护方", "calc_default_moving": "申请方",
        "calc_default_both": "缺席程序须同时选择监护方和申请方（A 或 B）",
        "calc_choose": "—",
        "calc_children": "子女人数",
        "calc_on": "适用指引的日期（年-月-日）",
        "calc_add_ons": "附加费用（可选；每月，美元）",
        "calc_childcare": "托育费用", "calc_uninsured_health": "医保外医疗费用",
        "calc_education": "教育或特殊需要费用", "calc_travel": "探视交通费用",
        "calc_income": "义务人每月固定总收入",
        "calc_annual_income": "或（无固定收入的）义务人当年总收入",
        "calc_industry_average": "或：义务人所在行业的年平均收入",
        "calc_prc_children": "需抚养的子女人数",
        "calc_prc_on": "日期（年-月-日）",
        "calc_run": "计算",
        "calc_fix": "请改正后重新提交；您填写的内容仍在下方表单中。",
        "calc_pays": "{payer}方每月向{recipient}方支付 {amount} 美元",
        "calc_pays_note": "（指引金额，未计低收入调整）",
        "calc_nobody": "双方均无须支付指引抚养费。",
        "calc_lia": "低收入调整：法院可裁定每月 {low} 至 {high} 美元（家庭法典第4055(b)(7)、(c)条）。",
        "calc_lia_unknown": "低收入调整：无法确定 — {why}",
        "calc_add_on": "附加费用 {category}（{kind}）：{amount} 美元 — {split}",
        "calc_mandatory": "必须", "calc_discretionary": "可裁定",
        "calc_split_unknown": "未确定分担",
        "calc_range": "参考幅度：每月 {low} – {high} {currency}",
        "calc_range_note": "（{citation}）——仅为参考起点，并非唯一正确的金额。",
        "calc_weighs": "法院考虑的因素",
        "calc_working": "逐步算式", "calc_step": "步骤", "calc_value": "数值",
        "calc_how": "算式", "calc_rule": "规则 / 说明",
        "calc_rules": "适用的规则", "calc_rule_id": "规则",
        "calc_citation": "引用（该日有效）", "calc_version": "版本",
        "calc_version_from": "自 {start}", "calc_version_until": " 至 {end}",
        "calc_warnings": "提示",
        "calc_result_ca": "加州指引抚养费（{on}）",
        "calc_result_prc": "抚养费参考标准（{on}）",
        "calc_bad_children": "“{value}”不是子女人数，请填写整数，例如 2。",
        "calc_ded_income_tax": "所得税", "calc_ded_fica": "FICA社保税",
        "calc_ded_retirement_union": "强制退休金及工会会费",
        "calc_ded_health_insurance": "医疗保险费",
        "calc_ded_other_support": "为他人支付的抚养费",
        "calc_ded_job_expenses": "工作相关费用",
        "calc_ded_hardship": "困难扣除",
        "calc_checked": "您自行核实的数值，用于数据中没有的日期（可选）",
        "calc_minimum_wage": "该年度加州每小时最低工资（美元）",
        "calc_lia_threshold": "低收入调整门槛（2024-09-01 之前：司法委员会公布的数值，美元）",
    },
}


# Words for the case file's enumerated values (frequency, basis type; payer and payment kind
# are added below from the shared vocabulary).
TERMS: dict[str, dict[str, str]] = {
    "en": {
        "monthly": "month", "quarterly": "quarter", "yearly": "year", "once": "once",
        "judgment": "judgment", "mediation_statement": "mediation statement",
        "ruling": "ruling", "notarized_agreement": "notarised agreement",
        "divorce_agreement": "divorce agreement", "private_agreement": "private agreement",
        "foreign_order": "foreign order", "us_order": "US order", "hk_order": "Hong Kong order",
    },
    "zh": {
        "monthly": "月", "quarterly": "季度", "yearly": "年", "once": "一次性",
        "judgment": "判决书", "mediation_statement": "调解书", "ruling": "裁定书",
        "notarized_agreement": "公证债权文书", "divorce_agreement": "离婚协议",
        "private_agreement": "私下协议", "foreign_order": "外国裁判", "us_order": "美国法院命令",
        "hk_order": "香港法院命令",
    },
}

# Deadline statuses come from the law package, so the web and the checklist say the same.
for _status, (_en, _zh) in STATUS_WORDS.items():
    TERMS["en"][_status] = _en
    TERMS["zh"][_status] = _zh
# Document types and expense categories: the same words as the CLI, checklist and statement.
for _kind, (_en, _zh) in DOC_TYPES.items():
    TERMS["en"].setdefault(_kind, _en)
    TERMS["zh"].setdefault(_kind, _zh)
for _category, (_en, _zh) in EXPENSE_CATEGORIES.items():
    TEXT["en"]["exp_" + _category] = _en
    TEXT["zh"]["exp_" + _category] = _zh
for _kind, (_en, _zh) in ASSET_KINDS.items():
    TEXT["en"]["asset_" + _kind] = _en
    TEXT["zh"]["asset_" + _kind] = _zh
for _prefix, _words in (("ch_", CHANNELS), ("msg_", MESSAGE_KINDS)):
    for _kind, (_en, _zh) in _words.items():
        TEXT["en"][_prefix + _kind] = _en
        TEXT["zh"][_prefix + _kind] = _zh
for _words in (PAYERS, PAYMENT_KINDS):
    for _kind, (_en, _zh) in _words.items():
        TERMS["en"][_kind] = _en
        TERMS["zh"][_kind] = _zh

# Names of the facts intake reads, for people (the key itself is shown when not listed).
FACT_WORDS: dict[str, dict[str, str]] = {
    lang: {name: pair[i] for name, pair in FACTS.items()} for i, lang in enumerate(("en", "zh"))
}

