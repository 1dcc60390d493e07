package org.parkhall.web.internal.http;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javax.servlet.http.HttpServletResponse;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

import org.parkhall.api.AppealGround;
import org.parkhall.api.AppointmentState;
import org.parkhall.api.Availability;
import org.parkhall.api.BadRatingReason;
import org.parkhall.api.CallbackResult;
import org.parkhall.api.CaseDocument;
import org.parkhall.api.CaseState;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.PauseReason;
import org.parkhall.api.Priority;
import org.parkhall.api.RatingChannel;
import org.parkhall.api.RatingLevel;
import org.parkhall.api.RectificationKind;
import org.parkhall.api.TicketState;
import org.parkhall.api.TimeStatus;
import org.parkhall.spi.Bilingual;
import org.parkhall.api.ReviewStep;
import org.parkhall.api.Supervision;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.SpecialProcedure;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Material;

/**
 * The API's one Gson. Times are ISO-8601 instants; coded values (kinds, delivery modes, availability) are written
 * as {@code {"code": …, "zh": …, "en": …}} so every face can show them in either language.
 */
public final class ApiJson {
    public static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (time, type, context) ->
                    new JsonPrimitive(time.toString()))
            .registerTypeAdapter(ItemKind.class, labelled(ItemKind::label))
            .registerTypeAdapter(DeliveryMode.class, labelled(DeliveryMode::label))
            .registerTypeAdapter(Material.Form.class, labelled(Material.Form::label))
            .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (day, type, context) ->
                    new JsonPrimitive(day.toString()))
            .registerTypeAdapter(LocalTime.class, (JsonSerializer<LocalTime>) (time, type, context) ->
                    new JsonPrimitive(time.toString()))
            .registerTypeAdapter(AppointmentState.class, labelled(AppointmentState::label))
            .registerTypeAdapter(Availability.class, labelled(Availability::label))
            .registerTypeAdapter(CaseState.class, labelled(CaseState::label))
            .registerTypeAdapter(TimeStatus.class, labelled(TimeStatus::label))
            .registerTypeAdapter(CaseDocument.Kind.class, labelled(CaseDocument.Kind::title))
            .registerTypeAdapter(TicketState.class, labelled(TicketState::label))
            .registerTypeAdapter(Priority.class, labelled(Priority::label))
            .registerTypeAdapter(PauseReason.class, labelled(PauseReason::label))
            .registerTypeAdapter(RatingLevel.class, labelled(RatingLevel::label))
            .registerTypeAdapter(BadRatingReason.class, labelled(BadRatingReason::label))
            .registerTypeAdapter(RatingChannel.class, labelled(RatingChannel::label))
            .registerTypeAdapter(RectificationKind.class, labelled(RectificationKind::label))
            .registerTypeAdapter(CallbackResult.class, labelled(CallbackResult::label))
            .registerTypeAdapter(AppealGround.class, labelled(AppealGround::label))
            .registerTypeAdapter(ReviewStep.class, labelled(ReviewStep::label))
            .registerTypeAdapter(SpecialProcedure.class, labelled(SpecialProcedure::label))
            .registerTypeAdapter(Supervision.Level.class, labelled(Supervision.Level::label))
            .create();

    private ApiJson() {
    }

    /**
     * The one error shape of every endpoint: {@code {"error": {"code", "message", "messageEn"}}}, plus
     * {@code "field"} when one input field is at fault.
     */
    public static String error(ErrorCode code, Bilingual text, String field) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code.code());
        error.put("message", text.zh());
        error.put("messageEn", text.en());
        if (!field.isEmpty()) {
            error.put("field", field);
        }
        return GSON.toJson(Map.of("error", error));
    }

    /** The headers of every JSON answer: UTF-8, never cached, never sniffed as something else. */
    public static void prepare(HttpServletResponse response) {
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** Answers {@link #error} with the code's status: for refusals made before or outside the API servlet. */
    public static void refuse(HttpServletResponse response, ErrorCode code, Bilingual text, String field) throws IOException {
        refuse(response, ErrorStatus.of(code), code, text, field);
    }

    /** Answers {@link #error} with a status the container chose, such as an error page's. */
    public static void refuse(HttpServletResponse response, int status, ErrorCode code, Bilingual text, String field)
            throws IOException {
        response.setStatus(status);
        prepare(response);
        response.getWriter().write(error(code, text, field));
    }

    private static <E extends Enum<E>> JsonSerializer<E> labelled(Function<E, Bilingual> label) {
        return (value, type, context) -> {
            JsonObject json = new JsonObject();
            json.addProperty("code", value.name());
            json.addProperty("zh", label.apply(value).zh());
            json.addProperty("en", label.apply(value).en());
            return json;
        };
    }
}
