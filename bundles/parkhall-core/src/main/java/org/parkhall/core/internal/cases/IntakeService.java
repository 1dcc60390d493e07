package org.parkhall.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.CaseState;
import org.parkhall.api.Catalog;
import org.parkhall.api.CatalogEntry;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Intake;
import org.parkhall.api.IntakeRequest;
import org.parkhall.api.JointApplication;
import org.parkhall.api.Site;
import org.parkhall.api.TimeStatus;
import org.parkhall.core.internal.catalog.JointApplications;
import org.parkhall.core.internal.catalog.HandlerGuard;
import org.parkhall.core.internal.catalog.HandlerRegistry;
import org.parkhall.core.internal.catalog.Registration;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Decision;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.Problem;
import org.parkhall.spi.Review;
import org.parkhall.spi.TextField;

/**
 * Intake at the comprehensive window (综合一窗受理). The departments' handlers are called first, outside any
 * transaction; then the case, its number, its children (for a joint application, 一件事) and the ledger entries are written in one
 * transaction, so an intake is recorded whole or not at all.
 */
@Component(service = Intake.class)
public final class IntakeService implements Intake {
    /** A material's code, {@code ITEM-CODE/material} in a joint application. */
    private static final TextField MATERIAL = TextField.line("presented", "材料编码", "material code", 100);
    private static final TextField FACT_NAME = TextField.line("facts", "申请信息的字段名", "form field name", 64);
    /** A fact may run to a paragraph, such as a business scope (经营范围). */
    private static final TextField FACT = TextField.lines("facts", "申请信息", "form field", 2000);

    private final CaseBook book;
    private final HandlerRegistry handlers;
    private final HandlerGuard guard;
    private final JointApplications jointApplications;
    private final Catalog catalog;

    /** A reviewed item: its handler, the application it saw, the review and any instant decision. */
    private record Reviewed(Registration handler, Application application, Review review,
            Optional<Decision> decision) {
    }

    @Activate
    public IntakeService(@Reference CaseBook book, @Reference HandlerRegistry handlers, @Reference HandlerGuard guard,
            @Reference JointApplications jointApplications, @Reference Catalog catalog) {
        this.book = book;
        this.handlers = handlers;
        this.guard = guard;
        this.jointApplications = jointApplications;
        this.catalog = catalog;
    }

    @Override
    public CaseFile submit(IntakeRequest request, String actor) {
        Optional<JointApplication> joint = jointApplications.find(request.itemCode());
        Site site = book.sites().here();
        refuseNotAcceptedAt(site, itemCodes(request.itemCode(), joint));
        List<Reviewed> reviews = review(itemCodes(request.itemCode(), joint), request.applicant(),
                request.presented(), request.facts(), request.facts().keySet(), joint.isPresent(),
                request.delivery().mode());
        String itemName = joint.map(j -> j.name().zh()).orElse(reviews.get(0).handler().item().name().zh());
        String department = joint.isPresent() ? CaseDraft.JOINT_DEPARTMENT
                : reviews.get(0).handler().item().department().code();
        return book.database().inTransaction(connection -> {
            LocalDate today = book.calendar().today();
            CaseFile file = new CaseFile(CaseNumbers.next(connection, today, site), request.itemCode(), itemName,
                    department, "", List.of(), CaseState.SUPPLEMENT_REQUIRED, request.applicant(),
                    request.presented(), request.facts(), request.delivery(), request.channel(), List.of(), "", "",
                    "", null, null, null, TimeStatus.NONE, book.now(), book.now());
            CaseRecords.insert(connection, file, site.code());
            CaseRecords.Versioned created = book.get(connection, file.number());
            return conclude(connection, created, reviews, joint.isPresent(), actor, "INTAKE");
        });
    }

    @Override
    public CaseFile supplement(String caseNumber, Set<String> presented, Map<String, String> facts, String actor) {
        CaseFile current = book.database().read(connection -> book.reread(connection, caseNumber));
        requireSupplementRequired(current);
        boolean isJoint = current.department().equals(CaseDraft.JOINT_DEPARTMENT);
        Optional<JointApplication> joint = isJoint ? jointApplications.find(current.itemCode()) : Optional.empty();
        if (isJoint && joint.isEmpty()) {
            throw new HallException(ErrorCode.ITEM_UNAVAILABLE, Bilingual.of("一件事“" + current.itemName() + "”暂停受理",
                    "the joint application " + current.itemCode() + " is temporarily unavailable"));
        }
        Set<String> allPresented = new HashSet<>(current.presented());
        allPresented.addAll(presented == null ? Set.of() : presented);
        Map<String, String> allFacts = new HashMap<>(current.facts());
        allFacts.putAll(facts == null ? Map.of() : facts);
        List<Reviewed> reviews = review(itemCodes(current.itemCode(), joint), current.applicant(), allPresented,
                allFacts, facts == null ? Set.of() : facts.keySet(), isJoint, current.delivery().mode());
        return book.database().inTransaction(connection -> {
            CaseRecords.Versioned stored = book.get(connection, caseNumber);
            requireSupplementRequired(stored.file());
            CaseFile resubmitted = new CaseDraft(stored.file()).application(allPresented, allFacts).build();
            return conclude(connection, new CaseRecords.Versioned(resubmitted, stored.version()), reviews, isJoint,
                    actor, "SUPPLEMENT");
        });
    }

