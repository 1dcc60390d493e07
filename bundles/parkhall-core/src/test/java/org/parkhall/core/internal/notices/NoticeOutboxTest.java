package org.parkhall.core.internal.notices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.ServiceReference;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.api.Notice;
import org.parkhall.api.NoticeKind;
import org.parkhall.api.NoticeState;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.core.internal.floor.FloorLayout;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.store.SteppedClock;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.NoticeAddress;
import org.parkhall.spi.NoticeChannel;
import org.parkhall.spi.NoticeMessage;
import org.parkhall.spi.NoticeOutcome;

public class NoticeOutboxTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final String PHONE = "13812345678";

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-12-02T02:00:00Z"));
    private Database database;
    private NoticeOutbox outbox;
    private HallCalendar calendar;

    /** A channel that records what it was given and answers as the test says. */
    static final class RecordingChannel implements NoticeChannel {
        final List<NoticeMessage> sent = Collections.synchronizedList(new ArrayList<>());
        volatile Function<NoticeMessage, NoticeOutcome> answer = message -> NoticeOutcome.sent("250 OK");

        @Override
        public Set<NoticeAddress.Kind> reaches() {
            return Set.of(NoticeAddress.Kind.PHONE);
        }

        @Override
        public NoticeOutcome send(NoticeMessage message) {
            sent.add(message);
            return answer.apply(message);
        }
    }

    @Before
    public void openStore() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        outbox = new NoticeOutbox(database, clock);
        calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null), clock, 1);
    }

    @Test
    public void aNoticeIsQueuedWithItsChangeOrNotAtAllAndOncePerEvent() {
        assertThrows(IllegalStateException.class, () -> database.inTransaction(connection -> {
            outbox.queue(connection, reminder("R0000001"));
            throw new IllegalStateException("the change fails after the notice was written");
        }));
        assertTrue("rolled back with its change", outbox.outbox(Optional.empty(), 10).isEmpty());
        queue(reminder("R0000001"));
        queue(reminder("R0000001"));
        List<Notice> listed = outbox.outbox(Optional.empty(), 10);
        assertEquals(1, listed.size());
        assertEquals(NoticeState.QUEUED, listed.get(0).state());
        assertEquals("138****5678", listed.get(0).maskedAddress());
    }

    @Test
    public void aSentNoticeIsSentOnceWithItsAttemptRecorded() {
        RecordingChannel channel = new RecordingChannel();
        NoticeSender sender = sender("node-a", channel);
        queue(reminder("R0000002"));
        assertEquals(1, sender.send());
        assertEquals(0, sender.send());
        clock.moveOn(Duration.ofHours(2));
        assertEquals(0, sender.send());
        assertEquals(1, channel.sent.size());
        assertTrue(channel.sent.get(0).text().zh().contains("R0000002"));
        assertTrue("the applicant can opt out with the code in the text",
                channel.sent.get(0).text().zh().matches(".*退订码[2-9A-Z]{8}。"));
        Notice notice = outbox.outbox(Optional.empty(), 1).get(0);
        assertEquals(NoticeState.SENT, notice.state());
        assertEquals(1, notice.attempts());
        assertEquals("test", notice.channel());
        assertEquals(1, attempts(notice.id()));
    }

    @Test
    public void aFailedAttemptBacksOffAndTheNoticeIsGivenUpAfterTheLastAttempt() {
        RecordingChannel channel = new RecordingChannel();
        channel.answer = message -> NoticeOutcome.failed("421 try later");
        NoticeSender sender = sender("node-a", channel, Map.of("firstRetrySeconds", "30", "maxAttempts", "3"));
        queue(reminder("R0000003"));
        assertEquals(1, sender.send());
        Notice first = outbox.outbox(Optional.empty(), 1).get(0);
        assertEquals(NoticeState.QUEUED, first.state());
        assertEquals("421 try later", first.lastError());
        assertEquals(clock.instant().plusSeconds(30), first.nextAttemptAt());
        clock.moveOn(Duration.ofSeconds(29));
        assertEquals("not before its back-off", 0, sender.send());
        clock.moveOn(Duration.ofSeconds(1));
        assertEquals(1, sender.send());
        assertEquals(clock.instant().plusSeconds(60), outbox.outbox(Optional.empty(), 1).get(0).nextAttemptAt());
        clock.moveOn(Duration.ofSeconds(60));
        assertEquals(1, sender.send());
        Notice given = outbox.outbox(Optional.empty(), 1).get(0);
        assertEquals(NoticeState.UNDELIVERABLE, given.state());
        assertEquals(3, given.attempts());
        clock.moveOn(Duration.ofDays(1));
        assertEquals(0, sender.send());

        channel.answer = message -> NoticeOutcome.sent("250 OK");
        assertEquals(NoticeState.QUEUED, outbox.retry(given.id(), "zhou.admin").state());
        assertEquals(1, sender.send());
        assertEquals(NoticeState.SENT, outbox.outbox(Optional.empty(), 1).get(0).state());
        assertEquals(4, attempts(given.id()));
    }

    @Test
    public void aChannelThatThrowsCountsAsAFailedAttempt() {
        RecordingChannel channel = new RecordingChannel();
        channel.answer = message -> {
            throw new IllegalStateException("socket closed");
        };
        NoticeSender sender = sender("node-a", channel);
        queue(reminder("R0000004"));
        assertEquals(1, sender.send());
        Notice notice = outbox.outbox(Optional.empty(), 1).get(0);
        assertEquals(NoticeState.QUEUED, notice.state());
        assertEquals("IllegalStateException", notice.lastError());
    }

    @Test
    public void withoutAChannelForItsAddressANoticeWaits() {
        NoticeSender sender = sender("node-a", null);
        queue(reminder("R0000005"));
        assertEquals(0, sender.send());
        assertEquals(NoticeState.QUEUED, outbox.outbox(Optional.empty(), 1).get(0).state());
        assertEquals(1, sender("node-a", new RecordingChannel()).send());
    }

    @Test
    public void aSecondSenderFindsNothingTheFirstClaimed() {
        queue(reminder("R0000100"));
        queue(reminder("R0000101"));
        RecordingChannel channel = new RecordingChannel();
        NoticeSender first = sender("node-a", channel);
        NoticeSender second = sender("node-b", channel);
        // the first sender's channel runs the second sender's round while it holds its claims
        channel.answer = message -> {
            if (channel.sent.size() == 1) {
                assertEquals(0, second.send());
            }
            return NoticeOutcome.sent("250 OK");
        };
        assertEquals(2, first.send());
        assertEquals(2, channel.sent.size());
        assertEquals(0, second.send());
    }

    @Test
    public void aClaimWhoseNodeDiedIsSentByAnotherOnceItRunsOut() {
        queue(reminder("R0000006"));
        long id = outbox.outbox(Optional.empty(), 1).get(0).id();
        // node-a claimed it and died before sending: no attempt, the row stays SENDING
        assertTrue(database.inTransaction(connection -> NoticeRecords.claim(connection, id, "dead-token", "node-a",
                clock.instant().plusSeconds(300))).isPresent());
        RecordingChannel channel = new RecordingChannel();
        NoticeSender survivor = sender("node-b", channel);
        assertEquals("held while the claim lasts", 0, survivor.send());
        clock.moveOn(Duration.ofSeconds(301));
        assertEquals(1, survivor.send());
        assertEquals(0, survivor.send());
        assertEquals(1, channel.sent.size());
        assertEquals(NoticeState.SENT, outbox.outbox(Optional.empty(), 1).get(0).state());
        assertFalse("the dead node's late outcome changes nothing", database.inTransaction(connection ->
                NoticeRecords.settle(connection, id, "dead-token", NoticeState.QUEUED, "x", "", clock.instant(),
                        clock.instant())));
    }

    @Test
    public void anOptOutByPhoneIdOrCodeIsHonouredForQueuedAndLaterNotices() {
        RecordingChannel channel = new RecordingChannel();
        NoticeSender sender = sender("node-a", channel);
        queue(reminder("R0000007"));
        outbox.optOut("138-1234-5678", "wang.clerk");
        assertEquals(NoticeState.OPTED_OUT, outbox.outbox(Optional.empty(), 1).get(0).state());
        queue(reminder("R0000008"));
        assertEquals(NoticeState.OPTED_OUT, outbox.outbox(Optional.empty(), 1).get(0).state());
        assertEquals(0, sender.send());
        outbox.optIn(PHONE, "wang.clerk");
        queue(reminder("R0000009"));
        assertEquals(1, sender.send());
        String code = channel.sent.get(0).text().zh().replaceAll(".*退订码([2-9A-Z]{8})。", "$1");
        assertTrue(outbox.optOutByCode(code.toLowerCase()));
        assertFalse("a code no notice has", outbox.optOutByCode("ZZZZZZZZ".equals(code) ? "YYYYYYYY" : "ZZZZZZZZ"));
        queue(reminder("R0000010"));
        assertEquals(NoticeState.OPTED_OUT, outbox.outbox(Optional.empty(), 1).get(0).state());

        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> outbox.optOut("12345", "x"));
        assertEquals("subject", wrong.field());
        assertTrue(wrong.getMessage().contains("phone"));
        assertThrows(InvalidInputException.class, () -> outbox.optOutByCode("12"));
    }

    @Test
    public void anOptOutAfterTheClaimStopsTheSend() {
        RecordingChannel channel = new RecordingChannel();
        NoticeSender sender = sender("node-a", channel);
        channel.answer = message -> {
            throw new AssertionError("must not be sent");
        };
        queue(reminder("R0000011"));
        long id = outbox.outbox(Optional.empty(), 1).get(0).id();
        database.inTransaction(connection -> NoticeRecords.claim(connection, id, "t", "node-x",
                clock.instant().minusSeconds(1)));
        outbox.optOut(PHONE, "wang.clerk");
        sender.send();
        assertEquals(NoticeState.OPTED_OUT, outbox.outbox(Optional.empty(), 1).get(0).state());
        assertTrue(channel.sent.isEmpty());
    }

    @Test
    public void staffCancelWhatIsNotSentAndCannotTouchWhatIs() {
        NoticeSender sender = sender("node-a", new RecordingChannel());
        queue(reminder("R0000012"));
        queue(reminder("R0000013"));
        List<Notice> two = outbox.outbox(Optional.empty(), 2);
        assertEquals(NoticeState.CANCELLED, outbox.cancel(two.get(0).id(), "zhou.admin").state());
        assertEquals(1, sender.send());
        HallException sent = assertThrows(HallException.class, () -> outbox.cancel(two.get(1).id(), "zhou.admin"));
        assertEquals(ErrorCode.ILLEGAL_ACTION, sent.error());
        assertThrows(HallException.class, () -> outbox.retry(two.get(1).id(), "zhou.admin"));
        assertThrows(HallException.class, () -> outbox.retry(two.get(0).id(), "zhou.admin"));
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(HallException.class, () -> outbox.retry(999, "x")).error());
        assertThrows(InvalidInputException.class, () -> outbox.outbox(Optional.empty(), 0));
    }

    /** While a sender holds a notice (its message on the way), staff can neither send it again nor cancel it. */
    @Test
    public void aNoticeBeingSentIsTheSendersUntilItAnswers() {
        RecordingChannel channel = new RecordingChannel();
        List<ErrorCode> refused = new ArrayList<>();
        channel.answer = message -> {
            long id = outbox.outbox(Optional.empty(), 1).get(0).id();
            refused.add(assertThrows(HallException.class, () -> outbox.retry(id, "zhou.admin")).error());
            refused.add(assertThrows(HallException.class, () -> outbox.cancel(id, "zhou.admin")).error());
            return NoticeOutcome.sent("250 OK");
        };
        queue(reminder("R0000014"));
        assertEquals(1, sender("node-a", channel).send());
        assertEquals(List.of(ErrorCode.ILLEGAL_ACTION, ErrorCode.ILLEGAL_ACTION), refused);
        assertEquals(NoticeState.SENT, outbox.outbox(Optional.empty(), 1).get(0).state());
        assertEquals(1, channel.sent.size());
    }

    /** A whole round, as the sender's thread runs it, past the reminder hour: the reminders' job never stops it. */
    @Test
    public void aRoundAfterTheReminderHourStillSends() {
        clock.moveOn(Duration.ofHours(10));
        RecordingChannel channel = new RecordingChannel();
        NoticeSender sender = sender("node-a", channel);
        queue(reminder("R0000020"));
        sender.round();
        assertEquals(1, channel.sent.size());
        assertEquals(NoticeState.SENT, outbox.outbox(Optional.empty(), 1).get(0).state());
    }

    @Test
    public void theOutboxIsListedByStateKindAndWhatANoticeIsAbout() {
        queue(reminder("R0000010"));
        queue(reminder("R0000011"));
        queue(NoticeTexts.turnNear("A012", DAY, Bilingual.of("综合受理", "general intake"), 2, PHONE));
        outbox.cancel(outbox.outbox(Optional.empty(), Optional.empty(), Optional.of("r0000011"), 10).get(0).id(),
                "zhou.admin");
        assertEquals(3, outbox.outbox(Optional.empty(), 10).size());
        assertEquals(2, outbox.outbox(Optional.empty(), Optional.of(NoticeKind.BOOKING_REMINDER), Optional.empty(),
                10).size());
        List<Notice> queuedReminders = outbox.outbox(Optional.of(NoticeState.QUEUED),
                Optional.of(NoticeKind.BOOKING_REMINDER), Optional.empty(), 10);
        assertEquals(1, queuedReminders.size());
        assertEquals("R0000010", queuedReminders.get(0).reference());
        assertEquals("A012@" + DAY, outbox.outbox(Optional.empty(), Optional.empty(), Optional.of(" A012@" + DAY),
                10).get(0).reference());
        assertTrue(outbox.outbox(Optional.of(NoticeState.SENT), Optional.empty(), Optional.of("R0000010"), 10)
                .isEmpty());
        assertEquals("blank is no filter", 3, outbox.outbox(Optional.empty(), Optional.empty(), Optional.of(" "),
                10).size());
        assertEquals("reference", assertThrows(InvalidInputException.class, () -> outbox.outbox(Optional.empty(),
                Optional.empty(), Optional.of("R1' OR '1'='1"), 10)).field());
    }

    private void queue(NoticeDraft draft) {
        queue(database, outbox, draft);
    }

    static void queue(Database database, NoticeOutbox outbox, NoticeDraft draft) {
        database.inTransaction(connection -> {
            outbox.queue(connection, draft);
            return null;
        });
    }

    static NoticeDraft reminder(String reference) {
        return NoticeTexts.bookingReminder(reference, DAY, Bilingual.of("综合受理", "general intake"),
                LocalTime.of(9, 0), LocalTime.of(9, 30), PHONE);
    }

    private NoticeSender sender(String node, NoticeChannel channel) {
        return sender(node, channel, Map.of());
    }

    private NoticeSender sender(String node, NoticeChannel channel, Map<String, String> settings) {
        return sender(database, outbox, calendar, clock, node, channel, settings);
    }

    /** A sender of {@code node} on {@code database} using {@code channel} (none: no channel deployed). */
    static NoticeSender sender(Database database, NoticeOutbox outbox, HallCalendar calendar, Clock clock, String node,
            NoticeChannel channel, Map<String, String> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("service.pid", "org.parkhall.notice");
        NoticeSender sender = new NoticeSender(database, outbox, calendar, new FloorLayout(), node, clock,
                new ConfigurationChecks(), properties);
        if (channel != null) {
            sender.addChannel(new NamedReference(), channel);
        }
        return sender;
    }

    private int attempts(long id) {
        return database.read(connection -> {
            try (var select = connection.prepareStatement("SELECT COUNT(*) FROM notice_attempt WHERE notice_id = ?")) {
                select.setLong(1, id);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /** The service reference of a channel named "test", as the framework would hand it over. */
    static final class NamedReference implements ServiceReference<NoticeChannel> {
        private static final AtomicInteger IDS = new AtomicInteger();
        private final int id = IDS.incrementAndGet();

        @Override
        public Object getProperty(String key) {
            return NoticeChannel.NAME.equals(key) ? "test" : null;
        }

        @Override
        public String[] getPropertyKeys() {
            return new String[] {NoticeChannel.NAME};
        }

        @Override
        public org.osgi.framework.Bundle getBundle() {
            return null;
        }

        @Override
        public org.osgi.framework.Bundle[] getUsingBundles() {
            return null;
        }

        @Override
        public boolean isAssignableTo(org.osgi.framework.Bundle bundle, String className) {
            return true;
        }

        @Override
        public int compareTo(Object other) {
            return Integer.compare(id, ((NamedReference) other).id);
        }

        @Override
        public java.util.Dictionary<String, Object> getProperties() {
            return new java.util.Hashtable<>(Map.of(NoticeChannel.NAME, "test"));
        }

        @Override
        public <A> A adapt(Class<A> type) {
            return null;
        }
    }
}
