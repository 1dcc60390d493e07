package org.parkhall.web.internal.ledger;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.parkhall.api.LedgerEvent;
import org.parkhall.api.RecordAction;
import org.parkhall.spi.Bilingual;

/**
 * The ledger in words for the pages that people read (a case's history, the public case status, the console's
 * ledger table): each action as a bilingual phrase and each detail under a bilingual name, from the one table of
 * each below. The action code stays beside the words for programs; exports keep the codes.
 */
public final class LedgerWording {
    private static final Map<String, Bilingual> ACTIONS = Map.ofEntries(
            phrase("INTAKE_SUPPLEMENT_REQUIRED", "收件，材料需补正（一次性告知）",
                    "Application received; some materials to bring (one-time notice)"),
            phrase("INTAKE_ACCEPTED", "收件并受理", "Application received and accepted"),
            phrase("INTAKE_REFUSED", "不予受理", "Application not accepted"),
            phrase("INTAKE_APPROVED", "即办件当场准予", "Decided on the spot: approved"),
            phrase("INTAKE_DENIED", "即办件当场不予许可", "Decided on the spot: denied"),
            phrase("SUPPLEMENT_SUPPLEMENT_REQUIRED", "补正材料，仍需补正", "Materials brought; some still missing"),
            phrase("SUPPLEMENT_ACCEPTED", "补正材料后受理", "Materials brought; application accepted"),
            phrase("SUPPLEMENT_REFUSED", "补正后不予受理", "Materials brought; application not accepted"),
            phrase("SUPPLEMENT_APPROVED", "补正后当场准予", "Materials brought; approved on the spot"),
            phrase("SUPPLEMENT_DENIED", "补正后当场不予许可", "Materials brought; denied on the spot"),
            phrase("CASE_DISPATCH", "分转至部门审查", "Sent to the department for review"),
            phrase("CASE_APPROVE", "准予许可", "Approved"),
            phrase("CASE_DENY", "不予许可", "Denied"),
            phrase("CASE_SUSPEND", "中止办理", "Suspended"),
            phrase("CASE_RESUME", "恢复办理", "Resumed"),
            phrase("CASE_DELIVER", "结果已送达", "Result delivered"),
            phrase("CASE_CLOSE", "办结", "Completed"),
            phrase("CASE_WITHDRAW", "申请撤回", "Withdrawn"),
            phrase("CASE_FORWARD", "异地通办转出", "Forwarded to another service centre"),
            phrase("CASE_QUERY_CODE_ISSUED", "重新发放查询码", "New query code issued"),
            phrase("CASE_HANDED_OVER", "移交办件材料（收受分离）", "Case papers handed to another site"),
            phrase("CASE_DELIVERY_SITE_CHOSEN", "选定结果领取站点", "Pick-up site chosen"),
            phrase("CASE_CLAIMED", "审批人员认领", "Claimed by an approver"),
            phrase("CASE_CLAIM_RELEASED", "退回部门待办池", "Claim released to the department's inbox"),
            phrase("CASE_REASSIGNED", "改派审批人员", "Reassigned to another approver"),
            phrase("CASE_TRANSFERRED", "转办同事", "Transferred to a colleague"),
            phrase("CASE_RETURNED", "退回窗口", "Returned to the window"),
            phrase("CASE_COUNTERSIGN_REQUESTED", "发起会签", "Countersigning asked for"),
            phrase("CASE_COUNTERSIGNED", "部门会签", "Countersigned by a department"),
            phrase("CASE_SIGNED_OFF", "负责人复核签发", "Signed off by the lead"),
            phrase("CASE_EXTENDED", "延长办理期限", "Time limit extended"),
            phrase("CASE_SPECIAL_STARTED", "启动特别程序（期间不计时）", "Special procedure started (clock stopped)"),
            phrase("CASE_SPECIAL_ENDED", "特别程序结束", "Special procedure ended"),
            phrase("CASE_SUPERVISED", "督办", "Raised for supervision"),
            phrase("MATERIAL_ATTACHED", "上传电子材料", "Electronic material attached"),
            phrase("MATERIAL_VIEWED", "查看电子材料", "Electronic material viewed"),
            phrase("MATERIAL_DOWNLOADED", "下载电子材料", "Electronic material downloaded"),
            phrase("MATERIAL_PURGED", "电子材料超过保存期限已删除", "Electronic material deleted after its retention"),
            phrase("BUNDLE_DECIDED", "一件事各事项均已办结", "Every item of the joint application decided"),
            phrase("TICKET_ISSUED", "取号", "Ticket taken"),
            phrase("TICKET_CALLED", "叫号", "Ticket called"),
            phrase("TICKET_RECALLED", "重新呼叫", "Ticket called again"),
            phrase("TICKET_NO_SHOW", "过号", "Not present when called"),
            phrase("TICKET_REJOINED", "过号后重新排队", "Rejoined the queue"),
            phrase("TICKET_TRANSFERRED", "转至其他队列", "Moved to another queue"),
            phrase("TICKET_CANCELLED", "取消排号", "Ticket cancelled"),
            phrase("TICKET_ON_HOLD", "挂起", "Put on hold"),
            phrase("TICKET_CALLED_BACK", "叫回", "Called back"),
            phrase("SERVICE_STARTED", "开始办理", "Service started"),
            phrase("SERVICE_FINISHED", "办理完毕", "Service finished"),
            phrase("COUNTER_SIGNED_IN", "窗口签到", "Signed in at the counter"),
            phrase("COUNTER_SIGNED_OUT", "窗口签退", "Signed out of the counter"),
            phrase("COUNTER_PAUSED", "窗口暂停服务", "Counter paused"),
            phrase("COUNTER_RESUMED", "窗口恢复服务", "Counter resumed"),
            phrase("APPOINTMENT_BOOKED", "预约", "Visit booked"),
            phrase("APPOINTMENT_CANCELLED", "取消预约", "Booking cancelled"),
            phrase("APPOINTMENT_CHECKED_IN", "预约签到取号", "Booking checked in"),
            phrase("APPOINTMENT_MISSED", "预约未到", "Booking missed"),
            phrase("RATED", "服务评价", "Service rated"),
            phrase("RECTIFICATION_OPENED", "差评整改立项", "Rectification opened for a bad rating"),
            phrase("RECTIFICATION_RECORDED", "登记整改措施", "Rectification answer recorded"),
            phrase("RECTIFICATION_FOLLOWED_UP", "整改回访", "Rectification followed up"),
            phrase("RATING_APPEALED", "差评申诉", "Bad rating appealed"),
            phrase("RATING_APPEAL_UPHELD", "差评申诉成立", "Rating appeal upheld"),
            phrase("RATING_APPEAL_REJECTED", "差评申诉驳回", "Rating appeal rejected"),
            phrase("RATING_PAD_CODE_ISSUED", "生成评价器配对码", "Rating pad pairing code drawn"),
            phrase("RATING_PAD_CODE_VOIDED", "评价器配对码作废", "Rating pad pairing code voided"),
            phrase("RATING_PAD_PAIRED", "评价器已配对", "Rating pad paired"),
            phrase("RATING_PAD_UNPAIRED", "评价器解除配对", "Rating pad unpaired"),
            phrase("NOTICE_RETRY", "通知重发", "Notice retried"),
            phrase("NOTICE_CANCEL", "通知取消", "Notice cancelled"),
            phrase("NOTICE_OPT_OUT", "退订通知", "Notices opted out"),
            phrase("NOTICE_OPT_IN", "恢复通知", "Notices resumed"),
            phrase("STAFF_ADDED", "新增工作人员", "Staff account added"),
            phrase("STAFF_ROLES_SET", "调整工作人员角色", "Staff roles changed"),
            phrase("STAFF_REMOVED", "删除工作人员", "Staff account removed"),
            phrase("HANDLER_ARRIVED", "部门事项上线", "Department's items came online"),
            phrase("HANDLER_DEPARTED", "部门事项下线", "Department's items went offline"),
            phrase("HANDLER_REFUSED", "拒绝部门事项", "Department's item refused"));

