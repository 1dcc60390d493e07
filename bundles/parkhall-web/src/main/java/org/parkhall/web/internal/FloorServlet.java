package org.parkhall.web.internal;

import java.util.ArrayList;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.Floor;
import org.parkhall.api.HallException;
import org.parkhall.api.Priority;
import org.parkhall.api.TicketState;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;

/**
 * The hall floor: {@code GET /api/v1/queues}, {@code GET /api/v1/counters}, {@code GET /api/v1/tickets?queue=&state=},
 * {@code GET /api/v1/tickets/{label}}; {@code POST /api/v1/tickets} {@code {queue, priority}} (取号),
 * {@code POST /api/v1/tickets/{label}/{rejoin|cancel}}, and
 * {@code POST /api/v1/counters/{n}/{sign-in|sign-out|call-next|recall|no-show|start|finish|transfer}}
 * with {@code {caseNumbers}} or {@code {queue}}; sign-in records the signed-in staff member. The public calls
 * (taking a ticket, looking one up) answer a {@link PublicTicket}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-floor")
@HttpWhiteboardServletPattern({"/api/v1/queues", "/api/v1/counters", "/api/v1/counters/*", "/api/v1/tickets",
        "/api/v1/tickets/*"})
public final class FloorServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;
    private static final JsonObject NO_BODY = new JsonObject();

    private final transient Floor floor;

    @Activate
    public FloorServlet(@Reference Floor floor) {
        this.floor = floor;
    }

    @Override
    protected Object get(HttpServletRequest request) {
        String[] path = path(request);
        switch (request.getServletPath()) {
            case "/api/v1/queues":
                return Map.of("queues", floor.queues());
            case "/api/v1/counters":
                return Map.of("counters", floor.counters());
            default:
                break;
        }
        if (path.length == 0) {
            String state = request.getParameter("state");
            return Map.of("tickets", floor.tickets(request.getParameter("queue"), state == null || state.isBlank()
                    ? null : new Body(NO_BODY).choice("state", TicketState.class, state)));
        }
        return floor.ticket(path[0]).map(PublicTicket::of).orElseThrow(() -> HallException.notFound(
                "今天没有该号：" + path[0], "no ticket " + path[0] + " today"));
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        Body body = new Body(json);
        String[] path = path(request);
        String actor = actor(request);
        if (request.getServletPath().equals("/api/v1/tickets")) {
            if (path.length == 0) {
                String priority = body.text("priority");
                return PublicTicket.of(floor.issue(body.text("queue"), priority.isBlank() ? Priority.NONE
                        : body.choice("priority", Priority.class), actor));
            }
            if (path.length == 2 && path[1].equals("rejoin")) {
                return floor.rejoin(path[0], actor);
            }
            if (path.length == 2 && path[1].equals("cancel")) {
                return floor.cancel(path[0], actor);
            }
        }
        if (request.getServletPath().equals("/api/v1/counters") && path.length == 2) {
            int counter = counterNumber(path[0]);
            if (!path[1].equals("sign-in")) {
                checkAtOwnCounter(counter, staff(request).orElseThrow()); // a staff call: the filter put it there
            }
            return counterAction(counter, path[1], body, actor);
        }
        throw ApiException.notFound("没有该接口", "no such endpoint: " + request.getRequestURI());
    }

    private Object counterAction(int counter, String action, Body body, String actor) {
        return switch (action) {
            case "sign-in" -> floor.signIn(counter, actor);
            case "sign-out" -> floor.signOut(counter, actor);
            case "call-next" -> floor.callNext(counter, actor).<Object>map(ticket -> ticket)
                    .orElseGet(() -> Map.of("called", false, "message", "当前无人等候", "messageEn", "nobody is waiting"));
            case "recall" -> floor.recall(counter, actor);
            case "no-show" -> floor.noShow(counter, actor);
            case "start" -> floor.startService(counter, actor);
            case "finish" -> floor.finishService(counter, new ArrayList<>(body.texts("caseNumbers")), actor);
            case "transfer" -> floor.transfer(counter, body.text("queue"), actor);
            default -> throw ApiException.notFound("没有该窗口操作：" + action, "no counter action " + action);
        };
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
