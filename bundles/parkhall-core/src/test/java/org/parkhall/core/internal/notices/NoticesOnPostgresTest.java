package org.parkhall.core.internal.notices;

import static org.junit.Assert.assertEquals;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.parkhall.api.NoticeState;
import org.parkhall.core.internal.calendar.HallCalendar;
import org.parkhall.core.internal.calendar.WorkdayRules;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.TestPostgres;
import org.parkhall.spi.NoticeMessage;

/** Two nodes on one PostgreSQL database, two senders each, all sending at once: every notice goes exactly once. */
public class NoticesOnPostgresTest {
    private String url;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @Before
    public void database() {
        url = TestPostgres.freshDatabase("shared_notices");
    }

    @After
    public void dropDatabase() throws SQLException {
        threads.shutdownNow();
        if (url != null) {
            TestPostgres.drop(url);
        }
    }

    @Test
    public void fourSendersOnTwoNodesSendEachNoticeOnce() throws Exception {
        Clock clock = Clock.systemUTC();
        HallCalendar calendar = new HallCalendar(WorkdayRules.load(HallCalendar.class.getClassLoader(), null), clock,
                1);
        Database nodeA = new Database(TestPostgres.dataSource(url));
        Database nodeB = new Database(TestPostgres.dataSource(url));
        NoticeOutbox outboxA = new NoticeOutbox(nodeA, clock);
        NoticeOutbox outboxB = new NoticeOutbox(nodeB, clock);
        for (int i = 0; i < 200; i++) {
            NoticeOutboxTest.queue(i % 2 == 0 ? nodeA : nodeB, i % 2 == 0 ? outboxA : outboxB,
                    NoticeOutboxTest.reminder(String.format("R%07d", i)));
        }
        NoticeOutboxTest.RecordingChannel channel = new NoticeOutboxTest.RecordingChannel();
        List<NoticeSender> senders = List.of(
                NoticeOutboxTest.sender(nodeA, outboxA, calendar, clock, "node-a", channel, Map.of()),
                NoticeOutboxTest.sender(nodeA, outboxA, calendar, clock, "node-a", channel, Map.of()),
                NoticeOutboxTest.sender(nodeB, outboxB, calendar, clock, "node-b", channel, Map.of()),
                NoticeOutboxTest.sender(nodeB, outboxB, calendar, clock, "node-b", channel, Map.of()));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (NoticeSender sender : senders) {
            rounds.add(threads.submit(() -> {
                start.await();
                int sent = 0;
                for (int round = 0; round < 15; round++) {
                    sent += sender.send();
                }
                return sent;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> round : rounds) {
            total += round.get();
        }
        assertEquals(200, total);
        assertEquals(200, channel.sent.size());
        assertEquals(200, channel.sent.stream().map(NoticeMessage::id).distinct().count());
        assertEquals(200, outboxA.outbox(Optional.of(NoticeState.SENT), 1000).size());
    }
}