    /** A work record's step is worded by its action ({@code RECORD_<action>}, see {@link RecordAction}). */
    private static final String RECORD = "RECORD_";

    private static final Map<String, Bilingual> DETAILS = Map.ofEntries(
            phrase("note", "说明", "Note"),
            phrase("material", "材料", "Material"),
            phrase("id", "编号", "Number"),
            phrase("type", "文件类型", "File type"),
            phrase("size", "大小（字节）", "Size (bytes)"),
            phrase("sha256", "SHA-256 校验值", "SHA-256"),
            phrase("problems", "待补正项", "Items to supplement"),
            phrase("newSinceNotice", "告知后新增要求", "New since the notice"),
            phrase("handlers", "审查规则版本", "Rules version"),
            phrase("notice", "通知", "Notice"),
            phrase("reference", "通知对象", "About"),
            phrase("was", "原状态", "Was"),
            phrase("subject", "退订对象", "Subject"),
            phrase("suppressed", "停发通知数", "Notices stopped"),
            phrase("counter", "窗口", "Counter"),
            phrase("queue", "队列", "Queue"),
            phrase("ticket", "号码", "Ticket"),
            phrase("priority", "优先", "Priority"),
            phrase("state", "状态", "State"),
            phrase("item", "事项", "Item"),
            phrase("applicant", "申请人", "Applicant"),
            phrase("department", "部门", "Department"),
            phrase("overall", "整体满意度", "Overall satisfaction"),
            phrase("indicators", "评价指标版本", "Indicator set"),
            phrase("doneBy", "整改期限", "Done by"),
            phrase("ground", "申诉理由", "Ground"),
            phrase("rectification", "整改单", "Rectification"),
            phrase("appeal", "申诉", "Appeal"),
            phrase("staff", "工作人员", "Staff"),
            phrase("user", "账号", "Account"),
            phrase("roles", "角色", "Roles"),
            phrase("phone", "电话", "Phone"),
            phrase("at", "时间", "Time"),
            phrase("day", "日期", "Day"),
            phrase("start", "时段", "Slot"),
            phrase("expiresAt", "有效至", "Valid until"),
            phrase("wrongTries", "错误次数", "Wrong tries"),
            phrase("bundle", "部门模块", "Department bundle"),
            phrase("version", "版本", "Version"),
            phrase("review", "审查", "Review"),
            phrase("result", "结果", "Result"),
            phrase("reason", "原因", "Reason"),
            phrase("outOfTurn", "特呼", "Called out of turn"),
            phrase("pausedMinutes", "暂停分钟数", "Minutes paused"),
            phrase("site", "站点", "Site"),
            phrase("from", "移出方", "From"),
            phrase("to", "移交给", "To"),
            phrase("materials", "移交材料", "Papers handed over"),
            phrase("deliverAt", "领取站点", "Pick-up site"),
            phrase("kind", "类别", "Kind"),
            phrase("channel", "渠道", "Channel"),
            phrase("class", "分类", "Class"),
            phrase("due", "答复期限", "Due"),
            phrase("owner", "负责人", "Owner"),
            phrase("departments", "会签部门", "Countersigning departments"),
            phrase("agreed", "同意", "Agreed"),
            phrase("days", "工作日数", "Working days"),
            phrase("dueOn", "办结期限", "Due on"),
            phrase("procedure", "特别程序", "Special procedure"),
            phrase("level", "督办级别", "Supervision level"));

