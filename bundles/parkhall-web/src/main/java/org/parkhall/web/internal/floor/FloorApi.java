package org.parkhall.web.internal.floor;

import java.util.ArrayList;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Floor;
import org.parkhall.api.HallException;
import org.parkhall.api.PauseReason;
import org.parkhall.api.Priority;
import org.parkhall.api.TicketState;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.web.internal.access.Staff;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiException;
import org.parkhall.web.internal.http.Body;

/**
 * The hall floor: queues, counters, today's tickets ({@code ?queue=&state=}) and one ticket; taking a ticket
 * {@code {queue, priority}} (取号), rejoining or cancelling one, and each counter's steps (sign in and out, call
 * the next, recall, no-show, start, finish {@code {caseNumbers}}, transfer {@code {queue}}, call a given ticket
 * {@code {ticket}} (特呼), hold (挂起), call back {@code {ticket}} (叫回), pause {@code {reason, note}} and resume);
 * sign-in records the signed-in staff member. Each counter lists the steps it can take now. The public calls (taking a ticket, looking one up) answer a {@link PublicTicket}.
 */
@Component(service = FloorApi.class)
public final class FloorApi {
    /** What a counter step does, given the counter and who acts. */
    @FunctionalInterface
    private interface Step {
        Object take(int counter, String actor);
    }

    private final Floor floor;

    @Activate
    public FloorApi(@Reference Floor floor) {
        this.floor = floor;
    }

    public Object queues(Call call) {
        return Map.of("queues", floor.queues());
    }

    public Object counters(Call call) {
        return Map.of("counters", floor.counters(), "pauseReasons", PauseReason.values());
    }

    public Object tickets(Call call) {
        String state = call.query("state");
        return Map.of("tickets", floor.tickets(call.query("queue"), state == null || state.isBlank()
                ? null : call.body().choice("state", TicketState.class, state)));
    }

    public Object ticket(Call call) {
        String label = call.parameter("label");
        return floor.ticket(label).map(PublicTicket::of).orElseThrow(() -> HallException.notFound(
                "今天没有该号：" + label, "no ticket " + label + " today"));
    }

    public Object issue(Call call) {
        Body body = call.body();
        String priority = body.text("priority");
        return PublicTicket.of(floor.issue(body.text("queue"), priority.isBlank() ? Priority.NONE
                : body.choice("priority", Priority.class), call.actor()));
    }

    public Object rejoin(Call call) {
        return floor.rejoin(call.parameter("label"), call.actor());
    }

    public Object cancel(Call call) {
        return floor.cancel(call.parameter("label"), call.actor());
    }

    /** Signing in needs no own-counter check: it is how a counter becomes one's own. */
    public Object signIn(Call call) {
        return floor.signIn(counterNumber(call.parameter("counter")), call.actor());
    }

    public Object signOut(Call call) {
        return atOwnCounter(call, floor::signOut);
    }

    public Object callNext(Call call) {
        return atOwnCounter(call, (counter, actor) -> floor.callNext(counter, actor).<Object>map(ticket -> ticket)
                .orElseGet(() -> Map.of("called", false, "message", "当前无人等候", "messageEn", "nobody is waiting")));
    }

    public Object recall(Call call) {
        return atOwnCounter(call, floor::recall);
    }

    public Object noShow(Call call) {
        return atOwnCounter(call, floor::noShow);
    }

    public Object start(Call call) {
        return atOwnCounter(call, floor::startService);
    }

    public Object finish(Call call) {
        return atOwnCounter(call, (counter, actor) -> floor.finishService(counter,
                new ArrayList<>(call.body().texts("caseNumbers")), actor));
    }

    public Object transfer(Call call) {
        return atOwnCounter(call, (counter, actor) -> floor.transfer(counter, call.body().text("queue"), actor));
    }

    public Object callTicket(Call call) {
        return atOwnCounter(call, (counter, actor) -> floor.callTicket(counter, call.body().text("ticket"), actor));
    }

    public Object hold(Call call) {
        return atOwnCounter(call, floor::hold);
    }

    public Object callBack(Call call) {
        return atOwnCounter(call, (counter, actor) -> floor.callBack(counter, call.body().text("ticket"), actor));
    }

    public Object pause(Call call) {
        Body body = call.body();
        return atOwnCounter(call, (counter, actor) -> floor.pause(counter, body.choice("reason", PauseReason.class),
                body.text("note"), actor));
    }

    public Object resume(Call call) {
        return atOwnCounter(call, floor::resume);
    }

    private Object atOwnCounter(Call call, Step step) {
        int counter = counterNumber(call.parameter("counter"));
        checkAtOwnCounter(counter, call.viewer());
        return step.take(counter, call.actor());
    }

    /**
     * A counter's steps are taken by whoever is signed in there, or by a hall admin: a colleague passing by does
     * not call, serve or close someone else's counter. A closed or unknown counter is left to the floor to refuse.
     */
    private void checkAtOwnCounter(int counter, Staff staff) {
        if (staff.isAdmin()) {
            return;
        }
        boolean someoneElses = floor.counters().stream().anyMatch(info -> info.number() == counter && info.open()
                && !info.staff().equals(staff.user()));
        if (someoneElses) {
            throw new ApiException(ErrorCode.FORBIDDEN, Bilingual.of(counter + "号窗口由其他工作人员签到，只有本人或大厅管理员可以操作",
                    "counter " + counter + " is signed in by someone else; only they or a hall admin may work it"));
        }
    }

    private static int counterNumber(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("counter", "窗口号须为数字", "the counter is a number");
        }
    }

}
