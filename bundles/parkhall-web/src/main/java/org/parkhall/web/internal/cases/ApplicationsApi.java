package org.parkhall.web.internal.cases;

import com.google.gson.JsonObject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.parkhall.api.CaseFile;
import org.parkhall.api.Cases;
import org.parkhall.api.DeliveryChoice;
import org.parkhall.api.Intake;
import org.parkhall.api.IntakeRequest;
import org.parkhall.spi.Applicant;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.web.internal.api.Call;
import org.parkhall.web.internal.http.ApiJson;
import org.parkhall.web.internal.http.Body;

/**
 * Takes an application; answers 201 with the case, which is SUPPLEMENT_REQUIRED
 * (with the one-time notice's problems), REFUSED (with reasons and appeal route) or ACCEPTED (with its due date),
 * and its {@code queryCode} (查询码), which the applicant takes home with the printed document to follow the case.
 */
@Component(service = ApplicationsApi.class)
public final class ApplicationsApi {

    private final Intake intake;
    private final Cases cases;

    @Activate
    public ApplicationsApi(@Reference Intake intake, @Reference Cases cases) {
        this.intake = intake;
        this.cases = cases;
    }

    public Object submit(Call call) {
        Body body = call.body();
        Body applicant = body.object("applicant");
        Body delivery = body.object("delivery");
        CaseFile file = intake.submit(new IntakeRequest(body.text("itemCode"),
                new Applicant(applicant.choice("kind", Applicant.Kind.class), applicant.text("idNumber"),
                        applicant.text("name"), applicant.text("phone")),
                body.texts("presented"), body.textMap("facts"),
                new DeliveryChoice(delivery.choice("mode", DeliveryMode.class), delivery.text("address")),
                body.text("channel")), call.actor());
        JsonObject answer = ApiJson.GSON.toJsonTree(file).getAsJsonObject();
        answer.addProperty("queryCode", cases.issueQueryCode(file.number(), call.actor()));
        return answer;
    }
}
