package org.parkhall.web.internal.cases;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;

import com.google.gson.JsonObject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.Intake;
import org.parkhall.api.IntakeRequest;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.web.internal.http.ApiJson;
import org.parkhall.web.internal.http.Body;
import org.parkhall.web.internal.http.JsonServlet;

/**
 * {@code POST /api/v1/applications}: takes an application; answers 201 with the case, which is SUPPLEMENT_REQUIRED
 * (with the one-time notice's problems), REFUSED (with reasons and appeal route) or ACCEPTED (with its due date),
 * and its {@code queryCode} (查询码), which the applicant takes home with the printed document to follow the case.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardServletName("parkhall-api-applications")
@HttpWhiteboardServletPattern("/api/v1/applications")
public final class ApplicationsServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Intake intake;
    private final transient Cases cases;

    @Activate
    public ApplicationsServlet(@Reference Intake intake, @Reference Cases cases) {
        this.intake = intake;
        this.cases = cases;
    }

    @Override
    protected Object post(HttpServletRequest request, JsonObject json) {
        Body body = new Body(json);
        Body applicant = body.object("applicant");
        Body delivery = body.object("delivery");
        CaseFile file = intake.submit(new IntakeRequest(body.text("itemCode"),
                new Applicant(applicant.choice("kind", Applicant.Kind.class), applicant.text("idNumber"),
                        applicant.text("name"), applicant.text("phone")),
                body.texts("presented"), body.textMap("facts"),
                new DeliveryChoice(delivery.choice("mode", DeliveryMode.class), delivery.text("address")),
                body.text("channel")), actor(request));
        JsonObject answer = ApiJson.GSON.toJsonTree(file).getAsJsonObject();
        answer.addProperty("queryCode", cases.issueQueryCode(file.number(), actor(request)));
        return answer;
    }
}
