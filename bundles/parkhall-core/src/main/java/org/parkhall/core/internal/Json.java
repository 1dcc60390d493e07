package org.parkhall.core.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The core's one Gson: how items are stored and ledger data is written. Gson is thread-safe and immutable. */
public final class Json {
    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }
}
