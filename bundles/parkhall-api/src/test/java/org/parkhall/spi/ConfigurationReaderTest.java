package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.Test;

public class ConfigurationReaderTest {

    @Test
    public void aNumberThatIsNoneIsRefusedWithItsRuleAndTheDefaultUsed() {
        ConfigurationReader read = new ConfigurationReader(Map.of("priorityBurst", "abc", "maxRecalls", "3"));

        assertEquals(2, read.integer("priorityBurst", 2, 1, 20));
        assertEquals(3, read.integer("maxRecalls", 3, 0, 10));
        assertFalse(read.valid());
        ConfigurationProblem problem = read.problems().get(0);
        assertEquals(1, read.problems().size());
        assertEquals("priorityBurst", problem.key());
        assertEquals("abc", problem.value());
        assertEquals("a whole number from 1 to 20", problem.rule().en());
        assertEquals("1到20之间的整数", problem.rule().zh());
    }

    @Test
    public void aNumberOutOfRangeIsRefusedAndOneWithinTakenFromATypedValue() {
        ConfigurationReader read = new ConfigurationReader(Map.of("low", "0", "typed", 7));

        assertEquals(5, read.integer("low", 5, 1, 99));
        assertEquals(7, read.integer("typed", 5, 1, 99));
        assertEquals(List.of("low"), read.problems().stream().map(ConfigurationProblem::key).toList());
    }

    @Test
    public void aRequiredNumberIsEmptyAndRefusedWhenMissingOrWrong() {
        ConfigurationReader read = new ConfigurationReader(Map.of("number", "100", "good", "7"));

        assertEquals(OptionalInt.empty(), read.requiredInteger("number", 1, 99));
        assertEquals(OptionalInt.empty(), read.requiredInteger("missing", 1, 99));
        assertEquals(OptionalInt.of(7), read.requiredInteger("good", 1, 99));
        assertEquals("is required (a whole number from 1 to 99)", read.problems().get(1).rule().en());
        assertEquals(2, read.problems().size());
    }

    @Test
    public void missingValuesTakeTheirDefaultsWithoutAProblem() {
        ConfigurationReader read = new ConfigurationReader(Map.of());

        assertEquals(4, read.integer("threads", 4, 1, 32));
        assertEquals("Asia/Shanghai", read.text("zone", "Asia/Shanghai"));
        assertEquals(List.of("A", "C"), read.list("queues", "A, C"));
        assertTrue(read.valid());
    }

    @Test
    public void aTextGivenEmptyStaysEmpty() {
        ConfigurationReader read = new ConfigurationReader(Map.of("extendedHours", ""));

        assertEquals("", read.text("extendedHours", "12:00-13:30"));
        assertEquals(List.of(), read.list("extendedHours", "12:00-13:30"));
    }

    @Test
    public void aMissingRequiredTextIsRefusedOnce() {
        ConfigurationReader read = new ConfigurationReader(Map.of("letter", "  "));

        assertEquals("", read.required("letter"));
        assertEquals("is required", read.problems().get(0).rule().en());
        assertEquals(1, read.problems().size());
    }

    @Test
    public void aTextThatMustMatchIsRefusedWithItsRuleWhenItDoesNotOrIsMissing() {
        Bilingual rule = Bilingual.of("一个大写字母A到Z", "one capital letter A to Z");
        ConfigurationReader read = new ConfigurationReader(Map.of("letter", "AB", "good", " C "));

        assertEquals("", read.matching("letter", "[A-Z]", rule));
        assertEquals("", read.matching("missing", "[A-Z]", rule));
        assertEquals("C", read.matching("good", "[A-Z]", rule));
        assertEquals(List.of("letter", "missing"), read.problems().stream().map(ConfigurationProblem::key).toList());
        assertEquals(rule, read.problems().get(0).rule());
    }

    @Test
    public void listsComeAsOneTextOrAnArray() {
        ConfigurationReader read = new ConfigurationReader(Map.of("text", "A，B  C, A", "array",
                new String[] {"D", "E"}));

        assertEquals(List.of("A", "B", "C"), read.list("text", ""));
        assertEquals(List.of("D", "E"), read.list("array", ""));
    }

    @Test
    public void aParsedValueIsRefusedWithTheParsersOwnTextOrTheGivenRule() {
        ConfigurationReader read = new ConfigurationReader(Map.of("start", "9 o'clock", "hours", "x"));
        Bilingual rule = Bilingual.of("时刻，如09:00", "a time of day such as 09:00");

        assertEquals(LocalTime.of(9, 0), read.parsed("start", "09:00", rule, LocalTime::parse));
        assertEquals("none", read.parsed("hours", "none", rule, text -> {
            if (!text.equals("none")) {
                throw new InvalidInputException("hours", "时段格式错误", "hours are written as 09:00-12:00");
            }
            return text;
        }));
        assertEquals("a time of day such as 09:00", read.problems().get(0).rule().en());
        assertEquals("hours are written as 09:00-12:00", read.problems().get(1).rule().en());
    }

    @Test
    public void chineseSavedAsUtf8AndReadAsLatin1IsTakenAsUtf8() {
        String asFileinstallReadsIt = new String("综合受理".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        ConfigurationReader read = new ConfigurationReader(Map.of("name_zh", asFileinstallReadsIt,
                "escaped", "综合受理"));

        assertEquals("综合受理", read.text("name_zh", ""));
        assertEquals("综合受理", read.text("escaped", ""));
        assertTrue(read.valid());
    }

    @Test
    public void bytesThatAreNotUtf8AreRefusedNamingTheKey() {
        String gbkReadAsLatin1 = new String("综合".getBytes(java.nio.charset.Charset.forName("GBK")),
                StandardCharsets.ISO_8859_1);
        ConfigurationReader read = new ConfigurationReader(Map.of("name_zh", gbkReadAsLatin1));

        assertEquals("Queue", read.text("name_zh", "Queue"));
        assertEquals("name_zh", read.problems().get(0).key());
        assertTrue(read.problems().get(0).rule().en().contains("UTF-8"));
    }

    @Test
    public void theFileIsNamedByItsFolderAndNameAndThePidByTheService() {
        ConfigurationReader read = new ConfigurationReader(Map.of("service.pid", "org.parkhall.queue~tax",
                "felix.fileinstall.filename", "file:/opt/hall/etc/org.parkhall.queue-tax.cfg"));

        assertEquals("etc/org.parkhall.queue-tax.cfg", read.file());
        assertEquals("org.parkhall.queue~tax", read.pid());
        assertEquals("", new ConfigurationReader(Map.of("component.name", "x")).file());
        assertEquals("x", new ConfigurationReader(Map.of("component.name", "x")).pid());
    }
}
