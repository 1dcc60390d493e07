package org.parkhall.core.internal.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;
import org.parkhall.api.HallException;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.RefusedConfiguration;
import org.parkhall.core.internal.configuration.ConfigurationChecks;
import org.parkhall.spi.ConfigurationProblem;
import org.parkhall.spi.Application;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.Department;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.ItemHandler;
import org.parkhall.spi.ItemKind;
import org.parkhall.spi.Review;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

public class HandlerGuardTest {
    private final CountDownLatch released = new CountDownLatch(1);
    private final HallConfiguration configurations = new ConfigurationChecks();
    private final HandlerGuard guard = new HandlerGuard(configurations,
            Map.of("timeLimitSeconds", 1, "threadsPerDepartment", 2));

    @After
    public void release() {
        released.countDown();
        guard.deactivate();
    }

    private static Registration registration(String department, String code) {
        ServiceItem item = new ServiceItem(code, Bilingual.of("测试事项", "test item"),
                new Department(department, Bilingual.of("测试局", "Test Bureau")), ItemKind.OTHER_POWER, 1, 1,
                new ServiceGuide(List.of(), List.of(), List.of("申请"), List.of(), List.of("《测试条例》第一条"),
                        Set.of(DeliveryMode.WINDOW_PICKUP), "综合受理窗口", "周一至周五", "0477-7600000"));
        ItemHandler handler = new ItemHandler() {
            @Override
            public ServiceItem item() {
                return item;
            }

            @Override
            public Review review(Application application) {
                return Review.accept();
            }
        };
        return new Registration(handler, item, 1, 0, "parkhall-dept-" + department, "1.0.0", Instant.EPOCH);
    }

    private Review hang(ItemHandler handler) {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Review.accept();
    }

    @Test
    public void aHangingHandlerIsAnsweredHandlerTimeoutWithinTheLimitWhileAnotherDepartmentAnswers() throws Exception {
        Registration slow = registration("slow", "SLOW-IT-01");
        Registration prompt = registration("prompt", "PROMPT-IT-01");
        long start = System.nanoTime();
        CompletableFuture<HallException> hung = CompletableFuture.supplyAsync(
                () -> assertThrows(HallException.class, () -> guard.call(slow, "review", this::hang)));
        for (int i = 0; i < 5; i++) {
            assertEquals(Review.Outcome.ACCEPT, guard.call(prompt, "review", h -> h.review(null)).outcome());
        }
        assertTrue("the other department answers at once", System.nanoTime() - start < TimeUnit.MILLISECONDS
                .toNanos(500));
        HallException timeout = hung.get(3, TimeUnit.SECONDS);
        long took = System.nanoTime() - start;
        assertEquals("handler_timeout", timeout.code());
        assertTrue(timeout.text().zh(), timeout.text().zh().contains("测试局") && timeout.text().zh().contains(
                "SLOW-IT-01") && timeout.text().zh().contains("1秒"));
        assertTrue(timeout.text().en(), timeout.text().en().contains("Test Bureau"));
        assertTrue("after the limit, not long after", took >= TimeUnit.MILLISECONDS.toNanos(950)
                && took < TimeUnit.MILLISECONDS.toNanos(2500));
    }

    @Test
    public void aDepartmentsCallsOneAfterAnotherAreNeverRefusedWhileItsThreadsComeBack() {
        Registration prompt = registration("prompt", "PROMPT-IT-01");
        // Two threads, so both exist after two calls; each next call may come while both are still returning.
        for (int i = 0; i < 5000; i++) {
            assertEquals(Review.Outcome.ACCEPT, guard.call(prompt, "review", h -> h.review(null)).outcome());
        }
    }

    @Test
    public void aDepartmentWhoseThreadsAllHangIsRefusedAtOnceAndOthersAreNot() throws Exception {
        Registration slow = registration("slow", "SLOW-IT-01");
        List<CompletableFuture<HallException>> hung = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(
                () -> assertThrows(HallException.class, () -> guard.call(slow, "review", this::hang)))).toList();
        Thread.sleep(200);
        long start = System.nanoTime();
        assertEquals("handler_timeout", assertThrows(HallException.class,
                () -> guard.call(slow, "review", h -> h.review(null))).code());
        assertTrue("refused without waiting", System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(300));
        assertEquals(Review.Outcome.ACCEPT, guard.call(registration("prompt", "PROMPT-IT-01"), "review",
                h -> h.review(null)).outcome());
        for (CompletableFuture<HallException> call : hung) {
            assertEquals("handler_timeout", call.get(3, TimeUnit.SECONDS).code());
        }
    }

    @Test
    public void anExceptionOrNoAnswerIsHandlerFailedAndInvalidInputPassesThrough() {
        Registration handler = registration("amr", "AMR-IT-01");
        HallException failed = assertThrows(HallException.class, () -> guard.call(handler, "review", h -> {
            throw new IllegalStateException("bug in the department");
        }));
        assertEquals("handler_failed", failed.code());
        assertTrue(failed.text().zh(), failed.text().zh().contains("测试局") && failed.text().zh().contains("AMR-IT-01"));
        assertEquals("handler_failed", assertThrows(HallException.class,
                () -> guard.call(handler, "review", h -> null)).code());
        InvalidInputException invalid = new InvalidInputException("facts.age", "年龄须为整数", "age must be a whole number");
        assertSame(invalid, assertThrows(InvalidInputException.class, () -> guard.call(handler, "review", h -> {
            throw invalid;
        })));
    }

    @Test
    public void limitsOutsideTheirRangeAreRefusedNamingTheKeyAndTheLastGoodOnesKept() {
        guard.configure(Map.of("service.pid", "org.parkhall.handlers", "timeLimitSeconds", 0,
                "threadsPerDepartment", 33));

        assertEquals(1, guard.timeLimitSeconds());
        RefusedConfiguration refused = configurations.refused().get(0);
        assertEquals("org.parkhall.handlers", refused.pid());
        assertEquals(List.of("timeLimitSeconds", "threadsPerDepartment"),
                refused.problems().stream().map(ConfigurationProblem::key).toList());
        assertTrue(refused.lastGoodKept());

        guard.configure(Map.of("service.pid", "org.parkhall.handlers", "timeLimitSeconds", 3));
        assertEquals(3, guard.timeLimitSeconds());
        assertEquals(List.of(), configurations.refused());
    }

    @Test
    public void aFirstConfigurationOutOfRangeRunsOnTheDefaultsAndDegradesTheHall() {
        HandlerGuard fresh = new HandlerGuard(configurations, Map.of("component.name",
                "org.parkhall.core.internal.catalog.HandlerGuard", "timeLimitSeconds", "fast"));

        assertEquals(HandlerGuard.TIME_LIMIT_SECONDS, fresh.timeLimitSeconds());
        assertTrue(configurations.refused().get(0).degraded());
        fresh.deactivate();
    }
}
