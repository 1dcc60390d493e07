package org.parkhall.core.internal.catalog;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallConfiguration;
import org.parkhall.api.HallException;
import org.parkhall.core.internal.HallMetatype;
import org.parkhall.core.internal.configuration.SettledConfiguration;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.ConfigurationReader;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.ItemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call into a department's {@link ItemHandler} goes through here: on a few threads of that department's
 * own, within a time limit. A department that hangs or throws then costs the caller at most the limit, never a
 * request thread for longer, and its hung calls hold only its own threads, so other departments answer as before.
 * Departments are told apart by the bundle that registered the handler.
 */
@Component(service = HandlerGuard.class, configurationPid = "org.parkhall.handlers")
@Designate(ocd = HandlerGuard.Config.class)
public final class HandlerGuard {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerGuard.class);
    static final int MAX_TIME_LIMIT_SECONDS = 120;
    static final int MAX_THREADS = 32;

    static final int TIME_LIMIT_SECONDS = 5;
    static final int THREADS_PER_DEPARTMENT = 4;

    @ObjectClassDefinition(name = "%handlers", description = "%handlers.description",
            localization = HallMetatype.TEXTS)
    public @interface Config {
        @AttributeDefinition(name = "%handlers.timeLimitSeconds", description = "%handlers.timeLimitSeconds.description",
                min = "1", max = "120")
        int timeLimitSeconds() default TIME_LIMIT_SECONDS;

        @AttributeDefinition(name = "%handlers.threadsPerDepartment",
                description = "%handlers.threadsPerDepartment.description", min = "1", max = "32")
        int threadsPerDepartment() default THREADS_PER_DEPARTMENT;
    }

    /** The limits a configuration sets, as checked. */
    private record Limits(int timeLimitSeconds, int threads) {
        static Limits read(ConfigurationReader read) {
            return new Limits(read.integer("timeLimitSeconds", TIME_LIMIT_SECONDS, 1, MAX_TIME_LIMIT_SECONDS),
                    read.integer("threadsPerDepartment", THREADS_PER_DEPARTMENT, 1, MAX_THREADS));
        }
    }

    /** Why a guarded call gave no answer; the caller turns it into what its own caller needs. */
    static final class NoAnswer extends Exception {
        private final boolean timedOut;

        NoAnswer(boolean timedOut, String message, Throwable cause) {
            super(message, cause);
            this.timedOut = timedOut;
        }

        boolean timedOut() {
            return timedOut;
        }
    }

    /** A department's threads and how many of its calls hold one now (running, or hung past their limit). */
    private record Department(ThreadPoolExecutor executor, AtomicInteger calls) {
    }

    private final Map<String, Department> byDepartment = new ConcurrentHashMap<>();
    private final SettledConfiguration<Limits> limits;

    @Activate
    public HandlerGuard(@Reference HallConfiguration configurations, Map<String, Object> properties) {
        limits = new SettledConfiguration<>(configurations, Limits::read, properties);
    }

    /** A changed limit applies to the next call, without restarting the hall's handler tracking. */
    @Modified
    void configure(Map<String, Object> properties) {
        limits.take(properties);
        byDepartment.values().forEach(department -> resize(department.executor()));
    }

    @Deactivate
    void deactivate() {
        byDepartment.values().forEach(department -> department.executor().shutdownNow());
    }

    public int timeLimitSeconds() {
        return limits.value().timeLimitSeconds();
    }

    /**
     * Calls {@code method} of a registered handler. An {@link InvalidInputException} the handler throws reaches the
     * caller as it is; a hang past the limit, a department already busy with as many calls as it may run, any other
     * exception or no answer at all become a {@link HallException} {@code handler_timeout} or
     * {@code handler_failed} naming the department and the item. Nothing is written here.
     */
    public <T> T call(Registration handler, String method, Function<ItemHandler, T> call) {
        T answer;
        try {
            answer = run(handler.bundle(), () -> call.apply(handler.handler()));
        } catch (NoAnswer e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            LOG.error("Handler {} of {} {} gave no answer to {}: {}", handler.code(), handler.bundle(),
                    handler.version(), method, e.getMessage(), e.getCause());
            throw e.timedOut() ? timedOut(handler) : failed(handler);
        }
        if (answer == null) {
            LOG.error("Handler {} of {} {} answered null to {}", handler.code(), handler.bundle(), handler.version(),
                    method);
            throw failed(handler);
        }
        return answer;
    }

    /** Runs {@code call} on the threads of the department that {@code bundle} is, within the time limit. */
    <T> T run(String bundle, Callable<T> call) throws NoAnswer {
        Department department = department(bundle);
        int threads = limits.value().threads();
        // Counted here, not by the pool refusing: a thread that just finished a call is not yet back waiting for
        // the next, and a pool without a queue would refuse a department's next call in that moment.
        if (department.calls().incrementAndGet() > threads) {
            department.calls().decrementAndGet();
            throw new NoAnswer(true, "all " + threads + " calls of " + bundle + " are still running", null);
        }
        // Whoever sets it first gives the call's place back: the call when it ends, or the caller abandoning a
        // call that never started.
        AtomicBoolean started = new AtomicBoolean();
        Future<T> future;
        try {
            future = department.executor().submit(() -> {
                if (started.getAndSet(true)) {
                    return null;
                }
                try {
                    return call.call();
                } finally {
                    department.calls().decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            department.calls().decrementAndGet();
            throw new NoAnswer(true, bundle + " is stopping", null);
        }
        int limit = limits.value().timeLimitSeconds();
        try {
            return future.get(limit, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            abandon(future, started, department);
            throw new NoAnswer(true, "no answer within " + limit + " s", null);
        } catch (ExecutionException e) {
            throw new NoAnswer(false, String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            abandon(future, started, department);
            Thread.currentThread().interrupt();
            throw new NoAnswer(false, "interrupted while waiting", e);
        }
    }

    /** Interrupts a call past its limit; one that never started gives its place back at once. */
    private static void abandon(Future<?> future, AtomicBoolean started, Department department) {
        future.cancel(true);
        if (!started.getAndSet(true)) {
            department.calls().decrementAndGet();
        }
    }

    private Department department(String bundle) {
        return byDepartment.computeIfAbsent(bundle, name -> {
            int threads = limits.value().threads();
            AtomicInteger count = new AtomicInteger();
            // The queue only ever holds a call for the moment a finished thread takes to come back: calls beyond
            // the limit are refused before they reach it, so hung calls never pile up behind.
            ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "parkhall-handler-" + name + "-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
            return new Department(executor, new AtomicInteger());
        });
    }

    private void resize(ThreadPoolExecutor executor) {
        int threads = limits.value().threads();
        if (threads > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(threads);
            executor.setCorePoolSize(threads);
        } else {
            executor.setCorePoolSize(threads);
            executor.setMaximumPoolSize(threads);
        }
    }

    private HallException timedOut(Registration handler) {
        return new HallException(ErrorCode.HANDLER_TIMEOUT, Bilingual.of(
                handler.item().department().name().zh() + "的事项“" + handler.item().name().zh() + "”（"
                        + handler.code() + "）处理程序未在" + timeLimitSeconds() + "秒内答复，申请未保存，请稍后重试",
                "the handler of " + handler.item().department().name().en() + " for " + handler.code()
                        + " did not answer within " + timeLimitSeconds() + " s; nothing was saved, try again later"));
    }

    private static HallException failed(Registration handler) {
        return new HallException(ErrorCode.HANDLER_FAILED, Bilingual.of(
                handler.item().department().name().zh() + "的事项“" + handler.item().name().zh() + "”（"
                        + handler.code() + "）处理程序出错，申请未保存，请联系" + handler.item().department().name().zh(),
                "the handler of " + handler.item().department().name().en() + " for " + handler.code()
                        + " failed; nothing was saved"));
    }
}