    private LedgerWording() {
    }

    private static Map.Entry<String, Bilingual> phrase(String code, String zh, String en) {
        return entry(code, Bilingual.of(zh, en));
    }

    /** The action as people say it; an action this table does not know yet says so, with its code. */
    public static Bilingual action(String code) {
        Bilingual known = ACTIONS.get(code);
        if (known == null && code.startsWith(RECORD)) {
            known = Arrays.stream(RecordAction.values()).filter(step -> code.equals(RECORD + step.name())).findFirst()
                    .map(step -> Bilingual.of("专项工作记录：" + step.title().zh(), "Work record: " + step.title().en()))
                    .orElse(null);
        }
        return known != null ? known : Bilingual.of("其他记录（" + code + "）", "Other entry (" + code + ")");
    }

    /**
     * An entry's details, each under its name: the ledger's JSON object read key by key (a key this table does not
     * know keeps its own name); text that is no JSON object is one note.
     */
    public static List<Detail> details(String data) {
        List<Detail> details = new ArrayList<>();
        if (data == null || data.isBlank()) {
            return details;
        }
        JsonObject object;
        try {
            JsonElement parsed = JsonParser.parseString(data);
            if (!parsed.isJsonObject()) {
                return List.of(new Detail(DETAILS.get("note"), data));
            }
            object = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            return List.of(new Detail(DETAILS.get("note"), data));
        }
        for (Map.Entry<String, JsonElement> each : object.entrySet()) {
            JsonElement value = each.getValue();
            String text = value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString() : value.toString();
            if (!text.isBlank()) {
                details.add(new Detail(DETAILS.getOrDefault(each.getKey(), Bilingual.of(each.getKey(), each.getKey())),
                        text));
            }
        }
        return details;
    }

    /** A ledger entry as the console shows it: the code, its phrase and its details in words. */
    public static Worded worded(LedgerEvent event) {
        return new Worded(event.sequence(), event.time(), event.actor(), event.action(), action(event.action()),
                event.subject(), event.data(), details(event.data()));
    }

    /** One detail of an entry under its name. */
    public record Detail(Bilingual name, String value) {
    }

    /** A ledger entry with its action and details in words. */
    /** An entry as it was written (code and data, for programs) and worded (phrase and details, for people). */
    public record Worded(long sequence, Instant time, String actor, String action, Bilingual phrase, String subject,
            String data, List<Detail> details) {
    }
}
