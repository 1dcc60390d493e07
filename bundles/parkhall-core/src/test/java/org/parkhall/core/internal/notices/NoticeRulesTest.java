package org.parkhall.core.internal.notices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.Test;
import org.parkhall.spi.ConfigurationReader;

public class NoticeRulesTest {
    @Test
    public void theWaitDoublesFromTheFirstUpToTheLongestAndEndsAtTheLastAttempt() {
        NoticeRules rules = new NoticeRules(2, 30, 600, 7, 300, 3, 9);
        assertEquals(Duration.ofSeconds(30), rules.backOff(1).orElseThrow());
        assertEquals(Duration.ofSeconds(60), rules.backOff(2).orElseThrow());
        assertEquals(Duration.ofSeconds(120), rules.backOff(3).orElseThrow());
        assertEquals(Duration.ofSeconds(240), rules.backOff(4).orElseThrow());
        assertEquals(Duration.ofSeconds(480), rules.backOff(5).orElseThrow());
        assertEquals("capped at the longest", Duration.ofSeconds(600), rules.backOff(6).orElseThrow());
        assertFalse("the 7th failure is the last", rules.backOff(7).isPresent());
        assertThrows(IllegalArgumentException.class, () -> rules.backOff(0));
    }

    @Test
    public void manyAttemptsNeverOverflowTheWait() {
        NoticeRules rules = new NoticeRules(2, 3600, 86400, 50, 300, 3, 9);
        assertEquals(Duration.ofSeconds(86400), rules.backOff(49).orElseThrow());
    }

    @Test
    public void aConfigurationOutOfRangeIsRefusedAndTheDefaultsServe() {
        ConfigurationReader read = new ConfigurationReader(Map.of("service.pid", "org.parkhall.notice",
                "maxAttempts", "0", "firstRetrySeconds", "abc", "longestRetrySeconds", "5"));
        NoticeRules rules = NoticeRules.read(read);
        assertEquals(NoticeRules.DEFAULTS.maxAttempts(), rules.maxAttempts());
        assertEquals(NoticeRules.DEFAULTS.firstRetrySeconds(), rules.firstRetrySeconds());
        assertTrue("the longest wait is never below the first", rules.longestRetrySeconds() >= rules.firstRetrySeconds());
        assertEquals(3, read.problems().size());
    }
}