    private static void requireSupplementRequired(CaseFile file) {
        if (file.state() != CaseState.SUPPLEMENT_REQUIRED) {
            throw new HallException(ErrorCode.ILLEGAL_ACTION, Bilingual.of(
                    "办件当前状态为“" + file.state().label().zh() + "”，无需补正",
                    "case " + file.number() + " is " + file.state().label().en() + ", not awaiting supplements"));
        }
    }

    /**
     * Refuses an application for an item {@code site} does not accept (a joint application needs every one of its
     * items), naming the sites that take it.
     */
    private void refuseNotAcceptedAt(Site site, List<String> codes) {
        Optional<String> refused = codes.stream().filter(code -> !site.accepts(code)).findFirst();
        if (refused.isPresent()) {
            List<Site> accepting = book.sites().sites().stream().filter(other -> codes.stream()
                    .allMatch(other::accepts)).toList();
            throw new InvalidInputException("itemCode", site.name().zh() + "不受理该事项（" + refused.get()
                    + "），请到" + String.join("、", accepting.stream().map(other -> other.name().zh()).toList()) + "办理",
                    site.name().en() + " does not take " + refused.get() + "; apply at " + String.join(", ",
                            accepting.stream().map(other -> other.name().en()).toList()));
        }
    }

    private static List<String> itemCodes(String code, Optional<JointApplication> joint) {
        return joint.map(JointApplication::itemCodes).orElse(List.of(code));
    }

    /**
     * Has each item's handler review the application, beside the checks of the item's declared form; refuses at
     * once if any handler is absent, and before any handler sees them, materials or facts that are not text a form
     * could hold (the store then checks that they fit together) and facts just sent that no item's form asks for.
     */
    private List<Reviewed> review(List<String> codes, Applicant applicant, Set<String> presented,
            Map<String, String> facts, Set<String> sent, boolean isJoint, DeliveryMode delivery) {
        presented.forEach(MATERIAL::required);
        facts.forEach((name, value) -> FACT.named("facts." + FACT_NAME.required(name)).check(value));
        List<Registration> serving = codes.stream().map(this::serving).toList();
        refuseUndeclared(serving, sent);
        List<Reviewed> reviews = new ArrayList<>();
        for (Registration handler : serving) {
            String code = handler.code();
            if (!handler.item().guide().deliveryModes().contains(delivery)) {
                throw new InvalidInputException("delivery.mode", "“" + handler.item().name().zh() + "”不支持"
                        + delivery.label().zh(), handler.item().code() + " does not offer " + delivery.name());
            }
            Application application = new Application(code, applicant, materialsFor(code, presented, isJoint),
                    facts);
            Review review = handler.item().guide().withFormChecks(
                    guard.call(handler, "review", h -> h.review(application)), facts);
            Optional<Decision> decision = review.outcome() == Review.Outcome.ACCEPT && handler.item().instant()
                    ? guard.call(handler, "decideInstantly", h -> h.decideInstantly(application))
                    : Optional.empty();
            reviews.add(new Reviewed(handler, application, review, decision));
        }
        return reviews;
    }

    /**
     * Refuses a fact that none of the items' forms asks for, naming it, so a mistyped key is not kept unread.
     * An item whose department declares no form (SPI 1.1) reads any fact, so then all are taken.
     */
    private static void refuseUndeclared(List<Registration> serving, Set<String> sent) {
        for (String key : sent) {
            if (serving.stream().noneMatch(handler -> handler.item().guide().declares(key))) {
                String items = serving.stream().map(handler -> "“" + handler.item().name().zh() + "”")
                        .collect(Collectors.joining("、"));
                String codes = serving.stream().map(Registration::code).collect(Collectors.joining(", "));
                throw new InvalidInputException("facts." + key, items + "的申请表没有“" + key + "”这一项",
                        "the form of " + codes + " has no field " + key);
            }
        }
    }

    private Registration serving(String code) {
        return handlers.serving(code).orElseThrow(() -> catalog.entry(code).map(IntakeService::unavailable)
                .orElseGet(() -> HallException.notFound("没有该事项：" + code, "no such item: " + code)));
    }

    /** 暂停受理 here; naming the nodes that take it, where there are any. */
    private static HallException unavailable(CatalogEntry entry) {
        String code = entry.item().code();
        if (entry.servedOn().isEmpty()) {
            return new HallException(ErrorCode.ITEM_UNAVAILABLE, Bilingual.of("该事项暂停受理："
                    + entry.item().name().zh() + "（" + code + "），请稍后再来或咨询窗口",
                    "item " + code + " is temporarily unavailable; please come back later"));
        }
        return new HallException(ErrorCode.ITEM_UNAVAILABLE, Bilingual.of("该事项本节点暂停受理："
                + entry.item().name().zh() + "（" + code + "），可在以下节点办理：" + String.join("、", entry.servedOn()),
                "item " + code + " is temporarily unavailable at this node; it is served at: "
                        + String.join(", ", entry.servedOn())));
    }

