package org.parkhall.core.internal.floor;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parkhall.api.CounterStep;
import org.parkhall.api.Ticket;
import org.parkhall.api.TicketState;
import org.parkhall.spi.Bilingual;

/**
 * Which steps a counter's clerk can take, and why not the others. The one rule behind both the floor's refusals
 * and the steps each counter publishes, so the workstation enables exactly what the hall accepts.
 */
final class CounterSteps {

    /**
     * What the rule looks at.
     *
     * @param session     the counter's open sign-in, empty when it is closed
     * @param inHand      the ticket called or in service there, if any
     * @param onHold      its tickets on hold
     * @param recallsLeft how often the ticket in hand may still be recalled
     */
    record Situation(int counter, Optional<CounterSessions.Session> session, Optional<Ticket> inHand,
            List<Ticket> onHold, int recallsLeft) {

        boolean open() {
            return session.isPresent();
        }

        boolean paused() {
            return session.map(open -> open.pause() != null).orElse(false);
        }
    }

    private CounterSteps() {
    }

    static Set<CounterStep> allowed(Situation at) {
        Set<CounterStep> allowed = EnumSet.noneOf(CounterStep.class);
        for (CounterStep step : CounterStep.values()) {
            if (refusal(step, at).isEmpty()) {
                allowed.add(step);
            }
        }
        return allowed;
    }

    /** Why {@code step} cannot be taken now, or empty when it can. */
    static Optional<Bilingual> refusal(CounterStep step, Situation at) {
        int n = at.counter();
        if (!at.open()) {
            return say(n + "号窗口未签到，请先签到", "counter " + n + " is closed; sign in first");
        }
        return switch (step) {
            case CALL_NEXT, CALL_NUMBER -> servingAndEmptyHanded(at);
            case CALL_BACK -> servingAndEmptyHanded(at).or(() -> at.onHold().isEmpty()
                    ? say(n + "号窗口没有挂起的号", "counter " + n + " has no ticket on hold") : Optional.empty());
            case RECALL -> inHand(step, at, TicketState.CALLED).or(() -> at.recallsLeft() <= 0
                    ? say(at.inHand().get().label() + "已重呼" + at.inHand().get().recalls() + "次，请按过号处理",
                            at.inHand().get().label() + " was recalled " + at.inHand().get().recalls()
                                    + " times; mark it a no-show")
                    : Optional.empty());
            case NO_SHOW, START -> inHand(step, at, TicketState.CALLED);
            case FINISH, HOLD -> inHand(step, at, TicketState.SERVING);
            case TRANSFER -> inHand(step, at, TicketState.CALLED, TicketState.SERVING);
            case PAUSE -> at.paused() ? say(n + "号窗口已暂停服务", "counter " + n + " is already paused")
                    : emptyHanded(at);
            case RESUME -> at.paused() ? Optional.empty()
                    : say(n + "号窗口没有暂停服务", "counter " + n + " is not paused");
            case SIGN_OUT -> at.inHand().isPresent()
                    ? say(n + "号窗口还有未办结的号，请先办结或过号", "counter " + n + " still has a ticket called or in service")
                    : at.onHold().isEmpty() ? Optional.empty()
                    : say(n + "号窗口还有挂起的号" + at.onHold().get(0).label() + "，请先叫回办结",
                            "counter " + n + " still has " + at.onHold().get(0).label() + " on hold; call it back first");
        };
    }

    /** A call needs a serving counter with nobody in hand. */
    private static Optional<Bilingual> servingAndEmptyHanded(Situation at) {
        return at.paused() ? say(at.counter() + "号窗口已暂停服务，请先恢复服务",
                "counter " + at.counter() + " is paused; resume first") : emptyHanded(at);
    }

    private static Optional<Bilingual> emptyHanded(Situation at) {
        return at.inHand().map(ticket -> Bilingual.of(at.counter() + "号窗口正在处理" + ticket.label() + "，请先办结或过号",
                "counter " + at.counter() + " still has ticket " + ticket.label()));
    }

    private static Optional<Bilingual> inHand(CounterStep step, Situation at, TicketState... states) {
        if (at.inHand().isEmpty()) {
            return say(at.counter() + "号窗口当前没有号", "counter " + at.counter() + " has no ticket in hand");
        }
        Ticket ticket = at.inHand().get();
        return List.of(states).contains(ticket.state()) ? Optional.empty()
                : say(ticket.label() + "当前为“" + ticket.state().label().zh() + "”，不能" + step.label().zh(),
                        ticket.label() + " is " + ticket.state().label().en() + "; cannot " + step.label().en());
    }

    private static Optional<Bilingual> say(String zh, String en) {
        return Optional.of(Bilingual.of(zh, en));
    }
}
