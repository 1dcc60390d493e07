package org.parkhall.spi;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach applicants (an SMS gateway, a mail server), registered as an OSGi service by its own bundle, which
 * may come and go while the hall runs: notices wait in the hall's outbox while no channel reaches their address.
 * It names itself with the service property {@value #NAME}; with two for one kind of address the higher
 * {@code service.ranking} is tried first.
 */
@ConsumerType
public interface NoticeChannel {

    /** Service property: the channel's name, as the outbox records it with each attempt (e.g. {@code smtp}). */
    String NAME = "parkhall.notice.channel";

    /** The kinds of address this channel can reach now (may change with its configuration). */
    Set<NoticeAddress.Kind> reaches();

    /**
     * Sends one notice and says how it went. Called from the hall's sender thread, never from a request; it may
     * block up to its own time-outs, which it should keep within a minute. A thrown exception counts as
     * {@link NoticeOutcome#failed}.
     */
    NoticeOutcome send(NoticeMessage message);
}
