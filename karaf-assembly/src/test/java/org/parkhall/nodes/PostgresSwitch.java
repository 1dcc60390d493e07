package org.parkhall.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL lines the shipped datasource file documents in its comment, read from the built distribution, so
 * that tests switch the store exactly as an operator is told to (and fail when the file stops saying how).
 */
public final class PostgresSwitch {
    public static final String DATASOURCE_CFG = "org.ops4j.datasource-parkhall.cfg";
    private static final Pattern DOCUMENTED = Pattern.compile("#\\s+(osgi\\.jdbc\\.driver\\.name|url|user|password) = (.*)");

    private PostgresSwitch() {
    }

    /** The documented driver, URL, user and password settings, in the file's order. */
    public static Map<String, String> documentedSettings(Path assembly) {
        Map<String, String> settings = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(assembly.resolve("etc").resolve(DATASOURCE_CFG))) {
                Matcher setting = DOCUMENTED.matcher(line.strip());
                if (setting.matches()) {
                    settings.put(setting.group(1), setting.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.size() != 4) {
            throw new AssertionError("etc/" + DATASOURCE_CFG + " no longer documents PostgreSQL's driver, URL, user and"
                    + " password: " + settings.keySet());
        }
        return settings;
    }
}