    /** In a joint application materials are named ITEM-CODE/material; each handler sees its own. */
    private static Set<String> materialsFor(String code, Set<String> presented, boolean isJoint) {
        if (!isJoint) {
            return presented;
        }
        String prefix = code + "/";
        return presented.stream().filter(material -> material.startsWith(prefix))
                .map(material -> material.substring(prefix.length())).collect(Collectors.toSet());
    }

    /** Writes the outcome of the reviews onto the case: notice, refusal, or acceptance (and children). */
    private CaseFile conclude(Connection connection, CaseRecords.Versioned current, List<Reviewed> reviews,
            boolean isJoint, String actor, String step) throws SQLException {
        List<Reviewed> refusals = reviews.stream()
                .filter(r -> r.review().outcome() == Review.Outcome.REFUSE).toList();
        List<Problem> problems = reviews.stream().flatMap(r -> r.review().problems().stream()
                .map(problem -> isJoint ? new Problem(r.application().itemCode() + "/" + problem.subject(),
                        problem.reason()) : problem)).toList();
        Optional<List<Problem>> notice = CaseRecords.notice(connection, current.file().number());
        NoticeSplit split = NoticeSplit.of(problems, notice);
        CaseDraft draft = new CaseDraft(current.file()).updatedAt(book.now());
        LocalDate today = book.calendar().today();
        if (!refusals.isEmpty()) {
            draft.state(CaseState.REFUSED).problems(List.of()).newSinceNotice(List.of()).reasons(refusals.stream()
                    .map(r -> r.review().reason().zh() + "。" + r.review().appealRoute())
                    .collect(Collectors.joining("；")));
        } else if (!split.told().isEmpty()) {
            draft.state(CaseState.SUPPLEMENT_REQUIRED).problems(split.told()).newSinceNotice(split.newSinceNotice());
        } else {
            // Accepted even if the handler now wants more than the notice said; no instant decision without its
            // own acceptance, so such a case waits for an approver who sees what is new.
            LocalDate due = reviews.stream().map(r -> book.calendar().due(today, r.handler().item()
                    .promisedLimitDays())).max(LocalDate::compareTo).orElse(today);
            draft.state(CaseState.ACCEPTED).problems(List.of()).newSinceNotice(split.newSinceNotice())
                    .accepted(today, due);
            if (!isJoint) {
                reviews.get(0).decision().ifPresent(decision -> decide(draft, decision));
            }
        }
        CaseFile concluded = draft.build();
        CaseRecords.update(connection, concluded, current.version());
        if (concluded.state() == CaseState.SUPPLEMENT_REQUIRED && notice.isEmpty()) {
            CaseRecords.setNotice(connection, concluded.number(), concluded.problems());
        }
        book.record(connection, concluded, actor, step + "_" + concluded.state().name(),
                Map.of("problems", String.valueOf(concluded.problems().size()), "newSinceNotice",
                        String.valueOf(concluded.newSinceNotice().size()), "handlers", handlerVersions(reviews)));
        if (isJoint && concluded.state() == CaseState.ACCEPTED) {
            for (Reviewed reviewed : reviews) {
                openChild(connection, concluded, reviewed, today, actor);
            }
            book.settleJointCase(connection, concluded.number(), actor);
        }
        return book.reread(connection, concluded.number());
    }

    /** Which handler versions reviewed the application, e.g. {@code parkhall-dept-amr 1.0.1}, for the record. */
    private static String handlerVersions(List<Reviewed> reviews) {
        return reviews.stream().map(r -> r.handler().bundle() + " " + r.handler().version()).distinct()
                .collect(Collectors.joining(", "));
    }

    private void openChild(Connection connection, CaseFile parent, Reviewed reviewed, LocalDate today, String actor)
            throws SQLException {
        Application application = reviewed.application();
        Site site = book.sites().here();
        CaseFile child = new CaseFile(CaseNumbers.next(connection, today, site), application.itemCode(),
                reviewed.handler().item().name().zh(), reviewed.handler().item().department().code(),
                parent.number(), List.of(), CaseState.ACCEPTED, parent.applicant(), application.presented(),
                application.facts(), parent.delivery(), parent.channel(), List.of(), "", "", "", today,
                book.calendar().due(today, reviewed.handler().item().promisedLimitDays()), null, TimeStatus.NONE,
                book.now(), book.now());
        CaseDraft draft = new CaseDraft(child);
        reviewed.decision().ifPresent(decision -> decide(draft, decision));
        CaseFile opened = draft.build();
        CaseRecords.insert(connection, opened, site.code());
        book.record(connection, opened, actor, "INTAKE_" + opened.state().name(),
                Map.of("bundle", parent.number()));
    }

    private static void decide(CaseDraft draft, Decision decision) {
        if (decision.approved()) {
            draft.state(CaseState.APPROVED).result(decision.result());
        } else {
            draft.state(CaseState.DENIED).reasons(decision.reasons());
        }
    }
}
