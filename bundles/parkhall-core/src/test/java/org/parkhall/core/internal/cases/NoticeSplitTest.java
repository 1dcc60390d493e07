package org.parkhall.core.internal.cases;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.Test;
import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Problem;

public class NoticeSplitTest {
    private static final Problem IDENTITY = Problem.required("identity", "身份证明", "proof of identity");
    private static final Problem PHOTO = Problem.required("photo", "照片", "photo");
    private static final Problem AGE = new Problem("age", Bilingual.of("年龄须为整数", "age must be a whole number"));

    @Test
    public void withoutANoticeYetEveryProblemIsTold() {
        assertEquals(new NoticeSplit(List.of(IDENTITY, PHOTO), List.of()),
                NoticeSplit.of(List.of(IDENTITY, PHOTO), Optional.empty()));
    }

    @Test
    public void onlyWhatTheNoticeNamedIsTold() {
        NoticeSplit split = NoticeSplit.of(List.of(IDENTITY, PHOTO), Optional.of(List.of(IDENTITY)));
        assertEquals(List.of(IDENTITY), split.told());
        assertEquals(List.of(PHOTO), split.newSinceNotice());
    }

    @Test
    public void aToldSubjectStaysToldWhateverItsReasonNow() {
        Problem ageAgain = new Problem("age", Bilingual.of("年龄须在18至60之间", "age must be 18 to 60"));
        NoticeSplit split = NoticeSplit.of(List.of(ageAgain), Optional.of(List.of(AGE, IDENTITY)));
        assertEquals(List.of(ageAgain), split.told());
        assertEquals(List.of(), split.newSinceNotice());
    }

    @Test
    public void onlyNewProblemsLeaveNothingTold() {
        NoticeSplit split = NoticeSplit.of(List.of(PHOTO), Optional.of(List.of(IDENTITY)));
        assertEquals(List.of(), split.told());
        assertEquals(List.of(PHOTO), split.newSinceNotice());
    }
}
