package org.parkhall.api;

import java.time.Instant;

/**
 * The visit a counter's rating pad asks its visitor to rate, with the one-time token that rates it.
 *
 * @param ticket    today's ticket label, e.g. {@code A012}
 * @param token     rates this visit once, from this counter's pad, until {@code expiresAt}
 * @param expiresAt the end of the rating window after the service finished
 */
public record RatingInvitation(int counter, String ticket, String token, Instant expiresAt) {
}
