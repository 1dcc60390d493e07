package org.parkhall.web.internal.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route's path, such as {@code /api/v1/cases/{number}/documents/{kind}}: literal segments and parameters, each
 * parameter one whole segment, optionally limited by a pattern ({@code {counter:\d{1,2}}}; any non-empty segment
 * otherwise). It is matched against the path the container dispatches on, already decoded once (and checked by
 * the canonical path filter to be the path as sent), so a parameter is never decoded again and never holds "/".
 */
public final class PathTemplate {
    private static final Pattern ANY_SEGMENT = Pattern.compile("[^/]+");
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)(?::(.+))?}");
    private static final Pattern LITERAL = Pattern.compile("[a-z0-9.-]+");

    /** One segment: a literal ({@code name == null}) or a named parameter with the pattern its value must match. */
    record Segment(String literal, String name, Pattern pattern) {
        boolean matches(String value) {
            return name == null ? literal.equals(value) : pattern.matcher(value).matches();
        }
    }

    /**
     * Literal segments before parameters, position by position: {@code cases/overdue} wins over {@code cases/{number}}.
     * Of two alike as far as the shorter goes, the shorter first: without that tie-break the order is not transitive
     * and sorting the table can fail.
     */
    static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = (a, b) -> {
        for (int i = 0; i < Math.min(a.segments.size(), b.segments.size()); i++) {
            String aLiteral = a.segments.get(i).name() == null ? a.segments.get(i).literal() : null;
            String bLiteral = b.segments.get(i).name() == null ? b.segments.get(i).literal() : null;
            if ((aLiteral == null) != (bLiteral == null)) {
                return aLiteral != null ? -1 : 1;
            }
            // Unequal literals never match the same path; ordering them keeps the order total (TimSort checks).
            int literals = aLiteral == null ? 0 : aLiteral.compareTo(bLiteral);
            if (literals != 0) {
                return literals;
            }
        }
        return Integer.compare(a.segments.size(), b.segments.size());
    };

    private final String text;
    private final List<Segment> segments;

    private PathTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** Parses a template; refuses one that is empty, relative, has an empty segment or repeats a parameter. */
    public static PathTemplate of(String template) {
        if (!template.startsWith("/") || template.length() < 2) {
            throw new IllegalArgumentException("a route's path starts with / : " + template);
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : template.substring(1).split("/", -1)) {
            var parameter = PARAMETER.matcher(part);
            if (parameter.matches()) {
                String name = parameter.group(1);
                if (segments.stream().anyMatch(segment -> name.equals(segment.name()))) {
                    throw new IllegalArgumentException("parameter " + name + " twice in " + template);
                }
                segments.add(new Segment(null, name, parameter.group(2) == null ? ANY_SEGMENT
                        : Pattern.compile(parameter.group(2))));
            } else if (LITERAL.matcher(part).matches()) {
                segments.add(new Segment(part, null, null));
            } else {
                throw new IllegalArgumentException("not a literal segment or {parameter}: " + part + " in " + template);
            }
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    /** The parameters' values, when {@code path} fits the template. */
    Optional<Map<String, String>> match(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            Segment segment = segments.get(i);
            if (!segment.matches(parts[i])) {
                return Optional.empty();
            }
            if (segment.name() != null) {
                values.put(segment.name(), parts[i]);
            }
        }
        return Optional.of(values);
    }

    /** The parameter segments, in order. */
    List<Segment> parameters() {
        return segments.stream().filter(segment -> segment.name() != null).toList();
    }

    /** The template as OpenAPI writes a path: parameters as {@code {name}}, without their patterns. */
    public String openApiPath() {
        StringBuilder path = new StringBuilder();
        segments.forEach(segment -> path.append('/').append(segment.name() == null ? segment.literal()
                : "{" + segment.name() + "}"));
        return path.toString();
    }

    /** Whether both templates fit exactly the same paths' shape (same literals, parameters in the same places). */
    boolean sameShape(PathTemplate other) {
        return openApiPath().replaceAll("\\{[^}]+}", "{}").equals(other.openApiPath().replaceAll("\\{[^}]+}", "{}"));
    }

    @Override
    public String toString() {
        return text;
    }
}
