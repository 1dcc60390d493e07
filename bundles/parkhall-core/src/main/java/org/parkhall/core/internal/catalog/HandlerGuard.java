package org.parkhall.core.internal.catalog;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.parkhall.api.ErrorCode;
import org.parkhall.api.HallException;
import org.parkhall.spi.Bilingual;
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

    @ObjectClassDefinition(name = "Parkhall department handler calls")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a department's handler may take to answer one call (1-120);"
                + " after that the request is answered handler_timeout and nothing is saved", min = "1", max = "120")
        int timeLimitSeconds() default 5;

        @AttributeDefinition(description = "Calls one department's handlers may run at once (1-32); further"
                + " calls while all are busy are answered handler_timeout at once", min = "1", max = "32")
        int threadsPerDepartment() default 4;
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

    private final Map<String, ThreadPoolExecutor> byDepartment = new ConcurrentHashMap<>();
    private volatile int timeLimitSeconds;
    private volatile int threads;

    @Activate
    public HandlerGuard(Config config) {
        configure(config);
    }

    /** A changed limit applies to the next call, without restarting the hall's handler tracking. */
    @Modified
    void configure(Config config) {
        if (config.timeLimitSeconds() < 1 || config.timeLimitSeconds() > MAX_TIME_LIMIT_SECONDS) {
            throw new IllegalArgumentException("timeLimitSeconds must be 1 to " + MAX_TIME_LIMIT_SECONDS + ", was: "
                    + config.timeLimitSeconds());
        }
        if (config.threadsPerDepartment() < 1 || config.threadsPerDepartment() > MAX_THREADS) {
            throw new IllegalArgumentException("threadsPerDepartment must be 1 to " + MAX_THREADS + ", was: "
                    + config.threadsPerDepartment());
        }
        timeLimitSeconds = config.timeLimitSeconds();
        threads = config.threadsPerDepartment();
        byDepartment.values().forEach(this::resize);
    }

    @Deactivate
    void deactivate() {
        byDepartment.values().forEach(ThreadPoolExecutor::shutdownNow);
    }

    public int timeLimitSeconds() {
        return timeLimitSeconds;
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
        Future<T> future;
        try {
            future = executor(bundle).submit(call);
        } catch (RejectedExecutionException e) {
            throw new NoAnswer(true, "all " + threads + " calls of " + bundle + " are still running", null);
        }
        int limit = timeLimitSeconds;
        try {
            return future.get(limit, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new NoAnswer(true, "no answer within " + limit + " s", null);
        } catch (ExecutionException e) {
            throw new NoAnswer(false, String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new NoAnswer(false, "interrupted while waiting", e);
        }
    }

    private ThreadPoolExecutor executor(String bundle) {
        return byDepartment.computeIfAbsent(bundle, name -> {
            AtomicInteger count = new AtomicInteger();
            // No queue: a call either gets a thread now or is refused, so hung calls never pile up behind.
            ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), task -> {
                        Thread thread = new Thread(task, "parkhall-handler-" + name + "-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
    }

    private void resize(ThreadPoolExecutor executor) {
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
                        + handler.code() + "）处理程序未在" + timeLimitSeconds + "秒内答复，申请未保存，请稍后重试",
                "the handler of " + handler.item().department().name().en() + " for " + handler.code()
                        + " did not answer within " + timeLimitSeconds + " s; nothing was saved, try again later"));
    }

    private static HallException failed(Registration handler) {
        return new HallException(ErrorCode.HANDLER_FAILED, Bilingual.of(
                handler.item().department().name().zh() + "的事项“" + handler.item().name().zh() + "”（"
                        + handler.code() + "）处理程序出错，申请未保存，请联系" + handler.item().department().name().zh(),
                "the handler of " + handler.item().department().name().en() + " for " + handler.code()
                        + " failed; nothing was saved"));
    }
}
